//! Office locator: the domain logic behind "nearest DCFS and DPSS offices".
//!
//! Everything here is plain Rust with no Leptos types. The data-handling modules read files,
//! build indexes and use chrono-tz, so they are compiled for the server only (`ssr`); the
//! browser build gets just the serializable view types in [`view`].
//!
//! Entry points for the server:
//! * `finder::OfficeFinder::embedded()` once at start-up (or `from_files` for a dataset
//!   given on the command line), then `search(query, k, agency, now)`,
//!   `search_coordinate(lat, lon, ...)`, `nearest_offices(...)`, `office(id, now)`,
//!   `hotlines(now)`, `coverage()`; `dataset()` for the HSDS JSON API.
//! * `reference::write_dataset_cli(reference_dir, out, generated)` for
//!   `linkages dataset build`, and `gis_import::import_gis_cli(geojson, mapping, base, out)`
//!   for `linkages dataset import-gis`.
//! * `hours::now_in_los_angeles()` for the clock.

pub mod view;

#[cfg(feature = "ssr")]
pub mod bounds;
#[cfg(feature = "ssr")]
pub mod finder;
#[cfg(feature = "ssr")]
pub mod geo_index;
#[cfg(feature = "ssr")]
pub mod gis_import;
#[cfg(feature = "ssr")]
pub mod hours;
#[cfg(feature = "ssr")]
pub mod hsds;
#[cfg(feature = "ssr")]
pub mod ids;
#[cfg(feature = "ssr")]
pub mod load;
#[cfg(feature = "ssr")]
pub mod phone;
#[cfg(feature = "ssr")]
pub mod places;
#[cfg(feature = "ssr")]
pub mod reference;

mod hotlines_page;
mod page;

pub use hotlines_page::HotlinesPage;
pub use page::{AgencyChoice, FindPage};
