//! The subset of Open Referral HSDS 3.x that the Linkages dataset uses, plus our file envelope.
//!
//! The record types serialize to objects that validate against the official HSDS JSON Schemas
//! (`shared/data/hsds-schema/compiled/`): optional fields are left out rather than written as
//! `null`, ids are UUIDs, and project facts that HSDS has no field for (where a coordinate came
//! from, whether an office was verified, the source's date) are HSDS `attribute` objects with
//! a `link_type` from [`link_type`]. Everything else that is ours (sources, licences, coverage)
//! lives in the envelope's [`DatasetMeta`].
//!
//! The dataset file is one JSON object:
//! `{ "meta": {...}, "organizations": [...], "services": [...], "locations": [...],
//! "service_at_locations": [...] }`; each array holds whole HSDS records with their nested
//! phones, schedules, addresses, languages, accessibility and attributes.

use serde::{Deserialize, Serialize};

use crate::agency::Agency;

/// HSDS version the records follow.
pub const HSDS_VERSION: &str = "3.1";

/// `link_type` values of our attributes. Their `value` is machine-readable; `label` is
/// the human explanation taken from the source.
pub mod link_type {
    /// Organization: short agency code (`DCFS`, `DPSS`, ...).
    pub const AGENCY: &str = "linkages:agency";
    /// Service: what kind of service this is (`office` or `hotline`).
    pub const SERVICE_KIND: &str = "linkages:service_kind";
    /// Any record: id of the source in `meta.sources` this record's facts come from.
    pub const SOURCE: &str = "linkages:source";
    /// Any record: the date (or dating note) the source gives for its facts.
    pub const SOURCE_DATE: &str = "linkages:source_date";
    /// Location: `official` (published by the agency) or `unverified`.
    pub const VERIFICATION: &str = "linkages:verification";
    /// Location: see [`super::CoordinateSource`].
    pub const COORDINATE_SOURCE: &str = "linkages:coordinate_source";
    /// Location: the kind of office as the source describes it.
    pub const OFFICE_TYPE: &str = "linkages:office_type";
    /// Phone: see [`super::PhoneRole`].
    pub const PHONE_ROLE: &str = "linkages:phone_role";
    /// Location: the day (`YYYY-MM-DD`) a person last checked the office by calling or
    /// visiting. HSDS 3.1 has `assured_date` on `service` only, and an agency's offices share
    /// one office service, so an office's own check date is this attribute; a line (a
    /// service) uses the HSDS field. Set by `linkages dataset assure`, never by an import.
    pub const ASSURED_DATE: &str = "linkages:assured_date";
    /// Schedule: `conflicting` when sources disagree (no machine hours are given then),
    /// `closure` for a date range when the place is closed.
    pub const SCHEDULE_STATUS: &str = "linkages:schedule_status";
    /// Service area: the boundary layer it came from, one program's areas (`DCFS regional
    /// service areas`, `CalFresh intake`); areas of one layer should not overlap.
    pub const AREA_LAYER: &str = "linkages:area_layer";
}

/// Where a location's latitude/longitude came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinateSource {
    /// Published by the agency itself (for example the DCFS open-data table).
    Published,
    /// From a third party (a geocoder or someone's dataset); not checked.
    ThirdParty,
    /// No coordinate for the office itself was found: this is the centroid of its ZIP code.
    /// Distances are approximate.
    ZipCentroid,
    /// From an official GIS layer import.
    GisLayer,
    /// No coordinate at all.
    None,
}

impl CoordinateSource {
    /// The `value` string used in the attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            CoordinateSource::Published => "published",
            CoordinateSource::ThirdParty => "third_party",
            CoordinateSource::ZipCentroid => "zip_centroid",
            CoordinateSource::GisLayer => "gis_layer",
            CoordinateSource::None => "none",
        }
    }

    /// Parses an attribute `value`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "published" => CoordinateSource::Published,
            "third_party" => CoordinateSource::ThirdParty,
            "zip_centroid" => CoordinateSource::ZipCentroid,
            "gis_layer" => CoordinateSource::GisLayer,
            "none" => CoordinateSource::None,
            _ => return None,
        })
    }

    /// True when a distance computed from this coordinate is only approximate.
    pub fn is_approximate(self) -> bool {
        matches!(self, CoordinateSource::ZipCentroid)
    }
}

/// What a phone number is for a location or service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneRole {
    /// The place's own number, as the source gives it.
    Direct,
    /// A countywide line the source gives for this office: not the office's direct line.
    CountywideLine,
    /// A number the source itself doubts (e.g. "may belong to a different office").
    Unverified,
}

impl PhoneRole {
    /// The `value` string used in the attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneRole::Direct => "direct",
            PhoneRole::CountywideLine => "countywide_line",
            PhoneRole::Unverified => "unverified",
        }
    }

    /// Parses an attribute `value`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "direct" => PhoneRole::Direct,
            "countywide_line" => PhoneRole::CountywideLine,
            "unverified" => PhoneRole::Unverified,
            _ => return None,
        })
    }
}

