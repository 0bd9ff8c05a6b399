#![allow(clippy::expect_used, clippy::unwrap_used)]
//! "The office that serves your area": service areas from a polygon layer (the fixture of
//! the DCFS Regional Service Areas layer, imported with its shipped mapping) in the finder
//! page, the nearest-office API and the bulk export; and a dataset whose areas are not
//! usable is refused at load.

use axum::{body::Body, http::Request, Router};
use linkages_app::i18n::embedded::Catalogs;
use linkages_app::site::Assets;
use linkages_directory::dataset::gis_import::{import_areas, merge_into, read_mapping};
use linkages_directory::dataset::hsds::Dataset;
use linkages_directory::dataset::load::{embedded_dataset, validate, ValidationIssue};
use linkages_directory::places::Places;
use linkages_directory::search::service_areas::AreaProblem;
use linkages_directory::search::OfficeFinder;
use linkages_server::{app, AppState};
use linkages_tests::hsds::check_hsds;
use linkages_tests::{main_text, repo_root, send_to, test_app, Reply};
use serde_json::Value;

/// The shipped dataset with the fixture's DCFS areas: Metro North's square
/// (-118.32..-118.22 E, 34.00..34.08 N) and Belvedere's; no DPSS areas.
fn with_dcfs_areas() -> Dataset {
    let mut dataset = embedded_dataset().unwrap();
    let mut mapping = read_mapping(&repo_root().join("data/gis/dcfs_service_areas.toml")).unwrap();
    mapping.set_query_date("2026-11-30").unwrap();
    let layer =
        std::fs::read_to_string(repo_root().join("tests/fixtures/gis/dcfs_service_areas.geojson"))
            .unwrap();
    let import = import_areas(&layer, &mapping, &dataset).unwrap();
    merge_into(&mut dataset, &import).unwrap();
    dataset
}

fn app_with(dataset: Dataset) -> Router {
    let finder = OfficeFinder::new(dataset, Places::embedded().unwrap());
    let state = AppState::new(
        Catalogs::load().unwrap(),
        Assets::unbuilt(),
        std::env::temp_dir().join("linkages-tests-no-site"),
        finder,
    );
    app(state)
}

async fn get(app: Router, path: &str) -> Reply {
    send_to(app, Request::get(path).body(Body::empty()).unwrap()).await
}

fn json(reply: &Reply) -> Value {
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap()
}

