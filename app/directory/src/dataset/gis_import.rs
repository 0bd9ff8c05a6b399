//! Importer for the County's ArcGIS FeatureServer layers as GeoJSON
//! (`.../FeatureServer/N/query?where=1%3D1&outFields=*&outSR=4326&f=geojson`).
//!
//! The layers' attribute names are not fixed, so a TOML mapping says which property is the
//! name, street, city, ZIP, phone and hours, which agency the layer belongs to, and what the
//! source is (see [`GisMapping`] and `app/directory/tests/fixtures/gis/*.toml`). Each feature becomes an
//! HSDS location with its address, phones and schedules, and gets a report: features without a
//! name are skipped; a missing or odd geometry, address part, phone or hours text is reported
//! and left out. Nothing is guessed: no coordinate without a point geometry in WGS84 inside
//! the county, no address unless street, city, state and ZIP are all given, no phone that does
//! not parse.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::hours::{byday_string, format_hhmm, parse_hours_text, HoursText};
use super::hsds::{
    attribute_value, link_type, Address, Attribute, CoordinateSource, Coverage, CoverageStatus,
    Dataset, Location, LocationType, Organization, Phone, Schedule, Service, ServiceArea,
    ServiceAtLocation, ServiceStatus, SourceInfo,
};
use super::ids::{record_id, slug};
use super::reference::{office_service_id, organization_id, split_phone_cell};
use crate::agency::Agency;
use crate::bounds::{in_la_county_box, is_valid_coordinate};

/// Which GeoJSON property of a point layer (offices) holds what. Only `name` is required.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldMapping {
    /// Stable feature id (default: the feature's top-level `id`, which ArcGIS sets to OBJECTID).
    pub id: Option<String>,
    /// Office name.
    pub name: String,
    /// Street line.
    pub street: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State.
    pub state: Option<String>,
    /// ZIP code.
    pub zip: Option<String>,
    /// Phone number(s).
    pub phone: Option<String>,
    /// Opening hours in words.
    pub hours: Option<String>,
    /// Free-text description.
    pub description: Option<String>,
}

/// Which GeoJSON property of a polygon layer (service areas: DCFS Regional Service Areas, a
/// DPSS program's intake boundaries) holds what.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaMapping {
    /// Stable feature id (default: the feature's top-level `id`, which ArcGIS sets to OBJECTID).
    pub id: Option<String>,
    /// The area's name.
    pub name: String,
    /// The office that serves the area, by its name in the base dataset (matched ignoring
    /// case, spaces and punctuation).
    pub office: String,
    /// The program layer's name (`CalFresh intake`), kept with each area; areas of one layer
    /// should not overlap. `fetch-gis` uses the layer's own name when this is left out.
    pub layer: Option<String>,
}

/// The source the layer is, for `meta.sources`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GisSource {
    /// Stable id (`lacounty-egis-dpss-offices`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Layer URL.
    pub url: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Licence as stated by the publisher.
    pub licence: String,
    /// Date the layer was queried (YYYY-MM-DD): every record's source date. A shipped mapping
    /// leaves it out: `fetch-gis` puts in the day it queries the layer, and `import-gis` takes
    /// it from `--date` (the day the file was saved) when the mapping has none.
    #[serde(default)]
    pub date: Option<String>,
}

/// Coverage to declare after the import.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GisCoverage {
    /// Complete or partial.
    pub status: CoverageStatus,
    /// Why.
    pub note: String,
}

/// The whole TOML mapping.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GisMapping {
    /// The agency (`agency = "DPSS"` in the file).
    pub agency: Agency,
    /// Organization name, used if the dataset has no organization for the agency yet.
    pub organization_name: Option<String>,
    /// Office type for every feature (`DPSS district office`).
    pub office_type: Option<String>,
    /// State to use when the layer has no state property (the operator's statement).
    pub default_state: Option<String>,
    /// Remove the agency's existing offices when merging (a full refresh).
    #[serde(default)]
    pub replace_existing: bool,
    /// The source.
    pub source: GisSource,
    /// Coverage after the import.
    pub coverage: Option<GisCoverage>,
    /// Property names, for a point layer of offices.
    #[serde(default)]
    pub fields: Option<FieldMapping>,
    /// Property names, for a polygon layer of service areas.
    #[serde(default)]
    pub areas: Option<AreaMapping>,
}

/// Error importing.
#[derive(Debug, thiserror::Error)]
pub enum GisError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The mapping is not valid TOML in our shape.
    #[error("field mapping: {0}")]
    Mapping(String),
    /// Not GeoJSON.
    #[error("not GeoJSON: {0}")]
    NotGeoJson(String),
    /// ArcGIS answered with an error object.
    #[error("the ArcGIS server returned an error: {0}")]
    ArcGis(String),
    /// The base dataset did not load.
    #[error(transparent)]
    Dataset(#[from] super::load::DatasetError),
    /// The merged dataset does not validate.
    #[error("the merged dataset does not validate: {0}")]
    Invalid(String),
}

