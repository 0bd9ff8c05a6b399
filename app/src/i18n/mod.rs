//! Languages: locale negotiation and Fluent catalogs (plain Rust), and the Leptos context
//! that gives every component the page's language.

pub mod catalog;
#[cfg(feature = "ssr")]
pub mod embedded;
#[cfg(feature = "ssr")]
pub mod format;
pub mod locale;

use std::sync::Arc;

pub use catalog::{strip_bidi_marks, Catalog, CatalogError};
use fluent_bundle::FluentValue;
use leptos::prelude::*;
pub use locale::{Direction, Locale};

/// The page's language and its messages, provided once per request (server) or per
/// document (browser). The locale never changes without a full page load.
#[derive(Clone, Debug)]
pub struct I18n {
    pub locale: Locale,
    catalog: Arc<Catalog>,
}

impl I18n {
    pub fn new(catalog: Arc<Catalog>) -> Self {
        I18n {
            locale: catalog.locale(),
            catalog,
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.catalog.text(id)
    }

    pub fn t_with<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        self.catalog.format_with(id, args)
    }

    /// A site path in this page's language: `href("/find")` → `/es/find`.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.locale.tag(), path)
    }

    /// False while no certified translator has checked this language's texts.
    pub fn reviewed(&self) -> bool {
        self.catalog.reviewed()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
}

/// The page's [`I18n`]. Provided by the server shell and by the hydrate entry point.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
