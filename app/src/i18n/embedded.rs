//! The server's copy of every locale, compiled in from `locales/` by `build.rs`.

use std::{collections::HashMap, sync::Arc};

use super::{Catalog, CatalogError, Locale};

include!(concat!(env!("OUT_DIR"), "/ftl_sources.rs"));

/// One locale's Fluent text as served to the browser, with a content hash for caching.
#[derive(Clone, Debug)]
pub struct FtlText {
    pub text: Arc<str>,
    pub hash: String,
}

/// Parsed catalogs of all shipped locales, built once at start-up.
#[derive(Clone, Debug)]
pub struct Catalogs {
    catalogs: HashMap<Locale, Arc<Catalog>>,
    texts: HashMap<Locale, FtlText>,
}

impl Catalogs {
    /// Parses every shipped locale; the first syntax error stops the server at start-up.
    pub fn load() -> Result<Catalogs, CatalogError> {
        let mut catalogs = HashMap::new();
        let mut texts = HashMap::new();
        for &locale in Locale::SHIPPED {
            let text = source_text(locale);
            catalogs.insert(locale, Arc::new(Catalog::parse(locale, &text)?));
            let hash = format!("{:016x}", fnv1a64(text.as_bytes()));
            texts.insert(
                locale,
                FtlText {
                    text: text.into(),
                    hash,
                },
            );
        }
        Ok(Catalogs { catalogs, texts })
    }

    /// Like [`Catalogs::load`], with English replaced by its pseudo-locale (for tests).
    pub fn load_with_pseudo_english() -> Result<Catalogs, CatalogError> {
        let mut catalogs = Catalogs::load()?;
        let pseudo = Catalog::pseudo_english(&source_text(Locale::En))?;
        catalogs.catalogs.insert(Locale::En, Arc::new(pseudo));
        Ok(catalogs)
    }

    pub fn get(&self, locale: Locale) -> Option<Arc<Catalog>> {
        self.catalogs.get(&locale).cloned()
    }

    pub fn ftl(&self, locale: Locale) -> Option<&FtlText> {
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
            assert!(!catalogs.ftl(locale).expect("text").hash.is_empty());
        }
    }
}
