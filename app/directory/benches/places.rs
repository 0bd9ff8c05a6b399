//! Criterion: reading a search box (`Places::resolve`) for each kind of place text, and the
//! county outline check. Run: `cargo bench -p linkages-directory --bench places`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use linkages_directory::county::la_county;
use linkages_directory::places::Places;

fn resolve(c: &mut Criterion) {
    let places = Places::embedded().unwrap();
    let mut group = c.benchmark_group("resolve");
    for (name, text) in [
        ("zip", "90020"),
        ("zip_arabic_digits", "٩٠٠٢٠"),
        ("zip_plus_4", "90020 1234"),
        ("city", "Pomona"),
        ("city_state", "City of Pomona, CA"),
        ("usps_name", "Boyle Heights"),
        ("geonames_place", "Florence-Graham"),
        ("alias", "East LA"),
        ("ambiguous", "Los Angeles"),
        ("address_with_zip", "1200 N State St, Los Angeles, CA 90033"),
        ("unknown", "Springfieldia"),
        ("coordinate", "34.05,-118.25"),
    ] {
        group.bench_function(name, |b| b.iter(|| places.resolve(black_box(text)).is_ok()));
    }
    group.finish();
    let outline = la_county();
    c.bench_function("county_check", |b| {
        b.iter(|| outline.check(black_box(34.03), black_box(-118.78)))
    });
}

criterion_group!(benches, resolve);
criterion_main!(benches);
