//! Cleaning text that people type or paste: invisible marks (bidi controls that Fluent and
//! right-to-left pages add, zero-width characters, the byte-order mark) and odd spaces.
//! Shared by the phone parser and the place lookup, so both read input the same way.

/// True for the invisible format characters we strip: bidi marks and isolates, zero-width
/// characters and the byte-order mark.
pub fn is_invisible_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{2060}'
    )
}

/// Removes invisible marks and turns no-break and other Unicode spaces into plain spaces.
pub fn strip_marks(s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible_mark(*c))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect()
}

/// The zero of every run of decimal digits in Unicode (general category Nd): each run holds
/// the digits 0 to 9 in order, which Unicode guarantees for Nd. Read from the Unicode 14.0
/// character database (Python's `unicodedata`, `category == "Nd" and decimal == 0`): 66 runs,
/// 660 digits. Among them: ASCII, Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari,
/// Thai, Khmer, Myanmar, full-width.
const DIGIT_ZEROS: [u32; 66] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a decimal digit of any script (`'٣'` → 3, `'៩'` → 9), or `None`.
pub fn decimal_digit(c: char) -> Option<u32> {
    let cp = u32::from(c);
    // The table is sorted: the last zero at or below `cp` is the only run that can hold it.
    let i = DIGIT_ZEROS
        .partition_point(|&zero| zero <= cp)
        .checked_sub(1)?;
    let value = cp - DIGIT_ZEROS[i];
    (value < 10).then_some(value)
}

/// Folds what people type on any keyboard into the plain form the place parser reads:
/// invisible marks removed, odd spaces made plain, compatibility forms unified (NFKC: full-width
/// letters and punctuation), every script's decimal digits as ASCII digits, the Arabic decimal
/// separator as `.`, the Arabic comma and thousands separator as `,`, and every dash or minus
/// sign as `-`.
///
/// ASCII text takes a short way with the same result ([`fold_ascii`]; a property test holds
/// the two ways together).
pub fn fold_for_parsing(s: &str) -> String {
    if s.is_ascii() {
        fold_ascii(s)
    } else {
        fold_unicode(s)
    }
}

/// [`fold_for_parsing`] for ASCII text. No ASCII character is an invisible mark, a dash other
/// than `-`, an Arabic separator or a non-ASCII digit, and NFKC leaves ASCII as it is, so the
/// fold only makes every whitespace character (tab, line feed, vertical tab, form feed,
/// carriage return) a plain space.
fn fold_ascii(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect()
}

/// [`fold_for_parsing`] for any text, with Unicode normalization.
fn fold_unicode(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.chars()
        .filter(|c| !is_invisible_mark(*c))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .nfkc()
        .map(fold_char)
        .collect()
}

/// One character after NFKC: the Arabic decimal separator as `.`, the Arabic comma and
/// thousands separator as `,`, every dash or minus sign as `-`, every script's decimal digit as
/// its ASCII digit, and whitespace as a plain space.
fn fold_char(c: char) -> char {
    let c = match c {
        '\u{066B}' => '.',
        '\u{060C}' | '\u{066C}' => ',',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => '-',
        c => decimal_digit(c)
            .and_then(|d| char::from_digit(d, 10))
            .unwrap_or(c),
    };
    if c.is_whitespace() {
        ' '
    } else {
        c
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_digit_run_reads_zero_to_nine() {
        for zero in DIGIT_ZEROS {
            for k in 0..10 {
                let c = char::from_u32(zero + k).unwrap();
                assert!(c.is_numeric(), "U+{:04X} is not numeric", zero + k);
                assert_eq!(decimal_digit(c), Some(k), "U+{:04X}", zero + k);
            }
        }
        assert!(DIGIT_ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
        for c in ['a', '.', '٫', '½', 'Ⅳ', '\u{0}', '\u{10FFFF}'] {
            assert_eq!(decimal_digit(c), None, "{c:?}");
        }
    }

    #[test]
    fn folds_the_digits_and_separators_of_the_shipped_scripts() {
        for typed in [
            "٩٠٠٢٠",
            "۹۰۰۲۰",
            "९००२०",
            "๙๐๐๒๐",
            "៩០០២០",
            "９００２０",
            "\u{200F}90020\u{200E}",
        ] {
            assert_eq!(fold_for_parsing(typed), "90020", "{typed}");
        }
        assert_eq!(fold_for_parsing("٣٤٫٠٥، -١١٨٫٢٥"), "34.05, -118.25");
        assert_eq!(fold_for_parsing("۳۴٫۰۵,−۱۱۸٫۲۵"), "34.05,-118.25");
        assert_eq!(fold_for_parsing("90020–1234"), "90020-1234");
        assert_eq!(fold_for_parsing("Ｐｏｍｏｎａ\u{00A0}CA"), "Pomona CA");
    }

    /// The fold as it was before the ASCII short way: strip the marks into a new string, then
    /// normalize it (the per-character fold after NFKC did not change).
    fn reference_fold(s: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        strip_marks(s).nfkc().map(fold_char).collect()
    }

    #[test]
    fn every_ascii_character_folds_the_same_both_ways() {
        let all: String = (0u8..=127).map(char::from).collect();
        assert_eq!(fold_ascii(&all), fold_unicode(&all));
        assert_eq!(fold_ascii(&all), reference_fold(&all));
        for c in all.chars() {
            let one = c.to_string();
            assert_eq!(fold_ascii(&one), fold_unicode(&one), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_way_and_the_unicode_way_agree(s in "[\\x00-\\x7F]{0,40}") {
            proptest::prop_assert_eq!(fold_ascii(&s), fold_unicode(&s));
            proptest::prop_assert_eq!(fold_for_parsing(&s), reference_fold(&s));
        }

        #[test]
        fn the_fold_is_the_reference_fold(s in "\\PC{0,40}|[ -~\\t\\n\\x0B\\x0C\\r\\x{A0}\\x{200B}-\\x{200F}\\x{FF10}-\\x{FF5A}\\x{0660}-\\x{066C}]{0,40}") {
            proptest::prop_assert_eq!(fold_for_parsing(&s), reference_fold(&s));
            proptest::prop_assert_eq!(fold_unicode(&s), reference_fold(&s));
        }
    }
}
