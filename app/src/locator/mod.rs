//! Office locator pages: the search page (`/xx/find`) and every phone line (`/xx/hotlines`).
//! They render what [`linkages_directory`] answers, on the server only; the one part that runs
//! in the browser is the "use my location" island ([`location`]). The results page draws an
//! office map as inline SVG on the server (`map`), outside the island.

pub mod location;

#[cfg(feature = "ssr")]
mod hotlines_page;
#[cfg(feature = "ssr")]
mod map;
#[cfg(feature = "ssr")]
mod page;

#[cfg(feature = "ssr")]
pub(crate) use page::{
    checked_text, distance_text, hours_text, office_map, phone_note_id, phone_number, report_link,
};
#[cfg(feature = "ssr")]
pub use {hotlines_page::HotlinesPage, page::FindPage};
