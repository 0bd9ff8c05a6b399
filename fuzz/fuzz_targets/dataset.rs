//! The dataset loader (`load_dataset_str`: JSON in our HSDS shape, then `validate`), as the
//! server runs it at start-up, on `SIGHUP` and in `linkages dataset check`.
//!
//! A dataset that loads writes out (as `dataset build` writes it) and loads again, equal; and
//! the server can serve it: indexing it and answering office searches, single offices and
//! hotlines at fixed clocks never fails, and the nearest offices are honest (see
//! `check_nearest`). A dataset that does not load says why.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkages_directory::{
    dataset::{
        load::{load_dataset_str, validate, DatasetError},
        reference::to_pretty_json,
    },
    search::OfficeFinder,
    Agency,
};
use linkages_fuzz::{check_nearest, clocks, places, text};

fuzz_target!(|data: &[u8]| {
    let input = text(data);
    let dataset = match load_dataset_str(&input, "fuzz") {
        Ok(d) => d,
        Err(DatasetError::Invalid { issues, .. }) => {
            assert!(!issues.is_empty(), "invalid without a reason");
            for issue in &issues {
                let _ = issue.to_string();
            }
            return;
        }
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    assert!(validate(&dataset).is_empty());

    let json = match to_pretty_json(&dataset) {
        Ok(j) => j,
        Err(e) => panic!("a loaded dataset does not serialise: {e}"),
    };
    match load_dataset_str(&json, "rewritten") {
        Ok(again) => assert!(
            again == dataset,
            "the rewritten dataset reads back different"
        ),
        Err(e) => panic!("the rewritten dataset does not load: {e}"),
    }

    let finder = OfficeFinder::new(dataset, places().clone());
    for (lat, lon) in [
        (34.0522, -118.2437),
        (34.6868, -118.1542),
        (33.3428, -118.3282),
    ] {
        check_nearest(&finder, lat, lon, None);
        check_nearest(&finder, lat, lon, Some(Agency::Dpss));
    }
    for now in clocks() {
        let _ = finder.hotlines(now);
        for l in &finder.dataset().locations {
            let _ = finder.office(&l.id, now);
        }
    }
    let _ = finder.offices_without_location();
});
