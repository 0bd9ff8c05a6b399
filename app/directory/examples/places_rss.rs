//! What the place lookup costs in memory: the process's resident set (`VmRSS`, and its
//! anonymous and file-backed parts, from `/proc/self/status`) before and after loading the ZIP
//! table, gazetteer and outline (`Places::embedded`), the shared outline (`la_county`), and a
//! first resolve of each kind of text. Linux only.
//!
//! Run: `cargo run --release -p linkages-directory --example places_rss` (repeat it and take
//! the median: figures move by a few pages between runs).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use linkages_directory::county::la_county;
use linkages_directory::places::Places;

/// `(VmRSS, RssAnon, RssFile)` in KiB.
fn rss_kib() -> (u64, u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("RssAnon:"), field("RssFile:"))
}

fn main() {
    let start = rss_kib();
    let places = black_box(Places::embedded().expect("the shipped tables load"));
    let loaded = rss_kib();
    let outline = black_box(la_county());
    let with_outline = rss_kib();
    for text in [
        "90020",
        "٩٠٠٢٠",
        "Pomona",
        "City of Pomona, CA",
        "Boyle Heights",
        "Florence-Graham",
        "East LA",
        "Los Angeles",
        "1200 N State St, Los Angeles, CA 90033",
        "Springfieldia",
        "34.05,-118.25",
    ] {
        let _ = black_box(places.resolve(black_box(text)));
    }
    let _ = black_box(outline.check(34.03, -118.78));
    let resolved = rss_kib();
    let mib = |kib: u64| kib as f64 / 1024.0;
    let row = |what: &str, (rss, anon, file): (u64, u64, u64)| {
        println!(
            "{what:<28} VmRSS {:>7.2} MiB (+{:.2})  RssAnon {:>6.2} MiB (+{:.2})  RssFile {:>6.2} MiB (+{:.2})",
            mib(rss),
            mib(rss.saturating_sub(start.0)),
            mib(anon),
            mib(anon.saturating_sub(start.1)),
            mib(file),
            mib(file.saturating_sub(start.2)),
        );
    };
    row("start", start);
    row("Places::embedded()", loaded);
    row("+ la_county()", with_outline);
    row("+ first resolve of each kind", resolved);
    drop(places);
}
