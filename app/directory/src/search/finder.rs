//! The locator as the pages and the JSON API use it: resolve a query, find the nearest
//! offices, and describe them with plain [`super::view`] types.
//!
//! ```ignore
//! let finder = OfficeFinder::embedded()?;                 // once, at start-up
//! let now = hours::now_in_los_angeles();
//! match finder.search("90012", 5, None, now)? {
//!     SearchOutcome::Offices { point, offices, .. } => { /* render the list */ }
//!     SearchOutcome::ChoosePlace { name, choices } => { /* ask which ZIP */ }
//! }
//! ```

use std::path::Path;

use crate::agency::Agency;

use chrono::{DateTime, Datelike, TimeZone};
use chrono_tz::Tz;

use super::geo_index::{haversine_m, IndexedPoint, OfficeIndex};
use super::service_areas::{check, dataset_areas, Overlap, ServiceAreaIndex};
use super::view::{
    CoordinateKind, CoordinateView, HotlineView, HoursView, OfficeView, OpenState, PhoneRoleView,
    PhoneView, PlaceChoice, SearchOutcome, SearchPoint, SourceView,
};
use crate::dataset::export::{DatasetExport, ExportError};
use crate::dataset::hours::{
    hours_from_schedules, is_conflicting, status_at, OpenStatus, WeeklyHours,
};
use crate::dataset::hsds::{
    attribute_value, find_attribute, link_type, Attribute, CoordinateSource, Coverage, Dataset,
    Location, LocationType, Phone, PhoneRole, Schedule,
};
use crate::dataset::load::{embedded_dataset, load_dataset, DatasetError};
use crate::dataset::phone::PhoneNumber;
use crate::gazetteer::GEONAMES_PLACE_CREDIT;
use crate::places::{CheckedPoint, PlaceError, Places, PlacesLoadError, Resolved, ZipPlace};

/// Error setting up the finder.
#[derive(Debug, thiserror::Error)]
pub enum FinderError {
    /// The dataset did not load.
    #[error(transparent)]
    Dataset(#[from] DatasetError),
    /// The ZIP table did not load.
    #[error(transparent)]
    Places(#[from] PlacesLoadError),
    /// The dataset loaded but its bulk export could not be built.
    #[error(transparent)]
    Export(#[from] ExportError),
}

struct OfficeEntry {
    view: OfficeView,
    hours: Option<WeeklyHours>,
    /// Ids of the HSDS services offered here.
    services: Vec<String>,
}

/// Which offices a search may return. Built from an agency alone with
/// `Some(Agency::Dcfs).into()`; `None.into()` or `OfficeFilter::default()` lets every office
/// through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OfficeFilter<'a> {
    /// Only this agency's offices.
    pub agency: Option<Agency>,
    /// HSDS service id: only offices where the dataset lists this service.
    pub service: Option<&'a str>,
}

impl From<Option<Agency>> for OfficeFilter<'_> {
    fn from(agency: Option<Agency>) -> Self {
        OfficeFilter {
            agency,
            service: None,
        }
    }
}

impl OfficeFilter<'_> {
    fn allows(&self, office: &OfficeEntry) -> bool {
        self.agency.is_none_or(|a| office.view.agency == a)
            && self
                .service
                .is_none_or(|id| office.services.iter().any(|s| s.eq_ignore_ascii_case(id)))
    }
}

/// Dataset, ZIP table and spatial index, ready to answer queries, and the dataset's bulk
/// export. Build once and share; a reload builds a new one, export included.
pub struct OfficeFinder {
    dataset: Dataset,
    places: Places,
    offices: Vec<OfficeEntry>,
    index: OfficeIndex<usize>,
    /// The offices' service areas (HSDS `service_area`), if the dataset has any.
    areas: ServiceAreaIndex,
    export: Result<DatasetExport, ExportError>,
}

impl std::fmt::Debug for OfficeFinder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OfficeFinder")
            .field("offices", &self.offices.len())
            .field("zips", &self.places.len())
            .finish()
    }
}

