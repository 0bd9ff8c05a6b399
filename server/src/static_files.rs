//! Static files and the headers every response carries.

use axum::{
    extract::Request,
    http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    Router,
};
use tower::ServiceBuilder;
use tower_http::{
    compression::{predicate::Predicate, CompressionLayer, DefaultPredicate},
    services::{ServeDir, ServeFile},
};

use crate::{AppState, SharedState};

/// `/pkg` (wasm, glue, boot) and `/assets` (css, quick exit) carry content hashes in their
/// names once built, so those files are cached for a year; brotli/gzip copies are served when
/// present (so they vary by `Accept-Encoding`: see [`with_compression`]). A folder is not a
/// file: 404, never a listing, an index or a redirect to a trailing slash.
pub fn routes(state: &AppState) -> Router<SharedState> {
    let built = state.site_root.join("manifest.json").exists();
    let assets_dir = if built {
        state.site_root.join("assets")
    } else {
        // Running from the source tree without a build: serve public/ as it is.
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../public"))
    };
    let cached = |dir: std::path::PathBuf| {
        ServiceBuilder::new()
            .layer(middleware::from_fn(move |request: Request, next: Next| {
                cache_by_status(built, request, next)
            }))
            .layer(middleware::from_fn(only_names_a_disk_can_hold))
            .service(
                ServeDir::new(dir)
                    .precompressed_br()
                    .precompressed_gzip()
                    .append_index_html_on_directories(false),
            )
    };
    let favicon = assets_dir.join("favicon.ico");
    Router::new()
        .nest_service("/pkg", cached(state.site_root.join("pkg")))
        .nest_service("/assets", cached(assets_dir))
        .route_service("/favicon.ico", ServeFile::new(favicon))
}

/// What a cache may keep of a static file's answer. A year, unchanged, only for the file itself
/// (200, a range of it, or "not modified") and only when its name carries its content hash:
/// a missing file (404), a refused method (405) or an unhashed name may change at the next
/// deploy, so browsers ask again.
pub fn static_cache_control(built: bool, path: &str, status: StatusCode) -> &'static str {
    let the_file = matches!(
        status,
        StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED
    );
    if built && the_file && has_content_hash(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// `site.0123456789abcdef.css`: a name with the build's 16-hex-digit content hash.
fn has_content_hash(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    name.split('.')
        .skip(1)
        .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

async fn cache_by_status(built: bool, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let cache = static_cache_control(built, &path, response.status());
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// Longest file name (bytes) Linux file systems hold.
const MAX_NAME_BYTES: usize = 255;
/// Longest path under a static folder worth asking the disk about (ours are ~40 bytes).
const MAX_PATH_BYTES: usize = 1024;

/// A name longer than the file system takes cannot be a file of ours: 404 before the disk is
/// asked. ServeDir would pass the OS's ENAMETOOLONG on as a 500.
async fn only_names_a_disk_can_hold(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let too_long = decoded_len(path) > MAX_PATH_BYTES
        || path
            .split('/')
            .any(|name| decoded_len(name) > MAX_NAME_BYTES);
    if too_long {
        return (StatusCode::NOT_FOUND, "no such file").into_response();
    }
    next.run(request).await
}

/// Length in bytes once percent-decoded (each valid `%XX` is one byte).
fn decoded_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Escapes cannot overlap: each starts with `%`, which is not a hex digit.
    let escapes = bytes
        .windows(3)
        .filter(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
        .count();
    bytes.len() - 2 * escapes
}

/// Marks a response whose bytes are final: the compression layer leaves it as it is. For
/// answers with a strong `ETag`, which names exactly these bytes (a compressed copy would need
/// a tag of its own, RFC 9110 §8.8.3), and for bodies that are compressed already (a zip).
#[derive(Clone, Copy, Debug)]
pub struct KeepEncoding;

/// Compresses what the client accepts, but responses marked [`KeepEncoding`]. Every response
/// that passes through (pages, API, static files with their brotli/gzip copies) must say that
/// its body depends on `Accept-Encoding` (see [`vary_by_encoding`]).
pub fn with_compression<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    let unmarked =
        |_: StatusCode, _: http::Version, _: &HeaderMap, extensions: &http::Extensions| {
            extensions.get::<KeepEncoding>().is_none()
        };
    router.layer(CompressionLayer::new().compress_when(DefaultPredicate::new().and(unmarked)))
}

/// Says that the body depends on `Accept-Encoding`, so no shared cache hands brotli to a
/// client that cannot read it. The compression layer says so only when it compresses, and
/// `ServeDir` never does.
pub fn vary_by_encoding(headers: &mut HeaderMap) {
    add_vary(headers, "Accept-Encoding");
}

/// Adds `name` to the response's `Vary`, merged into one header with what is there (any
/// number of `Vary` lines, each a list), each name once whatever its letter case, in the order
/// first seen. `Vary: *` already says everything and stays as it is.
fn add_vary(headers: &mut HeaderMap, name: &'static str) {
    if !headers.contains_key(header::VARY) {
        headers.insert(header::VARY, HeaderValue::from_static(name));
        return;
    }
    let mut names: Vec<String> = Vec::new();
    for value in headers.get_all(header::VARY) {
        let Ok(value) = value.to_str() else {
            // Not text: keep it as it is, beside a line of our own.
            headers.append(header::VARY, HeaderValue::from_static(name));
            return;
        };
        for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(part)) {
                names.push(part.to_owned());
            }
        }
    }
    if names.iter().any(|n| n == "*") {
        return;
    }
    if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
        names.push(name.to_owned());
    }
    if let Ok(value) = HeaderValue::from_str(&names.join(", ")) {
        headers.insert(header::VARY, value);
    }
}

