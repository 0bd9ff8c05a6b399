//! Coordinates: `lat,lon` in the search box or from "use my location" (`parse_lat_lon`),
//! `lat=` and `lon=` apart in `/api/v1/nearest` (`parse_degrees`), and numbers already parsed
//! (`check_coordinate`), then the offices nearest to an accepted point.
//!
//! A coordinate accepted is finite, in range and inside the county box, and was written as
//! plain decimal degrees (sign, at most 3 integer digits, at most 15 decimals); one refused
//! as outside the county is a valid coordinate outside the box. The nearest offices are in
//! order, with true distances, and never miss a nearer office.
#![no_main]

use libfuzzer_sys::fuzz_target;
use linkages_directory::{
    bounds::{in_la_county_box, is_valid_coordinate},
    county::{la_county, CountyCheck},
    places::{parse_degrees, parse_lat_lon, PlaceError},
    text::fold_for_parsing,
    Agency,
};
use linkages_fuzz::{check_nearest, check_search_outcome, clocks, finder, places, text};

/// The documented grammar, written out again independently of the parser.
fn is_plain_decimal(s: &str) -> bool {
    let body = s
        .strip_prefix('-')
        .or_else(|| s.strip_prefix('+'))
        .unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |t: &str, max: usize| {
        !t.is_empty() && t.len() <= max && t.bytes().all(|b| b.is_ascii_digit())
    };
    digits(int, 3) && frac.is_none_or(|f| digits(f, 15))
}

fn check_half(s: &str) {
    let parsed = parse_degrees(s);
    assert_eq!(
        parsed.is_some(),
        is_plain_decimal(s),
        "parse_degrees({s:?}) = {parsed:?}"
    );
    if let Some(v) = parsed {
        assert!(v.is_finite() && v.abs() < 1000.0, "{s:?} -> {v}");
        assert_eq!(Some(v), s.parse::<f64>().ok(), "{s:?} read differently");
    }
}

fn check_point(lat: f64, lon: f64) {
    let [now, ..] = clocks();
    match places().check_coordinate(lat, lon) {
        Ok(checked) => {
            assert_eq!(
                (checked.lat.to_bits(), checked.lon.to_bits()),
                (lat.to_bits(), lon.to_bits())
            );
            assert!(in_la_county_box(lat, lon), "{lat},{lon} accepted");
            let near = la_county().check(lat, lon) == CountyCheck::NearLine;
            assert_eq!(checked.near_county_line, near, "{lat},{lon}");
            check_nearest(finder(), lat, lon, None);
            check_nearest(finder(), lat, lon, Some(Agency::Dcfs));
            check_nearest(finder(), lat, lon, Some(Agency::Dpss));
            match finder().search_coordinate(lat, lon, 3, Some(Agency::Dcfs), now) {
                Ok(outcome) => check_search_outcome(&outcome, 3),
                Err(e) => panic!("search_coordinate refused a checked point: {e}"),
            }
        }
        Err(PlaceError::MalformedCoordinate(_)) => {
            assert!(
                !is_valid_coordinate(lat, lon),
                "{lat},{lon} called malformed"
            )
        }
        Err(PlaceError::CoordinateOutsideLaCounty { .. }) => {
            assert!(is_valid_coordinate(lat, lon));
            assert_eq!(la_county().check(lat, lon), CountyCheck::Outside);
            assert!(finder().search_coordinate(lat, lon, 3, None, now).is_err());
        }
        Err(other) => panic!("check_coordinate gave {other:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    // Raw numbers, as the browser's geolocation hands them over.
    if let (Some(a), Some(b)) = (data.get(..8), data.get(8..16)) {
        let mut la = [0u8; 8];
        let mut lo = [0u8; 8];
        la.copy_from_slice(a);
        lo.copy_from_slice(b);
        check_point(f64::from_le_bytes(la), f64::from_le_bytes(lo));
    }

    let input = text(data);
    let trimmed = input.trim();
    let halves = trimmed.split_once(',');
    if let Some((a, b)) = halves {
        check_half(a.trim());
        check_half(b.trim());
    }
    check_half(trimmed);
    match parse_lat_lon(&input) {
        Ok((lat, lon)) => {
            // Any script's digits are read as ASCII first; then the grammar is strict.
            let folded = fold_for_parsing(&input);
            let (a, b) = folded.trim().split_once(',').unwrap_or_default();
            assert!(
                is_plain_decimal(a.trim()) && is_plain_decimal(b.trim()),
                "{input:?}"
            );
            assert!(is_valid_coordinate(lat, lon), "{input:?} -> {lat},{lon}");
            check_point(lat, lon);
        }
        Err(PlaceError::MalformedCoordinate(echo)) => assert_eq!(echo, trimmed),
        Err(other) => panic!("parse_lat_lon gave {other:?}"),
    }
    // `lat` and `lon` read apart (the API) and rejoined (the find page) agree.
    if let Some((a, b)) = halves {
        if let (Some(lat), Some(lon)) = (parse_degrees(a.trim()), parse_degrees(b.trim())) {
            let joined = parse_lat_lon(&format!("{},{}", a.trim(), b.trim()));
            assert_eq!(
                joined.ok(),
                Some((lat, lon)).filter(|_| is_valid_coordinate(lat, lon))
            );
        }
    }
});
