//! Request limits that protect the one small server: how long a URL may be, and how often one
//! client may call the JSON API or search for offices. Nothing here is logged or kept beyond a
//! few minutes: the rate limiters hold client addresses in memory only, to count requests.

use crate::{api::ProblemCode, proxies::ClientResolver};
use std::{
    collections::HashMap,
    hash::{BuildHasher, RandomState},
    net::IpAddr,
    sync::{Arc, Mutex, PoisonError},
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use linkages_app::site::SearchRefused;

/// Longest request target (path and query) served. The longest real one, a place-name search
/// in a non-Latin script, is a few hundred bytes.
pub const MAX_URL_BYTES: usize = 2048;

/// The 414 for a request whose URL is longer than [`MAX_URL_BYTES`], or `None` when it is
/// short enough: JSON under `/api/`, plain text elsewhere. The refusal is logged without the
/// path: it is what is too long.
pub fn refuse_long_url(request: &Request) -> Option<Response> {
    let length = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if length <= MAX_URL_BYTES {
        return None;
    }
    tracing::info!(method = %request.method(), length, "refused: the address is too long");
    let message =
        format!("The address is too long ({length} characters; at most {MAX_URL_BYTES}).");
    Some(if request.uri().path().starts_with("/api/") {
        let body = serde_json::json!({
            "errors": [{ "error": ProblemCode::URI_TOO_LONG, "message": message }]
        });
        (StatusCode::URI_TOO_LONG, axum::Json(body)).into_response()
    } else {
        (
            StatusCode::URI_TOO_LONG,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{message} Please go back and search again with fewer words.\n"),
        )
            .into_response()
    })
}

/// Gives a refusal that would otherwise be empty (axum's 405 for a method a route does not
/// take, a missing static file's 404) a short reason: JSON under `/api/`, plain text elsewhere.
/// `api`: the request's path is under `/api/`; `head`: it was a HEAD request (whose answer
/// has no body to explain anything in).
pub fn explain_empty_refusal(api: bool, head: bool, response: Response) -> Response {
    use axum::body::HttpBody as _;
    let status = response.status();
    if head || !status.is_client_error() || response.body().size_hint().exact() != Some(0) {
        return response;
    }
    let (code, message) = match status {
        StatusCode::METHOD_NOT_ALLOWED => (
            ProblemCode::METHOD_NOT_ALLOWED,
            "This address does not take that kind of request.",
        ),
        StatusCode::NOT_FOUND => (ProblemCode::NOT_FOUND, "Nothing is here."),
        _ => (ProblemCode::BAD_REQUEST, "This request cannot be answered."),
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let body = if api {
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        Body::from(
            serde_json::json!({ "errors": [{ "error": code, "message": message }] }).to_string(),
        )
    } else {
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
        Body::from(format!("{message}\n"))
    };
    Response::from_parts(parts, body)
}

/// How often one client may do something: `burst` at once, then `per_minute` spread evenly
/// (a token bucket, kept as the time its bucket will be full again).
///
/// Clients are told apart by network (an IPv4 address, an IPv6 /64; an IPv4 client on a
/// dual-stack socket counts as its IPv4 address). The table of clients is bounded and split
/// into shards, each with its own lock: a client whose bucket is full again carries no
/// information and may be dropped, but a client that is still counting is never forgotten
/// to make room. When a shard is full of clients that are all still counting, a newcomer
/// shares one of [`OVERFLOW_BUCKETS`] buckets with the other newcomers that hash alike, so a
/// flood of fresh addresses is limited as a crowd instead of passing freely.
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    /// Nanoseconds between two requests at the steady rate.
    interval: u64,
    /// How far ahead of now a bucket's "full again" time may be: `burst` intervals.
    tolerance: u64,
    epoch: Instant,
    hasher: RandomState,
    shards: Box<[Mutex<Shard>]>,
    shard_capacity: usize,
    overflow: Box<[Mutex<u64>]>,
}

#[derive(Debug, Default)]
struct Shard {
    /// Client network → when its bucket is full again (nanoseconds since `epoch`).
    full_at: HashMap<IpAddr, u64>,
    /// No client of this shard is full again before this time: sweeping earlier frees nothing.
    next_free: u64,
}

/// Clients tracked by one limiter, at most (each entry is a few dozen bytes).
pub const MAX_TRACKED: usize = 100_000;
/// Locks the table is split over.
const SHARDS: usize = 64;
/// Buckets shared by newcomers while their shard is full.
pub const OVERFLOW_BUCKETS: usize = 1024;

impl RateLimiter {
    /// `per_minute` and `burst` are at least 1.
    pub fn new(per_minute: u32, burst: u32) -> RateLimiter {
        RateLimiter::with_capacity(per_minute, burst, MAX_TRACKED)
    }

    /// A limiter that tracks at most about `capacity` clients (rounded up to a multiple of
    /// the shard count).
    pub fn with_capacity(per_minute: u32, burst: u32, capacity: usize) -> RateLimiter {
        let per_minute = per_minute.max(1);
        let interval = 60_000_000_000 / u64::from(per_minute);
        RateLimiter {
            per_minute,
            interval,
            tolerance: interval.saturating_mul(u64::from(burst.max(1))),
            epoch: Instant::now(),
            hasher: RandomState::new(),
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            shard_capacity: capacity.div_ceil(SHARDS).max(1),
            overflow: (0..OVERFLOW_BUCKETS).map(|_| Mutex::new(0)).collect(),
        }
    }

    /// The configured steady rate.
    pub fn per_minute(&self) -> u32 {
        self.per_minute
    }

    /// Clients in the table now (for tests and figures).
    pub fn tracked(&self) -> usize {
        self.shards.iter().map(|s| lock(s).full_at.len()).sum()
    }

    #[cfg(test)]
    fn is_tracked(&self, client: IpAddr) -> bool {
        let client = network_of(client);
        let shard = self.hasher.hash_one(client) as usize % SHARDS;
        lock(&self.shards[shard]).full_at.contains_key(&client)
    }

    /// Counts one request from `client` at `now`. `Err` says how long until the next request
    /// would be allowed.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let client = network_of(client);
        let now =
            u64::try_from(now.saturating_duration_since(self.epoch).as_nanos()).unwrap_or(u64::MAX);
        let hash = self.hasher.hash_one(client);
        // The low bits choose the shard, the high bits the overflow bucket.
        let mut shard = lock(&self.shards[hash as usize % SHARDS]);
        if let Some(full_at) = shard.full_at.get_mut(&client) {
            return self.take(full_at, now);
        }
        if shard.full_at.len() >= self.shard_capacity && now >= shard.next_free {
            // Forget only clients whose bucket is full again: they lose nothing.
            shard.full_at.retain(|_, full_at| *full_at > now);
            shard.next_free = shard.full_at.values().copied().min().unwrap_or(0);
        }
        if shard.full_at.len() < self.shard_capacity {
            let mut full_at = now;
            let taken = self.take(&mut full_at, now);
            shard.next_free = shard.next_free.min(full_at);
            shard.full_at.insert(client, full_at);
            return taken;
        }
        drop(shard);
        let bucket = &self.overflow[(hash >> 32) as usize % OVERFLOW_BUCKETS];
        self.take(&mut lock(bucket), now)
    }

    /// One request from the bucket that is full again at `full_at` (GCRA).
    fn take(&self, full_at: &mut u64, now: u64) -> Result<(), Duration> {
        let next = (*full_at).max(now).saturating_add(self.interval);
        let ahead = next - now;
        if ahead <= self.tolerance {
            *full_at = next;
            Ok(())
        } else {
            Err(Duration::from_nanos(ahead - self.tolerance))
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// One IPv6 host usually holds a whole /64: count it as one client. An IPv4 client of a
/// dual-stack socket arrives as `::ffff:a.b.c.d` and is counted as `a.b.c.d`.
fn network_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

/// Whole seconds to wait, at least one, for `Retry-After`.
fn retry_after(wait: Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

fn set_retry_after(response: &mut Response, seconds: u64) {
    if let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
}

/// A search on the office finder or the advisor desk: `/{lang}/find` or `/{lang}/advisor`
/// with a query. It does the same work as the nearest-office API.
pub fn is_finder_search(uri: &http::Uri) -> bool {
    let mut segments = uri.path().trim_start_matches('/').split('/');
    let find = matches!(
        (segments.next(), segments.next(), segments.next()),
        (Some(_), Some("find" | "advisor"), None | Some(""))
    ) && segments.next().is_none();
    find && uri.query().is_some_and(|q| !q.is_empty())
}

/// The rate limits, as the front door applies them to every request before the response
/// cache and the routes: an answer from the cache counts like any other.
#[derive(Clone, Debug, Default)]
pub struct RateLimits {
    /// Requests a minute each client may make to the JSON API (`/api/v1…`); `None`: no limit.
    pub api: Option<Arc<RateLimiter>>,
    /// Searches a minute each client may make on the finder and the advisor desk
    /// ([`is_finder_search`]); `None`: no limit.
    pub finder: Option<Arc<RateLimiter>>,
    /// Who the client is, behind trusted proxies.
    pub clients: Arc<ClientResolver>,
}

/// What the rate limits say of one request.
#[derive(Debug)]
pub enum Verdict {
    /// Within its client's budget, or not limited.
    Go,
    /// An API request over its client's budget: this 429, with `Retry-After`, is the answer.
    Refused(Response),
    /// A search over its client's budget: the request now carries [`SearchRefused`], so the
    /// page answers 429 in the reader's language without searching. Its answer is to say
    /// `Retry-After` these seconds ([`Verdict::finish`]).
    SearchRefused { retry_after: u64 },
}

impl RateLimits {
    /// Counts `request` against its client's budget, if a limit applies to it.
    pub fn check(&self, request: &mut Request) -> Verdict {
        let path = request.uri().path();
        if path == "/api/v1" || path.starts_with("/api/v1/") {
            let Some(limiter) = &self.api else {
                return Verdict::Go;
            };
            return match limiter.check(self.clients.client_of(request), Instant::now()) {
                Ok(()) => Verdict::Go,
                Err(wait) => Verdict::Refused(too_many_api_requests(limiter, retry_after(wait))),
            };
        }
        let Some(limiter) = &self.finder else {
            return Verdict::Go;
        };
        if !is_finder_search(request.uri()) {
            return Verdict::Go;
        }
        match limiter.check(self.clients.client_of(request), Instant::now()) {
            Ok(()) => Verdict::Go,
            Err(wait) => {
                request.extensions_mut().insert(SearchRefused);
                Verdict::SearchRefused {
                    retry_after: retry_after(wait),
                }
            }
        }
    }
}

impl Verdict {
    /// The answer to a request that went on ([`Verdict::Go`], [`Verdict::SearchRefused`]),
    /// with `Retry-After` when it was a refused search answered 429.
    pub fn finish(self, mut response: Response) -> Response {
        if let Verdict::SearchRefused { retry_after } = self {
            if response.status() == StatusCode::TOO_MANY_REQUESTS {
                set_retry_after(&mut response, retry_after);
            }
        }
        response
    }
}

/// The API's 429: a problem in the API's JSON shape, `no-store`, with `Retry-After`.
fn too_many_api_requests(limiter: &RateLimiter, seconds: u64) -> Response {
    let body = serde_json::json!({
        "errors": [{
            "error": ProblemCode::RATE_LIMITED,
            "message": format!(
                "too many requests from this address; at most {} a minute. Try again in {seconds} s.",
                limiter.per_minute
            )
        }]
    });
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(body),
    )
        .into_response();
    set_retry_after(&mut response, seconds);
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    const A: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
    const B: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2));

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }

    #[test]
    fn a_burst_is_allowed_then_refused_until_tokens_refill() {
        let limiter = RateLimiter::new(60, 3); // one a second, three at once
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check(A, start), Ok(()));
        }
        let wait = limiter.check(A, start).unwrap_err();
        assert!(
            wait > Duration::from_millis(900) && wait <= Duration::from_secs(1),
            "{wait:?}"
        );
        // Another client has its own bucket.
        assert_eq!(limiter.check(B, start), Ok(()));
        // After a second, exactly one more.
        let later = start + Duration::from_secs(1);
        assert_eq!(limiter.check(A, later), Ok(()));
        assert!(limiter.check(A, later).is_err());
        // A long pause refills only up to the burst.
        let much_later = start + Duration::from_secs(3600);
        for _ in 0..3 {
            assert_eq!(limiter.check(A, much_later), Ok(()));
        }
        assert!(limiter.check(A, much_later).is_err());
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        assert_eq!(retry_after(Duration::from_millis(1)), 1);
        assert_eq!(retry_after(Duration::from_secs(2)), 2);
        assert_eq!(retry_after(Duration::from_millis(2001)), 3);
    }

    #[test]
    fn ipv6_addresses_of_one_network_share_a_bucket() {
        let limiter = RateLimiter::new(1, 1);
        let start = Instant::now();
        assert_eq!(limiter.check(ip("2001:db8:1:2::1"), start), Ok(()));
        assert!(limiter.check(ip("2001:db8:1:2:ffff::9"), start).is_err());
        assert_eq!(limiter.check(ip("2001:db8:1:3::1"), start), Ok(()));
    }

    #[test]
    fn ipv4_clients_of_a_dual_stack_socket_each_have_their_own_bucket() {
        // On `[::]` every IPv4 client arrives as ::ffff:a.b.c.d; the /64 rule would put them
        // all in one bucket.
        let limiter = RateLimiter::new(1, 1);
        let start = Instant::now();
        assert_eq!(limiter.check(ip("::ffff:192.0.2.1"), start), Ok(()));
        assert_eq!(limiter.check(ip("::ffff:192.0.2.2"), start), Ok(()));
        assert_eq!(limiter.check(ip("::ffff:198.51.100.7"), start), Ok(()));
        // ...and a mapped address is the same client as the plain IPv4 one.
        assert!(limiter.check(ip("::ffff:192.0.2.1"), start).is_err());
        assert!(limiter.check(A, start).is_err());
        assert_eq!(network_of(ip("::ffff:192.0.2.1")), A);
    }

    #[test]
    fn clients_whose_bucket_refilled_make_room_for_new_ones() {
        let limiter = RateLimiter::with_capacity(600, 2, 1000);
        let start = Instant::now();
        for i in 0..5000_u32 {
            let _ = limiter.check(IpAddr::V4(Ipv4Addr::from(i)), start);
        }
        assert!(limiter.tracked() <= 1000 + SHARDS, "{}", limiter.tracked());
        // A minute later every bucket is full again: new clients take their places.
        let later = start + Duration::from_secs(60);
        for i in 0..300_u32 {
            let client = IpAddr::V4(Ipv4Addr::from(1_000_000 + i));
            assert_eq!(limiter.check(client, later), Ok(()));
            assert!(limiter.is_tracked(client), "{client} has its own bucket");
        }
        assert!(limiter.tracked() <= 1000 + SHARDS, "{}", limiter.tracked());
    }

    #[test]
    fn a_full_table_never_forgets_a_client_over_its_limit() {
        let limiter = RateLimiter::with_capacity(1, 1, 1000);
        let start = Instant::now();
        assert_eq!(limiter.check(A, start), Ok(()));
        assert!(limiter.check(A, start).is_err());
        // Far more addresses than the table holds, all still counting.
        for i in 0..50_000_u32 {
            let _ = limiter.check(IpAddr::V4(Ipv4Addr::from(1_000_000 + i)), start);
        }
        assert!(limiter.tracked() <= 1000 + SHARDS, "{}", limiter.tracked());
        let soon = start + Duration::from_secs(1);
        assert!(limiter.check(A, soon).is_err(), "A is still over its limit");
        // After its minute, A may ask again.
        assert_eq!(limiter.check(A, start + Duration::from_secs(60)), Ok(()));
    }

    #[test]
    fn a_flood_of_new_addresses_is_limited_while_the_table_is_full() {
        let burst = 2;
        let limiter = RateLimiter::with_capacity(1, burst, 1000);
        let start = Instant::now();
        // Fill the table (and the overflow buckets) with clients that keep counting.
        let mut allowed = 0;
        for i in 0..200_000_u32 {
            if limiter.check(IpAddr::V4(Ipv4Addr::from(i)), start).is_ok() {
                allowed += 1;
            }
        }
        // Each tracked client had its burst; beyond the table, newcomers shared buckets.
        let bound = (limiter.tracked() + OVERFLOW_BUCKETS) * burst as usize;
        assert!(allowed <= bound, "{allowed} allowed, at most {bound}");
        assert!(allowed < 20_000, "{allowed}");
    }

    #[test]
    fn finder_searches_are_recognised_by_path_and_query() {
        let search = |uri: &str| is_finder_search(&uri.parse().unwrap_or_default());
        assert!(search("/en/find?q=90020"));
        assert!(search("/zh-Hant/find/?lat=34&lon=-118"));
        assert!(
            search("/xx/find?q=1"),
            "the same work whatever the language"
        );
        assert!(!search("/en/find"));
        assert!(!search("/en/find?"));
        assert!(!search("/en/hotlines?q=1"));
        assert!(!search("/en/find/more?q=1"));
        assert!(!search("/api/v1/nearest?zip=90020"));
    }
}
