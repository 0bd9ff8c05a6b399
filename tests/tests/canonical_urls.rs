#![allow(clippy::expect_used, clippy::unwrap_used)]
//! One address per page, API route and file: any other spelling of a path (a trailing slash,
//! empty segments, a language tag the site matches but does not ship under that name) is sent
//! to the canonical path with 308, which keeps the method, the body and the query string.
//! A first segment that asks for no shipped language stays a 404.

use axum::body::Body;
use http::{header, Request, StatusCode, Uri};
use linkages_server::canonical::canonical_path;
use linkages_tests::{send_to, shared_app, shared_runtime, Reply};
use proptest::{prelude::*, sample::select};

async fn request(method: &str, target: &str, body: &str) -> Reply {
    let mut builder = Request::builder().method(method).uri(target);
    if !body.is_empty() {
        builder = builder.header(header::CONTENT_TYPE, content_type(target));
    }
    send_to(
        shared_app(),
        builder.body(Body::from(body.to_owned())).unwrap(),
    )
    .await
}

fn content_type(target: &str) -> &'static str {
    if target.starts_with("/api/") {
        "application/json"
    } else {
        "application/x-www-form-urlencoded"
    }
}

fn location(reply: &Reply) -> &str {
    reply
        .headers
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

/// `target` answers 308 to `to`; following it (same method, same body) is not redirected
/// again and answers `then`.
async fn redirects(method: &str, target: &str, body: &str, to: &str, then: u16) {
    let reply = request(method, target, body).await;
    assert_eq!(
        (reply.status, location(&reply)),
        (StatusCode::PERMANENT_REDIRECT, to),
        "{method} {target}"
    );
    assert!(reply.body.is_empty(), "{method} {target}: {}", reply.body);
    let followed = request(method, to, body).await;
    assert_eq!(followed.status.as_u16(), then, "{method} {target} -> {to}");
}

#[tokio::test]
async fn a_trailing_slash_is_sent_to_the_path_without_it() {
    redirects("GET", "/en/", "", "/en", 200).await;
    redirects("GET", "/es/find/", "", "/es/find", 200).await;
    redirects("GET", "/en/hotlines/", "", "/en/hotlines", 200).await;
    redirects("GET", "/en/screening/", "", "/en/screening", 200).await;
    redirects("GET", "/api/v1/", "", "/api/v1", 200).await;
    redirects("GET", "/api/v1/services/", "", "/api/v1/services", 200).await;
    redirects("GET", "/healthz/", "", "/healthz", 200).await;
    redirects("GET", "/favicon.ico/", "", "/favicon.ico", 200).await;
    redirects("GET", "/assets/site.css/", "", "/assets/site.css", 200).await;
    redirects("HEAD", "/en/find/", "", "/en/find", 200).await;
    // The root is the one path that ends in a slash.
    assert_eq!(request("GET", "/", "").await.status, 200);
}

#[tokio::test]
async fn the_query_string_goes_along_unchanged_and_is_not_cached() {
    let query = "q=Boyle%20Heights&agency=dpss&q=+x";
    let reply = request("GET", &format!("/en/find/?{query}"), "").await;
    assert_eq!(reply.status, 308);
    assert_eq!(location(&reply), format!("/en/find?{query}"));
    // The address repeats what was typed (a ZIP code, a place): kept by no cache.
    assert_eq!(reply.headers[header::CACHE_CONTROL], "no-store");
    let empty = request("GET", "/es-MX/find?", "").await;
    assert_eq!(location(&empty), "/es/find?");
    // Without a query it is the same for everyone: a day, not for ever.
    let plain = request("GET", "/en/", "").await;
    assert_eq!(
        plain.headers[header::CACHE_CONTROL],
        "public, max-age=86400"
    );
    // The headers every response carries.
    assert_eq!(plain.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

#[tokio::test]
async fn a_post_keeps_its_method_and_body_through_the_redirect() {
    // 308, not 301: the browser sends the same POST again to the new address.
    let form = "dcfs_case=yes&_at=dcfs_case&_go=next";
    redirects("POST", "/en/screening/", form, "/en/screening", 200).await;
    redirects("POST", "/es-MX//screening", form, "/es/screening", 200).await;
    let followed = request("POST", "/es/screening", form).await;
    assert!(followed.body.contains(r#"<html lang="es""#));
    let json = r#"{"answers": {"dcfs_case": "yes"}}"#;
    redirects("POST", "/api/v1/screening/", json, "/api/v1/screening", 200).await;
}

#[tokio::test]
async fn empty_segments_collapse_and_never_point_to_another_host() {
    redirects("GET", "//en/", "", "/en", 200).await;
    redirects("GET", "/en//find", "", "/en/find", 200).await;
    redirects("GET", "//api//v1//services", "", "/api/v1/services", 200).await;
    redirects("GET", "//", "", "/", 200).await;
    // `Location: //evil.example` would be a protocol-relative link to that host.
    for target in [
        "//evil.example",
        "//evil.example/",
        "///evil.example",
        "//evil.example/en?next=1",
    ] {
        let reply = request("GET", target, "").await;
        assert_eq!(reply.status, 308, "{target}");
        let to = location(&reply);
        assert!(to.starts_with("/evil.example"), "{target} -> {to}");
        // Followed, it is a page of ours that is not there.
        assert_eq!(request("GET", to, "").await.status, 404, "{target} -> {to}");
    }
}

#[tokio::test]
async fn a_language_matched_like_accept_language_is_sent_to_its_tag() {
    redirects("GET", "/zh-TW/", "", "/zh-Hant", 200).await;
    redirects("GET", "/es-MX/find", "", "/es/find", 200).await;
    redirects("GET", "/en-US", "", "/en", 200).await;
    redirects("GET", "/fil", "", "/tl", 200).await;
    redirects("GET", "/ZH-hant", "", "/zh-Hant", 200).await;
    redirects("GET", "/zh-hk", "", "/zh-Hant", 200).await;
    redirects("GET", "/EN/screening", "", "/en/screening", 200).await;
    redirects("GET", "/zh/hotlines", "", "/zh-Hans/hotlines", 200).await;
    let spanish = request("GET", "/es", "").await;
    assert!(spanish.body.contains(r#"<html lang="es""#));
}

#[tokio::test]
async fn no_shipped_language_and_escaped_slashes_stay_not_found() {
    for target in [
        "/xx/find",
        "/de/find",
        "/de-DE",
        "/find",
        "/en-/find",
        // Escapes are never decoded into separators, nor into a language.
        "/en%2F%2Ffind",
        "/en%2Ffind",
        "/en/find%2F",
    ] {
        let reply = request("GET", target, "").await;
        assert_eq!(reply.status, 404, "{target}");
        assert!(reply.headers.get(header::LOCATION).is_none(), "{target}");
    }
    // An escaped letter is not redirected either (decoding `%2E` would make `..` segments);
    // what the page router then makes of it is its own business.
    let escaped = request("GET", "/e%6E/find", "").await;
    assert_ne!(escaped.status, 308);
    assert!(escaped.headers.get(header::LOCATION).is_none());
    // Under the API too: JSON, not a redirect.
    let api = request("GET", "/api/v1/services%2F", "").await;
    assert_eq!(api.status, 404);
    assert!(api.headers.get(header::LOCATION).is_none());
}

#[tokio::test]
async fn a_folder_of_static_files_is_not_a_page() {
    // ServeDir would redirect a folder to a trailing slash, and we would redirect back.
    for target in ["/assets", "/assets/", "/pkg", "/pkg/"] {
        let reply = request("GET", target, "").await;
        assert!(
            reply.status == 404 || reply.status == 308,
            "{target}: {}",
            reply.status
        );
        if reply.status == 308 {
            let to = location(&reply);
            assert_eq!(request("GET", to, "").await.status, 404, "{target} -> {to}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Properties

/// One path segment: empty, a language tag in any spelling, a name of ours, or anything a URI
/// path may hold (escapes, dots, broken escapes).
fn segment() -> BoxedStrategy<String> {
    prop_oneof![
        3 => Just(String::new()),
        3 => select(&[
            "en", "EN", "en-US", "en_us", "es-MX", "zh", "zh-TW", "zh-hk", "ZH-hant", "zh-Hant",
            "fil", "tl", "de", "xx", "en-", "api", "v1", "find", "screening", "assets", "pkg",
            "evil.example", "..", ".", "%2F", "%2f%2F", "e%6E", "en%2Dus",
        ][..])
        .prop_map(str::to_owned),
        4 => "[a-zA-Z0-9._~!$&'()*+,;=:@%-]{1,12}",
    ]
    .boxed()
}

/// A path of such segments: `/` then segments joined by `/`, sometimes ending in `/`.
fn path() -> BoxedStrategy<String> {
    (prop::collection::vec(segment(), 0..6), any::<bool>())
        .prop_map(|(segments, slash)| {
            let mut path = format!("/{}", segments.join("/"));
            if slash {
                path.push('/');
            }
            path
        })
        .boxed()
}

fn query() -> BoxedStrategy<Option<String>> {
    prop_oneof![
        Just(None),
        "[a-zA-Z0-9=&%+._~/?:@!$'()*,;-]{0,24}".prop_map(Some),
    ]
    .boxed()
}

/// 512 cases a property unless `PROPTEST_CASES` says otherwise.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(512);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// The canonical path is canonical, starts with exactly one `/`, and only a path that
    /// needs it is changed.
    #[test]
    fn canonical_paths_are_fixed_points(path in path()) {
        match canonical_path(&path) {
            Some(canonical) => {
                prop_assert!(canonical.starts_with('/'), "{path} -> {canonical}");
                prop_assert!(!canonical.starts_with("//"), "{path} -> {canonical}");
                prop_assert!(!canonical.contains("//"), "{path} -> {canonical}");
                prop_assert!(canonical == "/" || !canonical.ends_with('/'), "{path} -> {canonical}");
                prop_assert_ne!(&canonical, &path);
                prop_assert_eq!(canonical_path(&canonical), None, "{} -> {}", path, canonical);
            }
            None => {
                prop_assert!(!path.starts_with("//") && !path.contains("//"), "{path}");
                prop_assert!(path == "/" || !path.ends_with('/'), "{path}");
            }
        }
    }

    /// Through the whole router: a non-canonical path gets 308 to its canonical path with the
    /// query exactly as sent; a canonical one is never redirected.
    #[test]
    fn the_redirect_keeps_the_query(path in path(), query in query()) {
        let target = match &query {
            Some(q) => format!("{path}?{q}"),
            None => path.clone(),
        };
        let Ok(uri) = Uri::try_from(target.as_str()) else {
            return Err(TestCaseError::reject("not a URI"));
        };
        prop_assume!(uri.path() == path);
        let reply = shared_runtime().block_on(send_to(
            shared_app(),
            Request::get(uri).body(Body::empty()).unwrap(),
        ));
        match canonical_path(&path) {
            Some(canonical) => {
                prop_assert_eq!(reply.status, StatusCode::PERMANENT_REDIRECT, "{}", target);
                let expected = match &query {
                    Some(q) => format!("{canonical}?{q}"),
                    None => canonical,
                };
                prop_assert_eq!(location(&reply), expected.as_str(), "{}", target);
            }
            None => {
                prop_assert_ne!(reply.status, StatusCode::PERMANENT_REDIRECT, "{}", target);
                prop_assert!(reply.headers.get(header::LOCATION).is_none(), "{}", target);
            }
        }
    }
}
