//! The office directory: DCFS and DPSS offices and the County's phone lines, as an Open
//! Referral HSDS 3.1 dataset, and the searches the site runs on it.
//!
//! What it is: plain Rust with no web framework and no feature flags, server only (the
//! browser bundle never sees it). May depend on: serde, geo, rstar, chrono(-tz), csv, toml,
//! uuid, unicode-normalization. Entry points: [`search::OfficeFinder`] (`embedded()`,
//! `search`, `nearest_offices`, `hotlines`), [`search::find`] for the search page,
//! [`dataset::reference::write_dataset_cli`] and [`dataset::gis_import::import_gis_cli`] for
//! the `linkages dataset` commands.
//!
//! Two wings over a small ground floor; data flows one way:
//! reference files / County GIS layers → [`dataset`] → a validated `Dataset` → [`search`].
//! * ground: [`agency`], [`bounds`] (coordinates, the county box), [`county`] (the county
//!   outline), [`text`] (input cleaning), [`query`] (what a search box holds), [`places`] (the
//!   ZIP table and place names) with its [`gazetteer`];
//! * [`dataset`]: the HSDS model and how data comes in (load and validate, build from the
//!   reference files, GIS import, hours and phone values);
//! * [`search`]: how questions go out (spatial index, finder, the serialisable view types).

pub mod agency;
pub mod bounds;
pub mod county;
pub mod dataset;
pub mod gazetteer;
pub mod places;
pub mod query;
pub mod search;
pub mod text;

pub use agency::{Agency, UnknownAgency};
