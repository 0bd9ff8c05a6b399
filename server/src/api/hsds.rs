//! The dataset as the Open Referral HSDS 3.1 API serves it: read-only, JSON only.
//!
//! * `GET /api/v1`: what this API is (`version`, `profile`, `openapi_url`).
//! * `GET /api/v1/services`, `/organizations`, `/service_at_locations`: pages of records
//!   with only their one-to-one fields (the official `*_list` schemas), in dataset order.
//! * `GET /api/v1/services/{id}`, `/organizations/{id}`, `/service_at_locations/{id}`: one
//!   record, fully nested (the official compiled schemas).
//! * `GET /api/v1/dataset`: ours, not HSDS: sources, licences and coverage, so that the
//!   source ids in the records' attributes can be resolved.
//!
//! Lists take `page` (1 to [`MAX_PAGE`]) and `per_page` (1 to [`MAX_PER_PAGE`], default
//! [`DEFAULT_PER_PAGE`]) and answer with the spec's `Page` object. A page past the last one
//! is an empty page, not an error. `/service_at_locations` also takes `postcode` (an LA
//! County ZIP code: results come nearest first from its centroid) and `proximity` (metres
//! from that centroid; locations without a coordinate are left out). Without `postcode`,
//! `proximity` has no centre and is not used: the HSDS API measures it from the postcode,
//! and a documented rule beats a 400 the document cannot express for separate parameters.
//!
//! Records are built from the dataset's own HSDS records, so they carry nothing the official
//! schemas do not define; the tests validate every one of them against those schemas.

use axum::{
    extract::{rejection::PathRejection, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use linkages_directory::{
    dataset::{
        hsds::{Dataset, Location, Organization, Service, ServiceAtLocation, HSDS_VERSION},
        ids::is_uuid,
    },
    search::{geo_index::haversine_m, OfficeFinder},
};
use serde::Serialize;
use serde_json::{Map, Value};

use super::locator::read_zip;
use super::query::{
    json_response, read_count, read_uuid, Params, Problem, ProblemCode, Problems, RawParams,
    NO_STORE, PUBLIC_FIVE_MINUTES,
};
use crate::SharedState;

/// Records per page when `per_page` is not given.
pub const DEFAULT_PER_PAGE: usize = 25;
/// Most records one page holds.
pub const MAX_PER_PAGE: usize = 100;
/// Largest page number (the document's `maximum`): far past the last page of any dataset
/// this API serves, whose pages past the end are empty.
pub const MAX_PAGE: usize = 10_000;
/// Largest `proximity` accepted, in metres (the county is about 250 km across).
pub const MAX_PROXIMITY_M: f64 = 500_000.0;

/// The HSDS documentation this API follows (no profile: the base specification).
pub const PROFILE_URL: &str = "https://docs.openreferral.org/en/latest/hsds/schema_reference.html";

/// The API description, served as it is.
pub const OPENAPI_JSON: &str = include_str!("openapi.json");

// ---------------------------------------------------------------------------------------
// Records

/// A record as JSON. Serializing these plain data types cannot fail.
fn to_json<T: Serialize>(record: &T) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// Only the one-to-one fields: what the `*_list` schemas describe.
fn one_to_one(mut record: Map<String, Value>) -> Map<String, Value> {
    record.retain(|_, v| !v.is_array() && !v.is_object());
    record
}

fn service_organization<'a>(d: &'a Dataset, s: &Service) -> Option<&'a Organization> {
    s.organization_id.as_deref().and_then(|o| d.organization(o))
}

fn sal_service<'a>(d: &'a Dataset, sal: &ServiceAtLocation) -> Option<&'a Service> {
    sal.service_id
        .as_deref()
        .and_then(|id| d.services.iter().find(|s| s.id == id))
}

fn sal_location<'a>(d: &'a Dataset, sal: &ServiceAtLocation) -> Option<&'a Location> {
    sal.location_id
        .as_deref()
        .and_then(|id| d.locations.iter().find(|l| l.id == id))
}

/// `service_list`: one-to-one fields and the organization's.
pub fn service_list_record(d: &Dataset, s: &Service) -> Value {
    let mut record = one_to_one(to_json(s));
    if let Some(o) = service_organization(d, s) {
        record.insert("organization".into(), one_to_one(to_json(o)).into());
    }
    Value::Object(record)
}

