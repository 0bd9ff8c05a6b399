//! Validation against the official HSDS 3.1 schemas (`../shared/data/hsds-schema/`), shared
//! by the API tests and the export tests: one way to say a record is valid HSDS.

use std::path::PathBuf;

use serde_json::Value;

use crate::repo_root;

/// The official HSDS schema folder (Open Referral, branch 3.1-dev, commit abc731c).
pub fn schema_dir() -> PathBuf {
    repo_root().join("../shared/data/hsds-schema")
}

/// A JSON file, parsed (the test stops when it is missing or not JSON).
pub fn read_json(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// An official compiled HSDS schema (`compiled/<name>`).
pub fn hsds_schema(name: &str) -> Value {
    read_json(schema_dir().join("compiled").join(name))
}

/// The location schema: there is no compiled one, so the one nested in the compiled
/// `service_at_location` schema.
pub fn location_schema() -> Value {
    hsds_schema("service_at_location.json")["properties"]["location"].clone()
}

/// Keys in `instance` that `schema` does not define (the HSDS schemas allow extra keys; our
/// records must not need any).
pub fn unknown_keys(schema: &Value, instance: &Value, path: &str, out: &mut Vec<String>) {
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

/// Every problem of `records` against `schema` (formats checked), plus every key the schema
/// does not define; `what` names the schema in the messages. Fails the test on any.
pub fn check_against(schema: &Value, what: &str, records: &[Value]) {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("schema compiles");
    let mut problems = Vec::new();
    for r in records {
        let id = r.get("id").and_then(Value::as_str).unwrap_or("?");
        for e in validator.iter_errors(r) {
            problems.push(format!("{what} {id}: {e} at {}", e.instance_path));
        }
        let mut extra = Vec::new();
        unknown_keys(schema, r, "", &mut extra);
        for k in extra {
            problems.push(format!("{what} {id}: {k} is not in the HSDS schema"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// [`check_against`] the official compiled schema `compiled/<schema_name>`.
pub fn check_hsds(schema_name: &str, records: &[Value]) {
    check_against(&hsds_schema(schema_name), schema_name, records);
}
