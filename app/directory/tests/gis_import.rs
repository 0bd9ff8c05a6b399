//! The ArcGIS GeoJSON importer on fixtures shaped like real FeatureServer output.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use linkages_directory::dataset::gis_import::{
    import_geojson, merge_into, parse_mapping, FeatureIssue, GisError,
};
use linkages_directory::dataset::hsds::{CoordinateSource, CoverageStatus};
use linkages_directory::dataset::load::{embedded_dataset, validate};
use linkages_directory::dataset::reference::organization_id;

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/gis")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn dpss_layer_report() {
    let mapping = parse_mapping(&fixture("dpss_mapping.toml")).unwrap();
    let import = import_geojson(&fixture("dpss_offices.geojson"), &mapping).unwrap();
    assert_eq!(import.report.len(), 8);
    assert!(import
        .warnings
        .iter()
        .any(|w| w.contains("exceededTransferLimit")));
    let issues = |i: usize| import.report[i].issues.clone();

    // 0: complete feature.
    assert!(
        import.report[0].imported && issues(0).is_empty(),
        "{:?}",
        issues(0)
    );
    let a = &import.locations[0];
    assert_eq!(a.coordinate(), Some((34.0702, -118.0401)));
    assert_eq!(a.coordinate_source(), CoordinateSource::GisLayer);
    assert_eq!(a.addresses[0].postal_code, "91731");
    assert_eq!(a.phones[0].number, "(626) 555-0100");
    assert_eq!(a.schedules[0].opens_at.as_deref(), Some("07:30"));

    // 1: null geometry -> no coordinate; number ZIP kept as text; extension parsed.
    assert!(import.report[1].imported);
    assert_eq!(issues(1), vec![FeatureIssue::NoGeometry]);
    let b = &import.locations[1];
    assert_eq!(b.coordinate(), None);
    assert_eq!(b.addresses[0].postal_code, "90013");
    assert_eq!(
        (b.phones[0].number.as_str(), b.phones[0].extension),
        ("(626) 555-0101", Some(12))
    );
    assert_eq!(b.schedules[0].closes_at.as_deref(), Some("17:30"));

    // 2: no name -> skipped.
    assert!(!import.report[2].imported);
    assert_eq!(issues(2), vec![FeatureIssue::MissingName("Name".into())]);

    // 3: outside the county, phone "N/A", hours in words.
    assert!(import.report[3].imported);
    assert!(issues(3)
        .iter()
        .any(|i| matches!(i, FeatureIssue::OutsideCounty { .. })));
    assert!(issues(3).contains(&FeatureIssue::UnparseablePhone("N/A".into())));
    assert!(issues(3).contains(&FeatureIssue::HoursInWordsOnly("Closed for remodel".into())));
    let far = &import.locations[2];
    assert_eq!(far.coordinate(), None);
    assert!(far.phones.is_empty());
    assert!(far.schedules[0].opens_at.is_none());

    // 4: Web Mercator coordinates, missing city, odd ZIP, phone as a number, conflicting hours.
    let r4 = issues(4);
    assert!(
        r4.iter().any(|i| matches!(i, FeatureIssue::NotWgs84(_))),
        "{r4:?}"
    );
    assert!(
        r4.contains(&FeatureIssue::IncompleteAddress("city".into())),
        "{r4:?}"
    );
    assert!(r4.contains(&FeatureIssue::OddZip("9001".into())));
    assert!(r4
        .iter()
        .any(|i| matches!(i, FeatureIssue::HoursConflicting(_))));
    let merc = &import.locations[3];
    assert_eq!(merc.name.as_deref(), Some("Fixture Web Mercator Office"));
    assert!(merc.addresses.is_empty());
    assert!(merc
        .description
        .as_deref()
        .unwrap()
        .contains("500 Example St"));
    assert_eq!(merc.phones[0].number, "(626) 555-0103");

    // 5: same id as feature 0 -> skipped.
    assert!(!import.report[5].imported);
    assert!(matches!(
        issues(5).as_slice(),
        [FeatureIssue::DuplicateId(_)]
    ));

    // 6: polygon geometry; ZIP+4; phone and fax; 24/7.
    assert!(issues(6).contains(&FeatureIssue::UnsupportedGeometry("Polygon".into())));
    let poly = &import.locations[4];
    assert_eq!(
        poly.phones
            .iter()
            .map(|p| p.phone_type.clone().unwrap())
            .collect::<Vec<_>>(),
        vec!["voice", "fax"]
    );
    assert_eq!(poly.addresses[0].postal_code, "91101-2345");
    assert_eq!(
        poly.schedules[0].byday.as_deref(),
        Some("MO,TU,WE,TH,FR,SA,SU")
    );

    // 7: coordinates as strings; an object where the street should be; empty phone/hours.
    let r7 = issues(7);
    assert!(
        r7.iter().any(|i| matches!(i, FeatureIssue::NotWgs84(_))),
        "{r7:?}"
    );
    assert!(r7
        .iter()
        .any(|i| matches!(i, FeatureIssue::OddValue { field, .. } if field == "addrln1")));
    let s = &import.locations[5];
    assert!(s.phones.is_empty() && s.schedules.is_empty());

    // The printed report lists every issue.
    let text = import.to_string();
    assert!(text.starts_with("8 features: 6 imported, 2 skipped"));
    assert!(text.contains("no geometry"));
}

