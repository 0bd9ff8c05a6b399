//! Command line and environment configuration, with defaults that run out of the box.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Parser, Subcommand};

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
    #[arg(long, env = "LINKAGES_HSTS_MAX_AGE")]
    pub hsts_max_age: Option<u64>,

    /// JSON API requests a minute allowed per client address (an IPv6 /64 counts as one);
    /// 0 turns the limit off (for a load test, or behind a proxy that limits instead: behind
    /// a proxy every request comes from the proxy's address).
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

    /// Log filter, e.g. `info` or `linkages_server=debug,tower_http=info`.
    #[arg(long, env = "LINKAGES_LOG", default_value = "info")]
    pub log: String,

    /// Without a command, the server runs.
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with the office dataset.
    #[command(subcommand)]
    Dataset(DatasetCommand),
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
        /// Where to write the combined dataset.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a dataset file: parses, validates, and reports what it holds.
    Check {
        /// The dataset JSON.
        file: PathBuf,
    },
}
