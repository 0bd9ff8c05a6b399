#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Property tests over every route's query, path and form parameters. Whatever is sent:
//!
//! * the answer is never a 5xx (and the handler never panics: a panic would fail the call);
//! * a 4xx says what was wrong: an HTML page whose `<main>` holds the message in the page's
//!   language, or, under `/api/v1/`, a JSON problem body (`{"errors": [...]}`);
//! * valid-looking input gets a 2xx;
//! * nothing sent comes back as live HTML (`<script>` in `q` is escaped), and the read API
//!   never repeats a value it was sent.
//!
//! One router for the whole file (building it loads the catalogs and the dataset) and one
//! runtime; each property runs [`CASES`] cases (`PROPTEST_CASES` overrides it).

use std::sync::OnceLock;

use axum::{body::Body, http::Request};
use http::{header, Method, StatusCode, Uri};
use linkages_app::i18n::{embedded::Catalogs, Locale};
use linkages_directory::{bounds, county, search::OfficeFinder};
use linkages_screening::{step::At, Answer, Fact};
use linkages_server::{canonical::canonical_path, limits::MAX_URL_BYTES};
use linkages_tests::{encode, main_text, send_to, shared_app, shared_runtime, Reply};
use proptest::{prelude::*, sample::select, test_runner::TestCaseError};
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// Running requests

/// Cases per property unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES);
    ProptestConfig {
        cases,
        // Bugs found become named regression tests below, not files beside this one.
        failure_persistence: None,
        max_shrink_iters: 512,
        // Cases over the URL limit are checked (414) and then set aside as rejects.
        max_global_rejects: 1 << 20,
        ..ProptestConfig::default()
    }
}

/// Sends one request through the shared router and reads the whole answer.
fn send(request: Request<Body>) -> Reply {
    shared_runtime().block_on(send_to(shared_app(), request))
}

/// The URI, or a failed case naming it: every strategy here must build valid URIs.
fn uri(text: &str) -> Result<Uri, TestCaseError> {
    Uri::try_from(text).map_err(|e| TestCaseError::fail(format!("bad test URI {text:?}: {e}")))
}

/// A URL over the server's limit must get 414 with a reason; the case has then said all it
/// can, so it is set aside (proptest counts it as rejected, not as passed).
fn within_url_limit(target: &str, reply: impl FnOnce() -> Reply) -> Result<(), TestCaseError> {
    if target.len() <= MAX_URL_BYTES {
        return Ok(());
    }
    let reply = reply();
    prop_assert_eq!(reply.status, StatusCode::URI_TOO_LONG, "{}", target.len());
    prop_assert!(reply.body.contains("too long"), "{}", reply.body);
    Err(TestCaseError::reject("over the URL limit: 414 checked"))
}

fn get(target: &str, headers: &[(header::HeaderName, String)]) -> Result<Reply, TestCaseError> {
    let uri = uri(target)?;
    within_url_limit(target, || {
        send(
            Request::get(uri.clone())
                .body(Body::empty())
                .expect("request builds"),
        )
    })?;
    let request = |uri: Uri| {
        let mut builder = Request::get(uri);
        for (name, value) in headers {
            builder = builder.header(name, value);
        }
        builder.body(Body::empty()).expect("request builds")
    };
    let reply = send(request(uri.clone()));
    follow_canonical(target, &uri, reply, |to| send(request(to)))
}

fn post(target: &str, content_type: Option<&str>, body: Vec<u8>) -> Result<Reply, TestCaseError> {
    let uri = uri(target)?;
    within_url_limit(target, || {
        send(
            Request::post(uri.clone())
                .body(Body::empty())
                .expect("request builds"),
        )
    })?;
    let request = |uri: Uri| {
        let mut builder = Request::post(uri);
        if let Some(kind) = content_type {
            builder = builder.header(header::CONTENT_TYPE, kind);
        }
        builder
            .body(Body::from(body.clone()))
            .expect("request builds")
    };
    let reply = send(request(uri.clone()));
    follow_canonical(target, &uri, reply, |to| send(request(to)))
}

/// Another spelling of a path (`/EN/`, `/en//find`, `/api/v1/`) answers 308 to its canonical
/// path with the query as sent (`canonical_urls.rs` tests that); the properties here are about
/// what is behind it, so the redirect is checked and followed, as a browser would, once.
fn follow_canonical(
    target: &str,
    sent: &Uri,
    reply: Reply,
    resend: impl FnOnce(Uri) -> Reply,
) -> Result<Reply, TestCaseError> {
    if reply.status != StatusCode::PERMANENT_REDIRECT {
        return Ok(reply);
    }
    let expected = canonical_path(sent.path()).map(|path| match sent.query() {
        Some(query) => format!("{path}?{query}"),
        None => path,
    });
    let location = reply
        .headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    prop_assert_eq!(&location, &expected, "{}", what(target, &reply));
    let location = location.unwrap_or_default();
    let next = resend(uri(&location)?);
    prop_assert_ne!(
        next.status,
        StatusCode::PERMANENT_REDIRECT,
        "redirected twice: {} then {}",
        what(target, &reply),
        what(&location, &next)
    );
    Ok(next)
}

fn content_type(reply: &Reply) -> &str {
    reply
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

// ---------------------------------------------------------------------------------------
// What every answer must be

fn what(target: &str, reply: &Reply) -> String {
    let mut body: String = reply.body.chars().take(600).collect();
    if body.len() < reply.body.len() {
        body.push('…');
    }
    format!("{target} -> {} {body:?}", reply.status)
}

/// Never a 5xx; a 4xx has a body.
fn no_server_error(target: &str, reply: &Reply) -> Result<(), TestCaseError> {
    prop_assert!(
        !reply.status.is_server_error(),
        "server error: {}",
        what(target, reply)
    );
    if reply.status.is_client_error() {
        prop_assert!(
            !reply.body.trim().is_empty(),
            "a 4xx with an empty body: {}",
            what(target, reply)
        );
    }
    Ok(())
}

/// An API problem: JSON `{"errors": [{"error": code, "message": text, "parameter"?: name}]}`.
fn api_problem(target: &str, reply: &Reply) -> Result<Value, TestCaseError> {
    prop_assert_eq!(
        content_type(reply),
        "application/json",
        "{}",
        what(target, reply)
    );
    let json: Value = serde_json::from_str(&reply.body)
        .map_err(|e| TestCaseError::fail(format!("not JSON ({e}): {}", what(target, reply))))?;
    let errors = json["errors"].as_array();
    prop_assert!(
        errors.is_some_and(|e| !e.is_empty() && e.len() <= 32),
        "no errors list, or too long a one: {}",
        what(target, reply)
    );
    for problem in errors.into_iter().flatten() {
        let code = problem["error"].as_str().unwrap_or("");
        prop_assert!(
            !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "error code {code:?}: {}",
            what(target, reply)
        );
        prop_assert!(
            problem["message"]
                .as_str()
                .is_some_and(|m| !m.trim().is_empty()),
            "no message: {}",
            what(target, reply)
        );
        if let Some(name) = problem.get("parameter") {
            prop_assert!(
                name.as_str().is_some_and(|n| n.chars().count() <= 32),
                "parameter {name}: {}",
                what(target, reply)
            );
        }
    }
    Ok(json)
}

/// The read API never repeats a value it was sent (it may be a ZIP code or a location).
/// Parameter *names* are echoed on purpose, so a problem's `parameter` is left out.
fn no_value_echo(target: &str, reply: &Reply) -> Result<(), TestCaseError> {
    let mut seen = reply.body.clone();
    if let Ok(mut json) = serde_json::from_str::<Value>(&reply.body) {
        for problem in json["errors"].as_array_mut().into_iter().flatten() {
            if let Some(problem) = problem.as_object_mut() {
                problem.remove("parameter");
            }
        }
        seen = json.to_string();
    }
    prop_assert!(
        !seen.contains(ECHO_MARK),
        "a value came back: {}",
        what(target, reply)
    );
    Ok(())
}

/// The catalog of the page's language (`<html lang="...">`).
fn page_catalog(reply: &Reply) -> Option<std::sync::Arc<linkages_app::i18n::Catalog>> {
    static CATALOGS: OnceLock<Catalogs> = OnceLock::new();
    let tag = reply
        .body
        .split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(tag, _)| tag)?;
    CATALOGS
        .get_or_init(|| Catalogs::load().expect("catalogs load"))
        .get(Locale::from_tag(tag)?)
}

