//! Fluent messages of one locale, with a plain lookup API the components call.

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::locale::Locale;

/// A parse problem in a locale file, reported at start-up and by the tests.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CatalogError {
    #[error("locales/{locale}: Fluent syntax errors: {details}")]
    Syntax {
        locale: &'static str,
        details: String,
    },
    #[error("locales/{locale}: message `{id}` is defined twice")]
    Duplicate { locale: &'static str, id: String },
    #[error("locale tag `{0}` is not a valid language identifier")]
    BadTag(&'static str),
}

/// All messages of one locale. Thread-safe, so the server shares one per locale.
pub struct Catalog {
    locale: Locale,
    reviewed: bool,
    bundle: FluentBundle<FluentResource>,
    /// Every message id and `message.attribute`, in file order.
    ids: Vec<String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Catalog {
    /// Parses the locale's Fluent text (all its files concatenated).
    pub fn parse(locale: Locale, source: &str) -> Result<Catalog, CatalogError> {
        Catalog::parse_with(locale, source, None)
    }

    /// English with every letter of every message marked (`H́éĺĺó`). A page rendered with it
    /// shows plain English only where text did not come from a message: the tests look for that.
    pub fn pseudo_english(source: &str) -> Result<Catalog, CatalogError> {
        Catalog::parse_with(Locale::En, source, Some(pseudo_transform))
    }

    fn parse_with(
        locale: Locale,
        source: &str,
        transform: Option<fn(&str) -> std::borrow::Cow<str>>,
    ) -> Result<Catalog, CatalogError> {
        let lang: LanguageIdentifier = locale
            .tag()
            .parse()
            .map_err(|_| CatalogError::BadTag(locale.tag()))?;
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
            CatalogError::Syntax {
                locale: locale.tag(),
                details: errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            }
        })?;
        let ids = message_ids(&resource);
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        bundle.set_transform(transform);
        // NUMBER() and friends. No message needs them today: distances, times and dates come
        // formatted from `i18n::format` (CLDR), as finished strings.
        bundle.add_builtins().map_err(|err| CatalogError::Syntax {
            locale: locale.tag(),
            details: format!("{err:?}"),
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| CatalogError::Duplicate {
                locale: locale.tag(),
                id: errors.first().map(|e| format!("{e:?}")).unwrap_or_default(),
            })?;
        let reviewed = locale == Locale::En || is_reviewed(source);
        Ok(Catalog {
            locale,
            reviewed,
            bundle,
            ids,
        })
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether a certified translator has checked every file of this locale.
    pub fn reviewed(&self) -> bool {
        self.reviewed
    }

    /// Every message id and `message.attribute` of the locale.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// True when the message (or `message.attribute`) exists.
    pub fn has(&self, id: &str) -> bool {
        let (message, attribute) = split_id(id);
        match self.bundle.get_message(message) {
            Some(m) => match attribute {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            },
            None => false,
        }
    }

    /// The message text. A missing id renders as the id itself, so a gap is visible
    /// (and caught by the locale tests) instead of breaking the page.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message with variables, e.g. `format("distance", Some(&args))`.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.format_reporting(id, args)
            .map(|(text, _)| text)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message formatted without a problem: `None` when it is missing or needs a
    /// variable that `args` does not give.
    pub fn try_format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.format_reporting(id, args)
            .and_then(|(text, clean)| clean.then_some(text))
    }

    /// The text, and whether Fluent formatted it without errors.
    fn format_reporting(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, bool)> {
        let (message, attribute) = split_id(id);
        let msg = self.bundle.get_message(message)?;
        let pattern = match attribute {
            Some(a) => msg.get_attribute(a).map(|attr| attr.value()),
            None => msg.value(),
        }?;
        let mut errors = vec![];
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some((text, errors.is_empty()))
    }

    /// Convenience for messages with named variables.
    pub fn format_with<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name, value);
        }
        self.format(id, Some(&fluent_args))
    }
}

