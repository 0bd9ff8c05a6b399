#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The bulk export through the router: `/api/v1/export/hsds.json` and
//! `/api/v1/export/hsds-tabular.zip`.
//!
//! * The JSON validates record by record against the official HSDS schemas
//!   (`../shared/data/hsds-schema/compiled/`), and is the shipped dataset file.
//! * The zip: each CSV's header is its table's columns in the official `tabular.json`, in
//!   order (read here from the upstream file, not from the vendored copy the server uses); every
//!   value fits its declared type, format, enum, required and unique constraints; every
//!   foreign key resolves; `datapackage.json` lists exactly the zip's files with tabular.json's
//!   fields; and every record and value of the JSON is a row and a cell of the CSVs.
//! * ETags: equal data, equal tags and bytes; `If-None-Match` gives 304 with no body; a reload
//!   with changed data changes both tags and bodies.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use axum::{body::Body, http::Request, Router};
use linkages_directory::dataset::export::tabular::NOT_REQUIRED_HERE;
use linkages_directory::dataset::ids::is_uuid;
use linkages_directory::dataset::load::EMBEDDED_DATASET;
use linkages_server::{app, reload_dataset};
use linkages_tests::hsds::{check_against, check_hsds, location_schema, read_json, schema_dir};
use linkages_tests::{repo_root, send_to, test_app, test_state, Reply};
use serde::Deserialize;
use serde_json::Value;

const JSON_PATH: &str = "/api/v1/export/hsds.json";
const ZIP_PATH: &str = "/api/v1/export/hsds-tabular.zip";

async fn fetch(app: &Router, method: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::builder().method(method).uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send_to(app.clone(), request.body(Body::empty()).unwrap()).await
}

async fn get(app: &Router, path: &str) -> Reply {
    fetch(app, "GET", path, &[]).await
}

// ---------------------------------------------------------------------------------------
// The upstream tabular model, read independently of the server's copy

/// The members of a JSON object in the file's order (serde_json's `Map` sorts them).
struct OrderedKeys(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for OrderedKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = OrderedKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<OrderedKeys, A::Error> {
                let mut out = Vec::new();
                while let Some(pair) = m.next_entry()? {
                    out.push(pair);
                }
                Ok(OrderedKeys(out))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(Deserialize)]
struct UpstreamFile {
    properties: BTreeMap<String, UpstreamEntry>,
}

#[derive(Deserialize)]
struct UpstreamEntry {
    items: UpstreamTable,
}

#[derive(Deserialize)]
struct UpstreamTable {
    path: String,
    #[serde(default)]
    required: Vec<String>,
    #[serde(default)]
    tabular_required: Vec<String>,
    properties: OrderedKeys,
}

impl UpstreamTable {
    /// The columns: properties that are neither arrays (child tables) nor references.
    fn columns(&self) -> Vec<(&str, &Value)> {
        self.properties
            .0
            .iter()
            .filter(|(_, d)| d["type"] != "array" && d.get("$ref").is_none())
            .map(|(n, d)| (n.as_str(), d))
            .collect()
    }
}

fn upstream_text() -> String {
    std::fs::read_to_string(schema_dir().join("compiled/tabular.json")).unwrap()
}

fn upstream() -> BTreeMap<String, UpstreamTable> {
    let file: UpstreamFile = serde_json::from_str(&upstream_text()).unwrap();
    file.properties
        .into_iter()
        .map(|(name, entry)| (name, entry.items))
        .collect()
}

#[test]
fn the_vendored_tabular_model_is_the_upstream_file() {
    let vendored = std::fs::read_to_string(repo_root().join("data/hsds-tabular.json")).unwrap();
    assert!(
        vendored == upstream_text(),
        "data/hsds-tabular.json differs from {}: copy it again",
        schema_dir().join("compiled/tabular.json").display()
    );
}

// ---------------------------------------------------------------------------------------
// The JSON

#[tokio::test]
async fn the_json_export_validates_record_by_record() {
    let app = test_app();
    let reply = get(&app, JSON_PATH).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), "application/json");
    assert_eq!(reply.header("cache-control"), "public, max-age=300");
    assert_eq!(reply.header("content-encoding"), "");
    assert!(
        reply.bytes == EMBEDDED_DATASET.as_bytes(),
        "the shipped file"
    );
    let d: Value = serde_json::from_slice(&reply.bytes).unwrap();
    let records = |key: &str| d[key].as_array().unwrap().clone();
    check_hsds("organization.json", &records("organizations"));
    check_hsds("service.json", &records("services"));
    check_against(&location_schema(), "location", &records("locations"));
    check_hsds("service_at_location.json", &records("service_at_locations"));
    assert!(d["meta"]["sources"]
        .as_array()
        .is_some_and(|s| !s.is_empty()));
    assert_eq!(
        [
            "organizations",
            "services",
            "locations",
            "service_at_locations"
        ]
        .map(|k| records(k).len()),
        [5, 28, 25, 25]
    );
    // The document's pattern for the tag.
    let doc: Value = serde_json::from_str(linkages_server::api::OPENAPI_JSON).unwrap();
    let pattern = doc["components"]["headers"]["ETag"]["schema"]["pattern"]
        .as_str()
        .unwrap();
    assert!(regex::Regex::new(pattern)
        .unwrap()
        .is_match(reply.header("etag")));
}

