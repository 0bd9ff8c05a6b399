#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The mappings shipped in data/gis/, each run on a fixture of its layer's published shape
//! (tests/fixtures/gis/): they parse, name only fields the layer has, and import with the
//! report expected. And the check date: no import sets it, and a refreshed office loses the
//! date of a check made on the facts it replaces.

use linkages_directory::dataset::assure::assure;
use linkages_directory::dataset::gis_import::{
    import_areas, import_geojson, merge_into, read_mapping, FeatureIssue, GisImport, GisMapping,
};
use linkages_directory::dataset::hsds::Dataset;
use linkages_directory::dataset::load::{load_dataset, validate};
use linkages_directory::dataset::reference::organization_id;
use linkages_directory::search::service_areas::dataset_areas;
use linkages_tests::repo_root;
use serde_json::Value;

fn shipped(name: &str) -> GisMapping {
    let mut m = read_mapping(&repo_root().join("data/gis").join(name)).unwrap();
    assert!(
        m.source.date.is_none(),
        "{name}: the query date comes from the run"
    );
    m.set_query_date("2026-11-30").unwrap();
    m
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(repo_root().join("tests/fixtures/gis").join(name)).unwrap()
}

fn import(mapping: &str, layer: &str) -> GisImport {
    import_geojson(&fixture(&format!("{layer}.geojson")), &shipped(mapping)).unwrap()
}

#[test]
fn every_shipped_mapping_has_a_fixture_with_each_mapped_field() {
    let dir = repo_root().join("data/gis");
    let mut mappings: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    mappings.sort();
    assert_eq!(
        mappings,
        [
            "dcfs_regional_offices.toml",
            "dcfs_service_areas.toml",
            "dpss_offices.toml",
            "dpss_program_service_areas.toml"
        ]
    );
    for name in mappings {
        let m = shipped(&name);
        let layer = name.trim_end_matches(".toml");
        let meta: Value = serde_json::from_str(&fixture(&format!("{layer}.layer.json"))).unwrap();
        let fields: Vec<&str> = meta["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        for (key, field) in m.named_fields() {
            assert!(
                fields.contains(&field),
                "{name}: {key} = {field:?} not in the fixture"
            );
        }
        assert!(m.source.url.as_deref().unwrap().contains("/FeatureServer"));
    }
}

#[test]
fn dpss_offices_report() {
    let import = import("dpss_offices.toml", "dpss_offices");
    let text = import.to_string();
    assert!(
        text.starts_with("5 features: 4 imported, 1 skipped"),
        "{text}"
    );
    let issues = |i: usize| import.report[i].issues.clone();
    assert!(issues(0).is_empty(), "{:?}", issues(0));
    let a = &import.locations[0];
    assert_eq!(a.coordinate(), Some((34.0702, -118.0401)));
    assert_eq!(a.schedules[0].opens_at.as_deref(), Some("07:30"));
    assert_eq!(a.addresses[0].postal_code, "91731");
    assert!(issues(1).is_empty(), "{:?}", issues(1));
    assert_eq!(import.locations[1].phones.len(), 2);
    assert_eq!(
        issues(2),
        vec![
            FeatureIssue::NoGeometry,
            FeatureIssue::HoursInWordsOnly("By appointment".into())
        ]
    );
    assert_eq!(
        issues(3),
        vec![FeatureIssue::IncompleteAddress("ZIP".into())]
    );
    assert!(!import.report[4].imported);
    assert_eq!(issues(4), vec![FeatureIssue::MissingName("Name".into())]);
}

#[test]
fn dcfs_regional_offices_report() {
    let import = import("dcfs_regional_offices.toml", "dcfs_regional_offices");
    let text = import.to_string();
    assert!(
        text.starts_with("3 features: 3 imported, 0 skipped"),
        "{text}"
    );
    assert!(import.report.iter().all(|r| r.issues.is_empty()), "{text}");
    let three = &import.locations[2];
    assert_eq!(
        (three.phones[0].number.as_str(), three.phones[0].extension),
        ("(818) 555-0112", Some(3))
    );
    assert!(three.schedules.is_empty(), "no hours given, none made up");
}

#[test]
fn shipped_mappings_replace_the_agencys_offices_and_the_result_validates() {
    let mut d = load_dataset(&repo_root().join("data/linkages-hsds.json")).unwrap();
    for (mapping, layer, agency, offices) in [
        ("dpss_offices.toml", "dpss_offices", "DPSS", 4),
        (
            "dcfs_regional_offices.toml",
            "dcfs_regional_offices",
            "DCFS",
            3,
        ),
    ] {
        merge_into(&mut d, &import(mapping, layer)).unwrap();
        let org = organization_id(agency);
        let listed = d
            .locations
            .iter()
            .filter(|l| l.organization_id.as_deref() == Some(org.as_str()))
            .count();
        assert_eq!(listed, offices, "{agency}");
    }
    assert!(validate(&d).is_empty());
}

