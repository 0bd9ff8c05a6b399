//! Service areas: which office *serves* a point, as DCFS and DPSS assign offices, apart from
//! which is nearest.
//!
//! An area is an HSDS 3.1 `service_area` of an office's service whose `extent` is a GeoJSON
//! polygon, drawn from the County's boundary layers (DCFS Regional Service Areas, DPSS program
//! intake boundaries; see `data/gis/README.md`). Each shape is cut into monotone pieces (geo's
//! `monotone_subdivision`), whose point-in-polygon test is a binary search, O(log n) in its
//! corners, where a whole polygon's is O(n); the pieces are indexed by envelope in an R*-tree
//! (rstar). A point on a shared boundary is held by both areas: neither can be ruled out.
//!
//! Checks when the index is built: each shape must be a valid polygon (OGC simple-feature
//! rules as geo's `Validation` reads them) with some area, and must lie in Los Angeles County.
//! Overlaps between areas of one layer are reported, not refused: boundaries drawn at different
//! scales overlap a little along their edges.

use geo::{
    monotone_subdivision, BooleanOps, BoundingRect, ChamberlainDuquetteArea, Coord, InteriorPoint,
    Intersects, LineString, MonoPoly, MultiPolygon, Polygon, Validation,
};
use rstar::{
    primitives::{GeomWithData, Rectangle},
    RTree,
};

use std::collections::HashMap;

use crate::county::{la_county, CountyCheck};
use crate::dataset::hsds::{attribute_value, link_type, Dataset};

/// One area in which an office takes people, ready to index.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaShape {
    /// HSDS `service_area.id`.
    pub id: String,
    /// The office (HSDS `location.id`) that serves it.
    pub office_id: String,
    /// The layer it came from: one program's areas, which should not overlap each other.
    pub layer: String,
    /// Its name, as the source gives it.
    pub name: String,
    /// Its shape in WGS84 degrees, x = longitude and y = latitude.
    pub shape: MultiPolygon<f64>,
}

/// Why an area cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AreaProblem {
    /// The shape breaks the simple-feature rules (a ring that crosses itself, too few points,
    /// a hole outside its shell...).
    #[error("service area {id}: its shape is not a valid polygon ({reason})")]
    Invalid { id: String, reason: String },
    /// The shape encloses nothing.
    #[error("service area {id}: its shape has no area")]
    NoArea { id: String },
    /// The record's `extent` is not a GeoJSON polygon we read, or its office is unknown.
    #[error("service area {id}: {reason}")]
    Unreadable { id: String, reason: String },
    /// The shape lies outside the county: its interior point does, or more than
    /// [`MAX_OUTSIDE_SHARE`] of its corners do (more than 1 km past the county line).
    #[error(
        "service area {id}: it lies outside Los Angeles County ({outside} of its {corners} corners are more than 1 km outside the county line)"
    )]
    OutsideCounty {
        id: String,
        outside: usize,
        corners: usize,
    },
}

impl AreaProblem {
    /// The HSDS `service_area.id` of the area in question.
    pub fn id(&self) -> &str {
        match self {
            AreaProblem::Invalid { id, .. }
            | AreaProblem::NoArea { id }
            | AreaProblem::Unreadable { id, .. }
            | AreaProblem::OutsideCounty { id, .. } => id,
        }
    }
}

/// Share of an area's corners that may lie past the county line. County layers are drawn on
/// lines that run out to sea, while the county outline follows the shore, so a coastal area
/// has some corners "outside"; an area mostly outside is another county's.
pub const MAX_OUTSIDE_SHARE: f64 = 0.25;

/// Overlaps smaller than this are slivers along a shared edge, not worth a report (km²).
pub const MIN_REPORTED_OVERLAP_KM2: f64 = 0.01;

/// Two areas of one layer that share ground.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    pub layer: String,
    /// The two areas' ids.
    pub first: String,
    pub second: String,
    /// The shared ground, in km² (Chamberlain–Duquette area on the WGS84 sphere).
    pub km2: f64,
}

