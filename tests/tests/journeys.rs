#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The reader keeps their place: the language switch keeps a search and carries the
//! screening's answers (in a POST, never in a link), the staying-safe page is one step from
//! every page, and a page with a problem says so in its title and takes focus.

use linkages_app::i18n::Locale;
use linkages_tests::{get, main_text, post_form};

/// The `<footer>` of a page.
fn footer(html: &str) -> &str {
    let start = html.find("<footer").expect("a footer");
    &html[start..]
}

#[tokio::test]
async fn the_language_switch_keeps_a_search() {
    let reply = get("/en/find?q=90020&agency=dpss", &[]).await;
    assert_eq!(reply.status, 200);
    let footer = footer(&reply.body);
    for locale in Locale::SHIPPED {
        let href = format!(r#"href="/{}/find?q=90020&amp;agency=dpss""#, locale.tag());
        assert!(footer.contains(&href), "{href} in {footer}");
    }
    // And the Spanish page it leads to shows the same search.
    let spanish = get("/es/find?q=90020&agency=dpss", &[]).await;
    assert_eq!(spanish.status, 200);
    assert!(spanish.body.contains(r#"value="90020""#));
    assert!(spanish.body.contains(r#"value="dpss" checked"#));
}

#[tokio::test]
async fn the_language_switch_on_the_screening_posts_the_answers() {
    // Question 2, after answering "yes" to question 1, without JavaScript.
    let step = post_form("/en/screening", "dcfs_case=yes&_at=dcfs_case&_go=next").await;
    assert_eq!(step.status, 200);
    let footer = footer(&step.body);
    for locale in Locale::SHIPPED {
        let button = format!(
            r#"form="screening-form" formaction="/{}/screening" name="_go" value="stay""#,
            locale.tag()
        );
        assert!(footer.contains(&button), "{button} in {footer}");
    }
    // The answers travel in the form only: no link anywhere on the page carries them.
    for href in step.body.split("href=\"").skip(1) {
        let href = &href[..href.find('"').unwrap()];
        assert!(!href.contains("dcfs_case"), "{href}");
    }
    assert!(step.body.contains(r#"<form id="screening-form""#));

    // The Spanish button posts the same fields with `_go=stay`: same question, same answers.
    let at = step
        .body
        .split(r#"name="_at" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the step on screen");
    assert_ne!(at, "dcfs_case");
    let spanish = post_form("/es/screening", &format!("dcfs_case=yes&_at={at}&_go=stay")).await;
    assert_eq!(spanish.status, 200);
    assert!(spanish.body.contains(r#"<html lang="es""#));
    assert!(spanish
        .body
        .contains(r#"<input type="hidden" name="dcfs_case" value="yes">"#));
    assert!(spanish
        .body
        .contains(&format!(r#"name="_at" value="{at}""#)));
    assert!(
        main_text(&spanish.body).contains("Pregunta 2"),
        "{}",
        main_text(&spanish.body)
    );
    assert!(
        !spanish.body.contains("error-summary"),
        "staying is not continuing"
    );
}

#[tokio::test]
async fn the_unreviewed_notice_on_the_screening_posts_to_english_too() {
    let step = post_form("/es/screening", "dcfs_case=no&_at=dcfs_case&_go=next").await;
    let notice_start = step.body.find(r#"class="unreviewed""#).expect("notice");
    let notice = &step.body[notice_start..];
    let notice = &notice[..notice.find("</aside>").unwrap()];
    assert!(
        notice.contains(r#"formaction="/en/screening" name="_go" value="stay""#),
        "{notice}"
    );
}

#[tokio::test]
async fn the_staying_safe_page_is_one_step_from_every_page() {
    for locale in Locale::SHIPPED {
        let tag = locale.tag();
        let page = get(&format!("/{tag}/staying-safe"), &[]).await;
        assert_eq!(page.status, 200, "{tag}");
        // The banner's danger line, once: the page does not repeat it.
        assert_eq!(page.body.matches("tel:911").count(), 1, "{tag}");
        for path in ["", "/find", "/screening", "/hotlines", "/staying-safe"] {
            let reply = get(&format!("/{tag}{path}"), &[]).await;
            let link = format!(r#"href="/{tag}/staying-safe""#);
            // Next to Quick exit, and in the footer.
            let header = &reply.body[..reply.body.find("</header>").expect("header")];
            assert!(header.contains(&link), "{tag}{path}: header");
            assert!(footer(&reply.body).contains(&link), "{tag}{path}: footer");
        }
    }
    let english = get("/en/staying-safe", &[]).await;
    let text = main_text(&english.body);
    for words in [
        "Shift key 3 times",
        "Back button",
        "private window",
        "iPhone",
        "never saved",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
}

#[tokio::test]
async fn a_search_problem_says_so_in_the_title_and_takes_focus() {
    let reply = get("/en/find?q=Springfield%2C%20Illinois", &[]).await;
    assert_eq!(reply.status, 404);
    assert!(
        reply
            .body
            .contains("<title>There is a problem: Find an office - Linkages</title>"),
        "{}",
        &reply.body[..reply.body.find("</head>").unwrap()]
    );
    let summary = reply
        .body
        .split("<div ")
        .find(|tag| tag.contains(r#"class="error-summary""#))
        .and_then(|tag| tag.split_once('>'))
        .expect("an error summary")
        .0;
    // Focus on load, JavaScript or not.
    assert!(
        summary.contains(r#"tabindex="-1""#) && summary.contains("autofocus"),
        "{summary}"
    );
    // Without a problem, the plain title.
    let fine = get("/en/find?q=90020", &[]).await;
    assert!(fine
        .body
        .contains("<title>Find an office - Linkages</title>"));
}

#[tokio::test]
async fn the_result_shows_the_safety_lines_once() {
    let result = post_form("/en/screening", "dcfs_case=no&_go=result").await;
    assert_eq!(result.status, 200);
    assert!(
        main_text(&result.body).starts_with("What may fit you"),
        "{}",
        main_text(&result.body)
    );
    assert_eq!(result.body.matches("In danger now?").count(), 1);
}

/// Every text between an FSI (U+2068) and its PDI (U+2069) with no isolate nested in it.
fn innermost_isolates(html: &str) -> Vec<&str> {
    html.split('\u{2068}')
        .skip(1)
        .filter_map(|rest| rest.split_once('\u{2069}').map(|(inside, _)| inside))
        .collect()
}

#[tokio::test]
async fn a_time_is_isolated_once_as_a_whole() {
    for tag in ["ar", "fa", "en"] {
        // The phone lines page: the DPSS line has weekday hours, so some time always shows.
        let reply = get(&format!("/{tag}/hotlines"), &[]).await;
        assert_eq!(reply.status, 200);
        // The hours and the minutes sit in one isolate (`5:30 p.m.`), never each in their
        // own (FSI 5 PDI : FSI 30 PDI, which right-to-left text shows as 30:5).
        let times: Vec<_> = innermost_isolates(&reply.body)
            .into_iter()
            .filter(|inside| {
                inside.split_once(':').is_some_and(|(h, m)| {
                    h.ends_with(|c: char| c.is_ascii_digit())
                        && m.starts_with(|c: char| c.is_ascii_digit())
                })
            })
            .collect();
        assert!(!times.is_empty(), "{tag}: no isolated time on the page");
        assert!(
            !reply.body.contains("\u{2069}:\u{2068}"),
            "{tag}: hours and minutes isolated on their own"
        );
    }
}
