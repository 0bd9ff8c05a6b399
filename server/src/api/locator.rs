//! `GET /api/v1/nearest`: the nearest DCFS and DPSS offices to a ZIP code, a coordinate or a
//! place name, for 2-1-1 systems and other integrators.
//!
//! * Where from: `zip=90020` (5 digits, ZIP+4 accepted), or `lat=34.05&lon=-118.25` (both,
//!   plain decimal degrees), or `q=` (what a person would type in the search box: a ZIP, a
//!   `lat,lon` pair or a city or neighbourhood name). Exactly one of the three.
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

use axum::{extract::State, http::StatusCode, response::Response};
use linkages_directory::{
    bounds,
    dataset::{hours::now_in_los_angeles, hsds::Coverage, ids::is_uuid},
    places::{parse_degrees, PlaceError},
    search::{
        view::{OfficeView, SearchOutcome, SearchPoint},
        OfficeFilter, OfficeFinder,
    },
    Agency,
};
use serde::Serialize;

use super::query::{json_response, parse_count, Params, Problem, Problems, RawParams, NO_STORE};
use crate::AppState;

/// Offices listed when `limit` is not given.
pub const DEFAULT_LIMIT: usize = 5;
/// Most offices one answer lists.
pub const MAX_LIMIT: usize = 50;
/// Longest `q` read; a place name is far shorter.
pub const MAX_QUERY_CHARS: usize = 100;

const PARAMETERS: &[&str] = &["zip", "lat", "lon", "q", "agency", "service", "limit"];