/// An envelope in a tree: of a whole area (for overlaps) or of one monotone piece of one.
type Envelope = GeomWithData<Rectangle<[f64; 2]>, usize>;

/// Every loaded area, indexed by envelope.
#[derive(Debug, Clone, Default)]
pub struct ServiceAreaIndex {
    areas: Vec<AreaShape>,
    /// Each area's monotone pieces, with the area's index.
    pieces: Vec<(usize, MonoPoly<f64>)>,
    /// The pieces' envelopes; data: the piece's index.
    piece_tree: RTree<Envelope>,
}

fn envelope(rect: geo::Rect<f64>, data: usize) -> Envelope {
    let (min, max) = (rect.min(), rect.max());
    GeomWithData::new(
        Rectangle::from_corners([min.x, min.y], [max.x, max.y]),
        data,
    )
}

impl ServiceAreaIndex {
    /// Checks every area and indexes them.
    ///
    /// # Errors
    /// Every [`AreaProblem`] found, one per area at most; no index is built while any remain.
    pub fn new(areas: Vec<AreaShape>) -> Result<ServiceAreaIndex, Vec<AreaProblem>> {
        let problems: Vec<AreaProblem> = areas.iter().filter_map(|a| check(a).err()).collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(ServiceAreaIndex::of_checked(areas))
    }

    /// Indexes areas already checked (by [`check`], as a dataset's are when it is loaded).
    pub fn of_checked(areas: Vec<AreaShape>) -> ServiceAreaIndex {
        let pieces: Vec<(usize, MonoPoly<f64>)> = areas
            .iter()
            .enumerate()
            .flat_map(|(i, area)| {
                monotone_subdivision(area.shape.0.iter().cloned())
                    .into_iter()
                    .map(move |piece| (i, piece))
            })
            .collect();
        let piece_envelopes = pieces
            .iter()
            .enumerate()
            .filter_map(|(p, (_, piece))| {
                let top = piece.top().bounding_rect()?;
                let bot = piece.bot().bounding_rect()?;
                Some(envelope(
                    geo::Rect::new(
                        Coord {
                            x: top.min().x.min(bot.min().x),
                            y: top.min().y.min(bot.min().y),
                        },
                        Coord {
                            x: top.max().x.max(bot.max().x),
                            y: top.max().y.max(bot.max().y),
                        },
                    ),
                    p,
                ))
            })
            .collect();
        ServiceAreaIndex {
            areas,
            pieces,
            piece_tree: RTree::bulk_load(piece_envelopes),
        }
    }

    /// Number of areas.
    pub fn len(&self) -> usize {
        self.areas.len()
    }

    pub fn is_empty(&self) -> bool {
        self.areas.is_empty()
    }