/// Compiled `service`: the record with its organization and every place it is offered.
pub fn service_record(d: &Dataset, s: &Service) -> Value {
    let mut record = to_json(s);
    if let Some(o) = service_organization(d, s) {
        record.insert("organization".into(), one_to_one(to_json(o)).into());
    }
    let places: Vec<Value> = d
        .service_at_locations
        .iter()
        .filter(|sal| sal.service_id.as_deref() == Some(s.id.as_str()))
        .map(|sal| {
            let mut nested = to_json(sal);
            if let Some(l) = sal_location(d, sal) {
                nested.insert("location".into(), to_json(l).into());
            }
            Value::Object(nested)
        })
        .collect();
    if !places.is_empty() {
        record.insert("service_at_locations".into(), places.into());
    }
    Value::Object(record)
}

/// `organization_list`: one-to-one fields.
pub fn organization_list_record(o: &Organization) -> Value {
    Value::Object(one_to_one(to_json(o)))
}

/// Compiled `organization`: the record with its services (one-to-one fields) and locations.
pub fn organization_record(d: &Dataset, o: &Organization) -> Value {
    let mut record = to_json(o);
    let owned = |id: &Option<String>| id.as_deref() == Some(o.id.as_str());
    let services: Vec<Value> = d
        .services
        .iter()
        .filter(|s| owned(&s.organization_id))
        .map(|s| Value::Object(one_to_one(to_json(s))))
        .collect();
    let locations: Vec<Value> = d
        .locations
        .iter()
        .filter(|l| owned(&l.organization_id))
        .map(|l| Value::Object(to_json(l)))
        .collect();
    if !services.is_empty() {
        record.insert("services".into(), services.into());
    }
    if !locations.is_empty() {
        record.insert("locations".into(), locations.into());
    }
    Value::Object(record)
}

/// `service_at_location_list`: one-to-one fields, with the location's and the service's.
pub fn service_at_location_list_record(d: &Dataset, sal: &ServiceAtLocation) -> Value {
    let mut record = one_to_one(to_json(sal));
    if let Some(l) = sal_location(d, sal) {
        record.insert("location".into(), one_to_one(to_json(l)).into());
    }
    if let Some(s) = sal_service(d, sal) {
        record.insert("service".into(), one_to_one(to_json(s)).into());
    }
    Value::Object(record)
}

/// Compiled `service_at_location`: the record with its whole location (address, phones,
/// hours, accessibility) and its service (with the organization's one-to-one fields).
pub fn service_at_location_record(d: &Dataset, sal: &ServiceAtLocation) -> Value {
    let mut record = to_json(sal);
    if let Some(l) = sal_location(d, sal) {
        record.insert("location".into(), to_json(l).into());
    }
    if let Some(s) = sal_service(d, sal) {
        let mut service = to_json(s);
        if let Some(o) = service_organization(d, s) {
            service.insert("organization".into(), one_to_one(to_json(o)).into());
        }
        record.insert("service".into(), service.into());
    }
    Value::Object(record)
}

// ---------------------------------------------------------------------------------------
// Pages

/// `page` and `per_page`, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// From 1.
    pub page: usize,
    pub per_page: usize,
}

impl Paging {
    /// Reads `page` and `per_page`, reporting both when both are wrong.
    fn read(params: &Params) -> Result<Paging, Problems> {
        let mut problems = Problems::default();
        let page = read_count(
            params,
            "page",
            ProblemCode::BAD_PAGE,
            1,
            MAX_PAGE,
            &mut problems,
        );
        let per_page = read_count(
            params,
            "per_page",
            ProblemCode::BAD_PER_PAGE,
            DEFAULT_PER_PAGE,
            MAX_PER_PAGE,
            &mut problems,
        );
        match (page, per_page) {
            (Some(page), Some(per_page)) => Ok(Paging { page, per_page }),
            _ => Err(problems),
        }
    }
}

/// The HSDS `Page` object around one page of records.
#[derive(Debug, Serialize)]
pub struct Page {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    /// Records on this page.
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    /// True when this page holds no records.
    pub empty: bool,
    pub contents: Vec<Value>,
}