/// The 200 answer with offices.
#[derive(Debug, Serialize)]
struct Nearest<'a> {
    outcome: &'static str,
    /// Where the distances are measured from.
    point: SearchPoint,
    /// Agencies searched (`DCFS`, `DPSS`).
    agencies: Vec<Agency>,
    /// Nearest first.
    offices: Vec<OfficeView>,
    /// For each agency searched: whether its office list is complete, and why not.
    coverage: Vec<&'a Coverage>,
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
    Zip(&'a str),
    Coordinate { lat: f64, lon: f64 },
    Text(&'a str),
}

pub async fn nearest(State(state): State<AppState>, raw: RawParams) -> Response {
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
    // Look the place up even when other parameters are wrong: every problem at once.
    let place_error = match origin {
        Some(Origin::Zip(zip)) => finder.places().lookup_zip(zip).err().map(|e| (e, "zip")),
        Some(Origin::Text(text)) => finder.places().resolve(text).err().map(|e| (e, "q")),
        _ => None,
    };
    if let Some((error, parameter)) = place_error {
        problems.push(place_problem(&error, parameter));
    }
    problems.into_result()?;
    let (Some(agency), Some(service), Some(limit), Some(origin)) = (agency, service, limit, origin)
    else {
        // Not reached: each reader reports a problem whenever it gives nothing.
        return Err(Problem::malformed_query().into());
    };

    let filter = OfficeFilter { agency, service };
    let now = now_in_los_angeles();
    let outcome = match origin {
        Origin::Zip(zip) => {
            // Searched as the 5-digit ZIP, so that ZIP+4 and a bare ZIP give one answer.
            let five = finder
                .places()
                .lookup_zip(zip)
                .map(|z| z.zip.as_str())
                .map_err(|e| place_problem(&e, "zip"))?;
            finder
                .search(five, limit, filter, now)
                .map_err(|e| place_problem(&e, "zip"))?
        }
        Origin::Coordinate { lat, lon } => {
            let mut outcome = finder
                .search_coordinate(lat, lon, limit, filter, now)
                .map_err(|e| place_problem(&e, "lat"))?;
            if let SearchOutcome::Offices { point, .. } = &mut outcome {
                point.label = format!("{lat},{lon}");
            }
            outcome
        }
        Origin::Text(text) => finder
            .search(text, limit, filter, now)
            .map_err(|e| place_problem(&e, "q"))?,
    };

    let agencies: Vec<Agency> = match agency {
        Some(a) => vec![a],
        None => Agency::ALL.to_vec(),
    };
    Ok(match outcome {
        SearchOutcome::Offices { point, offices } => {
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
                    coverage,
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
                "bad_agency",
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
    let Some(id) = params.get("service") else {
        return Some(None);
    };
    if !is_uuid(id) {
        problems.push(Problem::bad(
            "bad_service",
            "service",
            "service must be a service id (a UUID) from /api/v1/services",
        ));
        return None;
    }
    if !finder
        .dataset()
        .services
        .iter()
        .any(|s| s.id.eq_ignore_ascii_case(id))
    {
        problems.push(Problem::not_found(
            "unknown_service",
            "service",
            "no service has this id; see /api/v1/services",
        ));
        return None;
    }
    Some(Some(id))
}

fn read_limit(params: &Params, problems: &mut Problems) -> Option<usize> {
    let Some(text) = params.get("limit") else {
        return Some(DEFAULT_LIMIT);
    };
    match parse_count(text, 3).map(|n| n as usize) {
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Some(n),
        _ => {
            problems.push(Problem::bad(
                "bad_limit",
                "limit",
                format!("limit must be a whole number from 1 to {MAX_LIMIT}"),
            ));
            None
        }
    }
}

fn read_origin<'a>(params: &'a Params, problems: &mut Problems) -> Option<Origin<'a>> {
    let given: Vec<&str> = ["zip", "lat", "lon", "q"]
        .into_iter()
        .filter(|n| params.has(n))
        .collect();
    let kinds = usize::from(params.has("zip"))
        + usize::from(params.has("lat") || params.has("lon"))
        + usize::from(params.has("q"));
    if kinds == 0 {
        problems.push(Problem::bad(
            "missing_parameter",
            "zip",
            "say where to search from: zip, or lat and lon, or q",
        ));
        return None;
    }
    if kinds > 1 {
        for name in given {
            problems.push(Problem::bad(
                "conflicting_parameters",
                name,
                "give only one of: zip; lat and lon; q",
            ));
        }
        return None;
    }
    if let Some(zip) = params.get("zip") {
        return Some(Origin::Zip(zip));
    }
    if let Some(q) = params.get("q") {
        if q.chars().count() > MAX_QUERY_CHARS {
            problems.push(Problem::bad(
                "too_long",
                "q",
                format!("q must be at most {MAX_QUERY_CHARS} characters"),
            ));
            return None;
        }
        return Some(Origin::Text(q));
    }
    let lat = read_degrees(
        params,
        "lat",
        90.0,
        (bounds::SOUTH, bounds::NORTH),
        problems,
    );
    let lon = read_degrees(params, "lon", 180.0, (bounds::WEST, bounds::EAST), problems);
    match (lat, lon) {
        (Some(lat), Some(lon)) => Some(Origin::Coordinate { lat, lon }),
        _ => None,
    }
}

/// One half of a coordinate: strict decimal degrees within ±`max`, then inside the county's
/// box (`county`: low, high).
fn read_degrees(
    params: &Params,
    name: &'static str,
    max: f64,
    county: (f64, f64),
    problems: &mut Problems,
) -> Option<f64> {
    let (other, word) = if name == "lat" {
        ("lon", "latitude")
    } else {
        ("lat", "longitude")
    };
    let Some(text) = params.get(name) else {
        problems.push(Problem::bad(
            "missing_parameter",
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
    let value = match parse_degrees(text) {
        Some(v) if (-max..=max).contains(&v) => v,
        _ => {
            problems.push(Problem::bad(
                "malformed_coordinate",
                name,
                format!(
                    "{name} must be the {word} in decimal degrees from -{max} to {max}, written like {example}"
                ),
            ));
            return None;
        }
    };
    if !(county.0..=county.1).contains(&value) {
        problems.push(Problem::not_found(
            "coordinate_outside_county",
            name,
            format!(
                "this {word} is outside Los Angeles County ({} to {})",
                county.0, county.1
            ),
        ));
        return None;
    }
    Some(value)
}

/// A place problem as an API problem about `parameter`. Messages do not repeat the input.
pub fn place_problem(error: &PlaceError, parameter: &str) -> Problem {
    let (code, message) = match error {
        PlaceError::Empty => ("empty", format!("{parameter} is empty")),
        PlaceError::MalformedZip(_) => (
            "malformed_zip",
            format!("{parameter} must be a 5-digit ZIP code (ZIP+4 is accepted)"),
        ),
        PlaceError::ZipNotInLaCounty(_) => (
            "zip_not_in_county",
            "this ZIP code is not one of Los Angeles County's".to_owned(),
        ),
        PlaceError::UnknownPlace(_) => (
            "unknown_place",
            "no Los Angeles County city or neighbourhood has this name".to_owned(),
        ),
        PlaceError::MalformedCoordinate(_) => (
            "malformed_coordinate",
            format!(
                "{parameter} must be latitude,longitude in decimal degrees, like 34.0522,-118.2437"
            ),
        ),
        PlaceError::CoordinateOutsideLaCounty { .. } => (
            "coordinate_outside_county",
            format!(
                "this location is outside Los Angeles County ({})",
                bounds::DESCRIPTION
            ),
        ),
    };
    if error.status_code() == StatusCode::NOT_FOUND {
        Problem::not_found(code, parameter, message)
    } else {
        Problem::bad(code, parameter, message)
    }
}
