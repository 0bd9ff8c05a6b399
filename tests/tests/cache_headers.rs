#![allow(clippy::expect_used, clippy::unwrap_used)]
//! What caches may keep: hashed static files for a year only when they are found; pages that
//! show a reader's place, coordinates or answers not at all; pages the same for everyone for
//! a minute; and the one cookie is `Secure` when the site is on HTTPS.

use axum::{body::Body, Router};
use http::Request;
use linkages_app::{i18n::embedded::Catalogs, site::Assets};
use linkages_directory::search::OfficeFinder;
use linkages_server::{app, AppState};
use linkages_tests::{send_to, test_state, Reply};

const YEAR: &str = "public, max-age=31536000, immutable";
const WASM: &str = "linkages.0123456789abcdef.wasm";

/// A router over a built site (a manifest and one hashed file), in its own folder.
fn built_site(name: &str) -> (Router, std::path::PathBuf) {
    let root = std::env::temp_dir().join(format!("linkages-cache-{name}-{}", std::process::id()));
    std::fs::create_dir_all(root.join("pkg")).unwrap();
    std::fs::create_dir_all(root.join("assets")).unwrap();
    std::fs::write(root.join("manifest.json"), "{}").unwrap();
    std::fs::write(root.join("pkg").join(WASM), b"\0asm").unwrap();
    std::fs::write(root.join("assets/favicon.ico"), b"icon").unwrap();
    let state = AppState::new(
        Catalogs::load().unwrap(),
        Assets::unbuilt(),
        root.clone(),
        OfficeFinder::embedded().unwrap(),
    );
    (app(state), root)
}

async fn request(app: &Router, method: &str, path: &str) -> Reply {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .body(Body::empty())
        .unwrap();
    send_to(app.clone(), request).await
}