fn pseudo_transform(text: &str) -> std::borrow::Cow<'_, str> {
    text.chars()
        .flat_map(|c| {
            let mark = c.is_ascii_alphabetic().then_some('\u{301}');
            std::iter::once(c).chain(mark)
        })
        .collect::<String>()
        .into()
}

/// The marker every translated file carries in a comment, `yes` once a certified translator
/// has checked it. A locale counts as reviewed only when all its files say `yes`.
pub const REVIEW_MARKER: &str = "# Reviewed by a certified translator:";

pub fn is_reviewed(source: &str) -> bool {
    let mut markers = source
        .lines()
        .filter_map(|line| line.trim().strip_prefix(REVIEW_MARKER))
        .map(|answer| {
            answer
                .trim()
                .trim_end_matches('.')
                .eq_ignore_ascii_case("yes")
        })
        .peekable();
    markers.peek().is_some() && markers.all(|yes| yes)
}

fn split_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// The ids of a resource's messages, and `message.attribute` for each attribute.
fn message_ids(resource: &FluentResource) -> Vec<String> {
    let mut ids = Vec::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name;
            if message.value.is_some() {
                ids.push(id.to_owned());
            }
            for attribute in &message.attributes {
                ids.push(format!("{id}.{}", attribute.id.name));
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strip_bidi_marks;

    #[test]
    fn formats_messages_attributes_and_variables() {
        let catalog = Catalog::parse(
            Locale::En,
            "hello = Hello\n    .hint = A hint\nmiles = { $n } { $n ->\n [one] mile\n *[other] miles\n}\n",
        )
        .expect("parses");
        assert_eq!(catalog.text("hello"), "Hello");
        assert_eq!(catalog.text("hello.hint"), "A hint");
        assert!(catalog.has("hello.hint"));
        assert!(!catalog.has("hello.nope"));
        assert_eq!(catalog.text("missing-id"), "missing-id");
        let one = catalog.format_with("miles", [("n", FluentValue::from(1))]);
        assert_eq!(strip_bidi_marks(&one), "1 mile");
        let many = catalog.format_with("miles", [("n", FluentValue::from(3))]);
        assert_eq!(strip_bidi_marks(&many), "3 miles");
        assert!(
            many.contains('\u{2068}'),
            "inserted values are isolated in text"
        );
    }

    #[test]
    fn lists_every_message_and_attribute_and_says_which_need_a_variable() {
        let catalog = Catalog::parse(
            Locale::En,
            "-term = Term\nhello = Hello { -term }\n    .hint = A hint\nonly-attr =\n    .label = L\ncount = { $n } left\n",
        )
        .expect("parses");
        let ids: Vec<&str> = catalog.ids().collect();
        assert_eq!(ids, ["hello", "hello.hint", "only-attr.label", "count"]);
        assert_eq!(
            catalog.try_format("hello", None).as_deref(),
            Some("Hello Term")
        );
        assert_eq!(catalog.try_format("count", None), None, "needs $n");
        assert_eq!(catalog.try_format("missing", None), None);
    }

    #[test]
    fn a_locale_is_reviewed_only_when_every_file_says_so() {
        let yes = "# Reviewed by a certified translator: yes.\na = A\n";
        let no = "# Reviewed by a certified translator: no.\nb = B\n";
        assert!(is_reviewed(yes));
        assert!(!is_reviewed(&format!("{yes}{no}")));
        assert!(!is_reviewed("a = A\n"), "no marker, not reviewed");
        assert!(!Catalog::parse(Locale::Es, no).expect("parses").reviewed());
        assert!(Catalog::parse(Locale::En, "a = A\n")
            .expect("parses")
            .reviewed());
    }

    #[test]
    fn syntax_errors_name_the_locale() {
        let err = Catalog::parse(Locale::Es, "oops = { \n").expect_err("bad syntax");
        assert!(err.to_string().contains("locales/es"));
    }
}