impl Page {
    /// Cuts page `paging.page` out of `items`; only that page's records are built.
    pub fn of<T>(items: &[T], paging: Paging, build: impl Fn(&T) -> Value) -> Page {
        let total_items = items.len();
        let total_pages = total_items.div_ceil(paging.per_page);
        let start = (paging.page - 1).saturating_mul(paging.per_page);
        let contents: Vec<Value> = items
            .iter()
            .skip(start)
            .take(paging.per_page)
            .map(build)
            .collect();
        Page {
            total_items,
            total_pages,
            page_number: paging.page,
            size: contents.len(),
            first_page: paging.page == 1,
            last_page: paging.page >= total_pages,
            empty: contents.is_empty(),
            contents,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Handlers

/// The answer of the API root.
#[derive(Debug, Serialize)]
struct ApiRoot {
    version: &'static str,
    profile: &'static str,
    openapi_url: String,
}

/// `GET /api/v1`: the API root (`/`) of the HSDS API specification.
pub async fn api_root(uri: Uri, headers: HeaderMap) -> Response {
    let body = ApiRoot {
        version: HSDS_VERSION,
        profile: PROFILE_URL,
        openapi_url: format!("{}/api/v1/openapi.json", origin(&uri, &headers)),
    };
    let mut response = json_response(StatusCode::OK, PUBLIC_FIVE_MINUTES, &body);
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("host, x-forwarded-proto"),
    );
    response
}

/// `scheme://host` the client used, for the absolute `openapi_url` the spec asks for. The
/// host must look like a host name or address with an optional port; otherwise the URL
/// stays relative.
fn origin(uri: &Uri, headers: &HeaderMap) -> String {
    let host = uri
        .authority()
        .map(|a| a.as_str().to_owned())
        .or_else(|| {
            headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_owned)
        })
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        });
    let Some(host) = host else {
        return String::new();
    };
    let forwarded = headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .filter(|p| *p == "http" || *p == "https");
    let local = ["localhost", "127.0.0.1", "[::1]"]
        .iter()
        .any(|l| host == *l || host.starts_with(&format!("{l}:")));
    let scheme = uri
        .scheme_str()
        .or(forwarded)
        .unwrap_or(if local { "http" } else { "https" });
    format!("{scheme}://{host}")
}

/// `GET /api/v1/openapi.json`.
pub async fn openapi() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, PUBLIC_FIVE_MINUTES),
        ],
        OPENAPI_JSON,
    )
        .into_response()
}

/// Any other path under `/api/v1/`.
pub async fn unknown_endpoint() -> Response {
    json_response(
        StatusCode::NOT_FOUND,
        NO_STORE,
        &Problems::from(Problem {
            error: ProblemCode::NOT_FOUND,
            parameter: None,
            message: "no such endpoint; see /api/v1/openapi.json".into(),
            status: StatusCode::NOT_FOUND,
        }),
    )
}

/// The `{id}` of a record route. No record has an id that is not text once percent-decoded
/// (`%FF`): that is a JSON 404 like any unknown id, not axum's plain-text 400.
fn record_id(path: Result<Path<String>, PathRejection>, kind: &str) -> Result<String, Problems> {
    path.map(|Path(id)| id).map_err(|_| {
        Problem::not_found(
            ProblemCode::NOT_FOUND,
            "id",
            format!(
                "no {kind} has this id: ids are UTF-8 text, and this one does not decode as UTF-8"
            ),
        )
        .into()
    })
}

/// 404 for an id no record has; when it is not even a UUID (control characters, a name),
/// the message says what ids look like.
fn no_record(kind: &str, id: &str) -> Response {
    let message = if is_uuid(id) {
        format!("no {kind} has this id")
    } else {
        format!("no {kind} has this id: ids are UUIDs, as the lists give them")
    };
    Problems::from(Problem::not_found(ProblemCode::NOT_FOUND, "id", message)).into_response()
}

fn record_response(record: Value) -> Response {
    json_response(StatusCode::OK, PUBLIC_FIVE_MINUTES, &record)
}

/// `GET /api/v1/dataset`: the dataset's title, sources with their licences and credit lines,
/// and coverage. Not an HSDS object: it resolves the source ids that records name in their
/// `linkages:source` and `linkages:coordinate_origin` attributes.
pub async fn dataset_meta(State(state): State<SharedState>) -> Response {
    json_response(
        StatusCode::OK,
        PUBLIC_FIVE_MINUTES,
        &state.site.finder.get().dataset().meta,
    )
}

pub async fn services(State(state): State<SharedState>, raw: RawParams) -> Response {
    match services_page(state.site.finder.get().dataset(), raw) {
        Ok(page) => json_response(StatusCode::OK, PUBLIC_FIVE_MINUTES, &page),
        Err(problems) => problems.into_response(),
    }
}

fn services_page(d: &Dataset, raw: RawParams) -> Result<Page, Problems> {
    let params = Params::parse(raw, &["page", "per_page", "organization_id"])?;
    let mut problems = Problems::default();
    let paging = Paging::read(&params).map_err(|p| problems.errors.extend(p.errors));
    let org = read_organization_id(&params, &mut problems);
    problems.into_result()?;
    let Ok(paging) = paging else {
        // Not reached: a paging problem is in `problems`.
        return Err(Problem::malformed_query().into());
    };
    let chosen: Vec<&Service> = d
        .services
        .iter()
        .filter(|s| org.is_none() || same_id(s.organization_id.as_deref(), org))
        .collect();
    Ok(Page::of(&chosen, paging, |s| service_list_record(d, s)))
}