    /// The areas that hold `(lat, lon)` (WGS84 degrees), boundaries included, in load order.
    pub fn containing(&self, lat: f64, lon: f64) -> Vec<&AreaShape> {
        let at = Coord { x: lon, y: lat };
        let mut found: Vec<usize> = self
            .piece_tree
            .locate_all_at_point(&[lon, lat])
            .map(|envelope| &self.pieces[envelope.data])
            .filter(|(_, piece)| piece.intersects(&at))
            .map(|&(area, _)| area)
            .collect();
        // A point on a cut between two pieces of one area is in both.
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.areas[i]).collect()
    }

    /// Whether any area of this office is loaded.
    pub fn has_areas(&self, office_id: &str) -> bool {
        self.areas.iter().any(|a| a.office_id == office_id)
    }

    /// Whether `office_id` serves `(lat, lon)`: `None` when no area of that office is loaded
    /// (then nothing is known, and no page may say it serves anyone).
    pub fn serves(&self, office_id: &str, lat: f64, lon: f64) -> Option<bool> {
        if !self.has_areas(office_id) {
            return None;
        }
        Some(
            self.containing(lat, lon)
                .iter()
                .any(|a| a.office_id == office_id),
        )
    }

    /// Areas of one layer that share more than [`MIN_REPORTED_OVERLAP_KM2`], largest first.
    pub fn overlaps(&self) -> Vec<Overlap> {
        // Only pairs whose envelopes meet can share ground.
        let tree: RTree<Envelope> = RTree::bulk_load(
            self.areas
                .iter()
                .enumerate()
                .filter_map(|(i, area)| Some(envelope(area.shape.bounding_rect()?, i)))
                .collect(),
        );
        let mut found = Vec::new();
        for (a, b) in tree.intersection_candidates_with_other_tree(&tree) {
            let (first, second) = (&self.areas[a.data], &self.areas[b.data]);
            if a.data >= b.data || first.layer != second.layer {
                continue;
            }
            let km2 = first
                .shape
                .intersection(&second.shape)
                .chamberlain_duquette_unsigned_area()
                / 1e6;
            if km2 >= MIN_REPORTED_OVERLAP_KM2 {
                found.push(Overlap {
                    layer: first.layer.clone(),
                    first: first.id.clone(),
                    second: second.id.clone(),
                    km2,
                });
            }
        }
        found.sort_by(|x, y| y.km2.total_cmp(&x.km2));
        found
    }
}

/// Reads an HSDS `service_area.extent` of `extent_type` `geojson`: a GeoJSON (RFC 7946)
/// `Polygon` or `MultiPolygon` geometry, longitude then latitude in degrees.
///
/// # Errors
/// Why it cannot be read, in words: not GeoJSON, another geometry type, or coordinates that
/// are not longitude and latitude (projected metres, say).
pub fn parse_extent(extent: &str) -> Result<MultiPolygon<f64>, String> {
    let geometry: geojson::Geometry = extent
        .parse()
        .map_err(|e| format!("its extent is not a GeoJSON geometry ({e})"))?;
    let shape: MultiPolygon<f64> = match geometry.value {
        geojson::Value::Polygon(_) => {
            MultiPolygon::new(vec![
                Polygon::<f64>::try_from(geometry.value).map_err(|e| e.to_string())?
            ])
        }
        geojson::Value::MultiPolygon(_) => {
            MultiPolygon::try_from(geometry.value).map_err(|e| e.to_string())?
        }
        other => {
            return Err(format!(
                "its extent is a GeoJSON {}, not a Polygon or MultiPolygon",
                other.type_name()
            ))
        }
    };
    let degrees = shape
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .flat_map(LineString::coords)
        .all(|c| c.x.abs() <= 180.0 && c.y.abs() <= 90.0 && c.x.is_finite() && c.y.is_finite());
    if !degrees {
        return Err(
            "its extent's coordinates are not longitude and latitude in degrees (WGS84)".into(),
        );
    }
    Ok(shape)
}

/// The areas a dataset's services carry, each with the office it names, read but not yet
/// [`check`]ed: one result per HSDS `service_area`, in dataset order. The layer is the
/// record's `linkages:area_layer` fact, or its service's name.
pub fn dataset_areas(dataset: &Dataset) -> Vec<Result<AreaShape, AreaProblem>> {
    let office_of: HashMap<&str, &str> = dataset
        .service_at_locations
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.location_id.as_deref()?)))
        .collect();
    dataset
        .services
        .iter()
        .flat_map(|service| service.service_areas.iter().map(move |a| (service, a)))
        .map(|(service, area)| {
            let unreadable = |reason: String| AreaProblem::Unreadable {
                id: area.id.clone(),
                reason,
            };
            if area.extent_type.as_deref() != Some("geojson") {
                return Err(unreadable(format!(
                    "extent_type is {:?}; only \"geojson\" is read",
                    area.extent_type.as_deref().unwrap_or("")
                )));
            }
            let extent = area
                .extent
                .as_deref()
                .ok_or_else(|| unreadable("it has no extent".into()))?;
            let office_id = area
                .service_at_location_id
                .as_deref()
                .and_then(|sal| office_of.get(sal))
                .ok_or_else(|| {
                    unreadable(format!(
                        "service_at_location_id {:?} names no office",
                        area.service_at_location_id.as_deref().unwrap_or("")
                    ))
                })?;
            Ok(AreaShape {
                id: area.id.clone(),
                office_id: (*office_id).to_owned(),
                layer: attribute_value(&area.attributes, link_type::AREA_LAYER)
                    .unwrap_or(&service.name)
                    .to_owned(),
                name: area.name.clone().unwrap_or_default(),
                shape: parse_extent(extent).map_err(unreadable)?,
            })
        })
        .collect()
}

