//! Exact nearest-office search on the sphere.
//!
//! rstar measures straight-line (Euclidean) distance, so we index each office as a unit
//! vector on the sphere (a 3-D point). The chord between two unit vectors is
//! `2 sin(θ/2)` of the central angle θ, which grows with θ on [0, π]: ordering by chord
//! length is ordering by great-circle distance, and the tree's nearest-neighbour search is
//! exact. Distances reported are haversine metres from `geo` (mean Earth radius).
//!
//! To be immune to floating-point noise where two offices are (nearly) equally far, the
//! search keeps pulling candidates a little past the k-th chord, re-ranks them by haversine
//! distance and breaks ties by insertion order, which is what the brute-force check does.

use geo::{Distance, Haversine, Point};
use rstar::primitives::GeomWithData;
use rstar::RTree;

use crate::bounds::is_valid_coordinate;

/// A point to index.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexedPoint<Id> {
    /// Caller's identifier.
    pub id: Id,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

type Entry = GeomWithData<[f64; 3], usize>;

/// Nearest-neighbour index over offices.
#[derive(Debug, Clone)]
pub struct OfficeIndex<Id> {
    tree: RTree<Entry>,
    points: Vec<IndexedPoint<Id>>,
    skipped: Vec<Id>,
}

/// Unit vector for a latitude/longitude in degrees.
pub fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// Haversine distance in metres between two (lat, lon) points.
pub fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    Haversine.distance(Point::new(lon1, lat1), Point::new(lon2, lat2))
}

/// Relative slack on squared chord length when collecting candidates: far larger than the
/// rounding error of the unit vectors (~1e-16), far smaller than any real difference that
/// could matter (1e-9 of the chord is under a millimetre at city scale... and still exact
/// because candidates are re-ranked by haversine).
const CHORD2_SLACK: f64 = 1e-9;
/// Absolute slack for coincident points.
const CHORD2_ABS: f64 = 1e-18;

impl<Id: Clone> OfficeIndex<Id> {
    /// Builds the index. Points with a non-finite or out-of-range coordinate are left out and
    /// listed in [`OfficeIndex::skipped`].
    pub fn build(points: &[IndexedPoint<Id>]) -> Self {
        let mut kept = Vec::with_capacity(points.len());
        let mut skipped = Vec::new();
        for p in points {
            if is_valid_coordinate(p.lat, p.lon) {
                kept.push(p.clone());
            } else {
                skipped.push(p.id.clone());
            }
        }
        let entries: Vec<Entry> = kept
            .iter()
            .enumerate()
            .map(|(i, p)| GeomWithData::new(unit_vector(p.lat, p.lon), i))
            .collect();
        OfficeIndex {
            tree: RTree::bulk_load(entries),
            points: kept,
            skipped,
        }
    }

    /// Number of indexed points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// Ids left out because their coordinate was invalid.
    pub fn skipped(&self) -> &[Id] {
        &self.skipped
    }

    /// The `k` nearest points accepted by `filter`, nearest first, with haversine metres.
    /// Equal distances keep the order the points were given to [`OfficeIndex::build`].
    /// An invalid query point gives an empty list.
    pub fn nearest(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        filter: impl Fn(&Id) -> bool,
    ) -> Vec<(Id, f64)> {
        if k == 0 || !is_valid_coordinate(lat, lon) {
            return Vec::new();
        }
        let query = unit_vector(lat, lon);
        let mut candidates: Vec<(usize, f64)> = Vec::new();
        let mut cutoff: Option<f64> = None;
        for (entry, chord2) in self.tree.nearest_neighbor_iter_with_distance_2(&query) {
            if let Some(limit) = cutoff {
                if chord2 > limit {
                    break;
                }
            }
            let i = entry.data;
            let Some(p) = self.points.get(i) else {
                continue;
            };
            if !filter(&p.id) {
                continue;
            }
            candidates.push((i, haversine_m(lat, lon, p.lat, p.lon)));
            if cutoff.is_none() && candidates.len() == k {
                cutoff = Some(chord2 * (1.0 + CHORD2_SLACK) + CHORD2_ABS);
            }
        }
        candidates.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        candidates.truncate(k);
        candidates
            .into_iter()
            .filter_map(|(i, d)| self.points.get(i).map(|p| (p.id.clone(), d)))
            .collect()
    }

    /// The same answer by checking every point: for tests and benchmarks.
    pub fn nearest_brute_force(
        &self,
        lat: f64,
        lon: f64,
        k: usize,
        filter: impl Fn(&Id) -> bool,
    ) -> Vec<(Id, f64)> {
        brute_force(&self.points, lat, lon, k, filter)
    }
}