#[test]
fn merge_replaces_the_agency_and_validates() {
    let mapping = parse_mapping(&fixture("dpss_mapping.toml")).unwrap();
    let import = import_geojson(&fixture("dpss_offices.geojson"), &mapping).unwrap();
    let mut d = embedded_dataset().unwrap();
    let dcfs_before = d
        .locations
        .iter()
        .filter(|l| l.organization_id.as_deref() == Some(organization_id("DCFS").as_str()))
        .count();
    merge_into(&mut d, &import).unwrap();
    assert!(validate(&d).is_empty());
    let dpss = organization_id("DPSS");
    let dpss_now: Vec<_> = d
        .locations
        .iter()
        .filter(|l| l.organization_id.as_deref() == Some(dpss.as_str()))
        .collect();
    assert_eq!(
        dpss_now.len(),
        6,
        "replace_existing drops the old DPSS rows"
    );
    assert!(dpss_now
        .iter()
        .all(|l| l.name.as_deref().unwrap().starts_with("Fixture")));
    assert_eq!(d.locations.len() - dpss_now.len(), dcfs_before);
    let cov = d
        .meta
        .coverage
        .iter()
        .find(|c| c.agency == linkages_directory::Agency::Dpss)
        .unwrap();
    assert_eq!(
        (cov.status, cov.offices_listed),
        (CoverageStatus::Partial, 6)
    );
    // Merging twice is stable.
    let once = d.clone();
    merge_into(&mut d, &import).unwrap();
    assert_eq!(d, once);
}

#[test]
fn other_field_names() {
    let mapping = parse_mapping(&fixture("dcfs_mapping.toml")).unwrap();
    let import = import_geojson(&fixture("dcfs_regional.geojson"), &mapping).unwrap();
    assert_eq!(import.locations.len(), 2);
    let a = &import.locations[0];
    assert_eq!(a.external_identifier.as_deref(), Some("11"));
    assert_eq!(
        a.addresses[0].state_province, "CA",
        "default_state from the mapping"
    );
    assert_eq!(a.schedules[0].opens_at.as_deref(), Some("08:00"));
    let b = &import.locations[1];
    assert_eq!(b.addresses[0].postal_code, "90221");
    assert_eq!(b.phones[0].extension, Some(200));
    assert!(b.schedules.is_empty());
    let mut d = embedded_dataset().unwrap();
    merge_into(&mut d, &import).unwrap();
    assert_eq!(d.locations.len(), 27, "appended, nothing replaced");
}

#[test]
fn bad_inputs() {
    let mapping = parse_mapping(&fixture("dpss_mapping.toml")).unwrap();
    assert!(
        matches!(import_geojson(&fixture("arcgis_error.json"), &mapping), Err(GisError::ArcGis(m)) if m.contains("Invalid"))
    );
    assert!(matches!(
        import_geojson("not json", &mapping),
        Err(GisError::NotGeoJson(_))
    ));
    assert!(matches!(
        import_geojson(r#"{"type":"Feature"}"#, &mapping),
        Err(GisError::NotGeoJson(_))
    ));
    assert!(matches!(
        parse_mapping("agency = 3"),
        Err(GisError::Mapping(_))
    ));
    let no_date =
        fixture("dpss_mapping.toml").replace("date = \"2026-11-22\"", "date = \"last week\"");
    assert!(
        matches!(parse_mapping(&no_date), Err(GisError::Mapping(m)) if m.contains("YYYY-MM-DD"))
    );
    let typo = fixture("dpss_mapping.toml").replace("street =", "stret =");
    assert!(matches!(parse_mapping(&typo), Err(GisError::Mapping(_))));
}

proptest::proptest! {
    #[test]
    fn never_panics(s in "\\PC{0,300}") {
        let mapping = parse_mapping(&fixture("dpss_mapping.toml")).unwrap();
        let _ = import_geojson(&s, &mapping);
        let _ = parse_mapping(&s);
    }

    #[test]
    fn never_panics_on_mutated_features(cut in 0usize..3000, junk in "[\\[\\]{}\",:0-9a-z.-]{0,20}") {
        let mapping = parse_mapping(&fixture("dpss_mapping.toml")).unwrap();
        let text = fixture("dpss_offices.geojson");
        let cut = cut.min(text.len());
        let cut = (0..=cut).rev().find(|c| text.is_char_boundary(*c)).unwrap_or(0);
        let mutated = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        let _ = import_geojson(&mutated, &mapping);
    }
}
