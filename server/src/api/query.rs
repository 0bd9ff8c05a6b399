//! Query strings and problems for the read endpoints of the JSON API.
//!
//! Every parameter is checked and every problem is reported at once, each naming its
//! parameter: `{"errors": [{"error": "bad_limit", "parameter": "limit", "message": "..."}]}`.
//! Messages never repeat what was sent (it may be a family's ZIP code or location); only a
//! parameter *name* is echoed, cut to [`MAX_ECHO_CHARS`].

use axum::{
    extract::{rejection::QueryRejection, Query},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use linkages_directory::dataset::ids::is_uuid;
use serde::Serialize;

/// For answers about a place or a person's location: kept by nobody.
pub const NO_STORE: &str = "no-store";
/// For answers that are the same for everyone (dataset lists, the API description).
pub const PUBLIC_FIVE_MINUTES: &str = "public, max-age=300";

/// Longest parameter name repeated in an error.
pub const MAX_ECHO_CHARS: usize = 32;

/// More parameters than this is not a query for any endpoint here (each takes six names at
/// most, each once): one problem says so, instead of one problem per name.
pub const MAX_PARAMETERS: usize = 32;

/// The stable code of a problem, `snake_case`. Only the codes listed here exist, and the
/// OpenAPI document's `Problem.error` enum lists exactly these (`tests/tests/openapi_contract.rs`),
/// so the server cannot send a code a partner's client was never told of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ProblemCode(&'static str);

macro_rules! problem_codes {
    ($($name:ident = $code:literal,)*) => {
        impl ProblemCode {
            $(pub const $name: ProblemCode = ProblemCode($code);)*
            /// Every code, in the document's order.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$name),*];
        }
    };
}

problem_codes! {
    MALFORMED_QUERY = "malformed_query",
    UNSUPPORTED_PARAMETER = "unsupported_parameter",
    REPEATED_PARAMETER = "repeated_parameter",
    MISSING_PARAMETER = "missing_parameter",
    CONFLICTING_PARAMETERS = "conflicting_parameters",
    EMPTY = "empty",
    TOO_LONG = "too_long",
    MALFORMED_ZIP = "malformed_zip",
    ZIP_NOT_IN_COUNTY = "zip_not_in_county",
    UNKNOWN_PLACE = "unknown_place",
    MALFORMED_COORDINATE = "malformed_coordinate",
    COORDINATE_OUTSIDE_COUNTY = "coordinate_outside_county",
    BAD_AGENCY = "bad_agency",
    BAD_SERVICE = "bad_service",
    UNKNOWN_SERVICE = "unknown_service",
    BAD_LIMIT = "bad_limit",
    URI_TOO_LONG = "uri_too_long",
    RATE_LIMITED = "rate_limited",
    BAD_PAGE = "bad_page",
    BAD_PER_PAGE = "bad_per_page",
    BAD_PROXIMITY = "bad_proximity",
    BAD_ORGANIZATION_ID = "bad_organization_id",
    NOT_FOUND = "not_found",
    METHOD_NOT_ALLOWED = "method_not_allowed",
    CONTENT_TYPE = "content_type",
    JSON_SYNTAX = "json_syntax",
    REQUEST_SHAPE = "request_shape",
    BODY = "body",
    UNKNOWN_LANG = "unknown_lang",
    EXPORT_UNAVAILABLE = "export_unavailable",
    BAD_REQUEST = "bad_request",
}

impl ProblemCode {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// One problem with a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Stable code.
    pub error: ProblemCode,
    /// The query or path parameter the problem is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// What to send instead, in plain words.
    pub message: String,
    /// 400 for a request that is not well formed, 404 for a well-formed one that names
    /// nothing we have.
    #[serde(skip)]
    pub status: StatusCode,
}

impl Problem {
    /// A malformed request (400).
    pub fn bad(error: ProblemCode, parameter: &str, message: impl Into<String>) -> Problem {
        Problem {
            error,
            parameter: Some(clip(parameter)),
            message: message.into(),
            status: StatusCode::BAD_REQUEST,
        }
    }

    /// The query string as a whole could not be read (400).
    pub fn malformed_query() -> Problem {
        Problem {
            error: ProblemCode::MALFORMED_QUERY,
            parameter: None,
            message: "the query string could not be read".into(),
            status: StatusCode::BAD_REQUEST,
        }
    }

    /// Far more parameters than the endpoint takes (400).
    pub fn too_many_parameters(allowed: &[&str]) -> Problem {
        Problem {
            error: ProblemCode::MALFORMED_QUERY,
            parameter: None,
            message: format!(
                "the query has more than {MAX_PARAMETERS} parameters; this endpoint takes only these, each once: {}",
                allowed.join(", ")
            ),
            status: StatusCode::BAD_REQUEST,
        }
    }

    /// A well-formed request for something that is not there (404).
    pub fn not_found(error: ProblemCode, parameter: &str, message: impl Into<String>) -> Problem {
        Problem {
            error,
            parameter: Some(clip(parameter)),
            message: message.into(),
            status: StatusCode::NOT_FOUND,
        }
    }
}

/// Problems found in one request; never empty when sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Problems {
    pub errors: Vec<Problem>,
}

