#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Pages and API answers are the same bytes for the same request, tagged, kept in the
//! server's own cache until the dataset changes, and marked for other caches by what they
//! carry of the reader: public when nothing, private or `no-store` when a cookie, a place or
//! answers. The page policy allows Leptos' inline scripts by their hash.

use axum::{body::Body, Router};
use http::Request;
use linkages_app::layout::shell::script_hash_source;
use linkages_server::{app, reload_dataset, AppState};
use linkages_tests::{repo_root, send_to, test_state, Reply};

async fn get_with(app: &Router, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut builder = Request::get(path);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    send_to(app.clone(), builder.body(Body::empty()).unwrap()).await
}

const ADDRESSES: [&str; 6] = [
    "/en",
    "/es/hotlines",
    "/en/screening",
    "/en/find?q=90020",
    "/api/v1/nearest?zip=90020&limit=5",
    "/api/v1/services?per_page=3",
];

#[tokio::test]
async fn the_same_request_gets_the_same_bytes_and_tag() {
    // Two servers that share nothing: the bytes come from the request, not from a cache.
    let (one, two) = (app(test_state()), app(test_state()));
    for path in ADDRESSES {
        for coding in ["br", "gzip", "identity"] {
            let headers = [("accept-encoding", coding), ("cookie", "lang=en")];
            let first = get_with(&one, path, &headers).await;
            let again = get_with(&one, path, &headers).await;
            let elsewhere = get_with(&two, path, &headers).await;
            assert_eq!(first.status, 200, "{path}");
            let etag = first.header("etag");
            assert!(
                etag.starts_with('"') && etag.len() == 66,
                "{path} {coding}: a strong tag: {etag}"
            );
            for other in [&again, &elsewhere] {
                assert_eq!(other.bytes, first.bytes, "{path} {coding}");
                assert_eq!(other.header("etag"), etag, "{path} {coding}");
            }
        }
        // Each coding is its own representation with its own tag (RFC 9110 §8.8.3).
        let brotli = get_with(&one, path, &[("accept-encoding", "br")]).await;
        let plain = get_with(&one, path, &[]).await;
        assert_eq!(brotli.header("content-encoding"), "br", "{path}");
        assert_eq!(plain.header("content-encoding"), "", "{path}");
        assert_ne!(brotli.header("etag"), plain.header("etag"), "{path}");
    }
}

#[tokio::test]
async fn a_current_copy_gets_304_without_a_body() {
    let app = app(test_state());
    for path in ADDRESSES {
        let first = get_with(&app, path, &[("accept-encoding", "br")]).await;
        let etag = first.header("etag").to_owned();
        let again = get_with(
            &app,
            path,
            &[("accept-encoding", "br"), ("if-none-match", &etag)],
        )
        .await;
        assert_eq!(again.status, 304, "{path}");
        assert!(again.bytes.is_empty(), "{path}");
        assert_eq!(again.header("etag"), etag, "{path}");
        assert_eq!(
            again.header("cache-control"),
            first.header("cache-control"),
            "{path}"
        );
        assert!(again.header("vary").contains("Accept-Encoding"), "{path}");
        // Another tag, or the tag of another coding, gets the whole answer.
        let stale = get_with(
            &app,
            path,
            &[("accept-encoding", "br"), ("if-none-match", "\"0000\"")],
        )
        .await;
        assert_eq!(stale.status, 200, "{path}");
        assert_eq!(stale.bytes, first.bytes, "{path}");
        let plain = get_with(&app, path, &[("if-none-match", &etag)]).await;
        assert_eq!(plain.status, 200, "{path}");
    }
}

#[tokio::test]
async fn each_language_is_its_own_answer() {
    let app = app(test_state());
    let mut tags = Vec::new();
    for lang in ["en", "es", "ko", "ar"] {
        let reply = get_with(&app, &format!("/{lang}/hotlines"), &[]).await;
        assert!(reply.body.contains(&format!("<html lang=\"{lang}\"")));
        tags.push(reply.header("etag").to_owned());
    }
    tags.sort();
    tags.dedup();
    assert_eq!(tags.len(), 4, "{tags:?}");
}

