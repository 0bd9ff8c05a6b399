#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The advisor desk (`/{lang}/advisor`) and its screening on one page
//! (`/{lang}/advisor/screening`) through the real router: the offices, the words to read out in
//! the caller's language beside English, the text message (within 2 SMS segments in every
//! locale, for every office in the dataset), bad input as 4xx pages, and the compact screening's
//! rules, skipping and result.

use linkages_app::i18n::{embedded::Catalogs, Locale};
use linkages_directory::search::text_message::sms_length;
use linkages_directory::search::OfficeFinder;
use linkages_screening::{
    card::say_to_worker_ids, evaluate, flow::next_question, Answer, Answers, Fact, Fit, Path,
};
use linkages_tests::{get, html_text, main_text, post_form};

/// DPSS Civic Center District Office 14.
const DPSS_OFFICE: &str = "5d4332a6-4859-56db-ba4a-ca8f40e85c0c";

fn catalogs() -> Catalogs {
    Catalogs::load().expect("catalogs")
}

/// A message's text as a page shows it (no bidi isolates), with its variables' slots cut off.
fn message(catalogs: &Catalogs, locale: Locale, id: &str) -> String {
    catalogs
        .get(locale)
        .expect("catalog")
        .text(id)
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// The inside of the first element whose opening tag contains `marker`.
fn element<'a>(body: &'a str, marker: &str) -> &'a str {
    let at = body.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let open = body[..at].rfind('<').expect("tag start");
    let tag_end = body[at..].find('>').expect("tag end") + at + 1;
    let name: String = body[open + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let close = body[tag_end..]
        .find(&format!("</{name}>"))
        .expect("element ends")
        + tag_end;
    &body[tag_end..close]
}

