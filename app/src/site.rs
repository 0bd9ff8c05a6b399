//! What the server hands to every page render: catalogs and asset URLs (server only).

use std::sync::{Arc, PoisonError, RwLock};

use serde::Deserialize;

use linkages_directory::search::{report::ReportAddress, OfficeFinder};

use crate::i18n::embedded::Catalogs;

/// URLs of the built static files, read from `manifest.json` written by `scripts/build`.
/// File names carry a content hash, so they can be cached for a year.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Assets {
    pub css: String,
    pub site_js: String,
    /// Absent when the WebAssembly half was not built: pages still work, unhydrated.
    pub hydration: Option<HydrationAssets>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct HydrationAssets {
    /// Small module that, on a page with islands, loads the glue and wasm, fetches the
    /// locale's messages, then hydrates the islands. (The manifest also names the glue and
    /// wasm files it loads.)
    pub boot_js: String,
}

impl Assets {
    /// Unhashed names of the files in `public/`, for running from the source tree
    /// without a build: styles and quick exit work; there is no hydration.
    pub fn unbuilt() -> Assets {
        Assets {
            css: "/assets/site.css".into(),
            site_js: "/assets/site.js".into(),
            hydration: None,
        }
    }
}

/// Shared, read-only context of every server render.
#[derive(Clone, Debug)]
pub struct Site {
    pub catalogs: Arc<Catalogs>,
    pub assets: Arc<Assets>,
    pub finder: Arc<FinderCell>,
    /// Readers reach the site over HTTPS (a proxy in front ends TLS): the cookie is `Secure`.
    pub https: bool,
    /// Where "Report a problem with this listing" writes to; `None`: the links are not shown.
    pub report_to: Option<ReportAddress>,
}

impl Site {
    /// The English messages, for the English half of a bilingual page (the card, the
    /// advisor's script); `fallback` if English were ever missing from the catalogs.
    pub fn english(&self, fallback: &crate::i18n::I18n) -> crate::i18n::I18n {
        self.catalogs
            .get(crate::i18n::Locale::En)
            .map(crate::i18n::I18n::new)
            .unwrap_or_else(|| fallback.clone())
    }
}

/// Put in a request's extensions by the server when a search on the finder page is over the
/// client's budget: the page then says so, in the reader's language, instead of searching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchRefused;

/// The office finder in use. A reload swaps in a new one; requests already running keep the
/// one they started with.
#[derive(Debug)]
pub struct FinderCell(RwLock<Arc<OfficeFinder>>);

impl FinderCell {
    pub fn new(finder: OfficeFinder) -> FinderCell {
        FinderCell(RwLock::new(Arc::new(finder)))
    }

    /// The current finder.
    pub fn get(&self) -> Arc<OfficeFinder> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Serves `finder` from now on.
    pub fn replace(&self, finder: OfficeFinder) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(finder);
    }
}
