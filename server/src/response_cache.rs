//! The server's own cache of GET answers (pages and the JSON API), kept in memory with each
//! answer's bytes already in the coding the client asked for, so a hit costs a copy of a
//! reference, not a render and a brotli pass; and a strong `ETag` on every answer it serves,
//! so a client with the current copy gets 304 and no body (RFC 9110 §13.1.2).
//!
//! * **Key**: the coding (brotli, gzip or none) and the request's path and query as they came.
//!   The path is canonical by then (`canonical::redirect`, in the front door, stands outside and
//!   sends every other spelling away), and it names the language (`/es/…`): only paths that
//!   start with a shipped language, and `/api/v1/…`, are kept, because only their answers
//!   depend on nothing but the address. The query is kept as it came, not reordered: a page
//!   repeats it (the language switch keeps a search), so two orders are two different pages.
//! * **What is kept**: a 200 to a GET, with no `Set-Cookie` (the language cookie is added
//!   outside, per request, by the front door: see `front`). Never a POST: screening answers are
//!   neither cached nor stored. Never a screening page with a query, whatever its method.
//! * **Privacy**: answers about a place (`/en/find?q=90020`, `/api/v1/nearest?…`) are kept
//!   too. That is safe because such an answer is a pure function of the public address (the
//!   dataset and the minute do the rest): it holds nothing else of the reader, so handing it
//!   to the next reader who asks the same thing tells them nothing they did not ask. Those
//!   answers still say `no-store` to every other cache, and keys are never written to the
//!   log (a query can hold a family's ZIP code or coordinates): hits and misses are logged
//!   at debug level with the path only.
//! * **Freshness**: an answer lives until the end of the wall-clock minute it was rendered in
//!   (opening hours change on the minute, and the pages say "open now"), and all of them go
//!   when a dataset is reloaded ([`ResponseCache::clear`]). A render that began before a
//!   reload is not kept.
//! * **Bounds**: by bytes ([`ResponseCache::new`]): body, headers and key, each entry weighed.

use std::{
    future::Future,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex, PoisonError,
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use axum::{
    body::{Body, Bytes},
    extract::Request,
    http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode},
    response::{IntoResponse, Response},
};
use linkages_app::{i18n::locale::locale_prefix, site::SearchRefused};
use linkages_directory::dataset::export::EntityTag;
use moka::{future::Cache, Expiry};

use crate::{
    api::none_match_fails,
    front::{Routes, Step},
    static_files::{add_security_headers, vary_by_encoding, KeepEncoding},
};

/// Bytes the cache holds by default: about 1,000 result pages in brotli (6 KB and their
/// headers), or 200 uncompressed. With it full the server stays under 64 MB of RSS (measured
/// with `scripts/load` and 4,500 distinct result pages: see the issue's closing note).
pub const DEFAULT_CACHE_BYTES: u64 = 8 * 1024 * 1024;

/// An answer larger than this is served but not kept (ours are 2 to 120 KB).
const MAX_ENTRY_BYTES: usize = 1024 * 1024;

/// Bodies shorter than this go as they are: a coding would cost more than it saves.
const MIN_CODED_BYTES: usize = 32;

/// Brotli quality for kept answers: 5 is within a few per cent of 11 on our pages and many
/// times faster; each answer is coded once a minute at most, but a miss waits for it.
const BROTLI_QUALITY: u32 = 5;

/// A content coding the cache stores answers in (RFC 9110 §8.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    /// The coding to send for this request's `Accept-Encoding`: brotli, else gzip, when
    /// accepted with a non-zero weight (`*` counts for both), else none.
    pub fn preferred(request: &HeaderMap) -> Coding {
        if accepts(request, "br") {
            Coding::Brotli
        } else if accepts(request, "gzip") {
            Coding::Gzip
        } else {
            Coding::Identity
        }
    }

    fn header(self) -> Option<&'static str> {
        match self {
            Coding::Brotli => Some("br"),
            Coding::Gzip => Some("gzip"),
            Coding::Identity => None,
        }
    }
}

