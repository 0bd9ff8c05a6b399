//! The one reading of a search box, shared by the search page and the JSON API. Text is
//! folded first ([`fold_for_parsing`]: any script's digits, full-width forms, Arabic
//! separators, every dash), then classified:
//!
//! * only digits, spaces and dashes: a ZIP code, ZIP+4 in any form (`90020-1234`,
//!   `90020 1234`, `900201234`, with any dash);
//! * only digits, signs, spaces and a comma or point: `latitude,longitude`;
//! * anything else: a place name. A ZIP code inside it ("Los Angeles, CA 90033") is used when
//!   the ZIP table has it. A trailing state ("CA", "Calif.", "California", "USA", with or
//!   without a comma) is dropped; a leading "City of" is tried with and without.

use crate::places::{normalize_name, PlaceError};
use crate::text::fold_for_parsing;

/// What a search box holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceQuery {
    /// A ZIP code: five ASCII digits.
    Zip(String),
    /// A coordinate, as folded text for [`crate::places::parse_lat_lon`].
    Coordinate(String),
    /// A place name.
    Name {
        /// The name, normalized ([`normalize_name`]) with the state dropped; empty when the
        /// text held only a ZIP code and state words. Look it up as it is first, then
        /// [`without_city_of`] ("City of Industry" is a city's own name).
        key: String,
        /// The text as typed, trimmed (for messages).
        typed: String,
        /// The last ZIP code (or ZIP+4) standing on its own in the text, five digits.
        zip: Option<String>,
    },
}

/// Reads a search box. Errors: [`PlaceError::Empty`] for blank text,
/// [`PlaceError::MalformedZip`] for digits that are no ZIP code form.
pub fn classify(input: &str) -> Result<PlaceQuery, PlaceError> {
    let folded = fold_for_parsing(input);
    let text = folded.trim();
    if text.is_empty() {
        return Err(PlaceError::Empty);
    }
    let zip_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | ' '));
    let coordinate_like = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ',' | ' '));
    if zip_like {
        return zip_form(text)
            .map(PlaceQuery::Zip)
            .ok_or_else(|| PlaceError::MalformedZip(text.to_owned()));
    }
    if coordinate_like {
        return Ok(PlaceQuery::Coordinate(text.to_owned()));
    }
    let (key, zip) = match last_zip_in(text) {
        Some((start, end, zip)) => (
            name_key(&format!("{} {}", &text[..start], &text[end..])),
            Some(zip),
        ),
        None => (name_key(text), None),
    };
    Ok(PlaceQuery::Name {
        key,
        typed: input.trim().to_owned(),
        zip,
    })
}

/// The 5-digit ZIP of a text that is only a ZIP code or ZIP+4: 5 digits, 5 + 4 digits with
/// one dash or spaces between, or 9 digits.
fn zip_form(text: &str) -> Option<String> {
    let groups: Vec<&str> = text.split([' ', '-']).filter(|g| !g.is_empty()).collect();
    let dashes = text.chars().filter(|&c| c == '-').count();
    match groups.as_slice() {
        [five] if five.len() == 5 && dashes == 0 => Some((*five).to_owned()),
        [nine] if nine.len() == 9 && dashes == 0 => Some(nine[..5].to_owned()),
        [five, four] if five.len() == 5 && four.len() == 4 && dashes <= 1 => {
            Some((*five).to_owned())
        }
        _ => None,
    }
}