/// Something noticed about one feature.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FeatureIssue {
    /// No name: the feature is skipped.
    #[error("no name (property {0:?} missing or empty): skipped")]
    MissingName(String),
    /// The feature's id repeats an earlier one: skipped.
    #[error("id {0:?} repeats an earlier feature: skipped")]
    DuplicateId(String),
    /// `geometry` is null: no coordinate.
    #[error("no geometry: the office has no coordinate")]
    NoGeometry,
    /// An area's geometry is missing, not a polygon, or not usable: the area is skipped.
    #[error("{0}: skipped")]
    UnusableArea(String),
    /// The office an area names is not one office of the agency in the base dataset.
    #[error("office {0:?} is not one office of the agency in the base dataset: skipped")]
    UnknownOffice(String),
    /// Not a Point.
    #[error("geometry type {0:?} is not a Point: no coordinate")]
    UnsupportedGeometry(String),
    /// Not longitude/latitude in degrees (was `outSR=4326` used?).
    #[error(
        "coordinates {0} are not WGS84 longitude/latitude (query with outSR=4326): no coordinate"
    )]
    NotWgs84(String),
    /// Outside the county box.
    #[error("point {lat},{lon} is outside the Los Angeles County box: no coordinate")]
    OutsideCounty {
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
    /// Some address parts missing: no HSDS address.
    #[error("address incomplete (missing {0}): no address; given parts kept in the description")]
    IncompleteAddress(String),
    /// A ZIP that is not 5 digits (or ZIP+4): kept as given.
    #[error("ZIP {0:?} is not a 5-digit ZIP code: kept as given")]
    OddZip(String),
    /// A phone text with no number we can read.
    #[error("phone {0:?} has no number that parses: left out")]
    UnparseablePhone(String),
    /// Hours not in a form we read: kept as words.
    #[error("hours {0:?} are not machine-readable: kept as words, open-now unknown")]
    HoursInWordsOnly(String),
    /// Hours giving different times for the same day.
    #[error(
        "hours {0:?} give different times for the same day: kept as words, marked conflicting"
    )]
    HoursConflicting(String),
    /// A property of an unexpected JSON type (object, array, boolean).
    #[error("property {field:?} has an unexpected value {value}: ignored")]
    OddValue {
        /// Property.
        field: String,
        /// The JSON value.
        value: String,
    },
}

/// What happened to one feature.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureReport {
    /// 0-based position in `features`.
    pub index: usize,
    /// Feature id, if any.
    pub feature_id: Option<String>,
    /// Name, if any.
    pub name: Option<String>,
    /// True when a location was made.
    pub imported: bool,
    /// Everything noticed.
    pub issues: Vec<FeatureIssue>,
}

impl FeatureReport {
    /// The report of the feature at `index` before anything is decided: not imported, no issues.
    fn new(index: usize, feature_id: &Option<String>, name: &Option<String>) -> FeatureReport {
        FeatureReport {
            index,
            feature_id: feature_id.clone(),
            name: name.clone(),
            imported: false,
            issues: Vec::new(),
        }
    }
}

/// Result of reading one layer.
#[derive(Debug, Clone, PartialEq)]
pub struct GisImport {
    /// The mapping used.
    pub mapping: GisMapping,
    /// New locations.
    pub locations: Vec<Location>,
    /// Links to the agency's office service.
    pub service_at_locations: Vec<ServiceAtLocation>,
    /// New service areas (from a polygon layer), each linked to its office.
    pub service_areas: Vec<ServiceArea>,
    /// One report per feature.
    pub report: Vec<FeatureReport>,
    /// Layer-level warnings (e.g. ArcGIS's `exceededTransferLimit`).
    pub warnings: Vec<String>,
}

impl FieldMapping {
    /// Every property the mapping names, with the mapping key that names it
    /// (`("name", "OFFICE_NAME")`), in the order of the TOML table.
    pub fn named_fields(&self) -> Vec<(&'static str, &str)> {
        [
            ("id", self.id.as_deref()),
            ("name", Some(self.name.as_str())),
            ("street", self.street.as_deref()),
            ("city", self.city.as_deref()),
            ("state", self.state.as_deref()),
            ("zip", self.zip.as_deref()),
            ("phone", self.phone.as_deref()),
            ("hours", self.hours.as_deref()),
            ("description", self.description.as_deref()),
        ]
        .into_iter()
        .filter_map(|(key, field)| field.map(|f| (key, f)))
        .collect()
    }
}

impl AreaMapping {
    /// Every property the mapping names, with the mapping key that names it.
    pub fn named_fields(&self) -> Vec<(&'static str, &str)> {
        [
            ("id", self.id.as_deref()),
            ("name", Some(self.name.as_str())),
            ("office", Some(self.office.as_str())),
        ]
        .into_iter()
        .filter_map(|(key, field)| field.map(|f| (key, f)))
        .collect()
    }
}

/// What a layer holds, as its mapping says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerKind {
    /// Offices: `[fields]`.
    Points,
    /// Service areas: `[areas]`.
    Polygons,
}

