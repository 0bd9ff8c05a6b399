//! `GET /api/v1/nearest`: the nearest DCFS and DPSS offices to a ZIP code, a coordinate or a
//! place name, for 2-1-1 systems and other integrators.
//!
//! * Where from: `lat=34.05&lon=-118.25` (both, plain decimal degrees), or `zip=90020` (a
//!   machine's ZIP: 5 ASCII digits or ZIP+4, [`machine_zip`]), or `q=` (what a person would
//!   type in the search box: a ZIP in any script's digits, a `lat,lon` pair, a city,
//!   neighbourhood or community name, "City of …", "… CA", an address ending in a ZIP code).
//!   When several are given, the most exact wins: location, then `zip`, then `q` (the search
//!   page's rule too: [`Origin::choose`]); every one given is still checked, so the answer
//!   never depends on which was read. A location must be in Los Angeles County by its
//!   outline; within about 1 km of the line the offices come with
//!   `point.near_county_line: true`.
//! * `q` is free text: any text of 1 to 100 characters is a valid request, and text that names
//!   no place in the county is a 404 whose code says why (`malformed_zip`, `unknown_place`, …).
//!   `zip`, `lat` and `lon` are a machine's parameters with exact patterns: another form is 400.
//! * `agency=dcfs|dpss` (any case; absent: both), `service=<HSDS service id>` (only offices
//!   where the dataset lists that service; ids from `/api/v1/services`), `limit=1..50`
//!   (default 5).
//!
//! 200 `{"outcome": "offices", "point", "agencies", "offices", "coverage"}`, nearest first,
//! `distance_m` in metres. A place name with several ZIP codes gives 200
//! `{"outcome": "choose_place", "name", "choices": [{"zip", "name", "href"}]}`: the caller
//! asks the person which one, then follows `href`. Problems: 400 for input that is not a
//! query, 404 for a well-formed one with no place in Los Angeles County.
//!
//! Every answer carries `Cache-Control: no-store`: it says where someone is or lives.

use std::collections::BTreeMap;

use axum::{extract::State, http::StatusCode, response::Response};
use linkages_directory::{
    county,
    dataset::{hours::now_in_los_angeles, hsds::Coverage},
    places::{parse_degrees, PlaceError, ZipPlace},
    search::{
        view::{OfficeView, SearchOutcome, SearchPoint},
        OfficeFilter, OfficeFinder, Origin as SearchOrigin,
    },
    Agency,
};
use serde::Serialize;

use super::query::{
    json_response, machine_zip, read_count, read_uuid, Params, Problem, ProblemCode, Problems,
    RawParams, NO_STORE,
};
use super::texts::{nearest_message_ids, read_lang, texts};
use crate::{AppState, SharedState};

/// Offices listed when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 5;
/// Most offices one answer lists.
pub const MAX_LIMIT: usize = 50;
/// Longest `q` read; a place name is far shorter.
pub const MAX_QUERY_CHARS: usize = 100;

const PARAMETERS: &[&str] = &[
    "zip", "lat", "lon", "q", "agency", "service", "limit", "lang",
];

/// The 200 answer with offices.
#[derive(Debug, Serialize)]
struct Nearest<'a> {
    outcome: &'static str,
    /// Where the distances are measured from.
    point: SearchPoint,
    /// Agencies searched (`DCFS`, `DPSS`).
    agencies: Vec<Agency>,
    /// Nearest first; each with `serves_point` (true, false, or null when none of its service
    /// areas is loaded).
    offices: Vec<OfficeView>,
    /// The offices whose service areas hold the point, nearest first (they may be farther
    /// than `offices`); empty when none does.
    serving: Vec<OfficeView>,
    /// Agencies searched that have service areas loaded: for the others only "nearest" is
    /// known.
    areas_known: Vec<Agency>,
    /// For each agency searched: whether its office list is complete, and why not.
    coverage: Vec<&'a Coverage>,
    /// With `lang`: the site's notes on this answer, by message id, in that language.
    #[serde(skip_serializing_if = "Option::is_none")]
    texts: Option<BTreeMap<String, String>>,
}

/// The 200 answer for a place name with several ZIP codes.
#[derive(Debug, Serialize)]
struct ChoosePlace {
    outcome: &'static str,
    name: String,
    choices: Vec<Choice>,
}

#[derive(Debug, Serialize)]
struct Choice {
    zip: String,
    name: String,
    /// The same search from this ZIP code.
    href: String,
}

