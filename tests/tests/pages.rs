#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The pages through the real router: language, status codes, the safety lines.

use axum::body::Body;
use http::Request;
use linkages_app::site::Assets;
use linkages_tests::{get, send_to};

#[tokio::test]
async fn home_is_english_without_a_choice() {
    let reply = get("/", &[]).await;
    assert_eq!(reply.status, 200);
    assert!(
        reply.body.contains(r#"<html lang="en" dir="ltr">"#),
        "{}",
        &reply.body[..200]
    );
    assert!(reply.body.contains("Help for parents with a DCFS case"));
    assert!(
        reply.headers.get("set-cookie").is_none(),
        "no cookie without an explicit choice"
    );
}

#[tokio::test]
async fn accept_language_picks_spanish() {
    let reply = get("/", &[("accept-language", "fr;q=1, es-MX;q=0.8, en;q=0.5")]).await;
    assert!(reply.body.contains(r#"<html lang="es" dir="ltr">"#));
    assert!(reply.body.contains("Ayuda para padres con un caso de DCFS"));
}

#[tokio::test]
async fn a_language_in_the_url_wins_and_is_remembered() {
    let reply = get("/es", &[("accept-language", "en")]).await;
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains(r#"<html lang="es""#));
    let cookie = reply.headers.get("set-cookie").expect("choice remembered");
    let cookie = cookie.to_str().expect("ascii");
    assert!(cookie.starts_with("lang=es;"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));

    let back_home = get("/", &[("cookie", "lang=es"), ("accept-language", "en")]).await;
    assert!(back_home.body.contains(r#"<html lang="es""#));
}

#[tokio::test]
async fn every_page_has_quick_exit_and_the_safety_lines() {
    for path in [
        "/",
        "/en",
        "/es",
        "/en/screening",
        "/es/find",
        "/en/no-such-page",
    ] {
        let reply = get(path, &[]).await;
        assert!(
            reply.body.contains(r#"id="quick-exit""#),
            "{path}: quick exit"
        );
        assert!(reply.body.contains(r#"href="tel:911""#), "{path}: 911");
        assert!(
            reply.body.contains(r#"href="tel:+18005404000""#),
            "{path}: child protection"
        );
        assert!(
            reply
                .body
                .contains(r##"<a href="#main" class="skip-link""##),
            "{path}: skip link"
        );
    }
}

#[tokio::test]
async fn unknown_pages_and_languages_are_404() {
    for path in ["/xx/find", "/en/nothing", "/nothing/at/all", "/de"] {
        let reply = get(path, &[]).await;
        assert_eq!(reply.status, 404, "{path}");
        assert!(reply.body.contains("Page not found"), "{path}");
    }
}

#[tokio::test]
async fn the_zip_form_is_a_get_form() {
    let reply = get("/es/find", &[]).await;
    assert!(reply
        .body
        .contains(r#"<form method="get" action="/es/find""#));
    assert!(reply.body.contains("Código postal"));
}

#[tokio::test]
async fn health_check_and_headers() {
    let reply = get("/healthz", &[]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, "ok");
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
    ] {
        assert_eq!(
            reply.headers.get(name).map(|v| v.to_str().ok()),
            Some(Some(value))
        );
    }
    let page = get("/", &[]).await;
    assert_eq!(
        page.headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-cache, private"),
        "the bare address is chosen by the reader's cookie and languages: theirs alone"
    );
}

#[tokio::test]
async fn locale_texts_are_served_for_hydration() {
    let reply = get("/i18n/es.json", &[]).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header("content-type"), "application/json");
    // Formatted by the server: terms resolved, no Fluent syntax left for the browser.
    assert!(reply.body.contains(r#"["home-title","Ayuda para padres"#));
    assert!(!reply.body.contains("{ -dcfs }"));
    // Each question number the form can show, with the plural and number rules applied.
    assert!(reply.body.contains(r#"["flow-question-count?number=1","#));
    assert_eq!(
        reply
            .headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-cache"),
        "an unversioned request is not cached for long"
    );
    assert_eq!(get("/i18n/xx.json", &[]).await.status, 404);
    assert_eq!(get("/i18n/es.ftl", &[]).await.status, 404);
}

#[tokio::test]
async fn pages_have_a_strict_content_security_policy_the_same_for_every_response() {
    let reply = get("/en", &[]).await;
    let csp = reply
        .headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .expect("a policy")
        .to_owned();
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"));
    // Inline scripts are allowed by hash (tests/tests/response_cache.rs checks each one), so
    // no response needs a nonce of its own and the same request gets the same page.
    assert!(!csp.contains("'nonce-"), "{csp}");
    assert!(csp.contains("'sha256-"), "{csp}");
    let next = get("/en", &[]).await;
    assert_eq!(
        next.headers.get("content-security-policy").unwrap(),
        csp.as_str()
    );
    assert_eq!(next.body, reply.body);
}

#[tokio::test]
async fn strict_transport_security_only_when_configured() {
    use tower::ServiceExt;
    let request = || {
        axum::http::Request::get("/en")
            .body(axum::body::Body::empty())
            .expect("request")
    };
    let plain = linkages_server::app(linkages_tests::test_state())
        .oneshot(request())
        .await
        .expect("answer");
    assert!(plain.headers().get("strict-transport-security").is_none());
    let secure = linkages_server::app(linkages_tests::test_state().with_hsts(Some(31_536_000)))
        .oneshot(request())
        .await
        .expect("answer");
    assert_eq!(
        secure
            .headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000; includeSubDomains")
    );
}

/// With a built bundle, only the pages with an island load it.
#[tokio::test]
async fn only_pages_with_islands_load_the_webassembly() {
    use linkages_app::site::HydrationAssets;
    let mut state = linkages_tests::test_state();
    state.site.assets = std::sync::Arc::new(Assets {
        hydration: Some(HydrationAssets {
            boot_js: "/pkg/boot.0123456789abcdef.js".into(),
        }),
        ..Assets::unbuilt()
    });
    let app = linkages_server::app(state);
    let page = |path: &'static str| {
        let app = app.clone();
        async move {
            send_to(app, Request::get(path).body(Body::empty()).unwrap())
                .await
                .body
        }
    };
    for path in ["/en", "/es", "/en/nowhere"] {
        let body = page(path).await;
        assert!(!body.contains("boot.0123456789abcdef.js"), "{path}");
        assert!(!body.contains("<leptos-island"), "{path}");
    }
    let screening = page("/en/screening").await;
    assert!(screening.contains(r#"<script type="module" src="/pkg/boot.0123456789abcdef.js">"#));
    assert!(screening.contains(r#"<meta name="messages" id="messages" content="/i18n/en.json?v="#));
    assert!(screening.contains(r#"<leptos-island data-component="ScreeningForm_"#));
    let find = page("/ar/find?q=90020").await;
    assert!(find.contains(r#"content="/i18n/ar.json?v="#));
    assert!(find.contains(r#"<leptos-island data-component="UseMyLocation_"#));
    // The results are plain HTML outside any island.
    assert_eq!(find.matches("<leptos-island").count(), 1);
}