impl Problems {
    /// Adds a problem, unless the same one (code and parameter) is already listed.
    pub fn push(&mut self, problem: Problem) {
        let listed = self
            .errors
            .iter()
            .any(|p| p.error == problem.error && p.parameter == problem.parameter);
        if !listed {
            self.errors.push(problem);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// 400 when anything is malformed (the request must change), else the first status.
    pub fn status(&self) -> StatusCode {
        if self
            .errors
            .iter()
            .any(|p| p.status == StatusCode::BAD_REQUEST)
        {
            StatusCode::BAD_REQUEST
        } else {
            self.errors
                .first()
                .map(|p| p.status)
                .unwrap_or(StatusCode::BAD_REQUEST)
        }
    }

    /// `Ok(())` when there is nothing to report.
    pub fn into_result(self) -> Result<(), Problems> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl From<Problem> for Problems {
    fn from(problem: Problem) -> Self {
        Problems {
            errors: vec![problem],
        }
    }
}

impl IntoResponse for Problems {
    fn into_response(self) -> Response {
        let status = self.status();
        json_response(status, NO_STORE, &self)
    }
}

/// A JSON body with an explicit cache policy.
pub fn json_response<T: Serialize>(status: StatusCode, cache: &'static str, body: &T) -> Response {
    (
        status,
        [(header::CACHE_CONTROL, HeaderValue::from_static(cache))],
        Json(body),
    )
        .into_response()
}

fn clip(name: &str) -> String {
    name.chars().take(MAX_ECHO_CHARS).collect()
}

/// The query parameters of one request, each given at most once and each one the endpoint
/// knows.
#[derive(Clone, Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

/// What axum hands a handler for the query string.
pub type RawParams = Result<Query<Vec<(String, String)>>, QueryRejection>;

impl Params {
    /// Checks names against `allowed`: an unknown or repeated name is a 400, so a typo such as
    /// `agancy=dcfs` is never silently ignored. Each problem is listed once however often
    /// its name appears, and a query of more than [`MAX_PARAMETERS`] gets one problem: the
    /// answer stays short whatever was sent.
    pub fn parse(raw: RawParams, allowed: &[&str]) -> Result<Params, Problems> {
        let Query(pairs) = raw.map_err(|_| Problems::from(Problem::malformed_query()))?;
        if pairs.len() > MAX_PARAMETERS {
            return Err(Problem::too_many_parameters(allowed).into());
        }
        let mut problems = Problems::default();
        for (i, (name, _)) in pairs.iter().enumerate() {
            if !allowed.contains(&name.as_str()) {
                problems.push(Problem::bad(
                    ProblemCode::UNSUPPORTED_PARAMETER,
                    name,
                    format!(
                        "this endpoint does not take this parameter; it takes: {}",
                        allowed.join(", ")
                    ),
                ));
            } else if pairs[..i].iter().any(|(earlier, _)| earlier == name) {
                problems.push(Problem::bad(
                    ProblemCode::REPEATED_PARAMETER,
                    name,
                    "give this parameter once",
                ));
            }
        }
        problems.into_result()?;
        Ok(Params { pairs })
    }

    /// The value of a parameter, if given (even if empty).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// True when the parameter was given.
    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

/// A count parameter (`page`, `per_page`, `limit`): `default` when absent, else a whole
/// number from 1 to `max` written in ASCII digits, as the OpenAPI document's
/// `{"type": "integer", "minimum": 1, "maximum": max}` says. The problem (`code`, 400) is
/// true for the value given: a number over `max` is "larger than", anything else "must be".
pub fn read_count(
    params: &Params,
    name: &str,
    code: ProblemCode,
    default: usize,
    max: usize,
    problems: &mut Problems,
) -> Option<usize> {
    let Some(text) = params.get(name) else {
        return Some(default);
    };
    let plain = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    // Any number of digits: leading zeros are still the same number, and a huge one is
    // "larger than", never "not a number".
    let value = text.trim_start_matches('0');
    let message = if !plain || value.is_empty() {
        format!("{name} must be a whole number from 1 to {max}")
    } else {
        // Only digits, not empty: parsing fails only when the number overflows.
        match value.parse::<usize>() {
            Ok(n) if n <= max => return Some(n),
            _ => format!("{name} is larger than {max}, the largest this endpoint takes"),
        }
    };
    problems.push(Problem::bad(code, name, message));
    None
}

/// An id parameter that filters a list or names a record to search around: `None` when
/// absent, else a UUID (any case) as the document's `format: uuid` says. Anything else,
/// control characters included, is `code` (400) saying so.
pub fn read_uuid<'a>(
    params: &'a Params,
    name: &str,
    code: ProblemCode,
    source: &str,
    problems: &mut Problems,
) -> Option<&'a str> {
    let id = params.get(name)?;
    if is_uuid(id) {
        Some(id)
    } else {
        problems.push(Problem::bad(
            code,
            name,
            format!("{name} must be an id from {source}: a UUID such as 372dc294-c676-565f-89d9-5a5446863075"),
        ));
        None
    }
}

/// A ZIP code as a machine sends it: 5 ASCII digits, or ZIP+4 with `-`, a space or nothing
/// between; the 5-digit ZIP, or `None`. Exactly the document's pattern
/// `^[0-9]{5}([- ]?[0-9]{4})?$` (tests compare the two). Text a person typed, in any script,
/// goes through the search box's reader instead (`q`).
pub fn machine_zip(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = match b.len() {
        5 => digits(0..5),
        9 => digits(0..9),
        10 => digits(0..5) && matches!(b[5], b'-' | b' ') && digits(6..10),
        _ => false,
    };
    ok.then(|| &text[..5])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(query: &str) -> Result<Option<usize>, String> {
        let uri: http::Uri = format!("/x?{query}").parse().unwrap_or_default();
        let params = Params::parse(Query::try_from_uri(&uri), &["n"]).map_err(|_| "query")?;
        let mut problems = Problems::default();
        let n = read_count(&params, "n", ProblemCode::BAD_LIMIT, 7, 100, &mut problems);
        match problems.errors.first() {
            Some(p) => Err(p.message.clone()),
            None => Ok(n),
        }
    }

    #[test]
    fn counts_say_what_is_wrong_with_the_value_given() {
        assert_eq!(count(""), Ok(Some(7)));
        assert_eq!(count("n=1"), Ok(Some(1)));
        assert_eq!(count("n=100"), Ok(Some(100)));
        assert_eq!(count("n=007"), Ok(Some(7)));
        let larger = Err("n is larger than 100, the largest this endpoint takes".to_owned());
        for big in ["101", "54460759973536896", "1637017451", &"9".repeat(400)] {
            assert_eq!(count(&format!("n={big}")), larger, "{big}");
        }
        let must = Err("n must be a whole number from 1 to 100".to_owned());
        for bad in [
            "n=0", "n=000", "n=", "n=-1", "n=%2B5", "n=1.5", "n=1e3", "n=%205", "n=abc",
        ] {
            assert_eq!(count(bad), must, "{bad}");
        }
    }

    #[test]
    fn machine_zips_are_ascii_and_exact() {
        for (text, five) in [
            ("90020", "90020"),
            ("90020-1234", "90020"),
            ("90020 1234", "90020"),
            ("900201234", "90020"),
        ] {
            assert_eq!(machine_zip(text), Some(five), "{text}");
        }
        for bad in [
            "",
            "9002",
            "900200",
            "90020-",
            "90020--1234",
            "90020_1234",
            " 90020",
            "٩٠٠٢٠",
            "9002O",
        ] {
            assert_eq!(machine_zip(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn malformed_wins_over_not_found() {
        let mut problems = Problems::default();
        problems.push(Problem::not_found(
            ProblemCode::ZIP_NOT_IN_COUNTY,
            "zip",
            "x",
        ));
        assert_eq!(problems.status(), StatusCode::NOT_FOUND);
        problems.push(Problem::bad(ProblemCode::BAD_LIMIT, "limit", "x"));
        assert_eq!(problems.status(), StatusCode::BAD_REQUEST);
    }

    fn parse(query: &str) -> Result<Params, Problems> {
        let uri: http::Uri = format!("/x?{query}").parse().unwrap_or_default();
        Params::parse(Query::try_from_uri(&uri), &["a", "b"])
    }

    #[test]
    fn each_problem_is_listed_once() {
        let Err(problems) = parse("a=1&a=2&a=3&c=1&c=2&b=1") else {
            panic!("a repeated and an unknown name are problems")
        };
        let listed: Vec<(ProblemCode, Option<&str>)> = problems
            .errors
            .iter()
            .map(|p| (p.error, p.parameter.as_deref()))
            .collect();
        assert_eq!(
            listed,
            [
                (ProblemCode::REPEATED_PARAMETER, Some("a")),
                (ProblemCode::UNSUPPORTED_PARAMETER, Some("c"))
            ]
        );
    }

    #[test]
    fn a_flood_of_parameters_is_one_problem() {
        let flood: Vec<String> = (0..=MAX_PARAMETERS).map(|i| format!("x{i}=1")).collect();
        let Err(problems) = parse(&flood.join("&")) else {
            panic!("too many parameters")
        };
        assert_eq!(problems.errors.len(), 1);
        assert_eq!(problems.errors[0].error, ProblemCode::MALFORMED_QUERY);
        assert_eq!(problems.status(), StatusCode::BAD_REQUEST);
        assert!(parse("a=1&b=2").is_ok());
    }

    #[test]
    fn long_names_are_cut() {
        let p = Problem::bad(ProblemCode::UNSUPPORTED_PARAMETER, &"x".repeat(500), "m");
        assert_eq!(p.parameter.map(|n| n.len()), Some(MAX_ECHO_CHARS));
    }
}
