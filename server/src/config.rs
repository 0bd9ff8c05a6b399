//! Command line and environment configuration, with defaults that run out of the box.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use clap::{Parser, Subcommand};
use linkages_directory::search::report::ReportAddress;

use crate::proxies::{ForwardedHeader, TrustedProxies};

#[derive(Debug, Parser)]
#[command(
    name = "linkages",
    about = "The Linkages site for Los Angeles County families"
)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "LINKAGES_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder of the built static site (written by scripts/build).
    #[arg(long, env = "LINKAGES_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// Office dataset (Open Referral HSDS JSON). Without it, the dataset built into the
    /// binary from data/linkages-hsds.json is used. SIGHUP reloads it.
    #[arg(long, env = "LINKAGES_DATA")]
    pub data: Option<PathBuf>,

    /// Send Strict-Transport-Security with this max-age in seconds (only behind HTTPS).
    /// Implies --https.
    #[arg(long, env = "LINKAGES_HSTS_MAX_AGE")]
    pub hsts_max_age: Option<u64>,

    /// Readers reach the site over HTTPS (a proxy in front of it ends TLS): the language
    /// cookie is sent `Secure`.
    #[arg(long, env = "LINKAGES_HTTPS")]
    pub https: bool,

    /// JSON API requests a minute allowed per client address (an IPv6 /64 counts as one;
    /// behind a proxy, see --trusted-proxies); 0 turns the limit off (for a load test, or
    /// behind a proxy that limits instead).
    #[arg(long, env = "LINKAGES_API_RATE_PER_MINUTE", default_value_t = 300)]
    pub api_rate_per_minute: u32,

    /// JSON API requests a client may make at once before the per-minute rate applies.
    #[arg(long, env = "LINKAGES_API_BURST", default_value_t = 60)]
    pub api_burst: u32,

    /// Searches a minute allowed per client address on the finder page (`/en/find?q=...`,
    /// the same work as the nearest-office API); 0 turns the limit off (as for the API).
    #[arg(long, env = "LINKAGES_FIND_RATE_PER_MINUTE", default_value_t = 600)]
    pub find_rate_per_minute: u32,

    /// Finder searches a client may make at once before the per-minute rate applies.
    #[arg(long, env = "LINKAGES_FIND_BURST", default_value_t = 120)]
    pub find_burst: u32,

    /// Seconds a client has to send a request's head (request line and headers), from the
    /// connection's start or the first byte of its next request.
    #[arg(long, env = "LINKAGES_HEADER_TIMEOUT", default_value = "10", value_parser = parse_seconds)]
    pub header_timeout: Duration,

    /// Seconds a connection may stay open with no byte moving: between requests (keep-alive),
    /// or while a response waits for a client that does not read it.
    #[arg(long, env = "LINKAGES_IDLE_TIMEOUT", default_value = "75", value_parser = parse_seconds)]
    pub idle_timeout: Duration,

    /// Seconds a client has to send a request's body, from the end of its head (then 408).
    #[arg(long, env = "LINKAGES_BODY_TIMEOUT", default_value = "10", value_parser = parse_seconds)]
    pub body_timeout: Duration,

    /// Largest request head in bytes (request line and headers); a longer one gets 431.
    #[arg(
        long,
        env = "LINKAGES_MAX_HEADER_BYTES",
        default_value_t = 32 * 1024,
        value_parser = clap::value_parser!(u32).range(8192..=1024 * 1024)
    )]
    pub max_header_bytes: u32,

    /// Most connections open at once; one more is answered 503 and closed. Lowered at start
    /// when the open-file limit (`ulimit -n`) cannot hold two files per connection.
    #[arg(
        long,
        env = "LINKAGES_MAX_CONNECTIONS",
        default_value_t = 4096,
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    pub max_connections: u32,

    /// Seconds requests in progress may take to finish after SIGTERM or Ctrl-C; connections
    /// still open then are closed.
    #[arg(long, env = "LINKAGES_SHUTDOWN_TIMEOUT", default_value = "10", value_parser = parse_seconds)]
    pub shutdown_timeout: Duration,

    /// Seconds to keep accepting and serving after SIGTERM or Ctrl-C while /readyz answers
    /// 503, so a load balancer's health check takes the server out before connections are
    /// refused (a little more than the check's interval times its fall count); 0: stop
    /// accepting at once. A second signal ends it early.
    #[arg(long, env = "LINKAGES_DRAIN_GRACE", default_value = "0", value_parser = parse_grace)]
    pub drain_grace: Duration,

    /// Reverse proxies in front of the server: CIDR blocks or addresses, separated by commas
    /// (`10.0.0.0/8,2001:db8::/32`). For a request from one of them, the rate limits count
    /// the rightmost address in --forwarded-header that is not a trusted proxy. Default: none
    /// (the client is the connection's peer, and forwarding headers are ignored).
    #[arg(
        long,
        env = "LINKAGES_TRUSTED_PROXIES",
        value_name = "CIDR,...",
        default_value = ""
    )]
    pub trusted_proxies: TrustedProxies,

    /// The header the trusted proxies write the client's address in; the other one is
    /// ignored (a proxy passes it through as the client wrote it).
    #[arg(long, env = "LINKAGES_FORWARDED_HEADER", value_enum, default_value_t = ForwardedHeader::XForwardedFor)]
    pub forwarded_header: ForwardedHeader,

    /// Largest share of offices, in percent, a dataset from --data may drop next to the one it
    /// replaces (the embedded dataset at start, the one in service on SIGHUP).
    #[arg(
        long,
        env = "LINKAGES_MAX_DATASET_SHRINK",
        default_value_t = 50,
        value_parser = clap::value_parser!(u8).range(0..=100)
    )]
    pub max_dataset_shrink: u8,

    /// Take a dataset that drops more offices than --max-dataset-shrink allows (an agency
    /// left with no located office is still refused).
    #[arg(long, env = "LINKAGES_ACCEPT_SHRINK")]
    pub accept_shrink: bool,

    /// Where readers' "Report a problem with this listing" links write to: one email address.
    /// Without it the links are not shown. The message names only the listing and the page's
    /// language.
    #[arg(long, env = "LINKAGES_FEEDBACK_EMAIL")]
    pub feedback_email: Option<ReportAddress>,

    /// Log filter, e.g. `info` or `linkages_server=debug,tower_http=info`.
    #[arg(long, env = "LINKAGES_LOG", default_value = "info")]
    pub log: String,

    /// Without a command, the server runs.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Seconds, whole or decimal, or 0 (off): at most a day.