#[test]
fn no_import_sets_a_check_date_and_a_refresh_drops_the_old_one() {
    let mut d = load_dataset(&repo_root().join("data/linkages-hsds.json")).unwrap();
    let first = import("dpss_offices.toml", "dpss_offices");
    assert!(first.locations.iter().all(|l| l.assured_date().is_none()));
    merge_into(&mut d, &first).unwrap();
    assert!(d.locations.iter().all(|l| l.assured_date().is_none()));
    assert!(d.services.iter().all(|s| s.assured_date.is_none()));

    // A person checks an office; the next refresh brings new facts for it.
    let office = first.locations[0].id.clone();
    let day = chrono_day("2026-11-29");
    assure(&mut d, &office, day).unwrap();
    merge_into(&mut d, &import("dpss_offices.toml", "dpss_offices")).unwrap();
    let refreshed = d.locations.iter().find(|l| l.id == office).unwrap();
    assert_eq!(
        refreshed.assured_date(),
        None,
        "the check was of the old facts"
    );
}

fn chrono_day(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn embedded() -> Dataset {
    load_dataset(&repo_root().join("data/linkages-hsds.json")).unwrap()
}

/// A polygon layer's import, on the shipped dataset's offices. The DPSS mapping leaves the
/// layer's name to fetch-gis, which takes the layer's own: here, the fixture's.
fn import_polygons(mapping: &str, layer: &str, base: &Dataset) -> GisImport {
    let mut m = shipped(mapping);
    let areas = m.areas.as_mut().unwrap();
    if areas.layer.is_none() {
        let meta: Value = serde_json::from_str(&fixture(&format!("{layer}.layer.json"))).unwrap();
        areas.layer = Some(meta["name"].as_str().unwrap().to_owned());
    }
    import_areas(&fixture(&format!("{layer}.geojson")), &m, base).unwrap()
}

#[test]
fn dcfs_service_areas_report() {
    let import = import_polygons("dcfs_service_areas.toml", "dcfs_service_areas", &embedded());
    let text = import.to_string();
    assert!(
        text.starts_with("5 features: 2 imported, 3 skipped"),
        "{text}"
    );
    let issues = |i: usize| import.report[i].issues.clone();
    assert!(issues(0).is_empty(), "{text}");
    assert!(
        issues(1).is_empty(),
        "the office's name in other capitals: {text}"
    );
    assert_eq!(
        issues(2),
        vec![FeatureIssue::UnknownOffice("Hawthorne Heights".into())]
    );
    assert!(
        matches!(&issues(3)[..], [FeatureIssue::UnusableArea(why)] if why.contains("not a valid polygon")),
        "a ring that crosses itself: {text}"
    );
    assert_eq!(
        issues(4),
        vec![FeatureIssue::UnusableArea("no geometry".into())]
    );
    assert!(
        import.warnings.is_empty(),
        "the areas only share an edge: {text}"
    );
    // Each area names its office's link to the DCFS office service, and its extent is the
    // layer's GeoJSON.
    let metro = &import.service_areas[0];
    assert_eq!(metro.name.as_deref(), Some("Metro North Service Area"));
    assert_eq!(metro.extent_type.as_deref(), Some("geojson"));
    assert!(metro.extent.as_deref().unwrap().contains("\"Polygon\""));
}

#[test]
fn dpss_program_service_areas_report() {
    let import = import_polygons(
        "dpss_program_service_areas.toml",
        "dpss_program_service_areas",
        &embedded(),
    );
    let text = import.to_string();
    assert!(
        text.starts_with("4 features: 3 imported, 1 skipped"),
        "{text}"
    );
    assert!(
        matches!(&import.report[3].issues[..], [FeatureIssue::UnusableArea(why)] if why.contains("outside Los Angeles County")),
        "{text}"
    );
    // Glendale's and Civic Center's areas share a strip: reported, not refused.
    assert_eq!(import.warnings.len(), 1, "{text}");
    assert!(import.warnings[0].contains("\"CalFresh Intake\""), "{text}");
}

#[test]
fn area_layers_merge_into_a_valid_dataset_and_a_refresh_replaces_only_its_layer() {
    let mut d = embedded();
    let dcfs = import_polygons("dcfs_service_areas.toml", "dcfs_service_areas", &d);
    merge_into(&mut d, &dcfs).unwrap();
    let calfresh = import_polygons(
        "dpss_program_service_areas.toml",
        "dpss_program_service_areas",
        &d,
    );
    merge_into(&mut d, &calfresh).unwrap();
    // A second program layer of the same service, under its own name.
    let mut other = shipped("dpss_program_service_areas.toml");
    other.areas.as_mut().unwrap().layer = Some("General Relief Intake".into());
    let gr = import_areas(&fixture("dpss_program_service_areas.geojson"), &other, &d).unwrap();
    merge_into(&mut d, &gr).unwrap();
    assert!(validate(&d).is_empty(), "{:?}", validate(&d));
    let count = |d: &Dataset| dataset_areas(d).into_iter().filter(|a| a.is_ok()).count();
    assert_eq!(count(&d), 2 + 3 + 3);
    // Refreshing CalFresh replaces its three areas, not General Relief's nor DCFS's.
    merge_into(&mut d, &calfresh).unwrap();
    assert_eq!(count(&d), 2 + 3 + 3);
    assert!(validate(&d).is_empty());
}

#[test]
fn a_polygon_mapping_cannot_read_a_point_layer_as_offices_nor_the_reverse() {
    let areas = shipped("dcfs_service_areas.toml");
    assert!(import_geojson(&fixture("dcfs_service_areas.geojson"), &areas).is_err());
    let offices = shipped("dcfs_regional_offices.toml");
    assert!(import_areas(
        &fixture("dcfs_regional_offices.geojson"),
        &offices,
        &embedded()
    )
    .is_err());
}
