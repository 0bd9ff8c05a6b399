//! Community names people type that are not a ZIP code's own place name: USPS acceptable and
//! other city names per ZIP code, GeoNames populated places in Los Angeles County, and a few
//! short forms ("East LA"). Read from `data/places/gazetteer.csv`; every row names its source
//! (see `data/places/README.md`). Nothing here is a guess: a name maps to the ZIP codes or the
//! point its source gives, or it is not in the file.

use std::collections::HashMap;

use crate::bounds::in_la_county_box;
use crate::places::normalize_name;

/// The shipped gazetteer, compiled into the server.
pub const EMBEDDED_GAZETTEER: &str = include_str!("../../../data/places/gazetteer.csv");

/// Credit line for a GeoNames place point (CC BY 4.0).
pub const GEONAMES_PLACE_CREDIT: &str =
    "Place location from GeoNames (geonames.org), licensed under CC BY 4.0";

/// A populated place with a published point (GeoNames).
#[derive(Debug, Clone, PartialEq)]
pub struct NamedPoint {
    /// The name as the source spells it.
    pub name: String,
    /// Latitude (WGS84).
    pub lat: f64,
    /// Longitude (WGS84).
    pub lon: f64,
    /// The source row's source id.
    pub source: String,
}

/// Names with ZIP codes, keyed by [`normalize_name`].
type ZipNames = HashMap<String, (String, Vec<String>)>;

/// The gazetteer, keyed by [`normalize_name`].
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// USPS acceptable city names: name → ZIP codes.
    acceptable: ZipNames,
    /// Other names USPS lists for a ZIP (not to be used on mail, but what people call the area).
    other_usps: ZipNames,
    /// GeoNames places.
    points: HashMap<String, NamedPoint>,
    /// Short forms → the normalized real name.
    aliases: HashMap<String, String>,
}

/// What the gazetteer knows of a name.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry<'a> {
    /// A name for these ZIP codes (in file order).
    Zips {
        /// The name as the source spells it.
        name: &'a str,
        /// Five-digit ZIP codes.
        zips: &'a [String],
    },
    /// A place with a point.
    Point(&'a NamedPoint),
}

/// A row that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("data/places/gazetteer.csv, line {line}: {message}")]
pub struct GazetteerError {
    /// 1-based line.
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

impl Gazetteer {
    /// Parses the CSV (`name,zips,lat,lon,kind,source`). `known_zip` says which ZIP codes the
    /// ZIP table has: a row naming another is an error, so the file cannot point past the table.
    pub fn from_csv_str(
        text: &str,
        known_zip: impl Fn(&str) -> bool,
    ) -> Result<Gazetteer, GazetteerError> {
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let mut g = Gazetteer::default();
        for (i, record) in reader.records().enumerate() {
            let line = i as u64 + 2;
            let err = |message: String| GazetteerError { line, message };
            let record = record.map_err(|e| err(e.to_string()))?;
            let cell = |n: usize| record.get(n).unwrap_or("").trim();
            let (name, zips, lat, lon, kind, source) =
                (cell(0), cell(1), cell(2), cell(3), cell(4), cell(5));
            let key = normalize_name(name);
            if key.is_empty() {
                return Err(err(format!("empty name {name:?}")));
            }
            let zip_list = || -> Result<Vec<String>, GazetteerError> {
                let list: Vec<String> = zips.split_whitespace().map(str::to_owned).collect();
                if list.is_empty() {
                    return Err(err(format!("{name}: no ZIP code")));
                }
                match list.iter().find(|z| !known_zip(z)) {
                    Some(z) => Err(err(format!("{name}: ZIP {z} is not in the ZIP table"))),
                    None => Ok(list),
                }
            };
            match kind {
                "usps_acceptable" | "usps_unacceptable" => {
                    let table = if kind == "usps_acceptable" {
                        &mut g.acceptable
                    } else {
                        &mut g.other_usps
                    };
                    let list = zip_list()?;
                    let entry = table
                        .entry(key)
                        .or_insert_with(|| (name.to_owned(), Vec::new()));
                    entry.1.extend(list);
                }
                "geonames_place" => {
                    let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
                        return Err(err(format!("{name}: bad point {lat:?},{lon:?}")));
                    };
                    if !in_la_county_box(lat, lon) {
                        return Err(err(format!(
                            "{name}: {lat},{lon} is outside the county box"
                        )));
                    }
                    // The first row of a name wins (GeoNames lists a few names twice).
                    g.points.entry(key).or_insert_with(|| NamedPoint {
                        name: name.to_owned(),
                        lat,
                        lon,
                        source: source.to_owned(),
                    });
                }
                "alias" => {
                    let target = source
                        .strip_prefix("alias:")
                        .map(normalize_name)
                        .filter(|t| !t.is_empty())
                        .ok_or_else(|| err(format!("{name}: alias without a target")))?;
                    g.aliases.insert(key, target);
                }
                other => return Err(err(format!("{name}: unknown kind {other:?}"))),
            }
        }
        Ok(g)
    }

    /// The real name a short form stands for (normalized), if `key` is one.
    pub fn alias(&self, key: &str) -> Option<&str> {
        self.aliases.get(key).map(String::as_str)
    }

    /// What the gazetteer knows of a normalized name, most exact first: a USPS name with one ZIP
    /// code, then a place with a point, then a USPS name with several ZIP codes (the reader
    /// chooses). USPS acceptable names come before the other names USPS lists.
    pub fn lookup(&self, key: &str) -> Option<Entry<'_>> {
        let usps = [&self.acceptable, &self.other_usps]
            .into_iter()
            .find_map(|table| table.get(key))
            .map(|(name, zips)| Entry::Zips { name, zips });
        match usps {
            Some(Entry::Zips { zips: [_], .. }) => usps,
            _ => self.points.get(key).map(Entry::Point).or(usps),
        }
    }

    /// Every place with a point (GeoNames), in name order.
    pub fn points(&self) -> Vec<&NamedPoint> {
        let mut points: Vec<&NamedPoint> = self.points.values().collect();
        points.sort_unstable_by(|a, b| a.name.cmp(&b.name));
        points
    }

    /// Every name the file holds, as the source spells it (for the tests).
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .acceptable
            .values()
            .chain(self.other_usps.values())
            .map(|(n, _)| n.as_str())
            .chain(self.points.values().map(|p| p.name.as_str()))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// Every alias key and its target key (for the tests).
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &str)> {
        self.aliases.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}