/// True when `Accept-Encoding` admits `coding` (RFC 9110 §12.5.3): named (or `x-gzip` for
/// gzip) or `*`, with a non-zero weight, and not ruled out by its own `;q=0`.
pub fn accepts(request: &HeaderMap, coding: &str) -> bool {
    let mut named = None;
    let mut any = None;
    for line in request.get_all(header::ACCEPT_ENCODING) {
        let Ok(text) = line.to_str() else { continue };
        for member in text.split(',') {
            let mut parts = member.split(';');
            let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let weight = parts
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
                .map(|(_, v)| v.trim().parse::<f32>().unwrap_or(0.0))
                .unwrap_or(1.0);
            let accepted = weight > 0.0;
            let name = if name == "x-gzip" { "gzip" } else { &name };
            if name == coding {
                named = Some(accepted);
            } else if name == "*" {
                any = Some(accepted);
            }
        }
    }
    named.or(any).unwrap_or(false)
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    coding: Coding,
    /// Path and query as requested (never logged).
    target: String,
}

/// One kept answer: its headers and its body in the key's coding, with the body's tag.
#[derive(Debug)]
struct Stored {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    etag: EntityTag,
    /// The end of the minute it was rendered in.
    expires: Instant,
}

impl Stored {
    /// The answer to send: 304 with the tag, the cache policy and `Vary` (RFC 9110 §15.4.5)
    /// when `If-None-Match` names this body, else the whole answer.
    fn respond(&self, request: &HeaderMap) -> Response {
        let mut response = if none_match_fails(request, &self.etag) {
            let mut response = StatusCode::NOT_MODIFIED.into_response();
            for name in [header::CACHE_CONTROL, header::VARY, header::ETAG] {
                for value in self.headers.get_all(&name) {
                    response.headers_mut().append(name.clone(), value.clone());
                }
            }
            response
        } else {
            let mut response = Response::new(Body::from(self.body.clone()));
            *response.status_mut() = self.status;
            *response.headers_mut() = self.headers.clone();
            response
        };
        // The body is coded already and the tag names these bytes.
        response.extensions_mut().insert(KeepEncoding);
        response
    }

    /// Weight for the byte bound: body, headers (each with the header map's own bucket) and
    /// key, and the entry itself (the cache's node, the `Arc`, the map's table).
    fn weight(&self, key: &Key) -> u32 {
        let headers: usize = self
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 128)
            .sum();
        let total = self.body.len() + headers + key.target.len() + 512;
        u32::try_from(total).unwrap_or(u32::MAX)
    }
}

struct UntilTheMinuteEnds;

impl Expiry<Key, Arc<Stored>> for UntilTheMinuteEnds {
    fn expire_after_create(
        &self,
        _key: &Key,
        value: &Arc<Stored>,
        created_at: Instant,
    ) -> Option<Duration> {
        Some(value.expires.saturating_duration_since(created_at))
    }
}

/// The cache: answers by key, bounded by bytes, emptied on reload.
pub struct ResponseCache {
    entries: Cache<Key, Arc<Stored>>,
    /// Counts reloads, so a render that began before one is not kept after it.
    generation: AtomicU64,
    capacity: u64,
}

impl std::fmt::Debug for ResponseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseCache")
            .field("capacity", &self.capacity)
            .field("entries", &self.entries.entry_count())
            .finish()
    }
}

impl ResponseCache {
    /// A cache of at most `capacity` bytes (bodies, headers and keys, see [`Stored::weight`]);
    /// 0 keeps nothing (every answer is still coded and tagged).
    pub fn new(capacity: u64) -> ResponseCache {
        ResponseCache {
            entries: Cache::builder()
                .max_capacity(capacity)
                .weigher(|key: &Key, value: &Arc<Stored>| value.weight(key))
                .expire_after(UntilTheMinuteEnds)
                .build(),
            generation: AtomicU64::new(0),
            capacity,
        }
    }

    /// Forgets every answer (a new dataset is in service), including renders under way.
    pub fn clear(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.entries.invalidate_all();
    }

    /// Bytes held now (weights of the entries, once moka's pending work has run).
    pub async fn weighted_size(&self) -> u64 {
        self.entries.run_pending_tasks().await;
        self.entries.weighted_size()
    }
}

/// Whether the answer to a GET of this address depends on the address alone. Pages under a
/// language (the locale is in the path; the cookie and `Accept-Language` only choose one for
/// `/`), and the JSON API but its root (which names the host it was reached at) and the
/// exports (kept whole, with their own tags, beside the dataset). Never a screening page with
/// a query: answers do not go into a cache.
fn cacheable(path: &str, query: Option<&str>) -> bool {
    if let Some(api) = path.strip_prefix("/api/v1/") {
        return !api.starts_with("export/");
    }
    if locale_prefix(path).is_none() {
        return false;
    }
    let screening = path.split('/').any(|segment| segment == "screening");
    !(screening && query.is_some_and(|q| !q.is_empty()))
}

