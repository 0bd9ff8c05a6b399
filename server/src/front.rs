//! The front door: what every request and response passes through, in one service and in
//! this order.
//!
//! 1. A URL longer than [`limits::MAX_URL_BYTES`] is refused with 414 before anything logs
//!    its path.
//! 2. A non-canonical path is redirected ([`canonical::redirect`]); anything else goes on to
//!    the routes (pages, API, static files, compressed by [`static_files::with_compression`]).
//!    What comes back says it varies by `Accept-Encoding`, and an empty 404 or 405 gets a
//!    short reason ([`limits::explain_empty_refusal`]).
//! 3. One log line: method, path, status and time. Never the query string or the body: they
//!    can carry a family's answers, ZIP code or location.
//! 4. Every response gets the security headers it lacks, `Strict-Transport-Security` when
//!    served over HTTPS, and `Connection: close` while draining ([`ready::close_while_draining`]).
//!
//! One service rather than a layer for each step: every layer costs each request at least a
//! boxed future and a copy of the services inside it, and the dozen layers this replaces (five
//! axum `from_fn`, five header layers, the trace layer) were most of what a cached page cost.

use std::{
    convert::Infallible,
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
    time::Instant,
};

use axum::{
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    response::Response,
};
use tower::{Layer, Service, ServiceExt as _};

use crate::{
    canonical, limits,
    ready::{self, Readiness},
    static_files,
};

/// What the front door needs to know: whether the server drains, and its HSTS header.
#[derive(Clone, Debug)]
pub struct FrontDoor(Arc<Settings>);

#[derive(Debug)]
struct Settings {
    readiness: Arc<Readiness>,
    hsts: Option<HeaderValue>,
}

impl FrontDoor {
    /// `hsts_max_age`: seconds for `Strict-Transport-Security` (with `includeSubDomains`);
    /// `None` when the site is not served over HTTPS, and no such header is sent.
    pub fn new(readiness: Arc<Readiness>, hsts_max_age: Option<u64>) -> FrontDoor {
        let hsts = hsts_max_age.and_then(|age| {
            HeaderValue::from_str(&format!("max-age={age}; includeSubDomains")).ok()
        });
        FrontDoor(Arc::new(Settings { readiness, hsts }))
    }
}

impl Step for FrontDoor {
    async fn run<S: Routes>(self, request: Request, routes: S) -> Response {
        let mut response = match limits::refuse_long_url(&request) {
            Some(refusal) => refusal,
            None => {
                let started = Instant::now();
                let method = request.method().clone();
                let uri = request.uri().clone();
                let response = match canonical::redirect(&uri) {
                    Some(redirect) => redirect,
                    None => {
                        let head = method == Method::HEAD;
                        let mut response = routes.answer(request).await;
                        static_files::vary_by_encoding(response.headers_mut());
                        let api = uri.path().starts_with("/api/");
                        limits::explain_empty_refusal(api, head, response)
                    }
                };
                log_request(&method, uri.path(), response.status(), started);
                response
            }
        };
        let settings = &self.0;
        let headers = response.headers_mut();
        static_files::add_security_headers(headers);
        if let Some(hsts) = &settings.hsts {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, hsts.clone());
        }
        ready::close_while_draining(&settings.readiness, headers);
        response
    }
}

/// The request's line in the log. A server error is logged as an error; 503 is not one: it
/// is the server saying on purpose that it is busy or not ready (`/readyz` while draining).
fn log_request(method: &Method, path: &str, status: StatusCode, started: Instant) {
    let latency_ms = started.elapsed().as_millis();
    let status = status.as_u16();
    if status >= 500 && status != 503 {
        tracing::error!(%method, %path, status, latency_ms, "request");
    } else {
        tracing::info!(%method, %path, status, latency_ms, "request");
    }
}

/// The routes inside a [`Step`]: a service that always answers (errors are responses).
pub trait Routes:
    Service<Request, Response = Response, Error = Infallible, Future: Send> + Clone + Send + 'static
{
    /// Their answer to `request` (made ready, then called once).
    fn answer(self, request: Request) -> impl Future<Output = Response> + Send {
        async move {
            let Ok(response) = self.oneshot(request).await;
            response
        }
    }
}

impl<S> Routes for S where
    S: Service<Request, Response = Response, Error = Infallible, Future: Send>
        + Clone
        + Send
        + 'static
{
}

/// Something some requests go through on their way to the routes, and their responses on
/// the way back, written as one async function of the request and the routes inside. As a
/// layer (`router.layer(StepLayer(step))`), it costs each request one boxed future and a copy
/// of the routes; axum's `from_fn` costs three allocations (its future, a boxed copy of the
/// routes, and their boxed future) and a copy of its state.
pub trait Step: Clone + Send + Sync + 'static {
    /// Answers `request`, with `routes` (made ready and called at most once) for what comes
    /// from inside.
    fn run<S: Routes>(self, request: Request, routes: S) -> impl Future<Output = Response> + Send;
}

/// A [`Step`] as a tower layer.
#[derive(Clone, Debug)]
pub struct StepLayer<T>(pub T);

impl<T: Step, S> Layer<S> for StepLayer<T> {
    type Service = StepService<T, S>;

    fn layer(&self, routes: S) -> StepService<T, S> {
        StepService {
            step: self.0.clone(),
            routes,
        }
    }
}

/// A [`Step`] around the routes.
#[derive(Clone, Debug)]
pub struct StepService<T, S> {
    step: T,
    routes: S,
}

impl<T: Step, S: Routes> Service<Request> for StepService<T, S> {
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // The routes are made ready when the step calls them (`oneshot`).
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let step = self.step.clone();
        let routes = self.routes.clone();
        Box::pin(async move { Ok(step.run(request, routes).await) })
    }
}
