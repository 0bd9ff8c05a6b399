#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The office map through the router: one map on every results page and none on a problem
//! page, markers numbered and shaped as the list, the same drawing in every language, outside
//! every island, and small (gzip).

use std::io::Write;

use flate2::{write::GzEncoder, Compression};
use linkages_directory::search::OfficeFinder;
use linkages_tests::{get, html_text};
use regex::Regex;

/// Every results page the tests draw: ZIP, `zip`, place names, coordinates (typed and from a
/// location), each agency alone, far corners of the county, and several languages.
const RESULTS: &[&str] = &[
    "/en/find?q=90020",
    "/en/find?zip=90020",
    "/en/find?q=Avocado%20Heights",
    "/en/find?q=East%20LA",
    "/en/find?q=Boyle%20Heights",
    "/en/find?q=34.05,-118.25",
    "/en/find?lat=34.0443&lon=-118.2358",
    "/en/find?q=90020&agency=dcfs",
    "/en/find?q=90020&agency=dpss",
    "/en/find?q=93535",
    "/en/find?q=90704",
    "/en/find?q=91024",
    "/en/find?q=90265",
    "/ar/find?q=90020",
    "/fa/find?q=90020&agency=dpss",
    "/es/find?q=Alondra%20Park",
    "/zh-Hans/find?q=90020",
    "/ko/find?lat=34.05&lon=-118.25",
    "/ru/find?q=93535",
    "/km/find?q=90011",
];

/// The results map's SVG, each one on the page.
fn maps(html: &str) -> Vec<&str> {
    svgs(html, "map-svg")
        .into_iter()
        .map(|(_, svg)| svg)
        .collect()
}

/// The locator maps' SVGs, in page order.
fn locators(html: &str) -> Vec<&str> {
    svgs(html, "locator")
        .into_iter()
        .map(|(_, svg)| svg)
        .collect()
}

/// Each `<svg>` element with `class` among its classes: where it starts, and its markup.
fn svgs<'a>(html: &'a str, class: &str) -> Vec<(usize, &'a str)> {
    html.match_indices("<svg ")
        .filter(|(at, _)| {
            let tag = &html[*at..at + html[*at..].find('>').unwrap()];
            tag.contains(" class=\"") && attribute(tag, "class").split(' ').any(|c| c == class)
        })
        .map(|(at, _)| {
            let end = html[at..].find("</svg>").expect("svg closes");
            (at, &html[at..at + end + "</svg>".len()])
        })
        .collect()
}

