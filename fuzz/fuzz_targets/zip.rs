//! ZIP codes typed into the find page or sent as `/api/v1/nearest?zip=`.
//!
//! A ZIP accepted is five ASCII digits, is the one the person typed (ZIP+4 in any form and any
//! script's digits allowed: compared after `fold_for_parsing`), is in the shipped table with a
//! point inside the county box; a ZIP refused is refused for the reason given. A plain ZIP in
//! the search box resolves to the same place.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkages_directory::{
    bounds::in_la_county_box,
    places::{PlaceError, Resolved},
    text::fold_for_parsing,
};
use linkages_fuzz::{places, text};

fn is_five_digits(s: &str) -> bool {
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit())
}

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let places = places();
    let typed = fold_for_parsing(&input);
    let typed = typed.trim();
    match places.lookup_zip(&input) {
        Ok(p) => {
            assert!(is_five_digits(&p.zip), "accepted ZIP {:?}", p.zip);
            assert!(
                typed.starts_with(p.zip.as_str()),
                "{typed:?} gave ZIP {}",
                p.zip
            );
            let rest: String = typed[5..]
                .chars()
                .filter(|c| !matches!(c, ' ' | '-'))
                .collect();
            assert!(
                rest.is_empty() || (rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit())),
                "{typed:?} accepted as ZIP {}",
                p.zip
            );
            assert!(
                in_la_county_box(p.lat, p.lon),
                "ZIP {} outside the box",
                p.zip
            );
            assert_eq!(places.zip(&p.zip), Some(p));
        }
        Err(PlaceError::Empty) => assert!(typed.is_empty()),
        Err(PlaceError::ZipNotInLaCounty(zip)) => {
            assert!(is_five_digits(&zip), "refused ZIP {zip:?} is not 5 digits");
            assert!(places.zip(&zip).is_none(), "ZIP {zip} is in the table");
        }
        Err(PlaceError::MalformedZip(_)) => assert!(!is_five_digits(typed)),
        Err(other) => panic!("lookup_zip gave {other:?}"),
    }
    // The search box sends digit-only text to the same lookup.
    let digits_only = typed
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'-' || b == b'+' || b == b' ');
    if digits_only && !typed.is_empty() {
        match (places.resolve(&input), places.lookup_zip(&input)) {
            (Ok(Resolved::Zip(a)), Ok(b)) => assert_eq!(a, b),
            (Err(a), Err(b)) => assert_eq!(a, b),
            (a, b) => panic!("resolve gave {a:?}, lookup_zip gave {b:?}"),
        }
    }
});
