//! The front door: what every request and response passes through, in one service and in
//! this order.
//!
//! 1. A URL longer than [`limits::MAX_URL_BYTES`] is refused with 414 before anything logs
//!    its path.
//! 2. A non-canonical path is redirected ([`canonical::redirect`]).
//! 3. The rate limits count the request ([`RateLimits::check`]): an API request over its
//!    client's budget is answered 429 here; a search over it goes on, marked, for the page to
//!    say so in the reader's language.
//! 4. An answer kept in the response cache is sent as it is ([`ResponseCache::lookup`]);
//!    anything else goes on to the routes (pages, API, static files, compressed by
//!    [`static_files::with_compression`]), where a miss is rendered and kept. What comes back
//!    says it varies by `Accept-Encoding`, and an empty 404 or 405 gets a short reason
//!    ([`limits::explain_empty_refusal`]).
//! 5. A page asked for by its address in a language the reader's cookie does not name
//!    remembers that language in the cookie ([`remember_language`]): outside the cache,
//!    since the cookie is this reader's and never part of a kept answer.
//! 6. One log line: method, path, status and time. Never the query string or the body: they
//!    can carry a family's answers, ZIP code or location.
//! 7. Every response gets the security headers it lacks, `Strict-Transport-Security` when
//!    served over HTTPS, and `Connection: close` while draining ([`ready::close_while_draining`]).
//!
//! One service rather than a layer for each step: every layer costs each request at least a
//! boxed future and a copy of the services inside it, and the dozen layers this replaces (five
//! axum `from_fn`, five header layers, the trace layer) were most of what a cached page cost.
//! For the same reason a cache hit is answered here, before the routes: routing, the
//! compression layer and the pages' step cost a kept page more than the rest of its way.

use std::{
    convert::Infallible,
    future::Future,
    pin::Pin,
    sync::{Arc, OnceLock},
    task::{Context, Poll},
    time::Instant,
};

use axum::{
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    response::Response,
};
use linkages_app::{
    i18n::{locale::locale_prefix, Locale},
    layout::shell::{language_cookie, remembered_locale},
};
use tower::{Layer, Service, ServiceExt as _};

use crate::{
    canonical,
    limits::{self, RateLimits, Verdict},
    ready::{self, Readiness},
    response_cache::ResponseCache,
    static_files,
};

/// What the front door needs to know: whether the server drains, its HSTS header, the rate
/// limits and the response cache.
#[derive(Clone, Debug)]
pub struct FrontDoor(Arc<Door>);

#[derive(Debug)]
struct Door {
    settings: Settings,
    hsts: Option<HeaderValue>,
}

/// What a [`FrontDoor`] is made of.
#[derive(Debug)]
pub struct Settings {
    /// Whether the server drains (`Connection: close` on every answer then).
    pub readiness: Arc<Readiness>,
    /// `Strict-Transport-Security` max-age in seconds (with `includeSubDomains`); `None` when
    /// the site is not served over HTTPS, and no such header is sent.
    pub hsts_max_age: Option<u64>,
    /// The language cookie is `Secure` when the site is served over HTTPS.
    pub https: bool,
    /// Counted before the cache, so a kept answer costs a client's budget like any other.
    pub limits: RateLimits,
    /// The GET answers kept, shared with the routes' steps that keep them.
    pub cache: Arc<ResponseCache>,
}

impl FrontDoor {
    pub fn new(settings: Settings) -> FrontDoor {
        let hsts = settings.hsts_max_age.and_then(|age| {
            HeaderValue::from_str(&format!("max-age={age}; includeSubDomains")).ok()
        });
        FrontDoor(Arc::new(Door { settings, hsts }))
    }

    /// The answer to a request that is neither too long nor redirected: steps 3 to 5 of the
    /// module's list.
    async fn answer<S: Routes>(&self, mut request: Request, routes: S) -> Response {
        let settings = &self.0.settings;
        let verdict = match settings.limits.check(&mut request) {
            Verdict::Refused(mut refusal) => {
                static_files::vary_by_encoding(refusal.headers_mut());
                return refusal;
            }
            verdict => verdict,
        };
        let (head, body) = request.into_parts();
        let language = locale_prefix(head.uri.path())
            .filter(|&locale| remembered_locale(&head.headers) != Some(locale));
        let response = match settings.cache.lookup(&head).await {
            // Its `Vary` names `Accept-Encoding` already.
            Some(kept) => kept,
            None => {
                let request = Request::from_parts(head, body);
                let mut response = verdict.finish(routes.answer(request).await);
                static_files::vary_by_encoding(response.headers_mut());
                response
            }
        };
        match language {
            Some(locale) => remember_language(response, locale, settings.https),
            None => response,
        }
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
                        let response = self.answer(request, routes).await;
                        let api = uri.path().starts_with("/api/");
                        limits::explain_empty_refusal(api, head, response)
                    }
                };
                log_request(&method, uri.path(), response.status(), started);
                response
            }
        };
        let door = &self.0;
        let headers = response.headers_mut();
        static_files::add_security_headers(headers);
        if let Some(hsts) = &door.hsts {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, hsts.clone());
        }
        ready::close_while_draining(&door.settings.readiness, headers);
        response
    }
}

/// `response` remembering `locale`, the language of a page asked for by its address
/// (`/es/…`) when the reader's cookie says another or none, so `/` opens in it next time. An
/// answer with the cookie is `private` (a shared cache must never hand one reader's
/// `Set-Cookie` to another); a `no-store` answer stays `no-store`.
fn remember_language(mut response: Response, locale: Locale, https: bool) -> Response {
    let Some(cookie) = language_cookie_header(locale, https) else {
        return response;
    };
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, cookie);
    let kept_by_none = headers
        .get(header::CACHE_CONTROL)
        .is_some_and(|v| v.as_bytes() == b"no-store");
    if !kept_by_none {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache, private"),
        );
    }
    response
}

/// The `Set-Cookie` value that remembers `locale` ([`language_cookie`]), made once for each
/// language and scheme rather than for every page that sets it. `None` only if a cookie were
/// not a valid header value (a tag is ASCII letters and `-`).
fn language_cookie_header(locale: Locale, https: bool) -> Option<HeaderValue> {
    static COOKIES: OnceLock<Vec<Option<HeaderValue>>> = OnceLock::new();
    let slot = |locale: Locale, https: bool| 2 * locale as usize + usize::from(https);
    let cookies = COOKIES.get_or_init(|| {
        let mut cookies = vec![None; 2 * Locale::ALL.len()];
        for &locale in Locale::ALL {
            for https in [false, true] {
                cookies[slot(locale, https)] =
                    HeaderValue::from_str(&language_cookie(locale, https)).ok();
            }
        }
        cookies
    });
    cookies.get(slot(locale, https)).cloned().flatten()
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
