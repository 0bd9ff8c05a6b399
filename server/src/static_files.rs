//! Static files and the headers every response carries.

use axum::{
    http::{header, HeaderName, HeaderValue},
    Router,
};
use tower::ServiceBuilder;
use tower_http::{
    services::{ServeDir, ServeFile},
    set_header::SetResponseHeaderLayer,
};

use crate::AppState;

/// `/pkg` (wasm, glue, boot) and `/assets` (css, quick exit) carry content hashes in their
/// names once built, so they are cached for a year; brotli/gzip copies are served when present.
pub fn routes(state: &AppState) -> Router<AppState> {
    let built = state.site_root.join("manifest.json").exists();
    let assets_dir = if built {
        state.site_root.join("assets")
    } else {
        // Running from the source tree without a build: serve public/ as it is.
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../public"))
    };
    let cache = if built {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let cached = |dir: std::path::PathBuf| {
        ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache),
            ))
            .service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
    };
    let favicon = assets_dir.join("favicon.ico");
    Router::new()
        .nest_service("/pkg", cached(state.site_root.join("pkg")))
        .nest_service("/assets", cached(assets_dir))
        .route_service("/favicon.ico", ServeFile::new(favicon))
}

/// Headers for every response: no sniffing, no referrer, no framing, geolocation only here.
pub fn with_security_headers<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    let headers: [(HeaderName, &'static str); 5] = [
        // Pages replace this with their own policy (with a nonce); everything else runs nothing.
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "geolocation=(self), camera=(), microphone=(), interest-cohort=()",
        ),
    ];
    headers.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}
