//! What the fuzz targets share: the shipped tables built once, fixed clocks, and the checks
//! every office search must pass whatever the input.

use std::sync::OnceLock;

use chrono::{DateTime, TimeZone, Utc};
use linkages_directory::{
    bounds::in_la_county_box,
    places::Places,
    search::{
        geo_index::haversine_m,
        view::{OfficeView, SearchOutcome},
        OfficeFinder,
    },
    Agency,
};

/// The ZIP and place table compiled into the server.
pub fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| match Places::embedded() {
        Ok(p) => p,
        Err(e) => panic!("the embedded ZIP table does not load: {e}"),
    })
}

/// The office finder the server starts with (embedded dataset and ZIP table).
pub fn finder() -> &'static OfficeFinder {
    static FINDER: OnceLock<OfficeFinder> = OnceLock::new();
    FINDER.get_or_init(|| match OfficeFinder::embedded() {
        Ok(f) => f,
        Err(e) => panic!("the embedded dataset does not load: {e}"),
    })
}

/// Fixed instants to evaluate opening hours at, so a crash reproduces whatever the day:
/// a weekday morning, a Sunday night, and the hour clocks spring forward in Los Angeles.
pub fn clocks() -> [DateTime<Utc>; 3] {
    [
        (2026, 11, 23, 17, 30, 0), // Monday 09:30 Pacific
        (2026, 11, 30, 7, 59, 59), // Sunday 23:59:59 Pacific
        (2026, 3, 8, 10, 30, 0),   // 02:30 Pacific does not exist that day
    ]
    .map(
        |(y, mo, d, h, mi, s)| match Utc.with_ymd_and_hms(y, mo, d, h, mi, s).single() {
            Some(t) => t,
            None => panic!("bad fixed clock"),
        },
    )
}

/// Input bytes as text the way a web form or file reader would see them.
pub fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Offices near a point must be a sorted, honest list: at most `k`, nearest first, each
/// distance the haversine distance to the office's own coordinate, each office of the agency
/// asked for, and the same offices as the head of the list of every office ("no office is
/// ever missed").
pub fn check_nearest(finder: &OfficeFinder, lat: f64, lon: f64, agency: Option<Agency>) {
    let [now, ..] = clocks();
    const K: usize = 3;
    let near = finder.nearest_offices(lat, lon, K, agency, now);
    assert!(near.len() <= K, "{} offices for k = {K}", near.len());
    check_sorted(&near, lat, lon, agency);
    let all = finder.nearest_offices(lat, lon, usize::MAX, agency, now);
    check_sorted(&all, lat, lon, agency);
    let head: Vec<&str> = all.iter().take(K).map(|o| o.id.as_str()).collect();
    let got: Vec<&str> = near.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        got, head,
        "nearest {K} at {lat},{lon} differ from the full ranking"
    );
}

fn check_sorted(offices: &[OfficeView], lat: f64, lon: f64, agency: Option<Agency>) {
    let mut last = 0.0_f64;
    for o in offices {
        let d = match o.distance_m {
            Some(d) => d,
            None => panic!("office {} listed without a distance", o.id),
        };
        assert!(d.is_finite() && d >= 0.0, "distance {d} for {}", o.id);
        assert!(
            d >= last,
            "offices out of order at {lat},{lon}: {d} after {last}"
        );
        last = d;
        let c = match &o.coordinate {
            Some(c) => c,
            None => panic!("office {} ranked without a coordinate", o.id),
        };
        let expected = haversine_m(lat, lon, c.lat, c.lon);
        assert!(
            (d - expected).abs() <= 1e-6 * expected.max(1.0),
            "distance {d} to {} is not its haversine distance {expected}",
            o.id
        );
        if let Some(a) = agency {
            assert!(o.agency == a, "{} office in a {a} search", o.agency);
        }
    }
}

/// What a search box query gave, checked: offices from a point in the county box, or a
/// choice of at least two ZIP codes the table knows.
pub fn check_search_outcome(outcome: &SearchOutcome, k: usize) {
    match outcome {
        SearchOutcome::Offices { point, offices } => {
            assert!(
                in_la_county_box(point.lat, point.lon),
                "searched from {},{} outside the county box",
                point.lat,
                point.lon
            );
            assert!(offices.len() <= k);
            if let Some(zip) = &point.zip {
                assert!(
                    places().zip(zip).is_some(),
                    "searched from unknown ZIP {zip}"
                );
            }
        }
        SearchOutcome::ChoosePlace { name, choices } => {
            assert!(!name.is_empty());
            assert!(choices.len() >= 2, "a choice of {} place(s)", choices.len());
            for c in choices {
                assert!(
                    places().zip(&c.zip).is_some(),
                    "choice of unknown ZIP {}",
                    c.zip
                );
            }
        }
    }
}
