//! Command line and environment configuration, with defaults that run out of the box.

use std::{net::SocketAddr, path::PathBuf};

use clap::Parser;

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
    /// binary from data/linkages-hsds.json is used.
    #[arg(long, env = "LINKAGES_DATA")]
    pub data: Option<PathBuf>,

    /// Log filter, e.g. `info` or `linkages_server=debug,tower_http=info`.
    #[arg(long, env = "LINKAGES_LOG", default_value = "info")]
    pub log: String,
}
