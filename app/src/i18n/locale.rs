//! Which language a page is in: the supported locales and how a request picks one.
//! Plain Rust so the rules can be tested without a server or a browser.

use serde::{Deserialize, Serialize};

/// Text direction of a locale, as written into `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The LA County threshold languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Locale {
    #[default]
    En,
    Es,
    Hy,
    ZhHans,
    ZhHant,
    Ko,
    Vi,
    Tl,
    Ru,
    Fa,
    Km,
    Ar,
    Ja,
    Hi,
    Th,
}

impl Locale {
    /// Locales with a full set of Fluent files under `locales/`, in switcher order: all of
    /// them (the locale tests check every file has every message).
    pub const SHIPPED: &'static [Locale] = Locale::ALL;

    /// Every threshold language, in switcher order.
    pub const ALL: &'static [Locale] = &[
        Locale::En,
        Locale::Es,
        Locale::ZhHans,
        Locale::ZhHant,
        Locale::Ko,
        Locale::Vi,
        Locale::Tl,
        Locale::Hy,
        Locale::Ru,
        Locale::Fa,
        Locale::Ar,
        Locale::Km,
        Locale::Ja,
        Locale::Hi,
        Locale::Th,
    ];

    /// BCP 47 tag, also the folder name under `locales/` and the URL prefix.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Hy => "hy",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
            Locale::Ko => "ko",
            Locale::Vi => "vi",
            Locale::Tl => "tl",
            Locale::Ru => "ru",
            Locale::Fa => "fa",
            Locale::Km => "km",
            Locale::Ar => "ar",
            Locale::Ja => "ja",
            Locale::Hi => "hi",
            Locale::Th => "th",
        }
    }

    /// The language's name in its own language, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Hy => "Հայերեն",
            Locale::ZhHans => "简体中文",
            Locale::ZhHant => "繁體中文",
            Locale::Ko => "한국어",
            Locale::Vi => "Tiếng Việt",
            Locale::Tl => "Tagalog",
            Locale::Ru => "Русский",
            Locale::Fa => "فارسی",
            Locale::Km => "ខ្មែរ",
            Locale::Ar => "العربية",
            Locale::Ja => "日本語",
            Locale::Hi => "हिन्दी",
            Locale::Th => "ไทย",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar | Locale::Fa => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Parses a URL prefix or cookie value: exact tags only (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::SHIPPED
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The shipped locale a language tag asks for. One rule for an `Accept-Language` range and
    /// for the first segment of a URL (`/es-MX/find` is sent to `/es/find`): the exact tag in
    /// any letter case, then Chinese by script or region, then the primary subtag
    /// (`es-MX` → `es`, `zh-TW` → `zh-Hant`, `fil` → `tl`). Only a well-formed tag is read:
    /// subtags of 1 to 8 letters or digits (the first letters only) joined by `-` or `_`, so
    /// `en-`, `en%2Dus` or `en.css` ask for nothing.
    pub fn best_match(tag: &str) -> Option<Locale> {
        if !is_language_tag(tag) {
            return None;
        }
        if let Some(exact) = Locale::from_tag(tag) {
            return Some(exact);
        }
        // Compared in any letter case, with nothing allocated: the server asks this of the
        // first segment of every request's path (see the server's `canonical`).
        let mut subtags = tag.split(['-', '_']);
        let primary = subtags.next().unwrap_or_default();
        let is =
            |subtag: &str, names: &[&str]| names.iter().any(|n| subtag.eq_ignore_ascii_case(n));
        if is(primary, &["zh"]) {
            let traditional = subtags.any(|s| is(s, &["hant", "tw", "hk", "mo"]));
            return Some(if traditional {
                Locale::ZhHant
            } else {
                Locale::ZhHans
            });
        }
        if is(primary, &["fil"]) {
            return Some(Locale::Tl);
        }
        // Dari and Iranian Persian read the Farsi pages.
        if is(primary, &["prs", "pes"]) {
            return Some(Locale::Fa);
        }
        Locale::from_tag(primary)
    }
}

