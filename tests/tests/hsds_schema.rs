#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every organization, service, location and service_at_location in the shipped dataset
//! validates against the official HSDS 3.1 JSON Schemas (`shared/data/hsds-schema/compiled/`),
//! with formats (uuid, uri) checked, and uses no field the schema does not define; so do the
//! records a GIS import adds.

use linkages_tests::hsds::{
    check_against, check_hsds, hsds_schema, location_schema, read_json, unknown_keys,
};
use linkages_tests::repo_root;
use serde_json::Value;

fn dataset() -> Value {
    read_json(repo_root().join("data/linkages-hsds.json"))
}

fn records(d: &Value, key: &str) -> Vec<Value> {
    d.get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

#[test]
fn organizations_validate() {
    let organizations = records(&dataset(), "organizations");
    assert_eq!(organizations.len(), 5);
    check_hsds("organization.json", &organizations);
}

#[test]
fn services_validate() {
    let services = records(&dataset(), "services");
    assert_eq!(services.len(), 28);
    check_hsds("service.json", &services);
}

#[test]
fn locations_validate() {
    // There is no compiled location schema: the one nested in the compiled
    // service_at_location schema.
    let location = location_schema();
    assert_eq!(
        location.get("name").and_then(Value::as_str),
        Some("location")
    );
    let locations = records(&dataset(), "locations");
    assert_eq!(locations.len(), 25);
    check_against(&location, "location", &locations);
}

#[test]
fn service_at_locations_validate() {
    let places = records(&dataset(), "service_at_locations");
    assert_eq!(places.len(), 25);
    check_hsds("service_at_location.json", &places);
}

#[test]
fn validator_catches_a_bad_record() {
    // Guard against a validator that accepts everything.
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&hsds_schema("service_at_location.json"))
        .unwrap();
    let bad = serde_json::json!({"id": "not-a-uuid", "location": {"id": "5d4332a6-4859-56db-ba4a-ca8f40e85c0c", "location_type": "spaceship"}});
    assert!(validator.iter_errors(&bad).count() >= 2);
    let mut extra = Vec::new();
    unknown_keys(
        &hsds_schema("service_at_location.json"),
        &serde_json::json!({"id": "x", "color": "red"}),
        "",
        &mut extra,
    );
    assert_eq!(extra, vec!["/color".to_string()]);
}

#[test]
fn gis_imported_locations_validate() {
    use linkages_directory::dataset::gis_import::{import_geojson, merge_into, parse_mapping};
    let fx = |n: &str| {
        std::fs::read_to_string(repo_root().join("app/directory/tests/fixtures/gis").join(n))
            .unwrap()
    };
    let import = import_geojson(
        &fx("dpss_offices.geojson"),
        &parse_mapping(&fx("dpss_mapping.toml")).unwrap(),
    )
    .unwrap();
    let mut d = linkages_directory::dataset::load::embedded_dataset().unwrap();
    merge_into(&mut d, &import).unwrap();
    let v = serde_json::to_value(&d).unwrap();
    let locations = records(&v, "locations");
    assert_eq!(locations.len(), 25);
    check_against(&location_schema(), "location", &locations);
    check_hsds(
        "service_at_location.json",
        &records(&v, "service_at_locations"),
    );
}
