//! URL helpers shared by the pages.

/// Percent-encodes text for a URL query value (RFC 3986 unreserved characters kept).
pub fn encode_uri_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The link to a hand-off card for these paths and offices (`/es/card?path=…&office=…`):
/// path and office ids only, never an answer.
pub fn card_href(
    i18n: &crate::i18n::I18n,
    paths: &[linkages_screening::Path],
    office_ids: &[&str],
    discreet: bool,
) -> String {
    format!(
        "{}?{}",
        i18n.href("/card"),
        linkages_screening::card::card_query(paths, office_ids.iter().copied(), discreet)
    )
}

#[cfg(test)]
mod tests {
    use super::encode_uri_component;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode_uri_component("a b&c=ñ\n"), "a%20b%26c%3D%C3%B1%0A");
    }
}
