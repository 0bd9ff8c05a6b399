#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The office search page through the router: every input kind and every problem kind.

use linkages_tests::{get, main_text};

/// Office names in the order the page lists them (DCFS section first, then DPSS).
fn office_names(html: &str) -> Vec<String> {
    html.split(r#"<h4 lang="en" dir="ltr" translate="no">"#)
        .skip(1)
        .filter_map(|rest| rest.split_once("</h4>").map(|(name, _)| name.to_owned()))
        .collect()
}

#[tokio::test]
async fn a_zip_lists_the_nearest_offices_of_each_agency() {
    let reply = get("/en/find?q=90020", &[]).await;
    assert_eq!(reply.status, 200);
    let text = main_text(&reply.body);
    assert!(text.contains("Offices near ZIP 90020"), "{text}");
    let names = office_names(&reply.body);
    assert_eq!(names.len(), 6, "{names:?}");
    // Published coordinates: West LA (5757 Wilshire) is the nearest DCFS office to 90020.
    assert_eq!(names[0], "West Los Angeles");
    assert!(text.contains("miles away"));
    assert!(text.contains("Not every DPSS office is listed here"));
    assert!(reply.body.contains(r#"href="tel:+13239002390""#));
    assert!(
        text.contains("Hours not known"),
        "no office hours are invented"
    );
    // The same search from the `zip` alias and from coordinates in the URL.
    let alias = get("/en/find?zip=90020", &[]).await;
    assert_eq!(office_names(&alias.body), names);
}

#[tokio::test]
async fn coordinates_in_the_url_search_from_that_point() {
    let reply = get("/en/find?lat=34.0443&lon=-118.2358", &[]).await;
    assert_eq!(reply.status, 200);
    let names = office_names(&reply.body);
    assert!(
        names.contains(&"DPSS Civic Center District Office 14".to_owned()),
        "{names:?}"
    );
    assert!(
        !main_text(&reply.body).contains("middle of the ZIP code area"),
        "an exact point"
    );
}

#[tokio::test]
async fn place_names_are_case_and_accent_insensitive() {
    let lower = get("/en/find?q=pasadena", &[]).await;
    let upper = get("/en/find?q=PASADENA", &[]).await;
    assert_eq!(lower.status, 200);
    assert_eq!(main_text(&lower.body), main_text(&upper.body));
    let ambiguous = get("/en/find?q=Los%20Angeles", &[]).await;
    assert!(main_text(&ambiguous.body).contains("Choose your ZIP code"));
    assert!(ambiguous.body.contains(r#"href="/en/find?q=90001""#));
}

#[tokio::test]
async fn problems_get_a_clear_message_the_lines_and_a_4xx() {
    for (query, status, message) in [
        (
            "q=99999",
            404,
            "99999 is not a ZIP code in Los Angeles County",
        ),
        (
            "q=10001",
            404,
            "10001 is not a ZIP code in Los Angeles County",
        ),
        ("q=9002", 400, "Enter a ZIP code with 5 numbers"),
        (
            "q=Springfieldia",
            404,
            "We do not know the name Springfieldia yet. Try your ZIP code.",
        ),
        (
            "lat=40.7&lon=-74.0",
            404,
            "That location is outside Los Angeles County",
        ),
        ("lat=abc&lon=-118", 400, "We could not read that location"),
    ] {
        let reply = get(&format!("/en/find?{query}"), &[]).await;
        assert_eq!(reply.status, status, "{query}");
        let text = main_text(&reply.body);
        assert!(text.contains(message), "{query}: {text}");
        assert!(
            reply.body.contains(r#"href="tel:+18666133777""#),
            "{query}: county lines"
        );
    }
}

#[tokio::test]
async fn problems_are_explained_in_spanish_too() {
    let reply = get("/es/find?q=99999", &[]).await;
    assert_eq!(reply.status, 404);
    assert!(main_text(&reply.body).contains("no es un código postal del Condado de Los Ángeles"));
}

#[tokio::test]
async fn the_page_without_a_search_is_just_the_form_and_an_empty_search_says_what_to_enter() {
    let form = get("/en/find", &[]).await;
    assert_eq!(form.status, 200);
    assert!(!form.body.contains("error-summary"));
    for query in ["q=", "q=%20%20", "q=&agency=dpss"] {
        let reply = get(&format!("/en/find?{query}"), &[]).await;
        assert_eq!(reply.status, 400, "{query}");
        assert!(office_names(&reply.body).is_empty());
        assert!(reply.body.contains("error-summary"), "{query}");
        assert!(
            main_text(&reply.body).contains("Enter a ZIP code or a city name."),
            "{query}"
        );
    }
}

/// Every keyboard's digits: the same offices as the ASCII ZIP code, in every language.
#[tokio::test]
async fn zip_codes_in_native_digits_find_the_same_offices() {
    let ascii = office_names(&get("/en/find?q=90020", &[]).await.body);
    for (lang, typed) in [
        ("ar", "٩٠٠٢٠"),
        ("fa", "۹۰۰۲۰"),
        ("hi", "९००२०"),
        ("th", "๙๐๐๒๐"),
        ("km", "៩០០២០"),
        ("zh-Hans", "９００２０"),
        ("ja", "９００２０"),
        ("en", "90020 1234"),
        ("en", "90020–1234"),
        ("en", "Los Angeles, CA 90020"),
    ] {
        let url = format!("/{lang}/find?q={}", linkages_tests::encode(typed));
        let reply = get(&url, &[]).await;
        assert_eq!(reply.status, 200, "{url}");
        assert_eq!(office_names(&reply.body), ascii, "{url}");
    }
    // Coordinates with Arabic digits and separators.
    let point = office_names(&get("/en/find?q=34.05,-118.25", &[]).await.body);
    let url = format!("/ar/find?q={}", linkages_tests::encode("٣٤٫٠٥، -١١٨٫٢٥"));
    let reply = get(&url, &[]).await;
    assert_eq!(reply.status, 200, "{url}");
    assert_eq!(office_names(&reply.body), point, "{url}");
}

/// Neighbourhoods and communities that the ZIP table does not name.
#[tokio::test]
async fn neighbourhoods_and_communities_are_places_in_the_county() {
    for name in [
        "Boyle Heights",
        "Watts",
        "East LA",
        "Florence-Graham",
        "Willowbrook",
        "Hollywood",
        "Echo Park",
        "Catalina",
        "Pomona CA",
        "City of Pomona",
    ] {
        let url = format!("/en/find?q={}", linkages_tests::encode(name));
        let reply = get(&url, &[]).await;
        assert_eq!(reply.status, 200, "{url}");
        let text = main_text(&reply.body);
        assert!(!text.contains("outside Los Angeles County"), "{url}");
        assert!(
            !office_names(&reply.body).is_empty() || text.contains("Choose your ZIP code"),
            "{url}: {text}"
        );
    }
    let hollywood = get("/en/find?q=Hollywood", &[]).await;
    assert!(main_text(&hollywood.body).contains("Offices near Hollywood"));
    assert!(hollywood.body.contains("GeoNames"), "the point's credit");
}

/// The county line, not its box: neighbouring counties are outside, near the line is shown
/// with a word to check.
#[tokio::test]
async fn locations_are_checked_against_the_county_outline() {
    for (lat, lon) in [(33.84, -117.91), (34.06, -117.65), (34.27, -118.78)] {
        let reply = get(&format!("/en/find?lat={lat}&lon={lon}"), &[]).await;
        assert_eq!(reply.status, 404, "{lat},{lon}");
        assert!(main_text(&reply.body).contains("outside Los Angeles County"));
    }
    // Malibu, about 800 m inside the line: offices, with the notice.
    let reply = get("/en/find?lat=34.03&lon=-118.78", &[]).await;
    assert_eq!(reply.status, 200);
    assert!(!office_names(&reply.body).is_empty());
    assert!(main_text(&reply.body).contains("very close to the edge of Los Angeles County"));
    let downtown = get("/en/find?lat=34.05&lon=-118.25", &[]).await;
    assert!(!main_text(&downtown.body).contains("very close to the edge"));
}

#[tokio::test]
async fn the_agency_choice_shows_one_agency_with_more_offices() {
    let both = get("/en/find?q=90020&agency=both", &[]).await;
    assert_eq!(office_names(&both.body).len(), 6);
    assert!(
        both.body.contains(r#"value="both" checked"#),
        "the choice is shown"
    );

    let dcfs = get("/en/find?q=90020&agency=dcfs", &[]).await;
    assert_eq!(dcfs.status, 200);
    let names = office_names(&dcfs.body);
    assert_eq!(names.len(), 5, "{names:?}");
    assert_eq!(names[0], "West Los Angeles");
    let text = main_text(&dcfs.body);
    assert!(text.contains("DCFS offices"));
    assert!(!text.contains("DPSS offices ("), "{text}");
    assert!(dcfs.body.contains(r#"value="dcfs" checked"#));

    let dpss = get("/en/find?q=90020&agency=DPSS", &[]).await;
    let text = main_text(&dpss.body);
    assert!(text.contains("Not every DPSS office is listed here"));
    assert!(!text.contains("DCFS offices ("), "{text}");
    // Every office the DCFS-only page lists is a DCFS office on the page with both.
    let dpss_names = office_names(&dpss.body);
    assert!(dpss_names.iter().all(|n| !names.contains(n)));

    // An unknown value shows both, and the radios say so.
    let odd = get("/en/find?q=90020&agency=cdss", &[]).await;
    assert_eq!(office_names(&odd.body), office_names(&both.body));
    assert!(odd.body.contains(r#"value="both" checked"#));
}

#[tokio::test]
async fn place_choices_keep_the_agency_choice() {
    let reply = get("/en/find?q=Glendale&agency=dpss", &[]).await;
    let text = main_text(&reply.body);
    if text.contains("More than one ZIP code matches") {
        assert!(reply.body.contains("&amp;agency=dpss"), "{}", reply.body);
    }
}

#[tokio::test]
async fn the_hotlines_page_lists_every_line_with_its_source() {
    let reply = get("/en/hotlines", &[]).await;
    assert_eq!(reply.status, 200);
    let text = main_text(&reply.body);
    assert!(text.contains("All phone lines"));
    let cards = reply.body.matches(r#"class="office hotline""#).count();
    // Every line of the reference list the dataset is built from.
    let reference = linkages_tests::repo_root().join("data/reference/hotlines.csv");
    let rows = csv::Reader::from_path(reference).unwrap().records().count();
    assert_eq!(cards, rows, "one card per hotline");
    assert!(reply.body.contains(r#"href="tel:+18005404000""#));
    assert_eq!(
        reply
            .body
            .matches("Where this information comes from")
            .count(),
        cards,
        "each line says where it comes from"
    );
    // Linked from every page's footer.
    let home = get("/es", &[]).await;
    assert!(home.body.contains(r#"href="/es/hotlines""#));
    // In another language the page is translated around the source's English.
    let spanish = get("/es/hotlines", &[]).await;
    assert_eq!(spanish.status, 200);
    assert!(main_text(&spanish.body).contains("Todas las líneas de teléfono"));
}

#[tokio::test]
async fn a_latitude_without_longitude_is_a_malformed_location() {
    for path in [
        "/en/find?lat=34.05",
        "/en/find?lon=-118.25",
        "/en/find?lat=34.05&lon=",
    ] {
        let reply = get(path, &[]).await;
        assert_eq!(reply.status, 400, "{path}");
        assert!(
            main_text(&reply.body).contains("We could not read that location"),
            "{path}"
        );
    }
}