impl GisMapping {
    /// Points (`[fields]`) or polygons (`[areas]`); [`parse_mapping`] makes sure it is one.
    pub fn kind(&self) -> LayerKind {
        if self.areas.is_some() {
            LayerKind::Polygons
        } else {
            LayerKind::Points
        }
    }

    /// Every property the mapping names, with the key that names it, in table order.
    pub fn named_fields(&self) -> Vec<(&'static str, &str)> {
        match (&self.fields, &self.areas) {
            (Some(f), _) => f.named_fields(),
            (None, Some(a)) => a.named_fields(),
            (None, None) => Vec::new(),
        }
    }

    /// The property holding the feature id, when mapped (else the GeoJSON feature id).
    pub fn id_field(&self) -> Option<&str> {
        match (&self.fields, &self.areas) {
            (Some(f), _) => f.id.as_deref(),
            (None, Some(a)) => a.id.as_deref(),
            (None, None) => None,
        }
    }

    /// Sets the day the layer was queried (`YYYY-MM-DD`, checked).
    pub fn set_query_date(&mut self, date: &str) -> Result<(), GisError> {
        check_query_date(date)?;
        self.source.date = Some(date.trim().to_string());
        Ok(())
    }
}

fn check_query_date(date: &str) -> Result<(), GisError> {
    if chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").is_err() {
        return Err(GisError::Mapping(format!(
            "source.date {date:?} must be the query date as YYYY-MM-DD"
        )));
    }
    Ok(())
}

/// Parses a TOML field mapping.
pub fn parse_mapping(text: &str) -> Result<GisMapping, GisError> {
    let m: GisMapping = toml::from_str(text).map_err(|e| GisError::Mapping(e.to_string()))?;
    let name = match (&m.fields, &m.areas) {
        (Some(f), None) => &f.name,
        (None, Some(a)) if a.office.trim().is_empty() => {
            return Err(GisError::Mapping("areas.office must not be empty".into()))
        }
        (None, Some(a)) => &a.name,
        _ => {
            return Err(GisError::Mapping(
                "give either [fields] (a point layer of offices) or [areas] (a polygon layer of service areas), not both".into(),
            ))
        }
    };
    if name.trim().is_empty() || m.source.id.trim().is_empty() {
        return Err(GisError::Mapping(
            "the name field and source.id must not be empty".into(),
        ));
    }
    if let Some(date) = &m.source.date {
        check_query_date(date)?;
    }
    Ok(m)
}

enum Prop {
    Missing,
    Text(String),
    Odd(String),
}

fn prop(props: Option<&serde_json::Map<String, Value>>, field: Option<&str>) -> Prop {
    let (Some(props), Some(field)) = (props, field) else {
        return Prop::Missing;
    };
    match props.get(field) {
        None | Some(Value::Null) => Prop::Missing,
        Some(Value::String(s)) => {
            let t = s.trim();
            if t.is_empty() {
                Prop::Missing
            } else {
                Prop::Text(t.split_whitespace().collect::<Vec<_>>().join(" "))
            }
        }
        Some(Value::Number(n)) => Prop::Text(match n.as_i64() {
            Some(i) => i.to_string(),
            None => n.to_string(),
        }),
        Some(other) => Prop::Odd(other.to_string()),
    }
}

fn text_of(
    props: Option<&serde_json::Map<String, Value>>,
    field: Option<&str>,
    issues: &mut Vec<FeatureIssue>,
) -> Option<String> {
    match prop(props, field) {
        Prop::Missing => None,
        Prop::Text(t) => Some(t),
        Prop::Odd(v) => {
            issues.push(FeatureIssue::OddValue {
                field: field.unwrap_or("").to_string(),
                value: v,
            });
            None
        }
    }
}

fn is_zip(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() == 5 && b.iter().all(u8::is_ascii_digit))
        || (b.len() == 10
            && b[5] == b'-'
            && b[..5].iter().all(u8::is_ascii_digit)
            && b[6..].iter().all(u8::is_ascii_digit))
}

/// A layer's features as the query answered them, with layer-level warnings.
struct Layer {
    features: Vec<Value>,
    warnings: Vec<String>,
}

/// The mapping's query date, which every record gets as its source date.
fn source_date(mapping: &GisMapping) -> Result<&str, GisError> {
    mapping.source.date.as_deref().ok_or_else(|| {
        GisError::Mapping(
            "the mapping has no source.date: give --date YYYY-MM-DD, the day the layer was queried"
                .into(),
        )
    })
}

