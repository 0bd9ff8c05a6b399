//! A small telephone number parser for the numbers the locator shows.
//!
//! It accepts what the sources print: North American (NANP) 10-digit numbers with or without a
//! leading `1`/`+1`, separators `( ) - . /` and spaces, an optional extension (`ext. 12`,
//! `x12`, `extension 12`, `#12`); the dialling codes 2-1-1, 3-1-1, 4-1-1, 5-1-1, 6-1-1,
//! 7-1-1, 8-1-1, 9-1-1 and 988; and, for text messages only, 5- or 6-digit SMS short codes.
//! Bidirectional-isolation and other invisible format marks (which Fluent inserts around
//! placeables) are ignored on input and never appear in `tel:` values. Letters ("BABY-SAFE")
//! are refused: a number must be given in digits.

use crate::text::strip_marks;
use std::fmt;

/// Dialling codes a person can call by their short form.
pub const SERVICE_CODES: [&str; 9] = [
    "211", "311", "411", "511", "611", "711", "811", "911", "988",
];

/// A parsed telephone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneNumber {
    /// A 10-digit North American number (area code, exchange, line) with optional extension.
    Nanp {
        /// The 10 digits, without the country code.
        digits: String,
        /// Extension digits, if any.
        extension: Option<String>,
    },
    /// A 3-digit dialling code such as 2-1-1 or 988.
    ServiceCode(String),
    /// A 5- or 6-digit SMS short code (only from [`PhoneNumber::parse_text`]).
    SmsShortCode(String),
}

/// Why a string is not a phone number we accept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// Nothing but spaces or marks.
    #[error("the phone number is empty")]
    Empty,
    /// A character that does not belong in a phone number.
    #[error("unexpected character {0:?} in the phone number")]
    InvalidCharacter(char),
    /// The digits are not a 10-digit number nor a known short code.
    #[error("a phone number needs 10 digits (or a code such as 2-1-1), found {0} digits")]
    WrongLength(usize),
    /// NANP area codes start with 2-9.
    #[error("the area code {0} is not a valid North American area code")]
    BadAreaCode(String),
    /// NANP exchange codes start with 2-9.
    #[error("the exchange {0} is not a valid North American exchange code")]
    BadExchange(String),
    /// The text after the number is not an extension.
    #[error("the text after the number is not an extension: {0:?}")]
    BadExtension(String),
    /// Short codes take no extension.
    #[error("a short code such as 2-1-1 cannot have an extension")]
    ExtensionOnShortCode,
}