/// `zh-Hant-TW`, `en_US`, `fil`: subtags of 1 to 8 ASCII letters or digits, the first of
/// letters only, joined by `-` (or `_`, which some clients send).
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split(['-', '_']);
    let short = |s: &str| (1..=8).contains(&s.len());
    subtags
        .next()
        .is_some_and(|p| short(p) && p.bytes().all(|b| b.is_ascii_alphabetic()))
        && subtags.all(|s| short(s) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Picks the locale from an `Accept-Language` header value, honouring q-values.
/// Returns `None` when nothing in the header is shipped (the caller falls back to English).
pub fn negotiate_accept_language(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, part)| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim();
            if range.is_empty() || range == "*" {
                return None;
            }
            let mut quality = 1.0_f32;
            for param in pieces {
                if let Some(q) = param.trim().strip_prefix("q=") {
                    quality = q.trim().parse::<f32>().ok().filter(|q| q.is_finite())?;
                }
            }
            (quality > 0.0).then_some((quality, position, range))
        })
        .collect();
    // Highest quality first; equal qualities keep the header's order.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .into_iter()
        .find_map(|(_, _, range)| Locale::best_match(range))
}

/// Where the page language came from, in order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocaleSource {
    /// `/es/...`: an explicit choice in the URL.
    Path,
    /// The one cookie the site sets, remembering an explicit choice.
    Cookie,
    /// The browser's `Accept-Language`.
    Header,
    Default,
}

/// Resolves the page locale: URL prefix, then the remembered choice, then Accept-Language.
pub fn resolve_locale(
    path_prefix: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> (Locale, LocaleSource) {
    if let Some(locale) = path_prefix.and_then(Locale::from_tag) {
        return (locale, LocaleSource::Path);
    }
    if let Some(locale) = cookie.and_then(Locale::from_tag) {
        return (locale, LocaleSource::Cookie);
    }
    if let Some(locale) = accept_language.and_then(negotiate_accept_language) {
        return (locale, LocaleSource::Header);
    }
    (Locale::default(), LocaleSource::Default)
}

/// The first path segment, if the path starts with a shipped locale (`/es/find` → `es`).
pub fn locale_prefix(path: &str) -> Option<Locale> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Locale::from_tag(first)
}