/// `<main>` as text, with the entities the renderer writes turned back into characters.
fn page_text(reply: &Reply) -> String {
    main_text(&reply.body)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text inside the error summary (`<div class="error-summary" role="alert">`), if any.
fn error_summary(reply: &Reply) -> Option<String> {
    let (_, rest) = reply.body.split_once(r#"class="error-summary""#)?;
    let (_, rest) = rest.split_once('>')?;
    let (inside, _) = rest.split_once("</div>")?;
    Some(main_text(&format!("<main>{inside}</main>")))
}

/// A page: HTML, `<main>` not empty; a 4xx page says "Page not found" or shows the error
/// summary, in the page's own language.
fn html_page(target: &str, reply: &Reply) -> Result<(), TestCaseError> {
    no_server_error(target, reply)?;
    prop_assert!(
        content_type(reply).starts_with("text/html"),
        "{}",
        what(target, reply)
    );
    let text = page_text(reply);
    prop_assert!(!text.is_empty(), "empty <main>: {}", what(target, reply));
    if reply.status.is_client_error() {
        let catalog = page_catalog(reply).ok_or_else(|| {
            TestCaseError::fail(format!("no page language: {}", what(target, reply)))
        })?;
        let not_found = catalog.text("error-not-found-title");
        let problem = catalog.text("error-title");
        if reply.status == StatusCode::NOT_FOUND && text.contains(&not_found) {
            return Ok(());
        }
        let summary = error_summary(reply).unwrap_or_default();
        prop_assert!(
            text.contains(&problem) && summary.chars().count() > problem.chars().count(),
            "a 4xx page without a message: {} / main: {text}",
            what(target, reply)
        );
    }
    Ok(())
}

/// No input is rendered as markup: no probe's tag appears as it was sent, and no tag of the
/// page has an event handler or a `javascript:` link (a quote that broke out of an attribute).
fn no_live_markup(target: &str, reply: &Reply) -> Result<(), TestCaseError> {
    for fragment in RAW_PROBES {
        prop_assert!(
            !reply.body.contains(fragment),
            "{fragment:?} came back unescaped: {}",
            what(target, reply)
        );
    }
    for (tag, attributes) in tags(&reply.body) {
        for (name, value) in attributes {
            let handler = name.starts_with("on");
            let script_link = ["href", "src", "action", "formaction"].contains(&name.as_str())
                && value.trim().to_ascii_lowercase().starts_with("javascript:");
            prop_assert!(
                !handler && !script_link,
                "<{tag} {name}={value:?}>: {}",
                what(target, reply)
            );
        }
    }
    Ok(())
}

/// The tags of a page with their attributes (names lower-cased, values as written), read
/// the way a browser tokenizes them; comments and the insides of scripts are skipped.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let bytes = html.as_bytes();
    let len = bytes.len();
    let mut found = Vec::new();
    let mut i = 0;
    let skip_space = |mut i: usize| {
        while i < len && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    while let Some(offset) = html[i..].find('<') {
        i += offset + 1;
        if html[i..].starts_with("!--") {
            i = html[i..].find("-->").map_or(len, |end| i + end + 3);
            continue;
        }
        let start = i;
        while i < len && (bytes[i].is_ascii_alphanumeric() || b"!/-".contains(&bytes[i])) {
            i += 1;
        }
        let tag = html[start..i].to_ascii_lowercase();
        if tag.is_empty() {
            continue;
        }
        let mut attributes = Vec::new();
        loop {
            i = skip_space(i);
            if i >= len {
                break;
            }
            match bytes[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let name_start = i;
            while i < len && !bytes[i].is_ascii_whitespace() && !b"=>/".contains(&bytes[i]) {
                i += 1;
            }
            if i == name_start {
                i += 1;
                continue;
            }
            let name = html[name_start..i].to_ascii_lowercase();
            i = skip_space(i);
            let mut value = String::new();
            if i < len && bytes[i] == b'=' {
                i = skip_space(i + 1);
                if i < len && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let quote = bytes[i] as char;
                    let end = html[i + 1..].find(quote).map_or(len, |e| i + 1 + e);
                    value = html[i + 1..end].to_owned();
                    i = (end + 1).min(len);
                } else {
                    let value_start = i;
                    while i < len && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = html[value_start..i].to_owned();
                }
            }
            attributes.push((name, value));
        }
        if tag == "script" || tag == "style" {
            let close = format!("</{tag}");
            i = html[i..].find(&close).map_or(len, |end| i + end);
        }
        found.push((tag, attributes));
    }
    found
}

// ---------------------------------------------------------------------------------------
// Values

/// Put into values (never names): the read API must not send it back.
const ECHO_MARK: &str = "Zq9Echo";

/// Markup and script probes put into values.
const INJECTIONS: &[&str] = &[
    "<script>alert('xss')</script>",
    "\"><img src=x onerror=alert(1)>",
    "\" onfocus=\"alert(1)\" autofocus=\"",
    "' onmouseover='alert(1)",
    "</title><script>xss()</script>",
    "<svg/onload=alert(1)>",
    "</textarea></style><b>bold",
    "<!--xss-->",
    "javascript:alert(1)",
    "<a href=\"javascript:alert(1)\">x</a>",
];

/// What the probes would leave in a page that did not escape them. (A quote breaking out of
/// an attribute is caught by [`tags`] instead.)
const RAW_PROBES: &[&str] = &[
    "<script>alert(",
    "<img src=x",
    "<script>xss(",
    "<svg/onload",
    "<b>bold",
    "<!--xss",
    "<a href=\"javascript:",
];

/// Texts that look like numbers to someone, and some that only nearly do.
const NUMBERY: &[&str] = &[
    "NaN",
    "nan",
    "-NaN",
    "inf",
    "-inf",
    "+inf",
    "infinity",
    "-Infinity",
    "-0",
    "+0",
    "-0.0",
    "0",
    "00000",
    "1e308",
    "1e309",
    "-1e309",
    "4.9e-324",
    "1e-400",
    "3.4e1",
    "0x10",
    "0b1",
    "1_000",
    "1,000",
    "١٢٣",
    "１２３",
    "⁹⁰⁰²⁰",
    "34.05",
    "-118.25",
    "34.05,-118.25",
    "34,05",
    " 34.05 ",
    "34.",
    ".5",
    "--34",
    "+-1",
    "9.0020e4",
    "18446744073709551616",
    "-9223372036854775809",
    "340282366920938463463374607431768211456",
    "999999999",
    "1000000000",
    "0000000000000000000001",
    "90020",
    " 90020 ",
    "90020-1234",
    "90020-",
    "90020-12345",
    "9002O",
    "90020\u{2068}",
    "\u{2066}90020\u{2069}",
    "500000",
    "500000.000001",
    "500001",
    "0.0",
    "50",
    "51",
    "100",
    "101",
];

/// Already percent-encoded pieces, many of them broken on purpose (invalid UTF-8, bad
/// escapes, separators).
const RAW_GARBAGE: &[&str] = &[
    "%",
    "%F",
    "%FF",
    "%fe%ff",
    "%zz",
    "%00",
    "%C3%28",
    "%E2%80%AE",
    "%ED%A0%80",
    "%F0%9F%92%A9",
    "%C0%AF",
    "%E2%82",
    "%2",
    "%%",
    "%u0041",
    "+",
    "%2B",
    "%26",
    "%3D",
    "==",
    "=",
    ";",
    "%0A",
    "%0D%0A",
    "%25",
    "%20",
    "?",
    "/",
    "..",
    ":",
    "@",
    "!",
    "$",
    "'",
    "(",
    ")",
    "*",
    ",",
    "[",
    "]",
    "&",
    "&&",
    "=&=",
    "%3Cscript%3E",
];

/// Like a form: spaces as `+`.
fn encode_plus(text: &str) -> String {
    encode(text).replace("%20", "+")
}

fn la_zips() -> &'static [String] {
    static ZIPS: OnceLock<Vec<String>> = OnceLock::new();
    ZIPS.get_or_init(|| {
        let finder = OfficeFinder::embedded().expect("dataset loads");
        finder.places().iter().map(|z| z.zip.clone()).collect()
    })
}

fn place_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let finder = OfficeFinder::embedded().expect("dataset loads");
        let mut names: Vec<String> = finder.places().iter().map(|z| z.city.clone()).collect();
        names.sort();
        names.dedup();
        names
    })
}

