//! Whether a point is in Los Angeles County, by the county's outline.
//!
//! The outline is the US Census Bureau cartographic boundary file `cb_2016_us_county_500k`
//! (1:500,000; GEOID 06037, with Santa Catalina and San Clemente islands), shipped as
//! `data/places/la_county_outline.geojson` (provenance in `data/places/README.md`). At that
//! scale the drawn line can be off the legal line by up to about a kilometre (measured against
//! the Census 2010 1:500,000 file: median 4 m, worst 0.7 to 1.0 km, on the coast), so a point
//! within [`NEAR_LINE_M`] of the line, on either side, is [`CountyCheck::NearLine`]: the site
//! shows offices and asks the reader to check their county, never claiming either answer.

use std::sync::OnceLock;

use geo::{Coord, Distance, Euclidean, Line, LineString, MapCoords, MultiPolygon, Point, Polygon};
use rstar::{RTree, RTreeObject, AABB};

/// The shipped outline, compiled into the server.
pub const EMBEDDED_OUTLINE: &str = include_str!("../../../data/places/la_county_outline.geojson");

/// How close to the line (metres, either side) a point is too close to call.
pub const NEAR_LINE_M: f64 = 1_000.0;

/// One line for documents and messages: what the outline is.
pub const DESCRIPTION: &str = "Los Angeles County outline, US Census Bureau cartographic boundary file cb_2016_us_county_500k (1:500,000); points within 1 km of the line are treated as near the line";

/// Where a point is, relative to the county line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountyCheck {
    /// Inside, more than [`NEAR_LINE_M`] from the line.
    Inside,
    /// Within [`NEAR_LINE_M`] of the line, inside or out: too close to call at this scale.
    NearLine,
    /// Outside, more than [`NEAR_LINE_M`] from the line.
    Outside,
}

/// The county outline in a local flat projection (metres), where distances to the line are
/// plain Euclidean distances.
#[derive(Debug, Clone)]
pub struct CountyOutline {
    projected: MultiPolygon<f64>,
    /// Every edge of every ring of `projected`, indexed by its bounding box, so a check reads
    /// only the edges near the point and those a ray from it can cross.
    edges: RTree<Edge>,
}

/// One edge of a ring of the outline (projected metres).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Edge(Line<f64>);

impl RTreeObject for Edge {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        let Line { start, end } = self.0;
        AABB::from_corners([start.x, start.y], [end.x, end.y])
    }
}

impl Edge {
    /// True when the ray from `p` towards +x crosses this edge: the edge spans `p.y` (its
    /// lower end counted, its upper end not, so a ray through a vertex crosses once) and meets
    /// that line to the right of `p`.
    fn crossed_by_ray_from(&self, p: Coord<f64>) -> bool {
        let Line { start: a, end: b } = self.0;
        (a.y > p.y) != (b.y > p.y) && a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y) > p.x
    }
}

/// Why the outline file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("county outline: {0}")]
pub struct OutlineError(pub String);

/// Metres per degree at the county's middle latitude (34° N) on the WGS84 ellipsoid. A local
/// equirectangular projection over the county (1.9° of latitude) keeps distances within about
/// 2 %, far inside the line's own error.
const M_PER_DEG_LAT: f64 = 110_922.0;
const M_PER_DEG_LON: f64 = 92_385.0;

fn project(lat: f64, lon: f64) -> Coord<f64> {
    Coord {
        x: lon * M_PER_DEG_LON,
        y: lat * M_PER_DEG_LAT,
    }
}