/// Reads a FeatureServer query's GeoJSON answer: an ArcGIS `{"error": …}` body is an error.
fn read_layer(geojson: &str) -> Result<Layer, GisError> {
    let mut root: Value =
        serde_json::from_str(geojson).map_err(|e| GisError::NotGeoJson(e.to_string()))?;
    if let Some(err) = root.get("error") {
        let msg = err
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("unknown error");
        return Err(GisError::ArcGis(msg.to_string()));
    }
    if root.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(GisError::NotGeoJson(
            "the top level is not a FeatureCollection".into(),
        ));
    }
    let mut warnings = Vec::new();
    let exceeded = root.get("exceededTransferLimit").and_then(Value::as_bool) == Some(true)
        || root
            .pointer("/properties/exceededTransferLimit")
            .and_then(Value::as_bool)
            == Some(true);
    if exceeded {
        warnings.push("exceededTransferLimit: the layer has more features than this response; query again with resultOffset to get them all".into());
    }
    match root.get_mut("features").map(Value::take) {
        Some(Value::Array(features)) => Ok(Layer { features, warnings }),
        _ => Err(GisError::NotGeoJson("no features array".into())),
    }
}

/// A feature's id: the mapped property, else the GeoJSON feature id (ArcGIS's OBJECTID).
fn feature_id_of(
    feature: &Value,
    field: Option<&str>,
    issues: &mut Vec<FeatureIssue>,
) -> Option<String> {
    let props = feature.get("properties").and_then(Value::as_object);
    match field {
        Some(field) => text_of(props, Some(field), issues),
        None => match feature.get("id") {
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ => None,
        },
    }
}

