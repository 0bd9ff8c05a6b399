#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The hand-off card (`/{lang}/card`) through the real router: every parameter, bad links (a 4xx
//! page with the reason in the reader's language), the bilingual parts, the links that lead to
//! it, and the discreet card, which names no agency, program or child-welfare word in any
//! locale (the words come from `locales/glossary.toml` and the catalogs, not from a list here).

use linkages_app::i18n::{embedded::Catalogs, Locale};
use linkages_directory::search::OfficeFinder;
use linkages_screening::{card::say_to_worker_ids, Path};
use linkages_tests::{get, html_text, repo_root};

/// Belvedere, a DCFS office (no hours in the data).
const DCFS_OFFICE: &str = "04dc5f01-6a5f-5286-91cd-2cce1f7918e1";
/// DPSS Civic Center District Office 14, 813 E 4th Pl (hours, a countywide number).
const DPSS_OFFICE: &str = "5d4332a6-4859-56db-ba4a-ca8f40e85c0c";

/// The element that carries `data-card`, as served (tags and attributes included).
fn card_html(body: &str) -> &str {
    let start = body.find("<article").expect("a card");
    let end = body[start..].find("</article>").expect("card ends") + start;
    let card = &body[start..end];
    assert!(card.contains("data-card"), "{card}");
    card
}

/// `<main>` as served (the footer's language switch keeps a page's query, so it is left out).
fn main_html(body: &str) -> &str {
    let start = body.find("<main").expect("main");
    let end = body.find("</main>").expect("main ends");
    &body[start..end]
}