#[tokio::test]
async fn cache_control_says_what_the_answer_carries_of_the_reader() {
    let app = app(test_state());
    let en = [("cookie", "lang=en")];
    for (path, headers, expected) in [
        // The same for every reader who asks.
        ("/en", &en[..], "public, max-age=60"),
        ("/en/hotlines", &en[..], "public, max-age=60"),
        ("/en/screening", &en[..], "public, max-age=60"),
        ("/en/find", &en[..], "public, max-age=60"),
        ("/en/staying-safe", &en[..], "public, max-age=60"),
        ("/api/v1/services", &[][..], "public, max-age=300"),
        // About a place: no other cache keeps it.
        ("/en/find?q=90020", &en[..], "no-store"),
        ("/api/v1/nearest?zip=90020&limit=5", &[][..], "no-store"),
        // Chosen by the reader's cookie or languages, or carrying a cookie: theirs alone.
        ("/", &[][..], "no-cache, private"),
        ("/en", &[][..], "no-cache, private"),
        ("/en", &[("cookie", "lang=es")][..], "no-cache, private"),
    ] {
        let reply = get_with(&app, path, headers).await;
        assert_eq!(reply.status, 200, "{path}");
        assert_eq!(
            reply.header("cache-control"),
            expected,
            "{path} {headers:?}"
        );
    }
}

#[tokio::test]
async fn a_public_answer_never_carries_a_cookie_and_the_choice_is_still_remembered() {
    let app = app(test_state());
    let cookies = ["", "lang=en", "lang=es", "lang=xx", "other=1; lang=es"];
    for path in [
        "/",
        "/en",
        "/es",
        "/es/hotlines",
        "/en/find?q=90020",
        "/api/v1/services",
    ] {
        for cookie in cookies {
            let headers: Vec<(&str, &str)> = if cookie.is_empty() {
                vec![]
            } else {
                vec![("cookie", cookie)]
            };
            // Twice: the second is a cache hit and must not carry the first reader's cookie.
            for _ in 0..2 {
                let reply = get_with(&app, path, &headers).await;
                let set_cookie = reply.header("set-cookie");
                let cache = reply.header("cache-control");
                if cache.contains("public") {
                    assert_eq!(set_cookie, "", "{path} {cookie:?}: {cache}");
                }
                let lang = path
                    .split('/')
                    .nth(1)
                    .filter(|l| l.len() == 2 && *l != "ap");
                let expected = match lang {
                    Some(lang) if !cookie.contains(&format!("lang={lang}")) => {
                        format!("lang={lang};")
                    }
                    _ => String::new(),
                };
                if expected.is_empty() {
                    assert_eq!(set_cookie, "", "{path} {cookie:?}");
                } else {
                    assert!(
                        set_cookie.starts_with(&expected),
                        "{path} {cookie:?}: {set_cookie}"
                    );
                    assert_ne!(cache, "public, max-age=60", "{path} {cookie:?}");
                }
            }
        }
    }
    // The remembered choice opens the bare address in that language.
    let chosen = get_with(&app, "/ko/hotlines", &[("accept-language", "en")]).await;
    assert!(chosen.header("set-cookie").starts_with("lang=ko;"));
    let home = get_with(
        &app,
        "/",
        &[("cookie", "lang=ko"), ("accept-language", "en")],
    )
    .await;
    assert!(home.body.contains("<html lang=\"ko\""));
}