/// The overlaps within each layer of a dataset's service areas (those that read and pass
/// [`check`]; a validated dataset's are all of them), largest first.
pub fn dataset_overlaps(dataset: &Dataset) -> Vec<Overlap> {
    let areas = dataset_areas(dataset)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|a| check(a).is_ok())
        .collect();
    ServiceAreaIndex::of_checked(areas).overlaps()
}

/// One area's checks (see the module's notes).
pub fn check(area: &AreaShape) -> Result<(), AreaProblem> {
    let id = || area.id.clone();
    if let Err(err) = area.shape.check_validation() {
        return Err(AreaProblem::Invalid {
            id: id(),
            reason: err.to_string(),
        });
    }
    if area.shape.chamberlain_duquette_unsigned_area() <= 0.0 {
        return Err(AreaProblem::NoArea { id: id() });
    }
    let county = la_county();
    let corners: Vec<Coord<f64>> = area
        .shape
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .flat_map(LineString::coords)
        .copied()
        .collect();
    let outside = corners
        .iter()
        .filter(|c| county.check(c.y, c.x) == CountyCheck::Outside)
        .count();
    let inner_outside = area
        .shape
        .interior_point()
        .is_none_or(|p| county.check(p.y(), p.x()) == CountyCheck::Outside);
    if inner_outside || outside as f64 > MAX_OUTSIDE_SHARE * corners.len() as f64 {
        return Err(AreaProblem::OutsideCounty {
            id: id(),
            outside,
            corners: corners.len(),
        });
    }
    Ok(())
}

