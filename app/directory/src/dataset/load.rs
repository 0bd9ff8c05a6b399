//! Loading and checking the dataset file.
//!
//! [`validate`] checks what the site relies on: every id is a UUID and unique; every
//! reference resolves (and nested records point back at their parent); every coordinate is
//! complete and inside the Los Angeles County box ([`super::bounds`]) or absent; every
//! location and hotline names its source and every location its source date; every phone
//! parses ([`super::phone`]); every schedule parses ([`super::hours`]).

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use super::hours::{hours_from_schedules, ScheduleError};
use super::hsds::{
    attribute_value, link_type, Attribute, CoordinateSource, Dataset, LocationType, Phone, Schedule,
};
use super::ids::is_uuid;
use super::phone::{PhoneError, PhoneNumber};
use crate::agency::Agency;
use crate::bounds::in_la_county_box;

/// The record a problem is in: table, id and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    /// HSDS table (`location`, `phone`, ...).
    pub kind: &'static str,
    /// Its id.
    pub id: String,
    /// Its name, or its parent's name for nested records.
    pub name: String,
}

impl fmt::Display for RecordRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name.is_empty() {
            write!(f, "{} {}", self.kind, self.id)
        } else {
            write!(f, "{} {} ({})", self.kind, self.id, self.name)
        }
    }
}

/// One problem in a dataset.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ValidationIssue {
    /// Two records share an id.
    #[error("{second}: id already used by {first}")]
    DuplicateId {
        /// The first record with the id.
        first: RecordRef,
        /// The record repeating it.
        second: RecordRef,
    },
    /// An id field that is not a UUID.
    #[error("{record}: field {field} is not a UUID: {value:?}")]
    NotAUuid {
        /// Record.
        record: RecordRef,
        /// Field.
        field: &'static str,
        /// The value.
        value: String,
    },
    /// A reference to a record that does not exist (or is missing where required).
    #[error("{record}: field {field} points to {target:?}, which is not a {expected} in the file")]
    DanglingReference {
        /// Record.
        record: RecordRef,
        /// Field.
        field: &'static str,
        /// The id referred to ("" when missing).
        target: String,
        /// The table it should be in.
        expected: &'static str,
    },
    /// A nested record's parent id differs from the record it is nested in.
    #[error("{record}: field {field} is {found:?} but the record is nested in {parent}")]
    WrongParent {
        /// Record.
        record: RecordRef,
        /// Field.
        field: &'static str,
        /// The id found.
        found: String,
        /// The parent id.
        parent: String,
    },
    /// A required text field is empty.
    #[error("{record}: field {field} is empty")]
    Empty {
        /// Record.
        record: RecordRef,
        /// Field.
        field: &'static str,
    },
    /// An office (a physical location) whose organization is not DCFS or DPSS: the
    /// directory lists only those agencies' offices.
    #[error("{record}: an office must belong to an organization marked as DCFS or DPSS")]
    OfficeWithoutAgency {
        /// Record.
        record: RecordRef,
    },
    /// Only one of latitude and longitude.
    #[error("{record}: latitude and longitude must be given together or not at all")]
    HalfCoordinate {
        /// Record.
        record: RecordRef,
    },
    /// A coordinate outside the county box.
    #[error("{record}: coordinate {lat},{lon} is outside the Los Angeles County box")]
    CoordinateOutsideCounty {
        /// Record.
        record: RecordRef,
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
    /// A project fact that must be present is missing or unreadable.
    #[error("{record}: attribute {link_type} is missing or has an unknown value")]
    MissingFact {
        /// Record.
        record: RecordRef,
        /// The attribute kind.
        link_type: &'static str,
    },
    /// A source id not listed in `meta.sources`.
    #[error("{record}: source {source_id:?} is not listed in meta.sources")]
    UnknownSource {
        /// Record.
        record: RecordRef,
        /// The id.
        source_id: String,
    },
    /// A phone number that does not parse.
    #[error("{record}: field number {number:?} does not parse: {error}")]
    BadPhone {
        /// The phone record.
        record: RecordRef,
        /// The number.
        number: String,
        /// Why.
        error: PhoneError,
    },
    /// A service area whose shape cannot be used: unreadable, not a valid polygon, enclosing
    /// nothing, or outside the county (see `search::service_areas`).
    #[error("{record}: {problem}")]
    BadServiceArea {
        /// The service area.
        record: RecordRef,
        /// Why.
        problem: crate::search::service_areas::AreaProblem,
    },
    /// A schedule that does not parse.
    #[error("{record}: {error}")]
    BadSchedule {
        /// The owning record.
        record: RecordRef,
        /// Why.
        error: ScheduleError,
    },
}

