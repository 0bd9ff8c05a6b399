#![allow(clippy::expect_used, clippy::unwrap_used)]
//! "Report a problem with this listing": shown on every office and line once the operator gives
//! `--feedback-email`, hidden without it; the prefilled message names the listing and the
//! page's language and nothing the reader typed.

use axum::{body::Body, http::Request};
use linkages_server::app;
use linkages_tests::{send_to, test_state};
use percent_encoding::percent_decode_str;

const TO: &str = "listings@example.org";

async fn page(with_address: bool, uri: &str) -> String {
    let state = test_state().with_report_address(with_address.then(|| TO.parse().unwrap()));
    let reply = send_to(app(state), Request::get(uri).body(Body::empty()).unwrap()).await;
    assert_eq!(reply.status, 200, "{uri}");
    reply.body
}

/// The decoded `mailto:` links of a page, in order.
fn mailtos(html: &str) -> Vec<String> {
    html.match_indices("href=\"mailto:")
        .map(|(at, _)| {
            let rest = &html[at + "href=\"".len()..];
            let url = &rest[..rest.find('"').unwrap()];
            percent_decode_str(&url.replace("&amp;", "&"))
                .decode_utf8()
                .unwrap()
                .into_owned()
        })
        .collect()
}

#[tokio::test]
async fn every_office_and_line_has_one_report_link_once_configured() {
    for (uri, items) in [
        ("/es/find?q=90020", "<li class=\"office\""),
        ("/ar/hotlines", "<li class=\"office hotline\""),
        ("/ko/advisor?q=90020", "<li class=\"desk-office\""),
    ] {
        let html = page(true, uri).await;
        let links = mailtos(&html);
        let listed = html.matches(items).count();
        assert!(listed > 0, "{uri} lists nothing");
        assert_eq!(links.len(), listed, "{uri}: one link per listing");
        let lang = uri.split('/').nth(1).unwrap();
        for link in &links {
            assert!(link.starts_with(&format!("mailto:{TO}?subject=")), "{link}");
            assert!(link.contains(&format!("Page language: {lang}")), "{link}");
            assert!(link.contains("Listing id: "), "{link}");
            // Nothing of the reader's search goes into the message.
            assert!(!link.contains("90020"), "{uri}: {link}");
        }
        // Each link names a different listing.
        let mut ids: Vec<_> = links
            .iter()
            .map(|l| {
                l.split("Listing id: ")
                    .nth(1)
                    .unwrap()
                    .lines()
                    .next()
                    .unwrap()
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), links.len(), "{uri}");
    }
}

#[tokio::test]
async fn no_link_without_an_address() {
    for uri in ["/en/find?q=90020", "/en/hotlines", "/en/advisor?q=90020"] {
        let html = page(false, uri).await;
        assert!(mailtos(&html).is_empty(), "{uri}");
    }
}

#[test]
fn the_server_refuses_a_bad_address_at_start() {
    use clap::Parser;
    use linkages_server::config::Config;
    let ok = Config::try_parse_from(["linkages", "--feedback-email", TO]).unwrap();
    assert_eq!(ok.feedback_email.unwrap().to_string(), TO);
    for bad in ["nobody", "Team <listings@example.org>", "a@b.org,c@d.org"] {
        let err = Config::try_parse_from(["linkages", "--feedback-email", bad]).unwrap_err();
        assert!(err.to_string().contains("email address"), "{bad}: {err}");
    }
}