/// The whole dataset file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Title, sources, licences and coverage.
    pub meta: DatasetMeta,
    /// HSDS organizations (agencies and hotline operators).
    #[serde(default)]
    pub organizations: Vec<Organization>,
    /// HSDS services: office services and hotlines.
    #[serde(default)]
    pub services: Vec<Service>,
    /// HSDS locations: the offices.
    #[serde(default)]
    pub locations: Vec<Location>,
    /// HSDS links between services and locations.
    #[serde(default)]
    pub service_at_locations: Vec<ServiceAtLocation>,
}

/// The envelope's metadata. Not an HSDS object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetMeta {
    /// Dataset title.
    pub title: String,
    /// HSDS version the records follow.
    pub hsds_version: String,
    /// Date (YYYY-MM-DD) the file was generated; not the date the facts were checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    /// IANA time zone for every `opens_at`/`closes_at` in the file (wall-clock times).
    pub timezone: String,
    /// How "inside Los Angeles County" is checked.
    pub bounds: String,
    /// Free-text notes about the dataset as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Every source a record may point to with a `linkages:source` attribute.
    #[serde(default)]
    pub sources: Vec<SourceInfo>,
    /// How complete the dataset is for each agency.
    #[serde(default)]
    pub coverage: Vec<Coverage>,
}

/// A source of facts, with its licence and the credit it requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Short stable id (`dcfs-vu7b-732p`), used in `linkages:source` attributes.
    pub id: String,
    /// Human title.
    pub title: String,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Where it can be found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Licence as stated by the publisher.
    pub licence: String,
    /// Credit line to show where the licence requires one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// True when the site must show `attribution` wherever this source's facts appear.
    #[serde(default)]
    pub attribution_required: bool,
    /// The date (or dating note) the source gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How far to trust it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<String>,
}

/// Whether the dataset lists all of an agency's offices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoverageStatus {
    /// Every office the agency runs is listed.
    Complete,
    /// Some offices are missing: the site must say so.
    Partial,
}

/// Coverage declaration for one agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    /// The agency's organization id.
    pub organization_id: String,
    /// The agency (`"DCFS"` in the file).
    pub agency: Agency,
    /// Complete or partial.
    pub status: CoverageStatus,
    /// Number of office locations listed.
    pub offices_listed: usize,
    /// Why, in plain words.
    pub note: String,
}

/// HSDS `organization`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Organization {
    /// UUID.
    pub id: String,
    /// Official name.
    pub name: String,
    /// Common name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// Summary.
    pub description: String,
    /// Website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Organization-wide phones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Project facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS service `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceStatus {
    /// Running.
    #[default]
    Active,
    /// Not running.
    Inactive,
    /// Closed for good.
    Defunct,
    /// Closed for now.
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

/// HSDS `service`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Service {
    /// UUID.
    pub id: String,
    /// Providing organization, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Name.
    pub name: String,
    /// Other name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Web page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Status.
    pub status: ServiceStatus,
    /// Who it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    /// Date the information was last checked by us (YYYY-MM-DD); absent when we have not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    /// Phones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// Languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    /// The areas whose people it takes, each for one office (HSDS nests them in the service).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<ServiceArea>,
    /// Project facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS 3.1 `service_area`: the area in which one office takes people for a service, as the
/// County's boundary layers draw it (DCFS Regional Service Areas, DPSS program intake
/// boundaries).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceArea {
    /// UUID.
    pub id: String,
    /// The service it belongs to (the agency's office service); the one it is nested in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The office: the `service_at_location` of this service at the office that serves the
    /// area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_at_location_id: Option<String>,
    /// The area's name, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// More about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The shape: a GeoJSON `Polygon` or `MultiPolygon` geometry (RFC 7946: WGS84 longitude,
    /// latitude), as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent: Option<String>,
    /// `geojson`, the only form read here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent_type: Option<String>,
    /// A persistent identifier of the area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Project facts: `linkages:source`, `linkages:source_date`, `linkages:area_layer`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS location `location_type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationType {
    /// A place people can go to.
    #[default]
    Physical,
    /// A mailing address only.
    Postal,
    /// Online.
    Virtual,
}

/// HSDS `location`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Location {
    /// UUID.
    pub id: String,
    /// Physical, postal or virtual.
    pub location_type: LocationType,
    /// Responsible organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Other name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// Description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// WGS84 latitude; absent when no sourced coordinate exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    /// WGS84 longitude; absent when no sourced coordinate exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    /// Identifier in the source dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_identifier: Option<String>,
    /// Which scheme `external_identifier` belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_identifier_type: Option<String>,
    /// Languages spoken.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    /// Addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    /// Phones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Opening hours.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// Access for disabled people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<Accessibility>,
    /// Project facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS `service_at_location`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ServiceAtLocation {
    /// UUID.
    pub id: String,
    /// The service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// The location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// What the service is at this location (as the source says).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Phones for the service at this location.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<Phone>,
    /// Hours of the service at this location.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// Project facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS `phone`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Phone {
    /// UUID.
    pub id: String,
    /// Owning location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// Owning service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Owning organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Owning service-at-location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_at_location_id: Option<String>,
    /// The number, formatted for display (parse it with [`super::phone::PhoneNumber`]).
    pub number: String,
    /// Extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<u32>,
    /// RFC 6350 type: `voice`, `text`, `textphone`, `fax`, ...
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub phone_type: Option<String>,
    /// What the number is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Languages on this line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
    /// Project facts (phone role).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS `schedule`. Times are `HH:MM` wall-clock in `meta.timezone`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Schedule {
    /// UUID.
    pub id: String,
    /// Owning service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Owning location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// Owning service-at-location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_at_location_id: Option<String>,
    /// First valid date (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    /// Last valid date (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    /// `WEEKLY` or `MONTHLY`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// Comma-separated days: `MO,TU,WE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    /// Opening time `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    /// Closing time `HH:MM` (`24:00` is the end of the day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    /// Hours in words, as the source gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Caveats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Project facts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<Attribute>,
}

