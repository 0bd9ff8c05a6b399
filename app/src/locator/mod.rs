//! Office locator: the domain logic behind "nearest DCFS and DPSS offices".
//!
//! Everything here is plain Rust with no Leptos types. The data-handling modules read files,
//! build indexes and use chrono-tz, so they are compiled for the server only (`ssr`); the
//! browser build gets just the serializable view types in [`view`].

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
