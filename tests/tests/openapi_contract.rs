#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The OpenAPI document is the contract (`server/src/api/openapi.json`), checked here in both
//! directions; `scripts/contract` adds the standard tools (openapi-spec-validator,
//! schemathesis) against the release server.
//!
//! 1. The HSDS schemas it bundles are the upstream compiled files, exactly
//!    (`../shared/data/hsds-schema/compiled/`, commit abc731c): inlining every local `$ref`
//!    gives each file back. The document drifts from upstream: this fails.
//! 2. No `$ref` leaves the document, every one resolves, and every link names a real operation
//!    and real parameters.
//! 3. The patterns of `zip`, `postcode`, `lat`, `lon` and `proximity` accept exactly what the server reads
//!    (property tests against the server's own readers, over near-miss texts).
//! 4. `q` is free text: any 1 to 100 characters are a valid request, answered 200 or 404,
//!    never 400.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use axum::{body::Body, http::Request};
use linkages_directory::dataset::ids::is_uuid;
use linkages_server::api::{
    machine_degrees, machine_metres, machine_zip, ProblemCode, OPENAPI_JSON,
};
use linkages_tests::{repo_root, send_to, shared_app, shared_runtime};
use proptest::prelude::*;
use regex::Regex;
use serde_json::Value;

const HSDS: [&str; 6] = [
    "organization",
    "organization_list",
    "service",
    "service_list",
    "service_at_location",
    "service_at_location_list",
];

fn doc() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| serde_json::from_str(OPENAPI_JSON).expect("the document is JSON"))
}

fn upstream_dir() -> PathBuf {
    repo_root().join("../shared/data/hsds-schema/compiled")
}

/// `value` with every `#/components/schemas/...` reference replaced by what it points to.
fn inline(doc: &Value, value: &Value, depth: usize) -> Value {
    assert!(depth < 64, "reference cycle");
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                assert_eq!(map.len(), 1, "a bundled $ref stands alone: {target}");
                let pointed = doc
                    .pointer(target.strip_prefix('#').expect("local reference"))
                    .unwrap_or_else(|| panic!("dangling {target}"));
                let mut pointed = pointed.clone();
                pointed.as_object_mut().unwrap().remove("$comment");
                return inline(doc, &pointed, depth + 1);
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), inline(doc, v, depth + 1)))
                    .collect(),
            )
        }
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| inline(doc, v, depth + 1)).collect())
        }
        other => other.clone(),
    }
}

#[test]
fn bundled_hsds_schemas_are_the_upstream_files_exactly() {
    let doc = doc();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for name in HSDS {
        let mut bundled = schemas
            .get(&format!("hsds_{name}"))
            .unwrap_or_else(|| panic!("hsds_{name} is not bundled"))
            .clone();
        let comment = bundled.as_object_mut().unwrap().remove("$comment");
        let comment = comment.and_then(|c| c.as_str().map(str::to_owned));
        assert!(
            comment.is_some_and(|c| c.contains("abc731c8ac11825010e9d74a0ab61dcd48e880ec")),
            "hsds_{name} names the upstream commit it came from"
        );
        let path = upstream_dir().join(format!("{name}.json"));
        let upstream: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(
            inline(doc, &bundled, 0) == upstream,
            "hsds_{name} is not {}: run scripts/bundle-openapi",
            path.display()
        );
    }
}

