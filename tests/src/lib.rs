#![allow(clippy::expect_used, clippy::unwrap_used)] // test support: a failed set-up should stop the test
//! Helpers shared by the integration tests in `tests/tests/`: build the real router with the
//! real catalogs and call it in-process, no socket.

use std::{path::PathBuf, sync::OnceLock};

use axum::{body::Body, http::Request, Router};
use http_body_util::BodyExt;
use linkages_app::{i18n::embedded::Catalogs, site::Assets};
use linkages_directory::search::OfficeFinder;
use linkages_server::{app, AppState};
use tower::ServiceExt;

pub mod hsds;
pub mod log;

/// The repository root (this crate lives in `tests/`).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The site as the server builds it, without built assets (no hydration scripts).
pub fn test_app() -> Router {
    app(test_state())
}

/// One router for a whole test binary, built once (property tests send thousands of requests).
pub fn shared_app() -> Router {
    static APP: OnceLock<Router> = OnceLock::new();
    APP.get_or_init(test_app).clone()
}

/// One multi-threaded runtime for a whole test binary, for property tests that block on the
/// router from plain (non-async) test functions.
pub fn shared_runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime starts")
    })
}

/// The state the test router runs on (embedded dataset, no built assets).
pub fn test_state() -> AppState {
    let catalogs = Catalogs::load().expect("locale files parse");
    let site_root = std::env::temp_dir().join("linkages-tests-no-site");
    let finder = OfficeFinder::embedded().expect("embedded dataset loads");
    AppState::new(catalogs, Assets::unbuilt(), site_root, finder)
}

/// A response with its body read: as bytes, and as text (lossy UTF-8).
pub struct Reply {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    /// A header's value as text; empty when absent or not text.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// Sends one request through the router.
pub async fn send(request: Request<Body>) -> Reply {
    send_to(test_app(), request).await
}

/// Sends one request through `app` (a router built with other state) and reads the answer.
pub async fn send_to(app: Router, request: Request<Body>) -> Reply {
    let response = app.oneshot(request).await.expect("router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body reads")
        .to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes: bytes.to_vec(),
    }
}

/// `GET path` with optional extra headers.
pub async fn get(path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut builder = Request::get(path);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    send(builder.body(Body::empty()).expect("request builds")).await
}

/// `POST path` with a form body (`application/x-www-form-urlencoded`).
pub async fn post_form(path: &str, body: &str) -> Reply {
    send(
        Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body.to_owned()))
            .expect("request builds"),
    )
    .await
}

/// `POST path` with a JSON body (or any body with the given content type).
pub async fn post_body(path: &str, content_type: &str, body: &str) -> Reply {
    send(
        Request::post(path)
            .header("content-type", content_type)
            .body(Body::from(body.to_owned()))
            .expect("request builds"),
    )
    .await
}

/// The text of `<main>` with tags removed and whitespace folded, for readable assertions.
pub fn main_text(html: &str) -> String {
    let main = html
        .split_once("<main")
        .and_then(|(_, rest)| rest.split_once('>'))
        .and_then(|(_, rest)| rest.split_once("</main>"))
        .map(|(inside, _)| inside)
        .unwrap_or(html);
    html_text(main)
}

/// The text of an HTML fragment: tags removed (each as a space), whitespace folded, and the
/// bidi isolates Fluent adds around placeables removed. Entities stay as served.
pub fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Percent-encodes everything but the unreserved characters (for query strings in tests).
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