/// The key `request`'s answer is kept under, or `None` when it is not one the cache serves:
/// anything but a GET, an address whose answer depends on more than itself ([`cacheable`]),
/// or a search over the client's budget (the page answers it "too many": see `limits`).
fn key_of(request: &Parts) -> Option<Key> {
    let uri = &request.uri;
    let query = uri.query().filter(|q| !q.is_empty());
    let refused = request.extensions.get::<SearchRefused>().is_some();
    if request.method != Method::GET || refused || !cacheable(uri.path(), query) {
        return None;
    }
    let target = match query {
        Some(query) => format!("{}?{query}", uri.path()),
        None => uri.path().to_owned(),
    };
    Some(Key {
        coding: Coding::preferred(&request.headers),
        target,
    })
}

impl ResponseCache {
    /// The kept answer to `request` (200, or 304 to a matching `If-None-Match`), or `None`
    /// when none is kept: for the front door, which answers hits before the routes. A miss
    /// goes on to the routes, where [`serve`] renders and keeps it. Takes the request's head
    /// (a body cannot be shared across threads, so a borrowed request could not be awaited on).
    pub async fn lookup(&self, request: &Parts) -> Option<Response> {
        let key = key_of(request)?;
        let stored = self.entries.get(&key).await?;
        tracing::debug!(path = request.uri.path(), "response cache hit");
        Some(stored.respond(&request.headers))
    }
}

/// As a [`Step`] of the routes (the front door has answered what was kept when the request
/// came: [`ResponseCache::lookup`]): keeps new GET answers, and codes
/// and tags every answer it keeps (see the module documentation). Answers it leaves alone
/// (other methods, other addresses, anything but 200) go on to the compression layer as before.
///
/// Requests for the same key that arrive while its answer is being made wait for that one
/// render (moka's `try_get_with`), instead of each rendering and coding it again: a page's
/// first minute under load costs one render, not one per open connection (64 brotli
/// coders at once grew the server by 30 MB). When that answer is not kept, each waiting
/// request is answered by its own render: only kept answers are ever shared.
impl Step for Arc<ResponseCache> {
    async fn run<S: Routes>(self, request: Request, routes: S) -> Response {
        serve(&self, request, |request| routes.answer(request)).await
    }
}

/// `request` answered from `cache`, or by `render` (called at most once) and kept when it may
/// be: the [`Step`] above, for a step that does more around the cache (the pages').
pub(crate) async fn serve<F, R>(cache: &ResponseCache, request: Request, render: F) -> Response
where
    F: FnOnce(Request) -> R + Send,
    R: Future<Output = Response> + Send,
{
    let (head, body) = request.into_parts();
    let Some(key) = key_of(&head) else {
        return render(Request::from_parts(head, body)).await;
    };
    let request = Request::from_parts(head, body);
    // The front door looked for a kept answer already ([`ResponseCache::lookup`]); one kept
    // since is found by `try_get_with` below.
    // The request goes to the render; its conditions stay for the answer.
    let conditions = if_none_match(request.headers());
    // Only the path goes to the log: the query may be a family's place.
    let path = request.uri().path().to_owned();
    tracing::debug!(path, "response cache miss");

    let coding = key.coding;
    // This request, until the render that answers it is known to be this one's own.
    let pending = Mutex::new(Some((request, render)));
    // The answer of this request's own render when it is not kept.
    let unkept: Mutex<Option<Response>> = Mutex::new(None);
    let shared = cache
        .entries
        .try_get_with(key, async {
            let Some((request, render)) = take(&pending) else {
                return Err(NotKept);
            };
            let generation = cache.generation.load(Ordering::SeqCst);
            let expires = end_of_this_minute();
            let response = render(request).await;
            let response = match keep(response, coding, expires.0, &path).await {
                Ok(stored) => {
                    let still_current = cache.generation.load(Ordering::SeqCst) == generation;
                    if still_current && stored.body.len() <= MAX_ENTRY_BYTES && !expires.passed() {
                        return Ok(Arc::new(stored));
                    }
                    stored.respond(&conditions)
                }
                Err(response) => response,
            };
            *unkept.lock().unwrap_or_else(PoisonError::into_inner) = Some(response);
            Err(NotKept)
        })
        .await;
    match shared {
        Ok(stored) => stored.respond(&conditions),
        Err(_) => {
            if let Some(response) = take(&unkept) {
                return response;
            }
            // Another request's render, not kept: this one makes its own.
            match take(&pending) {
                Some((request, render)) => render(request).await,
                None => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
            }
        }
    }
}

