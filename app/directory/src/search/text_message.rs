//! The text message (SMS) a 2-1-1 advisor sends from their own phone system while on a call:
//! one office's name, address and phone, and one County line. The server never sends it (that
//! would need the caller's number, consent and storage); it only writes the text and says how
//! many segments it takes.
//!
//! Segments follow 3GPP TS 23.038 as carriers bill them: text whose every character is in the
//! GSM 03.38 default alphabet (with its extension table, whose characters count twice) is sent
//! as GSM-7, 160 units in one segment or 153 per segment when split; anything else is sent as
//! UCS-2, 70 UTF-16 units or 67 per segment. The counting is `sms_splitter`'s (a port of the
//! `split-sms` JavaScript library); this module only chooses what goes into the text.

use serde::Serialize;
use sms_splitter::splitter_options::SplitterOptions;
use sms_splitter::SplitSms;

use super::view::OfficeView;

/// At most this many segments: a longer text arrives in pieces on older phones and costs the
/// sender more.
pub const MAX_SEGMENTS: usize = 2;

/// How a text is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SmsEncoding {
    /// GSM 03.38 default alphabet, 7 bits a unit.
    Gsm7,
    /// UCS-2 (UTF-16 units), for any other script.
    Ucs2,
}

/// How long a text is as a phone network counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SmsLength {
    pub encoding: SmsEncoding,
    /// Units used: GSM-7 septets (extension characters count 2) or UTF-16 code units.
    pub units: usize,
    /// Segments the text is sent in (0 for an empty text).
    pub segments: usize,
    /// Units that fit in [`MAX_SEGMENTS`] segments of this encoding (306 or 134).
    pub budget: usize,
}

impl SmsLength {
    /// Within [`MAX_SEGMENTS`] segments.
    pub fn fits(&self) -> bool {
        self.segments <= MAX_SEGMENTS
    }
}

/// Counts `text` as a phone network would.
pub fn sms_length(text: &str) -> SmsLength {
    let splitter = SplitSms::new(SplitterOptions::new(false, true));
    let split = SplitSms::split(&splitter, String::from(text));
    let gsm = split.character_set == "GSM";
    let (encoding, units, per_segment) = if gsm {
        (SmsEncoding::Gsm7, split.bytes, 153)
    } else {
        // The splitter counts UCS-2 in bytes, two per unit.
        (SmsEncoding::Ucs2, split.bytes / 2, 67)
    };
    let segments = if text.is_empty() {
        0
    } else {
        split.parts.len()
    };
    SmsLength {
        encoding,
        units,
        segments,
        budget: per_segment * MAX_SEGMENTS,
    }
}

/// The words of the text in the caller's language (already formatted from the locale's
/// messages); everything else in it is the dataset's.
#[derive(Clone, Debug)]
pub struct TextWords<'a> {
    /// Said where the dataset has no street address.
    pub no_address: &'a str,
    /// Said where the dataset has no phone number.
    pub no_phone: &'a str,
    /// The County line's name, for example "DPSS Customer Service Center".
    pub line_name: &'a str,
    /// The County line's number as people read it.
    pub line_number: &'a str,
}

/// A text ready to copy, and its length.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextMessage {
    pub text: String,
    pub length: SmsLength,
}

/// The text for `office`, one fact per line: agency and name, address, the office's first
/// number, the County line. Where that takes more than [`MAX_SEGMENTS`] segments, the line's
/// name goes first, then the line, then the address is shortened from its end (an ellipsis
/// shows where); the office's name and number are kept. So the answer always fits.
pub fn office_text(office: &OfficeView, words: &TextWords<'_>) -> TextMessage {
    let name = agency_and_name(office);
    let address = if office.address_lines.is_empty() {
        words.no_address.to_owned()
    } else {
        office.address_lines.join(", ")
    };
    let phone = office
        .phones
        .first()
        .map_or_else(|| words.no_phone.to_owned(), |p| p.display.clone());
    let line = format!("{}: {}", words.line_name, words.line_number);
    let candidates = [
        vec![name.as_str(), &address, &phone, &line],
        vec![name.as_str(), &address, &phone, words.line_number],
        vec![name.as_str(), &address, &phone],
    ];
    for lines in candidates {
        let text = lines.join("\n");
        let length = sms_length(&text);
        if length.fits() {
            return TextMessage { text, length };
        }
    }
    shortened(&name, &address, &phone)
}

/// "DPSS Glendale - 02": the agency's code before the office's name, once (some sources
/// already begin the name with it: "DPSS Civic Center District Office 14").
pub fn agency_and_name(office: &OfficeView) -> String {
    let code = office.agency.code();
    let named = office
        .name
        .get(..code.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(code))
        && office.name[code.len()..].starts_with(' ');
    if named {
        office.name.clone()
    } else {
        format!("{code} {}", office.name)
    }
}

