//! Every organization, service, location and service_at_location in the shipped dataset
//! validates against the official HSDS 3.1 JSON Schemas (`shared/data/hsds-schema/compiled/`),
//! with formats (uuid, uri) checked, and uses no field the schema does not define.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use serde_json::Value;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema(name: &str) -> Value {
    let path = workspace()
        .join("../shared/data/hsds-schema/compiled")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn dataset() -> Value {
    let text = std::fs::read_to_string(workspace().join("data/linkages-hsds.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Lists keys used in `instance` that `schema` does not define (the HSDS schemas allow
/// extra keys, but our records must not need any).
fn unknown_keys(schema: &Value, instance: &Value, path: &str, out: &mut Vec<String>) {
    match instance {
        Value::Object(map) => {
            let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (k, v) in map {
                match props.get(k) {
                    Some(sub) => unknown_keys(sub, v, &format!("{path}/{k}"), out),
                    None => out.push(format!("{path}/{k}")),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    unknown_keys(item_schema, v, &format!("{path}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

fn check_all(schema: &Value, records: &[Value], table: &str) -> usize {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("schema compiles");
    let mut problems = Vec::new();
    for r in records {
        let id = r.get("id").and_then(Value::as_str).unwrap_or("?");
        for e in validator.iter_errors(r) {
            problems.push(format!("{table} {id}: {} at {}", e, e.instance_path));
        }
        let mut extra = Vec::new();
        unknown_keys(schema, r, "", &mut extra);
        for k in extra {
            problems.push(format!("{table} {id}: field {k} is not in the HSDS schema"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    records.len()
}

fn records(d: &Value, key: &str) -> Vec<Value> {
    d.get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

#[test]
fn organizations_validate() {
    let d = dataset();
    assert_eq!(
        check_all(
            &schema("organization.json"),
            &records(&d, "organizations"),
            "organization"
        ),
        5
    );
}

#[test]
fn services_validate() {
    let d = dataset();
    assert_eq!(
        check_all(&schema("service.json"), &records(&d, "services"), "service"),
        28
    );
}

#[test]
fn locations_validate() {
    // There is no compiled location schema: use the location schema as it is nested in the
    // compiled service_at_location schema.
    let sal = schema("service_at_location.json");
    let location = sal
        .pointer("/properties/location")
        .cloned()
        .expect("location schema");
    assert_eq!(
        location.get("name").and_then(Value::as_str),
        Some("location")
    );
    let d = dataset();
    assert_eq!(
        check_all(&location, &records(&d, "locations"), "location"),
        25
    );
}

#[test]
fn service_at_locations_validate() {
    let d = dataset();
    assert_eq!(
        check_all(
            &schema("service_at_location.json"),
            &records(&d, "service_at_locations"),
            "service_at_location"
        ),
        25
    );
}

#[test]
fn validator_catches_a_bad_record() {
    // Guard against a validator that accepts everything.
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema("service_at_location.json"))
        .unwrap();
    let bad = serde_json::json!({"id": "not-a-uuid", "location": {"id": "5d4332a6-4859-56db-ba4a-ca8f40e85c0c", "location_type": "spaceship"}});
    assert!(validator.iter_errors(&bad).count() >= 2);
    let mut extra = Vec::new();
    unknown_keys(
        &schema("service_at_location.json"),
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
        std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/gis")
                .join(n),
        )
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
    let location = schema("service_at_location.json")
        .pointer("/properties/location")
        .cloned()
        .unwrap();
    assert_eq!(
        check_all(&location, &records(&v, "locations"), "location"),
        25
    );
    check_all(
        &schema("service_at_location.json"),
        &records(&v, "service_at_locations"),
        "service_at_location",
    );
}