/// Error loading a dataset file.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// Not JSON in our shape.
    #[error("{path}: not a Linkages HSDS dataset: {source}")]
    Json {
        /// File.
        path: String,
        /// Cause (with line and column).
        source: serde_json::Error,
    },
    /// JSON in our shape, but with problems.
    #[error("{path}: {} problem(s); first: {}", issues.len(), issues.first().map(ToString::to_string).unwrap_or_default())]
    Invalid {
        /// File.
        path: String,
        /// Every problem found.
        issues: Vec<ValidationIssue>,
    },
}

/// Reads and validates a dataset file.
pub fn load_dataset(path: &Path) -> Result<Dataset, DatasetError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| DatasetError::Io {
        path: name.clone(),
        source,
    })?;
    load_dataset_str(&text, &name)
}

/// Parses and validates dataset text; `name` names it in errors.
pub fn load_dataset_str(text: &str, name: &str) -> Result<Dataset, DatasetError> {
    let dataset: Dataset = serde_json::from_str(text).map_err(|source| DatasetError::Json {
        path: name.to_string(),
        source,
    })?;
    let issues = validate(&dataset);
    if issues.is_empty() {
        Ok(dataset)
    } else {
        Err(DatasetError::Invalid {
            path: name.to_string(),
            issues,
        })
    }
}

/// The shipped dataset, compiled into the server.
pub const EMBEDDED_DATASET: &str = include_str!("../../../../data/linkages-hsds.json");

/// Loads the dataset compiled into the server.
pub fn embedded_dataset() -> Result<Dataset, DatasetError> {
    load_dataset_str(EMBEDDED_DATASET, "data/linkages-hsds.json")
}

struct Checker<'a> {
    issues: Vec<ValidationIssue>,
    ids: HashMap<String, RecordRef>,
    dataset: &'a Dataset,
}

