//! ZIP code and place-name lookup for Los Angeles County.
//!
//! The table is `data/zip_centroids_detail.csv` (529 LA County ZIP codes with a point each,
//! the source of that point, the ZIP type and whether USPS still uses it). Points come from
//! the US Census 2021 ZCTA internal points (public domain) or from GeoNames (CC BY 4.0: the
//! site must credit GeoNames wherever such a point is used; [`ZipPlace::requires_geonames_credit`]).
//!
//! A query (read by [`crate::query::classify`]) is a ZIP code (ZIP+4 accepted, any script's
//! digits), a `lat,lon` pair, or a place name: a ZIP code's own place name from the table, or
//! a community name from the [`crate::gazetteer`] (USPS acceptable and other names, GeoNames
//! places, a few short forms). Names match without regard to case, accents, punctuation and
//! extra spaces; "Mt" and "Mount" are the same word. A name with several ZIP codes of
//! different points is ambiguous: the caller gets the list to choose from. Coordinates are
//! checked against the county outline ([`crate::county`]). A name we do not know is
//! [`PlaceError::UnknownPlace`], never "outside the county".

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::bounds::{in_la_county_box, is_valid_coordinate};
use crate::county::{CountyCheck, CountyOutline, EMBEDDED_OUTLINE};
use crate::gazetteer::{Entry, Gazetteer, GazetteerError, NamedPoint, EMBEDDED_GAZETTEER};
use crate::query::{classify, without_city_of, PlaceQuery};
use crate::text::fold_for_parsing;

/// Credit line for GeoNames-derived points (CC BY 4.0).
pub const GEONAMES_CREDIT: &str =
    "ZIP code location from GeoNames (geonames.org), licensed under CC BY 4.0";

/// The shipped ZIP table, compiled into the server.
pub const EMBEDDED_ZIP_CSV: &str = include_str!("../../../data/zip_centroids_detail.csv");

/// Where a ZIP code's point came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZipPointSource {
    /// US Census Bureau 2021 Gazetteer ZCTA internal point (public domain).
    CensusZcta2021,
    /// GeoNames postal code file (CC BY 4.0).
    GeoNames,
    /// PyPI `zipcodes` package, whose coordinates come from GeoNames (CC BY 4.0); 2 decimals.
    PyZipcodesGeoNames,
}

/// USPS ZIP code type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZipType {
    /// Delivery area (homes).
    Standard,
    /// Post office boxes only.
    PoBox,
    /// A single organisation.
    Unique,
}

/// One ZIP code and its point.
#[derive(Debug, Clone, PartialEq)]
pub struct ZipPlace {
    /// Five digits.
    pub zip: String,
    /// Place name the ZIP is known by.
    pub city: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Where the point came from.
    pub source: ZipPointSource,
    /// The source's own description of the point.
    pub source_text: String,
    /// USPS type.
    pub zip_type: ZipType,
    /// False when USPS no longer uses the ZIP.
    pub active: bool,
    /// True for points known only roughly (GeoNames accuracy 1, or 2-decimal coordinates).
    pub low_precision: bool,
    /// True when the sources disagree on whether the ZIP is in LA County.
    pub county_disputed: bool,
    /// GeoNames' name for the place, when different.
    pub geonames_place: Option<String>,
}

impl ZipPlace {
    /// True when the site must credit GeoNames for this point.
    pub fn requires_geonames_credit(&self) -> bool {
        !matches!(self.source, ZipPointSource::CensusZcta2021)
    }

    /// The credit line to show with this point, if any.
    pub fn attribution(&self) -> Option<&'static str> {
        self.requires_geonames_credit().then_some(GEONAMES_CREDIT)
    }
}

/// Why a query does not give a place.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlaceError {
    /// Nothing typed.
    #[error("enter a ZIP code, a city or neighbourhood, or a location")]
    Empty,
    /// Digits, but not a 5-digit ZIP code.
    #[error("{0:?} is not a 5-digit ZIP code")]
    MalformedZip(String),
    /// A well-formed ZIP code that is not one of Los Angeles County's.
    #[error("ZIP code {0} is not in Los Angeles County")]
    ZipNotInLaCounty(String),
    /// A name we do not know (which says nothing about where the place is).
    #[error("we do not know a place called {0:?}")]
    UnknownPlace(String),
    /// Looks like a coordinate but is not `lat,lon` in decimal degrees.
    #[error("{0:?} is not a location written as latitude,longitude")]
    MalformedCoordinate(String),
    /// A valid coordinate outside the Los Angeles County outline (more than 1 km from it).
    #[error("the location {lat},{lon} is outside Los Angeles County")]
    CoordinateOutsideLaCounty {
        /// Latitude.
        lat: f64,
        /// Longitude.
        lon: f64,
    },
}