/// Where to search from, once the parameters are read.
#[derive(Clone, Copy)]
enum Origin<'a> {
    /// As given; once looked up, the county ZIP code's 5 digits.
    Zip(&'a str),
    Coordinate {
        lat: f64,
        lon: f64,
    },
    Text(&'a str),
}

pub async fn nearest(State(state): State<SharedState>, raw: RawParams) -> Response {
    match answer(&state, raw) {
        Ok(response) => response,
        Err(problems) => {
            let status = problems.status();
            json_response(status, NO_STORE, &problems)
        }
    }
}

fn answer(state: &AppState, raw: RawParams) -> Result<Response, Problems> {
    // One finder for the whole request, even if the dataset is reloaded meanwhile.
    let finder = state.site.finder.get();
    let params = Params::parse(raw, PARAMETERS)?;
    let mut problems = Problems::default();
    let agency = read_agency(&params, &mut problems);
    let service = read_service(&finder, &params, &mut problems);
    let limit = read_limit(&params, &mut problems);
    let origin = read_origin(&params, &mut problems);
    let locale = params
        .get("lang")
        .and_then(|value| read_lang(value).map_err(|p| problems.push(p)).ok());
    // Look the place up even when other parameters are wrong: every problem at once. A ZIP
    // code is kept as its 5 digits, so that ZIP+4 and a bare ZIP give one answer.
    let origin = match origin {
        Some(Origin::Zip(zip)) => match read_zip(&finder, zip, "zip") {
            Ok(place) => Some(Origin::Zip(place.zip.as_str())),
            Err(problem) => {
                problems.push(problem);
                None
            }
        },
        Some(Origin::Text(text)) => {
            if let Err(error) = finder.places().resolve(text) {
                problems.push(text_problem(&error));
            }
            origin
        }
        other => other,
    };
    problems.into_result()?;
    let (Some(agency), Some(service), Some(limit), Some(origin)) = (agency, service, limit, origin)
    else {
        // Not reached: each reader reports a problem whenever it gives nothing.
        return Err(Problem::malformed_query().into());
    };

    let filter = OfficeFilter { agency, service };
    let now = now_in_los_angeles();
    let outcome = match origin {
        Origin::Zip(five) => finder
            .search(five, limit, filter, now)
            .map_err(|e| place_problem(&e, "zip"))?,
        Origin::Coordinate { lat, lon } => {
            let mut outcome = finder
                .search_coordinate(lat, lon, limit, filter, now)
                .map_err(|e| location_problems(&e))?;
            if let SearchOutcome::Offices { point, .. } = &mut outcome {
                point.label = format!("{lat},{lon}");
            }
            outcome
        }
        Origin::Text(text) => finder
            .search(text, limit, filter, now)
            .map_err(|e| text_problem(&e))?,
    };

    let agencies: Vec<Agency> = match agency {
        Some(a) => vec![a],
        None => Agency::ALL.to_vec(),
    };
    Ok(match outcome {
        SearchOutcome::Offices {
            point,
            offices,
            serving,
            areas_known,
        } => {
            let texts = locale.map(|locale| {
                let ids = nearest_message_ids(&point, &agencies, &offices);
                texts(
                    &state.site.catalogs,
                    locale,
                    ids.into_iter().map(|id| (id, Vec::new())),
                )
            });
            let coverage = finder
                .coverage()
                .iter()
                .filter(|c| agencies.contains(&c.agency))
                .collect();
            json_response(
                StatusCode::OK,
                NO_STORE,
                &Nearest {
                    outcome: "offices",
                    point,
                    agencies,
                    offices,
                    serving,
                    areas_known,
                    coverage,
                    texts,
                },
            )
        }
        SearchOutcome::ChoosePlace { name, choices } => {
            let mut rest = String::new();
            if let Some(a) = agency {
                rest.push_str("&agency=");
                rest.push_str(a.param());
            }
            if let Some(id) = service {
                rest.push_str("&service=");
                rest.push_str(id);
            }
            if params.has("limit") {
                rest.push_str(&format!("&limit={limit}"));
            }
            let choices = choices
                .into_iter()
                .map(|c| Choice {
                    href: format!("/api/v1/nearest?zip={}{rest}", c.zip),
                    zip: c.zip,
                    name: c.name,
                })
                .collect();
            json_response(
                StatusCode::OK,
                NO_STORE,
                &ChoosePlace {
                    outcome: "choose_place",
                    name,
                    choices,
                },
            )
        }
    })
}

/// `agency`: `Some(None)` for both agencies.
fn read_agency(params: &Params, problems: &mut Problems) -> Option<Option<Agency>> {
    let Some(text) = params.get("agency") else {
        return Some(None);
    };
    match Agency::parse(text) {
        Ok(agency) => Some(Some(agency)),
        Err(_) => {
            problems.push(Problem::bad(
                ProblemCode::BAD_AGENCY,
                "agency",
                "agency must be dcfs or dpss (leave it out for both)",
            ));
            None
        }
    }
}

/// `service`: `Some(None)` when absent; the id must name a service of the dataset.
fn read_service<'a>(
    finder: &OfficeFinder,
    params: &'a Params,
    problems: &mut Problems,
) -> Option<Option<&'a str>> {
    if !params.has("service") {
        return Some(None);
    }
    let id = read_uuid(
        params,
        "service",
        ProblemCode::BAD_SERVICE,
        "/api/v1/services",
        problems,
    )?;
    if !finder
        .dataset()
        .services
        .iter()
        .any(|s| s.id.eq_ignore_ascii_case(id))
    {
        problems.push(Problem::not_found(
            ProblemCode::UNKNOWN_SERVICE,
            "service",
            "no service has this id; see /api/v1/services",
        ));
        return None;
    }
    Some(Some(id))
}

