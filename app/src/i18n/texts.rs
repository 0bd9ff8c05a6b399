//! Messages the server formatted beforehand, for the islands in the browser: the browser
//! gets finished texts, not a Fluent parser and plural rules.
//!
//! A message without variables is its text. A message with variables is formatted once for
//! every value an island can give it ([`crate::screening::message_variants`]), each under
//! its [`key`]: `flow-question-count?number=3`. The server sends them as JSON
//! (`/i18n/<lang>.json`); the hydrate entry point reads them into [`Texts`].

use std::{borrow::Cow, collections::HashMap};

use serde::{Deserialize, Serialize};

use super::Locale;

/// A value for a message's variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Int(i64),
    Float(f64),
    Text(Cow<'a, str>),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Arg<'_> {
    fn from(x: f64) -> Self {
        Arg::Float(x)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

#[cfg(feature = "ssr")]
impl<'a> Arg<'a> {
    /// The same value for Fluent (numbers as numbers, so plural forms work).
    pub fn into_fluent(self) -> fluent_bundle::FluentValue<'a> {
        match self {
            Arg::Int(n) => n.into(),
            Arg::Float(x) => x.into(),
            Arg::Text(text) => text.into(),
        }
    }
}

/// Where a message formatted with these values is kept: the id alone without variables,
/// else `id?name=value&name=value` in the order given. (A fractional number is written as
/// its bits: no island passes one, and the browser needs no float formatting for a key.)
pub fn key(id: &str, args: &[(&str, Arg)]) -> String {
    let mut key = id.to_owned();
    for (i, (name, value)) in args.iter().enumerate() {
        key.push(if i == 0 { '?' } else { '&' });
        key.push_str(name);
        key.push('=');
        match value {
            Arg::Int(n) => key.push_str(&n.to_string()),
            Arg::Float(x) => key.push_str(&x.to_bits().to_string()),
            Arg::Text(text) => key.push_str(text),
        }
    }
    key
}

/// One locale's messages as finished texts.
#[derive(Clone, Debug)]
pub struct Texts {
    locale: Locale,
    reviewed: bool,
    messages: HashMap<String, String>,
}

/// The JSON the browser fetches.
#[derive(Serialize, Deserialize)]
struct TextsFile {
    reviewed: bool,
    /// (key, text) pairs.
    messages: Vec<(String, String)>,
}

impl Texts {
    /// Reads the server's JSON (see [`Texts::to_json`]).
    pub fn from_json(locale: Locale, json: &str) -> Result<Texts, serde_json::Error> {
        let file: TextsFile = serde_json::from_str(json)?;
        Ok(Texts {
            locale,
            reviewed: file.reviewed,
            messages: file.messages.into_iter().collect(),
        })
    }

    /// Every message and attribute of the catalog that needs no variable, and each
    /// `(id, values)` of `variants`, formatted.
    #[cfg(feature = "ssr")]
    pub fn from_catalog(catalog: &super::Catalog, variants: &[(&str, Vec<(&str, i64)>)]) -> Texts {
        let mut messages: HashMap<String, String> = catalog
            .ids()
            .filter_map(|id| Some((id.to_owned(), catalog.try_format(id, None)?)))
            .collect();
        for (id, values) in variants {
            let args: Vec<(&str, Arg)> = values
                .iter()
                .map(|&(name, value)| (name, Arg::Int(value)))
                .collect();
            let mut fluent_args = fluent_bundle::FluentArgs::new();
            for (name, value) in &args {
                fluent_args.set(*name, value.clone().into_fluent());
            }
            messages.insert(key(id, &args), catalog.format(id, Some(&fluent_args)));
        }
        Texts {
            locale: catalog.locale(),
            reviewed: catalog.reviewed(),
            messages,
        }
    }

    /// The JSON for the browser, in a stable order (its hash names the version).
    #[cfg(feature = "ssr")]
    pub fn to_json(&self) -> String {
        let mut messages: Vec<(String, String)> = self
            .messages
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        messages.sort();
        let file = TextsFile {
            reviewed: self.reviewed,
            messages,
        };
        serde_json::to_string(&file).unwrap_or_default()
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn reviewed(&self) -> bool {
        self.reviewed
    }

    /// The text under `key(id, args)`; a missing one renders as the id, as the server does
    /// for a missing message, so a gap is visible.
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.messages
            .get(&key(id, args))
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether a text is kept under this key.
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }
}

/// Removes Unicode bidi isolation and mark characters that Fluent puts around inserted
/// values: they belong in displayed text, never in `tel:` links or copied/shared text.
pub fn strip_bidi_marks(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
            )
        })
        .collect()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    const SOURCE: &str = "hello = Hello\n    .hint = A hint\n\
        count = Question { $number }\n\
        miles = { $n ->\n [one] one mile\n *[other] { $n } miles\n}\n";

    #[test]
    fn keys_name_the_values_in_order() {
        assert_eq!(key("hello", &[]), "hello");
        assert_eq!(
            key(
                "t",
                &[("months", Arg::Int(6)), ("max_months", Arg::Int(12))]
            ),
            "t?months=6&max_months=12"
        );
        assert_eq!(key("t", &[("name", "Ana".into())]), "t?name=Ana");
    }

    #[test]
    fn the_browser_reads_what_the_server_formatted() {
        let catalog = Catalog::parse(Locale::Es, SOURCE).expect("parses");
        let variants = [("miles", vec![("n", 1)]), ("miles", vec![("n", 3)])];
        let json = Texts::from_catalog(&catalog, &variants).to_json();
        let texts = Texts::from_json(Locale::Es, &json).expect("reads");
        assert_eq!(texts.locale(), Locale::Es);
        assert!(!texts.reviewed());
        assert_eq!(texts.get("hello", &[]), "Hello");
        assert_eq!(texts.get("hello.hint", &[]), "A hint");
        // Plural forms chosen by the server's rules, one text for each value.
        assert_eq!(texts.get("miles", &[("n", Arg::Int(1))]), "one mile");
        assert_eq!(
            strip_bidi_marks(&texts.get("miles", &[("n", Arg::Int(3))])),
            "3 miles"
        );
        // A message that needs a variable is there only with the values listed.
        assert!(!texts.has("count"), "{json}");
        assert_eq!(texts.get("count", &[("number", Arg::Int(2))]), "count");
        assert_eq!(texts.get("missing", &[]), "missing");
    }
}