impl PlaceError {
    /// A stable code for the message catalogue (`locator-error-<code>` in Fluent).
    pub fn code(&self) -> &'static str {
        match self {
            PlaceError::Empty => "empty",
            PlaceError::MalformedZip(_) => "malformed-zip",
            PlaceError::ZipNotInLaCounty(_) => "zip-not-in-county",
            PlaceError::UnknownPlace(_) => "unknown-place",
            PlaceError::MalformedCoordinate(_) => "malformed-coordinate",
            PlaceError::CoordinateOutsideLaCounty { .. } => "coordinate-outside-county",
        }
    }

    /// HTTP status for the JSON API: 400 for input that is not a query, 404 for a well-formed
    /// query with no place in Los Angeles County.
    pub fn status_code(&self) -> http::StatusCode {
        match self {
            PlaceError::Empty
            | PlaceError::MalformedZip(_)
            | PlaceError::MalformedCoordinate(_) => http::StatusCode::BAD_REQUEST,
            PlaceError::ZipNotInLaCounty(_)
            | PlaceError::UnknownPlace(_)
            | PlaceError::CoordinateOutsideLaCounty { .. } => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Error reading the ZIP table.
#[derive(Debug, thiserror::Error)]
pub enum PlacesLoadError {
    /// File could not be read.
    #[error("{path}: {source}")]
    Io {
        /// File.
        path: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The gazetteer does not load.
    #[error(transparent)]
    Gazetteer(#[from] GazetteerError),
    /// The county outline does not load.
    #[error(transparent)]
    Outline(#[from] crate::county::OutlineError),
    /// A row is malformed.
    #[error("{file}, line {line}: {message}")]
    Row {
        /// File.
        file: String,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
}

/// What a search box query resolved to.
#[derive(Debug, Clone, PartialEq)]
pub enum Resolved<'a> {
    /// A ZIP code or a single-ZIP place.
    Zip(&'a ZipPlace),
    /// A coordinate the user gave (or the browser's location).
    Coordinate(CheckedPoint),
    /// A name with several ZIP codes.
    Ambiguous {
        /// The name as the table spells it.
        name: String,
        /// The ZIP codes to choose from.
        choices: Vec<&'a ZipPlace>,
    },
    /// A community with a published point and no single ZIP code.
    Place(&'a NamedPoint),
}

/// A coordinate that is in the county or too close to its line to call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckedPoint {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Within the outline's error of the county line: the reader should check their county.
    pub near_county_line: bool,
}

/// The ZIP and place table, the gazetteer and the county outline.
#[derive(Debug, Clone)]
pub struct Places {
    /// Sorted by ZIP code, one record per ZIP code.
    zips: Vec<ZipPlace>,
    /// A ZIP code's place name (and GeoNames' name) → the name as the table spells it and
    /// what [`Places::choices`] makes of its ZIP codes (indices into `zips`), worked out once
    /// at load time.
    by_name: HashMap<String, (String, Vec<usize>)>,
    gazetteer: Gazetteer,
    outline: CountyOutline,
}

/// Lower-case, accent-free, punctuation-free, single-spaced form of a name; `mt` -> `mount`.
///
/// ASCII text takes a short way with the same result ([`normalize_ascii_name`]; a property
/// test holds the two ways together).
pub fn normalize_name(s: &str) -> String {
    if s.is_ascii() {
        normalize_ascii_name(s)
    } else {
        normalize_unicode_name(s)
    }
}

/// [`normalize_name`] for ASCII text. NFKD leaves ASCII as it is, no ASCII character is a
/// combining or invisible mark, and an ASCII character's lower case is its ASCII lower case,
/// so the words are the runs of ASCII letters and digits, lower-cased, one space between.
fn normalize_ascii_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 3);
    for word in s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.eq_ignore_ascii_case("mt") {
            out.push_str("mount");
        } else {
            out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        }
    }
    out
}

/// [`normalize_name`] for any text, with Unicode decomposition (NFKD) to drop the accents.
fn normalize_unicode_name(s: &str) -> String {
    let folded: String = s
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && !crate::text::is_invisible_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded
        .split_whitespace()
        .map(|w| if w == "mt" { "mount" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

impl Places {
    /// The table, gazetteer and outline compiled into the server.
    pub fn embedded() -> Result<Self, PlacesLoadError> {
        Self::from_csv_str(EMBEDDED_ZIP_CSV, "data/zip_centroids_detail.csv")?
            .with_gazetteer(EMBEDDED_GAZETTEER)
    }

    /// Adds a gazetteer (`data/places/gazetteer.csv` format); its ZIP codes must be in the
    /// table.
    pub fn with_gazetteer(mut self, csv: &str) -> Result<Self, PlacesLoadError> {
        self.gazetteer = Gazetteer::from_csv_str(csv, |z| self.zip(z).is_some())?;
        Ok(self)
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Reads `zip_centroids_detail.csv` from a file.
    pub fn load(path: &Path) -> Result<Self, PlacesLoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| PlacesLoadError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_csv_str(&text, &path.display().to_string())
    }

    /// Parses the ZIP table's CSV text (`file` names it in errors), with the shipped county
    /// outline and no gazetteer.
    pub fn from_csv_str(text: &str, file: &str) -> Result<Self, PlacesLoadError> {
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let row_err = |line: u64, message: String| PlacesLoadError::Row {
            file: file.to_string(),
            line,
            message,
        };
        let headers = reader
            .headers()
            .map_err(|e| row_err(1, e.to_string()))?
            .clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| row_err(1, format!("missing column {name}")))
        };
        let (c_zip, c_city, c_lat, c_lon, c_src, c_type, c_active) = (
            col("zip")?,
            col("city")?,
            col("latitude")?,
            col("longitude")?,
            col("coord_source")?,
            col("zip_type")?,
            col("usps_active")?,
        );
        let c_gn_county = headers.iter().position(|h| h == "county_per_geonames");
        let c_py_county = headers.iter().position(|h| h == "county_per_pyzipcodes");
        let c_gn_place = headers.iter().position(|h| h == "geonames_place");
        let c_gn_acc = headers.iter().position(|h| h == "geonames_accuracy");
        let mut zips: BTreeMap<String, ZipPlace> = BTreeMap::new();
        let mut by_name: HashMap<String, (String, Vec<String>)> = HashMap::new();
        for (i, record) in reader.records().enumerate() {
            let line = i as u64 + 2;
            let record = record.map_err(|e| row_err(line, e.to_string()))?;
            let get = |c: usize| record.get(c).unwrap_or("").trim();
            let opt =
                |c: Option<usize>| c.map(|c| record.get(c).unwrap_or("").trim()).unwrap_or("");
            let zip = get(c_zip).to_string();
            if zip.len() != 5 || !zip.bytes().all(|b| b.is_ascii_digit()) {
                return Err(row_err(line, format!("bad ZIP {zip:?}")));
            }
            let lat: f64 = get(c_lat)
                .parse()
                .map_err(|_| row_err(line, format!("bad latitude {:?}", get(c_lat))))?;
            let lon: f64 = get(c_lon)
                .parse()
                .map_err(|_| row_err(line, format!("bad longitude {:?}", get(c_lon))))?;
            if !in_la_county_box(lat, lon) {
                return Err(row_err(
                    line,
                    format!("ZIP {zip}: point {lat},{lon} is outside the LA County box"),
                ));
            }
            let source_text = get(c_src).to_string();
            let source = if source_text.starts_with("US Census") {
                ZipPointSource::CensusZcta2021
            } else if source_text.starts_with("GeoNames") {
                ZipPointSource::GeoNames
            } else if source_text.starts_with("PyPI zipcodes") {
                ZipPointSource::PyZipcodesGeoNames
            } else {
                return Err(row_err(
                    line,
                    format!("unknown coordinate source {source_text:?}"),
                ));
            };
            let zip_type = match get(c_type) {
                "STANDARD" => ZipType::Standard,
                "PO BOX" => ZipType::PoBox,
                "UNIQUE" => ZipType::Unique,
                other => return Err(row_err(line, format!("unknown ZIP type {other:?}"))),
            };
            let active = match get(c_active) {
                "true" => true,
                "false" => false,
                other => return Err(row_err(line, format!("bad usps_active {other:?}"))),
            };
            let city = get(c_city).to_string();
            if city.is_empty() {
                return Err(row_err(line, format!("ZIP {zip} has no place name")));
            }
            let low_precision = match source {
                ZipPointSource::CensusZcta2021 => false,
                ZipPointSource::PyZipcodesGeoNames => true,
                ZipPointSource::GeoNames => opt(c_gn_acc) == "1",
            };
            let gn_county = opt(c_gn_county);
            let py_county = opt(c_py_county);
            let county_disputed = (!gn_county.is_empty() && gn_county != "Los Angeles")
                || (!py_county.is_empty() && py_county != "Los Angeles County");
            let gn_place = opt(c_gn_place);
            let geonames_place = (!gn_place.is_empty()
                && normalize_name(gn_place) != normalize_name(&city))
            .then(|| gn_place.to_string());
            let place = ZipPlace {
                zip: zip.clone(),
                city: city.clone(),
                lat,
                lon,
                source,
                source_text,
                zip_type,
                active,
                low_precision,
                county_disputed,
                geonames_place: geonames_place.clone(),
            };
            if zips.insert(zip.clone(), place).is_some() {
                return Err(row_err(line, format!("ZIP {zip} listed twice")));
            }
            for name in std::iter::once(city).chain(geonames_place) {
                let entry = by_name
                    .entry(normalize_name(&name))
                    .or_insert_with(|| (name.clone(), Vec::new()));
                entry.1.push(zip.clone());
            }
        }
        let mut places = Places {
            zips: zips.into_values().collect(),
            by_name: HashMap::new(),
            gazetteer: Gazetteer::default(),
            outline: CountyOutline::from_geojson(EMBEDDED_OUTLINE)?,
        };
        places.by_name = by_name
            .into_iter()
            .map(|(key, (name, zips))| {
                let choices = places.choices(&zips);
                (key, (name, choices))
            })
            .collect();
        Ok(places)
    }

    /// Number of ZIP codes.
    pub fn len(&self) -> usize {
        self.zips.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.zips.is_empty()
    }

    /// All ZIP codes in order.
    pub fn iter(&self) -> impl Iterator<Item = &ZipPlace> {
        self.zips.iter()
    }

    /// The record of an exact 5-digit ZIP code.
    pub fn zip(&self, zip: &str) -> Option<&ZipPlace> {
        self.index_of(zip).map(|i| &self.zips[i])
    }

    /// Where a ZIP code's record is in `zips`.
    fn index_of(&self, zip: &str) -> Option<usize> {
        self.zips
            .binary_search_by(|place| place.zip.as_str().cmp(zip))
            .ok()
    }

    /// Looks up a ZIP code typed by a person: 5 digits, or ZIP+4 in any form, in any
    /// script's digits (see [`crate::query`]).
    pub fn lookup_zip(&self, input: &str) -> Result<&ZipPlace, PlaceError> {
        match classify(input)? {
            PlaceQuery::Zip(five) => self.zip_in_county(&five),
            _ => Err(PlaceError::MalformedZip(input.trim().to_owned())),
        }
    }

    fn zip_in_county(&self, five: &str) -> Result<&ZipPlace, PlaceError> {
        self.zip(five)
            .ok_or_else(|| PlaceError::ZipNotInLaCounty(five.to_owned()))
    }

    /// Looks up a city or neighbourhood name (see [`Places::resolve`] for the whole search box).
    pub fn lookup_place(&self, input: &str) -> Result<Resolved<'_>, PlaceError> {
        match classify(input)? {
            PlaceQuery::Name { key, typed, .. } => self.lookup_name(&key, &typed),
            _ => Err(PlaceError::UnknownPlace(input.trim().to_owned())),
        }
    }

    /// A normalized name: the ZIP table's own place names first, then a short form's real
    /// name, then the gazetteer; each tried as it is and without a leading "City of".
    fn lookup_name(&self, key: &str, typed: &str) -> Result<Resolved<'_>, PlaceError> {
        if key.is_empty() {
            return Err(PlaceError::Empty);
        }
        let keys = std::iter::once(key).chain(without_city_of(key));
        for key in keys {
            let key = self.gazetteer.alias(key).unwrap_or(key);
            if let Some((name, choices)) = self.by_name.get(key) {
                if let Some(found) = self.resolved(name, choices) {
                    return Ok(found);
                }
            }
            match self.gazetteer.lookup(key) {
                Some(Entry::Zips { name, zips }) => {
                    if let Some(found) = self.resolved(name, &self.choices(zips)) {
                        return Ok(found);
                    }
                }
                Some(Entry::Point(point)) => return Ok(Resolved::Place(point)),
                None => {}
            }
        }
        Err(PlaceError::UnknownPlace(typed.to_owned()))
    }

    /// The ZIP codes of a name to offer (indices into `zips`, in ZIP code order): delivery
    /// ZIP codes in use first, then any in use, then all; one per distinct point. ZIP codes
    /// the table does not have are skipped.
    fn choices(&self, zips: &[String]) -> Vec<usize> {
        let all: Vec<usize> = zips.iter().filter_map(|z| self.index_of(z)).collect();
        let standard: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| self.zips[i].active && self.zips[i].zip_type == ZipType::Standard)
            .collect();
        let active: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| self.zips[i].active)
            .collect();
        let mut choices = if !standard.is_empty() {
            standard
        } else if !active.is_empty() {
            active
        } else {
            all
        };
        // `zips` is sorted by ZIP code, so index order is ZIP code order.
        choices.sort_unstable();
        let mut distinct: Vec<usize> = Vec::new();
        for c in choices {
            let p = &self.zips[c];
            if !distinct
                .iter()
                .any(|&d| self.zips[d].lat == p.lat && self.zips[d].lon == p.lon)
            {
                distinct.push(c);
            }
        }
        distinct
    }

    /// One ZIP code of a name, or the ZIP codes to choose from ([`Places::choices`]); `None`
    /// when there is none.
    fn resolved<'a>(&'a self, name: &str, choices: &[usize]) -> Option<Resolved<'a>> {
        match choices {
            [] => None,
            [one] => Some(Resolved::Zip(&self.zips[*one])),
            _ => Some(Resolved::Ambiguous {
                name: name.to_owned(),
                choices: choices.iter().map(|&i| &self.zips[i]).collect(),
            }),
        }
    }

    /// Where a coordinate is: in the county (or near its line), else
    /// [`PlaceError::CoordinateOutsideLaCounty`]; [`PlaceError::MalformedCoordinate`] when it
    /// is no place on Earth.
    pub fn check_coordinate(&self, lat: f64, lon: f64) -> Result<CheckedPoint, PlaceError> {
        if !is_valid_coordinate(lat, lon) {
            return Err(PlaceError::MalformedCoordinate(format!("{lat},{lon}")));
        }
        let near_county_line = match self.outline.check(lat, lon) {
            CountyCheck::Inside => false,
            CountyCheck::NearLine => true,
            CountyCheck::Outside => return Err(PlaceError::CoordinateOutsideLaCounty { lat, lon }),
        };
        Ok(CheckedPoint {
            lat,
            lon,
            near_county_line,
        })
    }

    /// Resolves a search box: a ZIP code, a `lat,lon` pair, or a place name (a ZIP code inside
    /// the name wins when the table has it).
    pub fn resolve(&self, input: &str) -> Result<Resolved<'_>, PlaceError> {
        match classify(input)? {
            PlaceQuery::Zip(five) => self.zip_in_county(&five).map(Resolved::Zip),
            PlaceQuery::Coordinate(text) => {
                let (lat, lon) = parse_lat_lon(&text)?;
                self.check_coordinate(lat, lon).map(Resolved::Coordinate)
            }
            PlaceQuery::Name { key, typed, zip } => match zip {
                None => self.lookup_name(&key, &typed),
                Some(five) => match self.zip_in_county(&five) {
                    Ok(place) => Ok(Resolved::Zip(place)),
                    // A number that is no county ZIP code may be a house number: the name
                    // can still say where, else the ZIP code is what we report.
                    Err(not_in_county) => self.lookup_name(&key, &typed).map_err(|_| not_in_county),
                },
            },
        }
    }
}

