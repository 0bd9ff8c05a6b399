//! City and neighbourhood names typed into the find page (`?q=`), and the search box as a
//! whole (`Places::resolve`, then `OfficeFinder::search`).
//!
//! `normalize_name` gives lower-case words of letters and digits, single-spaced. A name found
//! is a ZIP code of the table or a gazetteer place inside the county's box; an ambiguous name
//! offers at least two ZIP codes of the table, in order, with different points; a search ends
//! in offices near a point inside the county or in such a choice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkages_directory::places::{normalize_name, PlaceError, Resolved};
use linkages_fuzz::{check_search_outcome, clocks, finder, places, text};

fn check_normalized(n: &str) {
    assert!(
        !n.starts_with(' ') && !n.ends_with(' ') && !n.contains("  "),
        "{n:?}"
    );
    assert!(n.chars().all(|c| c == ' ' || c.is_alphanumeric()), "{n:?}");
    assert!(n.split(' ').all(|w| w != "mt"), "{n:?} keeps `mt`");
}

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let places = places();
    let key = normalize_name(&input);
    check_normalized(&key);
    let known = |p: &linkages_directory::places::ZipPlace| {
        assert_eq!(
            places.zip(&p.zip),
            Some(p),
            "ZIP {} is not the table's",
            p.zip
        );
    };
    match places.lookup_place(&input) {
        Ok(Resolved::Zip(p)) => known(p),
        Ok(Resolved::Place(point)) => {
            assert!(linkages_directory::bounds::in_la_county_box(
                point.lat, point.lon
            ));
        }
        Ok(Resolved::Ambiguous { choices, .. }) => {
            assert!(
                choices.len() >= 2,
                "ambiguous with {} choice(s)",
                choices.len()
            );
            for (i, c) in choices.iter().enumerate() {
                known(c);
                for d in &choices[..i] {
                    assert!(d.zip < c.zip, "choices out of order");
                    assert!((d.lat, d.lon) != (c.lat, c.lon), "two choices at one point");
                }
            }
        }
        Ok(Resolved::Coordinate(_)) => panic!("lookup_place gave a coordinate"),
        Err(PlaceError::Empty | PlaceError::MalformedZip(_)) => {}
        Err(PlaceError::UnknownPlace(echo)) => assert_eq!(echo, input.trim()),
        Err(other) => panic!("lookup_place gave {other:?}"),
    }
    // The whole search box: ZIP, coordinate or name, then the offices.
    let resolved = places.resolve(&input);
    if let Ok(Resolved::Coordinate(point)) = &resolved {
        assert!(linkages_directory::bounds::in_la_county_box(
            point.lat, point.lon
        ));
    }
    let [now, ..] = clocks();
    match finder().search(&input, 3, Some(linkages_directory::Agency::Dcfs), now) {
        Ok(outcome) => {
            assert!(
                resolved.is_ok(),
                "search found {outcome:?} where resolve failed"
            );
            check_search_outcome(&outcome, 3);
        }
        Err(e) => {
            assert_eq!(resolved.err(), Some(e.clone()));
            // Every refusal has a message id and an HTTP status for the API.
            assert!(!e.code().is_empty());
            assert!(matches!(e.status_code().as_u16(), 400 | 404));
        }
    }
});