impl PhoneNumber {
    /// Parses a number to call (NANP or a dialling code).
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        parse_inner(input, false)
    }

    /// Parses a number to text: like [`PhoneNumber::parse`], and also SMS short codes.
    pub fn parse_text(input: &str) -> Result<Self, PhoneError> {
        parse_inner(input, true)
    }

    /// The number as people read it: `(213) 351-5507`, `(213) 351-5507 ext. 12`, `2-1-1`.
    pub fn display(&self) -> String {
        match self {
            PhoneNumber::Nanp { digits, extension } => {
                let (a, rest) = digits.split_at(3.min(digits.len()));
                let (b, c) = rest.split_at(3.min(rest.len()));
                match extension {
                    Some(ext) => format!("({a}) {b}-{c} ext. {ext}"),
                    None => format!("({a}) {b}-{c}"),
                }
            }
            PhoneNumber::ServiceCode(code) => {
                let mut out = String::with_capacity(5);
                for (i, ch) in code.chars().enumerate() {
                    if i > 0 {
                        out.push('-');
                    }
                    out.push(ch);
                }
                out
            }
            PhoneNumber::SmsShortCode(code) => code.clone(),
        }
    }

    /// The `tel:` URI (RFC 3966): `tel:+12133515507`, `tel:+12133515507;ext=12`, `tel:211`.
    /// Contains only ASCII digits, `+`, `;`, `=` and the scheme, never spaces or marks.
    pub fn tel_uri(&self) -> String {
        match self {
            PhoneNumber::Nanp {
                digits,
                extension: Some(ext),
            } => format!("tel:+1{digits};ext={ext}"),
            PhoneNumber::Nanp {
                digits,
                extension: None,
            } => format!("tel:+1{digits}"),
            PhoneNumber::ServiceCode(code) | PhoneNumber::SmsShortCode(code) => {
                format!("tel:{code}")
            }
        }
    }

    /// The `sms:` URI for texting this number.
    pub fn sms_uri(&self) -> String {
        match self {
            PhoneNumber::Nanp { digits, .. } => format!("sms:+1{digits}"),
            PhoneNumber::ServiceCode(code) | PhoneNumber::SmsShortCode(code) => {
                format!("sms:{code}")
            }
        }
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

fn parse_inner(input: &str, allow_sms: bool) -> Result<PhoneNumber, PhoneError> {
    let cleaned = strip_marks(input);
    let trimmed = cleaned.trim();
    if trimmed.is_empty() {
        return Err(PhoneError::Empty);
    }
    let (main, extension) = split_extension(trimmed)?;
    let mut digits = String::with_capacity(12);
    let mut plus = false;
    for (i, ch) in main.chars().enumerate() {
        match ch {
            '0'..='9' => digits.push(ch),
            '+' if i == 0 => plus = true,
            ' ' | '-' | '.' | '(' | ')' | '/' => {}
            other => return Err(PhoneError::InvalidCharacter(other)),
        }
    }
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    if plus && !digits.starts_with('1') {
        return Err(PhoneError::WrongLength(digits.len()));
    }
    if digits.len() == 11 && digits.starts_with('1') {
        digits.remove(0);
    } else if plus {
        return Err(PhoneError::WrongLength(digits.len()));
    }
    match digits.len() {
        10 => {
            let area = &digits[0..3];
            let exchange = &digits[3..6];
            if !matches!(area.as_bytes()[0], b'2'..=b'9') {
                return Err(PhoneError::BadAreaCode(area.to_string()));
            }
            if !matches!(exchange.as_bytes()[0], b'2'..=b'9') {
                return Err(PhoneError::BadExchange(exchange.to_string()));
            }
            Ok(PhoneNumber::Nanp { digits, extension })
        }
        3 if SERVICE_CODES.contains(&digits.as_str()) => {
            if extension.is_some() {
                Err(PhoneError::ExtensionOnShortCode)
            } else {
                Ok(PhoneNumber::ServiceCode(digits))
            }
        }
        5 | 6 if allow_sms && !plus => {
            if extension.is_some() {
                Err(PhoneError::ExtensionOnShortCode)
            } else {
                Ok(PhoneNumber::SmsShortCode(digits))
            }
        }
        n => Err(PhoneError::WrongLength(n)),
    }
}

/// Splits `"(213) 351-5507 ext. 12"` into the main part and the extension digits.
fn split_extension(s: &str) -> Result<(&str, Option<String>), PhoneError> {
    let lower = s.to_ascii_lowercase();
    let marker_at = lower
        .char_indices()
        .find(|(_, c)| c.is_alphabetic() || *c == '#' || *c == ',')
        .map(|(i, _)| i);
    let Some(at) = marker_at else {
        return Ok((s, None));
    };
    let (main, tail) = (&s[..at], &lower[at..]);
    let rest = ["extension", "ext.", "ext", "x", "#", ","]
        .iter()
        .find_map(|m| tail.strip_prefix(m))
        .ok_or_else(|| {
            // A letter that is not an extension marker: report the offending character.
            match tail.chars().next() {
                Some(c) if c.is_alphabetic() => {
                    PhoneError::InvalidCharacter(s[at..].chars().next().unwrap_or(c))
                }
                _ => PhoneError::BadExtension(s[at..].to_string()),
            }
        })?;
    let rest = rest.trim_start_matches(['.', ':', ' ']).trim_end();
    if rest.is_empty() || rest.len() > 6 || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PhoneError::BadExtension(s[at..].to_string()));
    }
    Ok((main, Some(rest.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> PhoneNumber {
        match PhoneNumber::parse(s) {
            Ok(p) => p,
            Err(e) => panic!("{s:?}: {e}"),
        }
    }

    #[test]
    fn nanp_forms() {
        for s in [
            "(213) 351-5507",
            "213-351-5507",
            "213.351.5507",
            "2133515507",
            "1-213-351-5507",
            "+1 213 351 5507",
            "+1 (213) 351-5507",
            "\u{2068}(213) 351-5507\u{2069}",
            "\u{200F}213\u{00A0}351\u{00A0}5507",
        ] {
            let p = ok(s);
            assert_eq!(p.display(), "(213) 351-5507", "{s:?}");
            assert_eq!(p.tel_uri(), "tel:+12133515507", "{s:?}");
        }
    }

    #[test]
    fn extensions() {
        for s in [
            "(213) 351-5507 ext. 12",
            "213-351-5507 x12",
            "213 351 5507 Ext 12",
            "2133515507#12",
            "213-351-5507 extension: 12",
        ] {
            let p = ok(s);
            assert_eq!(p.display(), "(213) 351-5507 ext. 12", "{s:?}");
            assert_eq!(p.tel_uri(), "tel:+12133515507;ext=12", "{s:?}");
        }
    }

    #[test]
    fn short_codes() {
        assert_eq!(ok("2-1-1").display(), "2-1-1");
        assert_eq!(ok("211").tel_uri(), "tel:211");
        assert_eq!(ok("9-1-1").tel_uri(), "tel:911");
        assert_eq!(ok("988").display(), "9-8-8");
        assert_eq!(ok("7-1-1").tel_uri(), "tel:711");
        assert_eq!(PhoneNumber::parse("212"), Err(PhoneError::WrongLength(3)));
        assert_eq!(
            PhoneNumber::parse("211 x1"),
            Err(PhoneError::ExtensionOnShortCode)
        );
    }

    #[test]
    fn sms_short_codes_only_for_text() {
        assert_eq!(PhoneNumber::parse("88788"), Err(PhoneError::WrongLength(5)));
        let p = PhoneNumber::parse_text("88788");
        assert_eq!(p, Ok(PhoneNumber::SmsShortCode("88788".into())));
        assert_eq!(p.map(|p| p.sms_uri()), Ok("sms:88788".into()));
    }

    #[test]
    fn rejects() {
        assert_eq!(PhoneNumber::parse(""), Err(PhoneError::Empty));
        assert_eq!(PhoneNumber::parse(" \u{2066} "), Err(PhoneError::Empty));
        assert!(matches!(
            PhoneNumber::parse("877-BABY-SAFE"),
            Err(PhoneError::InvalidCharacter('B'))
        ));
        assert_eq!(
            PhoneNumber::parse("555-1234"),
            Err(PhoneError::WrongLength(7))
        );
        assert_eq!(
            PhoneNumber::parse("(113) 351-5507"),
            Err(PhoneError::BadAreaCode("113".into()))
        );
        assert_eq!(
            PhoneNumber::parse("(213) 151-5507"),
            Err(PhoneError::BadExchange("151".into()))
        );
        assert_eq!(
            PhoneNumber::parse("+44 20 7946 0958"),
            Err(PhoneError::WrongLength(12))
        );
        assert!(matches!(
            PhoneNumber::parse("213-351-5507 ext"),
            Err(PhoneError::BadExtension(_))
        ));
        assert!(matches!(
            PhoneNumber::parse("213-351-5507 x1234567"),
            Err(PhoneError::BadExtension(_))
        ));
        assert!(matches!(
            PhoneNumber::parse("213_351_5507"),
            Err(PhoneError::InvalidCharacter('_'))
        ));
    }

    #[test]
    fn tel_uri_never_has_spaces_or_marks() {
        let p = ok("\u{2068}+1 (626) 569-3100\u{2069} ext. 7");
        let uri = p.tel_uri();
        assert!(
            uri.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ':' | '+' | ';' | '=')),
            "{uri}"
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = PhoneNumber::parse(&s);
            let _ = PhoneNumber::parse_text(&s);
        }

        #[test]
        fn display_round_trips(area in 200u32..1000, exch in 200u32..1000, line in 0u32..10000) {
            let s = format!("{area}{exch}{line:04}");
            let p = PhoneNumber::parse(&s).map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            proptest::prop_assert_eq!(PhoneNumber::parse(&p.display()), Ok(p.clone()));
        }
    }
}