fn locale_tags() -> Vec<&'static str> {
    Locale::ALL.iter().map(|l| l.tag()).collect()
}

/// A point in the county's box that the county outline does not put outside.
fn coordinate_in_county() -> impl Strategy<Value = (f64, f64)> {
    (bounds::SOUTH..=bounds::NORTH, bounds::WEST..=bounds::EAST)
        .prop_filter("in Los Angeles County", |(lat, lon)| {
            county::la_county().check(*lat, *lon) != county::CountyCheck::Outside
        })
}

/// Decimal degrees written the way the site reads them (at most 15 decimals).
fn degrees(value: f64) -> String {
    let text = format!("{value:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn number_text() -> BoxedStrategy<String> {
    prop_oneof![
        select(NUMBERY).prop_map(str::to_owned),
        any::<f64>().prop_map(|f| f.to_string()),
        any::<f64>().prop_map(|f| format!("{f:e}")),
        any::<i64>().prop_map(|i| i.to_string()),
        any::<u128>().prop_map(|i| i.to_string()),
        "[+-]?[0-9]{0,4}(\\.[0-9]{0,20})?",
        "[0-9]{20,300}",
        "-?[0-9]{1,3}\\.[0-9]{1,17}([eE][+-]?[0-9]{1,3})?",
        coordinate_in_county().prop_map(|(lat, lon)| format!("{},{}", degrees(lat), degrees(lon))),
        coordinate_in_county().prop_map(|(lat, _)| degrees(lat)),
        coordinate_in_county().prop_map(|(_, lon)| degrees(lon)),
    ]
    .boxed()
}

fn zip_text() -> BoxedStrategy<String> {
    prop_oneof![
        select(la_zips()),
        select(la_zips()).prop_map(|z| format!("{z}-1234")),
        "[0-9]{5}",
        "[0-9]{5}-[0-9]{4}",
        "[0-9]{0,9}",
        "[0-9]{5}[-+ ,.][0-9]{0,6}",
    ]
    .boxed()
}

fn place_text() -> BoxedStrategy<String> {
    prop_oneof![
        select(place_names()),
        select(place_names()).prop_map(|n| n.to_uppercase()),
        select(place_names()).prop_map(|n| format!("  {n}, CA ")),
        "[A-Za-z][a-z]{2,12}( [A-Z][a-z]{2,10})?",
    ]
    .boxed()
}

/// Long values, up to 4 KB.
fn long_text() -> BoxedStrategy<String> {
    prop_oneof![
        ("[a-z0-9 ]{1,8}", 128..512usize).prop_map(|(s, n)| s.repeat(n)),
        (select(INJECTIONS), 10..100usize).prop_map(|(probe, n)| probe.repeat(n)),
        "\\PC{200,400}",
    ]
    .boxed()
}

/// One parameter value, decoded (what the handler should see).
fn value_text() -> BoxedStrategy<String> {
    let plain = prop_oneof![
        4 => "\\PC{0,24}",
        1 => ".{0,12}",
        3 => number_text(),
        3 => zip_text(),
        2 => place_text(),
        2 => select(INJECTIONS).prop_map(str::to_owned),
        1 => long_text(),
        1 => Just(String::new()),
    ];
    // Sometimes with a mark the read API must not send back, sometimes a probe around it.
    (plain, 0..8u8)
        .prop_map(|(text, dress)| match dress {
            0 => format!("{text}{ECHO_MARK}"),
            1 => format!("{ECHO_MARK}{text}"),
            2 => format!("{text}{}", INJECTIONS[0]),
            _ => text,
        })
        .boxed()
}

/// One parameter value as it goes into a URI or form body: encoded, or broken on purpose
/// (including a stray `&` that starts another parameter).
fn raw_value() -> BoxedStrategy<String> {
    raw_value_with(|_| true)
}

/// A value that stays one value: broken escapes, but no `&`.
fn raw_value_kept() -> BoxedStrategy<String> {
    raw_value_with(|garbage| !garbage.contains('&'))
}

fn raw_value_with(garbage: fn(&&str) -> bool) -> BoxedStrategy<String> {
    prop_oneof![
        6 => value_text().prop_map(|v| encode(&v)),
        1 => value_text().prop_map(|v| encode_plus(&v)),
        2 => prop::collection::vec(
            prop_oneof![
                value_text().prop_map(|v| encode(&v)),
                select(RAW_GARBAGE).prop_filter("kept garbage", garbage).prop_map(str::to_owned),
            ],
            1..4
        )
        .prop_map(|parts| parts.concat()),
    ]
    .boxed()
}

/// A parameter name: one the route knows, a near miss, or anything.
fn raw_name(known: &'static [&'static str]) -> BoxedStrategy<String> {
    let known_name = select(known);
    prop_oneof![
        8 => known_name.clone().prop_map(str::to_owned),
        1 => known_name.clone().prop_map(|n| n.to_uppercase()),
        1 => known_name.prop_map(|n| format!("{n}[]")),
        1 => "[a-z_]{1,10}",
        1 => "\\PC{0,12}".prop_map(|n| encode(&n)),
        1 => select(RAW_GARBAGE).prop_map(str::to_owned),
    ]
    .boxed()
}

/// `name=value&...`: known names (often repeated), unknown ones, bare names, garbage.
fn raw_pairs(known: &'static [&'static str], max: usize) -> BoxedStrategy<String> {
    let pair =
        (raw_name(known), prop::option::weighted(0.9, raw_value())).prop_map(|(name, value)| {
            match value {
                Some(value) => format!("{name}={value}"),
                None => name,
            }
        });
    prop_oneof![
        10 => prop::collection::vec(pair, 0..=max).prop_map(|pairs| pairs.join("&")),
        1 => prop::collection::vec(select(RAW_GARBAGE), 0..8).prop_map(|parts| parts.concat()),
    ]
    .boxed()
}

/// Some of the known names, each once, in any order, with any values: past the name checks,
/// into the value parsers.
fn known_once(known: &'static [&'static str]) -> BoxedStrategy<String> {
    prop::sample::subsequence(known, 0..=known.len())
        .prop_shuffle()
        .prop_flat_map(|names| {
            names
                .into_iter()
                .map(|name| raw_value_kept().prop_map(move |value| format!("{name}={value}")))
                .collect::<Vec<_>>()
        })
        .prop_map(|pairs| pairs.join("&"))
        .boxed()
}

