#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Loading another dataset at start and on reload: a bad file is refused with a clear
//! message and the last good data stays in service.

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use linkages_server::{app, reload_dataset, AppState};
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
