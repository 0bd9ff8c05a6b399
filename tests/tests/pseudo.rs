#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Pages rendered in a pseudo-locale (English with every letter of every message marked)
//! must show no plain English word: any that remains came from code, not from a message.

use axum::{body::Body, http::Request};
use http_body_util::BodyExt;
use linkages_app::{i18n::embedded::Catalogs, site::Assets};
use linkages_directory::search::OfficeFinder;
use linkages_server::{app, AppState};
use tower::ServiceExt;

/// Proper names that stay as they are in every language, and data shown as the source gives it.
const ALLOWED: &[&str] = &["ZIP", "Los", "Angeles"];

const VOID: &[&str] = &["br", "input", "meta", "link", "img", "hr", "source", "wbr"];

/// The text a reader sees: no scripts, no styles, nothing marked `translate="no"`.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    // Depth inside an element we skip, with its tag name.
    let mut skipping: Option<(String, usize)> = None;
    while let Some(start) = rest.find('<') {
        if skipping.is_none() {
            text.push_str(&rest[..start]);
            text.push(' ');
        }
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start + 1..start + end];
        rest = &rest[start + end + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some((skip_name, depth)) = skipping.as_mut() {
            if *skip_name == name {
                if closing {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                } else {
                    *depth += 1;
                }
            }
            continue;
        }
        let opens_skipped = !closing
            && (matches!(name.as_str(), "script" | "style" | "title")
                || tag.contains(r#"translate="no""#));
        if opens_skipped && !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            skipping = Some((name, 1));
        }
    }
    text
}

fn english_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\u{301}'))
        .filter(|word| word.len() >= 3 && word.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|word| !ALLOWED.contains(word))
        .map(str::to_owned)
        .collect()
}

async fn render(router: axum::Router, method: &str, path: &str, form: Option<&str>) -> String {
    let mut request = Request::builder().method(method).uri(path);
    if form.is_some() {
        request = request.header("content-type", "application/x-www-form-urlencoded");
    }
    let body = Body::from(form.unwrap_or_default().to_owned());
    let response = router.oneshot(request.body(body).unwrap()).await.unwrap();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[tokio::test]
async fn no_page_shows_english_that_is_not_a_message() {
    let catalogs = Catalogs::load_with_pseudo_english().expect("locales parse");
    let finder = OfficeFinder::embedded().expect("dataset");
    let state = AppState::new(catalogs, Assets::unbuilt(), std::env::temp_dir(), finder);
    let pages: &[(&str, &str, Option<&str>)] = &[
        ("GET", "/en", None),
        ("GET", "/en/screening", None),
        ("POST", "/en/screening", Some("_at=dcfs_case&_go=next")),
        ("POST", "/en/screening", Some("dcfs_case=yes&_at=dcfs_case&_go=next")),
        ("POST", "/en/screening", Some("dcfs_case=no&_go=check")),
        (
            "POST",
            "/en/screening",
            Some("dcfs_case=yes&dcfs_service=family_maintenance&children_location=all_home&calworks_now=yes&homeless=yes&sanction=unsure&_go=result"),
        ),
        ("POST", "/en/screening", Some("dcfs_case=no&_go=result")),
        ("GET", "/en/find", None),
        ("GET", "/en/find?q=90020", None),
        ("GET", "/en/find?q=Los%20Angeles", None),
        ("GET", "/en/find?q=99999", None),
        ("GET", "/en/find?lat=34.05&lon=-118.25", None),
        ("GET", "/en/no-such-page", None),
    ];
    let mut found = Vec::new();
    // The page for a search over the client's budget: the second search of a budget of one.
    let limited = app(state.clone().with_finder_rate_limit(1, 1));
    render(limited.clone(), "GET", "/en/find?q=90020", None).await;
    let html = render(limited, "GET", "/en/find?q=90020", None).await;
    assert!(html.contains("<html"), "the refused search rendered");
    let words = english_words(&visible_text(&html));
    if !words.is_empty() {
        found.push(format!(
            "GET /en/find?q=90020 (over the search budget): {words:?}"
        ));
    }
    for (method, path, form) in pages {
        let html = render(app(state.clone()), method, path, *form).await;
        assert!(html.contains("<html"), "{path} rendered");
        let words = english_words(&visible_text(&html));
        if !words.is_empty() {
            found.push(format!("{method} {path} {form:?}: {words:?}"));
        }
    }
    assert!(
        found.is_empty(),
        "English outside the messages:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_text_extractor_skips_what_it_should() {
    let html = r#"<p>Hello <span translate="no">Pasadena <b>x</b></span> world<br>
        <script>var code;</script><input value="v"></p>"#;
    let text = visible_text(html);
    assert!(text.contains("Hello") && text.contains("world"));
    assert!(!text.contains("Pasadena") && !text.contains("code"));
    assert_eq!(
        english_words("H\u{301}e\u{301}y Bye ZIP 90020"),
        vec!["Bye"]
    );
}