/// (agency, number) of each marker on the map, in drawing order.
fn markers(svg: &str) -> Vec<(String, usize)> {
    let re =
        Regex::new(r#"<g class="map-office map-(dcfs|dpss)">.*?<text[^>]*>(\d+)</text>"#).unwrap();
    re.captures_iter(svg)
        .map(|c| (c[1].to_owned(), c[2].parse().unwrap()))
        .collect()
}

/// (agency, number) of each office in the list, in reading order.
fn listed(html: &str) -> Vec<(String, usize)> {
    let re = Regex::new(r#"<span[^>]*class="pin map-(dcfs|dpss)"[^>]*>(\d+)</span>"#).unwrap();
    re.captures_iter(html)
        .map(|c| (c[1].to_owned(), c[2].parse().unwrap()))
        .collect()
}

/// The agency of each office section's cards, by the section it is in.
fn sections(html: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (agency, id) in [("dcfs", "dcfs-title"), ("dpss", "dpss-title")] {
        let Some(start) = html.find(&format!(r#"aria-labelledby="{id}""#)) else {
            continue;
        };
        let section = &html[start..start + html[start..].find("</section>").unwrap()];
        for (a, number) in listed(section) {
            assert_eq!(a, agency, "a {a} pin in the {agency} list");
            out.push((a, number));
        }
    }
    out
}

fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(r#" {name}=""#);
    let start = tag.find(&key).unwrap_or_else(|| panic!("{name} in {tag}")) + key.len();
    &tag[start..start + tag[start..].find('"').unwrap()]
}

fn gzip_len(text: &str) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap().len()
}

#[tokio::test]
async fn every_results_page_has_one_map_numbered_like_the_list() {
    for path in RESULTS {
        let reply = get(path, &[]).await;
        assert_eq!(reply.status, 200, "{path}");
        let maps = maps(&reply.body);
        assert_eq!(maps.len(), 1, "{path}: one map");
        let svg = maps[0];
        let list = listed(&reply.body);
        assert!(!list.is_empty(), "{path}: offices listed");
        assert_eq!(markers(svg), list, "{path}: markers as the list");
        assert_eq!(
            sections(&reply.body),
            list,
            "{path}: pins in their agency's list"
        );
        let numbers: Vec<usize> = list.iter().map(|(_, n)| *n).collect();
        assert_eq!(numbers, (1..=list.len()).collect::<Vec<_>>(), "{path}");
        // DCFS circles, DPSS squares.
        for (agency, shape) in [("dcfs", "<circle"), ("dpss", "<rect")] {
            let re = Regex::new(&format!(r#"<g class="map-office map-{agency}">(<\w+)"#)).unwrap();
            for c in re.captures_iter(svg) {
                assert_eq!(&c[1], shape, "{path}: {agency}");
            }
        }
        // One locator map per office, the office's shape in it.
        let locators = locators(&reply.body);
        assert_eq!(locators.len(), list.len(), "{path}");
        for (locator, (agency, _)) in locators.iter().zip(&list) {
            assert!(locator.contains(&format!("map-{agency}")), "{path}");
            assert!(locator.contains(r#"aria-hidden="true""#), "{path}");
        }
        // The list comes first in reading order.
        let first_office = reply.body.find(r#"class="office""#).unwrap();
        assert!(svgs(&reply.body, "map-svg")[0].0 > first_office, "{path}");
    }
}

#[tokio::test]
async fn problem_pages_and_the_bare_form_have_no_map() {
    for (path, status) in [
        ("/en/find", 200),
        ("/en/find?q=", 400),
        ("/en/find?q=%20", 400),
        ("/en/find?q=9002", 400),
        ("/en/find?q=99999", 404),
        ("/en/find?q=10001", 404),
        ("/en/find?q=Springfieldia", 404),
        ("/en/find?lat=40.7&lon=-74.0", 404),
        ("/en/find?lat=34.05", 400),
        ("/ar/find?q=99999", 404),
        // A name with several ZIP codes asks which one: no offices yet.
        ("/en/find?q=Los%20Angeles", 200),
    ] {
        let reply = get(path, &[]).await;
        assert_eq!(reply.status.as_u16(), status, "{path}");
        assert!(maps(&reply.body).is_empty(), "{path}: no map");
        assert!(locators(&reply.body).is_empty(), "{path}: no locator map");
    }
}

#[tokio::test]
async fn the_map_is_an_image_named_by_the_point_and_the_count() {
    let reply = get("/en/find?q=90020", &[]).await;
    let svg = maps(&reply.body)[0];
    let tag = &svg[..svg.find('>').unwrap()];
    assert_eq!(attribute(tag, "role"), "img");
    assert_eq!(attribute(tag, "dir"), "ltr", "never mirrored");
    assert_eq!(
        html_text(attribute(tag, "aria-label")),
        "Map: approximate: middle of ZIP 90020. 6 offices from the list."
    );
    let text = html_text(svg);
    assert!(text.contains("approximate: middle of ZIP 90020"), "{text}");
    assert!(
        Regex::new(r"\d+(\.\d)? miles?").unwrap().is_match(&text),
        "{text}"
    );
    // Nothing in it takes focus, and no link leaves it.
    assert!(!svg.contains("tabindex") && !svg.contains("<a "), "{svg}");
    // A location says so; one office says "One office".
    let reply = get("/en/find?lat=34.0443&lon=-118.2358&agency=dcfs", &[]).await;
    let svg = maps(&reply.body)[0];
    let label = html_text(attribute(&svg[..svg.find('>').unwrap()], "aria-label"));
    assert_eq!(
        label,
        "Map: where you searched from. 5 offices from the list."
    );
    // The key says which shape is which agency, in words.
    let key = &reply.body[reply.body.find(r#"<ul class="map-key""#).unwrap()..];
    let key = html_text(&key[..key.find("</ul>").unwrap()]);
    assert_eq!(key, "DCFS office");
}

#[tokio::test]
async fn the_drawing_is_the_same_in_every_language() {
    // Only the words change: the outline, the point and the markers stay where they are.
    let geometry = |svg: &str| {
        let re = Regex::new(r#"<(path|circle|rect|line)[^>]*>"#).unwrap();
        re.find_iter(svg)
            .map(|m| m.as_str().to_owned())
            .filter(|tag| !tag.contains("map-scale"))
            .collect::<Vec<_>>()
    };
    let english = get("/en/find?q=90020", &[]).await;
    let english = geometry(maps(&english.body)[0]);
    assert!(english.len() > 6);
    for lang in ["ar", "fa", "zh-Hant", "hy", "th"] {
        let reply = get(&format!("/{lang}/find?q=90020"), &[]).await;
        assert_eq!(geometry(maps(&reply.body)[0]), english, "{lang}");
    }
}

#[tokio::test]
async fn the_map_is_plain_markup_outside_every_island() {
    let reply = get("/ar/find?q=90020", &[]).await;
    let body = &reply.body;
    let map_at = svgs(body, "map-svg")[0].0;
    let mut rest = 0;
    while let Some(open) = body[rest..].find("<leptos-island") {
        let open = rest + open;
        let close = open + body[open..].find("</leptos-island>").unwrap();
        assert!(
            !(open..close).contains(&map_at),
            "the map is inside an island"
        );
        for (at, _) in svgs(body, "locator") {
            assert!(
                !(open..close).contains(&at),
                "a locator map is inside an island"
            );
        }
        rest = close;
    }
    // No script, no style attribute (the page's policy forbids them), nothing fetched.
    let svg = maps(body)[0];
    for word in ["<script", "style=", "href=", "src=", "http"] {
        assert!(!svg.contains(word), "{word} in the map");
    }
}

#[tokio::test]
async fn maps_stay_small() {
    // Every 6th ZIP code of the table, both agencies and each alone, plus the pages above.
    let finder = OfficeFinder::embedded().expect("dataset");
    let mut zips: Vec<String> = finder.places().iter().map(|z| z.zip.clone()).collect();
    zips.sort();
    let mut paths: Vec<String> = RESULTS.iter().map(|p| (*p).to_owned()).collect();
    for (i, zip) in zips.iter().enumerate().filter(|(i, _)| i % 6 == 0) {
        let agency = ["", "&agency=dcfs", "&agency=dpss"][i % 3];
        paths.push(format!("/en/find?q={zip}{agency}"));
    }
    let (mut largest_map, mut largest_locator) = ((0, String::new()), 0);
    for path in &paths {
        let reply = get(path, &[]).await;
        if reply.status != 200 {
            continue;
        }
        for svg in maps(&reply.body) {
            let size = gzip_len(svg);
            assert!(size < 6 * 1024, "{path}: the map is {size} bytes gzipped");
            if size > largest_map.0 {
                largest_map = (size, path.clone());
            }
        }
        for svg in locators(&reply.body) {
            let size = gzip_len(svg);
            assert!(
                size < 2 * 1024,
                "{path}: a locator map is {size} bytes gzipped"
            );
            largest_locator = largest_locator.max(size);
        }
    }
    eprintln!(
        "largest map {} bytes gzipped ({}); largest locator map {largest_locator} bytes",
        largest_map.0, largest_map.1
    );
}