impl Checker<'_> {
    fn id(&mut self, record: RecordRef) {
        if !is_uuid(&record.id) {
            self.issues.push(ValidationIssue::NotAUuid {
                value: record.id.clone(),
                record: record.clone(),
                field: "id",
            });
        }
        if let Some(first) = self.ids.get(&record.id) {
            self.issues.push(ValidationIssue::DuplicateId {
                first: first.clone(),
                second: record,
            });
        } else {
            self.ids.insert(record.id.clone(), record);
        }
    }

    fn uuid_field(&mut self, record: &RecordRef, field: &'static str, value: &Option<String>) {
        if let Some(v) = value {
            if !is_uuid(v) {
                self.issues.push(ValidationIssue::NotAUuid {
                    record: record.clone(),
                    field,
                    value: v.clone(),
                });
            }
        }
    }

    fn parent(
        &mut self,
        record: &RecordRef,
        field: &'static str,
        value: &Option<String>,
        parent: &str,
    ) {
        self.uuid_field(record, field, value);
        if let Some(v) = value {
            if v != parent {
                self.issues.push(ValidationIssue::WrongParent {
                    record: record.clone(),
                    field,
                    found: v.clone(),
                    parent: parent.to_string(),
                });
            }
        }
    }

    fn attributes(&mut self, owner: &RecordRef, attributes: &[Attribute]) {
        for a in attributes {
            let r = RecordRef {
                kind: "attribute",
                id: a.id.clone(),
                name: owner.name.clone(),
            };
            self.id(r.clone());
            self.parent(&r, "link_id", &a.link_id, &owner.id);
            if let Some(kind) = &a.link_type {
                if kind == link_type::SOURCE {
                    if let Some(v) = &a.value {
                        if self.dataset.source(v).is_none() {
                            self.issues.push(ValidationIssue::UnknownSource {
                                record: owner.clone(),
                                source_id: v.clone(),
                            });
                        }
                    }
                }
            }
        }
    }

    fn phones(&mut self, owner: &RecordRef, phones: &[Phone], field: &'static str) {
        for p in phones {
            let r = RecordRef {
                kind: "phone",
                id: p.id.clone(),
                name: owner.name.clone(),
            };
            self.id(r.clone());
            let parent_field = match field {
                "location_id" => &p.location_id,
                "service_id" => &p.service_id,
                "organization_id" => &p.organization_id,
                _ => &p.service_at_location_id,
            };
            self.parent(&r, field, parent_field, &owner.id);
            for (f, v) in [
                ("location_id", &p.location_id),
                ("service_id", &p.service_id),
                ("organization_id", &p.organization_id),
                ("service_at_location_id", &p.service_at_location_id),
            ] {
                self.uuid_field(&r, f, v);
            }
            let parsed = if p.phone_type.as_deref() == Some("text") {
                PhoneNumber::parse_text(&p.number)
            } else {
                PhoneNumber::parse(&p.number)
            };
            if let Err(error) = parsed {
                self.issues.push(ValidationIssue::BadPhone {
                    record: r.clone(),
                    number: p.number.clone(),
                    error,
                });
            }
            self.attributes(&r, &p.attributes);
            for l in &p.languages {
                self.id(RecordRef {
                    kind: "language",
                    id: l.id.clone(),
                    name: owner.name.clone(),
                });
            }
        }
    }

    fn schedules(&mut self, owner: &RecordRef, schedules: &[Schedule], field: &'static str) {
        for s in schedules {
            let r = RecordRef {
                kind: "schedule",
                id: s.id.clone(),
                name: owner.name.clone(),
            };
            self.id(r.clone());
            let parent_field = match field {
                "location_id" => &s.location_id,
                "service_id" => &s.service_id,
                _ => &s.service_at_location_id,
            };
            self.parent(&r, field, parent_field, &owner.id);
            self.attributes(&r, &s.attributes);
        }
        if let Err(error) = hours_from_schedules(schedules) {
            self.issues.push(ValidationIssue::BadSchedule {
                record: owner.clone(),
                error,
            });
        }
    }

    fn reference(
        &mut self,
        record: &RecordRef,
        field: &'static str,
        value: &Option<String>,
        expected: &'static str,
        exists: bool,
        required: bool,
    ) {
        match value {
            Some(v) => {
                self.uuid_field(record, field, value);
                if !exists {
                    self.issues.push(ValidationIssue::DanglingReference {
                        record: record.clone(),
                        field,
                        target: v.clone(),
                        expected,
                    });
                }
            }
            None if required => {
                self.issues.push(ValidationIssue::DanglingReference {
                    record: record.clone(),
                    field,
                    target: String::new(),
                    expected,
                });
            }
            None => {}
        }
    }

    fn source_fact(&mut self, record: &RecordRef, attributes: &[Attribute]) {
        match attribute_value(attributes, link_type::SOURCE) {
            Some(_) => {}
            None => self.issues.push(ValidationIssue::MissingFact {
                record: record.clone(),
                link_type: link_type::SOURCE,
            }),
        }
    }
}