/// Why a render's answer is not in the cache (its requester has it; see [`serve`]).
#[derive(Debug)]
struct NotKept;

fn take<T>(slot: &Mutex<Option<T>>) -> Option<T> {
    slot.lock().unwrap_or_else(PoisonError::into_inner).take()
}

/// `response` coded and tagged, ready to keep, when it may be: a 200 with no `Set-Cookie`,
/// not coded already. Any other answer comes back as it is.
async fn keep(
    response: Response,
    coding: Coding,
    expires: Instant,
    path: &str,
) -> Result<Stored, Response> {
    let keep = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CONTENT_ENCODING)
        && response.extensions().get::<KeepEncoding>().is_none();
    if !keep {
        return Err(response);
    }
    let (mut parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => {
            tracing::error!(path, "could not read an answer to keep it: {err}");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let body = encode(coding, &parts.headers, body);
    parts.headers.remove(header::CONTENT_LENGTH);
    // Chosen by its coding (the key's): said once here, not merged into every answer sent.
    vary_by_encoding(&mut parts.headers);
    // The front door adds them to every answer that lacks them: a kept one has them already.
    add_security_headers(&mut parts.headers);
    if let (Some(name), true) = (coding.header(), body.coded) {
        parts
            .headers
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    }
    let etag = EntityTag::of(&body.bytes);
    if let Ok(value) = HeaderValue::from_str(etag.as_str()) {
        parts.headers.insert(header::ETAG, value);
    }
    Ok(Stored {
        status: parts.status,
        headers: parts.headers,
        body: body.bytes,
        etag,
        expires,
    })
}

/// The request's `If-None-Match` lines alone (what [`Stored::respond`] reads).
fn if_none_match(request: &HeaderMap) -> HeaderMap {
    let mut conditions = HeaderMap::new();
    for value in request.get_all(header::IF_NONE_MATCH) {
        conditions.append(header::IF_NONE_MATCH, value.clone());
    }
    conditions
}

/// The instant the current wall-clock minute ends (minutes are the same in UTC and Los
/// Angeles time: its offsets are whole hours).
struct MinuteEnd(Instant);

impl MinuteEnd {
    fn passed(&self) -> bool {
        Instant::now() >= self.0
    }
}

fn end_of_this_minute() -> MinuteEnd {
    let now = Instant::now();
    let into_minute = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|since| {
            Duration::from_nanos(u64::try_from(since.as_nanos() % 60_000_000_000).unwrap_or(0))
        })
        .unwrap_or_default();
    MinuteEnd(now + (Duration::from_secs(60) - into_minute))
}

struct Encoded {
    bytes: Bytes,
    /// False when the body went as it is (too short, not text, or the coder failed).
    coded: bool,
}

