//! The ceiling for `scripts/load`: a bare axum server that answers `GET /bytes/<n>` with `n`
//! bytes from memory (at most 16 MiB) and nothing else: no routing beyond that, no
//! middleware, no rendering, no compression. What Linkages serves is measured against it at
//! the same body size, in the same run on the same machine, so the ratio says how much of the
//! machine's HTTP capacity our own work leaves.
//!
//! `cargo run --release -p linkages-server --example ceiling -- 127.0.0.1:3001`

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

const MAX_BYTES: usize = 16 * 1024 * 1024;

async fn bytes(State(buffer): State<Bytes>, Path(n): Path<usize>) -> Response {
    if n > buffer.len() {
        return StatusCode::NOT_FOUND.into_response();
    }
    buffer.slice(..n).into_response()
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3001".to_owned());
    let buffer = Bytes::from(vec![b'x'; MAX_BYTES]);
    let app = Router::new()
        .route("/bytes/{n}", get(bytes))
        .with_state(buffer);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    eprintln!("ceiling on http://{addr}/bytes/<n>");
    axum::serve(listener, app).await
}