/// Reads the GeoJSON text of a point layer of offices with its mapping (`[fields]`).
pub fn import_geojson(geojson: &str, mapping: &GisMapping) -> Result<GisImport, GisError> {
    let source_date = source_date(mapping)?;
    let Layer { features, warnings } = read_layer(geojson)?;
    let Some(f) = &mapping.fields else {
        return Err(GisError::Mapping(
            "this mapping is for a polygon layer: its areas are read with the base dataset (import_areas)".into(),
        ));
    };
    let agency_key = slug(mapping.agency.code());
    let org = organization_id(mapping.agency.code());
    let service = office_service_id(mapping.agency.code());
    let mut seen: HashSet<String> = HashSet::new();
    let mut out = GisImport::new(mapping, warnings);
    for (index, feature) in features.iter().enumerate() {
        let mut issues = Vec::new();
        let props = feature.get("properties").and_then(Value::as_object);
        let feature_id = feature_id_of(feature, f.id.as_deref(), &mut issues);
        let name = text_of(props, Some(f.name.as_str()), &mut issues);
        let mut report = FeatureReport::new(index, &feature_id, &name);
        let Some(name) = name else {
            issues.push(FeatureIssue::MissingName(f.name.clone()));
            report.issues = issues;
            out.report.push(report);
            continue;
        };
        let street = text_of(props, f.street.as_deref(), &mut issues);
        let city = text_of(props, f.city.as_deref(), &mut issues);
        let zip = text_of(props, f.zip.as_deref(), &mut issues);
        let state = text_of(props, f.state.as_deref(), &mut issues)
            .or_else(|| mapping.default_state.clone());
        let key_tail = match &feature_id {
            Some(id) => format!("id-{}", slug(id)),
            None => format!("{}/{}", slug(&name), slug(street.as_deref().unwrap_or(""))),
        };
        if !seen.insert(key_tail.clone()) {
            issues.push(FeatureIssue::DuplicateId(
                feature_id.clone().unwrap_or_else(|| name.clone()),
            ));
            report.issues = issues;
            out.report.push(report);
            continue;
        }
        let key = format!("gis/{agency_key}/{key_tail}");
        let id = record_id(&format!("location/{key}"));

        // Geometry.
        let coordinate = match feature.get("geometry") {
            None | Some(Value::Null) => {
                issues.push(FeatureIssue::NoGeometry);
                None
            }
            Some(g) => match g.get("type").and_then(Value::as_str) {
                Some("Point") => {
                    let c = g.get("coordinates").and_then(Value::as_array);
                    let lon = c.and_then(|c| c.first()).and_then(Value::as_f64);
                    let lat = c.and_then(|c| c.get(1)).and_then(Value::as_f64);
                    match (lat, lon) {
                        (Some(lat), Some(lon)) if is_valid_coordinate(lat, lon) => {
                            if in_la_county_box(lat, lon) {
                                Some((lat, lon))
                            } else {
                                issues.push(FeatureIssue::OutsideCounty { lat, lon });
                                None
                            }
                        }
                        _ => {
                            issues.push(FeatureIssue::NotWgs84(
                                g.get("coordinates")
                                    .map(Value::to_string)
                                    .unwrap_or_default(),
                            ));
                            None
                        }
                    }
                }
                other => {
                    issues.push(FeatureIssue::UnsupportedGeometry(
                        other.unwrap_or("none").to_string(),
                    ));
                    None
                }
            },
        };

        // Address: all four parts or none.
        let mut description_parts: Vec<String> = Vec::new();
        if let Some(d) = text_of(props, f.description.as_deref(), &mut issues) {
            description_parts.push(d);
        }
        if let Some(z) = &zip {
            if !is_zip(z) {
                issues.push(FeatureIssue::OddZip(z.clone()));
            }
        }
        let mut addresses = Vec::new();
        match (&street, &city, &state, &zip) {
            (Some(s), Some(c), Some(st), Some(z)) => addresses.push(Address {
                id: record_id(&format!("address/{key}")),
                location_id: Some(id.clone()),
                address_1: s.clone(),
                address_2: None,
                city: c.clone(),
                state_province: st.clone(),
                postal_code: z.clone(),
                country: "US".into(),
                address_type: LocationType::Physical,
            }),
            (None, None, _, None) => {
                issues.push(FeatureIssue::IncompleteAddress("street, city, ZIP".into()))
            }
            _ => {
                let missing: Vec<&str> = [
                    ("street", &street),
                    ("city", &city),
                    ("state", &state),
                    ("ZIP", &zip),
                ]
                .iter()
                .filter(|(_, v)| v.is_none())
                .map(|(n, _)| *n)
                .collect();
                issues.push(FeatureIssue::IncompleteAddress(missing.join(", ")));
                let given: Vec<String> = [&street, &city, &state, &zip]
                    .iter()
                    .filter_map(|v| (*v).clone())
                    .collect();
                description_parts.push(format!(
                    "Address as given by the layer (incomplete): {}",
                    given.join(", ")
                ));
            }
        }

        // Phones.
        let mut phones = Vec::new();
        if let Some(text) = text_of(props, f.phone.as_deref(), &mut issues) {
            let found = split_phone_cell(&text);
            if found.is_empty() {
                issues.push(FeatureIssue::UnparseablePhone(text.clone()));
            }
            for (k, p) in found.iter().enumerate() {
                let pid = record_id(&format!("phone/{key}/{k}"));
                let extension = match &p.number {
                    super::phone::PhoneNumber::Nanp {
                        extension: Some(e), ..
                    } => e.parse().ok(),
                    _ => None,
                };
                let number = match &p.number {
                    super::phone::PhoneNumber::Nanp { digits, .. } => {
                        super::phone::PhoneNumber::Nanp {
                            digits: digits.clone(),
                            extension: None,
                        }
                        .display()
                    }
                    other => other.display(),
                };
                let description = match (&p.label, &p.note) {
                    (Some(l), Some(n)) => Some(format!("{l} ({n})")),
                    (Some(l), None) => Some(l.clone()),
                    (None, Some(n)) => Some(n.clone()),
                    (None, None) => None,
                };
                phones.push(Phone {
                    id: pid,
                    location_id: Some(id.clone()),
                    number,
                    extension,
                    phone_type: Some(p.kind.as_str().to_string()),
                    description,
                    ..Phone::default()
                });
            }
        }

        // Hours.
        let mut schedules = Vec::new();
        if let Some(text) = text_of(props, f.hours.as_deref(), &mut issues) {
            match parse_hours_text(&text) {
                HoursText::Parsed(ranges) => {
                    for (k, (days, opens, closes)) in ranges.into_iter().enumerate() {
                        schedules.push(Schedule {
                            id: record_id(&format!("schedule/{key}/{k}")),
                            location_id: Some(id.clone()),
                            freq: Some("WEEKLY".into()),
                            byday: Some(byday_string(&days)),
                            opens_at: Some(format_hhmm(opens)),
                            closes_at: Some(format_hhmm(closes)),
                            description: Some(text.clone()),
                            ..Schedule::default()
                        });
                    }
                }
                HoursText::Conflicting => {
                    issues.push(FeatureIssue::HoursConflicting(text.clone()));
                    let sid = record_id(&format!("schedule/{key}/0"));
                    schedules.push(Schedule {
                        id: sid.clone(),
                        location_id: Some(id.clone()),
                        description: Some(text.clone()),
                        notes: Some("Different hours are given for the same day, so no opening times are given.".into()),
                        attributes: vec![Attribute::fact("schedule", &sid, link_type::SCHEDULE_STATUS, "conflicting", None)],
                        ..Schedule::default()
                    });
                }
                HoursText::Unparsed => {
                    issues.push(FeatureIssue::HoursInWordsOnly(text.clone()));
                    schedules.push(Schedule {
                        id: record_id(&format!("schedule/{key}/0")),
                        location_id: Some(id.clone()),
                        description: Some(text.clone()),
                        notes: Some("Hours in words only, as the layer gives them.".into()),
                        ..Schedule::default()
                    });
                }
            }
        }

        let mut attributes = vec![
            Attribute::fact("location", &id, link_type::SOURCE, &mapping.source.id, None),
            Attribute::fact(
                "location",
                &id,
                link_type::SOURCE_DATE,
                source_date,
                Some("layer queried on"),
            ),
            Attribute::fact(
                "location",
                &id,
                link_type::VERIFICATION,
                "official",
                Some("From the County's GIS layer"),
            ),
        ];
        if coordinate.is_some() {
            attributes.push(Attribute::fact(
                "location",
                &id,
                link_type::COORDINATE_SOURCE,
                CoordinateSource::GisLayer.as_str(),
                Some(&mapping.source.title),
            ));
            attributes.push(Attribute::fact(
                "location",
                &id,
                "linkages:coordinate_origin",
                &mapping.source.id,
                None,
            ));
        }
        if let Some(t) = &mapping.office_type {
            attributes.push(Attribute::fact(
                "location",
                &id,
                link_type::OFFICE_TYPE,
                t,
                None,
            ));
        }
        let location = Location {
            id: id.clone(),
            location_type: LocationType::Physical,
            organization_id: Some(org.clone()),
            name: Some(name.clone()),
            description: (!description_parts.is_empty()).then(|| description_parts.join(". ")),
            latitude: coordinate.map(|c| c.0),
            longitude: coordinate.map(|c| c.1),
            external_identifier: feature_id.clone(),
            external_identifier_type: feature_id
                .as_ref()
                .map(|_| format!("{} feature id", mapping.source.id)),
            addresses,
            phones,
            schedules,
            attributes,
            ..Location::default()
        };
        out.service_at_locations.push(ServiceAtLocation {
            id: record_id(&format!("service_at_location/{key}")),
            service_id: Some(service.clone()),
            location_id: Some(id),
            ..ServiceAtLocation::default()
        });
        out.locations.push(location);
        report.imported = true;
        report.issues = issues;
        out.report.push(report);
    }
    Ok(out)
}