/// [`html_text`] with the entities the server writes decoded.
fn text(html: &str) -> String {
    html_text(html)
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

fn title(body: &str) -> String {
    let start = body.find("<title>").expect("a title") + "<title>".len();
    let end = body[start..].find("</title>").expect("title ends") + start;
    text(&body[start..end])
}

fn catalogs() -> Catalogs {
    Catalogs::load().expect("catalogs")
}

fn message(catalogs: &Catalogs, locale: Locale, id: &str) -> String {
    let text = catalogs.get(locale).expect("catalog").text(id);
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn a_card_holds_the_path_the_words_the_office_and_the_lines_in_both_languages() {
    let reply = get(
        &format!("/ko/card?path=prevention_5122&office={DPSS_OFFICE}"),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(
        reply.headers.get("cache-control").unwrap(),
        "no-store",
        "a card link is a query: no cache keeps it"
    );
    let catalogs = catalogs();
    let card = card_html(&reply.body);
    let card_text = text(card);
    for locale in [Locale::Ko, Locale::En] {
        for id in [
            "card-title",
            Path::Prevention5122.title_id(),
            say_to_worker_ids(Path::Prevention5122)[0],
            "card-office-title",
            "card-address",
            "card-phone",
            "card-hours",
            "line-child-protection",
        ] {
            let want = text(&message(&catalogs, locale, id));
            assert!(
                card_text.contains(&want),
                "{locale:?} {id}: {want}\n{card_text}"
            );
        }
    }
    // Each part says which language it is in.
    assert!(card.contains(r#"lang="ko" dir="ltr""#), "{card}");
    assert!(card.contains(r#"lang="en" dir="ltr""#), "{card}");
    // The office as the data gives it: address, the countywide number, the source's hours.
    for fact in [
        "813 E 4th Pl",
        "(866) 613-3777",
        "tel:+18666133777",
        "Mon-Fri 8AM-5PM",
        "DPSS Civic Center District Office 14",
    ] {
        assert!(card_text.contains(fact) || card.contains(fact), "{fact}");
    }
    // The key lines.
    for tel in ["tel:+18005404000", "tel:+18666133777", "tel:211"] {
        assert!(card.contains(tel), "{tel}");
    }
    assert!(title(&reply.body).contains(&message(&catalogs, Locale::Ko, "card-title")));
}

#[tokio::test]
async fn missing_hours_are_said_never_made_up() {
    let reply = get(&format!("/en/card?office={DCFS_OFFICE}"), &[]).await;
    assert_eq!(reply.status, 200);
    let card_text = text(card_html(&reply.body));
    assert!(card_text.contains("5835 S Eastern Ave"), "{card_text}");
    assert!(card_text.contains("(323) 725-4501"), "{card_text}");
    assert!(
        card_text.contains("Hours not known. Call before you go."),
        "{card_text}"
    );
}

#[tokio::test]
async fn an_english_card_is_in_english_once() {
    let reply = get("/en/card?path=family_maintenance", &[]).await;
    assert_eq!(reply.status, 200);
    let card_text = text(card_html(&reply.body));
    assert_eq!(
        card_text.matches("Help that may fit you").count(),
        1,
        "{card_text}"
    );
    assert!(card_text.contains("Family Maintenance"), "{card_text}");
}

#[tokio::test]
async fn repeated_parameters_count_once_and_keep_their_order() {
    let reply = get(
        &format!(
            "/es/card?path=family_reunification&path=prevention_5122&path=family_reunification\
             &office={DPSS_OFFICE}&office={DCFS_OFFICE}&office={DPSS_OFFICE}"
        ),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let catalogs = catalogs();
    let card_text = text(card_html(&reply.body));
    let fr = text(&message(
        &catalogs,
        Locale::Es,
        Path::FamilyReunification.title_id(),
    ));
    let prevention = text(&message(
        &catalogs,
        Locale::Es,
        Path::Prevention5122.title_id(),
    ));
    assert_eq!(card_text.matches(&fr).count(), 1, "{card_text}");
    let (fr_at, prevention_at) = (
        card_text.find(&fr).unwrap(),
        card_text.find(&prevention).unwrap(),
    );
    assert!(fr_at < prevention_at, "link order kept");
    assert_eq!(card_text.matches("813 E 4th Pl").count(), 1);
    assert!(card_text.find("813 E 4th Pl").unwrap() < card_text.find("5835 S Eastern").unwrap());
}

#[tokio::test]
async fn bad_links_get_a_4xx_page_with_the_reason_in_the_readers_language() {
    let catalogs = catalogs();
    let many_paths = Path::ALL[..5]
        .iter()
        .map(|p| format!("path={}", p.as_str()))
        .collect::<Vec<_>>()
        .join("&");
    let cases: Vec<(String, u16, &str)> = vec![
        ("".into(), 400, "card-error-empty"),
        ("?discreet=0".into(), 400, "card-error-empty"),
        ("?path=".into(), 404, "card-error-unknown-path"),
        ("?path=no_such_path".into(), 404, "card-error-unknown-path"),
        (
            "?path=Prevention_5122".into(),
            404,
            "card-error-unknown-path",
        ),
        (
            format!("?path=prevention_5122&office={DPSS_OFFICE}&path=bogus"),
            404,
            "card-error-unknown-path",
        ),
        (
            "?office=00000000-0000-0000-0000-000000000000".into(),
            404,
            "card-error-unknown-office",
        ),
        (
            "?office=%3Cscript%3E".into(),
            404,
            "card-error-unknown-office",
        ),
        (
            format!("?office={}", "a".repeat(300)),
            404,
            "card-error-unknown-office",
        ),
        (format!("?{many_paths}"), 400, "card-error-too-many"),
        (
            format!("?office={DPSS_OFFICE}&office={DCFS_OFFICE}&office=x"),
            400,
            "card-error-too-many",
        ),
        (
            format!("?office={DPSS_OFFICE}&discreet=yes"),
            400,
            "card-error-bad-parameter",
        ),
        (
            format!("?office={DPSS_OFFICE}&discreet=1&discreet=0"),
            400,
            "card-error-bad-parameter",
        ),
        (
            "?path=prevention_5122&dcfs_case=yes".into(),
            400,
            "card-error-bad-parameter",
        ),
    ];
    for locale in [Locale::En, Locale::Ko, Locale::Ar] {
        for (query, status, id) in &cases {
            let path = format!("/{}/card{query}", locale.tag());
            let reply = get(&path, &[]).await;
            assert_eq!(reply.status.as_u16(), *status, "{path}");
            let want = text(&message(&catalogs, locale, id));
            assert!(text(&reply.body).contains(&want), "{path}: {want}");
            assert!(!reply.body.contains("data-card"), "{path}: no card");
            assert!(
                title(&reply.body).starts_with(&message(&catalogs, locale, "error-title")),
                "{path}"
            );
            // (The language switch in the footer keeps the query, as on every page.)
            assert!(
                !main_html(&reply.body).contains("dcfs_case"),
                "{path}: nothing of the link is echoed"
            );
        }
    }
    // An unknown language stays a 404 page, never a card in a guessed language.
    assert_eq!(get("/xx/card?path=prevention_5122", &[]).await.status, 404);
}

#[tokio::test]
async fn a_discreet_card_is_the_office_and_the_lines_without_names() {
    let reply = get(
        &format!("/en/card?office={DPSS_OFFICE}&discreet=1&path=prevention_5122"),
        &[],
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let card_text = text(card_html(&reply.body));
    for fact in ["813 E 4th Pl", "Los Angeles", "(866) 613-3777", "Mon-Fri"] {
        assert!(card_text.contains(fact), "{fact}: {card_text}");
    }
    for word in ["DPSS", "Civic Center", "DCFS", "Linkages", "5122", "Child"] {
        assert!(!card_text.contains(word), "{word}: {card_text}");
    }
    assert_eq!(title(&reply.body), "Address and phone");
    // The link to the full card is there; the full card's link to this one drops the path.
    let full = get("/en/card?path=prevention_5122", &[]).await;
    assert!(
        full.body.contains("/en/card?discreet=1\""),
        "lines-only private card"
    );
    // A private card with no office: the help lines, and a way to add an office.
    let lines_only = get("/en/card?discreet=1", &[]).await;
    assert_eq!(lines_only.status, 200);
    assert!(text(card_html(&lines_only.body)).contains("(866) 613-3777"));
    assert!(lines_only.body.contains(r#"href="/en/find""#));
}

/// Every name the glossary lists for a locale (English names, forbidden strings, renderings,
/// said forms and every variant), and the locale's own site name and child-protection line.
fn forbidden_words(glossary: &toml::Value, catalogs: &Catalogs, locale: Locale) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut add = |word: &str| {
        let word = word.trim();
        if !word.is_empty() && !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    };
    let concepts = glossary["concept"].as_table().expect("concepts");
    for concept in concepts.values() {
        add(concept["english"].as_str().expect("english"));
        for word in concept
            .get("forbidden")
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten()
        {
            add(word.as_str().expect("forbidden word"));
        }
        let entry = &concept["locale"][locale.tag()];
        for key in ["rendering", "said"] {
            if let Some(word) = entry.get(key).and_then(toml::Value::as_str) {
                add(word);
            }
        }
        for key in ["forms", "said_forms"] {
            for form in entry
                .get(key)
                .and_then(toml::Value::as_table)
                .into_iter()
                .flat_map(|forms| forms.values())
            {
                add(form.as_str().expect("form"));
            }
        }
    }
    for id in ["site-name", "line-child-protection", "line-dpss"] {
        add(&message(catalogs, locale, id));
    }
    words
}

/// The glossary's matching rule: case-insensitive; a word that starts or ends with an ASCII
/// letter must not run on into another ASCII letter or digit on that side.
fn spells_out(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    let word = word.to_lowercase();
    let starts = word.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    let ends = word.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
    text.match_indices(&word).any(|(at, _)| {
        let before = text[..at].chars().last();
        let after = text[at + word.len()..].chars().next();
        let free = |c: Option<char>| !c.is_some_and(|c| c.is_ascii_alphanumeric());
        (!starts || free(before)) && (!ends || free(after))
    })
}

#[tokio::test]
async fn a_discreet_card_names_no_agency_program_or_child_welfare_word_in_any_locale() {
    let glossary: toml::Value = std::fs::read_to_string(repo_root().join("locales/glossary.toml"))
        .expect("glossary")
        .parse()
        .expect("glossary parses");
    let catalogs = catalogs();
    let finder = OfficeFinder::embedded().expect("dataset");
    let offices: Vec<String> = finder.office_views().map(|o| o.id.clone()).collect();
    assert!(offices.len() > 20);
    for &locale in Locale::SHIPPED {
        let words = forbidden_words(&glossary, &catalogs, locale);
        assert!(words.len() > 20, "{locale:?}: {words:?}");
        // Every office in one locale is too slow for all 15: each locale sees every office
        // once across the run, two at a time, and the lines-only card.
        let index = Locale::SHIPPED.iter().position(|&l| l == locale).unwrap();
        let mut queries = vec!["discreet=1".to_owned()];
        for (i, pair) in offices.chunks(2).enumerate() {
            if locale == Locale::En || i % Locale::SHIPPED.len() == index % 3 {
                queries.push(format!(
                    "{}&discreet=1&path=family_reunification",
                    pair.iter()
                        .map(|id| format!("office={id}"))
                        .collect::<Vec<_>>()
                        .join("&")
                ));
            }
        }
        for query in queries {
            let path = format!("/{}/card?{query}", locale.tag());
            let reply = get(&path, &[]).await;
            assert_eq!(reply.status, 200, "{path}");
            let card = card_html(&reply.body);
            let page_title = title(&reply.body);
            for word in &words {
                assert!(
                    !spells_out(card, word) && !spells_out(&text(card), word),
                    "{path}: the card names {word:?}"
                );
                assert!(
                    !spells_out(&page_title, word),
                    "{path}: the title {page_title:?} names {word:?}"
                );
            }
            // No path id in a discreet card's links either.
            assert!(!card.contains("path="), "{path}");
        }
    }
}

#[tokio::test]
async fn every_office_on_the_finder_links_to_its_card_and_its_private_card() {
    let reply = get("/ko/find?q=90013&path=prevention_5122&path=bogus", &[]).await;
    assert_eq!(reply.status, 200);
    let offices = reply.body.matches(r#"<li class="office">"#).count();
    assert!(offices >= 2, "{offices}");
    let cards = reply
        .body
        .matches("/ko/card?path=prevention_5122&amp;office=")
        .count();
    let private = reply.body.matches("&amp;discreet=1").count();
    assert_eq!(cards, offices, "one card link per office, with the path");
    assert_eq!(private, offices, "one private card link per office");
    assert!(
        !main_html(&reply.body).contains("bogus"),
        "an unknown path is dropped"
    );
    // The search form keeps the path for the next search.
    assert!(reply
        .body
        .contains(r#"<input type="hidden" name="path" value="prevention_5122""#));
    // Each card link opens a card.
    let href = reply
        .body
        .split("href=\"")
        .find(|rest| rest.starts_with("/ko/card?"))
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .replace("&amp;", "&");
    assert_eq!(get(&href, &[]).await.status, 200, "{href}");
}

#[tokio::test]
async fn the_screening_result_links_to_the_card_with_path_ids_only() {
    let reply = linkages_tests::post_form(
        "/en/screening",
        "dcfs_case=yes&dcfs_service=family_reunification&children_location=all_removed\
         &calworks_now=no&calworks_at_removal=yes&fr_plan=yes&relative_caregiver=no&_go=result",
    )
    .await;
    assert_eq!(reply.status, 200);
    let href = reply
        .body
        .split("href=\"")
        .find(|rest| rest.starts_with("/en/card?path="))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("a card link in {}", main_html(&reply.body)))
        .replace("&amp;", "&");
    assert!(href.contains("path=family_reunification"), "{href}");
    for answer in ["dcfs_case", "all_removed", "calworks", "fr_plan", "=yes"] {
        assert!(!href.contains(answer), "{href} carries {answer}");
    }
    assert!(reply.body.contains(r#"href="/en/card?discreet=1""#));
    assert!(
        reply
            .body
            .contains("/en/find?path=prevention_5122&amp;path=family_reunification"),
        "{}",
        main_html(&reply.body)
    );
    assert_eq!(get(&href, &[]).await.status, 200);
}