pub async fn service(
    State(state): State<SharedState>,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    let id = match record_id(id, "service") {
        Ok(id) => id,
        Err(problems) => return problems.into_response(),
    };
    let finder = state.site.finder.get();
    let d = finder.dataset();
    match d.services.iter().find(|s| s.id.eq_ignore_ascii_case(&id)) {
        Some(s) => record_response(service_record(d, s)),
        None => no_record("service", &id),
    }
}

pub async fn organizations(State(state): State<SharedState>, raw: RawParams) -> Response {
    let finder = state.site.finder.get();
    let d = finder.dataset();
    let page = Params::parse(raw, &["page", "per_page"])
        .and_then(|params| Paging::read(&params))
        .map(|paging| Page::of(&d.organizations, paging, organization_list_record));
    match page {
        Ok(page) => json_response(StatusCode::OK, PUBLIC_FIVE_MINUTES, &page),
        Err(problems) => problems.into_response(),
    }
}

pub async fn organization(
    State(state): State<SharedState>,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    let id = match record_id(id, "organization") {
        Ok(id) => id,
        Err(problems) => return problems.into_response(),
    };
    let finder = state.site.finder.get();
    let d = finder.dataset();
    match d
        .organizations
        .iter()
        .find(|o| o.id.eq_ignore_ascii_case(&id))
    {
        Some(o) => record_response(organization_record(d, o)),
        None => no_record("organization", &id),
    }
}

pub async fn service_at_locations(State(state): State<SharedState>, raw: RawParams) -> Response {
    match service_at_locations_page(&state.site.finder.get(), raw) {
        // A postcode says where someone is: such answers are not kept.
        Ok((page, true)) => json_response(StatusCode::OK, NO_STORE, &page),
        Ok((page, false)) => json_response(StatusCode::OK, PUBLIC_FIVE_MINUTES, &page),
        Err(problems) => problems.into_response(),
    }
}

/// `organization_id`: a UUID (any case), or a 400 that says so.
fn read_organization_id<'a>(params: &'a Params, problems: &mut Problems) -> Option<&'a str> {
    read_uuid(
        params,
        "organization_id",
        ProblemCode::BAD_ORGANIZATION_ID,
        "/api/v1/organizations",
        problems,
    )
}

/// Ids are UUIDs, which are the same in any case.
fn same_id(id: Option<&str>, wanted: Option<&str>) -> bool {
    matches!((id, wanted), (Some(a), Some(b)) if a.eq_ignore_ascii_case(b))
}

/// The page, and whether the query carried a postcode.
fn service_at_locations_page(
    finder: &OfficeFinder,
    raw: RawParams,
) -> Result<(Page, bool), Problems> {
    let d = finder.dataset();
    let params = Params::parse(
        raw,
        &[
            "page",
            "per_page",
            "organization_id",
            "postcode",
            "proximity",
        ],
    )?;
    let mut problems = Problems::default();
    let paging = Paging::read(&params).map_err(|p| problems.errors.extend(p.errors));
    let proximity = match params.get("proximity") {
        None => None,
        Some(text) => match machine_metres(text) {
            Some(m) => Some(m),
            None => {
                problems.push(Problem::bad(
                    ProblemCode::BAD_PROXIMITY,
                    "proximity",
                    format!(
                        "proximity must be metres written as a plain number from 0 to {MAX_PROXIMITY_M}"
                    ),
                ));
                None
            }
        },
    };
    let centre = params
        .get("postcode")
        .and_then(|text| match read_zip(finder, text, "postcode") {
            Ok(z) => Some((z.lat, z.lon)),
            Err(problem) => {
                problems.push(problem);
                None
            }
        });
    let org = read_organization_id(&params, &mut problems);
    problems.into_result()?;
    let Ok(paging) = paging else {
        // Not reached: a paging problem is in `problems`.
        return Err(Problem::malformed_query().into());
    };
    let mut chosen: Vec<(&ServiceAtLocation, Option<f64>)> = d
        .service_at_locations
        .iter()
        .filter(|sal| {
            org.is_none()
                || same_id(
                    sal_service(d, sal).and_then(|s| s.organization_id.as_deref()),
                    org,
                )
        })
        .map(|sal| {
            let distance = centre.and_then(|(lat, lon)| {
                sal_location(d, sal)
                    .and_then(Location::coordinate)
                    .map(|(la, lo)| haversine_m(lat, lon, la, lo))
            });
            (sal, distance)
        })
        .collect();
    if centre.is_some() {
        if let Some(radius) = proximity {
            chosen.retain(|(_, distance)| distance.is_some_and(|m| m <= radius));
        }
        // Nearest first; the stable sort keeps dataset order for ties and puts places
        // without a coordinate last.
        chosen.sort_by(|a, b| match (a.1, b.1) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
    }
    let page = Page::of(&chosen, paging, |(sal, _)| {
        service_at_location_list_record(d, sal)
    });
    Ok((page, centre.is_some()))
}

pub async fn service_at_location(
    State(state): State<SharedState>,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    let id = match record_id(id, "service_at_location") {
        Ok(id) => id,
        Err(problems) => return problems.into_response(),
    };
    let finder = state.site.finder.get();
    let d = finder.dataset();
    match d
        .service_at_locations
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(&id))
    {
        Some(sal) => record_response(service_at_location_record(d, sal)),
        None => no_record("service_at_location", &id),
    }
}

