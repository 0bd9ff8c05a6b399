//! Deterministic record identifiers.
//!
//! Every id in the dataset is a name-based UUID (version 5) made from a stable key such as
//! `location/dcfs/belvedere`, so rebuilding the dataset from the same sources gives the same
//! ids and links that people saved keep working.

use uuid::Uuid;

/// The namespace all Linkages record ids are derived from (itself a v5 UUID of a fixed URN).
pub fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:linkages-la:hsds")
}

/// The id for a stable key, as the lower-case hyphenated string HSDS expects.
pub fn record_id(key: &str) -> String {
    Uuid::new_v5(&namespace(), key.as_bytes())
        .hyphenated()
        .to_string()
}

/// Turns a display name into a key fragment: lower-case ASCII letters and digits, single
/// hyphens between words ("W San Fernando Valley" -> "w-san-fernando-valley").
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_hyphen = false;
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(ch.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    out
}

/// True when `s` is a UUID in any of the textual forms `uuid` accepts, hyphenated.
pub fn is_uuid(s: &str) -> bool {
    s.len() == 36 && Uuid::parse_str(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = record_id("location/dcfs/belvedere");
        assert_eq!(a, record_id("location/dcfs/belvedere"));
        assert_ne!(a, record_id("location/dcfs/compton"));
        assert!(is_uuid(&a));
        assert_eq!(
            Uuid::parse_str(&a).map(|u| u.get_version_num()).ok(),
            Some(5)
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("W San Fernando Valley"), "w-san-fernando-valley");
        assert_eq!(
            slug("Covina Annex (Specialized)"),
            "covina-annex-specialized"
        );
        assert_eq!(slug("  East Valley - 11 "), "east-valley-11");
        assert_eq!(slug(""), "");
    }
}