/// A synthetic tiling for tests and benchmarks (no real boundary is available offline): the
/// box `south..north × west..east` cut into `rows × columns` cells whose edges wave, each
/// edge with `points_per_edge` corners, so the cells tile the box with no gap or overlap and
/// have the vertex counts of real boundaries. Cell `(r, c)` is `areas[r * columns + c]`, of
/// service `"{layer}-{r}-{c}"`.
pub fn wavy_grid(
    layer: &str,
    (south, north): (f64, f64),
    (west, east): (f64, f64),
    rows: usize,
    columns: usize,
    points_per_edge: usize,
) -> Vec<AreaShape> {
    let (dy, dx) = (
        (north - south) / rows as f64,
        (east - west) / columns as f64,
    );
    // A wave that depends only on where a point is along an edge line (and is symmetric in
    // the fraction `t` of the edge walked), so the two cells that share an edge draw it alike;
    // it fades to nothing at the edge's ends, so edges meet only at their corners. Edges on
    // the box's border stay straight.
    let amplitude = 0.15 * dx.min(dy);
    let wave = |along: f64, t: f64, interior: bool| {
        if interior {
            amplitude
                * (std::f64::consts::PI * t).sin()
                * (along * 97.0).sin()
                * (along * 13.0).cos()
        } else {
            0.0
        }
    };
    let n = points_per_edge.max(2);
    // Corners of one edge from `from` to `to` (last one left out: the next edge starts there).
    // Corners of one edge on the line `at` (a latitude for an east–west edge, a longitude for
    // a north–south one), from `from` to `to` along it; the last is left out, as the next edge
    // starts there.
    let edge = |at: f64, from: f64, to: f64, interior: bool, east_west: bool| {
        (0..n - 1)
            .map(move |k| {
                let t = k as f64 / (n - 1) as f64;
                let along = from + (to - from) * t;
                let across = at + wave(along, t, interior);
                if east_west {
                    Coord {
                        x: along,
                        y: across,
                    }
                } else {
                    Coord {
                        x: across,
                        y: along,
                    }
                }
            })
            .collect::<Vec<_>>()
    };
    let mut areas = Vec::with_capacity(rows * columns);
    for r in 0..rows {
        for c in 0..columns {
            let (s, n_) = (south + dy * r as f64, south + dy * (r + 1) as f64);
            let (w, e) = (west + dx * c as f64, west + dx * (c + 1) as f64);
            // Counter-clockwise: south edge west→east, east edge south→north, north edge
            // east→west, west edge north→south.
            // An edge is interior unless it lies on the box's border.
            let mut ring = edge(s, w, e, r > 0, true);
            ring.extend(edge(e, s, n_, c + 1 < columns, false));
            ring.extend(edge(n_, e, w, r + 1 < rows, true));
            ring.extend(edge(w, n_, s, c > 0, false));
            ring.push(ring[0]);
            areas.push(AreaShape {
                id: format!("{layer}-area-{r}-{c}"),
                office_id: format!("{layer}-{r}-{c}"),
                layer: layer.to_owned(),
                name: format!("{layer} {r},{c}"),
                shape: MultiPolygon::new(vec![Polygon::new(LineString::new(ring), vec![])]),
            });
        }
    }
    areas
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Central Los Angeles: every cell well inside the county.
    fn grid() -> Vec<AreaShape> {
        wavy_grid("dcfs", (33.95, 34.25), (-118.40, -118.05), 4, 5, 60)
    }

    /// The grid and its index, built once for the property test's many points.
    static GRID: std::sync::LazyLock<(Vec<AreaShape>, ServiceAreaIndex)> =
        std::sync::LazyLock::new(|| (grid(), ServiceAreaIndex::new(grid()).unwrap()));

    fn square(id: &str, layer: &str, (lat, lon): (f64, f64), side: f64) -> AreaShape {
        let ring = vec![
            Coord { x: lon, y: lat },
            Coord {
                x: lon + side,
                y: lat,
            },
            Coord {
                x: lon + side,
                y: lat + side,
            },
            Coord {
                x: lon,
                y: lat + side,
            },
            Coord { x: lon, y: lat },
        ];
        AreaShape {
            id: id.into(),
            office_id: format!("{id}-service"),
            layer: layer.into(),
            name: id.into(),
            shape: MultiPolygon::new(vec![Polygon::new(LineString::new(ring), vec![])]),
        }
    }

    #[test]
    fn a_tiling_is_valid_without_overlaps() {
        let index = ServiceAreaIndex::new(grid()).unwrap();
        assert_eq!(index.len(), 20);
        assert_eq!(index.overlaps(), vec![]);
    }

    proptest! {
        /// The index finds what testing every area finds, and a point inside the tiling (not
        /// on an edge) lies in exactly one cell.
        #[test]
        fn the_index_agrees_with_testing_every_area(lat in 33.95..34.25_f64, lon in -118.40..-118.05_f64) {
            let (areas, index) = &*GRID;
            let point = geo::Point::new(lon, lat);
            let brute: Vec<&AreaShape> = areas.iter().filter(|a| a.shape.intersects(&point)).collect();
            let found = index.containing(lat, lon);
            prop_assert_eq!(&found, &brute);
            prop_assert!(!found.is_empty(), "the tiling has no gap");
            let strictly = areas.iter().filter(|a| geo::Contains::contains(&a.shape, &point)).count();
            prop_assert!(strictly <= 1, "cells do not overlap");
        }
    }

    #[test]
    fn serves_says_null_for_a_service_without_areas() {
        let index = ServiceAreaIndex::new(grid()).unwrap();
        let first = &grid()[0];
        let inside = first.shape.interior_point().unwrap();
        assert_eq!(
            index.serves(&first.office_id, inside.y(), inside.x()),
            Some(true)
        );
        assert_eq!(
            index.serves("dcfs-3-4", inside.y(), inside.x()),
            Some(false)
        );
        assert_eq!(
            index.serves("no-such-service", inside.y(), inside.x()),
            None
        );
    }

    #[test]
    fn invalid_empty_and_foreign_shapes_are_refused_each_by_name() {
        let bow_tie = AreaShape {
            shape: MultiPolygon::new(vec![Polygon::new(
                LineString::from(vec![
                    (-118.3, 34.0),
                    (-118.2, 34.1),
                    (-118.2, 34.0),
                    (-118.3, 34.1),
                    (-118.3, 34.0),
                ]),
                vec![],
            )]),
            ..square("bow-tie", "dcfs", (34.0, -118.3), 0.1)
        };
        let flat = AreaShape {
            shape: MultiPolygon::new(vec![Polygon::new(
                LineString::from(vec![(-118.3, 34.0), (-118.2, 34.0), (-118.3, 34.0)]),
                vec![],
            )]),
            ..square("flat", "dcfs", (34.0, -118.3), 0.1)
        };
        // Anaheim, in Orange County.
        let orange = square("orange", "dcfs", (33.80, -117.95), 0.05);
        let fine = square("fine", "dcfs", (34.0, -118.3), 0.05);
        let problems = ServiceAreaIndex::new(vec![bow_tie, fine, flat, orange]).unwrap_err();
        let ids: Vec<&str> = problems.iter().map(AreaProblem::id).collect();
        assert_eq!(ids, ["bow-tie", "flat", "orange"], "{problems:?}");
        assert!(matches!(problems[2], AreaProblem::OutsideCounty { .. }));
        assert!(problems[2]
            .to_string()
            .contains("outside Los Angeles County"));
    }

    #[test]
    fn overlaps_within_a_layer_are_reported_and_across_layers_are_not() {
        let a = square("a", "calfresh", (34.00, -118.30), 0.10);
        let b = square("b", "calfresh", (34.05, -118.25), 0.10);
        let other_layer = square("c", "gain", (34.05, -118.25), 0.10);
        let index = ServiceAreaIndex::new(vec![a, b, other_layer]).unwrap();
        let overlaps = index.overlaps();
        assert_eq!(overlaps.len(), 1, "{overlaps:?}");
        assert_eq!(
            (overlaps[0].first.as_str(), overlaps[0].second.as_str()),
            ("a", "b")
        );
        // 0.05° × 0.05° near 34° N: about 5.55 km × 4.61 km.
        assert!((overlaps[0].km2 - 25.6).abs() < 1.0, "{}", overlaps[0].km2);
    }

    #[test]
    fn a_hole_is_not_served_and_its_ring_is() {
        let outer = LineString::from(vec![
            (-118.30, 34.00),
            (-118.20, 34.00),
            (-118.20, 34.10),
            (-118.30, 34.10),
            (-118.30, 34.00),
        ]);
        let hole = LineString::from(vec![
            (-118.27, 34.03),
            (-118.23, 34.03),
            (-118.23, 34.07),
            (-118.27, 34.07),
            (-118.27, 34.03),
        ]);
        let donut = AreaShape {
            shape: MultiPolygon::new(vec![Polygon::new(outer, vec![hole])]),
            ..square("donut", "dcfs", (34.0, -118.3), 0.1)
        };
        let index = ServiceAreaIndex::new(vec![donut]).unwrap();
        assert!(index.containing(34.05, -118.25).is_empty(), "in the hole");
        assert_eq!(index.containing(34.01, -118.25).len(), 1, "in the ring");
        assert_eq!(
            index.containing(34.03, -118.25).len(),
            1,
            "on the hole's edge"
        );
        assert!(index.containing(34.20, -118.25).is_empty(), "outside");
    }
}