/// An office name as matched: lower case, every run of other than letters and digits one
/// space (`"Metro North"`, `"METRO-NORTH "` and `"metro north"` are one name).
fn match_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads the GeoJSON text of a polygon layer of service areas with its mapping (`[areas]`),
/// linking each area to the office of the mapping's agency that `areas.office` names in
/// `base`. Per feature, as for offices: a feature with no name, no office the base has, or a
/// shape that is not a valid polygon inside the county (the checks of
/// `search::service_areas::check`) is skipped and reported. Overlaps between the layer's
/// areas are warnings.
pub fn import_areas(
    geojson: &str,
    mapping: &GisMapping,
    base: &Dataset,
) -> Result<GisImport, GisError> {
    use crate::search::service_areas::{check, parse_extent, AreaShape, ServiceAreaIndex};

    let source_date = source_date(mapping)?;
    let Layer { features, warnings } = read_layer(geojson)?;
    let Some(a) = &mapping.areas else {
        return Err(GisError::Mapping(
            "this mapping is for a point layer of offices (import_geojson)".into(),
        ));
    };
    let Some(layer) = a.layer.as_deref().filter(|l| !l.trim().is_empty()) else {
        return Err(GisError::Mapping(
            "areas.layer is not set: name the program layer (fetch-gis takes the layer's own name)"
                .into(),
        ));
    };
    let agency = mapping.agency.code();
    let service = office_service_id(agency);
    // The agency's offices by name, each with its link to the office service.
    let mut offices: std::collections::HashMap<String, Vec<(&str, &str)>> = Default::default();
    for sal in base
        .service_at_locations
        .iter()
        .filter(|s| s.service_id.as_deref() == Some(service.as_str()))
    {
        let location = sal
            .location_id
            .as_deref()
            .and_then(|id| base.locations.iter().find(|l| l.id == id));
        if let Some((location, name)) = location.and_then(|l| Some((l, l.name.as_deref()?))) {
            offices
                .entry(match_key(name))
                .or_default()
                .push((sal.id.as_str(), location.id.as_str()));
        }
    }
    let mut out = GisImport::new(mapping, warnings);
    let mut shapes = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (index, feature) in features.iter().enumerate() {
        let mut issues = Vec::new();
        let props = feature.get("properties").and_then(Value::as_object);
        let feature_id = feature_id_of(feature, a.id.as_deref(), &mut issues);
        let name = text_of(props, Some(a.name.as_str()), &mut issues);
        let office = text_of(props, Some(a.office.as_str()), &mut issues);
        let mut report = FeatureReport::new(index, &feature_id, &name);
        let key_tail = match (&feature_id, &name) {
            (Some(id), _) => format!("id-{}", slug(id)),
            (None, Some(name)) => slug(name),
            (None, None) => format!("at-{index}"),
        };
        let id = record_id(&format!(
            "service_area/gis/{}/{}/{key_tail}",
            slug(agency),
            slug(layer)
        ));
        let linked = office
            .as_deref()
            .and_then(|o| match offices.get(&match_key(o)) {
                Some(found) if found.len() == 1 => Some(found[0]),
                _ => None,
            });
        let shape = match feature.get("geometry") {
            None | Some(Value::Null) => Err("no geometry".to_owned()),
            Some(g) => parse_extent(&g.to_string()).map(|shape| (g.to_string(), shape)),
        };
        let problem = if name.is_none() {
            Some(FeatureIssue::MissingName(a.name.clone()))
        } else if !seen.insert(key_tail.clone()) {
            Some(FeatureIssue::DuplicateId(
                feature_id.clone().or(name.clone()).unwrap_or_default(),
            ))
        } else if linked.is_none() {
            Some(FeatureIssue::UnknownOffice(
                office.clone().unwrap_or_default(),
            ))
        } else {
            shape
                .as_ref()
                .err()
                .map(|e| FeatureIssue::UnusableArea(e.clone()))
        };
        let (Some(name), Some((sal, location)), Ok((extent, shape)), None) =
            (name, linked, shape, &problem)
        else {
            issues.extend(problem);
            report.issues = issues;
            out.report.push(report);
            continue;
        };
        let area = AreaShape {
            id: id.clone(),
            office_id: location.to_owned(),
            layer: layer.to_owned(),
            name: name.clone(),
            shape,
        };
        if let Err(unusable) = check(&area) {
            issues.push(FeatureIssue::UnusableArea(unusable.to_string()));
            report.issues = issues;
            out.report.push(report);
            continue;
        }
        shapes.push(area);
        out.service_areas.push(ServiceArea {
            id: id.clone(),
            service_id: Some(service.clone()),
            service_at_location_id: Some(sal.to_owned()),
            name: Some(name),
            extent: Some(extent),
            extent_type: Some("geojson".into()),
            attributes: vec![
                Attribute::fact(
                    "service_area",
                    &id,
                    link_type::SOURCE,
                    &mapping.source.id,
                    None,
                ),
                Attribute::fact(
                    "service_area",
                    &id,
                    link_type::SOURCE_DATE,
                    source_date,
                    Some("layer queried on"),
                ),
                Attribute::fact("service_area", &id, link_type::AREA_LAYER, layer, None),
            ],
            ..ServiceArea::default()
        });
        report.imported = true;
        report.issues = issues;
        out.report.push(report);
    }
    for o in ServiceAreaIndex::of_checked(shapes).overlaps() {
        out.warnings.push(format!(
            "areas {} and {} of layer {:?} overlap by {:.2} km²",
            o.first, o.second, o.layer, o.km2
        ));
    }
    Ok(out)
}