/// Converts an [`OpenStatus`] into the plain view type.
pub fn open_state(status: &OpenStatus) -> OpenState {
    match status {
        OpenStatus::OpenUntil(t) => OpenState::OpenUntil {
            time: t.format("%H:%M").to_string(),
            date: t.date_naive().to_string(),
        },
        OpenStatus::OpenAroundTheClock => OpenState::OpenAroundTheClock,
        OpenStatus::ClosedOpensAt(t) => OpenState::ClosedOpensAt {
            time: t.format("%H:%M").to_string(),
            date: t.date_naive().to_string(),
            weekday: t.weekday().num_days_from_monday() as u8,
        },
        OpenStatus::ClosedNoUpcomingHours => OpenState::ClosedNoUpcomingHours,
        OpenStatus::Unknown => OpenState::Unknown,
    }
}

/// A phone record as shown: parsed display text and `tel:`/`sms:` links (none when the
/// number does not parse: then the text is shown as given, without a link).
pub fn phone_view(p: &Phone) -> PhoneView {
    let kind = p.phone_type.clone().unwrap_or_else(|| "voice".into());
    let parsed = if kind == "text" {
        PhoneNumber::parse_text(&p.number)
    } else {
        PhoneNumber::parse(&p.number)
    };
    let parsed = parsed.ok().map(|n| match (n, p.extension) {
        (
            PhoneNumber::Nanp {
                digits,
                extension: None,
            },
            Some(ext),
        ) => PhoneNumber::Nanp {
            digits,
            extension: Some(ext.to_string()),
        },
        (n, _) => n,
    });
    let role = match p.role() {
        PhoneRole::Direct => PhoneRoleView::Direct,
        PhoneRole::CountywideLine => PhoneRoleView::CountywideLine,
        PhoneRole::Unverified => PhoneRoleView::Unverified,
    };
    PhoneView {
        display: parsed
            .as_ref()
            .map(PhoneNumber::display)
            .unwrap_or_else(|| p.number.clone()),
        tel: parsed
            .as_ref()
            .filter(|_| kind != "text" && kind != "fax")
            .map(PhoneNumber::tel_uri),
        sms: parsed
            .as_ref()
            .filter(|_| kind == "text")
            .map(PhoneNumber::sms_uri),
        kind,
        description: p.description.clone(),
        role,
    }
}

fn hours_view(
    schedules: &[Schedule],
    hours: Option<&WeeklyHours>,
    now: Option<DateTime<Tz>>,
) -> HoursView {
    let mut lines: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for s in schedules {
        if let Some(d) = &s.description {
            if !lines.contains(d) {
                lines.push(d.clone());
            }
        }
        if let Some(n) = &s.notes {
            if !notes.contains(n) {
                notes.push(n.clone());
            }
        }
    }
    let state = match (hours, now) {
        (Some(h), Some(now)) => open_state(&status_at(h, now)),
        _ => OpenState::Unknown,
    };
    HoursView {
        state,
        lines,
        conflicting: schedules.iter().any(is_conflicting),
        notes,
    }
}

fn source_view(
    dataset: &Dataset,
    attributes: &[Attribute],
    extra_credit: Option<&str>,
) -> SourceView {
    let source = attribute_value(attributes, link_type::SOURCE).and_then(|id| dataset.source(id));
    let date = find_attribute(attributes, link_type::SOURCE_DATE).and_then(|a| {
        match (&a.label, &a.value) {
            (Some(l), Some(v)) => Some(format!("{l} {v}")),
            (None, Some(v)) => Some(v.clone()),
            _ => None,
        }
    });
    let mut credits: Vec<String> = Vec::new();
    if let Some(s) = source.filter(|s| s.attribution_required) {
        if let Some(a) = &s.attribution {
            credits.push(a.clone());
        }
    }
    if let Some(c) = extra_credit {
        credits.push(c.to_string());
    }
    SourceView {
        title: source
            .map(|s| s.title.clone())
            .unwrap_or_else(|| "Source not recorded".into()),
        url: source.and_then(|s| s.url.clone()),
        licence: source.map(|s| s.licence.clone()).unwrap_or_default(),
        date: date.or_else(|| source.and_then(|s| s.date.clone())),
        attribution: (!credits.is_empty()).then(|| credits.join("; ")),
    }
}

