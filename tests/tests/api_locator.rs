#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The locator's JSON API through the router: `/api/v1/nearest` with every input kind and
//! every problem kind, the HSDS read endpoints validated against the official HSDS 3.1
//! schemas (`../shared/data/hsds-schema/`), paging, the postcode and proximity filter,
//! caching headers, and the OpenAPI document against the routes actually served.

use std::{collections::BTreeSet, sync::OnceLock};

use axum::{body::Body, http::Request, Router};
use linkages_directory::places::Places;
use linkages_tests::hsds::{
    check_hsds, hsds_schema, location_schema, read_json, schema_dir, unknown_keys,
};
use linkages_tests::{encode, repo_root, send_to, test_app, Reply};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------
// Helpers

/// The router, built once for this file (building it loads the catalogs and the dataset).
fn router() -> Router {
    static APP: OnceLock<Router> = OnceLock::new();
    APP.get_or_init(test_app).clone()
}

async fn call(request: Request<Body>) -> Reply {
    send_to(router(), request).await
}

async fn get(path: &str) -> Reply {
    call(Request::get(path).body(Body::empty()).unwrap()).await
}

fn header<'a>(reply: &'a Reply, name: &str) -> &'a str {
    reply
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// A JSON reply with the expected status, parsed.
fn json_of(reply: &Reply, status: u16, what: &str) -> Value {
    assert_eq!(reply.status, status, "{what}: {}", reply.body);
    assert_eq!(header(reply, "content-type"), "application/json", "{what}");
    serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{what}: {e}: {}", reply.body))
}

async fn get_json(path: &str) -> Value {
    json_of(&get(path).await, 200, path)
}

