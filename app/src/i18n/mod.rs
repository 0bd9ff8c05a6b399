//! Languages: locale negotiation and Fluent catalogs (plain Rust), and the Leptos context
//! that gives every component the page's language.
//!
//! The server formats every message with Fluent ([`Catalog`]). The browser gets no Fluent
//! parser and no plural rules: the islands read [`Texts`], messages the server formatted
//! beforehand, each variant an island can show included (see [`texts`]).

#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
pub mod embedded;
#[cfg(feature = "ssr")]
pub mod format;
pub mod locale;
pub mod texts;

use std::sync::Arc;

#[cfg(feature = "ssr")]
pub use catalog::{Catalog, CatalogError};
use leptos::prelude::*;
pub use locale::{Direction, Locale};
pub use texts::{strip_bidi_marks, Arg, Texts};

/// The page's language and its messages, provided once per request (server) or per
/// document (browser). The locale never changes without a full page load.
#[derive(Clone, Debug)]
pub struct I18n {
    pub locale: Locale,
    messages: Messages,
}

/// Where the texts come from: Fluent on the server, pre-formatted texts in the browser.
#[derive(Clone, Debug)]
enum Messages {
    #[cfg(feature = "ssr")]
    Catalog(Arc<Catalog>),
    Texts(Arc<Texts>),
}

impl I18n {
    #[cfg(feature = "ssr")]
    pub fn new(catalog: Arc<Catalog>) -> Self {
        I18n {
            locale: catalog.locale(),
            messages: Messages::Catalog(catalog),
        }
    }

    /// The browser's: messages formatted by the server (see [`texts`]).
    pub fn from_texts(texts: Arc<Texts>) -> Self {
        I18n {
            locale: texts.locale(),
            messages: Messages::Texts(texts),
        }
    }

    pub fn t(&self, id: &str) -> String {
        match &self.messages {
            #[cfg(feature = "ssr")]
            Messages::Catalog(catalog) => catalog.text(id),
            Messages::Texts(texts) => texts.get(id, &[]),
        }
    }

    /// A message with variables. In the browser only the variants the server formatted
    /// beforehand exist (see [`texts::island_variants`]); any other renders as its id.
    pub fn t_with<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, Arg<'a>)>,
    ) -> String {
        let args: Vec<(&str, Arg)> = args.into_iter().collect();
        match &self.messages {
            #[cfg(feature = "ssr")]
            Messages::Catalog(catalog) => catalog.format_with(
                id,
                args.into_iter()
                    .map(|(name, value)| (name, value.into_fluent())),
            ),
            Messages::Texts(texts) => texts.get(id, &args),
        }
    }

    /// A site path in this page's language: `href("/find")` → `/es/find`.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.locale.tag(), path)
    }

    /// False while no certified translator has checked this language's texts.
    pub fn reviewed(&self) -> bool {
        match &self.messages {
            #[cfg(feature = "ssr")]
            Messages::Catalog(catalog) => catalog.reviewed(),
            Messages::Texts(texts) => texts.reviewed(),
        }
    }

    /// The Fluent catalog behind a server-rendered page.
    #[cfg(feature = "ssr")]
    pub fn catalog(&self) -> Option<&Catalog> {
        match &self.messages {
            Messages::Catalog(catalog) => Some(catalog),
            Messages::Texts(_) => None,
        }
    }
}

/// The page's [`I18n`]. Provided by the server shell and by the hydrate entry point.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