fn parse_grace(text: &str) -> Result<Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(0.0) => Ok(Duration::ZERO),
        _ => parse_seconds(text),
    }
}

/// Seconds, whole or decimal (`10`, `1.5`): more than zero, at most a day.
fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if seconds.is_finite() && seconds > 0.0 && seconds <= 86_400.0 {
        Ok(Duration::from_secs_f64(seconds))
    } else {
        Err(format!(
            "`{text}`: give more than 0 and at most 86400 seconds"
        ))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with the office dataset.
    #[command(subcommand)]
    Dataset(DatasetCommand),
    /// Ask the server at --addr (LINKAGES_ADDR) for a health check over loopback and exit 0 on
    /// 200, 1 otherwise: a container's HEALTHCHECK without curl.
    Healthcheck {
        /// `/healthz` (alive) or `/readyz` (ready for new requests).
        #[arg(long, default_value = "/healthz")]
        path: String,
        /// Seconds to wait for the connection and for the answer.
        #[arg(long, default_value = "3", value_parser = parse_seconds)]
        timeout: Duration,
    },
}

#[derive(Debug, Subcommand)]
pub enum DatasetCommand {
    /// Build the HSDS dataset from the reference files (shared/data/reference).
    Build {
        /// Folder with offices.csv, dpss_offices_partial.csv, hotlines.csv, zip_centroids*.csv.
        #[arg(long)]
        reference: PathBuf,
        /// Where to write the dataset JSON.
        #[arg(long)]
        out: PathBuf,
        /// The date to record as generated (YYYY-MM-DD); today in Los Angeles if absent.
        #[arg(long)]
        generated: Option<String>,
    },
    /// Add offices from a County GIS layer (ArcGIS FeatureServer GeoJSON) to a dataset.
    ImportGis {
        /// The layer, as saved from `.../query?where=1%3D1&outFields=*&outSR=4326&f=geojson`.
        #[arg(long)]
        layer: PathBuf,
        /// TOML field mapping: which property is the name, street, city, ZIP, phone, hours.
        #[arg(long)]
        mapping: PathBuf,
        /// The dataset to add to.
        #[arg(long)]
        base: PathBuf,
        /// Where to write the combined dataset (atomically: the old file or the whole new one).
        #[arg(long)]
        out: PathBuf,
        /// The day the layer was saved (YYYY-MM-DD), if the mapping has no `source.date`.
        #[arg(long)]
        date: Option<String>,
    },
    /// Download a County GIS layer (ArcGIS FeatureServer) and add its offices to a dataset, as
    /// import-gis does. Nothing is written unless every page came whole.
    FetchGis {
        /// The layer: `https://.../FeatureServer/<n>` (see data/gis/README.md).
        #[arg(long)]
        url: String,
        /// TOML field mapping (data/gis/*.toml): the same format import-gis reads.
        #[arg(long)]
        mapping: PathBuf,
        /// Only compare the layer's fields with the mapping's and print both; download nothing.
        #[arg(long)]
        check: bool,
        /// The dataset to add to.
        #[arg(long, required_unless_present = "check")]
        base: Option<PathBuf>,
        /// Where to write the combined dataset (atomically; never written on a failure).
        #[arg(long, required_unless_present = "check")]
        out: Option<PathBuf>,
        /// The query date to record as the offices' source date; today in Los Angeles if absent.
        #[arg(long)]
        date: Option<String>,
        /// Seconds to wait for a connection.
        #[arg(long, default_value = "10", value_parser = parse_seconds)]
        connect_timeout: Duration,
        /// Seconds to wait for an answer, or for its next bytes.
        #[arg(long, default_value = "60", value_parser = parse_seconds)]
        read_timeout: Duration,
        /// Times to ask again after a timeout, a broken connection or a server error (5xx).
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(0..=10))]
        retries: u32,
        /// Largest answer to read, in bytes.
        #[arg(long, default_value_t = 64 * 1024 * 1024, value_parser = clap::value_parser!(u64).range(1024..))]
        max_bytes: u64,
        /// Features per page (at most the layer's maxRecordCount, the default).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
        page_size: Option<u32>,
    },
    /// Record the day a person checked an office or a line (called or visited): shown as
    /// "checked on DATE". Edits the dataset file in place, atomically.
    Assure {
        /// The dataset file to edit.
        #[arg(long, env = "LINKAGES_DATA")]
        data: PathBuf,
        /// The office's id (a location) or the line's id (a service), as the API shows them.
        #[arg(long)]
        id: String,
        /// The day of the check, YYYY-MM-DD (today or earlier).
        #[arg(long)]
        date: String,
    },
    /// Check a dataset file: parses, validates, and reports what it holds.
    Check {
        /// The dataset JSON.
        file: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_are_whole_or_decimal_and_positive() {
        assert_eq!(parse_seconds("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_seconds("1.5"), Ok(Duration::from_millis(1500)));
        for bad in ["0", "-1", "ten", "NaN", "inf", "86401", ""] {
            assert!(parse_seconds(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_defaults_are_the_serving_limits_defaults() {
        let config = Config::parse_from(["linkages"]);
        let limits = crate::serve::Limits::default();
        assert_eq!(config.header_timeout, limits.header_timeout);
        assert_eq!(config.idle_timeout, limits.idle_timeout);
        assert_eq!(config.body_timeout, limits.body_timeout);
        assert_eq!(config.max_header_bytes as usize, limits.max_header_bytes);
        assert_eq!(config.max_connections as usize, limits.max_connections);
        assert_eq!(config.shutdown_timeout, limits.shutdown_timeout);
        assert!(!config.https && !config.accept_shrink);
        assert_eq!(config.max_dataset_shrink, 50);
        assert_eq!(config.drain_grace, Duration::ZERO);
        assert!(config.trusted_proxies.is_empty());
        assert_eq!(config.forwarded_header, ForwardedHeader::XForwardedFor);
    }

    #[test]
    fn a_bad_proxy_network_is_an_error_naming_it() {
        let parsed =
            Config::try_parse_from(["linkages", "--trusted-proxies", "10.0.0.0/8,10.0.0/8"]);
        let err = parsed.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.contains("`10.0.0/8` is not an address or a network"),
            "{err}"
        );
        let config = Config::parse_from([
            "linkages",
            "--trusted-proxies",
            "127.0.0.1/32, ::1",
            "--forwarded-header",
            "forwarded",
            "--drain-grace",
            "2.5",
        ]);
        assert!(config.trusted_proxies.contains(
            "::1"
                .parse()
                .unwrap_or(std::net::Ipv4Addr::UNSPECIFIED.into())
        ));
        assert_eq!(config.forwarded_header, ForwardedHeader::Forwarded);
        assert_eq!(config.drain_grace, Duration::from_millis(2500));
    }
}