/// Lists (or updates) the layer in `meta.sources`.
fn list_source(dataset: &mut Dataset, m: &GisMapping) {
    dataset.meta.sources.retain(|s| s.id != m.source.id);
    dataset.meta.sources.push(SourceInfo {
        id: m.source.id.clone(),
        title: m.source.title.clone(),
        publisher: m.source.publisher.clone(),
        url: m.source.url.clone(),
        licence: m.source.licence.clone(),
        attribution: m.source.publisher.clone(),
        attribution_required: false,
        date: m.source.date.clone(),
        confidence: Some("official GIS layer".into()),
    });
}

/// Adds a polygon layer's areas to the agency's office service, replacing the areas an
/// earlier import of the same source and layer gave it.
fn merge_areas(dataset: &mut Dataset, import: &GisImport) -> Result<(), GisError> {
    let m = &import.mapping;
    let service_id = office_service_id(m.agency.code());
    let Some(service) = dataset.services.iter_mut().find(|s| s.id == service_id) else {
        return Err(GisError::Mapping(format!(
            "the base dataset has no {} office service: import the agency's offices first",
            m.agency
        )));
    };
    // A program layer's refresh replaces its own areas only: one source (DPSS_Service_Areas)
    // has many layers.
    let layer = m.areas.as_ref().and_then(|a| a.layer.as_deref());
    service.service_areas.retain(|a| {
        attribute_value(&a.attributes, link_type::SOURCE) != Some(m.source.id.as_str())
            || attribute_value(&a.attributes, link_type::AREA_LAYER) != layer
    });
    service
        .service_areas
        .extend(import.service_areas.iter().cloned());
    list_source(dataset, m);
    Ok(())
}

/// Adds an import to a dataset: creates the agency's organization and office service if
/// missing, replaces the agency's offices if the mapping says so, lists the source and
/// updates the coverage. The result is validated.
pub fn merge_into(dataset: &mut Dataset, import: &GisImport) -> Result<(), GisError> {
    let m = &import.mapping;
    if m.kind() == LayerKind::Polygons {
        merge_areas(dataset, import)?;
        return validated(dataset);
    }
    let org = organization_id(m.agency.code());
    if dataset.organization(&org).is_none() {
        let name = m.organization_name.clone().ok_or_else(|| {
            GisError::Mapping(format!(
                "the dataset has no organization for {}: give organization_name",
                m.agency
            ))
        })?;
        dataset.organizations.push(Organization {
            id: org.clone(),
            name: name.clone(),
            description: name,
            attributes: vec![Attribute::fact(
                "organization",
                &org,
                link_type::AGENCY,
                m.agency.code(),
                None,
            )],
            ..Organization::default()
        });
    }
    let service = office_service_id(m.agency.code());
    if !dataset.services.iter().any(|s| s.id == service) {
        dataset.services.push(Service {
            id: service.clone(),
            organization_id: Some(org.clone()),
            name: format!("{} office", m.agency),
            status: ServiceStatus::Active,
            attributes: vec![Attribute::fact(
                "service",
                &service,
                link_type::SERVICE_KIND,
                "office",
                None,
            )],
            ..Service::default()
        });
    }
    let new_ids: HashSet<&str> = import.locations.iter().map(|l| l.id.as_str()).collect();
    let removed: HashSet<String> = dataset
        .locations
        .iter()
        .filter(|l| {
            new_ids.contains(l.id.as_str())
                || (m.replace_existing && l.organization_id.as_deref() == Some(org.as_str()))
        })
        .map(|l| l.id.clone())
        .collect();
    dataset.locations.retain(|l| !removed.contains(&l.id));
    dataset
        .service_at_locations
        .retain(|s| !s.location_id.as_ref().is_some_and(|l| removed.contains(l)));
    dataset.locations.extend(import.locations.iter().cloned());
    dataset
        .service_at_locations
        .extend(import.service_at_locations.iter().cloned());
    list_source(dataset, m);
    let listed = dataset
        .locations
        .iter()
        .filter(|l| l.organization_id.as_deref() == Some(org.as_str()))
        .count();
    if let Some(c) = &m.coverage {
        dataset.meta.coverage.retain(|x| x.organization_id != org);
        dataset.meta.coverage.push(Coverage {
            organization_id: org.clone(),
            agency: m.agency,
            status: c.status,
            offices_listed: listed,
            note: c.note.clone(),
        });
    } else if let Some(x) = dataset
        .meta
        .coverage
        .iter_mut()
        .find(|x| x.organization_id == org)
    {
        x.offices_listed = listed;
    }
    validated(dataset)
}

