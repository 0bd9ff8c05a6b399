//! "Which office serves this point": the service-area index over synthetic boundaries with
//! the counts the County's layers have (26 DCFS regional areas; about 200 DPSS program intake
//! areas, 8 programs of 25) and the vertex counts of real boundaries, against testing every
//! area. Target: under 10 µs median per point for all layers at once.
//!
//! Run: `cargo bench -p linkages-directory --bench service_areas -- --warm-up-time 1 --measurement-time 3`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use geo::{Intersects, Point};
use linkages_directory::search::service_areas::{wavy_grid, AreaShape, ServiceAreaIndex};

/// The part of the county most people live in, where the synthetic areas lie.
const LAT: (f64, f64) = (33.95, 34.25);
const LON: (f64, f64) = (-118.40, -118.05);

fn layers() -> Vec<AreaShape> {
    // 26 DCFS areas of about 1,600 corners (2 × 13 cells, 400 per edge).
    let mut areas = wavy_grid("dcfs", LAT, LON, 2, 13, 400);
    // 8 DPSS programs × 25 areas of about 400 corners (5 × 5 cells, 100 per edge).
    for program in 0..8 {
        areas.extend(wavy_grid(&format!("dpss-{program}"), LAT, LON, 5, 5, 100));
    }
    areas
}

/// Deterministic points in the same box (64-bit LCG).
fn points(n: usize) -> Vec<(f64, f64)> {
    let mut state = 42_u64;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| {
            (
                LAT.0 + next() * (LAT.1 - LAT.0),
                LON.0 + next() * (LON.1 - LON.0),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let areas = layers();
    let index = ServiceAreaIndex::new(areas.clone()).expect("synthetic areas are valid");
    let points = points(1024);
    let mut group = c.benchmark_group("service_areas");
    let mut i = 0;
    group.bench_function("index, 226 areas", |b| {
        b.iter(|| {
            let (lat, lon) = points[i % points.len()];
            i += 1;
            black_box(index.containing(black_box(lat), black_box(lon)).len())
        })
    });
    let mut j = 0;
    group.bench_function("every area, 226 areas", |b| {
        b.iter(|| {
            let (lat, lon) = points[j % points.len()];
            j += 1;
            let point = Point::new(lon, lat);
            black_box(areas.iter().filter(|a| a.shape.intersects(&point)).count())
        })
    });
    group.finish();
    c.bench_function("service_areas/build index, 226 areas", |b| {
        b.iter(|| black_box(ServiceAreaIndex::new(areas.clone()).unwrap().len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
