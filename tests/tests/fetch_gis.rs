#![allow(clippy::expect_used, clippy::unwrap_used)]
//! `linkages dataset fetch-gis` against a local server that answers like an ArcGIS
//! FeatureServer: the layer is read in pages (or by ids) and imported exactly as `import-gis`
//! imports the same features from a file, and every failure (an error body sent with HTTP 200,
//! 5xx, a timeout, a body cut short, Web Mercator, pages that lose features, mapped fields the
//! layer lacks, too large an answer) leaves no file and never touches an existing one.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use linkages_directory::dataset::gis_import::{import_gis_cli, read_mapping, GisMapping};
use linkages_server::gis_fetch::{check_mapping, fetch_gis, FetchError, FetchOptions};
use linkages_tests::repo_root;
use serde_json::{json, Value};

const DATE: &str = "2026-11-30";

/// What the test server does with one request.
enum Reply {
    /// Status and JSON body.
    Json(u16, String),
    /// Announces the whole body, sends half, closes.
    Truncated(String),
    /// Says nothing for longer than the client waits.
    Hang,
}

type Handler = Arc<dyn Fn(&str, usize) -> Reply + Send + Sync>;

/// A server on 127.0.0.1:0; remembers every request target.
struct Server {
    layer_url: String,
    hits: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(handler: Handler) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let hits: Arc<Mutex<Vec<String>>> = Arc::default();
        let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let seen = hits.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (handler, seen, counts) = (handler.clone(), seen.clone(), counts.clone());
                std::thread::spawn(move || answer(stream, &*handler, &seen, &counts));
            }
        });
        Server {
            layer_url: format!("http://{addr}/arcgis/rest/services/Hosted/FeatureServer/11"),
            hits,
        }
    }

    fn hits(&self) -> Vec<String> {
        self.hits.lock().unwrap().clone()
    }
}