#[tokio::test]
async fn the_json_is_gzip_coded_when_accepted_with_its_own_tag() {
    let app = test_app();
    let plain = get(&app, JSON_PATH).await;
    let gzip = fetch(&app, "GET", JSON_PATH, &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(gzip.status, 200);
    assert_eq!(gzip.header("content-encoding"), "gzip");
    assert!(gzip
        .header("vary")
        .to_ascii_lowercase()
        .contains("accept-encoding"));
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(gzip.bytes.as_slice())
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, plain.bytes);
    assert_ne!(gzip.header("etag"), plain.header("etag"));
    // Brotli only: the body goes as it is (the compression layer keeps off a tagged body).
    let br = fetch(&app, "GET", JSON_PATH, &[("accept-encoding", "br")]).await;
    assert_eq!(br.header("content-encoding"), "");
    assert_eq!(br.header("etag"), plain.header("etag"));
    assert_eq!(br.bytes, plain.bytes);
    // Each coding revalidates with its own tag.
    let again = fetch(
        &app,
        "GET",
        JSON_PATH,
        &[
            ("accept-encoding", "gzip"),
            ("if-none-match", gzip.header("etag")),
        ],
    )
    .await;
    assert_eq!(again.status, 304);
    assert_eq!(again.header("etag"), gzip.header("etag"));
}

// ---------------------------------------------------------------------------------------
// The zip

/// The zip's files by name, in archive order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            (file.name().unwrap().into_owned(), data)
        })
        .collect()
}

/// A CSV: header and rows (every row as long as the header, or the reader fails).
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// Problems of one non-empty cell against its Table Schema field.
fn cell_problem(field: &Value, cell: &str) -> Option<String> {
    let ok = match field["type"].as_str().unwrap() {
        "number" => cell.parse::<f64>().is_ok_and(f64::is_finite),
        "integer" => cell.parse::<i64>().is_ok(),
        "boolean" => cell == "true" || cell == "false",
        "date" => chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d").is_ok(),
        // HSDS writes opening times `HH:MM` ("should use HH:MM format", schedule.json),
        // `24:00` for the end of the day as ISO 8601 allows.
        "time" => {
            let parts: Vec<&str> = cell.split(':').collect();
            let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
            matches!(parts.len(), 2 | 3)
                && parts.iter().all(|p| p.len() == 2)
                && numbers.is_some_and(|n| {
                    (n[0] < 24 && n[1..].iter().all(|m| *m < 60))
                        || (n[0] == 24 && n[1..].iter().all(|m| *m == 0))
                })
        }
        "datetime" => chrono::DateTime::parse_from_rfc3339(cell).is_ok(),
        "string" => true,
        other => return Some(format!("unknown type {other}")),
    };
    let format_ok = match field["format"].as_str() {
        Some("uuid") => is_uuid(cell),
        Some("uri") => cell.starts_with("https://") || cell.starts_with("http://"),
        Some("email") => cell.contains('@'),
        _ => true,
    };
    let enum_ok = field["constraints"]["enum"]
        .as_array()
        .is_none_or(|allowed| allowed.iter().any(|a| a == cell));
    (!(ok && format_ok && enum_ok)).then(|| {
        format!(
            "{cell:?} is not a {} ({:?}, enum {:?})",
            field["type"], field["format"], field["constraints"]["enum"]
        )
    })
}