/// Checks a dataset; an empty list means it is fine.
pub fn validate(dataset: &Dataset) -> Vec<ValidationIssue> {
    let mut c = Checker {
        issues: Vec::new(),
        ids: HashMap::new(),
        dataset,
    };
    let org_ids: std::collections::HashSet<&str> = dataset
        .organizations
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let service_ids: std::collections::HashSet<&str> =
        dataset.services.iter().map(|s| s.id.as_str()).collect();
    let location_ids: std::collections::HashSet<&str> =
        dataset.locations.iter().map(|l| l.id.as_str()).collect();

    for o in &dataset.organizations {
        let r = RecordRef {
            kind: "organization",
            id: o.id.clone(),
            name: o.name.clone(),
        };
        c.id(r.clone());
        if o.name.trim().is_empty() {
            c.issues.push(ValidationIssue::Empty {
                record: r.clone(),
                field: "name",
            });
        }
        c.phones(&r, &o.phones, "organization_id");
        c.attributes(&r, &o.attributes);
    }
    for s in &dataset.services {
        let r = RecordRef {
            kind: "service",
            id: s.id.clone(),
            name: s.name.clone(),
        };
        c.id(r.clone());
        if s.name.trim().is_empty() {
            c.issues.push(ValidationIssue::Empty {
                record: r.clone(),
                field: "name",
            });
        }
        let exists = s
            .organization_id
            .as_deref()
            .is_some_and(|o| org_ids.contains(o));
        c.reference(
            &r,
            "organization_id",
            &s.organization_id,
            "organization",
            exists,
            false,
        );
        c.phones(&r, &s.phones, "service_id");
        c.schedules(&r, &s.schedules, "service_id");
        c.attributes(&r, &s.attributes);
        for l in &s.languages {
            c.id(RecordRef {
                kind: "language",
                id: l.id.clone(),
                name: s.name.clone(),
            });
        }
        if attribute_value(&s.attributes, link_type::SERVICE_KIND) == Some("hotline") {
            c.source_fact(&r, &s.attributes);
        }
        for area in &s.service_areas {
            let ar = RecordRef {
                kind: "service_area",
                id: area.id.clone(),
                name: area.name.clone().unwrap_or_default(),
            };
            c.id(ar.clone());
            c.parent(&ar, "service_id", &area.service_id, &s.id);
            // The office it names must offer this service.
            let offered = area.service_at_location_id.as_deref().is_some_and(|id| {
                dataset
                    .service_at_locations
                    .iter()
                    .any(|sal| sal.id == id && sal.service_id.as_deref() == Some(s.id.as_str()))
            });
            c.reference(
                &ar,
                "service_at_location_id",
                &area.service_at_location_id,
                "service_at_location of this service",
                offered,
                true,
            );
            c.source_fact(&ar, &area.attributes);
            c.attributes(&ar, &area.attributes);
        }
    }
    // Each shape once, with the checks the index relies on.
    for area in crate::search::service_areas::dataset_areas(dataset) {
        let problem = match area {
            Ok(shape) => match crate::search::service_areas::check(&shape) {
                Ok(()) => continue,
                Err(problem) => problem,
            },
            Err(problem) => problem,
        };
        let record = RecordRef {
            kind: "service_area",
            id: problem.id().to_owned(),
            name: String::new(),
        };
        c.issues
            .push(ValidationIssue::BadServiceArea { record, problem });
    }
    for l in &dataset.locations {
        let r = RecordRef {
            kind: "location",
            id: l.id.clone(),
            name: l.name.clone().unwrap_or_default(),
        };
        c.id(r.clone());
        let exists = l
            .organization_id
            .as_deref()
            .is_some_and(|o| org_ids.contains(o));
        c.reference(
            &r,
            "organization_id",
            &l.organization_id,
            "organization",
            exists,
            false,
        );
        let agency = l
            .organization_id
            .as_deref()
            .and_then(|o| dataset.agency_of(o))
            .and_then(|code| Agency::parse(code).ok());
        if l.location_type == LocationType::Physical && agency.is_none() {
            c.issues
                .push(ValidationIssue::OfficeWithoutAgency { record: r.clone() });
        }
        match (l.latitude, l.longitude) {
            (Some(lat), Some(lon)) => {
                if !in_la_county_box(lat, lon) {
                    c.issues.push(ValidationIssue::CoordinateOutsideCounty {
                        record: r.clone(),
                        lat,
                        lon,
                    });
                }
                let known = attribute_value(&l.attributes, link_type::COORDINATE_SOURCE)
                    .and_then(CoordinateSource::parse);
                if matches!(known, None | Some(CoordinateSource::None)) {
                    c.issues.push(ValidationIssue::MissingFact {
                        record: r.clone(),
                        link_type: link_type::COORDINATE_SOURCE,
                    });
                }
            }
            (None, None) => {}
            _ => c
                .issues
                .push(ValidationIssue::HalfCoordinate { record: r.clone() }),
        }
        c.source_fact(&r, &l.attributes);
        if attribute_value(&l.attributes, link_type::SOURCE_DATE)
            .is_none_or(|d| d.trim().is_empty())
        {
            c.issues.push(ValidationIssue::MissingFact {
                record: r.clone(),
                link_type: link_type::SOURCE_DATE,
            });
        }
        for a in &l.addresses {
            let ar = RecordRef {
                kind: "address",
                id: a.id.clone(),
                name: r.name.clone(),
            };
            c.id(ar.clone());
            c.parent(&ar, "location_id", &a.location_id, &l.id);
            for (field, value) in [
                ("address_1", &a.address_1),
                ("city", &a.city),
                ("state_province", &a.state_province),
                ("postal_code", &a.postal_code),
                ("country", &a.country),
            ] {
                if value.trim().is_empty() {
                    c.issues.push(ValidationIssue::Empty {
                        record: ar.clone(),
                        field,
                    });
                }
            }
        }
        for a in &l.accessibility {
            let ar = RecordRef {
                kind: "accessibility",
                id: a.id.clone(),
                name: r.name.clone(),
            };
            c.id(ar.clone());
            c.parent(&ar, "location_id", &a.location_id, &l.id);
        }
        for lang in &l.languages {
            c.id(RecordRef {
                kind: "language",
                id: lang.id.clone(),
                name: r.name.clone(),
            });
        }
        c.phones(&r, &l.phones, "location_id");
        c.schedules(&r, &l.schedules, "location_id");
        c.attributes(&r, &l.attributes);
    }
    for s in &dataset.service_at_locations {
        let r = RecordRef {
            kind: "service_at_location",
            id: s.id.clone(),
            name: String::new(),
        };
        c.id(r.clone());
        let sv = s
            .service_id
            .as_deref()
            .is_some_and(|x| service_ids.contains(x));
        c.reference(&r, "service_id", &s.service_id, "service", sv, true);
        let lc = s
            .location_id
            .as_deref()
            .is_some_and(|x| location_ids.contains(x));
        c.reference(&r, "location_id", &s.location_id, "location", lc, true);
        c.phones(&r, &s.phones, "service_at_location_id");
        c.schedules(&r, &s.schedules, "service_at_location_id");
        c.attributes(&r, &s.attributes);
    }
    for cov in &dataset.meta.coverage {
        let r = RecordRef {
            kind: "meta.coverage",
            id: cov.organization_id.clone(),
            name: cov.agency.code().to_owned(),
        };
        let exists = org_ids.contains(cov.organization_id.as_str());
        c.reference(
            &r,
            "organization_id",
            &Some(cov.organization_id.clone()),
            "organization",
            exists,
            true,
        );
    }
    c.issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    fn shipped() -> Dataset {
        match embedded_dataset() {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        }
    }

    fn issues_of(d: &Dataset) -> Vec<String> {
        validate(d).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn shipped_dataset_is_valid() {
        assert!(validate(&shipped()).is_empty());
    }

    #[test]
    fn problems_name_the_record_and_field() {
        let mut d = shipped();
        let name = d.locations[0].name.clone().unwrap_or_default();
        d.locations[0].latitude = Some(40.7);
        d.locations[1].longitude = None;
        d.locations[2].phones[0].number = "555-1234".into();
        d.locations[3].id = d.locations[4].id.clone();
        d.service_at_locations[0].service_id = Some("00000000-0000-0000-0000-000000000000".into());
        d.locations[5]
            .attributes
            .retain(|a| a.link_type.as_deref() != Some(link_type::SOURCE_DATE));
        d.organizations[0].id = "dcfs".into();
        let issues = issues_of(&d);
        let has = |needle: &str| issues.iter().any(|i| i.contains(needle));
        assert!(has(&format!("({name}): coordinate 40.7,")), "{issues:#?}");
        assert!(has("latitude and longitude must be given together"));
        assert!(has("field number \"555-1234\" does not parse"));
        assert!(has("id already used by location"));
        assert!(has("field service_id points to \"00000000-0000-0000-0000-000000000000\", which is not a service"));
        assert!(has("attribute linkages:source_date is missing"));
        assert!(has("field id is not a UUID: \"dcfs\""));
        // The file is named in the load error.
        let text = serde_json::to_string(&d).unwrap_or_default();
        let err = load_dataset_str(&text, "data/broken.json")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.starts_with("data/broken.json: "), "{err}");
    }

    #[test]
    fn bad_schedule_and_unknown_source() {
        let mut d = shipped();
        let Some(l) = d
            .locations
            .iter_mut()
            .find(|l| l.schedules.iter().any(|s| s.opens_at.is_some()))
        else {
            panic!()
        };
        l.schedules[0].opens_at = Some("7.30".into());
        let Some(a) = l
            .attributes
            .iter_mut()
            .find(|a| a.link_type.as_deref() == Some(link_type::SOURCE))
        else {
            panic!()
        };
        a.value = Some("nowhere".into());
        let issues = issues_of(&d);
        assert!(
            issues
                .iter()
                .any(|i| i.contains("opens_at \"7.30\" is not a time")),
            "{issues:#?}"
        );
        assert!(
            issues
                .iter()
                .any(|i| i.contains("source \"nowhere\" is not listed")),
            "{issues:#?}"
        );
    }

    #[test]
    fn not_json_or_wrong_shape() {
        assert!(matches!(
            load_dataset_str("", "x.json"),
            Err(DatasetError::Json { .. })
        ));
        assert!(matches!(
            load_dataset_str("{}", "x.json"),
            Err(DatasetError::Json { .. })
        ));
        assert!(matches!(
            load_dataset_str("[1,2]", "x.json"),
            Err(DatasetError::Json { .. })
        ));
        assert!(matches!(
            load_dataset(Path::new("/nonexistent/linkages.json")),
            Err(DatasetError::Io { .. })
        ));
    }

    /// Every node of a JSON value, by path of indices/keys.
    fn node_count(v: &Value) -> usize {
        1 + match v {
            Value::Array(a) => a.iter().map(node_count).sum(),
            Value::Object(o) => o.values().map(node_count).sum(),
            _ => 0,
        }
    }

    fn replace_nth(v: &mut Value, n: &mut usize, with: &Value) -> bool {
        if *n == 0 {
            *v = with.clone();
            return true;
        }
        *n -= 1;
        match v {
            Value::Array(a) => a.iter_mut().any(|x| replace_nth(x, n, with)),
            Value::Object(o) => o.values_mut().any(|x| replace_nth(x, n, with)),
            _ => false,
        }
    }

    fn json_leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
                .map(Value::Number)
                .unwrap_or(Value::Null)),
            any::<i64>().prop_map(|i| Value::Number(i.into())),
            "\\PC{0,20}".prop_map(Value::String),
            Just(Value::String("24:00".into())),
            Just(Value::String("5d4332a6-4859-56db-ba4a-ca8f40e85c0c".into())),
            Just(Value::Array(vec![])),
            Just(Value::Object(serde_json::Map::new())),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn random_text_never_panics(s in "\\PC{0,200}") {
            let _ = load_dataset_str(&s, "fuzz.json");
        }

        #[test]
        fn mutated_dataset_never_panics(picks in prop::collection::vec((any::<prop::sample::Index>(), json_leaf()), 1..6)) {
            let mut v: Value = serde_json::from_str(EMBEDDED_DATASET).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for (index, leaf) in &picks {
                let mut n = index.index(node_count(&v));
                replace_nth(&mut v, &mut n, leaf);
            }
            let text = serde_json::to_string(&v).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let _ = load_dataset_str(&text, "fuzz.json");
            // Truncated text too.
            let cut = text.len() / 2;
            let _ = load_dataset_str(text.get(..cut).unwrap_or(""), "fuzz.json");
        }
    }
}
