//! The search page's question and answer (`/xx/find?q=…&agency=…`), kept apart from the page
//! that renders it: parse what was typed, resolve the place, list each agency's nearest
//! offices, or say what went wrong.

use chrono::DateTime;
use chrono_tz::Tz;

use super::finder::OfficeFinder;
use super::view::{OfficeView, PlaceChoice, SearchOutcome, SearchPoint};
use crate::agency::Agency;
use crate::dataset::hsds::CoverageStatus;
use crate::places::parse_lat_lon;

/// Offices listed per agency when both are shown.
pub const OFFICES_PER_AGENCY: usize = 3;
/// Offices listed when the reader chose one agency.
pub const OFFICES_ONE_AGENCY: usize = 5;

/// What was typed or linked, as text: `q` (ZIP, place name or `lat,lon`), `zip`, or `lat`
/// and `lon`; and `agency` (`dcfs`, `dpss`) to show one agency's offices only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FindQuery {
    pub q: Option<String>,
    pub zip: Option<String>,
    pub lat: Option<String>,
    pub lon: Option<String>,
    pub agency: Option<String>,
}

/// Where a search starts from: the one rule of the search page and `GET /api/v1/nearest`.
/// When several are given, the most exact wins: a location (`lat`, `lon`), then `zip`, then
/// `q`. A parameter that is given but blank counts as given (and is then an empty search).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin<'a> {
    /// `lat` and `lon`, either possibly missing (a malformed location, said so).
    Location {
        lat: Option<&'a str>,
        lon: Option<&'a str>,
    },
    /// `zip`: a ZIP code only.
    Zip(&'a str),
    /// `q`: a ZIP code, a place name or `lat,lon`.
    Text(&'a str),
}

impl<'a> Origin<'a> {
    /// The origin among the given parameters, or `None` when none is given.
    pub fn choose(
        q: Option<&'a str>,
        zip: Option<&'a str>,
        lat: Option<&'a str>,
        lon: Option<&'a str>,
    ) -> Option<Origin<'a>> {
        if lat.is_some() || lon.is_some() {
            Some(Origin::Location { lat, lon })
        } else if let Some(zip) = zip {
            Some(Origin::Zip(zip))
        } else {
            q.map(Origin::Text)
        }
    }
}

/// Which agencies' offices a search shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgencyChoice {
    #[default]
    Both,
    One(Agency),
}

impl AgencyChoice {
    /// The choices in the order the form offers them.
    pub const ALL: [AgencyChoice; 3] = [
        AgencyChoice::Both,
        AgencyChoice::One(Agency::Dcfs),
        AgencyChoice::One(Agency::Dpss),
    ];

    /// From the `agency` parameter (spaces around it allowed). Anything else shows both (the
    /// radios then say so).
    pub fn from_param(value: Option<&str>) -> AgencyChoice {
        value
            .and_then(|v| Agency::parse(v.trim()).ok())
            .map_or(AgencyChoice::Both, AgencyChoice::One)
    }

    /// The parameter value: `both`, `dcfs`, `dpss`.
    pub fn param(self) -> &'static str {
        match self {
            AgencyChoice::Both => "both",
            AgencyChoice::One(agency) => agency.param(),
        }
    }

    /// Whether offices of `agency` are shown.
    pub fn shows(self, agency: Agency) -> bool {
        match self {
            AgencyChoice::Both => true,
            AgencyChoice::One(chosen) => chosen == agency,
        }
    }

    /// How many offices of each shown agency are listed.
    pub fn offices_per_agency(self) -> usize {
        match self {
            AgencyChoice::Both => OFFICES_PER_AGENCY,
            AgencyChoice::One(_) => OFFICES_ONE_AGENCY,
        }
    }
}