/// The last ZIP code standing on its own in mixed text: a run of exactly 5 ASCII digits, or
/// 9, or 5 then 4 with a dash or space between. Returns its byte range and the five digits.
fn last_zip_in(text: &str) -> Option<(usize, usize, String)> {
    // Runs of ASCII digits, with byte offsets.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, text.len()));
    }
    let mut found = None;
    let mut i = 0;
    while i < runs.len() {
        let (s, e) = runs[i];
        match e - s {
            9 => found = Some((s, e, text[s..s + 5].to_owned())),
            5 => {
                // ZIP+4: the next run is 4 digits, one dash or space away.
                let plus4 = runs
                    .get(i + 1)
                    .filter(|&&(s2, e2)| e2 - s2 == 4 && matches!(&text[e..s2], "-" | " " | " - "));
                match plus4 {
                    Some(&(_, e2)) => {
                        found = Some((s, e2, text[s..e].to_owned()));
                        i += 1;
                    }
                    None => found = Some((s, e, text[s..e].to_owned())),
                }
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// The words that say "California" or the country at the end of a place name, normalized.
const STATE_WORDS: [&str; 5] = ["ca", "calif", "california", "usa", "us"];

/// A normalized name without a leading "city of", if it has one and more follows.
pub fn without_city_of(key: &str) -> Option<&str> {
    key.strip_prefix("city of ").filter(|rest| !rest.is_empty())
}

/// A place name as the lookup compares it: normalized, without trailing state or country
/// words.
fn name_key(text: &str) -> String {
    // Single-spaced words: a space is always between two words.
    let mut key = normalize_name(text);
    while let Some(space) = key.rfind(' ') {
        if !STATE_WORDS.contains(&&key[space + 1..]) {
            break;
        }
        key.truncate(space);
    }
    if STATE_WORDS.contains(&key.as_str()) {
        // "California" alone names no place in the county.
        key.clear();
    }
    key
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn zip(s: &str) -> PlaceQuery {
        PlaceQuery::Zip(s.to_owned())
    }

    #[test]
    fn zip_forms() {
        for typed in [
            "90020",
            " 90020 ",
            "90020-1234",
            "90020 1234",
            "900201234",
            "90020–1234",
            "90020 - 1234",
            "٩٠٠٢٠",
            "۹۰۰۲۰",
            "९००२०",
            "๙๐๐๒๐",
            "៩០០២០",
            "９００２０",
            "９００２０－１２３４",
        ] {
            assert_eq!(classify(typed), Ok(zip("90020")), "{typed}");
        }
        for bad in [
            "9002",
            "900201",
            "90020-12",
            "90020--1234",
            "90020-1234-1",
            "1 2 3 4 5",
        ] {
            assert!(
                matches!(classify(bad), Err(PlaceError::MalformedZip(_))),
                "{bad}"
            );
        }
        assert_eq!(classify("  "), Err(PlaceError::Empty));
    }

    #[test]
    fn coordinates_in_any_digits() {
        assert_eq!(
            classify("٣٤٫٠٥، -١١٨٫٢٥"),
            Ok(PlaceQuery::Coordinate("34.05, -118.25".into()))
        );
        assert_eq!(
            classify("34.05,-118.25"),
            Ok(PlaceQuery::Coordinate("34.05,-118.25".into()))
        );
    }

    #[test]
    fn names_lose_city_of_and_the_state_and_keep_a_zip() {
        let name = |typed: &str| match classify(typed).unwrap() {
            PlaceQuery::Name { key, zip, .. } => (key, zip),
            other => panic!("{typed}: {other:?}"),
        };
        assert_eq!(name("Pomona CA"), ("pomona".into(), None));
        assert_eq!(name("Pomona, Calif."), ("pomona".into(), None));
        assert_eq!(name("City of Pomona"), ("city of pomona".into(), None));
        assert_eq!(
            name("city of pomona, california, usa"),
            ("city of pomona".into(), None)
        );
        assert_eq!(without_city_of("city of pomona"), Some("pomona"));
        assert_eq!(without_city_of("pomona"), None);
        assert_eq!(
            name("Los Angeles, CA 90033"),
            ("los angeles".into(), Some("90033".into()))
        );
        assert_eq!(
            name("12345 Main St, Pomona CA 91766-1234"),
            ("12345 main st pomona".into(), Some("91766".into()))
        );
        assert_eq!(name("CA 90033"), (String::new(), Some("90033".into())));
        assert_eq!(name("City of Industry"), ("city of industry".into(), None));
        assert_eq!(name("California"), (String::new(), None));
        assert_eq!(name("L.A."), ("l a".into(), None));
    }

    /// `name_key` as it was: split into words, drop state words, join again.
    fn reference_name_key(text: &str) -> String {
        let key = normalize_name(text);
        let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
        while words.len() > 1 && words.last().is_some_and(|w| STATE_WORDS.contains(w)) {
            words.pop();
        }
        if words.len() == 1 && STATE_WORDS.contains(&words[0]) {
            words.clear();
        }
        words.join(" ")
    }

    proptest::proptest! {
        #[test]
        fn the_name_key_is_the_reference_name_key(
            s in "((ca|CA|Calif\\.|california|usa|US|us|city of|pomona|l\\.a\\.|mt|90033|é)[ ,]{0,2}){0,6}|\\PC{0,30}"
        ) {
            proptest::prop_assert_eq!(name_key(&s), reference_name_key(&s));
        }
    }
}
