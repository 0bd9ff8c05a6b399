//! The server's copy of every locale, compiled in from `locales/` by `build.rs`.

use std::{collections::HashMap, sync::Arc};

use super::{Catalog, CatalogError, Locale, Texts};

include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));

/// One locale's messages as served to the browser (pre-formatted [`Texts`] as JSON), with a
/// content hash for caching.
#[derive(Clone, Debug)]
pub struct BrowserTexts {
    pub json: Arc<str>,
    pub hash: String,
}

impl BrowserTexts {
    fn of(catalog: &Catalog) -> BrowserTexts {
        let json = Texts::from_catalog(catalog, &crate::screening::message_variants()).to_json();
        let hash = format!("{:016x}", fnv1a64(json.as_bytes()));
        BrowserTexts {
            json: json.into(),
            hash,
        }
    }
}

/// Parsed catalogs of all shipped locales, built once at start-up.
#[derive(Clone, Debug)]
pub struct Catalogs {
    catalogs: HashMap<Locale, Arc<Catalog>>,
    texts: HashMap<Locale, BrowserTexts>,
}

impl Catalogs {
    /// Parses every shipped locale; the first syntax error stops the server at start-up.
    pub fn load() -> Result<Catalogs, CatalogError> {
        let mut catalogs = HashMap::new();
        let mut texts = HashMap::new();
        for &locale in Locale::SHIPPED {
            let catalog = Catalog::parse(locale, &source_text(locale))?;
            texts.insert(locale, BrowserTexts::of(&catalog));
            catalogs.insert(locale, Arc::new(catalog));
        }
        Ok(Catalogs { catalogs, texts })
    }

    /// Like [`Catalogs::load`], with English replaced by its pseudo-locale (for tests).
    pub fn load_with_pseudo_english() -> Result<Catalogs, CatalogError> {
        let mut catalogs = Catalogs::load()?;
        let pseudo = Catalog::pseudo_english(&source_text(Locale::En))?;
        catalogs.texts.insert(Locale::En, BrowserTexts::of(&pseudo));
        catalogs.catalogs.insert(Locale::En, Arc::new(pseudo));
        Ok(catalogs)
    }

    pub fn get(&self, locale: Locale) -> Option<Arc<Catalog>> {
        self.catalogs.get(&locale).cloned()
    }

    /// The messages the browser fetches before hydrating the islands.
    pub fn browser_texts(&self, locale: Locale) -> Option<&BrowserTexts> {
        self.texts.get(&locale)
    }
}

/// All Fluent files of a locale, concatenated in file-name order.
pub fn source_text(locale: Locale) -> String {
    FTL_SOURCES
        .iter()
        .filter(|(tag, _, _)| *tag == locale.tag())
        .map(|(_, _, text)| *text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// (file name, text) of each Fluent file of a locale: for the completeness tests.
pub fn files(locale: Locale) -> Vec<(&'static str, &'static str)> {
    FTL_SOURCES
        .iter()
        .filter(|(tag, _, _)| *tag == locale.tag())
        .map(|(_, name, text)| (*name, *text))
        .collect()
}

/// FNV-1a: a stable, dependency-free content hash for cache-busting URLs (not security).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_locale_parses() {
        let catalogs = Catalogs::load().expect("all locales parse");
        for &locale in Locale::SHIPPED {
            let catalog = catalogs.get(locale).expect("catalog");
            assert!(catalog.has("site-name"), "{locale:?} has site-name");
            assert!(!catalogs
                .browser_texts(locale)
                .expect("texts")
                .hash
                .is_empty());
        }
    }
}