/// Every record of the JSON at any depth, as (table, id) → its scalar fields as text.
fn json_records(d: &Value) -> BTreeMap<(String, String), BTreeMap<String, String>> {
    fn walk(
        table: &str,
        record: &Value,
        out: &mut BTreeMap<(String, String), BTreeMap<String, String>>,
    ) {
        let mut cells = BTreeMap::new();
        for (key, value) in record.as_object().unwrap() {
            match value {
                Value::Array(items) => {
                    let child = match key.as_str() {
                        "phones" => "phone",
                        "schedules" => "schedule",
                        "addresses" => "address",
                        "attributes" => "attribute",
                        "languages" => "language",
                        "accessibility" => "accessibility",
                        other => panic!("{table}.{other}: no table"),
                    };
                    for item in items {
                        walk(child, item, out);
                    }
                }
                Value::String(s) => {
                    cells.insert(key.clone(), s.clone());
                }
                other => {
                    cells.insert(key.clone(), other.to_string());
                }
            }
        }
        let id = cells["id"].clone();
        out.insert((table.to_owned(), id), cells);
    }
    let mut out = BTreeMap::new();
    for (key, table) in [
        ("organizations", "organization"),
        ("services", "service"),
        ("locations", "location"),
        ("service_at_locations", "service_at_location"),
    ] {
        for record in d[key].as_array().unwrap() {
            walk(table, record, &mut out);
        }
    }
    out
}