/// Every `$ref` of the document, with where it is.
fn refs(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push((at.to_owned(), r.clone())),
                    _ => refs(v, &format!("{at}/{k}"), out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                refs(v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_reference_leaves_the_document_and_every_one_resolves() {
    let doc = doc();
    let mut all = Vec::new();
    refs(doc, "", &mut all);
    assert!(all.len() > 50, "{} references", all.len());
    for (at, r) in &all {
        let pointer = r
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{at}: {r} leaves the document"));
        assert!(doc.pointer(pointer).is_some(), "{at}: {r} is dangling");
    }
}

/// The names an operation takes: its parameters, and the properties of an exploded object.
fn parameter_names(doc: &Value, path: &str, method: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let path_item = &doc["paths"][path];
    let listed = path_item["parameters"]
        .as_array()
        .into_iter()
        .chain(path_item[method]["parameters"].as_array())
        .flatten();
    for p in listed {
        let p = match p["$ref"].as_str() {
            Some(r) => doc.pointer(&r[1..]).unwrap(),
            None => p,
        };
        match p["schema"]["properties"].as_object() {
            Some(props) if p["explode"] == true => out.extend(props.keys().cloned()),
            _ => {
                out.insert(p["name"].as_str().unwrap().to_owned());
            }
        }
    }
    out
}

#[test]
fn every_link_names_an_operation_and_its_parameters() {
    let doc = doc();
    let mut operations = std::collections::BTreeMap::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if let Some(id) = op["operationId"].as_str() {
                operations.insert(id.to_owned(), (path.clone(), method.clone()));
            }
        }
    }
    let mut links = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(responses) = op["responses"].as_object() else {
                continue;
            };
            for response in responses.values() {
                let Some(found) = response["links"].as_object() else {
                    continue;
                };
                for (name, link) in found {
                    links += 1;
                    let target = link["operationId"].as_str().unwrap();
                    let (to_path, to_method) = operations
                        .get(target)
                        .unwrap_or_else(|| panic!("{method} {path} {name}: no {target}"));
                    let takes = parameter_names(doc, to_path, to_method);
                    for (parameter, expression) in link["parameters"].as_object().unwrap() {
                        assert!(
                            takes.contains(parameter),
                            "{name}: {target} takes no {parameter}"
                        );
                        let expression = expression.as_str().unwrap();
                        assert!(
                            expression.starts_with("$response.body#/"),
                            "{name}: {expression}"
                        );
                    }
                }
            }
        }
    }
    // Each list leads to its records, each record to its neighbours.
    assert!(links >= 9, "{links} links");
    for (path, target) in [
        ("/services", "getFullyNestedServiceById"),
        ("/organizations", "getOrganizationById"),
        (
            "/service_at_locations",
            "getServiceAtLocationWithNestedDataById",
        ),
    ] {
        let found = doc["paths"][path]["get"]["responses"]["200"]["links"]
            .as_object()
            .unwrap();
        assert!(
            found.values().any(|l| l["operationId"] == target),
            "{path} links to {target}"
        );
    }
}

/// The `pattern` of one of the document's parameters, compiled.
fn pattern(pointer: &str) -> Regex {
    let text = doc()
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no pattern at {pointer}"));
    Regex::new(text).unwrap()
}

const NEAREST: &str = "/paths/~1nearest/get/parameters/0/schema/properties";

/// The document's `zip`, `postcode`, `lat` and `lon` patterns.
struct Patterns {
    zip: Regex,
    postcode: Regex,
    lat: Regex,
    lon: Regex,
    proximity: Regex,
    /// Every id parameter's (`{id}`, `organization_id`, `service`): one pattern.
    uuid: Regex,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| Patterns {
        zip: pattern(&format!("{NEAREST}/zip/pattern")),
        postcode: pattern("/components/parameters/postcode/schema/pattern"),
        lat: pattern(&format!("{NEAREST}/lat/pattern")),
        lon: pattern(&format!("{NEAREST}/lon/pattern")),
        proximity: pattern("/components/parameters/proximity/schema/pattern"),
        uuid: {
            let pointers = [
                "/components/parameters/id/schema/pattern".to_owned(),
                "/components/parameters/organization_id/schema/pattern".to_owned(),
                format!("{NEAREST}/service/pattern"),
            ];
            let texts: BTreeSet<&str> = pointers
                .iter()
                .map(|p| doc().pointer(p).and_then(Value::as_str).unwrap())
                .collect();
            assert_eq!(texts.len(), 1, "one UUID pattern for every id: {texts:?}");
            pattern(&pointers[0])
        },
    })
}

/// Where the document and the server disagree about `text`, one line each.
fn disagreements(text: &str) -> Vec<String> {
    let p = patterns();
    let zip = machine_zip(text).is_some();
    let lat = machine_degrees(text, 90).is_some();
    let lon = machine_degrees(text, 180).is_some();
    let uuid = is_uuid(text);
    [
        ("zip", p.zip.is_match(text), zip),
        ("postcode", p.postcode.is_match(text), zip),
        ("lat", p.lat.is_match(text), lat),
        ("lon", p.lon.is_match(text), lon),
        ("id", p.uuid.is_match(text), uuid),
        (
            "proximity",
            p.proximity.is_match(text),
            machine_metres(text).is_some(),
        ),
    ]
    .into_iter()
    .filter(|(_, document, server)| document != server)
    .map(|(name, document, server)| {
        format!("{name} {text:?}: the document says {document}, the server {server}")
    })
    .collect()
}

