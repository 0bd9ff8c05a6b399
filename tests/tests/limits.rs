#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Request limits through the real router: URL length, the JSON API's rate limit and the
//! finder page's search budget.

use std::net::SocketAddr;

use axum::{body::Body, extract::ConnectInfo, Router};
use http::Request;
use linkages_app::i18n::{embedded::Catalogs, Locale};
use linkages_server::limits::MAX_URL_BYTES;
use linkages_tests::{get, send_to, test_state, Reply};

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
        assert_eq!(send(&app, "/en").await.0, 200);
    }
}

#[tokio::test]
async fn without_a_configured_limit_the_api_is_not_limited() {
    let app = linkages_server::app(test_state());
    for _ in 0..100 {
        assert_eq!(send(&app, "/api/v1/dataset").await.0, 200);
    }
}

/// `GET path` as the connection from `client` would send it.
async fn send_from(app: &Router, client: &str, path: &str) -> Reply {
    let client: SocketAddr = client.parse().unwrap();
    let request = Request::get(path)
        .extension(ConnectInfo(client))
        .body(Body::empty())
        .unwrap();
    send_to(app.clone(), request).await
}

#[tokio::test]
async fn ipv4_clients_on_a_dual_stack_socket_are_limited_one_by_one() {
    // On `[::]` every IPv4 client's address is ::ffff:a.b.c.d.
    let app = linkages_server::app(test_state().with_api_rate_limit(60, 2));
    let path = "/api/v1/nearest?zip=90020";
    for _ in 0..2 {
        assert_eq!(
            send_from(&app, "[::ffff:192.0.2.1]:5000", path)
                .await
                .status,
            200
        );
    }
    assert_eq!(
        send_from(&app, "[::ffff:192.0.2.1]:5001", path)
            .await
            .status,
        429
    );
    // Another IPv4 client (not the same /64 "network") still has its budget...
    assert_eq!(
        send_from(&app, "[::ffff:192.0.2.2]:5000", path)
            .await
            .status,
        200
    );
    // ...and the same client over plain IPv4 is the same client.
    assert_eq!(send_from(&app, "192.0.2.1:5002", path).await.status, 429);
}

#[tokio::test]
async fn finder_searches_have_a_budget_and_a_page_in_the_readers_language() {
    let app = linkages_server::app(test_state().with_finder_rate_limit(60, 2));
    let client = "198.51.100.7:4000";
    for _ in 0..2 {
        assert_eq!(
            send_from(&app, client, "/es/find?q=90020").await.status,
            200
        );
    }
    let refused = send_from(&app, client, "/es/find?q=90020").await;
    assert_eq!(refused.status, 429);
    let retry: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert_eq!(refused.headers["cache-control"], "no-store");
    let spanish = Catalogs::load().unwrap().get(Locale::Es).unwrap();
    for id in [
        "limits-search-title",
        "limits-search-text",
        "limits-search-call",
    ] {
        let text = spanish.text(id);
        assert!(refused.body.contains(&text), "{id}: {text}");
    }
    assert!(refused.body.contains(r#"<html lang="es""#));
    assert!(
        !refused.body.contains(r#"<li class="office">"#),
        "no search was run"
    );
    // The county lines are there, so no one is left without a way to get help.
    assert!(refused.body.contains("tel:"), "phone lines shown");

    // The search form itself, other pages and the API are not searches on the page.
    assert_eq!(send_from(&app, client, "/es/find").await.status, 200);
    assert_eq!(send_from(&app, client, "/es/hotlines").await.status, 200);
    assert_eq!(
        send_from(&app, client, "/api/v1/nearest?zip=90020")
            .await
            .status,
        200
    );
    // Another client has its own budget.
    assert_eq!(
        send_from(&app, "198.51.100.8:4000", "/en/find?q=90020")
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn the_finder_budget_is_separate_from_the_api_budget() {
    let app = linkages_server::app(
        test_state()
            .with_api_rate_limit(60, 1)
            .with_finder_rate_limit(60, 3),
    );
    let client = "203.0.113.9:1234";
    assert_eq!(
        send_from(&app, client, "/api/v1/nearest?zip=90020")
            .await
            .status,
        200
    );
    assert_eq!(
        send_from(&app, client, "/api/v1/nearest?zip=90020")
            .await
            .status,
        429
    );
    for _ in 0..3 {
        assert_eq!(
            send_from(&app, client, "/en/find?q=90020").await.status,
            200
        );
    }
    assert_eq!(
        send_from(&app, client, "/en/find?q=90020").await.status,
        429
    );
}