/// Mean Earth radius used by `geo`'s haversine, in metres.
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle distance, written out here so the test does not trust the code it checks.
fn haversine(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

fn zip_centroid(zip: &str) -> (f64, f64) {
    let places = Places::embedded().unwrap();
    let z = places.zip(zip).unwrap();
    (z.lat, z.lon)
}

/// The OpenAPI document as served.
async fn openapi() -> Value {
    get_json("/api/v1/openapi.json").await
}

/// Problems of `instance` against `#/components/schemas/<name>` of our OpenAPI document.
fn api_schema_problems(doc: &Value, name: &str, instance: &Value) -> Vec<String> {
    let schema = json!({
        "$ref": format!("#/components/schemas/{name}"),
        "components": doc["components"],
    });
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    validator
        .iter_errors(instance)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect()
}

fn check_api_schema(doc: &Value, name: &str, instance: &Value) {
    let problems = api_schema_problems(doc, name, instance);
    assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
}

fn offices(body: &Value) -> &Vec<Value> {
    body["offices"].as_array().expect("offices")
}

fn distances(body: &Value) -> Vec<f64> {
    offices(body)
        .iter()
        .map(|o| o["distance_m"].as_f64().expect("distance_m"))
        .collect()
}

fn non_decreasing(values: &[f64]) -> bool {
    values.windows(2).all(|w| w[0] <= w[1])
}

/// Checks a problem reply: status, JSON, `no-store`, the documented shape, and the codes and
/// parameters named (in order).
async fn expect_problems(path: &str, status: u16, expected: &[(&str, &str)]) -> Value {
    let reply = get(path).await;
    let body = json_of(&reply, status, path);
    assert_eq!(header(&reply, "cache-control"), "no-store", "{path}");
    check_api_schema(&openapi().await, "Errors", &body);
    let got: Vec<(String, String)> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["error"].as_str().unwrap_or("").to_owned(),
                e["parameter"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(c, p)| ((*c).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(got, want, "{path}: {}", reply.body);
    body
}

// ---------------------------------------------------------------------------------------
// /nearest: answers

#[tokio::test]
async fn a_zip_gives_the_nearest_offices_of_both_agencies_nearest_first() {
    let reply = get("/api/v1/nearest?zip=90020").await;
    let body = json_of(&reply, 200, "zip");
    assert_eq!(header(&reply, "cache-control"), "no-store");
    check_api_schema(&openapi().await, "NearestOffices", &body);
    assert_eq!(body["outcome"], "offices");
    assert_eq!(body["point"]["zip"], "90020");
    assert_eq!(body["point"]["approximate"], true);
    assert_eq!(body["agencies"], json!(["DCFS", "DPSS"]));
    assert_eq!(offices(&body).len(), 5, "default limit");
    assert!(non_decreasing(&distances(&body)));

    // Distances are metres from the point, by haversine.
    let (lat, lon) = (
        body["point"]["lat"].as_f64().unwrap(),
        body["point"]["lon"].as_f64().unwrap(),
    );
    for office in offices(&body) {
        let c = &office["coordinate"];
        let expected = haversine(
            lat,
            lon,
            c["lat"].as_f64().unwrap(),
            c["lon"].as_f64().unwrap(),
        );
        let got = office["distance_m"].as_f64().unwrap();
        assert!(
            (got - expected).abs() < 0.01,
            "{}: {got} vs {expected}",
            office["name"]
        );
    }

    // Every partial agency list says so, with its note.
    let coverage = body["coverage"].as_array().unwrap();
    let agencies: Vec<&str> = coverage
        .iter()
        .filter_map(|c| c["agency"].as_str())
        .collect();
    assert_eq!(agencies, ["DCFS", "DPSS"]);
    assert!(coverage
        .iter()
        .all(|c| c["status"] == "partial" && !c["note"].as_str().unwrap_or("").is_empty()));

    // The first five are the first five of the whole list: nothing nearer was left out.
    let all = get_json("/api/v1/nearest?zip=90020&limit=50").await;
    let all_ids: Vec<&Value> = offices(&all).iter().map(|o| &o["id"]).collect();
    let five_ids: Vec<&Value> = offices(&body).iter().map(|o| &o["id"]).collect();
    assert_eq!(five_ids, all_ids[..5]);
    assert!(non_decreasing(&distances(&all)));
    assert!(offices(&all).iter().any(|o| o["agency"] == "DCFS"));
    assert!(offices(&all).iter().any(|o| o["agency"] == "DPSS"));
}

#[tokio::test]
async fn zip_plus_four_is_the_same_search() {
    let plain = get_json("/api/v1/nearest?zip=90020").await;
    let plus4 = get_json("/api/v1/nearest?zip=90020-1234").await;
    assert_eq!(plain["offices"], plus4["offices"]);
    assert_eq!(plus4["point"]["zip"], "90020");
}

#[tokio::test]
async fn a_coordinate_searches_from_that_exact_point() {
    let reply = get("/api/v1/nearest?lat=34.0443&lon=-118.2358").await;
    let body = json_of(&reply, 200, "lat/lon");
    assert_eq!(header(&reply, "cache-control"), "no-store");
    check_api_schema(&openapi().await, "NearestOffices", &body);
    assert_eq!(body["point"]["label"], "34.0443,-118.2358");
    assert_eq!(body["point"]["approximate"], false);
    assert_eq!(body["point"]["zip"], Value::Null);
    let first = &offices(&body)[0];
    assert_eq!(first["name"], "DPSS Civic Center District Office 14");
    assert!(first["distance_m"].as_f64().unwrap() < 50.0);
    assert!(non_decreasing(&distances(&body)));
    // Signs and whole degrees are plain decimals too.
    let signed = get_json("/api/v1/nearest?lat=%2B34&lon=-118").await;
    assert_eq!(signed["point"]["label"], "34,-118");
}

#[tokio::test]
async fn the_agency_filter_is_case_insensitive_and_limits_coverage() {
    for value in ["dcfs", "DCFS", "Dcfs"] {
        let body = get_json(&format!(
            "/api/v1/nearest?zip=90020&agency={value}&limit=50"
        ))
        .await;
        assert_eq!(body["agencies"], json!(["DCFS"]), "{value}");
        assert_eq!(offices(&body).len(), 19, "every DCFS office with a point");
        assert!(offices(&body).iter().all(|o| o["agency"] == "DCFS"));
        assert!(non_decreasing(&distances(&body)));
        let coverage = body["coverage"].as_array().unwrap();
        assert_eq!(coverage.len(), 1);
        assert_eq!(coverage[0]["agency"], "DCFS");
    }
    let dpss = get_json("/api/v1/nearest?lat=34.05&lon=-118.25&agency=dPsS&limit=50").await;
    assert!(!offices(&dpss).is_empty());
    assert!(offices(&dpss).iter().all(|o| o["agency"] == "DPSS"));
    assert_eq!(dpss["coverage"][0]["agency"], "DPSS");
}

#[tokio::test]
async fn limit_takes_1_to_50() {
    let one = get_json("/api/v1/nearest?zip=90012&limit=1").await;
    assert_eq!(offices(&one).len(), 1);
    let fifty = get_json("/api/v1/nearest?zip=90012&limit=50").await;
    // Fewer offices than 50 have a point: all of them, nearest first.
    let with_point = get_json("/api/v1/service_at_locations?per_page=100").await["contents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["location"]["latitude"].is_number())
        .count();
    assert_eq!(offices(&fifty).len(), with_point);
    assert_eq!(offices(&one)[0], offices(&fifty)[0]);
    for bad in [
        "0",
        "51",
        "-1",
        "abc",
        "5.0",
        "",
        "%2B5",
        "1e1",
        "99999999999999999999",
    ] {
        expect_problems(
            &format!("/api/v1/nearest?zip=90012&limit={bad}"),
            400,
            &[("bad_limit", "limit")],
        )
        .await;
    }
}

#[tokio::test]
async fn a_place_name_gives_offices_or_zip_codes_to_choose_from() {
    let doc = openapi().await;
    let avalon = get_json("/api/v1/nearest?q=avalon").await;
    assert_eq!(avalon["outcome"], "offices");
    assert_eq!(avalon["point"]["zip"], "90704");
    check_api_schema(&doc, "NearestOffices", &avalon);

    let reply = get("/api/v1/nearest?q=Pasadena&agency=dcfs&limit=3").await;
    let choose = json_of(&reply, 200, "ambiguous");
    assert_eq!(header(&reply, "cache-control"), "no-store");
    check_api_schema(&doc, "ChoosePlace", &choose);
    assert_eq!(choose["outcome"], "choose_place");
    assert_eq!(choose["name"], "Pasadena");
    let choices = choose["choices"].as_array().unwrap();
    assert!(choices.len() > 1);
    for c in choices {
        let href = c["href"].as_str().unwrap();
        assert_eq!(
            href,
            format!(
                "/api/v1/nearest?zip={}&agency=dcfs&limit=3",
                c["zip"].as_str().unwrap()
            )
        );
        let followed = get_json(href).await;
        assert_eq!(followed["outcome"], "offices");
        assert_eq!(followed["point"]["zip"], c["zip"]);
        assert_eq!(offices(&followed).len(), 3);
    }
    // A typed coordinate in q works like the search box.
    let typed = get_json("/api/v1/nearest?q=34.0443,-118.2358").await;
    assert_eq!(
        typed["offices"][0]["name"],
        "DPSS Civic Center District Office 14"
    );
}

// ---------------------------------------------------------------------------------------
// /nearest: problems

#[tokio::test]
async fn missing_or_mixed_locations_are_400() {
    expect_problems("/api/v1/nearest", 400, &[("missing_parameter", "zip")]).await;
    expect_problems(
        "/api/v1/nearest?agency=dcfs",
        400,
        &[("missing_parameter", "zip")],
    )
    .await;
    expect_problems(
        "/api/v1/nearest?lat=34.05",
        400,
        &[("missing_parameter", "lon")],
    )
    .await;
    expect_problems(
        "/api/v1/nearest?lon=-118.25",
        400,
        &[("missing_parameter", "lat")],
    )
    .await;
}

/// Several origins: the most exact wins (location, then zip, then q), as on the search page.
#[tokio::test]
async fn the_most_exact_origin_wins() {
    let from = |json: &Value| json["point"].clone();
    let zip = get_json("/api/v1/nearest?zip=90020").await;
    assert_eq!(
        from(&get_json("/api/v1/nearest?zip=90020&q=Avalon").await),
        from(&zip)
    );
    let location = get_json("/api/v1/nearest?lat=34.05&lon=-118.25").await;
    assert_eq!(
        from(&get_json("/api/v1/nearest?zip=90020&lat=34.05&lon=-118.25&q=Avalon").await),
        from(&location)
    );
    // A half location still wins, and is a malformed one.
    expect_problems(
        "/api/v1/nearest?zip=90020&lat=34.05",
        400,
        &[("missing_parameter", "lon")],
    )
    .await;
}

/// ZIP codes and coordinates typed with another script's digits (Arabic, Persian, Devanagari,
/// Thai, Khmer keyboards; full-width from CJK input) answer in `q` as the ASCII ones do.
/// `zip` is a machine's parameter with the document's exact pattern: typed text is a 400
/// there that points to `q`.
#[tokio::test]
async fn native_digits_answer_as_ascii_digits() {
    let ascii = get_json("/api/v1/nearest?zip=90020").await;
    for zip in ["90020-1234", "90020 1234", "900201234"] {
        for parameter in ["zip", "q"] {
            let url = format!("/api/v1/nearest?{parameter}={}", encode(zip));
            let json = get_json(&url).await;
            assert_eq!(json["point"], ascii["point"], "{url}");
            assert_eq!(json["offices"], ascii["offices"], "{url}");
        }
    }
    for typed in [
        "٩٠٠٢٠",
        "۹۰۰۲۰",
        "९००२०",
        "๙๐๐๒๐",
        "៩០០២០",
        "９００２０",
        "90020–1234",
    ] {
        let url = format!("/api/v1/nearest?q={}", encode(typed));
        let json = get_json(&url).await;
        assert_eq!(json["point"], ascii["point"], "{url}");
        assert_eq!(json["offices"], ascii["offices"], "{url}");
        let body = expect_problems(
            &format!("/api/v1/nearest?zip={}", encode(typed)),
            400,
            &[("malformed_zip", "zip")],
        )
        .await;
        assert!(body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("goes in q"));
    }
    let ascii = get_json("/api/v1/nearest?q=34.05,-118.25").await;
    for typed in ["٣٤٫٠٥،-١١٨٫٢٥", "۳۴٫۰۵,-۱۱۸٫۲۵", "३४.०५,-११८.२५"]
    {
        let url = format!("/api/v1/nearest?q={}", encode(typed));
        let json = get_json(&url).await;
        assert_eq!(json["offices"], ascii["offices"], "{url}");
    }
}

#[tokio::test]
async fn malformed_zip_codes_and_coordinates_are_400() {
    for (query, code, parameter) in [
        ("zip=9002", "malformed_zip", "zip"),
        ("zip=900201", "malformed_zip", "zip"),
        ("zip=ABCDE", "malformed_zip", "zip"),
        ("zip=Pasadena", "malformed_zip", "zip"),
        ("zip=90020-12", "malformed_zip", "zip"),
        ("zip=", "empty", "zip"),
        ("zip=%2090020", "malformed_zip", "zip"),
        ("zip=90020%0A", "malformed_zip", "zip"),
        ("q=", "empty", "q"),
        ("lat=1e1&lon=-118", "malformed_coordinate", "lat"),
        ("lat=34.&lon=-118", "malformed_coordinate", "lat"),
        ("lat=NaN&lon=-118", "malformed_coordinate", "lat"),
        ("lat=34.05%20&lon=-118", "malformed_coordinate", "lat"),
        ("lat=34,05&lon=-118", "malformed_coordinate", "lat"),
        ("lat=91&lon=-118", "malformed_coordinate", "lat"),
        ("lat=34&lon=-181", "malformed_coordinate", "lon"),
        ("lat=34&lon=", "malformed_coordinate", "lon"),
        (
            "lat=90.000000000000001&lon=-118",
            "malformed_coordinate",
            "lat",
        ),
        // Checked though not used: `lat`/`lon` win, but a bad `zip` is still a bad request.
        ("lat=34.05&lon=-118.25&zip=9002", "malformed_zip", "zip"),
    ] {
        expect_problems(
            &format!("/api/v1/nearest?{query}"),
            400,
            &[(code, parameter)],
        )
        .await;
    }
    // `q` is free text: any 1 to 100 characters are a valid request, so text that names no
    // place is a 404, whose code says why.
    for (query, code) in [
        ("q=9002", "malformed_zip"),
        ("q=34.05%20-118.25", "malformed_coordinate"),
        ("q=%20%E2%80%8B", "empty"),
        ("q=Springfieldia", "unknown_place"),
    ] {
        expect_problems(&format!("/api/v1/nearest?{query}"), 404, &[(code, "q")]).await;
    }
    // Latitude and longitude swapped: -118.25 is no latitude at all.
    expect_problems(
        "/api/v1/nearest?lat=-118.25&lon=34.05",
        400,
        &[("malformed_coordinate", "lat")],
    )
    .await;
    // Both halves wrong: both named.
    expect_problems(
        "/api/v1/nearest?lat=north&lon=west",
        400,
        &[
            ("malformed_coordinate", "lat"),
            ("malformed_coordinate", "lon"),
        ],
    )
    .await;
}

#[tokio::test]
async fn places_outside_the_county_are_404() {
    for (query, problems) in [
        ("zip=10001", vec![("zip_not_in_county", "zip")]),
        ("zip=94103-1234", vec![("zip_not_in_county", "zip")]),
        ("q=99999", vec![("zip_not_in_county", "q")]),
        ("q=Springfieldia", vec![("unknown_place", "q")]),
        ("q=37.77,-122.42", vec![("coordinate_outside_county", "q")]),
        // In the county's box but not in the county: Anaheim (Orange), Ontario (San
        // Bernardino), Simi Valley (Ventura), north of Lancaster (Kern).
        ("q=33.84,-117.91", vec![("coordinate_outside_county", "q")]),
        ("q=34.06,-117.65", vec![("coordinate_outside_county", "q")]),
        ("q=34.27,-118.78", vec![("coordinate_outside_county", "q")]),
        ("q=35.0,-118.3", vec![("coordinate_outside_county", "q")]),
        (
            "lat=33.68&lon=-117.79",
            vec![
                ("coordinate_outside_county", "lat"),
                ("coordinate_outside_county", "lon"),
            ],
        ),
        (
            "lat=34.05&lon=-117.0",
            vec![
                ("coordinate_outside_county", "lat"),
                ("coordinate_outside_county", "lon"),
            ],
        ),
        (
            "lat=35.5&lon=-118.25",
            vec![
                ("coordinate_outside_county", "lat"),
                ("coordinate_outside_county", "lon"),
            ],
        ),
        (
            "lat=37.77&lon=-122.42",
            vec![
                ("coordinate_outside_county", "lat"),
                ("coordinate_outside_county", "lon"),
            ],
        ),
    ] {
        expect_problems(&format!("/api/v1/nearest?{query}"), 404, &problems).await;
    }
}

#[tokio::test]
async fn the_service_filter_keeps_the_offices_offering_it() {
    let services = get_json("/api/v1/services?per_page=100").await;
    let id_of = |name: &str| {
        services["contents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .and_then(|s| s["id"].as_str())
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("no service {name}"))
    };
    let dpss_office = id_of("DPSS office");
    let body = get_json(&format!(
        "/api/v1/nearest?zip=90020&service={dpss_office}&limit=50"
    ))
    .await;
    assert!(!offices(&body).is_empty());
    assert!(offices(&body).iter().all(|o| o["agency"] == "DPSS"));
    let upper = get_json(&format!(
        "/api/v1/nearest?zip=90020&service={}&limit=50",
        dpss_office.to_uppercase()
    ))
    .await;
    assert_eq!(offices(&upper), offices(&body), "ids in any case");
    // Agency and service together: a DCFS service at DPSS offices is nothing.
    let dcfs_office = id_of("DCFS regional office");
    let none = get_json(&format!(
        "/api/v1/nearest?zip=90020&service={dcfs_office}&agency=dpss"
    ))
    .await;
    assert_eq!(offices(&none).len(), 0);
    // A place name keeps the filter in the links to choose a ZIP code.
    let choose = get_json(&format!("/api/v1/nearest?q=Glendale&service={dpss_office}")).await;
    if choose["outcome"] == "choose_place" {
        let href = choose["choices"][0]["href"].as_str().unwrap();
        assert!(href.contains(&format!("&service={dpss_office}")), "{href}");
    }
    expect_problems(
        "/api/v1/nearest?zip=90020&service=dpss",
        400,
        &[("bad_service", "service")],
    )
    .await;
    expect_problems(
        "/api/v1/nearest?zip=90020&service=00000000-0000-0000-0000-000000000000",
        404,
        &[("unknown_service", "service")],
    )
    .await;
}

#[tokio::test]
async fn bad_agency_unknown_and_repeated_parameters_are_400() {
    for bad in ["cdss", "", "dcfs,dpss", "%20dcfs"] {
        expect_problems(
            &format!("/api/v1/nearest?zip=90020&agency={bad}"),
            400,
            &[("bad_agency", "agency")],
        )
        .await;
    }
    expect_problems(
        "/api/v1/nearest?zip=90020&agancy=dcfs",
        400,
        &[("unsupported_parameter", "agancy")],
    )
    .await;
    expect_problems(
        "/api/v1/nearest?zip=90020&zip=90012",
        400,
        &[("repeated_parameter", "zip")],
    )
    .await;
    // Several problems at once; a malformed one makes the whole answer 400.
    expect_problems(
        "/api/v1/nearest?zip=10001&agency=x&limit=0",
        400,
        &[
            ("bad_agency", "agency"),
            ("bad_limit", "limit"),
            ("zip_not_in_county", "zip"),
        ],
    )
    .await;
}

#[tokio::test]
async fn problems_never_repeat_the_input() {
    let secret = "SECRETVALUE".repeat(40);
    for query in [
        format!("zip={secret}"),
        format!("q={secret}"),
        format!("lat={secret}&lon=-118"),
        format!("zip=90020&limit={secret}"),
        format!("zip=90020&agency={secret}"),
        "zip=10001".to_owned(),
        "lat=37.77&lon=-122.42".to_owned(),
    ] {
        let reply = get(&format!("/api/v1/nearest?{query}")).await;
        assert!(reply.status.is_client_error(), "{query}");
        assert!(!reply.body.contains("SECRET"), "{query}: {}", reply.body);
        assert!(!reply.body.contains("10001"), "{query}: {}", reply.body);
        assert!(!reply.body.contains("37.77"), "{query}: {}", reply.body);
    }
    // A long q is refused before it is read.
    expect_problems(
        &format!("/api/v1/nearest?q={}", "a".repeat(101)),
        400,
        &[("too_long", "q")],
    )
    .await;
    // Parameter names are repeated, but cut short.
    let body = expect_problems(
        &format!("/api/v1/nearest?zip=90020&{secret}=1"),
        400,
        &[("unsupported_parameter", &secret[..32])],
    )
    .await;
    assert_eq!(
        body["errors"][0]["parameter"].as_str().map(str::len),
        Some(32)
    );
}

// ---------------------------------------------------------------------------------------
// HSDS endpoints

/// Every record of a list endpoint, page by page (checking each page's arithmetic).
async fn all_pages(path: &str, per_page: usize) -> Vec<Value> {
    let doc_page =
        read_json(schema_dir().join("openapi.json"))["components"]["schemas"]["Page"].clone();
    let page_validator = jsonschema::validator_for(&doc_page).unwrap();
    let first = get_json(&format!("{path}?per_page={per_page}")).await;
    let total = first["total_items"].as_u64().unwrap() as usize;
    let pages = total.div_ceil(per_page);
    assert_eq!(first["total_pages"].as_u64(), Some(pages as u64), "{path}");
    let mut records = Vec::new();
    for n in 1..=pages {
        let reply = get(&format!("{path}?page={n}&per_page={per_page}")).await;
        assert_eq!(header(&reply, "cache-control"), "public, max-age=300");
        let page = json_of(&reply, 200, path);
        assert!(page_validator.is_valid(&page), "{path} page {n}");
        check_api_schema(&openapi().await, "Page", &page);
        let contents = page["contents"].as_array().unwrap();
        let expected_size = if n < pages {
            per_page
        } else {
            total - per_page * (pages - 1)
        };
        assert_eq!(page["page_number"].as_u64(), Some(n as u64));
        assert_eq!(
            page["size"].as_u64(),
            Some(expected_size as u64),
            "{path} page {n}"
        );
        assert_eq!(contents.len(), expected_size);
        assert_eq!(page["total_items"].as_u64(), Some(total as u64));
        assert_eq!(page["first_page"], n == 1);
        assert_eq!(page["last_page"], n == pages);
        assert_eq!(page["empty"], false);
        records.extend(contents.iter().cloned());
    }
    // Past the end: an empty page, not an error.
    let past = get_json(&format!("{path}?page={}&per_page={per_page}", pages + 1)).await;
    assert_eq!(past["empty"], true);
    assert_eq!(past["size"], 0);
    assert_eq!(past["contents"], json!([]));
    assert_eq!(past["last_page"], true);
    assert_eq!(past["first_page"], false);
    assert_eq!(past["total_items"].as_u64(), Some(total as u64));
    records
}

fn dataset() -> Value {
    read_json(repo_root().join("data/linkages-hsds.json"))
}

fn ids(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn api_root_says_version_profile_and_where_the_description_is() {
    let reply = call(
        Request::get("/api/v1")
            .header("host", "localhost:3000")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let root = json_of(&reply, 200, "root");
    assert_eq!(header(&reply, "cache-control"), "public, max-age=300");
    assert_eq!(root["version"], "3.1");
    assert_eq!(
        root["openapi_url"],
        "http://localhost:3000/api/v1/openapi.json"
    );
    // The official API's schema for this answer, with URI formats checked.
    let official = read_json(schema_dir().join("openapi.json"));
    let schema =
        &official["paths"]["/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap();
    assert!(validator.is_valid(&root), "{root}");
    check_api_schema(&openapi().await, "ApiRoot", &root);

    let public = call(
        Request::get("/api/v1")
            .header("host", "linkages.example.org")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(
        json_of(&public, 200, "root")["openapi_url"],
        "https://linkages.example.org/api/v1/openapi.json"
    );
}

#[tokio::test]
async fn services_list_and_records_follow_the_official_schemas() {
    let list = all_pages("/api/v1/services", 10).await;
    let d = dataset();
    assert_eq!(ids(&list), ids(d["services"].as_array().unwrap()));
    assert_eq!(list.len(), 28);
    check_hsds("service_list.json", &list);
    assert!(
        list.iter().all(|s| s.get("phones").is_none()),
        "one-to-one fields only"
    );

    let mut records = Vec::new();
    for id in ids(&list) {
        let reply = get(&format!("/api/v1/services/{id}")).await;
        assert_eq!(header(&reply, "cache-control"), "public, max-age=300");
        records.push(json_of(&reply, 200, &id));
    }
    check_hsds("service.json", &records);
    // The office services list where they are offered, with each whole location.
    let dcfs_offices = records
        .iter()
        .find(|s| s["name"] == "DCFS regional office")
        .unwrap();
    let places = dcfs_offices["service_at_locations"].as_array().unwrap();
    assert_eq!(places.len(), 19);
    assert!(places.iter().all(|p| p["location"]["addresses"].is_array()));
    assert!(dcfs_offices["organization"]["name"]
        .as_str()
        .unwrap()
        .contains("Children and Family Services"));
    // Phone lines carry their numbers.
    assert!(records.iter().any(|s| s["phones"][0]["number"].is_string()));
}

#[tokio::test]
async fn organizations_list_and_records_follow_the_official_schemas() {
    let list = all_pages("/api/v1/organizations", 2).await;
    let d = dataset();
    assert_eq!(ids(&list), ids(d["organizations"].as_array().unwrap()));
    check_hsds("organization_list.json", &list);
    let mut records = Vec::new();
    for id in ids(&list) {
        records.push(get_json(&format!("/api/v1/organizations/{id}")).await);
    }
    check_hsds("organization.json", &records);
    let dpss = records
        .iter()
        .find(|o| o["name"] == "Los Angeles County Department of Public Social Services")
        .unwrap();
    assert!(!dpss["services"].as_array().unwrap().is_empty());
    assert!(!dpss["locations"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn service_at_locations_list_and_records_follow_the_official_schemas() {
    let list = all_pages("/api/v1/service_at_locations", 10).await;
    let d = dataset();
    assert_eq!(
        ids(&list),
        ids(d["service_at_locations"].as_array().unwrap())
    );
    assert_eq!(list.len(), 25);
    check_hsds("service_at_location_list.json", &list);
    assert!(list
        .iter()
        .all(|s| s["location"]["id"] == s["location_id"] && s["service"]["id"] == s["service_id"]));

    let mut records = Vec::new();
    for id in ids(&list) {
        records.push(get_json(&format!("/api/v1/service_at_locations/{id}")).await);
    }
    check_hsds("service_at_location.json", &records);
    for r in &records {
        let location = &r["location"];
        assert_eq!(location["location_type"], "physical");
        assert!(location["addresses"][0]["postal_code"].is_string());
        assert_eq!(r["service"]["id"], r["service_id"]);
    }
    // The nested location also validates against the location schema on its own.
    let location_schema = location_schema();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&location_schema)
        .unwrap();
    assert!(records.iter().all(|r| validator.is_valid(&r["location"])));
}

#[tokio::test]
async fn the_organization_filter_keeps_its_services_only() {
    let dcfs_id = "372dc294-c676-565f-89d9-5a5446863075";
    let services = get_json(&format!(
        "/api/v1/services?organization_id={dcfs_id}&per_page=100"
    ))
    .await;
    let contents = services["contents"].as_array().unwrap();
    assert!(!contents.is_empty());
    assert!(contents.iter().all(|s| s["organization_id"] == dcfs_id));
    let places = get_json(&format!(
        "/api/v1/service_at_locations?organization_id={dcfs_id}&per_page=100"
    ))
    .await;
    assert_eq!(places["total_items"], 19);
    expect_problems(
        "/api/v1/services?organization_id=nobody",
        400,
        &[("bad_organization_id", "organization_id")],
    )
    .await;
    expect_problems(
        "/api/v1/service_at_locations?organization_id=%04",
        400,
        &[("bad_organization_id", "organization_id")],
    )
    .await;
    // Any case: a UUID is the same id.
    let upper = get_json(&format!(
        "/api/v1/services?organization_id={}&per_page=100",
        dcfs_id.to_uppercase()
    ))
    .await;
    assert_eq!(upper["contents"], services["contents"]);
    let nobody =
        get_json("/api/v1/services?organization_id=00000000-0000-0000-0000-000000000000").await;
    assert_eq!(
        (
            nobody["total_items"].clone(),
            nobody["total_pages"].clone(),
            nobody["empty"].clone()
        ),
        (json!(0), json!(0), json!(true))
    );
}

#[tokio::test]
async fn postcode_and_proximity_keep_the_places_within_the_radius_nearest_first() {
    let (lat, lon) = zip_centroid("90020");
    let everything = get_json("/api/v1/service_at_locations?per_page=100").await;
    let distance_of = |s: &Value| {
        let l = &s["location"];
        match (l["latitude"].as_f64(), l["longitude"].as_f64()) {
            (Some(la), Some(lo)) => Some(haversine(lat, lon, la, lo)),
            _ => None,
        }
    };
    for radius in [0.0, 2_500.0, 5_000.0, 10_000.0, 25_000.0, 500_000.0] {
        let reply = get(&format!(
            "/api/v1/service_at_locations?postcode=90020&proximity={radius}&per_page=100"
        ))
        .await;
        assert_eq!(
            header(&reply, "cache-control"),
            "no-store",
            "a postcode is personal"
        );
        let page = json_of(&reply, 200, "proximity");
        let contents = page["contents"].as_array().unwrap();
        let got: Vec<f64> = contents
            .iter()
            .map(|s| distance_of(s).expect("a location with a point"))
            .collect();
        assert!(got.iter().all(|m| *m <= radius + 1e-6), "{radius}: {got:?}");
        assert!(non_decreasing(&got), "{radius}: nearest first");
        // Nothing within the radius is missing.
        let expected: BTreeSet<&str> = everything["contents"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| distance_of(s).is_some_and(|m| m <= radius))
            .map(|s| s["id"].as_str().unwrap())
            .collect();
        let returned: BTreeSet<&str> = contents.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(returned, expected, "{radius}");
        assert_eq!(page["total_items"].as_u64(), Some(expected.len() as u64));
        check_hsds("service_at_location_list.json", contents);
    }
    let ten_km = get_json("/api/v1/service_at_locations?postcode=90020&proximity=10000").await;
    assert!(ten_km["total_items"].as_u64().unwrap() >= 3, "{ten_km}");

    // A postcode alone filters nothing (no service areas) but orders by distance.
    let ordered = get_json("/api/v1/service_at_locations?postcode=90020&per_page=100").await;
    let contents = ordered["contents"].as_array().unwrap();
    assert_eq!(contents.len(), 25);
    let known: Vec<f64> = contents.iter().filter_map(distance_of).collect();
    assert!(non_decreasing(&known));
    // Paging a filtered list.
    let second = get_json("/api/v1/service_at_locations?postcode=90020&page=2&per_page=10").await;
    assert_eq!(second["contents"][0], contents[10]);
}

#[tokio::test]
async fn hsds_problems() {
    for path in [
        "/api/v1/services/00000000-0000-0000-0000-000000000000",
        "/api/v1/organizations/not-an-id",
        "/api/v1/service_at_locations/5d4332a6-4859-56db-ba4a-ca8f40e85c0c",
    ] {
        expect_problems(path, 404, &[("not_found", "id")]).await;
    }
    for list in [
        "/api/v1/services",
        "/api/v1/organizations",
        "/api/v1/service_at_locations",
    ] {
        for (query, problems) in [
            ("page=0", vec![("bad_page", "page")]),
            ("page=-1", vec![("bad_page", "page")]),
            ("page=abc", vec![("bad_page", "page")]),
            ("page=", vec![("bad_page", "page")]),
            ("page=1.5", vec![("bad_page", "page")]),
            ("page=9999999999", vec![("bad_page", "page")]),
            ("per_page=0", vec![("bad_per_page", "per_page")]),
            ("per_page=101", vec![("bad_per_page", "per_page")]),
            ("per_page=ten", vec![("bad_per_page", "per_page")]),
            (
                "page=0&per_page=0",
                vec![("bad_page", "page"), ("bad_per_page", "per_page")],
            ),
            ("page=1&page=2", vec![("repeated_parameter", "page")]),
            ("search=dpss", vec![("unsupported_parameter", "search")]),
            ("format=ndjson", vec![("unsupported_parameter", "format")]),
        ] {
            expect_problems(&format!("{list}?{query}"), 400, &problems).await;
        }
    }
    let sal = "/api/v1/service_at_locations";
    for (query, status, problems) in [
        (
            "postcode=90020&proximity=-1",
            400,
            vec![("bad_proximity", "proximity")],
        ),
        (
            "postcode=90020&proximity=1e4",
            400,
            vec![("bad_proximity", "proximity")],
        ),
        (
            "postcode=90020&proximity=500001",
            400,
            vec![("bad_proximity", "proximity")],
        ),
        (
            "postcode=90020&proximity=",
            400,
            vec![("bad_proximity", "proximity")],
        ),
        ("postcode=9002", 400, vec![("malformed_zip", "postcode")]),
        ("postcode=", 400, vec![("empty", "postcode")]),
        (
            "postcode=10001",
            404,
            vec![("zip_not_in_county", "postcode")],
        ),
        (
            "postcode=10001&proximity=5000",
            404,
            vec![("zip_not_in_county", "postcode")],
        ),
        (
            "postcode=10001&per_page=0",
            400,
            vec![
                ("bad_per_page", "per_page"),
                ("zip_not_in_county", "postcode"),
            ],
        ),
    ] {
        expect_problems(&format!("{sal}?{query}"), status, &problems).await;
    }
    // Without a postcode, proximity has no centre: it is not used (documented).
    assert_eq!(
        get_json(&format!("{sal}?proximity=5000")).await,
        get_json(sal).await
    );
    // Messages are true for the value given.
    for list in ["/api/v1/services", "/api/v1/organizations", sal] {
        for (query, problem, message) in [
            (
                "page=54460759973536896",
                ("bad_page", "page"),
                "page is larger than 10000",
            ),
            (
                "page=10001",
                ("bad_page", "page"),
                "page is larger than 10000",
            ),
            (
                "per_page=65&page=1637017451",
                ("bad_page", "page"),
                "page is larger than 10000",
            ),
            (
                "page=0",
                ("bad_page", "page"),
                "page must be a whole number from 1 to 10000",
            ),
            (
                "per_page=101",
                ("bad_per_page", "per_page"),
                "per_page is larger than 100",
            ),
        ] {
            let body = expect_problems(&format!("{list}?{query}"), 400, &[problem]).await;
            let said = body["errors"][0]["message"].as_str().unwrap();
            assert!(said.starts_with(message), "{list}?{query}: {said}");
        }
        // The largest page is a page: empty, past the end.
        let last = get_json(&format!("{list}?page=10000")).await;
        assert_eq!(last["empty"], true);
    }
    let body = expect_problems(
        "/api/v1/organizations/not-an-id%04",
        404,
        &[("not_found", "id")],
    )
    .await;
    assert!(body["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("UUIDs"));
}

/// Source ids named by attributes anywhere inside `record`.
fn source_ids(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            let kind = map.get("link_type").and_then(Value::as_str);
            if matches!(kind, Some("linkages:source" | "linkages:coordinate_origin")) {
                if let Some(id) = map.get("value").and_then(Value::as_str) {
                    out.insert(id.to_owned());
                }
            }
            map.values().for_each(|v| source_ids(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| source_ids(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn every_source_a_record_names_is_listed_with_its_licence() {
    let reply = get("/api/v1/dataset").await;
    let meta = json_of(&reply, 200, "dataset");
    assert_eq!(header(&reply, "cache-control"), "public, max-age=300");
    check_api_schema(&openapi().await, "DatasetMeta", &meta);
    let listed: BTreeSet<String> = meta["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    let mut named = BTreeSet::new();
    for list in ["services", "organizations", "service_at_locations"] {
        let page = get_json(&format!("/api/v1/{list}?per_page=100")).await;
        for record in page["contents"].as_array().unwrap() {
            let id = record["id"].as_str().unwrap();
            source_ids(&get_json(&format!("/api/v1/{list}/{id}")).await, &mut named);
        }
    }
    assert!(named.len() > 5, "{named:?}");
    let missing: Vec<&String> = named.difference(&listed).collect();
    assert!(missing.is_empty(), "sources not listed: {missing:?}");
    assert!(meta["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["attribution_required"] == true)
        .all(|s| s["attribution"].is_string()));
}

#[tokio::test]
async fn the_schema_checks_catch_bad_answers() {
    // Guards against checks that accept everything.
    let doc = openapi().await;
    let good = get_json("/api/v1/nearest?zip=90020&limit=1").await;
    assert!(api_schema_problems(&doc, "NearestOffices", &good).is_empty());
    let mut extra = good.clone();
    extra["offices"][0]["colour"] = json!("red");
    assert!(!api_schema_problems(&doc, "NearestOffices", &extra).is_empty());
    let mut missing = good.clone();
    missing["offices"][0]
        .as_object_mut()
        .unwrap()
        .remove("distance_m");
    assert!(!api_schema_problems(&doc, "NearestOffices", &missing).is_empty());
    let mut wrong = good;
    wrong["offices"][0]["hours"]["state"] = json!({"state": "open_maybe"});
    assert!(!api_schema_problems(&doc, "NearestOffices", &wrong).is_empty());
    assert!(!api_schema_problems(&doc, "Errors", &json!({"errors": []})).is_empty());

    let schema = hsds_schema("service_at_location.json");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut record =
        get_json("/api/v1/service_at_locations?per_page=1").await["contents"][0].clone();
    assert!(validator.is_valid(&record));
    record["location"]["location_type"] = json!("spaceship");
    record["id"] = json!("not-a-uuid");
    assert!(validator.iter_errors(&record).count() >= 2);
    let mut extra = Vec::new();
    unknown_keys(
        &schema,
        &json!({"id": "x", "distance_m": 3}),
        "",
        &mut extra,
    );
    assert_eq!(extra, ["/distance_m"]);
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    for path in ["/api/v1/nope", "/api/v1/services/a/b", "/api/v1/taxonomies"] {
        let reply = get(path).await;
        let body = json_of(&reply, 404, path);
        assert_eq!(body["errors"][0]["error"], "not_found");
    }
}

// ---------------------------------------------------------------------------------------
// OpenAPI

/// Every operation this server answers under /api/v1 (method, path in the document).
const SERVED: &[(&str, &str)] = &[
    ("get", "/"),
    ("get", "/openapi.json"),
    ("get", "/nearest"),
    ("get", "/dataset"),
    ("get", "/export/hsds.json"),
    ("get", "/export/hsds-tabular.zip"),
    ("get", "/services"),
    ("get", "/services/{id}"),
    ("get", "/organizations"),
    ("get", "/organizations/{id}"),
    ("get", "/service_at_locations"),
    ("get", "/service_at_locations/{id}"),
    ("post", "/screening"),
];

/// Every `$ref` inside the document that points into it.
fn local_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v.as_str()) {
                    ("$ref", Some(r)) if r.starts_with('#') => out.push(r.to_owned()),
                    _ => local_refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| local_refs(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn openapi_describes_exactly_the_routes_served() {
    let reply = get("/api/v1/openapi.json").await;
    let doc = json_of(&reply, 200, "openapi");
    assert_eq!(header(&reply, "cache-control"), "public, max-age=300");
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    assert_eq!(doc["servers"][0]["url"], "/api/v1");

    let methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .filter(|k| methods.contains(&k.as_str()))
                .map(move |m| (m.clone(), path.clone()))
        })
        .collect();
    let served: BTreeSet<(String, String)> = SERVED
        .iter()
        .map(|(m, p)| ((*m).to_owned(), (*p).to_owned()))
        .collect();
    assert_eq!(documented, served);

    // Every documented operation is answered (not 404/405) at its path. The root `/` is the
    // server URL itself, `/api/v1` (no path but `/` ends in a slash; `/api/v1/` redirects).
    let d = dataset();
    let first_id = |table: &str| d[table][0]["id"].as_str().unwrap().to_owned();
    for (method, path) in SERVED {
        let url = format!(
            "/api/v1{}",
            path.trim_end_matches('/').replace(
                "{id}",
                &match path.split('/').nth(1) {
                    Some("services") => first_id("services"),
                    Some("organizations") => first_id("organizations"),
                    _ => first_id("service_at_locations"),
                }
            )
        );
        let reply = match *method {
            "post" => {
                call(
                    Request::post(&url)
                        .header("content-type", "application/json")
                        .body(Body::from(r#"{"answers": {}}"#))
                        .unwrap(),
                )
                .await
            }
            _ => {
                get(&format!(
                    "{url}{}",
                    if *path == "/nearest" {
                        "?zip=90020"
                    } else {
                        ""
                    }
                ))
                .await
            }
        };
        assert_eq!(reply.status, 200, "{method} {url}: {}", reply.body);
        let media = if path.ends_with(".zip") {
            "application/zip"
        } else {
            "application/json"
        };
        assert!(header(&reply, "content-type").starts_with(media), "{url}");
        // The media type served is the one documented.
        assert!(doc["paths"][path][method]["responses"]["200"]["content"][media].is_object());
        // Each operation documents a 200 and an id a client can generate code from.
        let op = &doc["paths"][path][method];
        assert!(op["responses"]["200"].is_object(), "{method} {path}");
        assert!(op["operationId"].is_string(), "{method} {path}");
    }
    // Unique operation ids.
    let op_ids: Vec<&str> = served
        .iter()
        .map(|(m, p)| doc["paths"][p][m]["operationId"].as_str().unwrap())
        .collect();
    assert_eq!(op_ids.iter().collect::<BTreeSet<_>>().len(), op_ids.len());

    // Internal references all resolve.
    let mut refs = Vec::new();
    local_refs(&doc, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        assert!(doc.pointer(&r[1..]).is_some(), "dangling {r}");
    }
    // HSDS records point at the very schemas the tests validate against (pinned commit).
    let service_ref = doc["paths"]["/services/{id}"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"]["$ref"]
        .as_str()
        .unwrap();
    assert_eq!(service_ref, "#/components/schemas/hsds_service");
}

#[tokio::test]
async fn openapi_screening_schemas_match_the_code() {
    use linkages_screening::{rules, Answer, Fact};
    let doc = openapi().await;
    let schemas = &doc["components"]["schemas"];
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_owned())
            .collect()
    };
    let facts: Vec<String> = Fact::ALL.iter().map(|f| f.as_str().to_owned()).collect();
    assert_eq!(names(&schemas["Fact"]["enum"]), facts);
    let answers: Vec<String> = Answer::ALL.iter().map(|a| a.as_str().to_owned()).collect();
    assert_eq!(names(&schemas["Answer"]["enum"]), answers);
    for fact in Fact::ALL {
        let allowed: Vec<String> = fact
            .options()
            .iter()
            .map(|a| a.as_str().to_owned())
            .collect();
        assert_eq!(
            names(
                &schemas["ScreeningRequest"]["properties"]["answers"]["properties"][fact.as_str()]
                    ["enum"]
            ),
            allowed,
            "{fact}"
        );
    }
    let paths: Vec<String> = rules::Path::ALL
        .iter()
        .map(|p| {
            serde_json::to_value(p)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(names(&schemas["PathId"]["enum"]), paths);
    let fits: Vec<String> = rules::Fit::ALL
        .iter()
        .map(|f| f.as_str().to_owned())
        .collect();
    assert_eq!(names(&schemas["Fit"]["enum"]), fits);
    let services: Vec<String> = rules::Service::ALL
        .iter()
        .map(|s| s.as_str().to_owned())
        .collect();
    assert_eq!(names(&schemas["ScreeningService"]["enum"]), services);

    // Real answers fit the documented shapes.
    let request =
        json!({"answers": {"dcfs_case": "yes", "calworks_now": "no", "homeless": "unsure"}});
    check_api_schema(&doc, "ScreeningRequest", &request);
    let ok = call(
        Request::post("/api/v1/screening")
            .header("content-type", "application/json")
            .body(Body::from(request.to_string()))
            .unwrap(),
    )
    .await;
    check_api_schema(&doc, "ScreeningResponse", &json_of(&ok, 200, "screening"));
    let bad = call(
        Request::post("/api/v1/screening")
            .header("content-type", "application/json")
            .body(Body::from(
                r#"{"answers": {"dcfs_case": "perhaps", "pets": "yes"}}"#,
            ))
            .unwrap(),
    )
    .await;
    check_api_schema(
        &doc,
        "AnswerErrors",
        &json_of(&bad, 422, "screening errors"),
    );
    let syntax = call(
        Request::post("/api/v1/screening")
            .header("content-type", "application/json")
            .body(Body::from("{not json"))
            .unwrap(),
    )
    .await;
    check_api_schema(&doc, "Errors", &json_of(&syntax, 400, "screening syntax"));
}

// ---------------------------------------------------------------------------------------
// Logging

#[tokio::test]
async fn the_request_log_has_the_path_but_never_the_query() {
    let (captured, _guard) = linkages_tests::log::capture();
    for path in [
        "/api/v1/nearest?zip=90020",
        "/api/v1/nearest?lat=34.0443&lon=-118.2358",
        "/api/v1/service_at_locations?postcode=91105&proximity=5000",
        "/api/v1/nearest?q=Glendora",
    ] {
        assert_eq!(get(path).await.status, 200, "{path}");
    }
    let log = captured.text();
    assert!(log.contains("/api/v1/nearest"), "{log}");
    assert!(log.contains("/api/v1/service_at_locations"), "{log}");
    for secret in [
        "90020", "34.0443", "118.2358", "91105", "Glendora", "zip=", "?",
    ] {
        assert!(!log.contains(secret), "{secret} in the log:\n{log}");
    }
}