impl FindQuery {
    /// Where the search starts from ([`Origin::choose`]); `None`: just the form.
    pub fn origin(&self) -> Option<Origin<'_>> {
        Origin::choose(
            self.q.as_deref(),
            self.zip.as_deref(),
            self.lat.as_deref(),
            self.lon.as_deref(),
        )
    }

    /// The typed search text, to show again in the search box.
    pub fn typed(&self) -> String {
        match self.origin() {
            Some(Origin::Text(text) | Origin::Zip(text)) => text.to_owned(),
            _ => String::new(),
        }
    }

    /// The agency choice of the `agency` parameter.
    pub fn choice(&self) -> AgencyChoice {
        AgencyChoice::from_param(self.agency.as_deref())
    }
}

/// The answer to a search, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub enum FindAnswer {
    /// No search yet: just the form.
    Form,
    Offices {
        point: SearchPoint,
        /// The point is the reader's own location (not a typed place).
        from_location: bool,
        /// `None`: the reader chose the other agency only.
        dcfs: Option<Vec<OfficeView>>,
        dpss: Option<Vec<OfficeView>>,
        /// Offices (of the agencies shown) whose service areas hold the point, nearest first.
        serving: Vec<OfficeView>,
        /// Agencies shown that have service areas loaded: for the others the page says
        /// "nearest" only and never that an office serves the reader.
        areas_known: Vec<Agency>,
        /// Agencies whose office list is known to be incomplete.
        partial: Vec<Agency>,
    },
    ChoosePlace {
        name: String,
        choices: Vec<PlaceChoice>,
    },
    /// The input could not be used: a Fluent key suffix and the HTTP status to send.
    Problem {
        code: String,
        status: u16,
        input: String,
    },
}

/// Runs a search on `finder` with hours evaluated at `now`.
pub fn find(finder: &OfficeFinder, query: &FindQuery, now: DateTime<Tz>) -> FindAnswer {
    let Some(origin) = query.origin() else {
        return FindAnswer::Form;
    };
    let choice = query.choice();
    let per_agency = choice.offices_per_agency();
    // The search resolves the place; the offices of each agency shown are looked up next.
    let (text, outcome) = match origin {
        // From "use my location" or a shared link: read strictly as numbers.
        Origin::Location { lat, lon } => {
            let text = format!(
                "{},{}",
                lat.unwrap_or_default().trim(),
                lon.unwrap_or_default().trim()
            );
            let outcome = parse_lat_lon(&text)
                .and_then(|(lat, lon)| finder.search_coordinate(lat, lon, 0, None, now));
            (text, outcome)
        }
        Origin::Zip(zip) => (
            zip.trim().to_owned(),
            finder
                .places()
                .lookup_zip(zip)
                .and_then(|place| finder.search(&place.zip, 0, None, now)),
        ),
        Origin::Text(q) => (q.trim().to_owned(), finder.search(q, 0, None, now)),
    };
    let from_location = matches!(origin, Origin::Location { .. });
    match outcome {
        Err(err) => FindAnswer::Problem {
            code: err.code().to_owned(),
            status: err.status_code().as_u16(),
            input: text.chars().take(64).collect(),
        },
        Ok(SearchOutcome::ChoosePlace { name, choices }) => {
            FindAnswer::ChoosePlace { name, choices }
        }
        Ok(SearchOutcome::Offices {
            point,
            serving,
            areas_known,
            ..
        }) => {
            let offices_of = |agency: Agency| {
                choice.shows(agency).then(|| {
                    finder.nearest_offices(point.lat, point.lon, per_agency, Some(agency), now)
                })
            };
            let (dcfs, dpss) = (offices_of(Agency::Dcfs), offices_of(Agency::Dpss));
            let partial = finder
                .coverage()
                .iter()
                .filter(|c| c.status == CoverageStatus::Partial)
                .map(|c| c.agency)
                .collect();
            FindAnswer::Offices {
                point,
                from_location,
                dcfs,
                dpss,
                serving: serving
                    .into_iter()
                    .filter(|o| choice.shows(o.agency))
                    .collect(),
                areas_known: areas_known
                    .into_iter()
                    .filter(|&a| choice.shows(a))
                    .collect(),
                partial,
            }
        }
    }
}
