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