impl CountyOutline {
    /// Reads a GeoJSON FeatureCollection whose first feature is a Polygon or MultiPolygon in
    /// WGS84 `[longitude, latitude]` order.
    pub fn from_geojson(text: &str) -> Result<CountyOutline, OutlineError> {
        let bad = |what: &str| OutlineError(what.to_owned());
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| OutlineError(e.to_string()))?;
        let geometry = value
            .get("features")
            .and_then(|f| f.get(0))
            .and_then(|f| f.get("geometry"))
            .ok_or_else(|| bad("no feature with a geometry"))?;
        let coordinates = geometry
            .get("coordinates")
            .and_then(|c| c.as_array())
            .ok_or_else(|| bad("geometry has no coordinates"))?;
        let polygons: Vec<&serde_json::Value> = match geometry.get("type").and_then(|t| t.as_str())
        {
            Some("MultiPolygon") => coordinates.iter().collect(),
            Some("Polygon") => vec![&geometry["coordinates"]],
            _ => return Err(bad("geometry is not a Polygon or MultiPolygon")),
        };
        let ring = |ring: &serde_json::Value| -> Result<LineString<f64>, OutlineError> {
            let points = ring.as_array().ok_or_else(|| bad("a ring is not a list"))?;
            let coords = points
                .iter()
                .map(|p| {
                    match (
                        p.get(0).and_then(|v| v.as_f64()),
                        p.get(1).and_then(|v| v.as_f64()),
                    ) {
                        (Some(lon), Some(lat)) if crate::bounds::is_valid_coordinate(lat, lon) => {
                            Ok(project(lat, lon))
                        }
                        _ => Err(bad("a position is not [longitude, latitude]")),
                    }
                })
                .collect::<Result<Vec<_>, _>>()?;
            if coords.len() < 4 {
                return Err(bad("a ring has fewer than 4 positions"));
            }
            Ok(LineString::new(coords))
        };
        let mut projected = Vec::new();
        for polygon in polygons {
            let rings = polygon
                .as_array()
                .ok_or_else(|| bad("a polygon is not a list"))?;
            let (exterior, holes) = rings
                .split_first()
                .ok_or_else(|| bad("a polygon has no ring"))?;
            let holes = holes.iter().map(ring).collect::<Result<Vec<_>, _>>()?;
            projected.push(Polygon::new(ring(exterior)?, holes));
        }
        if projected.is_empty() {
            return Err(bad("no polygon"));
        }
        let projected = MultiPolygon::new(projected);
        let edges = projected
            .iter()
            .flat_map(|polygon| std::iter::once(polygon.exterior()).chain(polygon.interiors()))
            .flat_map(LineString::lines)
            .map(Edge)
            .collect();
        Ok(CountyOutline {
            projected,
            edges: RTree::bulk_load(edges),
        })
    }

    /// Where `(lat, lon)` (WGS84 degrees) is. A point that is not a valid coordinate is
    /// [`CountyCheck::Outside`].
    pub fn check(&self, lat: f64, lon: f64) -> CountyCheck {
        if !crate::bounds::is_valid_coordinate(lat, lon) {
            return CountyCheck::Outside;
        }
        let p = project(lat, lon);
        // Near the line: an edge within NEAR_LINE_M. Only an edge whose box meets the square
        // around the point can be (the square is a metre wider so rounding cannot drop one);
        // the exact distance decides.
        let reach = NEAR_LINE_M + 1.0;
        let square = AABB::from_corners([p.x - reach, p.y - reach], [p.x + reach, p.y + reach]);
        let near_line = self
            .edges
            .locate_in_envelope_intersecting(&square)
            .any(|edge| Euclidean.distance(&Point(p), &edge.0) <= NEAR_LINE_M);
        if near_line {
            return CountyCheck::NearLine;
        }
        // More than a kilometre from every edge: inside when a ray from the point crosses the
        // rings an odd number of times. Only edges whose box meets the ray can cross it.
        let ray = AABB::from_corners([p.x, p.y], [f64::MAX, p.y]);
        let crossings = self
            .edges
            .locate_in_envelope_intersecting(&ray)
            .filter(|edge| edge.crossed_by_ray_from(p))
            .count();
        if crossings % 2 == 1 {
            CountyCheck::Inside
        } else {
            CountyCheck::Outside
        }
    }

    /// The outline in WGS84 degrees, x = longitude and y = latitude (for drawing maps).
    pub fn lon_lat(&self) -> MultiPolygon<f64> {
        self.projected.map_coords(|c| Coord {
            x: c.x / M_PER_DEG_LON,
            y: c.y / M_PER_DEG_LAT,
        })
    }

    /// Number of vertices (for size reports).
    pub fn vertex_count(&self) -> usize {
        self.projected
            .iter()
            .map(|p| p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>())
            .sum()
    }
}

