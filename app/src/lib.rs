#![recursion_limit = "256"]
//! The Linkages site's pages and components (Leptos).
//!
//! What it is: components that render, built twice: with `ssr` for the server (every page)
//! and with `hydrate` for the browser (the islands only: the screening form and "use my
//! location"). May depend on: leptos, Fluent, [`linkages_screening`] (both builds) and
//! [`linkages_directory`] (server only). Entry points: [`App`] (server), the islands (browser),
//! [`i18n`] for messages, [`layout::shell`] for the document.

#[cfg(feature = "ssr")]
pub mod advisor;
#[cfg(feature = "ssr")]
pub mod card;
pub mod home;
pub mod i18n;
pub mod layout;
pub mod locator;
#[cfg(feature = "ssr")]
mod routes;
#[cfg(feature = "ssr")]
pub mod safety;
pub mod screening;
#[cfg(feature = "ssr")]
pub mod site;
pub mod url;

#[cfg(feature = "ssr")]
pub use routes::App;