/// The merged dataset, if it validates.
fn validated(dataset: &Dataset) -> Result<(), GisError> {
    let issues = super::load::validate(dataset);
    if let Some(first) = issues.first() {
        return Err(GisError::Invalid(format!(
            "{} problem(s); first: {first}",
            issues.len()
        )));
    }
    Ok(())
}

/// Reads a layer's GeoJSON with a mapping, merges it into the base dataset and returns the
/// import with the merged dataset as the JSON to write. Writes nothing: `import-gis` and
/// `fetch-gis` both come through here and then write with [`write_dataset`].
pub fn import_and_merge(
    geojson: &str,
    mapping: &GisMapping,
    base_dataset: &Path,
) -> Result<(GisImport, String), GisError> {
    let mut dataset = super::load::load_dataset(base_dataset)?;
    let import = match mapping.kind() {
        LayerKind::Points => import_geojson(geojson, mapping)?,
        LayerKind::Polygons => import_areas(geojson, mapping, &dataset)?,
    };
    merge_into(&mut dataset, &import)?;
    let json =
        super::reference::to_pretty_json(&dataset).map_err(|e| GisError::Invalid(e.to_string()))?;
    Ok((import, json))
}

/// Writes a merged dataset atomically: the file at `out_path` is the old one or the whole
/// new one, never part of it.
pub fn write_dataset(out_path: &Path, json: &str) -> Result<(), GisError> {
    super::atomic::write_atomically(out_path, json.as_bytes()).map_err(|source| GisError::Io {
        path: out_path.display().to_string(),
        source,
    })
}

/// Reads a mapping file.
pub fn read_mapping(mapping_path: &Path) -> Result<GisMapping, GisError> {
    parse_mapping(&read_text(mapping_path)?)
}

fn read_text(p: &Path) -> Result<String, GisError> {
    std::fs::read_to_string(p).map_err(|source| GisError::Io {
        path: p.display().to_string(),
        source,
    })
}

/// `linkages dataset import-gis --layer FILE --mapping FILE.toml --base DATASET --out FILE
/// [--date YYYY-MM-DD]`: reads a layer, merges it into the base dataset, writes the result
/// atomically, and returns the per-feature report (print it: it lists everything left out).
/// `date` (the day the layer was saved) replaces the mapping's `source.date`.
pub fn import_gis_cli(
    geojson_path: &Path,
    mapping_path: &Path,
    base_dataset: &Path,
    out_path: &Path,
    date: Option<&str>,
) -> Result<GisImport, GisError> {
    let mut mapping = read_mapping(mapping_path)?;
    if let Some(date) = date {
        mapping.set_query_date(date)?;
    }
    let (import, json) = import_and_merge(&read_text(geojson_path)?, &mapping, base_dataset)?;
    write_dataset(out_path, &json)?;
    Ok(import)
}

impl GisImport {
    /// Nothing imported yet under `mapping`, with the layer's `warnings`.
    fn new(mapping: &GisMapping, warnings: Vec<String>) -> GisImport {
        GisImport {
            mapping: mapping.clone(),
            locations: Vec::new(),
            service_at_locations: Vec::new(),
            service_areas: Vec::new(),
            report: Vec::new(),
            warnings,
        }
    }
}

impl std::fmt::Display for GisImport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let imported = self.report.iter().filter(|r| r.imported).count();
        writeln!(
            f,
            "{} features: {imported} imported, {} skipped",
            self.report.len(),
            self.report.len() - imported
        )?;
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        for r in self.report.iter().filter(|r| !r.issues.is_empty()) {
            let who = r
                .name
                .clone()
                .or_else(|| r.feature_id.clone())
                .unwrap_or_else(|| format!("#{}", r.index));
            for i in &r.issues {
                writeln!(f, "  feature {} ({who}): {i}", r.index)?;
            }
        }
        Ok(())
    }
}
