#![allow(clippy::expect_used, clippy::unwrap_used)]
//! `/readyz` apart from `/healthz`: not ready while a dataset loads or while draining after
//! the shutdown signal, when the server still serves for its grace and then stops accepting.

use std::time::Duration;

use axum::{body::Body, http::Request, Router};
use linkages_server::{
    app, ready,
    serve::{bind, serve, Limits},
    AppState,
};
use linkages_tests::{send_to, test_state, Reply};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    sync::oneshot,
};

async fn get(app: &Router, path: &str) -> Reply {
    send_to(app.clone(), Request::get(path).body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn ready_unless_loading_a_dataset() {
    let state = test_state();
    let app = app(state.clone());
    let reply = get(&app, "/readyz").await;
    assert_eq!(
        (reply.status.as_u16(), reply.body.as_str()),
        (200, "ready\n")
    );
    assert_eq!(reply.header("cache-control"), "no-store");
    assert_eq!(reply.header("connection"), "");

    let loading = state.readiness.loading();
    let second = state.readiness.loading();
    let reply = get(&app, "/readyz").await;
    assert_eq!(reply.status, 503);
    assert_eq!(reply.body, "loading the dataset\n");
    // Alive all the same, and still serving.
    assert_eq!(get(&app, "/healthz").await.status, 200);
    assert_eq!(get(&app, "/en").await.status, 200);
    drop(loading);
    assert_eq!(
        get(&app, "/readyz").await.status,
        503,
        "one load still runs"
    );
    drop(second);
    assert_eq!(get(&app, "/readyz").await.status, 200);
}

/// A 503 is the server saying on purpose that it is not ready: the log's line for it is
/// information, not an error an operator must chase while every replica drains.
#[tokio::test]
async fn not_ready_is_logged_as_information_not_as_an_error() {
    let state = test_state();
    let app = app(state.clone());
    let (captured, _guard) = linkages_tests::log::capture();
    state.readiness.start_draining();
    assert_eq!(get(&app, "/readyz").await.status, 503);
    let log = captured.text();
    let line = log
        .lines()
        .find(|line| line.contains("path=/readyz"))
        .unwrap_or_else(|| panic!("no line for /readyz in:\n{log}"));
    assert!(line.contains("status=503"), "{line}");
    assert!(line.trim_start().starts_with("INFO"), "{line}");
    assert!(!log.contains("ERROR"), "{log}");
}

/// An address over the length limit is refused before it is logged: its line has the
/// method and the length, never the path.
#[tokio::test]
async fn a_too_long_address_is_refused_without_writing_it_to_the_log() {
    let app = app(test_state());
    let (captured, _guard) = linkages_tests::log::capture();
    let place = "x".repeat(linkages_server::limits::MAX_URL_BYTES);
    let reply = get(&app, &format!("/en/find?q={place}")).await;
    assert_eq!(reply.status, 414);
    assert_eq!(reply.header("x-content-type-options"), "nosniff");
    let log = captured.text();
    assert!(log.contains("too long"), "{log}");
    assert!(!log.contains("/en/find") && !log.contains("xxxx"), "{log}");
}

#[tokio::test]
async fn a_reload_leaves_the_server_ready_whatever_its_outcome() {
    let state = test_state();
    let app = app(state.clone());
    let missing = std::env::temp_dir().join("linkages-readiness-no-such-file.json");
    assert!(linkages_server::reload_dataset(&state, &missing).is_err());
    assert_eq!(get(&app, "/readyz").await.status, 200);
}

#[tokio::test]
async fn draining_is_not_ready_and_closes_each_connection_after_its_answer() {
    let state = test_state();
    let app = app(state.clone());
    state.readiness.start_draining();
    let reply = get(&app, "/readyz").await;
    assert_eq!(
        (reply.status.as_u16(), reply.body.as_str()),
        (503, "draining\n")
    );
    assert_eq!(reply.header("connection"), "close");
    let reply = get(&app, "/healthz").await;
    assert_eq!(
        (reply.status.as_u16(), reply.header("connection")),
        (200, "close")
    );
    let reply = get(&app, "/api/v1/nearest?zip=90020").await;
    assert_eq!(
        (reply.status.as_u16(), reply.header("connection")),
        (200, "close")
    );
    // Draining outlasts a load.
    drop(state.readiness.loading());
    assert_eq!(get(&app, "/readyz").await.body, "draining\n");
}

/// One request on a new connection; the status, or "refused" when no connection is made.
async fn status_over_socket(addr: std::net::SocketAddr, path: &str) -> String {
    let Ok(mut stream) = TcpStream::connect(addr).await else {
        return "refused".into();
    };
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).await.is_err() {
        return "refused".into();
    }
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer)
        .get(9..12)
        .unwrap_or("closed")
        .to_string()
}

#[tokio::test]
async fn after_the_signal_the_server_serves_through_its_grace_then_stops_accepting() {
    let state: AppState = test_state();
    let readiness = state.readiness.clone();
    let listener = bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let addr = listener.local_addr().unwrap();
    let (signal, signalled) = oneshot::channel::<()>();
    let grace = Duration::from_secs(2);
    let shutdown = async move {
        ready::drain(
            &readiness,
            grace,
            async {
                let _ = signalled.await;
            },
            std::future::pending::<()>,
        )
        .await;
    };
    let limits = Limits {
        shutdown_timeout: Duration::from_secs(2),
        ..Limits::default()
    };
    let done = tokio::spawn(serve(listener, app(state), limits, shutdown));

    assert_eq!(status_over_socket(addr, "/readyz").await, "200");
    let signalled_at = tokio::time::Instant::now();
    signal.send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    // Within the grace: new connections are accepted and served, and say "not ready".
    assert_eq!(status_over_socket(addr, "/readyz").await, "503");
    assert_eq!(status_over_socket(addr, "/healthz").await, "200");
    assert!(
        signalled_at.elapsed() < grace,
        "the checks took longer than the grace"
    );
    // After it: the listener is closed and the server ends.
    tokio::time::timeout(Duration::from_secs(5), done)
        .await
        .expect("the server stops after its grace")
        .unwrap();
    assert!(signalled_at.elapsed() >= grace);
    assert_eq!(status_over_socket(addr, "/healthz").await, "refused");
}