fn office_entry(dataset: &Dataset, l: &Location) -> Option<OfficeEntry> {
    let org = l
        .organization_id
        .as_deref()
        .and_then(|o| dataset.organization(o));
    // Offices belong to an agency with offices; `load::validate` rejects any other.
    let agency = l
        .organization_id
        .as_deref()
        .and_then(|o| dataset.agency_of(o))
        .and_then(|code| Agency::parse(code).ok())?;
    let address_lines = l
        .addresses
        .iter()
        .find(|a| a.address_type == LocationType::Physical)
        .map(|a| {
            let mut lines = vec![a.address_1.clone()];
            if let Some(a2) = &a.address_2 {
                lines.push(a2.clone());
            }
            lines.push(format!(
                "{}, {} {}",
                a.city, a.state_province, a.postal_code
            ));
            lines
        })
        .unwrap_or_default();
    let kind = l.coordinate_source();
    let coordinate_origin = attribute_value(&l.attributes, "linkages:coordinate_origin")
        .and_then(|id| dataset.source(id));
    let coordinate_credit = coordinate_origin
        .filter(|s| s.attribution_required)
        .and_then(|s| s.attribution.clone());
    let coordinate = l.coordinate().and_then(|(lat, lon)| {
        let kind = match kind {
            CoordinateSource::Published => CoordinateKind::Published,
            CoordinateSource::ThirdParty => CoordinateKind::ThirdParty,
            CoordinateSource::ZipCentroid => CoordinateKind::ZipCentroid,
            CoordinateSource::GisLayer => CoordinateKind::GisLayer,
            CoordinateSource::None => return None,
        };
        Some(CoordinateView {
            lat,
            lon,
            kind,
            approximate: kind == CoordinateKind::ZipCentroid,
            note: find_attribute(&l.attributes, link_type::COORDINATE_SOURCE)
                .and_then(|a| a.label.clone()),
        })
    });
    let at_location = || {
        dataset
            .service_at_locations
            .iter()
            .filter(|s| s.location_id.as_deref() == Some(l.id.as_str()))
    };
    let services_note = at_location().find_map(|s| s.description.clone());
    let services = at_location().filter_map(|s| s.service_id.clone()).collect();
    let hours = hours_from_schedules(&l.schedules).ok().flatten();
    let view = OfficeView {
        id: l.id.clone(),
        name: l.name.clone().unwrap_or_default(),
        agency,
        agency_name: org.map(|o| o.name.clone()).unwrap_or_default(),
        office_type: attribute_value(&l.attributes, link_type::OFFICE_TYPE)
            .map(str::to_string)
            .or_else(|| l.description.clone()),
        address_lines,
        coordinate,
        distance_m: None,
        serves_point: None,
        phones: l.phones.iter().map(phone_view).collect(),
        hours: hours_view(&l.schedules, hours.as_ref(), None),
        services_note,
        verified: l.is_verified(),
        assured_date: l.assured_date().map(str::to_string),
        source: source_view(dataset, &l.attributes, coordinate_credit.as_deref()),
    };
    Some(OfficeEntry {
        view,
        hours,
        services,
    })
}

fn search_point(z: &ZipPlace) -> SearchPoint {
    SearchPoint {
        lat: z.lat,
        lon: z.lon,
        label: format!("ZIP {} ({})", z.zip, z.city),
        zip: Some(z.zip.clone()),
        approximate: true,
        attribution: z.attribution().map(str::to_string),
        near_county_line: false,
    }
}

fn coordinate_point(checked: CheckedPoint, label: String) -> SearchPoint {
    SearchPoint {
        lat: checked.lat,
        lon: checked.lon,
        label,
        zip: None,
        approximate: false,
        attribution: None,
        near_county_line: checked.near_county_line,
    }
}