#[tokio::test]
async fn screening_posts_are_never_kept() {
    let state = test_state();
    let app = app(state.clone());
    assert_eq!(state.responses.weighted_size().await, 0);
    for _ in 0..2 {
        let reply = send_to(
            app.clone(),
            Request::post("/en/screening")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("dcfs_case=yes&_at=dcfs_case&_go=next"))
                .unwrap(),
        )
        .await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("cache-control"), "no-store");
        assert_eq!(reply.header("etag"), "", "not tagged: not kept");
        let api = send_to(
            app.clone(),
            Request::post("/api/v1/screening")
                .header("content-type", "application/json")
                .body(Body::from(r#"{"answers": {"dcfs_case": "yes"}}"#))
                .unwrap(),
        )
        .await;
        assert_eq!(api.status, 200);
        assert_eq!(api.header("cache-control"), "no-store");
    }
    // Nor a screening page with answers in its address.
    let query = get_with(&app, "/en/screening?dcfs_case=yes", &[]).await;
    assert_eq!(query.header("etag"), "");
    assert_eq!(state.responses.weighted_size().await, 0, "nothing kept");
    get_with(&app, "/en/screening", &[]).await;
    assert!(
        state.responses.weighted_size().await > 0,
        "the bare page is kept"
    );
}

#[tokio::test]
async fn the_cache_is_bounded_by_bytes() {
    let state = test_state().with_response_cache(200 * 1024);
    let app = app(state.clone());
    for zip in 90001..90060 {
        get_with(&app, &format!("/en/find?q={zip}"), &[]).await;
    }
    let held = state.responses.weighted_size().await;
    assert!(held > 0 && held <= 200 * 1024, "{held}");
}

/// The shipped dataset with every office renamed, so answers about offices change.
fn renamed_dataset(dir: &std::path::Path) -> std::path::PathBuf {
    let mut dataset: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("data/linkages-hsds.json")).unwrap(),
    )
    .unwrap();
    for location in dataset["locations"].as_array_mut().unwrap() {
        let name = location["name"].as_str().unwrap().to_owned();
        location["name"] = serde_json::Value::String(format!("{name} Reloaded"));
    }
    let path = dir.join("renamed.json");
    std::fs::write(&path, serde_json::to_vec(&dataset).unwrap()).unwrap();
    path
}

#[tokio::test]
async fn a_reload_empties_the_cache() {
    let state: AppState = test_state();
    let app = app(state.clone());
    let paths = ["/en/find?q=90020", "/api/v1/nearest?zip=90020&limit=5"];
    let mut before = Vec::new();
    for path in paths {
        let reply = get_with(&app, path, &[("accept-encoding", "br")]).await;
        let plain = get_with(&app, path, &[]).await;
        assert!(!plain.body.contains("Reloaded"), "{path}");
        before.push(reply.header("etag").to_owned());
    }
    assert!(state.responses.weighted_size().await > 0);

    let dir = std::env::temp_dir().join(format!("linkages-cache-reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    reload_dataset(&state, &renamed_dataset(&dir)).expect("the renamed dataset loads");
    for (path, old) in paths.iter().zip(before) {
        let plain = get_with(&app, path, &[]).await;
        assert!(plain.body.contains("Reloaded"), "{path}: the new data");
        let reply = get_with(&app, path, &[("accept-encoding", "br")]).await;
        assert_ne!(reply.header("etag"), old, "{path}");
        let revalidated = get_with(
            &app,
            path,
            &[("accept-encoding", "br"), ("if-none-match", &old)],
        )
        .await;
        assert_eq!(revalidated.status, 200, "{path}: the old copy is stale");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The text of every `<script>` without `src` in `html`.
fn inline_scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (attributes, rest) = rest.split_once('>')?;
            if attributes.contains("src=") {
                return None;
            }
            Some(rest.split_once("</script>")?.0)
        })
        .collect()
}

#[tokio::test]
async fn the_policy_allows_exactly_the_inline_scripts_by_hash() {
    let app = app(test_state());
    for path in [
        "/en",
        "/en/find?q=90020",
        "/es/screening",
        "/ar/hotlines",
        "/en/no-such-page",
        "/",
    ] {
        let reply = get_with(&app, path, &[]).await;
        let csp = reply.header("content-security-policy");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(!csp.contains("nonce-"), "{csp}");
        let scripts = inline_scripts(&reply.body);
        assert!(!scripts.is_empty(), "{path}");
        for script in scripts {
            let hash = script_hash_source(script);
            assert!(
                csp.contains(&hash),
                "{path}: {script:?} is {hash}, not in {csp}"
            );
        }
    }
}