/// The same page in another language: swaps or adds the locale prefix, keeps the rest.
pub fn localized_path(path: &str, locale: Locale) -> String {
    let trimmed = path.trim_start_matches('/');
    let rest = match locale_prefix(path) {
        // Drop the whole first segment, whatever its letter case.
        Some(_) => trimmed.split_once('/').map(|(_, rest)| rest).unwrap_or(""),
        None => trimmed,
    };
    if rest.is_empty() {
        format!("/{}", locale.tag())
    } else {
        format!("/{}/{}", locale.tag(), rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip_and_only_arabic_and_farsi_are_rtl() {
        assert_eq!(Locale::ALL.len(), 15);
        for &locale in Locale::SHIPPED {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        for &locale in Locale::ALL {
            let rtl = locale.direction() == Direction::Rtl;
            assert_eq!(rtl, matches!(locale, Locale::Ar | Locale::Fa), "{locale:?}");
        }
    }

    #[test]
    fn accept_language_honours_quality_values() {
        assert_eq!(
            negotiate_accept_language("fr;q=1, en;q=0.5, es-MX;q=0.8"),
            Some(Locale::Es)
        );
        assert_eq!(
            negotiate_accept_language("es-419,en;q=0.9"),
            Some(Locale::Es)
        );
        assert_eq!(
            negotiate_accept_language("en-US,es;q=0.9"),
            Some(Locale::En)
        );
        assert_eq!(negotiate_accept_language("de, fr"), None);
        assert_eq!(
            negotiate_accept_language("es;q=0, en;q=0.1"),
            Some(Locale::En)
        );
        assert_eq!(negotiate_accept_language("es;q=abc"), None);
        assert_eq!(
            negotiate_accept_language("zh-TW,zh;q=0.9"),
            Some(Locale::ZhHant)
        );
        assert_eq!(negotiate_accept_language("zh-CN"), Some(Locale::ZhHans));
        assert_eq!(negotiate_accept_language("zh"), Some(Locale::ZhHans));
        assert_eq!(
            negotiate_accept_language("zh-Hant-HK"),
            Some(Locale::ZhHant)
        );
        assert_eq!(
            negotiate_accept_language("fil-PH, en;q=0.1"),
            Some(Locale::Tl)
        );
        assert_eq!(negotiate_accept_language("fa-IR"), Some(Locale::Fa));
        assert_eq!(
            negotiate_accept_language("hy-AM,ru;q=0.8"),
            Some(Locale::Hy)
        );
        assert_eq!(negotiate_accept_language("km-KH"), Some(Locale::Km));
        assert_eq!(negotiate_accept_language(""), None);
        assert_eq!(negotiate_accept_language("*"), None);
    }

    #[test]
    fn a_tag_matches_the_shipped_locale_it_asks_for() {
        for (tag, locale) in [
            ("en", Locale::En),
            ("EN", Locale::En),
            ("en-US", Locale::En),
            ("en_US", Locale::En),
            ("es-MX", Locale::Es),
            ("es-419", Locale::Es),
            ("zh-TW", Locale::ZhHant),
            ("zh-hk", Locale::ZhHant),
            ("ZH-hant", Locale::ZhHant),
            ("zh-Hant-HK", Locale::ZhHant),
            ("zh", Locale::ZhHans),
            ("zh-CN", Locale::ZhHans),
            ("fil", Locale::Tl),
            ("fil-PH", Locale::Tl),
            ("prs", Locale::Fa),
        ] {
            assert_eq!(Locale::best_match(tag), Some(locale), "{tag}");
        }
        // Nothing shipped, or not a language tag at all: no guess.
        for tag in [
            "",
            "xx",
            "de",
            "de-DE",
            "find",
            "api",
            "assets",
            "healthz",
            "en-",
            "-en",
            "en--US",
            "en.css",
            "en%2Dus",
            "e%6E",
            "en-toolongsubtag",
            "12",
            "en US",
            "zh_",
        ] {
            assert_eq!(Locale::best_match(tag), None, "{tag:?}");
        }
    }

    #[test]
    fn path_beats_cookie_beats_header() {
        assert_eq!(
            resolve_locale(Some("es"), Some("en"), Some("en")),
            (Locale::Es, LocaleSource::Path)
        );
        assert_eq!(
            resolve_locale(Some("find"), Some("es"), Some("en")),
            (Locale::Es, LocaleSource::Cookie)
        );
        assert_eq!(
            resolve_locale(None, Some("xx"), Some("es-US")),
            (Locale::Es, LocaleSource::Header)
        );
        assert_eq!(
            resolve_locale(None, None, None),
            (Locale::En, LocaleSource::Default)
        );
    }

    #[test]
    fn localized_paths_swap_the_prefix_only() {
        assert_eq!(localized_path("/", Locale::Es), "/es");
        assert_eq!(localized_path("/en/find", Locale::Es), "/es/find");
        assert_eq!(localized_path("/es", Locale::En), "/en");
        assert_eq!(localized_path("/find", Locale::Es), "/es/find");
        assert_eq!(locale_prefix("/es/screening"), Some(Locale::Es));
        assert_eq!(locale_prefix("/estate"), None);
        assert_eq!(locale_prefix("/zh-hant/find"), Some(Locale::ZhHant));
        assert_eq!(localized_path("/zh-Hant/find", Locale::Ar), "/ar/find");
        assert_eq!(localized_path("/zh-hant", Locale::En), "/en");
    }
}