/// HSDS `address`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Address {
    /// UUID.
    pub id: String,
    /// Owning location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// Street line.
    pub address_1: String,
    /// Second line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_2: Option<String>,
    /// City, as the source gives it.
    pub city: String,
    /// State.
    pub state_province: String,
    /// ZIP code.
    pub postal_code: String,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// Physical, postal or virtual.
    pub address_type: LocationType,
}

/// HSDS `language`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Language {
    /// UUID.
    pub id: String,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO 639 code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// HSDS `accessibility`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Accessibility {
    /// UUID.
    pub id: String,
    /// Owning location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// What is provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// More detail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

/// HSDS `attribute`, used for project facts (see [`link_type`]).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Attribute {
    /// UUID.
    pub id: String,
    /// The record this attribute describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_id: Option<String>,
    /// Which fact this is (one of [`link_type`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_type: Option<String>,
    /// The table of `link_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_entity: Option<String>,
    /// Machine-readable value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Human explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Attribute {
    /// A project fact about `link_id` in table `link_entity`; the id is derived from those.
    pub fn fact(
        link_entity: &str,
        link_id: &str,
        kind: &str,
        value: &str,
        label: Option<&str>,
    ) -> Self {
        Attribute {
            id: super::ids::record_id(&format!("attribute/{link_id}/{kind}")),
            link_id: Some(link_id.to_string()),
            link_type: Some(kind.to_string()),
            link_entity: Some(link_entity.to_string()),
            value: Some(value.to_string()),
            label: label.map(str::to_string),
        }
    }
}

/// Finds the first attribute of a kind in a list.
pub fn find_attribute<'a>(attributes: &'a [Attribute], kind: &str) -> Option<&'a Attribute> {
    attributes
        .iter()
        .find(|a| a.link_type.as_deref() == Some(kind))
}

/// The `value` of the first attribute of a kind.
pub fn attribute_value<'a>(attributes: &'a [Attribute], kind: &str) -> Option<&'a str> {
    find_attribute(attributes, kind).and_then(|a| a.value.as_deref())
}

impl Location {
    /// The coordinate, if both halves are present.
    pub fn coordinate(&self) -> Option<(f64, f64)> {
        match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            _ => None,
        }
    }

    /// Where the coordinate came from (`None` kind when there is no attribute or coordinate).
    pub fn coordinate_source(&self) -> CoordinateSource {
        if self.coordinate().is_none() {
            return CoordinateSource::None;
        }
        attribute_value(&self.attributes, link_type::COORDINATE_SOURCE)
            .and_then(CoordinateSource::parse)
            .unwrap_or(CoordinateSource::ThirdParty)
    }

    /// The day a person last checked this office (`YYYY-MM-DD`), if anyone has.
    pub fn assured_date(&self) -> Option<&str> {
        attribute_value(&self.attributes, link_type::ASSURED_DATE)
    }

    /// True when the location is marked as officially published by the agency.
    pub fn is_verified(&self) -> bool {
        attribute_value(&self.attributes, link_type::VERIFICATION) == Some("official")
    }
}

impl Phone {
    /// The number's role (direct line unless marked otherwise).
    pub fn role(&self) -> PhoneRole {
        attribute_value(&self.attributes, link_type::PHONE_ROLE)
            .and_then(PhoneRole::parse)
            .unwrap_or(PhoneRole::Direct)
    }
}

impl Dataset {
    /// The organization with this id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    /// The source with this id in `meta.sources`.
    pub fn source(&self, id: &str) -> Option<&SourceInfo> {
        self.meta.sources.iter().find(|s| s.id == id)
    }

    /// The agency code of an organization (`DCFS`), from its attribute.
    pub fn agency_of(&self, organization_id: &str) -> Option<&str> {
        self.organization(organization_id)
            .and_then(|o| attribute_value(&o.attributes, link_type::AGENCY))
    }

    /// Services marked as hotlines, in file order.
    pub fn hotlines(&self) -> impl Iterator<Item = &Service> {
        self.services
            .iter()
            .filter(|s| attribute_value(&s.attributes, link_type::SERVICE_KIND) == Some("hotline"))
    }
}