fn answer(
    mut stream: TcpStream,
    handler: &(dyn Fn(&str, usize) -> Reply + Send + Sync),
    seen: &Mutex<Vec<String>>,
    counts: &Mutex<HashMap<String, usize>>,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {}
        }
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_string();
    seen.lock().unwrap().push(target.clone());
    let nth = {
        let mut counts = counts.lock().unwrap();
        let n = counts.entry(target.clone()).or_insert(0);
        *n += 1;
        *n
    };
    let head = |status: u16, length: usize| {
        format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
        )
    };
    match handler(&target, nth) {
        Reply::Json(status, body) => {
            let _ = stream.write_all(head(status, body.len()).as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
        Reply::Truncated(body) => {
            let _ = stream.write_all(head(200, body.len()).as_bytes());
            let _ = stream.write_all(&body.as_bytes()[..body.len() / 2]);
        }
        Reply::Hang => std::thread::sleep(Duration::from_secs(3)),
    }
    let _ = stream.flush();
}

fn fixture(name: &str) -> Value {
    let path = repo_root().join("tests/fixtures/gis").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn query_param<'a>(target: &'a str, key: &str) -> Option<&'a str> {
    let query = target.split_once('?')?.1;
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// A layer that answers metadata, count, pages, ids and id batches from fixture files.
#[derive(Clone)]
struct Layer {
    meta: Value,
    features: Vec<Value>,
}

impl Layer {
    fn dpss() -> Layer {
        Layer {
            meta: fixture("dpss_offices.layer.json"),
            features: fixture("dpss_offices.geojson")["features"]
                .as_array()
                .unwrap()
                .clone(),
        }
    }

    fn without_pagination(mut self) -> Layer {
        self.meta["advancedQueryCapabilities"]["supportsPagination"] = json!(false);
        self
    }

    fn collection(features: &[Value], more: bool) -> String {
        let mut page = json!({ "type": "FeatureCollection", "features": features });
        if more {
            page["properties"] = json!({ "exceededTransferLimit": true });
        }
        page.to_string()
    }

    fn answer(&self, target: &str) -> Reply {
        let ok = |body: String| Reply::Json(200, body);
        if !target.contains("/query") {
            assert_eq!(query_param(target, "f"), Some("json"), "{target}");
            return ok(self.meta.to_string());
        }
        if query_param(target, "returnCountOnly") == Some("true") {
            return ok(json!({ "count": self.features.len() }).to_string());
        }
        if query_param(target, "returnIdsOnly") == Some("true") {
            let ids: Vec<&Value> = self.features.iter().map(|f| &f["id"]).collect();
            return ok(json!({ "objectIdFieldName": "OBJECTID", "objectIds": ids }).to_string());
        }
        assert_eq!(query_param(target, "outSR"), Some("4326"), "{target}");
        assert_eq!(query_param(target, "f"), Some("geojson"), "{target}");
        if let Some(list) = query_param(target, "objectIds") {
            let wanted: Vec<&str> = list.split("%2C").flat_map(|s| s.split(',')).collect();
            let batch: Vec<Value> = self
                .features
                .iter()
                .filter(|f| wanted.contains(&f["id"].to_string().as_str()))
                .cloned()
                .collect();
            return ok(Self::collection(&batch, false));
        }
        let offset: usize = query_param(target, "resultOffset")
            .unwrap()
            .parse()
            .unwrap();
        let count: usize = query_param(target, "resultRecordCount")
            .unwrap()
            .parse()
            .unwrap();
        let end = (offset + count).min(self.features.len());
        let page = &self.features[offset.min(end)..end];
        ok(Self::collection(page, end < self.features.len()))
    }

    fn handler(self) -> Handler {
        Arc::new(move |target: &str, _: usize| self.answer(target))
    }
}

fn mapping() -> GisMapping {
    let mut m = read_mapping(&repo_root().join("data/gis/dpss_offices.toml")).unwrap();
    m.set_query_date(DATE).unwrap();
    m
}

fn options() -> FetchOptions {
    FetchOptions {
        connect_timeout: Duration::from_secs(2),
        read_timeout: Duration::from_secs(2),
        retries: 2,
        backoff: Duration::from_millis(10),
        max_bytes: 1024 * 1024,
        page_size: Some(2),
    }
}

fn base() -> PathBuf {
    repo_root().join("data/linkages-hsds.json")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("linkages-fetch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Runs a fetch that must fail, twice: with no output file (none may appear, nor any
/// temporary) and over an existing one (it must stay as it was). Returns the first error.
fn fails_cleanly(
    name: &str,
    handler: Handler,
    mapping: &GisMapping,
    options: FetchOptions,
) -> FetchError {
    let dir = scratch(name);
    let out = dir.join("linkages-hsds.json");
    let server = Server::start(handler.clone());
    let err = fetch_gis(&server.layer_url, mapping, &base(), &out, options.clone())
        .expect_err("the fetch must fail");
    assert!(!out.exists(), "{name}: an output file was written");
    assert!(
        files_in(&dir).is_empty(),
        "{name}: left {:?}",
        files_in(&dir)
    );

    let previous = "the dataset in service, untouched\n";
    std::fs::write(&out, previous).unwrap();
    let server = Server::start(handler);
    fetch_gis(&server.layer_url, mapping, &base(), &out, options).expect_err("fails again");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), previous, "{name}");
    assert_eq!(
        files_in(&dir),
        vec!["linkages-hsds.json".to_string()],
        "{name}"
    );
    std::fs::remove_dir_all(&dir).ok();
    err
}

/// import-gis on the fixture file: what fetch-gis must reproduce from the pages.
fn import_from_file(dir: &Path) -> (String, String) {
    let layer = repo_root().join("tests/fixtures/gis/dpss_offices.geojson");
    let out = dir.join("from-file.json");
    let report = import_gis_cli(
        &layer,
        &repo_root().join("data/gis/dpss_offices.toml"),
        &base(),
        &out,
        Some(DATE),
    )
    .unwrap();
    (report.to_string(), std::fs::read_to_string(&out).unwrap())
}

#[test]
fn pages_are_fetched_in_order_and_imported_as_import_gis_imports_the_file() {
    let dir = scratch("pages");
    let server = Server::start(Layer::dpss().handler());
    let out = dir.join("fetched.json");
    let import = fetch_gis(&server.layer_url, &mapping(), &base(), &out, options()).unwrap();
    let (file_report, file_dataset) = import_from_file(&dir);
    assert_eq!(
        import.to_string(),
        file_report,
        "the same per-feature report"
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        file_dataset,
        "the same dataset"
    );
    assert!(import
        .to_string()
        .starts_with("5 features: 4 imported, 1 skipped"));

    let hits = server.hits();
    assert!(
        hits[0].ends_with("/FeatureServer/11?f=json"),
        "metadata first: {hits:?}"
    );
    let pages: Vec<&String> = hits.iter().filter(|h| h.contains("resultOffset")).collect();
    assert_eq!(pages.len(), 3, "5 features, 2 a page: {hits:?}");
    for (page, offset) in pages.iter().zip([0, 2, 4]) {
        assert_eq!(
            query_param(page, "resultOffset"),
            Some(offset.to_string().as_str())
        );
        assert_eq!(query_param(page, "resultRecordCount"), Some("2"));
        assert_eq!(query_param(page, "orderByFields"), Some("OBJECTID"));
        assert_eq!(query_param(page, "where"), Some("1%3D1"));
        assert_eq!(query_param(page, "outFields"), Some("*"));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_layer_that_cannot_page_is_read_by_ids_in_batches() {
    let dir = scratch("ids");
    let server = Server::start(Layer::dpss().without_pagination().handler());
    let out = dir.join("fetched.json");
    let import = fetch_gis(&server.layer_url, &mapping(), &base(), &out, options()).unwrap();
    let (_, file_dataset) = import_from_file(&dir);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), file_dataset);
    assert!(import.warnings.iter().any(|w| w.contains("does not page")));
    let hits = server.hits();
    assert!(hits.iter().any(|h| h.contains("returnIdsOnly=true")));
    assert_eq!(hits.iter().filter(|h| h.contains("objectIds=")).count(), 3);
    assert!(!hits.iter().any(|h| h.contains("resultOffset")));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_server_error_is_asked_again_and_then_succeeds() {
    let dir = scratch("retry");
    let layer = Layer::dpss();
    let server = Server::start(Arc::new(move |target: &str, nth: usize| {
        if target.contains("resultOffset=2") && nth == 1 {
            Reply::Json(503, "busy".into())
        } else {
            layer.answer(target)
        }
    }));
    let out = dir.join("fetched.json");
    fetch_gis(&server.layer_url, &mapping(), &base(), &out, options()).unwrap();
    let second_page = server
        .hits()
        .iter()
        .filter(|h| h.contains("resultOffset=2"))
        .count();
    assert_eq!(second_page, 2, "asked once more after the 503");
    assert!(out.exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_error_body_sent_with_200_fails_the_run() {
    let layer = Layer::dpss();
    let err = fails_cleanly(
        "error-body",
        Arc::new(move |target: &str, _: usize| {
            if target.contains("resultOffset=2") {
                Reply::Json(
                    200,
                    json!({"error": {"code": 400, "message": "Invalid query parameters", "details": ["'resultOffset' is out of range"]}}).to_string(),
                )
            } else {
                layer.answer(target)
            }
        }),
        &mapping(),
        options(),
    );
    assert!(matches!(err, FetchError::ArcGis { code: 400, .. }), "{err}");
    assert!(err
        .to_string()
        .contains("Invalid query parameters; 'resultOffset' is out of range"));
}

#[test]
fn a_server_error_that_persists_fails_after_the_retries() {
    let layer = Layer::dpss();
    let err = fails_cleanly(
        "5xx",
        Arc::new(move |target: &str, _: usize| {
            if target.contains("resultOffset=4") {
                Reply::Json(502, "<html>Bad Gateway</html>".into())
            } else {
                layer.answer(target)
            }
        }),
        &mapping(),
        options(),
    );
    assert!(
        matches!(
            err,
            FetchError::Status {
                status: 502,
                attempts: 3,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_page_that_never_comes_times_out() {
    let layer = Layer::dpss();
    let err = fails_cleanly(
        "timeout",
        Arc::new(move |target: &str, _: usize| {
            if target.contains("resultOffset=2") {
                Reply::Hang
            } else {
                layer.answer(target)
            }
        }),
        &mapping(),
        FetchOptions {
            read_timeout: Duration::from_millis(300),
            retries: 1,
            ..options()
        },
    );
    assert!(
        matches!(err, FetchError::Transport { attempts: 2, .. }),
        "{err}"
    );
    assert!(err.to_string().to_lowercase().contains("timeout"), "{err}");
}

#[test]
fn a_body_cut_short_fails_the_run() {
    let layer = Layer::dpss();
    let err = fails_cleanly(
        "truncated",
        Arc::new(move |target: &str, _: usize| match layer.answer(target) {
            Reply::Json(200, body) if target.contains("resultOffset=4") => Reply::Truncated(body),
            other => other,
        }),
        &mapping(),
        options(),
    );
    assert!(matches!(err, FetchError::Transport { .. }), "{err}");
}

#[test]
fn web_mercator_coordinates_are_refused() {
    let mut layer = Layer::dpss();
    // What the first office's point is in EPSG:3857 metres.
    layer.features[0]["geometry"]["coordinates"] = json!([-13140305.9, 4039065.4]);
    let err = fails_cleanly("mercator", layer.handler(), &mapping(), options());
    assert!(
        matches!(&err, FetchError::WebMercator { object_id, .. } if object_id == "1"),
        "{err}"
    );
    assert!(err.to_string().contains("-13140305.9"), "{err}");

    // A page declaring EPSG:3857 is refused as well.
    let layer = Layer::dpss();
    let err = fails_cleanly(
        "mercator-crs",
        Arc::new(move |target: &str, _: usize| match layer.answer(target) {
            Reply::Json(200, body) if target.contains("resultOffset=0") => {
                let mut page: Value = serde_json::from_str(&body).unwrap();
                page["crs"] = json!({"type": "name", "properties": {"name": "EPSG:3857"}});
                Reply::Json(200, page.to_string())
            }
            other => other,
        }),
        &mapping(),
        options(),
    );
    assert!(matches!(err, FetchError::WebMercator { .. }), "{err}");
}

/// Pages that overlap: the second page repeats the second feature.
fn overlapping(layer: Layer, lose_last: bool) -> Handler {
    Arc::new(move |target: &str, _: usize| {
        let f = &layer.features;
        let page = |features: &[Value], more| Reply::Json(200, Layer::collection(features, more));
        match query_param(target, "resultOffset") {
            Some("0") => page(&f[0..2], true),
            Some("2") => page(&f[1..3], true),
            Some("4") if lose_last => page(&f[3..4], false),
            Some("4") => page(&f[3..5], false),
            _ => layer.answer(target),
        }
    })
}

#[test]
fn a_repeated_object_id_is_kept_once_and_reported() {
    let dir = scratch("duplicates");
    let server = Server::start(overlapping(Layer::dpss(), false));
    let out = dir.join("fetched.json");
    let import = fetch_gis(&server.layer_url, &mapping(), &base(), &out, options()).unwrap();
    assert_eq!(import.report.len(), 5, "each feature once");
    assert_eq!(import.locations.len(), 4);
    assert!(
        import
            .warnings
            .iter()
            .any(|w| w.contains("object id 2 came more than once")),
        "{:?}",
        import.warnings
    );
    assert!(import
        .to_string()
        .contains("object id 2 came more than once"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn pages_that_lose_a_feature_fail_the_run() {
    let err = fails_cleanly(
        "lost",
        overlapping(Layer::dpss(), true),
        &mapping(),
        options(),
    );
    assert!(
        matches!(
            err,
            FetchError::Incomplete {
                expected: 5,
                received: 4
            }
        ),
        "{err}"
    );
}

#[test]
fn mapped_fields_the_layer_lacks_fail_before_any_download() {
    let mut layer = Layer::dpss();
    let fields = layer.meta["fields"].as_array_mut().unwrap();
    fields.retain(|f| f["name"] != "phones" && f["name"] != "hours");
    let server_layer = layer.clone();
    let err = fails_cleanly("missing", server_layer.handler(), &mapping(), options());
    let text = err.to_string();
    assert!(
        text.contains(r#"phone = "phones", hours = "hours""#),
        "{text}"
    );
    assert!(
        text.contains("OBJECTID, source, ext_id"),
        "the layer's fields: {text}"
    );

    // Only the metadata was asked for.
    let server = Server::start(layer.handler());
    let dir = scratch("missing-hits");
    let _ = fetch_gis(
        &server.layer_url,
        &mapping(),
        &base(),
        &dir.join("o.json"),
        options(),
    );
    assert_eq!(server.hits().len(), 1, "{:?}", server.hits());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_answer_over_the_size_cap_fails_the_run() {
    let err = fails_cleanly(
        "too-large",
        Layer::dpss().handler(),
        &mapping(),
        FetchOptions {
            max_bytes: 1024,
            ..options()
        },
    );
    assert!(
        matches!(err, FetchError::TooLarge { limit: 1024, .. }),
        "{err}"
    );
}

#[test]
fn a_polygon_layer_is_not_taken_for_offices() {
    let mut layer = Layer::dpss();
    layer.meta["geometryType"] = json!("esriGeometryPolygon");
    let err = fails_cleanly("polygons", layer.handler(), &mapping(), options());
    assert!(matches!(err, FetchError::WrongGeometry { .. }), "{err}");
}

#[test]
fn check_prints_the_layers_fields_beside_the_mapping() {
    let server = Server::start(Layer::dpss().handler());
    let (text, ok) = check_mapping(&server.layer_url, &mapping(), options()).unwrap();
    assert!(ok, "{text}");
    assert!(text.contains("layer DPSS_OFFICES"), "{text}");
    assert!(text.contains("maxRecordCount 2000"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("name") && l.contains("Name") && l.contains("yes")),
        "{text}"
    );
    assert!(
        text.contains("  addrln2 (esriFieldTypeString)"),
        "unused fields listed: {text}"
    );
    assert_eq!(server.hits().len(), 1, "metadata only");

    let mut wrong = mapping();
    let fields = wrong.fields.as_mut().unwrap();
    fields.name = "NAME".into();
    fields.zip = Some("ZIP_CODE".into());
    let (text, ok) = check_mapping(&server.layer_url, &wrong, options()).unwrap();
    assert!(!ok);
    assert!(
        text.contains(r#"MISSING (the layer has "Name")"#),
        "a near miss is named: {text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("zip") && l.ends_with("MISSING")),
        "{text}"
    );
}

/// The DPSS program-area fixture as a polygon layer answers it.
fn areas_layer() -> Layer {
    Layer {
        meta: fixture("dpss_program_service_areas.layer.json"),
        features: fixture("dpss_program_service_areas.geojson")["features"]
            .as_array()
            .unwrap()
            .clone(),
    }
}

fn areas_mapping() -> GisMapping {
    let mut m =
        read_mapping(&repo_root().join("data/gis/dpss_program_service_areas.toml")).unwrap();
    m.set_query_date(DATE).unwrap();
    m
}

#[test]
fn a_polygon_layer_becomes_service_areas_named_after_the_layer() {
    let dir = scratch("areas");
    let server = Server::start(areas_layer().handler());
    let out = dir.join("fetched.json");
    let import = fetch_gis(
        &server.layer_url,
        &areas_mapping(),
        &base(),
        &out,
        options(),
    )
    .unwrap();
    let text = import.to_string();
    assert!(
        text.starts_with("4 features: 3 imported, 1 skipped"),
        "{text}"
    );
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let layers: Vec<String> = written["services"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["service_areas"].as_array().into_iter().flatten())
        .flat_map(|a| a["attributes"].as_array().unwrap().clone())
        .filter(|f| f["link_type"] == "linkages:area_layer")
        .map(|f| f["value"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(layers, ["CalFresh Intake"; 3], "the layer's own name");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_point_layer_is_not_taken_for_areas_and_projected_polygons_are_refused() {
    let err = fails_cleanly(
        "areas-points",
        Layer::dpss().handler(),
        &areas_mapping(),
        options(),
    );
    assert!(matches!(err, FetchError::WrongGeometry { .. }), "{err}");

    // Web Mercator metres in a polygon's first corner.
    let mut layer = areas_layer();
    layer.features[1]["geometry"]["coordinates"][0][0] = json!([-13160000.0, 4030000.0]);
    let err = fails_cleanly(
        "areas-mercator",
        layer.handler(),
        &areas_mapping(),
        options(),
    );
    assert!(matches!(err, FetchError::WebMercator { .. }), "{err}");
}