fn read_limit(params: &Params, problems: &mut Problems) -> Option<usize> {
    read_count(
        params,
        "limit",
        ProblemCode::BAD_LIMIT,
        DEFAULT_LIMIT,
        MAX_LIMIT,
        problems,
    )
}

/// Where to search from. Every parameter given is checked, the ones not used too (the
/// document gives each its own pattern, so a bad one is a 400 whichever wins).
fn read_origin<'a>(params: &'a Params, problems: &mut Problems) -> Option<Origin<'a>> {
    let zip_ok = params.get("zip").is_none_or(|zip| {
        if zip.is_empty() || machine_zip(zip).is_some() {
            // An empty or well-formed ZIP is judged when it is looked up.
            return true;
        }
        problems.push(malformed_zip("zip"));
        false
    });
    let q_ok = params.get("q").is_none_or(|q| {
        if q.is_empty() {
            // `q=` breaks the document's `minLength: 1`; only spaces is a text to read.
            problems.push(place_problem(&PlaceError::Empty, "q"));
            return false;
        }
        if q.chars().count() <= MAX_QUERY_CHARS {
            return true;
        }
        problems.push(Problem::bad(
            ProblemCode::TOO_LONG,
            "q",
            format!("q must be at most {MAX_QUERY_CHARS} characters"),
        ));
        false
    });
    let location = if params.has("lat") || params.has("lon") {
        let lat = read_degrees(params, "lat", 90, problems);
        let lon = read_degrees(params, "lon", 180, problems);
        Some(lat.zip(lon))
    } else {
        None
    };
    let origin = SearchOrigin::choose(
        params.get("q"),
        params.get("zip"),
        params.get("lat"),
        params.get("lon"),
    );
    match origin {
        None => {
            problems.push(Problem::bad(
                ProblemCode::MISSING_PARAMETER,
                "zip",
                "say where to search from: zip, or lat and lon, or q",
            ));
            None
        }
        Some(SearchOrigin::Location { .. }) => location
            .flatten()
            .map(|(lat, lon)| Origin::Coordinate { lat, lon }),
        Some(SearchOrigin::Zip(zip)) => zip_ok.then_some(Origin::Zip(zip)),
        Some(SearchOrigin::Text(q)) => q_ok.then_some(Origin::Text(q)),
    }
}

/// One half of a coordinate as a machine sends it: [`parse_degrees`]'s strict decimal, from
/// `-max` to `max` judged on the text (so `90.000000000000001`, which rounds to 90.0, is
/// still out of range). Exactly the document's `lat` and `lon` patterns (tests compare them).
pub fn machine_degrees(text: &str, max: u32) -> Option<f64> {
    let value = parse_degrees(text)?;
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let whole: u32 = whole.parse().ok()?;
    let in_range = whole < max || (whole == max && fraction.bytes().all(|b| b == b'0'));
    in_range.then_some(value)
}

