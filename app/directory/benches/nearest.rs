//! Nearest-office search: the real dataset and synthetic 10k/100k/1M points, index versus
//! brute force, and index build time.
//!
//! Run: `cargo bench -p linkages-directory --bench nearest -- --warm-up-time 1 --measurement-time 3`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use linkages_directory::dataset::hours::now_in_los_angeles;
use linkages_directory::dataset::load::embedded_dataset;
use linkages_directory::search::finder::OfficeFinder;
use linkages_directory::search::geo_index::{brute_force, IndexedPoint, OfficeIndex};

/// Deterministic pseudo-random numbers (64-bit LCG), so runs are comparable.
struct Lcg(u64);
impl Lcg {
    fn next_f64(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn la_point(&mut self) -> (f64, f64) {
        (33.7 + self.next_f64() * 1.1, -118.9 + self.next_f64() * 1.2)
    }
}

fn synthetic(n: usize, seed: u64) -> Vec<IndexedPoint<u32>> {
    let mut r = Lcg(seed);
    (0..n)
        .map(|i| {
            let (lat, lon) = r.la_point();
            IndexedPoint {
                id: i as u32,
                lat,
                lon,
            }
        })
        .collect()
}

fn queries() -> Vec<(f64, f64)> {
    let mut r = Lcg(7);
    (0..64).map(|_| r.la_point()).collect()
}

fn real_dataset(c: &mut Criterion) {
    let dataset = embedded_dataset().unwrap();
    let points: Vec<IndexedPoint<usize>> = dataset
        .locations
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            l.coordinate()
                .map(|(lat, lon)| IndexedPoint { id: i, lat, lon })
        })
        .collect();
    let index = OfficeIndex::build(&points);
    let finder = OfficeFinder::embedded().unwrap();
    let now = now_in_los_angeles();
    let qs = queries();
    let mut g = c.benchmark_group(format!("nearest10/real-{}-offices", points.len()));
    let mut i = 0;
    g.bench_function("index", |b| {
        b.iter(|| {
            i = (i + 1) % qs.len();
            black_box(index.nearest(qs[i].0, qs[i].1, 10, |_| true))
        })
    });
    g.bench_function("brute_force", |b| {
        b.iter(|| {
            i = (i + 1) % qs.len();
            black_box(brute_force(&points, qs[i].0, qs[i].1, 10, |_| true))
        })
    });
    g.bench_function("finder_with_views_and_hours", |b| {
        b.iter(|| {
            i = (i + 1) % qs.len();
            black_box(finder.nearest_offices(qs[i].0, qs[i].1, 10, None, now))
        })
    });
    g.finish();
}

fn synthetic_sets(c: &mut Criterion) {
    let qs = queries();
    for n in [10_000usize, 100_000, 1_000_000] {
        let points = synthetic(n, n as u64);
        let index = OfficeIndex::build(&points);
        let mut g = c.benchmark_group(format!("nearest10/synthetic-{n}"));
        if n >= 100_000 {
            g.sample_size(10);
        }
        let mut i = 0;
        g.bench_function("index", |b| {
            b.iter(|| {
                i = (i + 1) % qs.len();
                black_box(index.nearest(qs[i].0, qs[i].1, 10, |_| true))
            })
        });
        g.bench_function("brute_force", |b| {
            b.iter(|| {
                i = (i + 1) % qs.len();
                black_box(brute_force(&points, qs[i].0, qs[i].1, 10, |_| true))
            })
        });
        // Sanity: the index agrees with brute force.
        assert_eq!(
            index.nearest(qs[0].0, qs[0].1, 10, |_| true),
            brute_force(&points, qs[0].0, qs[0].1, 10, |_| true)
        );
        g.finish();
    }
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    for n in [25usize, 10_000, 100_000, 1_000_000] {
        let points = synthetic(n, 42);
        g.bench_with_input(BenchmarkId::from_parameter(n), &points, |b, p| {
            b.iter(|| black_box(OfficeIndex::build(p)))
        });
    }
    g.finish();
}

criterion_group!(benches, real_dataset, synthetic_sets, build);
criterion_main!(benches);
