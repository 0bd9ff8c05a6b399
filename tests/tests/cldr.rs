#![allow(clippy::expect_used, clippy::unwrap_used)]
//! The formatting module against CLDR: every shipped locale's distance, time of day and date
//! as `tests/fixtures/cldr_expected.json` says CLDR writes them. The fixture is made by
//! `scripts/cldr-expectations` from Babel's CLDR data, not from the code under test; where
//! ICU4X prints something else, the fixture lists that exact string with the reason, and only
//! that string is accepted.

use std::collections::BTreeSet;

use linkages_app::i18n::{
    format::{cldr_locale, formats, METRES_PER_MILE},
    Locale,
};
use linkages_tests::repo_root;
use serde_json::Value;

fn fixture() -> Value {
    let path = repo_root().join("tests/fixtures/cldr_expected.json");
    let text = std::fs::read_to_string(&path).expect("tests/fixtures/cldr_expected.json");
    serde_json::from_str(&text).expect("fixture is JSON")
}

/// What the test accepts for one case: CLDR's string, or the listed ICU4X difference.
fn accepted<'a>(
    fixture: &'a Value,
    used: &mut BTreeSet<(String, String, String)>,
    tag: &str,
    kind: &str,
    input: &str,
    cldr: &'a str,
) -> &'a str {
    let difference = fixture["differences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["locale"] == tag && d["kind"] == kind && d["input"] == input);
    match difference {
        Some(d) => {
            assert_eq!(
                d["cldr"], cldr,
                "{tag} {kind} {input}: difference lists another CLDR string"
            );
            used.insert((tag.to_owned(), kind.to_owned(), input.to_owned()));
            d["icu4x"].as_str().unwrap()
        }
        None => cldr,
    }
}