/// `zip` or `postcode` as a machine sends it (see [`machine_zip`]): the county's ZIP code, a
/// 400 for another form (empty: `empty`), or a 404 for a ZIP code outside the county.
pub fn read_zip<'f>(
    finder: &'f OfficeFinder,
    text: &str,
    parameter: &str,
) -> Result<&'f ZipPlace, Problem> {
    if text.is_empty() {
        return Err(place_problem(&PlaceError::Empty, parameter));
    }
    let five = machine_zip(text).ok_or_else(|| malformed_zip(parameter))?;
    finder
        .places()
        .lookup_zip(five)
        .map_err(|e| place_problem(&e, parameter))
}

fn malformed_zip(parameter: &str) -> Problem {
    Problem::bad(
        ProblemCode::MALFORMED_ZIP,
        parameter,
        format!(
            "{parameter} must be 5 digits 0-9, or ZIP+4 like 90020-1234; text a person typed (in any script) goes in q"
        ),
    )
}

/// A problem with `q`, which is free text: any 1 to 100 characters are a valid request, so
/// text that names no place in the county is a 404 whatever the reason (the code says which).
/// Only `q=` itself breaks the document (`minLength: 1`).
fn text_problem(error: &PlaceError) -> Problem {
    let problem = place_problem(error, "q");
    match error {
        PlaceError::Empty => Problem::not_found(
            problem.error,
            "q",
            "q holds no letters or digits, only spaces or invisible marks",
        ),
        _ => Problem::not_found(problem.error, "q", problem.message),
    }
}

/// A location outside the county: one problem for each half, since neither alone is wrong.
fn location_problems(error: &PlaceError) -> Problems {
    let mut problems = Problems::default();
    for parameter in ["lat", "lon"] {
        problems.push(place_problem(error, parameter));
    }
    problems
}

/// One half of a coordinate: strict ASCII decimal degrees within ±`max` (a machine's
/// parameter; typed text goes in `q`). Whether the point is in the county is the finder's
/// question, on the whole point.
fn read_degrees(
    params: &Params,
    name: &'static str,
    max: u32,
    problems: &mut Problems,
) -> Option<f64> {
    let (other, word) = if name == "lat" {
        ("lon", "latitude")
    } else {
        ("lat", "longitude")
    };
    let Some(text) = params.get(name) else {
        problems.push(Problem::bad(
            ProblemCode::MISSING_PARAMETER,
            name,
            format!("{name} is needed with {other}"),
        ));
        return None;
    };
    let example = if name == "lat" {
        "34.0522"
    } else {
        "-118.2437"
    };
    let value = match machine_degrees(text, max) {
        Some(v) => v,
        None => {
            problems.push(Problem::bad(
                ProblemCode::MALFORMED_COORDINATE,
                name,
                format!(
                    "{name} must be the {word} in decimal degrees from -{max} to {max}, written like {example}"
                ),
            ));
            return None;
        }
    };
    Some(value)
}

/// A place problem as an API problem about `parameter`. Messages do not repeat the input.
pub fn place_problem(error: &PlaceError, parameter: &str) -> Problem {
    let (code, message) = match error {
        PlaceError::Empty => (ProblemCode::EMPTY, format!("{parameter} is empty")),
        PlaceError::MalformedZip(_) => (
            ProblemCode::MALFORMED_ZIP,
            format!("{parameter} must be a 5-digit ZIP code (ZIP+4 is accepted)"),
        ),
        PlaceError::ZipNotInLaCounty(_) => (
            ProblemCode::ZIP_NOT_IN_COUNTY,
            "this ZIP code is not one of Los Angeles County's".to_owned(),
        ),
        PlaceError::UnknownPlace(_) => (
            ProblemCode::UNKNOWN_PLACE,
            "this place name is not known to the directory yet (which does not mean it is outside Los Angeles County): give a ZIP code".to_owned(),
        ),
        PlaceError::MalformedCoordinate(_) => (
            ProblemCode::MALFORMED_COORDINATE,
            format!(
                "{parameter} must be latitude,longitude in decimal degrees, like 34.0522,-118.2437"
            ),
        ),
        PlaceError::CoordinateOutsideLaCounty { .. } => (
            ProblemCode::COORDINATE_OUTSIDE_COUNTY,
            format!(
                "this location is outside Los Angeles County ({})",
                county::DESCRIPTION
            ),
        ),
    };
    if error.status_code() == StatusCode::NOT_FOUND {
        Problem::not_found(code, parameter, message)
    } else {
        Problem::bad(code, parameter, message)
    }
}