/// Name and phone whole, the address cut to what fits (never reached by the shipped data).
fn shortened(name: &str, address: &str, phone: &str) -> TextMessage {
    let chars: Vec<char> = address.chars().collect();
    // Longest prefix that fits: the length grows with the prefix, so a binary search finds it.
    let text_with = |keep: usize| {
        let cut: String = chars[..keep].iter().collect();
        let marked = if keep < chars.len() {
            format!("{}…", cut.trim_end())
        } else {
            cut
        };
        [name, marked.as_str(), phone].join("\n")
    };
    let (mut low, mut high) = (0usize, chars.len());
    while low < high {
        let mid = (low + high).div_ceil(2);
        if sms_length(&text_with(mid)).fits() {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    let text = text_with(low);
    let length = sms_length(&text);
    if length.fits() {
        TextMessage { text, length }
    } else {
        // Name and number alone are too long (a name of hundreds of letters): cut everything.
        let all: String = [name, phone].join("\n");
        let mut cut: String = all.chars().take(60).collect();
        cut.push('…');
        let length = sms_length(&cut);
        TextMessage { text: cut, length }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::agency::Agency;
    use crate::search::view::{HoursView, OpenState, PhoneRoleView, PhoneView, SourceView};
    use proptest::prelude::*;

    fn office(name: &str, address: &[&str], phone: Option<&str>) -> OfficeView {
        OfficeView {
            id: "id".into(),
            name: name.into(),
            agency: Agency::Dpss,
            agency_name: "Department of Public Social Services".into(),
            office_type: None,
            address_lines: address.iter().map(|s| s.to_string()).collect(),
            coordinate: None,
            distance_m: None,
            serves_point: None,
            phones: phone
                .map(|p| PhoneView {
                    display: p.into(),
                    tel: None,
                    sms: None,
                    kind: "voice".into(),
                    description: None,
                    role: PhoneRoleView::Direct,
                })
                .into_iter()
                .collect(),
            hours: HoursView {
                state: OpenState::Unknown,
                lines: vec![],
                conflicting: false,
                notes: vec![],
            },
            services_note: None,
            verified: true,
            assured_date: None,
            source: SourceView {
                title: String::new(),
                url: None,
                licence: String::new(),
                date: None,
                attribution: None,
            },
        }
    }

    const WORDS: TextWords<'static> = TextWords {
        no_address: "No address on file",
        no_phone: "No phone on file",
        line_name: "DPSS Customer Service Center",
        line_number: "(866) 613-3777",
    };

    #[test]
    fn counts_as_carriers_do() {
        let one = sms_length(&"a".repeat(160));
        assert_eq!(
            (one.encoding, one.units, one.segments),
            (SmsEncoding::Gsm7, 160, 1)
        );
        assert_eq!(sms_length(&"a".repeat(161)).segments, 2);
        assert_eq!(sms_length(&"a".repeat(306)).segments, 2);
        assert_eq!(sms_length(&"a".repeat(307)).segments, 3);
        // Extension characters (€, [, ~) take two units.
        assert_eq!(sms_length("€[~").units, 6);
        let korean = sms_length(&"가".repeat(70));
        assert_eq!(
            (korean.encoding, korean.units, korean.segments),
            (SmsEncoding::Ucs2, 70, 1)
        );
        assert_eq!(sms_length(&"가".repeat(71)).segments, 2);
        assert_eq!(sms_length(&"가".repeat(134)).segments, 2);
        assert_eq!(sms_length(&"가".repeat(135)).segments, 3);
        // One letter outside GSM-7 sends the whole text as UCS-2; an emoji is 2 UTF-16 units.
        assert_eq!(sms_length("Oficina ó").encoding, SmsEncoding::Ucs2);
        assert_eq!(sms_length("😀").units, 2);
        assert_eq!(sms_length("").segments, 0);
        assert_eq!(sms_length("x").budget, 306);
        assert_eq!(sms_length("가").budget, 134);
    }

    #[test]
    fn a_text_holds_name_address_phone_and_line() {
        let text = office_text(
            &office(
                "Civic Center",
                &["813 E 4th Pl", "Los Angeles, CA 90013"],
                Some("(866) 613-3777"),
            ),
            &WORDS,
        );
        assert_eq!(
            text.text,
            "DPSS Civic Center\n813 E 4th Pl, Los Angeles, CA 90013\n(866) 613-3777\nDPSS Customer Service Center: (866) 613-3777"
        );
        assert_eq!(text.length.segments, 1);
    }

    #[test]
    fn the_agency_is_named_once() {
        assert_eq!(
            agency_and_name(&office("Glendale - 02", &[], None)),
            "DPSS Glendale - 02"
        );
        assert_eq!(
            agency_and_name(&office("DPSS Civic Center District Office 14", &[], None)),
            "DPSS Civic Center District Office 14"
        );
        assert_eq!(agency_and_name(&office("DPSSX", &[], None)), "DPSS DPSSX");
        assert_eq!(agency_and_name(&office("Dp", &[], None)), "DPSS Dp");
    }

    #[test]
    fn missing_facts_are_said_missing() {
        let text = office_text(&office("Wateridge", &[], None), &WORDS);
        assert!(text.text.contains("No address on file"));
        assert!(text.text.contains("No phone on file"));
    }

    #[test]
    fn a_long_text_drops_the_line_name_before_anything_else() {
        let words = TextWords {
            line_name: "고객 서비스 센터 전화 상담",
            ..WORDS
        };
        let long = office(
            "East Valley - 11",
            &[
                "7555 Van Nuys Boulevard",
                "Los Angeles (Van Nuys), CA 91405",
            ],
            Some("(866) 613-3777"),
        );
        let text = office_text(&long, &words);
        assert!(text.length.fits());
        assert!(text.text.contains("7555 Van Nuys Boulevard"));
        assert!(text.text.contains("(866) 613-3777"));
    }

    proptest! {
        /// Whatever the dataset and the locale hold, the text fits and keeps the name's start.
        #[test]
        fn every_text_fits(
            name in "\\PC{1,120}",
            address in proptest::collection::vec("\\PC{0,80}", 0..3),
            phone in proptest::option::of("[0-9() -]{0,30}"),
            line_name in "\\PC{0,60}",
        ) {
            let address: Vec<&str> = address.iter().map(String::as_str).collect();
            let words = TextWords { line_name: &line_name, ..WORDS };
            let text = office_text(&office(&name, &address, phone.as_deref()), &words);
            prop_assert!(text.length.fits(), "{:?}", text);
            prop_assert_eq!(text.length, sms_length(&text.text));
            prop_assert!(text.text.starts_with("DPSS "));
        }
    }
}