/// Parses `lat,lon` in decimal degrees strictly: two plain decimal numbers (optional sign,
/// digits, optional fraction; no exponent, no `NaN`), one comma, optional spaces; any script's
/// digits and the Arabic separators are read as ASCII first. The point must be a place on
/// Earth; whether it is in the county is [`Places::check_coordinate`]'s question.
pub fn parse_lat_lon(input: &str) -> Result<(f64, f64), PlaceError> {
    let folded = fold_for_parsing(input);
    let malformed = || PlaceError::MalformedCoordinate(input.trim().to_string());
    let (a, b) = folded.trim().split_once(',').ok_or_else(malformed)?;
    let lat = parse_decimal(a.trim()).ok_or_else(malformed)?;
    let lon = parse_decimal(b.trim()).ok_or_else(malformed)?;
    if !is_valid_coordinate(lat, lon) {
        return Err(malformed());
    }
    Ok((lat, lon))
}

/// Parses one coordinate half strictly: optional sign, at most three integer digits, an
/// optional fraction of 1 to 15 digits; no spaces, exponent, `NaN` or `inf`. The range is not
/// checked (see [`super::bounds`]). For query parameters that carry `lat` and `lon` apart.
pub fn parse_degrees(s: &str) -> Option<f64> {
    parse_decimal(s)
}

