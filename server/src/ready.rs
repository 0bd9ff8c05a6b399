//! Readiness for a load balancer, apart from liveness.
//!
//! `/healthz` answers 200 `ok` while the process serves at all (liveness: restart it when
//! this fails). `/readyz` answers 200 `ready`, or 503 while the server should get no new
//! requests: while a dataset is being loaded after `SIGHUP`, and from `SIGTERM` on, while it
//! drains. A proxy that checks `/readyz` (HAProxy's `option httpchk GET /readyz`) then sends
//! new requests to the other replicas.
//!
//! On `SIGTERM` the server first turns unready and keeps accepting and serving for
//! `--drain-grace` seconds, so the proxy's health check notices before any connection is
//! refused; meanwhile every response says `Connection: close`, so kept-alive clients leave
//! between requests rather than having an idle connection closed under them. Then it stops
//! accepting and lets requests in progress finish within `--shutdown-timeout`.

use std::{
    future::Future,
    io::{Read as _, Write as _},
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream},
    sync::{
        atomic::{AtomicBool, AtomicUsize, Ordering},
        Arc,
    },
    time::Duration,
};

use axum::{
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

/// Whether the server wants new requests. Shared by `/readyz`, the dataset reload and the
/// shutdown; cheap to read on every request.
#[derive(Debug, Default)]
pub struct Readiness {
    /// Dataset loads in progress.
    loading: AtomicUsize,
    /// Set once on the shutdown signal, never cleared.
    draining: AtomicBool,
}

/// Why the server is not ready, as `/readyz` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotReady {
    Draining,
    Loading,
}

impl Readiness {
    /// `Ok` when ready for new requests; draining wins over loading.
    pub fn state(&self) -> Result<(), NotReady> {
        if self.is_draining() {
            Err(NotReady::Draining)
        } else if self.loading.load(Ordering::Acquire) > 0 {
            Err(NotReady::Loading)
        } else {
            Ok(())
        }
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::Acquire)
    }

    /// From now on the server is stopping: `/readyz` answers 503 for good.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::Release);
    }

    /// Not ready until the guard is dropped (a dataset load; loads may overlap).
    pub fn loading(self: &Arc<Self>) -> LoadingGuard {
        self.loading.fetch_add(1, Ordering::AcqRel);
        LoadingGuard(self.clone())
    }
}

/// Holds the server unready while a dataset loads; see [`Readiness::loading`].
#[derive(Debug)]
pub struct LoadingGuard(Arc<Readiness>);

impl Drop for LoadingGuard {
    fn drop(&mut self) {
        self.0.loading.fetch_sub(1, Ordering::AcqRel);
    }
}

/// `GET /readyz`: 200 `ready`, or 503 `draining` / `loading the dataset` (plain text, never
/// cached).
pub fn readyz(readiness: &Readiness) -> Response {
    let (status, text) = match readiness.state() {
        Ok(()) => (StatusCode::OK, "ready\n"),
        Err(NotReady::Draining) => (StatusCode::SERVICE_UNAVAILABLE, "draining\n"),
        Err(NotReady::Loading) => (StatusCode::SERVICE_UNAVAILABLE, "loading the dataset\n"),
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response()
}

/// While draining, every response closes its connection after it (`Connection: close`), so
/// a kept-alive client opens its next request elsewhere.
pub fn close_while_draining(readiness: &Readiness, headers: &mut http::HeaderMap) {
    if readiness.is_draining() {
        headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
}

/// The shutdown sequence's first half: resolves when the server should stop accepting.
/// Waits for `stop` (SIGTERM, Ctrl-C), turns unready, then keeps serving for `grace`, or
/// until `stop_again` resolves (a second signal cuts the grace short).
pub async fn drain<F: Future<Output = ()>>(
    readiness: &Readiness,
    grace: Duration,
    stop: impl Future<Output = ()>,
    stop_again: impl FnOnce() -> F,
) {
    stop.await;
    readiness.start_draining();
    if grace.is_zero() {
        return;
    }
    tracing::info!(
        "draining: /readyz answers 503; still serving for {grace:?} before closing the listener"
    );
    tokio::select! {
        () = tokio::time::sleep(grace) => {}
        () = stop_again() => tracing::info!("asked again: closing the listener now"),
    }
}

/// `linkages healthcheck`: asks the server listening on `addr` for `path` over loopback and
/// succeeds on a 200. An unspecified listen address (`0.0.0.0`, `[::]`) is asked on the
/// loopback address of its family. For a container's `HEALTHCHECK`, where no curl is.
///
/// # Errors
/// A sentence naming the address: no connection within `timeout`, no answer, or the status.
pub fn probe(addr: SocketAddr, path: &str, timeout: Duration) -> Result<(), String> {
    let target = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    };
    let fail = |what: String| format!("http://{target}{path}: {what}");
    let mut stream =
        TcpStream::connect_timeout(&target, timeout).map_err(|err| fail(err.to_string()))?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .map_err(|err| fail(err.to_string()))?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .map_err(|err| fail(err.to_string()))?;
    // The status line is all that is needed.
    let mut head = [0_u8; 64];
    let mut read = 0;
    while read < 12 {
        match stream.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(err) => return Err(fail(err.to_string())),
        }
    }
    let line = String::from_utf8_lossy(&head[..read]);
    let status = line.get(9..12).unwrap_or("");
    if line.starts_with("HTTP/1.") && status == "200" {
        Ok(())
    } else if line.starts_with("HTTP/1.") {
        Err(fail(format!("answered {status}")))
    } else {
        Err(fail("no HTTP answer".into()))
    }
}