/// Texts near the forms the patterns take: digit runs, signs, dots, dashes, spaces, and a few
/// characters from outside (other scripts' digits, letters, control characters).
fn near_miss() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[0-9]{1,5}",
        1 => "0{0,3}(0|9|90|180|179|89|499999|500000|500001)(\\.0{0,7})?",
        1 => Just("-".to_owned()),
        1 => Just("+".to_owned()),
        1 => Just(".".to_owned()),
        1 => Just(" ".to_owned()),
        1 => "[a-zA-Z٠-٩０-９\\x00-\\x1f_,]",
        // UUIDs and near misses: a group too short or long, a letter past f, braces.
        2 => "\\{?[0-9a-fA-F]{7,9}-[0-9a-fA-F]{4}-[0-9a-gA-G]{3,5}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?",
        1 => "[0-9a-fA-F]{32}",
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    #[test]
    fn patterns_accept_exactly_what_the_server_reads(text in near_miss()) {
        let found = disagreements(&text);
        prop_assert!(found.is_empty(), "{}", found.join("\n"));
    }
}

#[test]
fn the_boundaries_of_the_patterns() {
    for (text, lat, lon) in [
        ("90", true, true),
        ("-90.000", true, true),
        ("090", true, true),
        ("90.000000000000001", false, true),
        ("89.999999999999999", true, true),
        ("91", false, true),
        ("180", false, true),
        ("180.5", false, false),
        ("-179.9", false, true),
        ("1e2", false, false),
        ("", false, false),
    ] {
        assert_eq!(machine_degrees(text, 90).is_some(), lat, "lat {text}");
        assert_eq!(machine_degrees(text, 180).is_some(), lon, "lon {text}");
        assert_eq!(disagreements(text), Vec::<String>::new());
    }
    for zip in [
        "90020",
        "90020-1234",
        "90020 1234",
        "900201234",
        "9002",
        "90020-",
        "٩٠٠٢٠",
        " 90020",
    ] {
        assert_eq!(disagreements(zip), Vec::<String>::new());
    }
    for (metres, read) in [
        ("0", true),
        ("0002500", true),
        ("499999.999999", true),
        ("500000.000", true),
        ("500000.01", false),
        ("0795065", false),
        ("1.1234567", false),
        ("1.", false),
    ] {
        assert_eq!(machine_metres(metres).is_some(), read, "proximity {metres}");
        assert_eq!(disagreements(metres), Vec::<String>::new());
    }
    for (id, read) in [
        ("372dc294-c676-565f-89d9-5a5446863075", true),
        ("372DC294-C676-565F-89D9-5A5446863075", true),
        ("372dc294c676565f89d95a5446863075", false),
        ("{372dc294-c676-565f-89d9-5a5446863075}", false),
        ("372dc294-c676-565f-89d9-5a544686307g", false),
        ("\u{4}", false),
    ] {
        assert_eq!(is_uuid(id), read, "id {id}");
        assert_eq!(disagreements(id), Vec::<String>::new());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any text of 1 to 100 characters in `q` is a valid request: 200 or 404, never 400.
    #[test]
    fn any_q_the_document_allows_is_answered_200_or_404(
        q in prop_oneof![
            "\\PC{1,100}",
            "[\\x00-\\x20\u{200b}-\u{200f}\u{feff}]{1,20}",
            "[0-9 ,.+-]{1,20}",
        ]
    ) {
        let mut encoded = String::new();
        for b in q.bytes() {
            encoded.push_str(&format!("%{b:02X}"));
        }
        let request = Request::get(format!("/api/v1/nearest?q={encoded}")).body(Body::empty()).unwrap();
        let reply = shared_runtime().block_on(send_to(shared_app(), request));
        prop_assert!(
            reply.status == 200 || reply.status == 404,
            "{:?}: {} {}", q, reply.status, reply.body
        );
    }
}

/// The codes the document promises are the codes the server can send: both come from one list
/// each, and a code added to one and not the other (a new problem on some route) fails here,
/// not in a partner's client.
#[test]
fn the_problem_codes_are_the_documents_exactly() {
    let documented: Vec<&str> = doc()["components"]["schemas"]["Problem"]["properties"]["error"]
        ["enum"]
        .as_array()
        .expect("Problem.error is an enum")
        .iter()
        .map(|code| code.as_str().expect("each code is a string"))
        .collect();
    let served: Vec<&str> = ProblemCode::ALL.iter().map(|code| code.as_str()).collect();
    assert_eq!(documented, served);
}