/// `?query`, or nothing.
fn query(known: &'static [&'static str]) -> BoxedStrategy<String> {
    prop_oneof![
        1 => Just(String::new()),
        1 => Just("?".to_owned()),
        8 => raw_pairs(known, 6).prop_map(|q| format!("?{q}")),
        8 => known_once(known).prop_map(|q| format!("?{q}")),
        1 => flood(known).prop_map(|q| format!("?{q}")),
    ]
    .boxed()
}

/// Many short parameters, known names among them.
fn flood(known: &'static [&'static str]) -> BoxedStrategy<String> {
    prop::collection::vec((raw_name(known), "[a-z0-9]{0,4}"), 20..400)
        .prop_map(|pairs| {
            pairs
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect::<Vec<_>>()
                .join("&")
        })
        .boxed()
}

/// Problems about parameters name only parameters the endpoint takes.
fn problems_name_known_parameters(
    target: &str,
    reply: &Reply,
    known: &[&str],
) -> Result<(), TestCaseError> {
    let json: Value = serde_json::from_str(&reply.body).unwrap_or_default();
    for problem in json["errors"].as_array().into_iter().flatten() {
        if let Some(name) = problem["parameter"].as_str() {
            prop_assert!(
                known.contains(&name),
                "{name:?} is not a parameter: {}",
                what(target, reply)
            );
        }
    }
    Ok(())
}

/// One path segment: plain, encoded anything, or broken escapes.
fn raw_segment() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[a-zA-Z0-9_.~-]{0,16}",
        2 => value_text().prop_map(|v| encode(&v)),
        1 => select(&["..", ".", "%2e%2e", "%2F", "%5C", "%00", "%FF", "%", "%zz", "%C3%28"][..])
            .prop_map(str::to_owned),
        1 => prop::collection::vec(select(RAW_GARBAGE).prop_filter("no query or fragment", |g| !g.contains('?')), 1..4)
            .prop_map(|parts| parts.concat()),
    ]
    .boxed()
}

/// A language segment: a shipped tag (any letter case) or anything.
fn lang() -> BoxedStrategy<String> {
    prop_oneof![
        6 => select(locale_tags()).prop_map(str::to_owned),
        1 => select(locale_tags()).prop_map(|t| t.to_uppercase()),
        2 => raw_segment(),
    ]
    .boxed()
}

fn accept_language() -> BoxedStrategy<Vec<(header::HeaderName, String)>> {
    prop_oneof![
        2 => Just(Vec::new()),
        1 => "[ -~]{0,60}".prop_map(|v| vec![(header::ACCEPT_LANGUAGE, v.trim().to_owned())]),
        1 => (select(locale_tags()), "[0-9.]{0,5}")
            .prop_map(|(t, q)| vec![(header::ACCEPT_LANGUAGE, format!("xx, {t};q={q}"))]),
        1 => "[ -~]{0,30}".prop_map(|v| vec![(header::COOKIE, format!("lang={}", v.trim()))]),
    ]
    .boxed()
}

// ---------------------------------------------------------------------------------------
// Pages

/// Every name the pages could be sent (the find page reads some; the rest must not matter).
const PAGE_PARAMS: &[&str] = &[
    "q",
    "zip",
    "lat",
    "lon",
    "agency",
    "service",
    "dcfs_case",
    "_at",
    "_go",
    "lang",
    "v",
    "path",
    "office",
    "discreet",
];
const CARD_PARAMS: &[&str] = &["path", "office", "discreet"];
/// Pairs a card link really holds, to mix with the random ones.
const CARD_REAL_PAIRS: &[&str] = &[
    "path=prevention_5122",
    "path=family_reunification",
    "path=dpss_apply",
    "office=5d4332a6-4859-56db-ba4a-ca8f40e85c0c",
    "office=04dc5f01-6a5f-5286-91cd-2cce1f7918e1",
    "discreet=1",
    "discreet=0",
];
const FIND_PARAMS: &[&str] = &["q", "zip", "lat", "lon", "agency", "service"];

