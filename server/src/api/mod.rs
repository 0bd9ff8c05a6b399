//! The JSON API for integrators (2-1-1 systems, advocates' tools). Read-only and stateless.

mod locator;
mod query;
mod screening;

use axum::{
    routing::{get, post},
    Router,
};

use crate::AppState;

/// Requests larger than this are refused before parsing (a screening request is ~300 bytes).
pub const MAX_JSON_BYTES: usize = 16 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/screening", post(screening::screen_answers))
        .route("/api/v1/nearest", get(locator::nearest))
}