/// Metres as a plain non-negative decimal (`2500`, `2500.5`, at most 6 decimals) from 0 to
/// [`MAX_PROXIMITY_M`], judged on the text. Exactly the document's `proximity` pattern (tests
/// compare the two).
pub fn machine_metres(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let fraction_ok = !text.contains('.') || (1..=6).contains(&fraction.len());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || !fraction_ok {
        return None;
    }
    // Leading zeros are the same number; then at most 6 digits, up to the maximum.
    let significant = whole.trim_start_matches('0');
    let max = MAX_PROXIMITY_M as u64;
    let whole_value: u64 = if significant.is_empty() {
        0
    } else if significant.len() > 6 {
        return None;
    } else {
        significant.parse().ok()?
    };
    let in_range = whole_value < max || (whole_value == max && fraction.bytes().all(|b| b == b'0'));
    in_range.then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metres_are_plain_numbers() {
        assert_eq!(machine_metres("2500"), Some(2500.0));
        assert_eq!(machine_metres("0"), Some(0.0));
        assert_eq!(machine_metres("10.5"), Some(10.5));
        assert_eq!(machine_metres("0002500"), Some(2500.0));
        assert_eq!(machine_metres("500000.000"), Some(500_000.0));
        for bad in [
            "",
            "-1",
            "1e3",
            "1.",
            ".5",
            "NaN",
            "inf",
            "500001",
            "1 000",
            "+5",
            "0795065",
            "500000.1",
            "1.1234567",
        ] {
            assert_eq!(machine_metres(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn page_arithmetic() {
        let items: Vec<u32> = (0..25).collect();
        let paging = |page, per_page| Paging { page, per_page };
        let p = Page::of(&items, paging(3, 10), |i| Value::from(*i));
        assert_eq!(
            (
                p.total_items,
                p.total_pages,
                p.size,
                p.first_page,
                p.last_page,
                p.empty
            ),
            (25, 3, 5, false, true, false)
        );
        assert_eq!(p.contents.first(), Some(&Value::from(20)));
        let past = Page::of(&items, paging(4, 10), |i| Value::from(*i));
        assert!(past.empty && past.last_page && past.size == 0);
        let huge = Page::of(&items, paging(usize::MAX, 100), |i| Value::from(*i));
        assert!(huge.empty);
        let none: Vec<u32> = Vec::new();
        let empty = Page::of(&none, paging(1, 10), |i| Value::from(*i));
        assert_eq!(
            (
                empty.total_pages,
                empty.first_page,
                empty.last_page,
                empty.empty
            ),
            (0, true, true, true)
        );
    }

    #[test]
    fn origin_comes_from_a_plausible_host_only() {
        let uri: Uri = "/api/v1/".parse().unwrap_or_default();
        let mut headers = HeaderMap::new();
        assert_eq!(origin(&uri, &headers), "");
        headers.insert(
            header::HOST,
            HeaderValue::from_static("linkages.example.org"),
        );
        assert_eq!(origin(&uri, &headers), "https://linkages.example.org");
        headers.insert(header::HOST, HeaderValue::from_static("localhost:3000"));
        assert_eq!(origin(&uri, &headers), "http://localhost:3000");
        headers.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert_eq!(origin(&uri, &headers), "https://localhost:3000");
        headers.insert(
            header::HOST,
            HeaderValue::from_static("evil.example/<script>"),
        );
        assert_eq!(origin(&uri, &headers), "");
    }
}