/// `body` in `coding`, when worth it: text and JSON of at least [`MIN_CODED_BYTES`].
fn encode(coding: Coding, headers: &HeaderMap, body: Bytes) -> Encoded {
    use std::io::Write as _;
    let text = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/") || t.contains("json") || t.contains("xml"));
    if coding == Coding::Identity || !text || body.len() < MIN_CODED_BYTES {
        return Encoded {
            bytes: body,
            coded: false,
        };
    }
    let mut out = Vec::with_capacity(body.len() / 4);
    let written = match coding {
        Coding::Brotli => {
            // A window just large enough for the body (2^10 to 2^22 bytes): the default 4 MiB
            // window's buffers, allocated for a 30 KB page, left the server 24 MB larger.
            let lgwin = (usize::BITS - body.len().leading_zeros()).clamp(10, 22) as i32;
            let params = brotli::enc::BrotliEncoderParams {
                quality: BROTLI_QUALITY as i32,
                lgwin,
                size_hint: body.len(),
                ..Default::default()
            };
            brotli::BrotliCompress(&mut &body[..], &mut out, &params).map(|_| ())
        }
        Coding::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(&mut out, flate2::Compression::new(6));
            encoder
                .write_all(&body)
                .and_then(|()| encoder.finish().map(|_| ()))
        }
        Coding::Identity => Ok(()),
    };
    match written {
        Ok(()) => Encoded {
            bytes: Bytes::from(out),
            coded: true,
        },
        Err(err) => {
            tracing::error!("could not code an answer, sending it as it is: {err}");
            Encoded {
                bytes: body,
                coded: false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{accepts, cacheable, Coding, HeaderMap, HeaderValue, ResponseCache};
    use crate::front::StepLayer;
    use axum::{
        body::Body,
        http::{header, Request, StatusCode},
        routing::get,
        Router,
    };
    use std::{
        sync::{
            atomic::{AtomicUsize, Ordering},
            Arc,
        },
        time::Duration,
    };
    use tower::ServiceExt as _;

    /// A router whose one page answers `status` after a pause, counting its renders, behind
    /// the cache.
    fn counted(status: StatusCode) -> (Router, Arc<AtomicUsize>) {
        let renders = Arc::new(AtomicUsize::new(0));
        let counter = renders.clone();
        let page = get(move || {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(50)).await;
                (
                    status,
                    [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    "<p>the same page for every reader who asks for it</p>".repeat(20),
                )
            }
        });
        let router = Router::new()
            .route("/en/hotlines", page)
            .layer(StepLayer(Arc::new(ResponseCache::new(1024 * 1024))));
        (router, renders)
    }

    /// `n` requests for the page at once; their statuses and bodies.
    async fn at_once(router: &Router, n: usize) -> Vec<(StatusCode, Vec<u8>)> {
        let requests = (0..n).map(|_| {
            let router = router.clone();
            tokio::spawn(async move {
                let request = Request::get("/en/hotlines")
                    .header(header::ACCEPT_ENCODING, "br")
                    .body(Body::empty())
                    .unwrap();
                let response = router.oneshot(request).await.unwrap();
                let status = response.status();
                let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                    .await
                    .unwrap();
                (status, body.to_vec())
            })
        });
        let mut answers = Vec::new();
        for request in requests.collect::<Vec<_>>() {
            answers.push(request.await.unwrap());
        }
        answers
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn requests_for_an_answer_being_made_share_its_one_render() {
        let (router, renders) = counted(StatusCode::OK);
        let answers = at_once(&router, 16).await;
        assert_eq!(renders.load(Ordering::SeqCst), 1);
        assert!(answers.iter().all(|a| a == &answers[0]));
        assert_eq!(answers[0].0, StatusCode::OK);
        // Kept: later requests are answered from memory.
        at_once(&router, 4).await;
        assert_eq!(renders.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_answer_that_is_not_kept_is_not_shared_either() {
        let (router, renders) = counted(StatusCode::NOT_FOUND);
        let answers = at_once(&router, 16).await;
        assert_eq!(
            renders.load(Ordering::SeqCst),
            16,
            "each request its own render"
        );
        assert!(answers
            .iter()
            .all(|(status, _)| *status == StatusCode::NOT_FOUND));
    }

    fn accept(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        }
        headers
    }

    #[test]
    fn the_coding_follows_accept_encoding() {
        let preferred = |v: &[&str]| Coding::preferred(&accept(v));
        assert_eq!(preferred(&["br"]), Coding::Brotli);
        assert_eq!(preferred(&["gzip, deflate, br"]), Coding::Brotli);
        assert_eq!(preferred(&["gzip"]), Coding::Gzip);
        assert_eq!(preferred(&["br;q=0, gzip"]), Coding::Gzip);
        assert_eq!(preferred(&["*"]), Coding::Brotli);
        assert_eq!(preferred(&["*, br;q=0"]), Coding::Gzip);
        assert_eq!(preferred(&["x-gzip"]), Coding::Gzip);
        assert_eq!(preferred(&[]), Coding::Identity);
        assert_eq!(preferred(&["identity"]), Coding::Identity);
        assert_eq!(preferred(&["*;q=0"]), Coding::Identity);
        assert!(!accepts(&accept(&["gzip;q=0.000"]), "gzip"));
    }

    #[test]
    fn only_answers_that_depend_on_the_address_alone_are_kept() {
        assert!(cacheable("/en", None));
        assert!(cacheable("/en/hotlines", None));
        assert!(cacheable("/es/find", Some("q=90020")));
        assert!(cacheable("/en/screening", None));
        assert!(cacheable("/api/v1/nearest", Some("zip=90020")));
        assert!(cacheable("/api/v1/services", None));
        // Chosen by cookie or Accept-Language, named for the host, or kept elsewhere.
        assert!(!cacheable("/", None));
        assert!(!cacheable("/xx/find", None));
        assert!(!cacheable("/api/v1", None));
        assert!(!cacheable("/api/v1/export/hsds.json", None));
        assert!(!cacheable("/healthz", None));
        assert!(!cacheable("/assets/site.css", None));
        // Screening answers in a query are never kept.
        assert!(!cacheable("/en/screening", Some("dcfs_case=yes")));
        assert!(!cacheable("/en/advisor/screening", Some("dcfs_case=yes")));
        assert!(cacheable("/en/advisor/screening", Some("")));
    }
}
