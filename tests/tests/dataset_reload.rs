#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Loading another dataset at start and on reload: a bad file is refused with a clear
//! message and the last good data stays in service.

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use linkages_directory::search::ReplacementPolicy;
use linkages_server::{app, reload_dataset, AppState, DatasetRejected};
use linkages_tests::{repo_root, test_state};
use tower::ServiceExt;

async fn office_count_near(state: &AppState, query: &str) -> usize {
    let response = app(state.clone())
        .oneshot(
            Request::get(format!("/en/find?q={query}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&body)
        .matches("<h4 lang=\"en\" dir=\"ltr\" translate=\"no\">")
        .count()
}

#[tokio::test]
async fn a_bad_file_on_reload_keeps_the_last_good_data() {
    let state = test_state();
    assert_eq!(office_count_near(&state, "90020").await, 6);

    let dir = std::env::temp_dir().join(format!("linkages-reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, r#"{"meta": {"title": "x"}, "organizations": [}"#).unwrap();
    let err = reload_dataset(&state, &broken).expect_err("a broken file is refused");
    assert!(err.to_string().contains("broken.json"), "{err}");
    assert_eq!(office_count_near(&state, "90020").await, 6, "still serving");

    // A good file (here: the shipped one) is taken.
    let good = repo_root().join("data/linkages-hsds.json");
    reload_dataset(&state, &good).expect("the shipped dataset loads");
    assert_eq!(office_count_near(&state, "90020").await, 6);
    std::fs::remove_dir_all(&dir).ok();
}

/// The shipped dataset with only the offices (locations) `keep` chooses, and nothing that
/// points at the others: valid, and as hollow as `keep` makes it.
fn shipped_keeping(keep: impl Fn(usize, &serde_json::Value) -> bool) -> serde_json::Value {
    let mut dataset: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("data/linkages-hsds.json")).unwrap(),
    )
    .unwrap();
    let mut kept_ids = Vec::new();
    let locations: Vec<serde_json::Value> = dataset["locations"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(i, l)| keep(*i, l))
        .map(|(_, l)| {
            kept_ids.push(l["id"].clone());
            l.clone()
        })
        .collect();
    dataset["locations"] = serde_json::Value::Array(locations);
    let links: Vec<serde_json::Value> = dataset["service_at_locations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|sal| kept_ids.contains(&sal["location_id"]))
        .cloned()
        .collect();
    dataset["service_at_locations"] = serde_json::Value::Array(links);
    dataset
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("linkages-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_json(path: &std::path::Path, value: &serde_json::Value) {
    std::fs::write(path, serde_json::to_string(value).unwrap()).unwrap();
}

#[tokio::test]
async fn an_empty_or_hollow_file_on_reload_keeps_the_last_good_data() {
    let state = test_state();
    let dir = temp_dir("hollow");

    let empty = dir.join("empty.json");
    std::fs::write(&empty, "").unwrap();
    let err = reload_dataset(&state, &empty).expect_err("an empty file is refused");
    assert!(err.to_string().contains("empty.json"), "{err}");

    // Valid HSDS with no offices at all: a truncated export.
    let hollow = dir.join("no-offices.json");
    write_json(&hollow, &shipped_keeping(|_, _| false));
    let err = reload_dataset(&state, &hollow).expect_err("a dataset without offices is refused");
    assert!(matches!(err, DatasetRejected::Hollow { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("no-offices.json"), "{message}");
    assert!(message.contains("no DCFS office"), "{message}");
    assert_eq!(office_count_near(&state, "90020").await, 6, "still serving");

    // One agency's offices left out, even with a shrink accepted.
    let no_dpss = dir.join("no-dpss.json");
    write_json(
        &no_dpss,
        &shipped_keeping(|_, l| {
            l["description"]
                .as_str()
                .is_some_and(|d| d.contains("DCFS"))
        }),
    );
    let lenient = test_state().with_dataset_policy(ReplacementPolicy {
        max_shrink: 1.0,
        accept_shrink: true,
    });
    let err = reload_dataset(&lenient, &no_dpss).expect_err("an agency without offices is refused");
    assert!(err.to_string().contains("no DPSS office"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn a_reload_that_drops_most_offices_is_refused_unless_accepted() {
    let state = test_state();
    let before = state.site.finder.get().office_counts();
    let dir = temp_dir("shrink");
    // Keep 40% of the offices, both agencies among them.
    let keep = before.offices * 2 / 5;
    let shrunk = dir.join("shrunk.json");
    write_json(
        &shrunk,
        &shipped_keeping(|i, _| i % 5 < 2 && i / 5 * 2 < keep),
    );
    let err = reload_dataset(&state, &shrunk).expect_err("a 60% shrink is refused");
    let message = err.to_string();
    assert!(message.contains("shrunk.json"), "{message}");
    assert!(message.contains("60% fewer"), "{message}");
    assert!(message.contains("--accept-shrink"), "{message}");
    assert_eq!(
        state.site.finder.get().office_counts(),
        before,
        "still serving"
    );

    // With --accept-shrink it goes into service.
    let accepting = test_state().with_dataset_policy(ReplacementPolicy {
        accept_shrink: true,
        ..ReplacementPolicy::default()
    });
    let counts = reload_dataset(&accepting, &shrunk).expect("an accepted shrink is taken");
    assert_eq!(counts.offices, keep);
    assert_eq!(accepting.site.finder.get().office_counts().offices, keep);

    // A larger allowed share takes it too.
    let lenient = test_state().with_dataset_policy(ReplacementPolicy {
        max_shrink: 0.7,
        accept_shrink: false,
    });
    reload_dataset(&lenient, &shrunk).expect("within a 70% share");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_hollow_file_at_start_is_refused_next_to_the_shipped_dataset() {
    let dir = temp_dir("start-hollow");
    let hollow = dir.join("hollow.json");
    write_json(&hollow, &shipped_keeping(|i, _| i < 3));
    let err = AppState::load(dir.clone(), Some(&hollow)).expect_err("refused at start");
    let message = err.to_string();
    assert!(message.contains("hollow.json"), "{message}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_bad_file_at_start_names_the_file_and_exits_non_zero() {
    let dir = std::env::temp_dir().join(format!("linkages-start-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("dup.json");
    let mut dataset: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("data/linkages-hsds.json")).unwrap(),
    )
    .unwrap();
    // Two locations with the same id: a validation error that must name the record.
    let locations = dataset["locations"].as_array_mut().unwrap();
    let first = locations[0].clone();
    locations.push(first);
    std::fs::write(&broken, serde_json::to_string(&dataset).unwrap()).unwrap();
    let err = AppState::load(dir.clone(), Some(&broken)).expect_err("refused at start");
    let message = err.to_string();
    assert!(message.contains("dup.json"), "{message}");
    std::fs::remove_dir_all(&dir).ok();
}