impl OfficeFinder {
    /// Indexes a dataset (which should already be validated) with a ZIP table.
    pub fn new(dataset: Dataset, places: Places) -> Self {
        let offices: Vec<OfficeEntry> = dataset
            .locations
            .iter()
            .filter(|l| l.location_type == LocationType::Physical)
            .filter_map(|l| office_entry(&dataset, l))
            .collect();
        let points: Vec<IndexedPoint<usize>> = offices
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                o.view.coordinate.as_ref().map(|c| IndexedPoint {
                    id: i,
                    lat: c.lat,
                    lon: c.lon,
                })
            })
            .collect();
        let index = OfficeIndex::build(&points);
        // Validation refuses a dataset with an unusable area; an unvalidated one loses them.
        let areas = ServiceAreaIndex::of_checked(
            dataset_areas(&dataset)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|area| check(area).is_ok())
                .collect(),
        );
        let export = DatasetExport::build(&dataset);
        OfficeFinder {
            dataset,
            places,
            offices,
            index,
            areas,
            export,
        }
    }

    /// [`OfficeFinder::new`], refused when the export cannot be built, so a dataset put in
    /// service always has one.
    fn with_export(dataset: Dataset, places: Places) -> Result<Self, FinderError> {
        let finder = Self::new(dataset, places);
        match &finder.export {
            Ok(_) => Ok(finder),
            Err(e) => Err(FinderError::Export(e.clone())),
        }
    }

    /// The dataset and ZIP table compiled into the server.
    pub fn embedded() -> Result<Self, FinderError> {
        Self::with_export(embedded_dataset()?, Places::embedded()?)
    }

    /// A dataset file given at start-up or on reload, with the built-in ZIP table.
    pub fn from_dataset_file(dataset: &Path) -> Result<Self, FinderError> {
        Self::with_export(load_dataset(dataset)?, Places::embedded()?)
    }

    /// Loads a dataset file and a `zip_centroids_detail.csv`.
    pub fn from_files(dataset: &Path, zip_csv: &Path) -> Result<Self, FinderError> {
        Self::with_export(load_dataset(dataset)?, Places::load(zip_csv)?)
    }

    /// The dataset's bulk export (HSDS JSON and the tabular zip), built with this finder.
    /// An error only for a finder made with [`OfficeFinder::new`] from a dataset whose export
    /// fails; the loading constructors refuse such a dataset.
    pub fn export(&self) -> Result<&DatasetExport, &ExportError> {
        self.export.as_ref()
    }

    /// The dataset (for the HSDS JSON API).
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The ZIP table.
    pub fn places(&self) -> &Places {
        &self.places
    }

    /// Coverage declarations: show "this list is incomplete" for partial agencies.
    pub fn coverage(&self) -> &[Coverage] {
        &self.dataset.meta.coverage
    }

    /// Every office, in dataset order.
    pub fn office_views(&self) -> impl Iterator<Item = &OfficeView> {
        self.offices.iter().map(|o| &o.view)
    }

    /// Offices that have no coordinate and so never appear in distance results.
    pub fn offices_without_location(&self) -> Vec<OfficeView> {
        self.offices
            .iter()
            .filter(|o| o.view.coordinate.is_none())
            .map(|o| o.view.clone())
            .collect()
    }

    /// The `k` nearest offices to a point that `filter` allows (an agency such as
    /// `Some(Agency::Dcfs)`, a service), nearest first. Hours are evaluated at `now`.
    pub fn nearest_offices<'a, Z: TimeZone>(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        filter: impl Into<OfficeFilter<'a>>,
        now: DateTime<Z>,
    ) -> Vec<OfficeView> {
        let now = now.with_timezone(&chrono_tz::America::Los_Angeles);
        let filter = filter.into();
        self.index
            .nearest(lat, lon, k, |i| {
                self.offices.get(*i).is_some_and(|o| filter.allows(o))
            })
            .into_iter()
            .filter_map(|(i, d)| {
                let entry = self.offices.get(i)?;
                let mut v = entry.view.clone();
                v.distance_m = Some(d);
                v.serves_point = self.areas.serves(&v.id, lat, lon);
                v.hours.state = entry
                    .hours
                    .as_ref()
                    .map(|h| open_state(&status_at(h, now)))
                    .unwrap_or(OpenState::Unknown);
                Some(v)
            })
            .collect()
    }

    /// One office by its id, with hours evaluated at `now`.
    pub fn office<Z: TimeZone>(&self, id: &str, now: DateTime<Z>) -> Option<OfficeView> {
        let entry = self.offices.iter().find(|o| o.view.id == id)?;
        let mut v = entry.view.clone();
        v.hours.state = entry
            .hours
            .as_ref()
            .map(|h| open_state(&status_at(h, now)))
            .unwrap_or(OpenState::Unknown);
        Some(v)
    }

    /// The offices with these ids, in that order, hours evaluated at `now`; the first id that
    /// names no office is the error.
    pub fn offices_by_id<'a, Z: TimeZone>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
        now: DateTime<Z>,
    ) -> Result<Vec<OfficeView>, &'a str> {
        ids.into_iter()
            .map(|id| self.office(id, now.clone()).ok_or(id))
            .collect()
    }

    /// Resolves a search box (ZIP, `lat,lon`, or place name) and finds the nearest offices.
    pub fn search<'a, Z: TimeZone>(
        &self,
        query: &str,
        k: usize,
        filter: impl Into<OfficeFilter<'a>>,
        now: DateTime<Z>,
    ) -> Result<SearchOutcome, PlaceError> {
        let point = match self.places.resolve(query)? {
            Resolved::Zip(z) => search_point(z),
            Resolved::Coordinate(checked) => {
                coordinate_point(checked, format!("{},{}", checked.lat, checked.lon))
            }
            Resolved::Place(place) => SearchPoint {
                lat: place.lat,
                lon: place.lon,
                label: place.name.clone(),
                zip: None,
                approximate: true,
                attribution: Some(GEONAMES_PLACE_CREDIT.to_owned()),
                near_county_line: false,
            },
            Resolved::Ambiguous { name, choices } => {
                return Ok(SearchOutcome::ChoosePlace {
                    name,
                    choices: choices
                        .iter()
                        .map(|z| PlaceChoice {
                            zip: z.zip.clone(),
                            name: z.city.clone(),
                        })
                        .collect(),
                })
            }
        };
        Ok(self.offices_around(point, k, filter.into(), now))
    }

    /// Nearest offices to the browser's location ("use my location").
    pub fn search_coordinate<'a, Z: TimeZone>(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        filter: impl Into<OfficeFilter<'a>>,
        now: DateTime<Z>,
    ) -> Result<SearchOutcome, PlaceError> {
        let checked = self.places.check_coordinate(lat, lon)?;
        let point = coordinate_point(checked, "your location".into());
        Ok(self.offices_around(point, k, filter.into(), now))
    }

    /// The `k` nearest offices to `point` and the offices that serve it.
    fn offices_around<Z: TimeZone>(
        &self,
        point: SearchPoint,
        k: usize,
        filter: OfficeFilter<'_>,
        now: DateTime<Z>,
    ) -> SearchOutcome {
        let offices = self.nearest_offices(point.lat, point.lon, k, filter, now.clone());
        let serving = self.serving_offices(point.lat, point.lon, filter, now);
        let areas_known = Agency::ALL
            .into_iter()
            .filter(|&agency| {
                filter.agency.is_none_or(|a| a == agency)
                    && self.offices.iter().any(|o| {
                        o.view.agency == agency
                            && filter.allows(o)
                            && self.areas.has_areas(&o.view.id)
                    })
            })
            .collect();
        SearchOutcome::Offices {
            point,
            offices,
            serving,
            areas_known,
        }
    }

    /// The offices that `filter` allows whose service areas hold `(lat, lon)`, nearest first,
    /// hours evaluated at `now`. Empty when no loaded area holds the point.
    pub fn serving_offices<'a, Z: TimeZone>(
        &self,
        lat: f64,
        lon: f64,
        filter: impl Into<OfficeFilter<'a>>,
        now: DateTime<Z>,
    ) -> Vec<OfficeView> {
        let filter = filter.into();
        let mut ids: Vec<&str> = self
            .areas
            .containing(lat, lon)
            .into_iter()
            .map(|area| area.office_id.as_str())
            .collect();
        ids.dedup();
        let mut serving: Vec<OfficeView> = self
            .offices
            .iter()
            .filter(|o| ids.contains(&o.view.id.as_str()) && filter.allows(o))
            .filter_map(|o| {
                let mut v = self.office(&o.view.id, now.clone())?;
                v.distance_m = v
                    .coordinate
                    .as_ref()
                    .map(|c| haversine_m(lat, lon, c.lat, c.lon));
                v.serves_point = Some(true);
                Some(v)
            })
            .collect();
        serving.sort_by(|a, b| {
            let far = |v: &OfficeView| v.distance_m.unwrap_or(f64::INFINITY);
            far(a).total_cmp(&far(b))
        });
        serving
    }

    /// The overlaps between service areas of one layer (for the dataset check's report).
    pub fn area_overlaps(&self) -> Vec<Overlap> {
        self.areas.overlaps()
    }

    /// Number of service areas loaded.
    pub fn area_count(&self) -> usize {
        self.areas.len()
    }

    /// The hotlines, in dataset order, with hours evaluated at `now`.
    pub fn hotlines<Z: TimeZone>(&self, now: DateTime<Z>) -> Vec<HotlineView> {
        let now = now.with_timezone(&chrono_tz::America::Los_Angeles);
        self.dataset
            .hotlines()
            .map(|s| {
                let hours = hours_from_schedules(&s.schedules).ok().flatten();
                HotlineView {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    description: s.description.clone(),
                    organization: s
                        .organization_id
                        .as_deref()
                        .and_then(|o| self.dataset.organization(o))
                        .map(|o| o.name.clone()),
                    phones: s.phones.iter().map(phone_view).collect(),
                    hours: hours_view(&s.schedules, hours.as_ref(), Some(now)),
                    assured_date: s.assured_date.clone(),
                    source: source_view(&self.dataset, &s.attributes, None),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::Los_Angeles;

    fn finder() -> OfficeFinder {
        match OfficeFinder::embedded() {
            Ok(f) => f,
            Err(e) => panic!("{e}"),
        }
    }

    fn wednesday_10am() -> DateTime<Tz> {
        match Los_Angeles.with_ymd_and_hms(2025, 1, 15, 10, 0, 0).single() {
            Some(t) => t,
            None => panic!("time"),
        }
    }

    #[test]
    fn zip_search() {
        let f = finder();
        let Ok(SearchOutcome::Offices { point, offices, .. }) =
            f.search("90012", 5, None, wednesday_10am())
        else {
            panic!()
        };
        assert_eq!(point.zip.as_deref(), Some("90012"));
        assert_eq!(offices.len(), 5);
        assert!(offices
            .windows(2)
            .all(|w| w[0].distance_m <= w[1].distance_m));
        // Civic Center DPSS (third-party point) is the nearest to 90012.
        assert_eq!(offices[0].name, "DPSS Civic Center District Office 14");
        assert_eq!(offices[0].hours.state, OpenState::Unknown);
        assert!(offices[0].hours.conflicting);
        assert_eq!(offices[0].phones[0].role, PhoneRoleView::CountywideLine);
        assert_eq!(
            offices[0].phones[0].tel.as_deref(),
            Some("tel:+18666133777")
        );
        // Agency filter.
        let dcfs = f.nearest_offices(
            point.lat,
            point.lon,
            50,
            Some(Agency::Dcfs),
            wednesday_10am(),
        );
        assert_eq!(dcfs.len(), 19);
        assert!(dcfs.iter().all(|o| o.agency == Agency::Dcfs
            && o.verified
            && o.source.date.as_deref() == Some("rows updated 2017-03-29")));
        assert_eq!(dcfs[0].name, "Metro North");
    }

    #[test]
    fn open_now_and_approximate() {
        let f = finder();
        let offices =
            f.nearest_offices(34.0239, -118.1717, 1, Some(Agency::Dpss), wednesday_10am());
        assert_eq!(offices[0].name, "DPSS East LA (name as given by source)");
        assert_eq!(
            offices[0].hours.state,
            OpenState::OpenUntil {
                time: "17:00".into(),
                date: "2025-01-15".into()
            }
        );
        let el_monte =
            f.nearest_offices(34.0786, -118.0435, 1, Some(Agency::Dpss), wednesday_10am());
        let c = el_monte[0].coordinate.clone();
        assert!(c.is_some_and(|c| c.approximate && c.kind == CoordinateKind::ZipCentroid));
    }

    #[test]
    fn ambiguous_and_errors() {
        let f = finder();
        assert!(matches!(
            f.search("Pasadena", 5, None, wednesday_10am()),
            Ok(SearchOutcome::ChoosePlace { .. })
        ));
        assert_eq!(
            f.search("94103", 5, None, wednesday_10am()),
            Err(PlaceError::ZipNotInLaCounty("94103".into()))
        );
        assert!(f
            .search_coordinate(40.0, -74.0, 5, None, wednesday_10am())
            .is_err());
        assert!(
            matches!(f.search_coordinate(34.05, -118.25, 3, None, wednesday_10am()), Ok(SearchOutcome::Offices { offices, .. }) if offices.len() == 3)
        );
    }

    #[test]
    fn geonames_credit_travels_with_the_point() {
        let f = finder();
        // 90009 is a PO box ZIP whose point is from GeoNames.
        let Ok(SearchOutcome::Offices { point, .. }) = f.search("90009", 3, None, wednesday_10am())
        else {
            panic!()
        };
        assert!(point.attribution.is_some_and(|a| a.contains("GeoNames")));
    }

    #[test]
    fn finder_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<OfficeFinder>();
    }

    #[test]
    fn outcome_serializes_for_the_api() {
        let f = finder();
        let Ok(outcome) = f.search("Avalon", 2, None, wednesday_10am()) else {
            panic!()
        };
        let json = serde_json::to_value(&outcome).unwrap_or_default();
        assert_eq!(json["outcome"], "offices");
        assert_eq!(json["point"]["zip"], "90704");
        assert!(json["offices"][0]["distance_m"]
            .as_f64()
            .is_some_and(|d| d > 0.0));
        let Ok(choose) = f.search("Glendale", 2, None, wednesday_10am()) else {
            panic!()
        };
        assert_eq!(
            serde_json::to_value(&choose).unwrap_or_default()["outcome"],
            "choose_place"
        );
    }

    #[test]
    fn hotlines() {
        let f = finder();
        let h = f.hotlines(wednesday_10am());
        assert_eq!(h.len(), 26);
        let cph = &h[0];
        assert!(cph.name.starts_with("DCFS Child Protection Hotline"));
        assert_eq!(cph.phones[0].tel.as_deref(), Some("tel:+18005404000"));
        assert_eq!(cph.hours.state, OpenState::OpenAroundTheClock);
        let sms: Vec<_> = h
            .iter()
            .flat_map(|x| x.phones.iter())
            .filter_map(|p| p.sms.clone())
            .collect();
        assert!(sms.contains(&"sms:88788".to_string()));
        assert!(sms.contains(&"sms:988".to_string()));
        let emergency = h.iter().find(|x| x.name == "Emergency");
        assert_eq!(
            emergency.map(|e| e.phones[0].tel.clone()),
            Some(Some("tel:911".into()))
        );
    }

    #[test]
    fn the_service_filter_keeps_only_offices_offering_that_service() {
        let f = finder();
        let id_of = |name: &str| {
            f.dataset()
                .services
                .iter()
                .find(|s| s.name == name)
                .map(|s| s.id.clone())
                .unwrap_or_else(|| panic!("no service {name}"))
        };
        let dpss_office = id_of("DPSS office");
        let dcfs_office = id_of("DCFS regional office");
        let by_service = OfficeFilter {
            agency: None,
            service: Some(&dpss_office),
        };
        let offices = f.nearest_offices(34.05, -118.25, 50, by_service, wednesday_10am());
        assert!(!offices.is_empty());
        assert!(offices.iter().all(|o| o.agency == Agency::Dpss));
        // The same as the agency filter here: every DPSS office lists that one service.
        let by_agency = f.nearest_offices(34.05, -118.25, 50, Some(Agency::Dpss), wednesday_10am());
        assert_eq!(offices, by_agency);
        // Both filters at once must both hold.
        let none = OfficeFilter {
            agency: Some(Agency::Dpss),
            service: Some(&dcfs_office),
        };
        assert!(f
            .nearest_offices(34.05, -118.25, 50, none, wednesday_10am())
            .is_empty());
        let unknown = OfficeFilter {
            agency: None,
            service: Some("00000000-0000-0000-0000-000000000000"),
        };
        assert!(f
            .nearest_offices(34.05, -118.25, 50, unknown, wednesday_10am())
            .is_empty());
    }
}