/// The text message as served: entities decoded, line breaks kept.
fn text_message(body: &str) -> String {
    element(body, "data-sms")
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

#[tokio::test]
async fn the_desk_starts_with_the_place_field_focused_and_no_results() {
    let reply = get("/es/advisor", &[]).await;
    assert_eq!(reply.status, 200);
    let field = &reply.body[reply.body.find("id=\"q\"").expect("a place field")..];
    let field = &field[..field.find('>').unwrap()];
    assert!(field.contains("autofocus"), "{field}");
    assert!(!reply.body.contains("data-sms"));
    assert!(reply.body.contains("href=\"/es/advisor/screening\""));
    // No island on the desk: it loads no WebAssembly.
    assert!(!reply.body.contains(".wasm"), "the desk has no island");
}

#[tokio::test]
async fn a_place_gives_offices_lines_words_in_both_languages_and_a_text() {
    let reply = get("/es/advisor?q=90020", &[]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.headers.get("cache-control").unwrap(), "no-store");
    let catalogs = catalogs();
    // One DCFS office and two DPSS offices, in that order.
    let list = element(&reply.body, "class=\"desk-list\"");
    let names: Vec<String> = list
        .split("<h3")
        .skip(1)
        .map(|rest| html_text(&format!("<h3{}", &rest[..rest.find("</h3>").unwrap()])))
        .collect();
    let codes: Vec<&str> = names.iter().map(|n| &n[..4]).collect();
    assert_eq!(codes, ["DCFS", "DPSS", "DPSS"], "{names:?}");
    // The agency is named once, also where the source's name begins with it.
    assert!(names.iter().all(|n| !n.contains("DPSS DPSS")), "{names:?}");
    // The finder's map, its markers numbered as this list: 1 DCFS, 2 and 3 DPSS.
    let offices = element(&reply.body, "class=\"desk-offices\"");
    let markers: Vec<(&str, String)> = offices
        .match_indices("<g class=\"map-office ")
        .map(|(at, m)| {
            let rest = &offices[at + m.len()..];
            let agency = &rest[..rest.find('"').unwrap()];
            let number =
                html_text(&rest[rest.find("<text").unwrap()..rest.find("</text>").unwrap() + 7]);
            (agency, number)
        })
        .collect();
    assert_eq!(
        markers,
        [
            ("map-dcfs", "1".to_owned()),
            ("map-dpss", "2".to_owned()),
            ("map-dpss", "3".to_owned())
        ]
    );
    assert!(offices.contains("role=\"img\""));
    // The words to read out: Spanish, then the same in English, each marked.
    let script = element(&reply.body, "class=\"desk-script\"");
    assert!(script.contains("lang=\"es\""));
    assert!(script.contains("lang=\"en\""));
    let script_text = html_text(script);
    for (locale, id) in [
        (Locale::Es, "advisor-script-phone"),
        (Locale::En, "advisor-script-phone"),
    ] {
        let start = message(&catalogs, locale, id);
        let start = start.split('{').next().unwrap().trim();
        assert!(script_text.contains(start), "{start} in {script_text}");
    }
    assert!(script_text.contains("The nearest DCFS office is"));
    // The text: in Spanish, the office first, its count as the network counts it.
    let sms = text_message(&reply.body);
    assert!(sms.starts_with("DCFS "), "{sms}");
    assert!(sms.contains("(866) 613-3777"), "the DPSS line: {sms}");
    let length = sms_length(&sms);
    assert!(length.segments <= 2);
    let count = html_text(element(&reply.body, "id=\"text-count\""));
    assert!(
        count.starts_with(&format!("{} de {}", length.units, length.budget)),
        "{count}"
    );
    let at = reply.body.find("data-sms").unwrap();
    let sms_tag = &reply.body[reply.body[..at].rfind('<').unwrap()..];
    let sms_tag = &sms_tag[..sms_tag.find('>').unwrap()];
    assert!(sms_tag.contains("lang=\"es\""), "{sms_tag}");
    // The copy button waits for a script; the county lines are all there.
    assert!(reply.body.contains("data-copy-for=\"text-message\""));
    for number in ["(800) 540-4000", "(866) 613-3777", "2-1-1"] {
        assert!(
            html_text(element(&reply.body, "class=\"desk-lines\"")).contains(number),
            "{number}"
        );
    }
    // The same view in the other languages keeps the place.
    assert!(reply.body.contains("href=\"/ko/advisor?q=90020\""));
    assert!(reply.body.contains("href=\"/ar/advisor?q=90020\""));
}

#[tokio::test]
async fn choosing_the_office_for_the_text_keeps_the_place() {
    let reply = get(&format!("/en/advisor?q=90020&office={DPSS_OFFICE}"), &[]).await;
    assert_eq!(reply.status, 200);
    let sms = text_message(&reply.body);
    assert!(sms.starts_with("DPSS "), "{sms}");
    assert!(sms.contains("813 E 4th Pl"), "{sms}");
    // The other offices offer the same link, keeping q.
    assert!(reply.body.contains("/en/advisor?q=90020&amp;office="));
}

#[tokio::test]
async fn bad_input_is_a_4xx_page_that_says_why_in_the_callers_language() {
    let catalogs = catalogs();
    let unknown = get("/es/advisor?q=90020&office=not-an-office", &[]).await;
    assert_eq!(unknown.status, 404);
    assert!(main_text(&unknown.body).contains(&message(
        &catalogs,
        Locale::Es,
        "advisor-error-office"
    )));
    assert!(!unknown.body.contains("data-sms"));

    let nowhere = get("/es/advisor?q=10001", &[]).await;
    assert_eq!(nowhere.status, 404, "a ZIP code outside the county");
    assert!(nowhere.body.contains("class=\"error-summary\""));
    // The county lines stay on every problem page.
    assert!(main_text(&nowhere.body).contains("(800) 540-4000"));

    let no_locale = get("/xx/advisor?q=90020", &[]).await;
    assert_eq!(no_locale.status, 404);
}

#[tokio::test]
async fn the_text_fits_in_two_segments_in_every_locale_for_every_office() {
    let finder = OfficeFinder::embedded().expect("dataset");
    let ids: Vec<String> = finder.office_views().map(|o| o.id.clone()).collect();
    assert!(ids.len() >= 20, "every office of the dataset");
    let longest = finder
        .office_views()
        .max_by_key(|o| o.name.chars().count() + o.address_lines.join(", ").chars().count())
        .unwrap()
        .id
        .clone();
    for locale in Locale::SHIPPED {
        for id in &ids {
            let reply = get(
                &format!("/{}/advisor?q=90020&office={id}", locale.tag()),
                &[],
            )
            .await;
            assert_eq!(reply.status, 200, "{} {id}", locale.tag());
            let sms = text_message(&reply.body);
            let length = sms_length(&sms);
            assert!(
                length.segments <= 2,
                "{}: {} segments for {id}:\n{sms}",
                locale.tag(),
                length.segments
            );
            if *id == longest {
                // The longest office keeps its name, address and number whole.
                let office = finder.office_views().find(|o| &o.id == id).unwrap();
                assert!(sms.contains(&office.name), "{sms}");
                assert!(sms.contains(&office.address_lines.join(", ")), "{sms}");
            }
        }
    }
}

#[tokio::test]
async fn the_screening_on_one_page_shows_every_question_that_matters() {
    let reply = get("/es/advisor/screening", &[]).await;
    assert_eq!(reply.status, 200);
    let first = Fact::ALL[0];
    assert!(reply.body.contains(&format!("name=\"{}\"", first.as_str())));
    assert!(reply.body.contains("method=\"post\""));
    // The language switch posts the answers (buttons of this form), never a link with them.
    assert!(reply.body.contains("formaction=\"/ko/advisor/screening\""));
    assert!(!reply.body.contains("data-sms"));
}

#[tokio::test]
async fn update_skips_what_no_longer_matters_and_shows_the_result_in_both_languages() {
    // No DCFS case settles every path: only that question stays, and the result shows.
    let no_case = post_form("/es/advisor/screening", "dcfs_case=no&_go=update").await;
    assert_eq!(no_case.status, 200, "{}", no_case.body);
    assert_eq!(no_case.body.matches("<fieldset").count(), 1);
    assert!(no_case.body.contains("id=\"compact-result-title\""));

    // A case and no CalWORKs; every other question the flow asks answered "I don't know".
    let mut answers = Answers::new()
        .with(Fact::DcfsCase, Answer::Yes)
        .with(Fact::CalworksNow, Answer::No);
    let partial: Vec<String> = answers
        .to_pairs()
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let open = post_form("/ko/advisor/screening", &partial.join("&")).await;
    assert_eq!(open.status, 200);
    assert!(
        !open.body.contains("id=\"compact-result-title\""),
        "questions still open"
    );
    while let Some(fact) = next_question(&answers) {
        answers = answers.with(fact, Answer::Unsure);
    }
    let pairs: Vec<String> = answers
        .to_pairs()
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let reply = post_form("/ko/advisor/screening", &pairs.join("&")).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let result = element(&reply.body, "class=\"compact-result\"");
    assert!(result.contains("lang=\"ko\""));
    assert!(result.contains("lang=\"en\""));
    let text = html_text(result);
    let catalogs = catalogs();
    let fitting: Vec<Path> = evaluate(&answers)
        .into_iter()
        .filter(|r| r.fit == Fit::MayFit)
        .map(|r| r.id)
        .collect();
    assert!(fitting.contains(&Path::Prevention5122), "{fitting:?}");
    for path in fitting {
        assert!(text.contains(&message(&catalogs, Locale::Ko, path.title_id())));
        for locale in [Locale::Ko, Locale::En] {
            for id in say_to_worker_ids(path) {
                let say = message(&catalogs, locale, id);
                let start = say.split('{').next().unwrap().trim();
                assert!(text.contains(start), "{start} in {text}");
            }
        }
    }
    // No answer is ever written into a link on the page.
    for pair in pairs {
        assert!(!reply.body.contains(&format!("?{pair}")));
        assert!(!reply.body.contains(&format!("&amp;{pair}")));
    }
}

#[tokio::test]
async fn a_bad_answer_is_a_422_that_keeps_the_good_ones() {
    let reply = post_form("/en/advisor/screening", "dcfs_case=yes&homeless=banana").await;
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert!(reply.body.contains("class=\"error-summary\""));
    assert!(reply
        .body
        .contains("name=\"dcfs_case\" value=\"yes\" checked"));
}

/// `texts` of an API answer, by id.
fn texts_of(json: &serde_json::Value) -> &serde_json::Map<String, serde_json::Value> {
    json["texts"].as_object().expect("texts")
}

#[tokio::test]
async fn the_screening_api_gives_every_message_of_its_answer_in_the_language_asked() {
    let body = r#"{"answers": {"dcfs_case": "yes", "calworks_now": "no"}}"#;
    let plain = linkages_tests::post_body("/api/v1/screening", "application/json", body).await;
    assert_eq!(plain.status, 200);
    let plain: serde_json::Value = serde_json::from_str(&plain.body).unwrap();
    assert!(plain.get("texts").is_none(), "no texts unless asked");

    let reply =
        linkages_tests::post_body("/api/v1/screening?lang=es", "application/json", body).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(json["paths"], plain["paths"], "ids stay as they are");
    let texts = texts_of(&json);
    let catalogs = catalogs();
    // Every message id in the answer has its Spanish text.
    let mut ids: Vec<String> = Vec::new();
    for path in json["paths"].as_array().unwrap() {
        let id = Path::parse(path["id"].as_str().unwrap()).unwrap();
        ids.push(id.title_id().to_owned());
        for reason in path["because"].as_array().unwrap() {
            ids.push(reason["id"].as_str().unwrap().to_owned());
        }
        for step in path["next_steps"].as_array().unwrap() {
            ids.push(step.as_str().unwrap().to_owned());
        }
        for hint in path["what_would_change"].as_array().unwrap() {
            ids.push(hint["id"].as_str().unwrap().to_owned());
        }
    }
    for id in ids {
        let text = texts
            .get(&id)
            .and_then(|t| t.as_str())
            .unwrap_or_else(|| panic!("{id}"));
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
        if !text.contains(char::is_numeric) {
            assert_eq!(text, message(&catalogs, Locale::Es, &id), "{id}");
        }
    }
}

#[tokio::test]
async fn an_unknown_lang_is_a_400_that_lists_the_shipped_tags() {
    let body = r#"{"answers": {}}"#;
    for query in ["lang=xx", "lang=ES", "lang=", "lang=es&lang=ko"] {
        let reply = linkages_tests::post_body(
            &format!("/api/v1/screening?{query}"),
            "application/json",
            body,
        )
        .await;
        assert_eq!(reply.status, 400, "{query}: {}", reply.body);
    }
    let reply =
        linkages_tests::post_body("/api/v1/screening?lang=xx", "application/json", body).await;
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(json["errors"][0]["error"], "unknown_lang");
    let said = json["errors"][0]["message"].as_str().unwrap();
    for locale in Locale::SHIPPED {
        assert!(said.contains(locale.tag()), "{said}");
    }
    // Answers never ride in the URL: no other query parameter is taken.
    let reply =
        linkages_tests::post_body("/api/v1/screening?dcfs_case=yes", "application/json", body)
            .await;
    assert_eq!(reply.status, 400);

    let nearest = get("/api/v1/nearest?zip=90020&lang=xx", &[]).await;
    assert_eq!(nearest.status, 400);
    assert!(nearest.body.contains("unknown_lang"));
}

#[tokio::test]
async fn the_nearest_api_gives_its_notes_in_the_language_asked() {
    let plain = get("/api/v1/nearest?zip=90020", &[]).await;
    let plain: serde_json::Value = serde_json::from_str(&plain.body).unwrap();
    assert!(plain.get("texts").is_none());
    let reply = get("/api/v1/nearest?zip=90020&lang=ko", &[]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(json["offices"], plain["offices"]);
    let texts = texts_of(&json);
    let catalogs = catalogs();
    for id in [
        "find-dcfs-title",
        "find-dpss-title",
        "find-from-zip-centre",
        "find-nearest-not-assigned",
    ] {
        assert_eq!(
            texts[id].as_str().unwrap(),
            message(&catalogs, Locale::Ko, id),
            "{id}"
        );
    }
    // A note is there only when the answer has what it is about.
    let countywide = json["offices"].as_array().unwrap().iter().any(|o| {
        o["phones"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["role"] == "countywide_line")
    });
    assert_eq!(texts.contains_key("find-phone-countywide"), countywide);
    assert!(!texts.contains_key("find-near-county-line"));
}