#[tokio::test]
async fn the_tabular_zip_keeps_to_the_official_tabular_model() {
    let app = test_app();
    let reply = fetch(&app, "GET", ZIP_PATH, &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), "application/zip");
    assert_eq!(
        reply.header("content-disposition"),
        "attachment; filename=\"linkages-hsds-tabular.zip\""
    );
    assert_eq!(
        reply.header("content-encoding"),
        "",
        "a zip is not compressed again"
    );
    assert_eq!(reply.header("cache-control"), "public, max-age=300");
    assert!(reply.header("etag").starts_with('"'));

    let files = unzip(&reply.bytes);
    let (first, package) = &files[0];
    assert_eq!(first, "datapackage.json");
    let package: Value = serde_json::from_slice(package).unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    assert!(
        package["meta"]["sources"].is_array(),
        "licences travel along"
    );
    let resources = package["resources"].as_array().unwrap();

    // The package lists exactly the CSVs in the zip, in order.
    let listed: Vec<&str> = resources
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    let zipped: Vec<&str> = files[1..].iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(listed, zipped);
    let csvs: BTreeMap<&str, (Vec<String>, Vec<Vec<String>>)> = files[1..]
        .iter()
        .map(|(name, data)| (name.as_str(), read_csv(data)))
        .collect();

    // Headers and fields are tabular.json's columns, in order; constraints as it declares.
    let upstream = upstream();
    assert_eq!(
        NOT_REQUIRED_HERE,
        [
            ("service", "organization_id"),
            ("attribute", "taxonomy_term_id")
        ],
        "a new exception is a decision: say why in tabular.rs"
    );
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        let table = &upstream[name];
        assert_eq!(resource["path"], table.path.as_str());
        assert_eq!(resource["profile"], "tabular-data-resource");
        assert_eq!(resource["schema"]["primaryKey"], "id");
        let columns = table.columns();
        let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
        let (header, _) = &csvs[table.path.as_str()];
        assert_eq!(header, &names, "{name}: header");
        let fields = resource["schema"]["fields"].as_array().unwrap();
        assert_eq!(
            fields
                .iter()
                .map(|f| f["name"].as_str().unwrap())
                .collect::<Vec<_>>(),
            names,
            "{name}: fields"
        );
        for ((column, definition), field) in columns.iter().zip(fields) {
            let expected_type = definition
                .get("datapackage_type")
                .unwrap_or(&definition["type"]);
            assert_eq!(&field["type"], expected_type, "{name}.{column}");
            if let Some(format @ ("uuid" | "uri" | "email")) = definition["format"].as_str() {
                assert_eq!(field["format"], format, "{name}.{column}");
            }
            assert_eq!(
                field["constraints"]["unique"], definition["constraints"]["unique"],
                "{name}.{column}"
            );
            assert_eq!(
                field["constraints"].get("enum"),
                definition.get("enum"),
                "{name}.{column}"
            );
            let required = (table.required.iter().chain(&table.tabular_required))
                .any(|r| r == column)
                && !NOT_REQUIRED_HERE.contains(&(name, column));
            assert_eq!(
                field["constraints"]["required"], required,
                "{name}.{column}"
            );
        }
    }

    // Every row keeps every constraint, and every key resolves.
    let ids: BTreeMap<&str, BTreeSet<&str>> = resources
        .iter()
        .map(|r| {
            let (header, rows) = &csvs[r["path"].as_str().unwrap()];
            let at = header.iter().position(|h| h == "id").unwrap();
            let set = rows.iter().map(|row| row[at].as_str()).collect();
            (r["name"].as_str().unwrap(), set)
        })
        .collect();
    let mut problems = Vec::new();
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        let (header, rows) = &csvs[resource["path"].as_str().unwrap()];
        let fields = resource["schema"]["fields"].as_array().unwrap();
        let keys: BTreeMap<&str, &str> = resource["schema"]["foreignKeys"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|k| {
                (
                    k["fields"].as_str().unwrap(),
                    k["reference"]["resource"].as_str().unwrap(),
                )
            })
            .collect();
        for (i, field) in fields.iter().enumerate() {
            let column = field["name"].as_str().unwrap();
            let mut seen = BTreeSet::new();
            for row in rows {
                let cell = row[i].as_str();
                let at = format!("{name} {}: {column}", row[0]);
                if cell.is_empty() {
                    if field["constraints"]["required"] == true {
                        problems.push(format!("{at} is required"));
                    }
                    continue;
                }
                if let Some(p) = cell_problem(field, cell) {
                    problems.push(format!("{at}: {p}"));
                }
                if field["constraints"]["unique"] == true && !seen.insert(cell) {
                    problems.push(format!("{at}: {cell} repeats"));
                }
                if let Some(target) = keys.get(column) {
                    if !ids[target].contains(cell) {
                        problems.push(format!("{at}: no {target} has id {cell}"));
                    }
                }
            }
        }
        // An attribute's link_id is a row of the table its link_entity names.
        if name == "attribute" {
            let col = |c: &str| header.iter().position(|h| h == c).unwrap();
            for row in rows {
                let entity = row[col("link_entity")].as_str();
                let target = ids.get(entity);
                if !target.is_some_and(|t| t.contains(row[col("link_id")].as_str())) {
                    problems.push(format!("attribute {}: link to no {entity}", row[0]));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Round trip: every record of the JSON is a row, every value a cell (but attribute
    // labels, which tabular.json has no column for), and nothing else is there.
    let json: Value = serde_json::from_str(EMBEDDED_DATASET).unwrap();
    let records = json_records(&json);
    let mut rows_seen = 0;
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        let (header, rows) = &csvs[resource["path"].as_str().unwrap()];
        for row in rows {
            rows_seen += 1;
            let cells = records
                .get(&(name.to_owned(), row[0].clone()))
                .unwrap_or_else(|| panic!("{name} {} is not in the JSON", row[0]));
            for (column, cell) in header.iter().zip(row) {
                match cells.get(column) {
                    Some(value) => assert_eq!(value, cell, "{name} {}: {column}", row[0]),
                    // Empty, or the parent's id a nested record gets from its nesting.
                    None => assert!(
                        cell.is_empty() || column.ends_with("_id") || column == "link_entity",
                        "{name} {}: {column} = {cell:?} is not in the JSON",
                        row[0]
                    ),
                }
            }
            for field in cells.keys() {
                assert!(
                    header.contains(field) || (name, field.as_str()) == ("attribute", "label"),
                    "{name} {}: {field} is lost",
                    row[0]
                );
            }
        }
    }
    assert_eq!(rows_seen, records.len(), "one row per record");
    let count = |table: &str| records.keys().filter(|(t, _)| t == table).count();
    assert_eq!(csvs["phones.csv"].1.len(), count("phone"));
    assert_eq!(count("phone"), 58);
    assert_eq!(csvs["attributes.csv"].1.len(), 247);
    assert_eq!(csvs["schedules.csv"].1.len(), 14);
    assert_eq!(csvs["addresses.csv"].1.len(), 25);
}

// ---------------------------------------------------------------------------------------
// Entity tags

#[tokio::test]
async fn equal_data_gives_equal_tags_and_if_none_match_gives_304() {
    let (one, two) = (test_app(), test_app());
    for path in [JSON_PATH, ZIP_PATH] {
        let a = get(&one, path).await;
        let b = get(&two, path).await;
        assert_eq!(a.header("etag"), b.header("etag"), "{path}");
        assert!(a.bytes == b.bytes, "{path}: same bytes");

        let tag = a.header("etag");
        let weak = format!("W/{tag}");
        for condition in [tag, weak.as_str(), "*", &format!("\"elsewhere\", {tag}")] {
            let reply = fetch(&one, "GET", path, &[("if-none-match", condition)]).await;
            assert_eq!(reply.status, 304, "{path} {condition}");
            assert!(reply.bytes.is_empty(), "{path}: no body");
            assert_eq!(reply.header("etag"), tag);
            assert_eq!(reply.header("cache-control"), "public, max-age=300");
        }
        for condition in ["\"elsewhere\"", "not a tag"] {
            let reply = fetch(&one, "GET", path, &[("if-none-match", condition)]).await;
            assert_eq!(reply.status, 200, "{path} {condition}");
            assert!(reply.bytes == a.bytes);
        }
        let head = fetch(&one, "HEAD", path, &[]).await;
        assert_eq!(head.status, 200, "{path}: HEAD");
        assert_eq!(head.header("etag"), tag);
        assert!(head.bytes.is_empty());
        let head_304 = fetch(&one, "HEAD", path, &[("if-none-match", tag)]).await;
        assert_eq!(head_304.status, 304, "{path}: HEAD");
    }
}

#[tokio::test]
async fn a_reload_with_changed_data_changes_tags_and_bodies() {
    let state = test_state();
    let before_json = get(&app(state.clone()), JSON_PATH).await;
    let before_zip = get(&app(state.clone()), ZIP_PATH).await;

    let mut dataset: Value = read_json(repo_root().join("data/linkages-hsds.json"));
    let renamed = "Los Angeles County Department of Children and Family Services (renamed)";
    dataset["organizations"][0]["name"] = Value::from(renamed);
    let dir = std::env::temp_dir().join(format!("linkages-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("renamed.json");
    std::fs::write(&file, serde_json::to_string(&dataset).unwrap()).unwrap();
    reload_dataset(&state, &file).expect("a renamed organization loads");

    let router = app(state.clone());
    let after_json = get(&router, JSON_PATH).await;
    let after_zip = get(&router, ZIP_PATH).await;
    assert_ne!(after_json.header("etag"), before_json.header("etag"));
    assert_ne!(after_zip.header("etag"), before_zip.header("etag"));
    let body: Value = serde_json::from_slice(&after_json.bytes).unwrap();
    assert_eq!(body["organizations"][0]["name"], renamed);
    let files = unzip(&after_zip.bytes);
    let (_, organizations) = files
        .iter()
        .find(|(n, _)| n == "organizations.csv")
        .unwrap();
    assert!(String::from_utf8_lossy(organizations).contains(renamed));
    // The tag a client held before the reload no longer matches.
    let stale = fetch(
        &router,
        "GET",
        ZIP_PATH,
        &[("if-none-match", before_zip.header("etag"))],
    )
    .await;
    assert_eq!(stale.status, 200);
    std::fs::remove_dir_all(&dir).ok();
}