#[test]
fn every_locale_formats_as_cldr_says() {
    let fixture = fixture();
    let entries = fixture["locales"].as_array().unwrap();
    let tags: Vec<&str> = entries
        .iter()
        .map(|e| e["locale"].as_str().unwrap())
        .collect();
    let shipped: Vec<&str> = Locale::SHIPPED.iter().map(|l| l.tag()).collect();
    assert_eq!(
        tags, shipped,
        "the fixture covers every shipped locale, in order"
    );

    let mut used = BTreeSet::new();
    let mut failures = Vec::new();
    for entry in entries {
        let tag = entry["locale"].as_str().unwrap();
        let locale = Locale::from_tag(tag).unwrap();
        assert_eq!(
            cldr_locale(locale).to_string(),
            entry["cldr_locale"].as_str().unwrap(),
            "{tag}: the module and the fixture follow the same CLDR locale"
        );
        let f = formats(locale);
        for (miles, cldr) in entry["distance"].as_object().unwrap() {
            let metres = miles.parse::<f64>().unwrap() * METRES_PER_MILE;
            let got = f.miles(metres).text;
            let want = accepted(
                &fixture,
                &mut used,
                tag,
                "distance",
                miles,
                cldr.as_str().unwrap(),
            );
            if got != want {
                failures.push(format!(
                    "{tag} distance {miles}: got {got:?}, CLDR {want:?}"
                ));
            }
        }
        for (hh_mm, cldr) in entry["time"].as_object().unwrap() {
            let (h, m) = hh_mm.split_once(':').unwrap();
            let got = f
                .time_of_day(h.parse().unwrap(), m.parse().unwrap())
                .unwrap();
            let want = accepted(
                &fixture,
                &mut used,
                tag,
                "time",
                hh_mm,
                cldr.as_str().unwrap(),
            );
            if got != want {
                failures.push(format!("{tag} time {hh_mm}: got {got:?}, CLDR {want:?}"));
            }
        }
        for (ymd, cldr) in entry["date"].as_object().unwrap() {
            let parts: Vec<&str> = ymd.split('-').collect();
            let got = f
                .date(
                    parts[0].parse().unwrap(),
                    parts[1].parse().unwrap(),
                    parts[2].parse().unwrap(),
                )
                .unwrap();
            let want = accepted(
                &fixture,
                &mut used,
                tag,
                "date",
                ymd,
                cldr.as_str().unwrap(),
            );
            if got != want {
                failures.push(format!("{tag} date {ymd}: got {got:?}, CLDR {want:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "not as CLDR says:\n{}",
        failures.join("\n")
    );

    // A listed difference that no case used, or that now agrees with CLDR, is stale.
    for d in fixture["differences"].as_array().unwrap() {
        let key = (
            d["locale"].as_str().unwrap().to_owned(),
            d["kind"].as_str().unwrap().to_owned(),
            d["input"].as_str().unwrap().to_owned(),
        );
        assert!(used.contains(&key), "difference {key:?} matches no case");
        assert_ne!(d["cldr"], d["icu4x"], "difference {key:?} is no longer one");
        assert!(
            !d["reason"].as_str().unwrap_or_default().is_empty(),
            "{key:?} needs a reason"
        );
    }
}

/// Latin digits in every locale (see `cldr_locale` for Farsi), so a distance or a time never
/// sits in another digit system than the phone numbers and ZIP codes beside it; and a time
/// holds no bidi isolate, so the message around it isolates it once, as a whole.
#[test]
fn numbers_use_latin_digits_and_times_hold_no_isolates() {
    for &locale in Locale::SHIPPED {
        let f = formats(locale);
        let texts = [
            f.miles(1234.5 * METRES_PER_MILE).text,
            f.time_of_day(17, 30).unwrap(),
            f.time_of_day(7, 5).unwrap(),
            f.date(2025, 12, 31).unwrap(),
        ];
        for text in texts {
            assert!(
                !text.chars().any(|c| c.is_numeric() && !c.is_ascii_digit()),
                "{locale:?}: {text:?} has non-Latin digits"
            );
            assert!(
                !text.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')),
                "{locale:?}: {text:?} has a bidi isolate"
            );
        }
    }
}

/// Inside the first innermost Fluent isolate (FSI … PDI) after `marker` in `html` (Arabic's
/// distance sits in the isolate of the plural variant that holds it).
fn first_isolate_after<'a>(html: &'a str, marker: &str) -> Option<&'a str> {
    let (_, rest) = html.split_once(marker)?;
    let (_, rest) = rest.split_once('\u{2068}')?;
    let rest = rest.trim_start_matches('\u{2068}');
    rest.split_once('\u{2069}').map(|(inside, _)| inside)
}

/// The pages pass the module's strings to Fluent: an office card's distance, and the DPSS
/// line's hours on the home page, in every locale.
#[tokio::test]
async fn pages_show_distances_and_times_as_the_module_formats_them() {
    let api = linkages_tests::get("/api/v1/nearest?zip=90020&agency=dcfs&limit=1", &[]).await;
    assert_eq!(api.status, 200);
    let answer: Value = serde_json::from_str(&api.body).unwrap();
    let metres = answer["offices"][0]["distance_m"].as_f64().unwrap();
    for &locale in Locale::SHIPPED {
        let tag = locale.tag();
        let f = formats(locale);
        let find = linkages_tests::get(&format!("/{tag}/find?q=90020&agency=dcfs"), &[]).await;
        assert_eq!(find.status, 200, "{tag}");
        assert_eq!(
            first_isolate_after(&find.body, "class=\"office-meta\">"),
            Some(f.miles(metres).text.as_str()),
            "{tag}: the nearest office's distance"
        );
        let home = linkages_tests::get(&format!("/{tag}"), &[]).await;
        assert_eq!(home.status, 200, "{tag}");
        let hours = home
            .body
            .split("class=\"line-hours\">")
            .find_map(|span| {
                let text = span.split('<').next()?;
                text.contains('\u{2068}').then_some(text)
            })
            .unwrap_or_else(|| panic!("{tag}: no line hours with times on the home page"));
        for (hour, minute) in [(7, 30), (17, 30)] {
            let time = f.time_of_day(hour, minute).unwrap();
            assert!(
                hours.contains(&format!("\u{2068}{time}\u{2069}")),
                "{tag}: {time:?} not in {hours:?}"
            );
        }
    }
}