/// The shipped outline, read once.
pub fn la_county() -> &'static CountyOutline {
    static OUTLINE: OnceLock<CountyOutline> = OnceLock::new();
    OUTLINE.get_or_init(|| match CountyOutline::from_geojson(EMBEDDED_OUTLINE) {
        Ok(outline) => outline,
        // The file is compiled in and checked by the tests below: this cannot happen in a
        // tested build, and a server without its county line must not start.
        Err(err) => panic!("{err}"),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_outline_reads() {
        let outline = CountyOutline::from_geojson(EMBEDDED_OUTLINE).unwrap();
        assert_eq!(
            outline.projected.0.len(),
            3,
            "mainland, Santa Catalina, San Clemente"
        );
        assert!(outline.vertex_count() > 500);
    }

    #[test]
    fn places_near_the_line_in_the_county_are_not_outside() {
        // (name, lat, lon), town centres from GeoNames.
        for (name, lat, lon) in [
            ("Long Beach", 33.77, -118.19),
            ("Cerritos", 33.86, -118.06),
            ("Diamond Bar", 34.00, -117.81),
            ("Pomona", 34.06, -117.75),
            ("Lancaster", 34.70, -118.14),
            ("Malibu", 34.03, -118.78),
            ("Avalon", 33.34, -118.33),
            ("downtown Los Angeles", 34.05, -118.25),
            ("San Clemente Island", 32.90, -118.50),
        ] {
            assert_ne!(la_county().check(lat, lon), CountyCheck::Outside, "{name}");
        }
        assert_eq!(la_county().check(34.05, -118.25), CountyCheck::Inside);
        assert_eq!(la_county().check(34.70, -118.14), CountyCheck::Inside);
    }

    #[test]
    fn neighbouring_counties_are_outside() {
        for (name, lat, lon) in [
            ("Anaheim, Orange", 33.84, -117.91),
            ("Irvine, Orange", 33.68, -117.79),
            ("Ontario, San Bernardino", 34.06, -117.65),
            ("San Bernardino", 34.11, -117.29),
            ("Simi Valley, Ventura", 34.27, -118.78),
            ("Oxnard, Ventura", 34.20, -119.18),
            ("Bakersfield, Kern", 35.37, -119.02),
            ("Tehachapi, Kern", 35.13, -118.45),
            ("San Francisco", 37.77, -122.42),
        ] {
            assert_eq!(la_county().check(lat, lon), CountyCheck::Outside, "{name}");
        }
        assert_eq!(la_county().check(f64::NAN, -118.0), CountyCheck::Outside);
    }

    #[test]
    fn a_point_on_the_line_is_near_it() {
        // A vertex of the mainland ring, and 500 m either side of it.
        let outline = CountyOutline::from_geojson(EMBEDDED_OUTLINE).unwrap();
        let v = outline.projected.0[0].exterior().0[100];
        let (lat, lon) = (v.y / M_PER_DEG_LAT, v.x / M_PER_DEG_LON);
        assert_eq!(outline.check(lat, lon), CountyCheck::NearLine);
        assert_eq!(outline.check(lat + 0.0045, lon), CountyCheck::NearLine);
        assert_eq!(outline.check(lat - 0.0045, lon), CountyCheck::NearLine);
    }

    /// The check as it was before the edge index: geo's point-in-polygon and the distance to
    /// every ring.
    fn reference_check(outline: &CountyOutline, lat: f64, lon: f64) -> CountyCheck {
        use geo::Contains;
        if !crate::bounds::is_valid_coordinate(lat, lon) {
            return CountyCheck::Outside;
        }
        let point = Point::from(project(lat, lon));
        let inside = outline.projected.contains(&point);
        let to_line = outline
            .projected
            .iter()
            .flat_map(|polygon| std::iter::once(polygon.exterior()).chain(polygon.interiors()))
            .map(|ring| Euclidean.distance(&point, ring))
            .fold(f64::INFINITY, f64::min);
        match (inside, to_line <= NEAR_LINE_M) {
            (_, true) => CountyCheck::NearLine,
            (true, false) => CountyCheck::Inside,
            (false, false) => CountyCheck::Outside,
        }
    }

    #[test]
    fn the_index_has_every_edge() {
        let outline = la_county();
        let rings = outline.projected.0.len();
        assert_eq!(outline.edges.size(), outline.vertex_count() - rings);
    }

    #[test]
    fn the_check_is_the_reference_check_on_a_grid_and_at_every_vertex() {
        let outline = la_county();
        // The county box and half a degree around it, every 0.02° (about 2 km).
        for i in 0..=150 {
            for j in 0..=140 {
                let (lat, lon) = (32.3 + 0.02 * f64::from(i), -119.4 + 0.02 * f64::from(j));
                assert_eq!(
                    outline.check(lat, lon),
                    reference_check(outline, lat, lon),
                    "{lat},{lon}"
                );
            }
        }
        // Every vertex, and points about 1 km (just under and just over) each side of it.
        for polygon in outline.projected.iter() {
            for v in &polygon.exterior().0 {
                let (lat, lon) = (v.y / M_PER_DEG_LAT, v.x / M_PER_DEG_LON);
                for (dlat, dlon) in [
                    (0.0, 0.0),
                    (0.0090, 0.0),
                    (-0.0090, 0.0),
                    (0.0, 0.0108),
                    (0.0, -0.0108),
                    (0.0091, 0.0),
                    (-0.0091, 0.0),
                    (0.0, 0.0109),
                    (0.0, -0.0109),
                ] {
                    let (lat, lon) = (lat + dlat, lon + dlon);
                    assert_eq!(
                        outline.check(lat, lon),
                        reference_check(outline, lat, lon),
                        "{lat},{lon}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_check_is_the_reference_check(lat in 32.0f64..35.5, lon in -119.8f64..-116.9) {
            let outline = la_county();
            proptest::prop_assert_eq!(outline.check(lat, lon), reference_check(outline, lat, lon));
        }
    }

    #[test]
    fn bad_files_say_why() {
        for text in [
            "",
            "{}",
            r#"{"features":[{"geometry":{"type":"Point","coordinates":[1,2]}}]}"#,
        ] {
            assert!(CountyOutline::from_geojson(text).is_err(), "{text}");
        }
    }
}
