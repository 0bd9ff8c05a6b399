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
    /// Whether one of the office's service areas holds the searched point: `None` when no
    /// area of this office is loaded (then nothing is known) or there is no searched point.
    pub serves_point: Option<bool>,
    /// Numbers to call.
    pub phones: Vec<PhoneView>,
    /// Opening hours.
    pub hours: HoursView,
    /// What the office does here, as the source says.
    pub services_note: Option<String>,
    /// True when the agency itself published the record; false: unverified third-party data.
    pub verified: bool,
    /// The day a person last checked the office by calling or visiting (`YYYY-MM-DD`); `None`
    /// when no one has. Not the source's date (that is `source.date`).
    pub assured_date: Option<String>,
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
    /// The day a person last checked the line (HSDS `assured_date`, `YYYY-MM-DD`), if anyone has.
    pub assured_date: Option<String>,
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
        /// The offices whose service areas hold the point (they may not be among the
        /// nearest), nearest first; empty when none does or no areas are loaded.
        serving: Vec<OfficeView>,
        /// The agencies (of those searched) that have service areas loaded: only for these
        /// can a page say which office serves a place.
        areas_known: Vec<Agency>,
    },
    /// The name has several ZIP codes: ask which one.
    ChoosePlace {
        /// The place name as the table spells it.
        name: String,
        /// ZIP codes to choose from.
        choices: Vec<PlaceChoice>,
    },
}

/// Words that name an agency or a County program. The discreet card drops any line from the
/// data that holds one (matched case-insensitively), whatever a future dataset puts in an
/// address or an hours line.
pub const AGENCY_AND_PROGRAM_WORDS: &[&str] = &[
    "DCFS",
    "DPSS",
    "Children and Family",
    "Public Social Services",
    "CalWORKs",
    "CalFresh",
    "Medi-Cal",
    "GAIN",
    "General Relief",
    "Linkages",
    "child",
    "welfare",
];

/// An office as the discreet card shows it: where it is, the numbers to call and its hours,
/// with nothing that names the agency, a program or child welfare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscreetOffice {
    /// Street address lines, without any line that names the agency or a program.
    pub address_lines: Vec<String>,
    /// The numbers as people read them, and their `tel:` links; no descriptions.
    pub phones: Vec<(String, Option<String>)>,
    /// The source's hours lines, without any line that names the agency or a program.
    pub hour_lines: Vec<String>,
}

/// Whether `text` holds `word` (ASCII case folded); a word that starts or ends with a letter
/// must not continue a longer word on that side ("GAIN" is not in "again").
fn names(text: &str, word: &str) -> bool {
    let text = text.to_ascii_lowercase();
    let word = word.to_ascii_lowercase();
    if word.is_empty() {
        return false;
    }
    let bytes = text.as_bytes();
    text.match_indices(&word).any(|(at, _)| {
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(at + word.len());
        let free = |b: Option<&u8>| !b.is_some_and(|b| b.is_ascii_alphanumeric());
        free(before) && free(after)
    })
}

impl OfficeView {
    /// This office without its name, its agency or anything the data says about programs.
    pub fn discreet(&self) -> DiscreetOffice {
        let mut words: Vec<&str> = AGENCY_AND_PROGRAM_WORDS.to_vec();
        words.push(self.agency.code());
        if !self.agency_name.is_empty() {
            words.push(&self.agency_name);
        }
        let clean = |lines: &[String]| -> Vec<String> {
            lines
                .iter()
                .filter(|line| !words.iter().any(|word| names(line, word)))
                .cloned()
                .collect()
        };
        DiscreetOffice {
            address_lines: clean(&self.address_lines),
            phones: self
                .phones
                .iter()
                .filter(|phone| !names(&phone.display, "DPSS") && !names(&phone.display, "DCFS"))
                .map(|phone| (phone.display.clone(), phone.tel.clone()))
                .collect(),
            hour_lines: clean(&self.hours.lines),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::search::OfficeFinder;

    #[test]
    fn names_matches_whole_words_only() {
        assert!(names("DPSS Civic Center", "dpss"));
        assert!(names("Mon-Fri (GAIN)", "GAIN"));
        assert!(!names("call again", "GAIN"));
        assert!(names(
            "Department of Children and Family Services",
            "children and family"
        ));
    }

    #[test]
    fn a_discreet_office_names_no_agency_or_program() {
        let finder = OfficeFinder::embedded().expect("embedded dataset");
        for office in finder.office_views() {
            let discreet = office.discreet();
            let text = format!("{discreet:?}");
            for word in AGENCY_AND_PROGRAM_WORDS {
                assert!(!names(&text, word), "{}: {word} in {text}", office.id);
            }
            // (An office named after its town, "Compton", still shows the town in its address.)
            // What is kept is the data as given, never made up.
            for line in &discreet.address_lines {
                assert!(office.address_lines.contains(line));
            }
            assert_eq!(discreet.phones.len(), office.phones.len(), "{}", office.id);
        }
    }

    #[test]
    fn a_line_that_names_the_agency_is_dropped() {
        let finder = OfficeFinder::embedded().expect("embedded dataset");
        let mut office = finder.office_views().next().expect("an office").clone();
        office.address_lines = vec!["DPSS Building".into(), "1 Main St".into()];
        office.hours.lines = vec!["Mon-Fri 8-5 (CalWORKs intake)".into(), "Mon-Fri 8-5".into()];
        let discreet = office.discreet();
        assert_eq!(discreet.address_lines, vec!["1 Main St".to_owned()]);
        assert_eq!(discreet.hour_lines, vec!["Mon-Fri 8-5".to_owned()]);
    }
}