fn names(offices: &Value) -> Vec<&str> {
    offices
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn the_api_says_which_office_serves_the_point_true_false_or_null() {
    let app = app_with(with_dcfs_areas());
    let body = json(
        &get(
            app.clone(),
            "/api/v1/nearest?lat=34.04&lon=-118.27&limit=25",
        )
        .await,
    );
    assert_eq!(names(&body["serving"]), ["Metro North"]);
    assert_eq!(body["areas_known"], serde_json::json!(["DCFS"]));
    let serves = |name: &str| {
        body["offices"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == name)
            .map(|o| o["serves_point"].clone())
            .unwrap()
    };
    assert_eq!(serves("Metro North"), Value::Bool(true));
    assert_eq!(
        serves("Belvedere"),
        Value::Bool(false),
        "has an area, elsewhere"
    );
    assert_eq!(serves("Compton"), Value::Null, "no area of its own loaded");
    assert_eq!(
        serves("Glendale - 02"),
        Value::Null,
        "DPSS: no areas at all"
    );

    // A point in no loaded area: nobody serves it, and the areas are still known.
    let body = json(&get(app.clone(), "/api/v1/nearest?lat=34.2&lon=-118.45").await);
    assert_eq!(body["serving"], serde_json::json!([]));
    assert_eq!(body["areas_known"], serde_json::json!(["DCFS"]));

    // The shipped dataset has no areas: null for every office, no agency known.
    let body = json(&get(test_app(), "/api/v1/nearest?lat=34.04&lon=-118.27").await);
    assert_eq!(body["areas_known"], serde_json::json!([]));
    assert!(body["offices"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["serves_point"].is_null()));
}

#[tokio::test]
async fn the_page_shows_your_office_apart_from_the_nearest_only_where_areas_are_known() {
    let app = app_with(with_dcfs_areas());
    let page = get(app.clone(), "/en/find?lat=34.04&lon=-118.27&agency=dcfs").await;
    assert_eq!(page.status, 200);
    let text = main_text(&page.body);
    let serving = text
        .split("Your office: serves your area")
        .nth(1)
        .expect("the section is shown");
    assert!(
        serving.trim_start().starts_with("1 Metro North") || serving.contains("Metro North"),
        "{serving}"
    );
    // Every agency shown has areas: the "nearest may not be yours" note has no place.
    assert!(
        !text.contains("may not be the office that handles your case"),
        "{text}"
    );

    // From a ZIP code's centre, the page says the answer is about that centre.
    let page = get(app.clone(), "/en/find?q=90012&agency=dcfs").await;
    assert!(main_text(&page.body).contains("We used the middle of the ZIP code"));

    // DPSS has no areas: its offices are "nearest" only, and the note stays.
    let page = get(app.clone(), "/en/find?lat=34.04&lon=-118.27&agency=dpss").await;
    let text = main_text(&page.body);
    assert!(!text.contains("Your office: serves your area"), "{text}");
    assert!(text.contains("may not be the office that handles your case"));

    // The shipped dataset: no section at all.
    let page = get(test_app(), "/en/find?lat=34.04&lon=-118.27").await;
    assert!(!page.body.contains("serving-title"));

    // In another language and direction, the same section.
    let page = get(app, "/ar/find?lat=34.04&lon=-118.27&agency=dcfs").await;
    assert!(main_text(&page.body).contains("مكتبك: يخدم منطقتك"));
}

#[tokio::test]
async fn the_export_carries_the_areas_and_validates() {
    let app = app_with(with_dcfs_areas());
    let reply = get(app, "/api/v1/export/hsds.json").await;
    let body = json(&reply);
    let services = body["services"].as_array().unwrap();
    let areas: Vec<&Value> = services
        .iter()
        .flat_map(|s| s["service_areas"].as_array().into_iter().flatten())
        .collect();
    assert_eq!(areas.len(), 2);
    assert!(areas
        .iter()
        .all(|a| a["service_at_location_id"].is_string()));
    check_hsds("service.json", services);
}

#[test]
fn a_dataset_with_an_unusable_area_is_refused_naming_it() {
    let mut dataset = with_dcfs_areas();
    assert!(validate(&dataset).is_empty());
    let area = dataset
        .services
        .iter_mut()
        .flat_map(|s| s.service_areas.iter_mut())
        .next()
        .unwrap();
    let id = area.id.clone();
    // Anaheim, in Orange County.
    area.extent = Some(
        r#"{"type":"Polygon","coordinates":[[[-117.95,33.80],[-117.90,33.80],[-117.90,33.85],[-117.95,33.85],[-117.95,33.80]]]}"#.into(),
    );
    let issues = validate(&dataset);
    assert!(
        matches!(&issues[..], [ValidationIssue::BadServiceArea { problem: AreaProblem::OutsideCounty { id: i, .. }, .. }] if *i == id),
        "{issues:?}"
    );
    // Projected metres, as a server that ignored outSR=4326 would send.
    let area = dataset
        .services
        .iter_mut()
        .flat_map(|s| s.service_areas.iter_mut())
        .next()
        .unwrap();
    area.extent = Some(
        r#"{"type":"Polygon","coordinates":[[[-13160000,4030000],[-13150000,4030000],[-13150000,4040000],[-13160000,4030000]]]}"#.into(),
    );
    let issues = validate(&dataset);
    assert!(
        issues[0].to_string().contains("not longitude and latitude"),
        "{issues:?}"
    );
}