fn page_path() -> BoxedStrategy<String> {
    prop_oneof![
        1 => Just("/".to_owned()),
        2 => lang().prop_map(|l| format!("/{l}")),
        1 => lang().prop_map(|l| format!("/{l}/")),
        2 => lang().prop_map(|l| format!("/{l}/screening")),
        2 => lang().prop_map(|l| format!("/{l}/find")),
        1 => lang().prop_map(|l| format!("/{l}/card")),
        2 => (lang(), prop::collection::vec(raw_segment(), 1..4))
            .prop_map(|(l, rest)| format!("/{l}/{}", rest.join("/"))),
        1 => prop::collection::vec(raw_segment(), 1..4).prop_map(|s| format!("/{}", s.join("/"))),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config())]

    /// Any path under the page prefixes, any query, any language header: a page, never a
    /// 5xx, and a 404 says "Page not found" in the page's language.
    #[test]
    fn pages_answer_any_path_and_query(
        path in page_path(),
        query in query(PAGE_PARAMS),
        headers in accept_language(),
    ) {
        let target = format!("{path}{query}");
        let reply = get(&target, &headers)?;
        html_page(&target, &reply)?;
        no_live_markup(&target, &reply)?;
        prop_assert!(
            [200, 400, 404].contains(&reply.status.as_u16()),
            "{}", what(&target, &reply)
        );
    }

    /// The find page with anything in its parameters: 200, or 400/404 with the error summary
    /// and the county lines; the typed text is escaped wherever it is shown.
    #[test]
    fn find_page_explains_every_problem(
        lang in select(locale_tags()),
        query in raw_pairs(FIND_PARAMS, 5),
    ) {
        let target = format!("/{lang}/find?{query}");
        let reply = get(&target, &[])?;
        html_page(&target, &reply)?;
        no_live_markup(&target, &reply)?;
        prop_assert!(
            [200, 400, 404].contains(&reply.status.as_u16()),
            "{}", what(&target, &reply)
        );
        if reply.status.is_client_error() {
            prop_assert!(
                reply.body.contains(r#"href="tel:+18666133777""#),
                "the county lines beside a problem: {}", what(&target, &reply)
            );
        }
    }

    /// The hand-off card with anything in its parameters (and real path and office ids mixed
    /// in): the card (200), or a 400/404 page with the reason; never a 5xx; text escaped.
    #[test]
    fn card_page_explains_every_problem(
        lang in select(locale_tags()),
        query in raw_pairs(CARD_PARAMS, 6),
        real in prop::collection::vec(select(CARD_REAL_PAIRS), 0..4),
    ) {
        let mut pairs = real.into_iter().map(str::to_owned).collect::<Vec<_>>();
        if !query.is_empty() {
            pairs.push(query);
        }
        let target = format!("/{lang}/card?{}", pairs.join("&"));
        let reply = get(&target, &[])?;
        html_page(&target, &reply)?;
        no_live_markup(&target, &reply)?;
        prop_assert!(
            [200, 400, 404].contains(&reply.status.as_u16()),
            "{}", what(&target, &reply)
        );
        if reply.status.is_client_error() {
            prop_assert!(
                reply.body.contains(r#"class="error-summary""#) && !reply.body.contains("data-card"),
                "a reason, no card: {}", what(&target, &reply)
            );
        } else {
            prop_assert!(reply.body.contains("data-card"), "{}", what(&target, &reply));
        }
    }

    /// A ZIP code of the county, one of its place names or a point inside its box: 200 with
    /// offices or the ZIP codes to choose from.
    #[test]
    fn find_page_answers_valid_searches(
        lang in select(locale_tags()),
        search in prop_oneof![
            select(la_zips()).prop_map(|z| format!("q={z}")),
            select(la_zips()).prop_map(|z| format!("zip={z}-0001")),
            select(place_names()).prop_map(|n| format!("q={}", encode_plus(&n))),
            coordinate_in_county()
                .prop_map(|(lat, lon)| format!("lat={}&lon={}", degrees(lat), degrees(lon))),
            coordinate_in_county()
                .prop_map(|(lat, lon)| format!("q={}", encode(&format!("{}, {}", degrees(lat), degrees(lon))))),
        ],
    ) {
        let target = format!("/{lang}/find?{search}");
        let reply = get(&target, &[])?;
        html_page(&target, &reply)?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        prop_assert!(
            reply.body.contains(r#"<h2 id="results">"#) || reply.body.contains(r#"<ul class="choices">"#),
            "no results: {}", what(&target, &reply)
        );
    }
}

// ---------------------------------------------------------------------------------------
// The screening form

const FORM_NAMES: &[&str] = &[
    "dcfs_case",
    "dcfs_service",
    "children_location",
    "calworks_now",
    "calworks_at_removal",
    "fr_plan",
    "relative_caregiver",
    "homeless",
    "sanction",
    "_at",
    "_go",
];

/// A form field value: a real answer, a real button, or anything.
fn form_value() -> BoxedStrategy<String> {
    let answers: Vec<&'static str> = Answer::ALL.iter().map(|a| a.as_str()).collect();
    let facts: Vec<&'static str> = Fact::ALL.iter().map(|f| f.as_str()).collect();
    prop_oneof![
        4 => select(answers).prop_map(str::to_owned),
        1 => select(&["next", "back", "result", "check"][..]).prop_map(str::to_owned),
        2 => select(facts.clone()).prop_map(str::to_owned),
        1 => select(facts).prop_map(|f| format!("change:{f}")),
        3 => raw_value(),
    ]
    .boxed()
}

fn form_body() -> BoxedStrategy<String> {
    let field = (
        raw_name(FORM_NAMES),
        prop::option::weighted(0.95, form_value()),
    )
        .prop_map(|(name, value)| match value {
            Some(value) => format!("{name}={value}"),
            None => name,
        });
    prop_oneof![
        10 => prop::collection::vec(field, 0..14).prop_map(|f| f.join("&")),
        1 => prop::collection::vec(select(RAW_GARBAGE), 0..8).prop_map(|parts| parts.concat()),
        1 => "\\PC{0,64}",
    ]
    .boxed()
}

/// Every hidden field the page writes carries an answer the site knows, never what was sent.
fn hidden_fields_are_ours(target: &str, reply: &Reply) -> Result<(), TestCaseError> {
    for piece in reply.body.split(r#"<input type="hidden" name=""#).skip(1) {
        let (name, rest) = piece.split_once('"').unwrap_or((piece, ""));
        let value = rest
            .strip_prefix(r#" value=""#)
            .and_then(|v| v.split_once('"'))
            .map(|(v, _)| v)
            .unwrap_or("");
        let ok = match name {
            "_at" => At::parse(value).is_some(),
            _ => Fact::parse(name)
                .zip(Answer::parse(value))
                .is_some_and(|(fact, answer)| fact.allows(answer)),
        };
        prop_assert!(ok, "hidden field {name}={value:?}: {}", what(target, reply));
    }
    Ok(())
}

/// The answers of a whole screening, each one a fact allows.
fn valid_answers() -> impl Strategy<Value = Vec<(&'static str, &'static str)>> {
    Fact::ALL
        .iter()
        .map(|&fact| select(fact.options()).prop_map(move |a| (fact.as_str(), a.as_str())))
        .collect::<Vec<_>>()
}

proptest! {
    #![proptest_config(config())]

    /// The screening page ignores queries: always the first question.
    #[test]
    fn screening_get_ignores_the_query(
        lang in select(locale_tags()),
        query in query(FORM_NAMES),
    ) {
        let target = format!("/{lang}/screening{query}");
        let reply = get(&target, &[])?;
        html_page(&target, &reply)?;
        no_live_markup(&target, &reply)?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        prop_assert!(reply.body.contains(r#"name="dcfs_case" value="yes""#));
    }

    /// Any form a browser or a bot could post: a screening page (200) that carries only
    /// answers the site knows; too large a form is a 413 that says so.
    #[test]
    fn screening_post_takes_any_form(
        lang in select(locale_tags()),
        body in form_body(),
        padding in prop_oneof![4 => Just(0usize), 1 => 1usize..6000],
    ) {
        let target = format!("/{lang}/screening");
        let body = if padding > 0 { format!("{body}&pad={}", "x".repeat(padding)) } else { body };
        let reply = post(&target, Some("application/x-www-form-urlencoded"), body.clone().into_bytes())?;
        if body.len() > 4 * 1024 {
            no_server_error(&target, &reply)?;
            prop_assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", what(&target, &reply));
            return Ok(());
        }
        html_page(&target, &reply)?;
        no_live_markup(&target, &reply)?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{:?}: {}", body, what(&target, &reply));
        let form = format!(r#"method="post" action="/{lang}/screening""#);
        prop_assert!(reply.body.contains(&form), "{}", what(&target, &reply));
        hidden_fields_are_ours(&target, &reply)?;
    }

    /// A screening form with another content type (or none) is refused with a reason; axum
    /// takes any type that starts with the form type as a form.
    #[test]
    fn screening_post_with_another_content_type_is_a_clear_4xx(
        lang in select(locale_tags()),
        kind in prop_oneof![
            Just(None),
            select(&["text/plain", "application/json", "multipart/form-data; boundary=x",
                     "application/x-www-form-urlencoded-x", "application/x-www-form-urlencoded; charset=latin1",
                     "text/html", "*/*", ""][..])
                .prop_map(Some),
        ],
        body in form_body(),
    ) {
        let target = format!("/{lang}/screening");
        let too_large = body.len() > 4 * 1024;
        let reply = post(&target, kind, body.into_bytes())?;
        if kind.is_some_and(|k| k.starts_with("application/x-www-form-urlencoded")) && too_large {
            no_server_error(&target, &reply)?;
            prop_assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", what(&target, &reply));
        } else if kind.is_some_and(|k| k.starts_with("application/x-www-form-urlencoded")) {
            html_page(&target, &reply)?;
            prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        } else {
            no_server_error(&target, &reply)?;
            prop_assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", what(&target, &reply));
        }
    }

    /// A whole set of valid answers and "See the result": the result page.
    #[test]
    fn screening_post_with_every_answer_gives_the_result(
        answers in valid_answers(),
        go in select(&["result", "next", "check"][..]),
    ) {
        let mut body: Vec<String> = answers.iter().map(|(f, a)| format!("{f}={a}")).collect();
        body.push(format!("_go={go}"));
        let body = body.join("&");
        let reply = post("/en/screening", Some("application/x-www-form-urlencoded"), body.clone().into_bytes())?;
        html_page("/en/screening", &reply)?;
        prop_assert_eq!(reply.status, StatusCode::OK);
        let text = page_text(&reply);
        let expected = if go == "result" { "What may fit you" } else { "Check your answers" };
        prop_assert!(text.contains(expected), "{body}: {text}");
        hidden_fields_are_ours("/en/screening", &reply)?;
    }
}

// ---------------------------------------------------------------------------------------
// The JSON API: nearest offices

const NEAREST_PARAMS: &[&str] = &["zip", "lat", "lon", "q", "agency", "limit"];

/// An API answer: JSON, never a 5xx, a problem body for a 4xx, never a value sent back.
fn api_reply(target: &str, reply: &Reply) -> Result<Option<Value>, TestCaseError> {
    no_server_error(target, reply)?;
    no_value_echo(target, reply)?;
    if reply.status.is_client_error() {
        api_problem(target, reply)?;
        return Ok(None);
    }
    prop_assert_eq!(
        content_type(reply),
        "application/json",
        "{}",
        what(target, reply)
    );
    let json: Value = serde_json::from_str(&reply.body)
        .map_err(|e| TestCaseError::fail(format!("not JSON ({e}): {}", what(target, reply))))?;
    Ok(Some(json))
}

fn nearest_answer(target: &str, json: &Value) -> Result<(), TestCaseError> {
    match json["outcome"].as_str() {
        Some("offices") => {
            let offices = json["offices"].as_array();
            prop_assert!(offices.is_some(), "{target}: {json}");
            let distances: Vec<f64> = offices
                .into_iter()
                .flatten()
                .filter_map(|o| o["distance_m"].as_f64())
                .collect();
            prop_assert!(
                distances.windows(2).all(|w| w[0] <= w[1]),
                "{target}: nearest first"
            );
        }
        Some("choose_place") => {
            prop_assert!(
                json["choices"].as_array().is_some_and(|c| c.len() > 1),
                "{target}: {json}"
            );
        }
        _ => prop_assert!(false, "{target}: unknown outcome {json}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Anything in the query: 200 offices or choices, or a 400/404 problem naming the
    /// parameter, never a value sent back.
    #[test]
    fn nearest_reports_every_problem(query in query(NEAREST_PARAMS)) {
        let target = format!("/api/v1/nearest{query}");
        let reply = get(&target, &[])?;
        prop_assert!([200, 400, 404].contains(&reply.status.as_u16()), "{}", what(&target, &reply));
        if let Some(json) = api_reply(&target, &reply)? {
            nearest_answer(&target, &json)?;
        }
    }

    /// Each parameter once, with any value: every problem names a parameter it takes.
    #[test]
    fn nearest_names_the_parameter_that_is_wrong(query in known_once(NEAREST_PARAMS)) {
        let target = format!("/api/v1/nearest?{query}");
        let reply = get(&target, &[])?;
        prop_assert!([200, 400, 404].contains(&reply.status.as_u16()), "{}", what(&target, &reply));
        if let Some(json) = api_reply(&target, &reply)? {
            nearest_answer(&target, &json)?;
        } else {
            problems_name_known_parameters(&target, &reply, NEAREST_PARAMS)?;
        }
    }

    /// A county ZIP code, place name or point, with a good agency and limit: 200.
    #[test]
    fn nearest_answers_valid_queries(
        origin in prop_oneof![
            select(la_zips()).prop_map(|z| format!("zip={z}")),
            select(la_zips()).prop_map(|z| format!("zip={z}-9999")),
            select(place_names()).prop_map(|n| format!("q={}", encode(&n))),
            coordinate_in_county()
                .prop_map(|(lat, lon)| format!("lat={}&lon={}", degrees(lat), degrees(lon))),
        ],
        agency in prop::option::of(select(&["dcfs", "dpss", "DCFS", "Dpss"][..])),
        limit in prop::option::of(1usize..=50),
    ) {
        let mut target = format!("/api/v1/nearest?{origin}");
        if let Some(agency) = agency {
            target.push_str(&format!("&agency={agency}"));
        }
        if let Some(limit) = limit {
            target.push_str(&format!("&limit={limit}"));
        }
        let reply = get(&target, &[])?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        let json = api_reply(&target, &reply)?.unwrap_or_default();
        nearest_answer(&target, &json)?;
        if json["outcome"] == "offices" {
            let listed = json["offices"].as_array().map_or(0, Vec::len);
            prop_assert!(listed <= limit.unwrap_or(5), "{target}: {listed} offices");
        }
    }
}

// ---------------------------------------------------------------------------------------
// The JSON API: HSDS lists and records

const LISTS: &[&str] = &["services", "organizations", "service_at_locations"];
const LIST_PARAMS: &[&str] = &[
    "page",
    "per_page",
    "organization_id",
    "postcode",
    "proximity",
];

fn page_object(target: &str, json: &Value) -> Result<(), TestCaseError> {
    let contents = json["contents"].as_array();
    prop_assert!(contents.is_some(), "{target}: {json}");
    let size = contents.map_or(0, Vec::len);
    prop_assert_eq!(json["size"].as_u64(), Some(size as u64), "{}", target);
    prop_assert!(json["total_items"].is_u64() && json["total_pages"].is_u64());
    prop_assert!(json["page_number"].as_u64().is_some_and(|n| n >= 1));
    Ok(())
}

fn record_ids() -> &'static [(&'static str, String)] {
    static IDS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    IDS.get_or_init(|| {
        let finder = OfficeFinder::embedded().expect("dataset loads");
        let d = finder.dataset();
        let services = d.services.iter().map(|s| ("services", s.id.clone()));
        let organizations = d
            .organizations
            .iter()
            .map(|o| ("organizations", o.id.clone()));
        let sal = d
            .service_at_locations
            .iter()
            .map(|s| ("service_at_locations", s.id.clone()));
        services.chain(organizations).chain(sal).collect()
    })
}

proptest! {
    #![proptest_config(config())]

    /// Anything in a list's query: a `Page`, or a problem body naming the parameter.
    #[test]
    fn lists_report_every_problem(list in select(LISTS), query in query(LIST_PARAMS)) {
        let target = format!("/api/v1/{list}{query}");
        let reply = get(&target, &[])?;
        prop_assert!([200, 400, 404].contains(&reply.status.as_u16()), "{}", what(&target, &reply));
        if let Some(json) = api_reply(&target, &reply)? {
            page_object(&target, &json)?;
        }
    }

    /// Each parameter once, with any value: every problem names a parameter it takes.
    #[test]
    fn lists_name_the_parameter_that_is_wrong(list in select(LISTS), query in known_once(LIST_PARAMS)) {
        let target = format!("/api/v1/{list}?{query}");
        let reply = get(&target, &[])?;
        prop_assert!([200, 400, 404].contains(&reply.status.as_u16()), "{}", what(&target, &reply));
        if let Some(json) = api_reply(&target, &reply)? {
            page_object(&target, &json)?;
        } else if list == "service_at_locations" {
            problems_name_known_parameters(&target, &reply, LIST_PARAMS)?;
        }
    }

    /// Good paging (any page up to the document's maximum of 10000, even past the end), a
    /// county postcode and a proximity: 200.
    #[test]
    fn lists_answer_valid_queries(
        list in select(LISTS),
        page in prop::option::of(1u64..=10_000),
        per_page in prop::option::of(1u64..=100),
        near in prop::option::of((select(la_zips()), prop::option::of(0.0f64..=500_000.0))),
    ) {
        let mut params = Vec::new();
        if let Some(page) = page {
            params.push(format!("page={page}"));
        }
        if let Some(per_page) = per_page {
            params.push(format!("per_page={per_page}"));
        }
        if list == "service_at_locations" {
            if let Some((zip, proximity)) = near {
                params.push(format!("postcode={zip}"));
                if let Some(metres) = proximity {
                    params.push(format!("proximity={}", (metres * 10.0).round() / 10.0));
                }
            }
        }
        let target = format!("/api/v1/{list}?{}", params.join("&"));
        let reply = get(&target, &[])?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        let json = api_reply(&target, &reply)?.unwrap_or_default();
        page_object(&target, &json)?;
        prop_assert!(json["size"].as_u64() <= Some(per_page.unwrap_or(25)));
    }

    /// Any id (and any query) on a record route: the record (200) or a JSON 404. (An id of
    /// nothing but slashes leaves the list's address with a trailing slash: the list.)
    #[test]
    fn records_answer_any_id(
        list in select(LISTS),
        id in prop_oneof![
            3 => raw_segment().prop_filter("an id", |id| id.split('/').any(|s| !s.is_empty())),
            1 => select(record_ids()).prop_map(|(_, id)| encode(&id)),
        ],
        query in query(LIST_PARAMS),
    ) {
        let target = format!("/api/v1/{list}/{id}{query}");
        let reply = get(&target, &[])?;
        prop_assert!([200, 400, 404].contains(&reply.status.as_u16()), "{}", what(&target, &reply));
        if let Some(json) = api_reply(&target, &reply)? {
            prop_assert!(json["id"].is_string(), "{}", what(&target, &reply));
        }
    }

    /// Every record the dataset has answers at its own URL.
    #[test]
    fn records_are_found_by_id((list, id) in select(record_ids())) {
        let target = format!("/api/v1/{list}/{}", encode(&id));
        let reply = get(&target, &[])?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        let json = api_reply(&target, &reply)?.unwrap_or_default();
        prop_assert_eq!(json["id"].as_str(), Some(id.as_str()));
    }

    /// Any other path under `/api/v1/`: JSON, never a page, never a 5xx.
    #[test]
    fn unknown_api_paths_are_json(
        segments in prop::collection::vec(raw_segment(), 1..4),
        query in query(NEAREST_PARAMS),
    ) {
        let target = format!("/api/v1/{}{query}", segments.join("/"));
        let reply = get(&target, &[])?;
        api_reply(&target, &reply)?;
    }

    /// The fixed documents ignore queries.
    #[test]
    fn api_documents_ignore_the_query(
        path in select(&["/api/v1", "/api/v1/", "/api/v1/openapi.json", "/api/v1/dataset"][..]),
        query in query(LIST_PARAMS),
    ) {
        let target = format!("{path}{query}");
        let reply = get(&target, &[])?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        api_reply(&target, &reply)?;
    }
}

// ---------------------------------------------------------------------------------------
// The JSON API: screening

/// A JSON value of any shape, small.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "\\PC{0,16}".prop_map(Value::from),
        form_value().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::vec((raw_name(FORM_NAMES), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Request bodies: the right shape with any names and values, any JSON, not JSON at all.
fn screening_body() -> BoxedStrategy<String> {
    let answers = prop::collection::vec(
        (
            prop_oneof![4 => select(FORM_NAMES).prop_map(str::to_owned), 1 => "\\PC{0,12}"],
            prop_oneof![4 => form_value(), 1 => "\\PC{0,12}"],
        ),
        0..10,
    )
    .prop_map(|pairs| {
        let members: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), Value::from(v.as_str())))
            .collect();
        format!(r#"{{"answers": {{{}}}}}"#, members.join(", "))
    });
    prop_oneof![
        4 => answers,
        2 => any_json().prop_map(|v| v.to_string()),
        1 => any_json().prop_map(|v| serde_json::json!({ "answers": v }).to_string()),
        1 => "\\PC{0,64}",
        1 => select(&["", "{", "}", "[]", "null", "{\"answers\": {}", "{\"answers\": {}}}",
                      "{\"answers\": {}, \"answers\": {}}", "\u{feff}{\"answers\": {}}",
                      "{\"answers\": {\"dcfs_case\": \"yes\", \"dcfs_case\": \"no\"}}"][..])
            .prop_map(str::to_owned),
        1 => (1usize..40).prop_map(|n| format!("{}{}", "[".repeat(n * 10), "]".repeat(n * 10))),
        1 => (100usize..2000).prop_map(|n| format!(r#"{{"answers": {{"dcfs_case": "{}"}}}}"#, "y".repeat(n * 10))),
    ]
    .boxed()
}

/// A screening API problem: JSON `{"errors": [...]}`, each naming what was wrong.
fn screening_problem(target: &str, reply: &Reply) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        content_type(reply),
        "application/json",
        "{}",
        what(target, reply)
    );
    let json: Value = serde_json::from_str(&reply.body)
        .map_err(|e| TestCaseError::fail(format!("not JSON ({e}): {}", what(target, reply))))?;
    let errors = json["errors"].as_array();
    prop_assert!(
        errors.is_some_and(|e| !e.is_empty()),
        "{}",
        what(target, reply)
    );
    for problem in errors.into_iter().flatten() {
        let said = match problem["error"].as_str() {
            Some("unknown_fact") => problem["name"].is_string(),
            Some("bad_value") => problem["fact"].is_string() && problem["value"].is_string(),
            Some("conflict") => problem["fact"].is_string(),
            Some(_) => problem["message"]
                .as_str()
                .is_some_and(|m| !m.trim().is_empty()),
            None => false,
        };
        prop_assert!(said, "unclear problem {problem}: {}", what(target, reply));
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Any body with any content type: 200 paths, or a JSON problem that says what was wrong.
    #[test]
    fn screening_api_explains_every_refusal(
        body in screening_body(),
        kind in prop_oneof![
            6 => Just(Some("application/json")),
            1 => Just(Some("application/json; charset=utf-8")),
            1 => Just(None),
            1 => select(&["text/plain", "application/x-www-form-urlencoded", "application/jsonx",
                          "application/problem+json", "multipart/form-data"][..]).prop_map(Some),
        ],
    ) {
        let target = "/api/v1/screening";
        let reply = post(target, kind, body.clone().into_bytes())?;
        no_server_error(target, &reply)?;
        prop_assert!(
            [200, 400, 413, 415, 422].contains(&reply.status.as_u16()),
            "{body:?}: {}", what(target, &reply)
        );
        if reply.status.is_client_error() {
            screening_problem(target, &reply)?;
        } else {
            let json: Value = serde_json::from_str(&reply.body).unwrap_or_default();
            prop_assert!(json["paths"].as_array().is_some_and(|p| !p.is_empty()), "{}", what(target, &reply));
        }
    }

    /// Answers each fact allows (any subset): 200 with every path.
    #[test]
    fn screening_api_answers_valid_requests(
        answers in valid_answers(),
        keep in prop::collection::vec(any::<bool>(), Fact::ALL.len()),
    ) {
        let members: serde_json::Map<String, Value> = answers
            .iter()
            .zip(keep)
            .filter(|(_, keep)| *keep)
            .map(|((fact, answer), _)| ((*fact).to_owned(), Value::from(*answer)))
            .collect();
        let body = serde_json::json!({ "answers": members }).to_string();
        let reply = post("/api/v1/screening", Some("application/json"), body.clone().into_bytes())?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}: {}", body, reply.body);
        let json: Value = serde_json::from_str(&reply.body).unwrap_or_default();
        prop_assert_eq!(json["paths"].as_array().map(Vec::len), Some(8), "{}", reply.body);
    }
}

// ---------------------------------------------------------------------------------------
// Locale texts, health check, static files

proptest! {
    #![proptest_config(config())]

    /// `/i18n/<tag>.json` for a shipped tag (any `v`): 200 JSON; anything else: a 404.
    #[test]
    fn locale_texts_answer_any_name(
        file in prop_oneof![
            select(locale_tags()).prop_map(|t| format!("{t}.json")),
            raw_segment(),
            (raw_segment(), select(&[".json", ".JSON", ".json.bak", ".ftl", ""][..])).prop_map(|(s, e)| format!("{s}{e}")),
        ],
        query in query(&["v"]),
    ) {
        let target = format!("/i18n/{file}{query}");
        let reply = get(&target, &[])?;
        no_server_error(&target, &reply)?;
        prop_assert!([200, 400, 404].contains(&reply.status.as_u16()), "{}", what(&target, &reply));
        if reply.status == StatusCode::OK {
            prop_assert!(content_type(&reply).starts_with("application/json"));
            prop_assert!(reply.body.contains(r#"["home-title","#));
        }
    }

    /// The health check ignores its query.
    #[test]
    fn health_check_ignores_the_query(query in query(&["q", "v"])) {
        let target = format!("/healthz{query}");
        let reply = get(&target, &[])?;
        prop_assert_eq!(reply.status, StatusCode::OK, "{}", what(&target, &reply));
        prop_assert_eq!(reply.body.as_str(), "ok");
    }

    /// Static files: the file or a 404, never a 5xx, never a file from outside the folder.
    #[test]
    fn static_files_stay_in_their_folder(
        prefix in select(&["/assets", "/pkg", "/favicon.ico"][..]),
        segments in prop::collection::vec(
            prop_oneof![
                3 => raw_segment(),
                1 => select(&["site.css", "site.js", "favicon.ico", "..", "%2e%2e", "..%2f"][..])
                    .prop_map(str::to_owned),
            ],
            0..5,
        ),
        query in query(&["v"]),
    ) {
        let target = if segments.is_empty() {
            format!("{prefix}{query}")
        } else {
            format!("{prefix}/{}{query}", segments.join("/"))
        };
        let reply = get(&target, &[])?;
        no_server_error(&target, &reply)?;
        prop_assert!(
            !reply.body.contains("[workspace]") && !reply.body.contains("[package]"),
            "a file from outside: {}", what(&target, &reply)
        );
    }
}

// ---------------------------------------------------------------------------------------
// Every route with every method

const ROUTES: &[&str] = &[
    "/",
    "/en",
    "/en/screening",
    "/en/find?q=90020",
    "/i18n/en.json",
    "/healthz",
    "/readyz",
    "/assets/site.css",
    "/favicon.ico",
    "/api/v1",
    "/api/v1/screening",
    "/api/v1/nearest?zip=90020",
    "/api/v1/services",
    "/api/v1/organizations",
    "/api/v1/service_at_locations",
    "/api/v1/openapi.json",
    "/api/v1/dataset",
    "/api/v1/export/hsds.json",
    "/api/v1/export/hsds-tabular.zip",
    "/api/v1/nothing",
];

proptest! {
    #![proptest_config(config())]

    /// Any method on any route: never a 5xx, and a refusal with a body.
    #[test]
    fn every_method_on_every_route(
        route in select(ROUTES),
        method in select(&["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"][..]),
        body in prop_oneof![Just(String::new()), form_body()],
    ) {
        let method = Method::from_bytes(method.as_bytes()).expect("method");
        let request = Request::builder()
            .method(method.clone())
            .uri(uri(route)?)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request builds");
        let reply = send(request);
        let target = format!("{method} {route}");
        if method == Method::HEAD {
            prop_assert!(!reply.status.is_server_error(), "{}", what(&target, &reply));
        } else {
            no_server_error(&target, &reply)?;
        }
    }
}

// ---------------------------------------------------------------------------------------
// Bugs the properties found, and the gaps still open

/// `/api/v1/services/%FF` was axum's plain-text 400 "Invalid URL: Invalid UTF-8 in `id`";
/// now a JSON 404 like any id that names no record.
#[test]
fn record_ids_that_are_not_utf8_get_a_json_404() {
    for list in LISTS {
        for id in ["%FF", "%C3%28", "a%ED%A0%80b", "%fe%ff"] {
            let target = format!("/api/v1/{list}/{id}");
            let reply = get(&target, &[]).unwrap();
            assert_eq!(
                reply.status,
                StatusCode::NOT_FOUND,
                "{}",
                what(&target, &reply)
            );
            let json = api_problem(&target, &reply).unwrap();
            assert_eq!(json["errors"][0]["error"], "not_found");
            assert_eq!(json["errors"][0]["parameter"], "id");
        }
    }
}

/// `/assets/` and a file name longer than 255 bytes was a 500 with an empty body: the OS says
/// ENAMETOOLONG and ServeDir passes any error but "not found" on as a 500. Now a 404.
#[test]
fn static_names_no_disk_can_hold_are_404() {
    for target in [
        format!("/assets/{}", "a".repeat(256)),
        format!("/assets/{}.css", "%C3%A9".repeat(127)),
        format!("/pkg/{}", "a".repeat(300)),
        format!("/assets/{}", vec!["b".repeat(250); 7].join("/")),
    ] {
        let reply = get(&target, &[]).unwrap();
        assert_eq!(
            reply.status,
            StatusCode::NOT_FOUND,
            "{}",
            what(&target, &reply)
        );
    }
    // Long only when encoded: still looked up (and not there).
    let encoded = format!("/assets/{}", "%61".repeat(255));
    assert_eq!(get(&encoded, &[]).unwrap().status, StatusCode::NOT_FOUND);
    assert_eq!(get("/assets/site.css", &[]).unwrap().status, StatusCode::OK);
}

/// 20,000 unknown names in 60 KB of query were 20,000 problems in a 3 MB answer, each listing
/// the parameters the endpoint takes; now a short answer, each problem listed once.
#[test]
fn a_flood_of_parameters_gets_a_short_answer() {
    for (path, pair) in [
        ("/api/v1/nearest", "a="),
        ("/api/v1/nearest", "zip="),
        ("/api/v1/services", "page=1"),
        ("/api/v1/service_at_locations", "x=1"),
    ] {
        // As many as fit in the longest URL the server takes.
        let room = MAX_URL_BYTES - path.len() - 1;
        let target = format!("{path}?{}", vec![pair; room / (pair.len() + 1)].join("&"));
        assert!(target.len() <= MAX_URL_BYTES);
        let reply = get(&target, &[]).unwrap();
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}?{pair}…");
        assert!(reply.body.len() < 1024, "{path}?{pair}…: {}", reply.body);
        let json = api_problem(&target, &reply).unwrap();
        assert_eq!(json["errors"][0]["error"], "malformed_query");
    }
    let reply = get("/api/v1/nearest?zip=1&zip=2&zip=3&zip=4&b=1&b=2", &[]).unwrap();
    let json = api_problem("", &reply).unwrap();
    let listed: Vec<(&str, &str)> = json["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["error"].as_str().unwrap(),
                p["parameter"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("repeated_parameter", "zip"),
            ("unsupported_parameter", "b")
        ]
    );
}

/// Refusals axum and the static file service leave empty (a method a route does not take, a
/// missing file) get a reason: JSON under `/api/`, plain text elsewhere.
#[test]
fn refusals_that_were_empty_now_say_why() {
    for (method, target, status) in [
        (Method::POST, "/", 405),
        (Method::POST, "/en/find", 405),
        (Method::DELETE, "/healthz", 405),
        (Method::GET, "/api/v1/screening", 405),
        (Method::POST, "/api/v1/nearest", 405),
        (Method::POST, "/assets/site.css", 405),
        (Method::GET, "/i18n/xx.json", 404),
        (Method::GET, "/assets/nothing.css", 404),
        (Method::GET, "/pkg/nothing.js", 404),
    ] {
        let request = Request::builder()
            .method(method.clone())
            .uri(target)
            .body(Body::empty())
            .unwrap();
        let reply = send(request);
        assert_eq!(reply.status.as_u16(), status, "{method} {target}");
        assert!(
            !reply.body.trim().is_empty(),
            "{method} {target}: empty body"
        );
        let json = target.starts_with("/api/");
        assert_eq!(
            content_type(&reply).starts_with("application/json"),
            json,
            "{method} {target}"
        );
    }
}
