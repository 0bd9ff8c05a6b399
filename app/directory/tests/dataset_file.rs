//! The committed dataset is exactly what the reference files build, and it loads and
//! validates. Run with `LINKAGES_REGENERATE=1` to rewrite `data/linkages-hsds.json`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use linkages_directory::dataset::hsds::{CoordinateSource, PhoneRole};
use linkages_directory::dataset::{load, reference};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn reference_dir() -> PathBuf {
    workspace().join("../shared/data/reference")
}

fn dataset_path() -> PathBuf {
    workspace().join("data/linkages-hsds.json")
}

#[test]
fn committed_dataset_matches_the_reference_build() {
    if std::env::var_os("LINKAGES_REGENERATE").is_some() {
        let generated = std::env::var("LINKAGES_GENERATED").ok();
        let summary =
            reference::write_dataset_cli(&reference_dir(), &dataset_path(), generated.as_deref())
                .expect("build");
        eprintln!("{summary}");
    }
    let committed = load::load_dataset(&dataset_path()).expect("committed dataset loads");
    let mut built = reference::build_from_reference(&reference_dir()).expect("build");
    built.meta.generated = committed.meta.generated.clone();
    assert!(
        built == committed,
        "data/linkages-hsds.json is stale: rerun with LINKAGES_REGENERATE=1"
    );
    // Byte for byte too (formatting is part of the committed file).
    let text = std::fs::read_to_string(dataset_path()).unwrap();
    assert_eq!(text, reference::to_pretty_json(&built).unwrap());
}

#[test]
fn building_twice_gives_the_same_ids() {
    let a = reference::build_from_reference(&reference_dir()).unwrap();
    let b = reference::build_from_reference(&reference_dir()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn dataset_content() {
    let (d, decisions) = reference::build_from_reference_with_report(&reference_dir()).unwrap();
    let summary = reference::summarize(&d, decisions.clone());
    assert_eq!(
        summary.offices,
        vec![("DCFS".to_string(), 19), ("DPSS".to_string(), 6)]
    );
    assert_eq!(summary.hotlines, 26);
    assert_eq!(summary.approximate, 3);
    assert_eq!(summary.third_party, 3);
    // The DPSS rows left out, and why.
    let left_out: Vec<&str> = decisions
        .iter()
        .filter(|d| !d.included)
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(left_out.len(), 5, "{left_out:?}");
    assert!(left_out.iter().any(|n| n.starts_with("Pasadena")));
    assert!(left_out
        .iter()
        .any(|n| n.contains("Customer Service Center")));
    assert!(left_out.iter().any(|n| n.contains("IHSS")));
    assert_eq!(
        left_out
            .iter()
            .filter(|n| n.contains("mailing address"))
            .count(),
        2
    );

    let by_name = |n: &str| {
        d.locations
            .iter()
            .find(|l| l.name.as_deref() == Some(n))
            .unwrap()
    };
    // DCFS: published coordinate, exactly as published.
    let belvedere = by_name("Belvedere");
    assert_eq!(
        belvedere.coordinate(),
        Some((33.983934815818, -118.163500370543))
    );
    assert_eq!(belvedere.coordinate_source(), CoordinateSource::Published);
    assert!(belvedere.is_verified());
    assert!(
        belvedere.schedules.is_empty(),
        "DCFS hours are not published"
    );
    // DPSS: ZIP centroid, flagged approximate, from the ZIP table.
    let el_monte = by_name("El Monte District Office");
    assert_eq!(el_monte.coordinate_source(), CoordinateSource::ZipCentroid);
    assert!(!el_monte.is_verified());
    assert_eq!(el_monte.phones.len(), 3);
    assert_eq!(
        el_monte.phones[1].description.as_deref(),
        Some("Participant Help Line")
    );
    // Countywide line is labelled as such.
    let civic = by_name("DPSS Civic Center District Office 14");
    assert_eq!(civic.coordinate_source(), CoordinateSource::ThirdParty);
    assert_eq!(civic.phones[0].role(), PhoneRole::CountywideLine);
    // Conflicting hours: words kept, no machine hours.
    assert_eq!(civic.schedules.len(), 1);
    assert!(civic.schedules[0].opens_at.is_none());
    assert!(civic.schedules[0]
        .description
        .as_deref()
        .unwrap()
        .contains("source A"));
    // Single-source hours become machine hours.
    let east_la = by_name("DPSS East LA (name as given by source)");
    assert_eq!(east_la.schedules[0].opens_at.as_deref(), Some("07:30"));
    assert_eq!(
        east_la.schedules[0].byday.as_deref(),
        Some("MO,TU,WE,TH,FR")
    );
    // Unverified phone.
    assert_eq!(
        by_name("Glendale - 02").phones[0].role(),
        PhoneRole::Unverified
    );
    // No phone in the source: none invented.
    assert!(by_name("Rancho Park - 60").phones.is_empty());
}
