//! Plain, serialisable results for the pages and the JSON API.

use serde::{Deserialize, Serialize};

use crate::agency::Agency;

/// An office as the locator shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeView {
    /// HSDS location id.
    pub id: String,
    /// Office name as the source gives it.
    pub name: String,
    /// The agency (`"DCFS"` or `"DPSS"` in JSON).
    pub agency: Agency,
    /// Agency's full name.
    pub agency_name: String,
    /// Kind of office, as the source describes it.
    pub office_type: Option<String>,
    /// Street address lines ready to print (empty when the source gives none).
    pub address_lines: Vec<String>,
    /// Where the office is, if known.
    pub coordinate: Option<CoordinateView>,
    /// Great-circle distance from the searched point, in metres (approximate when
    /// `coordinate.approximate`).
    pub distance_m: Option<f64>,
    /// Numbers to call.
    pub phones: Vec<PhoneView>,
    /// Opening hours.
    pub hours: HoursView,
    /// What the office does here, as the source says.
    pub services_note: Option<String>,
    /// True when the agency itself published the record; false: unverified third-party data.
    pub verified: bool,
    /// Where the facts come from.
    pub source: SourceView,
}

/// Kind of coordinate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinateKind {
    /// Published by the agency.
    Published,
    /// From a third party; unverified.
    ThirdParty,
    /// Only the centre of the office's ZIP code: the distance is approximate.
    ZipCentroid,
    /// From an official GIS layer.
    GisLayer,
}

/// A coordinate and how much to trust it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoordinateView {
    /// Latitude (WGS84).
    pub lat: f64,
    /// Longitude (WGS84).
    pub lon: f64,
    /// Where it came from.
    pub kind: CoordinateKind,
    /// True when distances from it are only approximate.
    pub approximate: bool,
    /// The source's own words about the coordinate.
    pub note: Option<String>,
}

/// What a number is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhoneRoleView {
    /// The office's own line.
    Direct,
    /// A countywide line, not the office's direct number.
    CountywideLine,
    /// The source doubts it.
    Unverified,
}

/// A number to call or text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneView {
    /// As people read it: `(213) 351-5507`, `2-1-1`.
    pub display: String,
    /// `tel:+12133515507` (no spaces, no bidi marks). `None` when it could not be parsed.
    pub tel: Option<String>,
    /// `sms:` link for text lines.
    pub sms: Option<String>,
    /// `voice`, `text`, `textphone`, `fax`.
    pub kind: String,
    /// What the number is for, from the source.
    pub description: Option<String>,
    /// Direct, countywide or unverified.
    pub role: PhoneRoleView,
}

/// Open or closed, in Los Angeles time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OpenState {
    /// Open now.
    OpenUntil {
        /// Closing time `HH:MM`.
        time: String,
        /// Local date of closing `YYYY-MM-DD`.
        date: String,
    },
    /// Open around the clock.
    OpenAroundTheClock,
    /// Closed now.
    ClosedOpensAt {
        /// Opening time `HH:MM`.
        time: String,
        /// Local date of opening `YYYY-MM-DD`.
        date: String,
        /// Weekday 0 = Monday.
        weekday: u8,
    },
    /// Known hours, but none in the next two weeks.
    ClosedNoUpcomingHours,
    /// Not known: say so.
    Unknown,
}

/// Opening hours for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursView {
    /// Open now?
    pub state: OpenState,
    /// Hours in words, one line per schedule, as the source gives them.
    pub lines: Vec<String>,
    /// True when sources disagree about the hours.
    pub conflicting: bool,
    /// Caveats.
    pub notes: Vec<String>,
}

/// Where a record's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceView {
    /// Source title.
    pub title: String,
    /// Link.
    pub url: Option<String>,
    /// Licence.
    pub licence: String,
    /// The source's date or dating note ("rows updated 2017-03-29").
    pub date: Option<String>,
    /// Credit line to show, if the licence requires it.
    pub attribution: Option<String>,
}

/// A phone line that is always one tap away.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HotlineView {
    /// HSDS service id.
    pub id: String,
    /// Name.
    pub name: String,
    /// What it is for.
    pub description: Option<String>,
    /// Operator, if known.
    pub organization: Option<String>,
    /// Numbers.
    pub phones: Vec<PhoneView>,
    /// Hours.
    pub hours: HoursView,
    /// Source.
    pub source: SourceView,
}

/// The point a search resolved to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchPoint {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// What the user asked for, resolved: `ZIP 90012 (Los Angeles)`, `Pasadena`, `your location`.
    pub label: String,
    /// The ZIP code, when the point is a ZIP centroid.
    pub zip: Option<String>,
    /// True when the point is a ZIP or place centre, not an exact location.
    pub approximate: bool,
    /// Credit line required for the point's coordinate (GeoNames, CC BY 4.0).
    pub attribution: Option<String>,
    /// True when a given location lies within the county outline's error of the county line
    /// (about 1 km): the offices are shown, and the reader should check their county.
    pub near_county_line: bool,
}

/// One candidate when a place name is ambiguous.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceChoice {
    /// ZIP code.
    pub zip: String,
    /// Place name.
    pub name: String,
}

/// Result of a locator query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum SearchOutcome {
    /// The query gave a point: here are the nearest offices.
    Offices {
        /// Where we searched from.
        point: SearchPoint,
        /// Nearest first.
        offices: Vec<OfficeView>,
    },
    /// The name has several ZIP codes: ask which one.
    ChoosePlace {
        /// The place name as the table spells it.
        name: String,
        /// ZIP codes to choose from.
        choices: Vec<PlaceChoice>,
    },
}
