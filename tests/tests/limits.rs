#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Request limits through the real router: URL length and the JSON API's rate limit.

use axum::{body::Body, Router};
use http::Request;
use linkages_server::limits::MAX_URL_BYTES;
use linkages_tests::{get, send_to, test_state};

async fn send(app: &Router, path: &str) -> (u16, Option<String>, String) {
    let reply = send_to(app.clone(), Request::get(path).body(Body::empty()).unwrap()).await;
    let retry = reply
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (reply.status.as_u16(), retry, reply.body)
}

#[tokio::test]
async fn a_too_long_url_gets_414_with_a_message() {
    let long = "a".repeat(MAX_URL_BYTES);
    let page = get(&format!("/en/find?q={long}"), &[]).await;
    assert_eq!(page.status, 414);
    assert!(
        page.body.contains("The address is too long"),
        "{}",
        page.body
    );
    assert!(
        page.headers.get("content-security-policy").is_some(),
        "limits answer with the site's headers"
    );

    let api = get(&format!("/api/v1/nearest?q={long}"), &[]).await;
    assert_eq!(api.status, 414);
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["errors"][0]["error"], "uri_too_long");
}

#[tokio::test]
async fn a_long_but_allowed_url_gets_the_normal_answer() {
    // Just under the limit: the search itself says what is wrong, not the limit.
    let path = format!(
        "/en/find?q={}",
        "b".repeat(MAX_URL_BYTES - "/en/find?q=".len())
    );
    assert_eq!(path.len(), MAX_URL_BYTES);
    let page = get(&path, &[]).await;
    assert!(
        page.status.is_client_error() && page.status != 414,
        "{}",
        page.status
    );
}

#[tokio::test]
async fn the_api_is_rate_limited_per_client_and_pages_are_not() {
    let app = linkages_server::app(test_state().with_api_rate_limit(60, 3));
    for _ in 0..3 {
        let (status, _, _) = send(&app, "/api/v1/nearest?zip=90020").await;
        assert_eq!(status, 200);
    }
    let (status, retry, body) = send(&app, "/api/v1/nearest?zip=90020").await;
    assert_eq!(status, 429);
    let retry: u64 = retry.expect("Retry-After").parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["errors"][0]["error"], "rate_limited");
    assert!(json["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("60 a minute"));
    // Pages and static files are for people: never limited here.
    for _ in 0..10 {
        assert_eq!(send(&app, "/en/").await.0, 200);
    }
}

#[tokio::test]
async fn without_a_configured_limit_the_api_is_not_limited() {
    let app = linkages_server::app(test_state());
    for _ in 0..100 {
        assert_eq!(send(&app, "/api/v1/dataset").await.0, 200);
    }
}