fn cache_control(reply: &Reply) -> &str {
    reply
        .headers
        .get("cache-control")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

#[tokio::test]
async fn a_hashed_file_is_kept_for_a_year_only_when_it_is_found() {
    let (app, root) = built_site("status");
    let found = request(&app, "GET", &format!("/pkg/{WASM}")).await;
    assert_eq!(found.status, 200);
    assert_eq!(cache_control(&found), YEAR);

    // A missing hashed name (an old page after a deploy) and a refused method may be right
    // next time: never kept.
    let missing = request(&app, "GET", "/pkg/linkages.fedcba9876543210.wasm").await;
    assert_eq!(missing.status, 404);
    assert_eq!(cache_control(&missing), "no-cache");
    let refused = request(&app, "POST", &format!("/pkg/{WASM}")).await;
    assert_eq!(refused.status, 405);
    assert_eq!(cache_control(&refused), "no-cache");
    let missing_asset = request(&app, "GET", "/assets/site.0123456789abcdef.css").await;
    assert_eq!(missing_asset.status, 404);
    assert_eq!(cache_control(&missing_asset), "no-cache");
    let too_long = request(&app, "GET", &format!("/pkg/{}.wasm", "a".repeat(300))).await;
    assert_eq!(too_long.status, 404);
    assert_eq!(cache_control(&too_long), "no-cache");

    // A file without a hash in its name changes under the same name.
    let unhashed = request(&app, "GET", "/assets/favicon.ico").await;
    assert_eq!(unhashed.status, 200);
    assert_eq!(cache_control(&unhashed), "no-cache");
    std::fs::remove_dir_all(&root).ok();
}

#[tokio::test]
async fn pages_about_a_readers_place_or_answers_are_kept_by_no_cache() {
    let app = app(test_state());
    for path in [
        "/en/find?q=90020",
        "/en/find?q=Pasadena",
        "/es/find?lat=34.05&lon=-118.25",
        "/en/find?q=99999",
        "/xx/find?q=90020",
    ] {
        let reply = request(&app, "GET", path).await;
        assert_eq!(
            cache_control(&reply),
            "no-store",
            "{path}: {}",
            reply.status
        );
    }
    let screening = send_to(
        app.clone(),
        Request::post("/en/screening")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("dcfs_case=yes&_at=dcfs_case&_go=next"))
            .unwrap(),
    )
    .await;
    assert_eq!(screening.status, 200);
    assert_eq!(cache_control(&screening), "no-store");
    let api = send_to(
        app.clone(),
        Request::post("/api/v1/screening")
            .header("content-type", "application/json")
            .body(Body::from(r#"{"answers": {"dcfs_case": "yes"}}"#))
            .unwrap(),
    )
    .await;
    assert_eq!(api.status, 200);
    assert_eq!(cache_control(&api), "no-store");
    let nearest = request(&app, "GET", "/api/v1/nearest?lat=34.05&lon=-118.25").await;
    assert_eq!(cache_control(&nearest), "no-store");

    // Pages the same for every reader of a language may be kept a minute by anyone, but not
    // the answer that sets the reader's language cookie.
    for path in ["/en", "/es/find", "/en/hotlines", "/en/screening"] {
        let reply = request(&app, "GET", path).await;
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(cache_control(&reply), "no-cache, private", "{path}");
        let lang = path.split('/').nth(1).unwrap();
        let remembered = send_to(
            app.clone(),
            Request::get(path)
                .header("cookie", format!("lang={lang}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(cache_control(&remembered), "public, max-age=60", "{path}");
        assert!(remembered.headers.get("set-cookie").is_none(), "{path}");
    }
}

#[tokio::test]
async fn the_language_cookie_is_secure_when_the_site_is_on_https() {
    let cookie = |reply: &Reply| {
        reply
            .headers
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let plain = request(&app(test_state()), "GET", "/es").await;
    assert!(cookie(&plain).starts_with("lang=es;"), "{}", cookie(&plain));
    assert!(!cookie(&plain).contains("Secure"), "{}", cookie(&plain));

    let https = request(&app(test_state().with_https(true)), "GET", "/es").await;
    assert!(cookie(&https).contains("; Secure"), "{}", cookie(&https));
    assert!(cookie(&https).contains("HttpOnly"), "{}", cookie(&https));

    // HSTS is only sent over HTTPS, so it says the same.
    let hsts = request(&app(test_state().with_hsts(Some(600))), "GET", "/es").await;
    assert!(cookie(&hsts).contains("; Secure"), "{}", cookie(&hsts));
}

fn vary(reply: &Reply) -> Vec<String> {
    let lines: Vec<&str> = reply
        .headers
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(lines.len() <= 1, "one Vary header: {lines:?}");
    lines
        .iter()
        .flat_map(|l| l.split(','))
        .map(|name| name.trim().to_ascii_lowercase())
        .collect()
}

fn has_each_once(vary: &[String], names: &[&str]) -> bool {
    names
        .iter()
        .all(|name| vary.iter().filter(|v| v == name).count() == 1)
}

async fn request_with(app: &Router, path: &str, accept_encoding: Option<&str>) -> Reply {
    let mut builder = Request::get(path);
    if let Some(encodings) = accept_encoding {
        builder = builder.header("accept-encoding", encodings);
    }
    send_to(app.clone(), builder.body(Body::empty()).unwrap()).await
}

/// A brotli or gzip copy kept for a year by a shared cache must only go to clients that asked
/// for it: every answer whose body depends on `Accept-Encoding` says so.
#[tokio::test]
async fn what_may_be_compressed_varies_by_accept_encoding() {
    let (site, root) = built_site("vary");
    let css = "site.0123456789abcdef.css";
    let plain = "body { color: #0b0c0c; } /* the stylesheet, long enough to compress */";
    std::fs::write(root.join("assets").join(css), plain).unwrap();
    std::fs::write(root.join("assets").join(format!("{css}.br")), "brotli copy").unwrap();
    std::fs::write(root.join("assets").join(format!("{css}.gz")), "gzip copy").unwrap();
    let path = format!("/assets/{css}");
    for (accept, encoding, body) in [
        (Some("br"), Some("br"), "brotli copy"),
        (Some("gzip"), Some("gzip"), "gzip copy"),
        (Some("gzip, deflate, br"), Some("br"), "brotli copy"),
        (None, None, plain),
        (Some("identity"), None, plain),
    ] {
        let reply = request_with(&site, &path, accept).await;
        assert_eq!(reply.status, 200, "{accept:?}");
        assert_eq!(
            reply
                .headers
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept:?}"
        );
        assert_eq!(reply.body, body, "{accept:?}");
        assert_eq!(cache_control(&reply), YEAR, "{accept:?}");
        assert!(
            has_each_once(&vary(&reply), &["accept-encoding"]),
            "{accept:?}: {:?}",
            vary(&reply)
        );
    }
    std::fs::remove_dir_all(&root).ok();

    // Pages vary by language and cookie too, compressed or not; each name is listed once.
    let app = app(test_state());
    for accept in [Some("gzip"), Some("br"), None] {
        for path in ["/en", "/es/find", "/en/screening"] {
            let reply = request_with(&app, path, accept).await;
            assert_eq!(reply.status, 200, "{path}");
            let names = vary(&reply);
            assert!(
                has_each_once(&names, &["accept-language", "cookie", "accept-encoding"]),
                "{path} {accept:?}: {names:?}"
            );
            assert_eq!(
                reply
                    .headers
                    .get("content-encoding")
                    .map(|v| v.to_str().unwrap()),
                accept,
                "{path}"
            );
        }
        // The JSON API, and the API root that also varies by host.
        let services = request_with(&app, "/api/v1/services", accept).await;
        assert!(has_each_once(&vary(&services), &["accept-encoding"]));
        let root = request_with(&app, "/api/v1", accept).await;
        let names = vary(&root);
        assert!(
            has_each_once(&names, &["host", "x-forwarded-proto", "accept-encoding"]),
            "{names:?}"
        );
    }
}