fn parse_decimal(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    if int.is_empty() || int.len() > 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(f) = frac {
        if f.is_empty() || f.len() > 15 || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> Places {
        match Places::embedded() {
            Ok(p) => p,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn loads_the_shipped_table() {
        let p = places();
        assert_eq!(p.len(), 529);
        assert_eq!(p.iter().filter(|z| z.active).count(), 504);
        assert_eq!(
            p.iter().filter(|z| z.requires_geonames_credit()).count(),
            235
        );
    }

    #[test]
    fn zip_lookup() {
        let p = places();
        let Ok(z) = p.lookup_zip("90012") else {
            panic!()
        };
        assert_eq!(z.city, "Los Angeles");
        assert_eq!(z.source, ZipPointSource::CensusZcta2021);
        assert!(!z.requires_geonames_credit());
        assert_eq!(
            p.lookup_zip(" 90012-1234 ").map(|z| z.zip.as_str()),
            Ok("90012")
        );
        let Ok(po) = p.lookup_zip("90009") else {
            panic!()
        };
        assert!(po.requires_geonames_credit());
        assert_eq!(po.attribution(), Some(GEONAMES_CREDIT));
        assert_eq!(
            p.lookup_zip("9001"),
            Err(PlaceError::MalformedZip("9001".into()))
        );
        assert_eq!(
            p.lookup_zip("900123"),
            Err(PlaceError::MalformedZip("900123".into()))
        );
        assert_eq!(
            p.lookup_zip("90012-12"),
            Err(PlaceError::MalformedZip("90012-12".into()))
        );
        assert_eq!(
            p.lookup_zip("94103"),
            Err(PlaceError::ZipNotInLaCounty("94103".into()))
        );
        assert_eq!(p.lookup_zip(""), Err(PlaceError::Empty));
        // Disputed and low-precision points are flagged, not dropped or moved.
        let Ok(baldy) = p.lookup_zip("91759") else {
            panic!()
        };
        assert!(baldy.county_disputed);
        let Ok(toluca) = p.lookup_zip("91610") else {
            panic!()
        };
        assert!(toluca.low_precision);
    }

    #[test]
    fn names() {
        let p = places();
        // One ZIP: found, whatever the case, accents or spaces.
        for q in [
            "Avalon",
            "avalon",
            "  AVALON ",
            "Avalón",
            "Avalon, CA",
            "avalon, california",
        ] {
            match p.lookup_place(q) {
                Ok(Resolved::Zip(z)) => assert_eq!(z.zip, "90704", "{q}"),
                other => panic!("{q}: {other:?}"),
            }
        }
        for q in [
            "La Cañada Flintridge",
            "la  canada   flintridge",
            "LA CANADA-FLINTRIDGE",
        ] {
            assert!(matches!(p.lookup_place(q), Ok(Resolved::Zip(_))), "{q}");
        }
        // Mt / Mount, and GeoNames' spelling as an alias.
        assert!(matches!(p.lookup_place("Mount Baldy"), Ok(Resolved::Zip(z)) if z.zip == "91759"));
        assert!(matches!(p.lookup_place("mt. baldy"), Ok(Resolved::Zip(z)) if z.zip == "91759"));
        // Several ZIP codes: a list of delivery ZIPs to choose from.
        match p.lookup_place("pasadena") {
            Ok(Resolved::Ambiguous { name, choices }) => {
                assert_eq!(name, "Pasadena");
                assert!(choices.len() > 1);
                assert!(choices
                    .iter()
                    .all(|c| c.zip_type == ZipType::Standard && c.active));
                assert!(choices.windows(2).all(|w| w[0].zip < w[1].zip));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            p.lookup_place("Gotham"),
            Err(PlaceError::UnknownPlace("Gotham".into()))
        );
        assert_eq!(p.lookup_place("  "), Err(PlaceError::Empty));
    }

    #[test]
    fn resolve_and_coordinates() {
        let p = places();
        assert!(matches!(p.resolve("90012"), Ok(Resolved::Zip(z)) if z.zip == "90012"));
        let downtown = Resolved::Coordinate(CheckedPoint {
            lat: 34.05,
            lon: -118.25,
            near_county_line: false,
        });
        assert_eq!(p.resolve("34.05, -118.25"), Ok(downtown.clone()));
        assert_eq!(p.resolve("34.05,-118.25"), Ok(downtown.clone()));
        assert_eq!(p.resolve("٣٤٫٠٥، -١١٨٫٢٥"), Ok(downtown.clone()));
        assert_eq!(p.resolve("۳۴٫۰۵,-۱۱۸٫۲۵"), Ok(downtown));
        assert!(matches!(
            p.resolve("Long Beach"),
            Ok(Resolved::Ambiguous { .. })
        ));
        assert_eq!(
            p.resolve("37.77,-122.42"),
            Err(PlaceError::CoordinateOutsideLaCounty {
                lat: 37.77,
                lon: -122.42
            })
        );
        for bad in [
            "34.05,",
            ",-118",
            "34.05,-118.25,1",
            "1e1,-118",
            "34.05;-118.25",
            "34.05 -118.25",
            "--34,-118",
            "34.,-118",
            "91.0,-118",
            "34.05,-181",
        ] {
            assert!(
                matches!(parse_lat_lon(bad), Err(PlaceError::MalformedCoordinate(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            p.resolve("34.05 -118.25"),
            Err(PlaceError::MalformedCoordinate(_))
        ));
        assert!(matches!(
            p.resolve("9001"),
            Err(PlaceError::MalformedZip(_))
        ));
        assert_eq!(
            p.check_coordinate(f64::NAN, 0.0),
            Err(PlaceError::MalformedCoordinate("NaN,0".into()))
        );
        assert!(matches!(
            p.check_coordinate(34.05, -118.25),
            Ok(CheckedPoint {
                near_county_line: false,
                ..
            })
        ));
        // Anaheim is in the county's box but not in the county.
        assert!(matches!(
            p.check_coordinate(33.84, -117.91),
            Err(PlaceError::CoordinateOutsideLaCounty { .. })
        ));
        assert_eq!(
            PlaceError::MalformedZip("1".into()).status_code(),
            http::StatusCode::BAD_REQUEST
        );
        assert_eq!(PlaceError::UnknownPlace("x".into()).code(), "unknown-place");
    }

    #[test]
    fn single_degrees_are_strict() {
        assert_eq!(parse_degrees("34.0522"), Some(34.0522));
        assert_eq!(parse_degrees("-118"), Some(-118.0));
        assert_eq!(parse_degrees("+34.5"), Some(34.5));
        for bad in [
            "",
            " 34",
            "34 ",
            "34.",
            ".5",
            "1e1",
            "NaN",
            "inf",
            "0x10",
            "1234",
            "34,05",
            "--34",
            "3\u{2068}4",
        ] {
            assert_eq!(parse_degrees(bad), None, "{bad:?}");
        }
    }

    /// The zero digit of each script whose keyboard our readers may use: ASCII, Arabic-Indic,
    /// Persian, Devanagari, Thai, Khmer, full-width, Bengali, Myanmar.
    const DIGIT_ZEROS: [char; 9] = ['0', '٠', '۰', '०', '๐', '០', '０', '০', '၀'];

    fn in_script(ascii: &str, zero: char) -> String {
        ascii
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(u32::from(zero) + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }

    #[test]
    fn every_zip_in_every_script_and_zip4_form_resolves_as_its_ascii_form() {
        let p = places();
        let dashes = ["-", "–", "—", "−", "－", " ", "", " - "];
        for z in p.iter() {
            let expected = p.resolve(&z.zip);
            assert!(matches!(expected, Ok(Resolved::Zip(found)) if found.zip == z.zip));
            for zero in DIGIT_ZEROS {
                for form in std::iter::once(z.zip.clone())
                    .chain(dashes.iter().map(|d| format!("{}{d}1234", z.zip)))
                {
                    let typed = in_script(&form, zero);
                    assert_eq!(p.resolve(&typed), expected, "{typed}");
                    assert_eq!(p.lookup_zip(&typed).map(|f| &f.zip), Ok(&z.zip), "{typed}");
                }
            }
        }
    }

    #[test]
    fn every_gazetteer_name_and_short_form_resolves() {
        let p = places();
        let names = p.gazetteer().names();
        assert!(names.len() > 300, "{}", names.len());
        for name in names {
            assert!(
                matches!(
                    p.resolve(name),
                    Ok(Resolved::Zip(_) | Resolved::Ambiguous { .. } | Resolved::Place(_))
                ),
                "{name}: {:?}",
                p.resolve(name)
            );
        }
        for (alias, target) in p.gazetteer().aliases() {
            assert_eq!(p.resolve(alias), p.resolve(target), "{alias} -> {target}");
        }
    }

    #[test]
    fn the_names_families_type() {
        let p = places();
        let zip_of = |q: &str| match p.resolve(q) {
            Ok(Resolved::Zip(z)) => z.zip.clone(),
            other => panic!("{q}: {other:?}"),
        };
        assert_eq!(zip_of("Boyle Heights"), "90033");
        assert_eq!(zip_of("Watts"), "90002");
        assert_eq!(zip_of("Catalina"), "90704");
        assert_eq!(zip_of("Echo Park"), "90026");
        assert_eq!(zip_of("East Los Angeles"), "90022");
        assert_eq!(zip_of("East LA"), "90022");
        assert_eq!(zip_of("east l.a."), "90022");
        assert_eq!(zip_of("Los Angeles, CA 90033"), "90033");
        assert_eq!(zip_of("CA 90033"), "90033");
        assert_eq!(
            zip_of("1200 N State St, Los Angeles, CA 90033-1029"),
            "90033"
        );
        for q in ["Florence-Graham", "Willowbrook", "Hollywood"] {
            assert!(
                matches!(p.resolve(q), Ok(Resolved::Place(_))),
                "{q}: {:?}",
                p.resolve(q)
            );
        }
        let pomona = p.resolve("Pomona");
        assert!(pomona.is_ok());
        for q in [
            "Pomona CA",
            "Pomona, Calif.",
            "City of Pomona",
            "city of pomona, california",
        ] {
            assert_eq!(p.resolve(q), pomona, "{q}");
        }
        let los_angeles = p.resolve("Los Angeles");
        assert!(matches!(los_angeles, Ok(Resolved::Ambiguous { .. })));
        for q in ["LA", "L.A.", "la", "L A"] {
            assert_eq!(p.resolve(q), los_angeles, "{q}");
        }
        // A city whose own name starts with "City of".
        assert!(p.resolve("City of Industry").is_ok());
        // An out-of-county ZIP code with a name we do not know says what is true.
        assert_eq!(
            p.resolve("Anaheim, CA 92801"),
            Err(PlaceError::ZipNotInLaCounty("92801".into()))
        );
        assert_eq!(
            p.resolve("Gotham"),
            Err(PlaceError::UnknownPlace("Gotham".into()))
        );
    }

    /// The choice as `Places::choose` made it on every call before the choices were worked
    /// out at load time: the reference the stored choices must equal.
    fn reference_choice<'a>(p: &'a Places, zips: &[String]) -> Vec<&'a ZipPlace> {
        let all: Vec<&ZipPlace> = zips.iter().filter_map(|z| p.zip(z)).collect();
        let standard: Vec<&ZipPlace> = all
            .iter()
            .copied()
            .filter(|p| p.active && p.zip_type == ZipType::Standard)
            .collect();
        let active: Vec<&ZipPlace> = all.iter().copied().filter(|p| p.active).collect();
        let mut choices = if !standard.is_empty() {
            standard
        } else if !active.is_empty() {
            active
        } else {
            all
        };
        choices.sort_by(|a, b| a.zip.cmp(&b.zip));
        let mut distinct: Vec<&ZipPlace> = Vec::new();
        for c in choices {
            if !distinct.iter().any(|d| d.lat == c.lat && d.lon == c.lon) {
                distinct.push(c);
            }
        }
        distinct
    }

    #[test]
    fn stored_choices_are_the_reference_choices() {
        let p = places();
        let mut raw: HashMap<String, Vec<String>> = HashMap::new();
        for z in p.iter() {
            for name in std::iter::once(&z.city).chain(&z.geonames_place) {
                raw.entry(normalize_name(name))
                    .or_default()
                    .push(z.zip.clone());
            }
        }
        assert_eq!(raw.len(), p.by_name.len());
        assert!(p.zips.windows(2).all(|w| w[0].zip < w[1].zip));
        for (key, zips) in &raw {
            let stored: Vec<&ZipPlace> = p.by_name[key].1.iter().map(|&i| &p.zips[i]).collect();
            assert_eq!(stored, reference_choice(&p, zips), "{key}");
        }
        for name in p.gazetteer().names() {
            if let Some(Entry::Zips { zips, .. }) = p.gazetteer().lookup(&normalize_name(name)) {
                let mut shuffled = zips.to_vec();
                shuffled.reverse();
                let chosen: Vec<&ZipPlace> =
                    p.choices(&shuffled).iter().map(|&i| &p.zips[i]).collect();
                assert_eq!(chosen, reference_choice(&p, zips), "{name}");
            }
        }
    }

    #[test]
    fn every_ascii_character_normalizes_the_same_both_ways() {
        let all: String = (0u8..=127).map(char::from).collect();
        assert_eq!(normalize_ascii_name(&all), normalize_unicode_name(&all));
        for c in all.chars() {
            let one = format!("Mt{c}mT{c}{c}x{c}MT");
            assert_eq!(
                normalize_ascii_name(&one),
                normalize_unicode_name(&one),
                "{c:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_ascii_way_and_the_unicode_way_agree(s in "[\\x00-\\x7F]{0,40}|((mt|MT|Mt|mT|[a-zA-Z0-9]{1,4})[ .,\\t-]{0,2}){0,6}") {
            proptest::prop_assert_eq!(normalize_ascii_name(&s), normalize_unicode_name(&s));
        }

        #[test]
        fn the_name_key_is_the_unicode_name_key(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(normalize_name(&s), normalize_unicode_name(&s));
        }

        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let p = Places::embedded().map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
            let _ = p.resolve(&s);
            let _ = parse_lat_lon(&s);
            let _ = normalize_name(&s);
        }

        #[test]
        fn csv_parser_never_panics(s in "[a-z0-9,.\\-\\n\" ]{0,200}") {
            let _ = Places::from_csv_str(&format!("zip,city,latitude,longitude,coord_source,zip_type,usps_active\n{s}"), "fuzz");
        }
    }
}