/// Headers for every response: no sniffing, no referrer, no framing, geolocation only here.
/// Each is added only when the response has none of its own (pages bring their own policy).
pub fn add_security_headers(headers: &mut HeaderMap) {
    const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
    let defaults: [(HeaderName, &'static str); 5] = [
        // Pages replace this with their own policy; everything else runs nothing.
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            PERMISSIONS_POLICY,
            "geolocation=(self), camera=(), microphone=(), interest-cohort=()",
        ),
    ];
    // Room for all of them at once, rather than the map growing on the way; none needed for
    // a kept answer, which has them all (see `response_cache::keep`).
    if defaults.iter().any(|(name, _)| !headers.contains_key(name)) {
        headers.reserve(defaults.len());
    }
    for (name, value) in defaults {
        headers
            .entry(name)
            .or_insert_with(|| HeaderValue::from_static(value));
    }
}

#[cfg(test)]
mod tests {
    use super::{add_vary, decoded_len, header, static_cache_control, HeaderMap, StatusCode};

    fn vary_after(lines: &[&str]) -> Vec<String> {
        let mut headers = HeaderMap::new();
        for line in lines {
            headers.append(header::VARY, line.parse().unwrap());
        }
        add_vary(&mut headers, "Accept-Encoding");
        headers
            .get_all(header::VARY)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }

    #[test]
    fn vary_is_one_merged_list_with_each_name_once() {
        assert_eq!(vary_after(&[]), ["Accept-Encoding"]);
        assert_eq!(
            vary_after(&["Accept-Language, Cookie"]),
            ["Accept-Language, Cookie, Accept-Encoding"]
        );
        // The compression layer appends its own line in lower case.
        assert_eq!(
            vary_after(&["Accept-Language, Cookie", "accept-encoding"]),
            ["Accept-Language, Cookie, accept-encoding"]
        );
        assert_eq!(
            vary_after(&["host,x-forwarded-proto,, host", "Host"]),
            ["host, x-forwarded-proto, Accept-Encoding"]
        );
        assert_eq!(vary_after(&["*"]), ["*"]);
        // One merged line already: kept as it is, or the name added once.
        assert_eq!(
            vary_after(&["Accept-Language, Cookie, Accept-Encoding"]),
            ["Accept-Language, Cookie, Accept-Encoding"]
        );
        assert_eq!(
            vary_after(&["Accept-Language, accept-encoding"]),
            ["Accept-Language, accept-encoding"]
        );
        assert_eq!(vary_after(&["Cookie, *"]), ["Cookie, *"]);
        // One line that is not merged yet is tidied as before.
        assert_eq!(
            vary_after(&["Cookie,Host, cookie"]),
            ["Cookie, Host, Accept-Encoding"]
        );
    }

    #[test]
    fn only_a_hashed_file_found_is_cached_for_a_year() {
        let year = "public, max-age=31536000, immutable";
        let wasm = "/pkg/linkages.0123456789abcdef.wasm";
        assert_eq!(static_cache_control(true, wasm, StatusCode::OK), year);
        assert_eq!(
            static_cache_control(true, wasm, StatusCode::NOT_MODIFIED),
            year
        );
        assert_eq!(
            static_cache_control(true, wasm, StatusCode::PARTIAL_CONTENT),
            year
        );
        for status in [
            StatusCode::NOT_FOUND,
            StatusCode::METHOD_NOT_ALLOWED,
            StatusCode::RANGE_NOT_SATISFIABLE,
            StatusCode::INTERNAL_SERVER_ERROR,
        ] {
            assert_eq!(
                static_cache_control(true, wasm, status),
                "no-cache",
                "{status}"
            );
        }
        // Unhashed names and unbuilt sites change without a new name.
        assert_eq!(
            static_cache_control(true, "/assets/favicon.ico", StatusCode::OK),
            "no-cache"
        );
        assert_eq!(
            static_cache_control(true, "/assets/site.css", StatusCode::OK),
            "no-cache"
        );
        assert_eq!(
            static_cache_control(false, wasm, StatusCode::OK),
            "no-cache"
        );
        assert_eq!(
            static_cache_control(true, "/pkg/boot.0123456789abcdeg.js", StatusCode::OK),
            "no-cache"
        );
    }

    #[test]
    fn lengths_are_counted_decoded() {
        assert_eq!(decoded_len("site.css"), 8);
        assert_eq!(decoded_len("%61%62"), 2);
        assert_eq!(decoded_len("%%41"), 2);
        assert_eq!(decoded_len("%zz%F"), 5);
        assert_eq!(decoded_len(&"%61".repeat(255)), 255);
    }
}