/// Brute-force k nearest by haversine, ties by input order.
pub fn brute_force<Id: Clone>(
    points: &[IndexedPoint<Id>],
    lat: f64,
    lon: f64,
    k: usize,
    filter: impl Fn(&Id) -> bool,
) -> Vec<(Id, f64)> {
    if k == 0 || !is_valid_coordinate(lat, lon) {
        return Vec::new();
    }
    let mut all: Vec<(usize, f64)> = points
        .iter()
        .enumerate()
        .filter(|(_, p)| is_valid_coordinate(p.lat, p.lon) && filter(&p.id))
        .map(|(i, p)| (i, haversine_m(lat, lon, p.lat, p.lon)))
        .collect();
    all.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    all.truncate(k);
    all.into_iter()
        .filter_map(|(i, d)| points.get(i).map(|p| (p.id.clone(), d)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pts(coords: &[(f64, f64)]) -> Vec<IndexedPoint<usize>> {
        coords
            .iter()
            .enumerate()
            .map(|(id, &(lat, lon))| IndexedPoint { id, lat, lon })
            .collect()
    }

    #[test]
    fn simple_order_and_metres() {
        // Downtown LA, Pasadena, Long Beach, Lancaster.
        let p = pts(&[
            (34.0522, -118.2437),
            (34.1478, -118.1445),
            (33.7701, -118.1937),
            (34.6868, -118.1542),
        ]);
        let idx = OfficeIndex::build(&p);
        let r = idx.nearest(34.0407, -118.2468, 3, |_| true); // near Civic Center
        let ids: Vec<usize> = r.iter().map(|x| x.0).collect();
        assert_eq!(ids, vec![0, 1, 2]);
        // Downtown LA to Pasadena is about 14 km.
        let d = haversine_m(34.0522, -118.2437, 34.1478, -118.1445);
        assert!((13_000.0..15_000.0).contains(&d), "{d}");
        // Filter.
        let r = idx.nearest(34.0407, -118.2468, 2, |id| *id != 0);
        assert_eq!(r.iter().map(|x| x.0).collect::<Vec<_>>(), vec![1, 2]);
    }

    #[test]
    fn invalid_inputs() {
        let p = pts(&[(34.0, -118.0), (f64::NAN, -118.0), (95.0, 0.0)]);
        let idx = OfficeIndex::build(&p);
        assert_eq!(idx.len(), 1);
        assert_eq!(idx.skipped(), &[1, 2]);
        assert!(idx.nearest(f64::NAN, 0.0, 3, |_| true).is_empty());
        assert!(idx.nearest(34.0, -118.0, 0, |_| true).is_empty());
        let empty: OfficeIndex<usize> = OfficeIndex::build(&[]);
        assert!(empty.nearest(34.0, -118.0, 5, |_| true).is_empty());
    }

    #[test]
    fn ties_keep_input_order() {
        // Four points at the same distance around the query, plus duplicates.
        let p = pts(&[
            (34.01, -118.0),
            (33.99, -118.0),
            (34.0, -118.0),
            (34.0, -118.0),
            (34.01, -118.0),
        ]);
        let idx = OfficeIndex::build(&p);
        let r = idx.nearest(34.0, -118.0, 5, |_| true);
        let order: Vec<usize> = r.iter().map(|x| x.0).collect();
        // Identical points come in input order: 2 before 3, 0 before 4.
        assert_eq!(&order[..2], &[2, 3]);
        let pos = |id| order.iter().position(|x| *x == id);
        assert!(pos(0) < pos(4));
        assert_eq!(r, idx.nearest_brute_force(34.0, -118.0, 5, |_| true));
    }

    #[test]
    fn antipodes_and_dateline() {
        let p = pts(&[(0.0, 179.9), (0.0, -179.9), (0.0, 0.0), (-34.0, 61.7)]);
        let idx = OfficeIndex::build(&p);
        let r = idx.nearest(0.0, 180.0, 4, |_| true);
        assert_eq!(r, idx.nearest_brute_force(0.0, 180.0, 4, |_| true));
        // From LA, the antipode-ish point is last.
        let r = idx.nearest(34.0, -118.3, 4, |_| true);
        assert_eq!(r.last().map(|x| x.0), Some(3));
    }

    fn la_point() -> impl Strategy<Value = (f64, f64)> {
        (33.2f64..35.0, -119.2f64..-117.4)
    }
    fn any_point() -> impl Strategy<Value = (f64, f64)> {
        (-90.0f64..=90.0, -180.0f64..=180.0)
    }
    /// Offices on a coarse grid so that exact ties happen often.
    fn grid_point() -> impl Strategy<Value = (f64, f64)> {
        (0i32..8, 0i32..8)
            .prop_map(|(a, b)| (33.9 + f64::from(a) * 0.05, -118.4 + f64::from(b) * 0.05))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn matches_brute_force_near_la(
            offices in prop::collection::vec(la_point(), 0..80),
            q in la_point(),
            k in 0usize..12,
            modulo in 1usize..4,
        ) {
            let p = pts(&offices);
            let idx = OfficeIndex::build(&p);
            let filter = |id: &usize| id.is_multiple_of(modulo);
            prop_assert_eq!(idx.nearest(q.0, q.1, k, filter), brute_force(&p, q.0, q.1, k, filter));
        }

        #[test]
        fn matches_brute_force_worldwide(
            offices in prop::collection::vec(prop_oneof![la_point(), any_point()], 0..80),
            q in prop_oneof![la_point(), any_point()],
            k in 0usize..12,
        ) {
            let p = pts(&offices);
            let idx = OfficeIndex::build(&p);
            prop_assert_eq!(idx.nearest(q.0, q.1, k, |_| true), brute_force(&p, q.0, q.1, k, |_| true));
        }

        #[test]
        fn matches_brute_force_with_ties(
            offices in prop::collection::vec(grid_point(), 0..60),
            q in grid_point(),
            k in 0usize..20,
        ) {
            let p = pts(&offices);
            let idx = OfficeIndex::build(&p);
            prop_assert_eq!(idx.nearest(q.0, q.1, k, |_| true), brute_force(&p, q.0, q.1, k, |_| true));
        }
    }
}
