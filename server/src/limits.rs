//! Request limits that protect the one small server: how long a URL may be, and how often one
//! client may call the JSON API. Nothing here is logged or kept beyond a few minutes: the
//! rate limiter holds client addresses in memory only, to count their requests.

use std::{
    collections::HashMap,
    net::{IpAddr, Ipv4Addr, SocketAddr},
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Longest request target (path and query) served. The longest real one, a place-name search
/// in a non-Latin script, is a few hundred bytes.
pub const MAX_URL_BYTES: usize = 2048;

/// Answers 414 to a request whose URL is longer than [`MAX_URL_BYTES`].
pub async fn limit_url_length(request: Request, next: Next) -> Response {
    let length = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if length <= MAX_URL_BYTES {
        return next.run(request).await;
    }
    let message =
        format!("The address is too long ({length} characters; at most {MAX_URL_BYTES}).");
    if request.uri().path().starts_with("/api/") {
        let body = serde_json::json!({
            "errors": [{ "error": "uri_too_long", "message": message }]
        });
        (StatusCode::URI_TOO_LONG, axum::Json(body)).into_response()
    } else {
        (
            StatusCode::URI_TOO_LONG,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{message} Please go back and search again with fewer words.\n"),
        )
            .into_response()
    }
}

/// Gives a refusal that would otherwise be empty (axum's 405 for a method a route does not
/// take, a missing static file's 404) a short reason: JSON under `/api/`, plain text elsewhere.
pub async fn explain_empty_refusals(request: Request, next: Next) -> Response {
    use axum::body::HttpBody as _;
    let api = request.uri().path().starts_with("/api/");
    let head = request.method() == axum::http::Method::HEAD;
    let response = next.run(request).await;
    let status = response.status();
    if head || !status.is_client_error() || response.body().size_hint().exact() != Some(0) {
        return response;
    }
    let (code, message) = match status {
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "This address does not take that kind of request.",
        ),
        StatusCode::NOT_FOUND => ("not_found", "Nothing is here."),
        _ => ("bad_request", "This request cannot be answered."),
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

/// A token bucket per client address: `burst` requests at once, refilled at `per_minute`.
#[derive(Debug)]
pub struct RateLimiter {
    per_minute: u32,
    burst: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Addresses tracked before idle ones are dropped (a full bucket carries no information).
const MAX_TRACKED: usize = 10_000;

impl RateLimiter {
    /// `per_minute` must be at least 1; `burst` at least 1.
    pub fn new(per_minute: u32, burst: u32) -> RateLimiter {
        RateLimiter {
            per_minute: per_minute.max(1),
            burst: burst.max(1),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn per_second(&self) -> f64 {
        f64::from(self.per_minute) / 60.0
    }

    /// Takes one request from `client`'s bucket at `now`. `Err` says how long until the next
    /// request would be allowed.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let client = network_of(client);
        let rate = self.per_second();
        let burst = f64::from(self.burst);
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= MAX_TRACKED && !buckets.contains_key(&client) {
            // Forget clients whose bucket has refilled: they lose nothing.
            buckets.retain(|_, b| {
                b.tokens + now.saturating_duration_since(b.updated).as_secs_f64() * rate < burst
            });
            // Memory stays bounded even against very many addresses: start afresh.
            if buckets.len() >= 4 * MAX_TRACKED {
                buckets.clear();
            }
        }
        let bucket = buckets.entry(client).or_insert(Bucket {
            tokens: burst,
            updated: now,
        });
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate).min(burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / rate))
        }
    }
}

/// One IPv6 host usually holds a whole /64: count it as one client.
fn network_of(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(segments.into())
        }
    }
}

/// Middleware for the API: 429 with `Retry-After` when a client is over its rate. Clients
/// are told apart by the connection's address (a test router without one is one client).
pub async fn limit_api_rate(
    State(limiter): State<std::sync::Arc<RateLimiter>>,
    request: Request<Body>,
    next: Next,
) -> Response {
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    match limiter.check(client, Instant::now()) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let seconds = wait.as_secs().max(1);
            let body = serde_json::json!({
                "errors": [{
                    "error": "rate_limited",
                    "message": format!(
                        "too many requests from this address; at most {} a minute. Try again in {seconds} s.",
                        limiter.per_minute
                    )
                }]
            });
            let mut response = (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
            if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1));
    const B: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 0, 2, 2));

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
    fn idle_clients_are_forgotten_when_many_are_tracked() {
        let limiter = RateLimiter::new(600, 2);
        let start = Instant::now();
        for i in 0..MAX_TRACKED as u32 {
            let ip = IpAddr::V4(Ipv4Addr::from(i));
            assert_eq!(limiter.check(ip, start), Ok(()));
        }
        // A minute later every bucket is full again: a new client makes room.
        assert_eq!(limiter.check(A, start + Duration::from_secs(60)), Ok(()));
        let tracked = limiter.buckets.lock().map(|b| b.len()).unwrap_or(0);
        assert_eq!(tracked, 1);
    }

    #[test]
    fn ipv6_addresses_of_one_network_share_a_bucket() {
        let limiter = RateLimiter::new(1, 1);
        let start = Instant::now();
        let one: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let same_net: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let other_net: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(limiter.check(one, start), Ok(()));
        assert!(limiter.check(same_net, start).is_err());
        assert_eq!(limiter.check(other_net, start), Ok(()));
    }

    #[test]
    fn an_over_limit_client_is_not_forgotten() {
        let limiter = RateLimiter::new(1, 1);
        let start = Instant::now();
        assert_eq!(limiter.check(A, start), Ok(()));
        for i in 0..MAX_TRACKED as u32 {
            let _ = limiter.check(IpAddr::V4(Ipv4Addr::from(i + 1_000_000)), start);
        }
        assert!(limiter.check(A, start + Duration::from_secs(1)).is_err());
    }
}
