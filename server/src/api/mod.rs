//! The JSON API for integrators (2-1-1 systems, advocates' tools). Read-only and stateless.
//! Described for machines at `/api/v1/openapi.json` (`openapi.json` beside this file).

mod export;
mod hsds;
mod locator;
mod query;
mod screening;
mod texts;

use axum::{
    http::{header, HeaderValue},
    routing::{any, get, post},
    Router,
};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::SharedState;

/// Requests larger than this are refused before parsing (a screening request is ~300 bytes).
pub const MAX_JSON_BYTES: usize = 16 * 1024;

/// The If-None-Match and Accept-Encoding readers of the export routes, and its file name.
pub use export::{accepts_gzip, none_match_fails, TABULAR_FILE_NAME};
/// The API description served at `/api/v1/openapi.json`.
pub use hsds::OPENAPI_JSON;
/// What the document's `zip`, `postcode`, `lat`, `lon` and `proximity` patterns accept, as
/// the server reads it (tests check that the two agree).
pub use {hsds::machine_metres, locator::machine_degrees, query::machine_zip, query::ProblemCode};

pub fn routes() -> Router<SharedState> {
    Router::new()
        // Answers in, paths out: about one family, so kept by no cache.
        .route(
            "/api/v1/screening",
            post(screening::screen_answers).layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(query::NO_STORE),
            )),
        )
        .route("/api/v1/nearest", get(locator::nearest))
        // `/api/v1/` never gets here: it is redirected to `/api/v1` (see `canonical`).
        .route("/api/v1", get(hsds::api_root))
        .route("/api/v1/openapi.json", get(hsds::openapi))
        .route("/api/v1/dataset", get(hsds::dataset_meta))
        .route("/api/v1/export/hsds.json", get(export::hsds_json))
        .route(
            "/api/v1/export/hsds-tabular.zip",
            get(export::hsds_tabular_zip),
        )
        .route("/api/v1/services", get(hsds::services))
        .route("/api/v1/services/{id}", get(hsds::service))
        .route("/api/v1/organizations", get(hsds::organizations))
        .route("/api/v1/organizations/{id}", get(hsds::organization))
        .route(
            "/api/v1/service_at_locations",
            get(hsds::service_at_locations),
        )
        .route(
            "/api/v1/service_at_locations/{id}",
            get(hsds::service_at_location),
        )
        .route("/api/v1/{*rest}", any(hsds::unknown_endpoint))
}
