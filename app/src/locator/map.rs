//! The map beside the office results and the small locator map on each office (server only):
//! inline SVG, drawn by this server, no tiles, no requests, no script. What they draw and
//! where is [`linkages_directory::search::map`]; this file only writes the elements. The maps
//! sit outside every island, so hydration never touches them, and they are left to right in
//! every language (north up, east right).

use leptos::either::Either;
use leptos::prelude::*;
use linkages_directory::search::map::{
    Anchor, LocatorMap, Marker, ResultsMap, SvgPoint, LABEL_FONT, MARKER_RADIUS, PLACE_FONT,
};
use linkages_directory::Agency;

use crate::i18n::{format::formats, I18n};

/// A user-unit number for an attribute: one decimal at most (`12`, `12.5`).
fn n(value: f64) -> String {
    let tenths = (value * 10.0).round() / 10.0;
    if tenths.fract() == 0.0 {
        format!("{}", tenths as i64)
    } else {
        format!("{tenths:.1}")
    }
}

/// The class that gives an agency's marker its colour (the shape is the element).
fn agency_class(agency: Agency) -> &'static str {
    match agency {
        Agency::Dcfs => "map-dcfs",
        Agency::Dpss => "map-dpss",
    }
}

/// An office's mark: a circle for DCFS, a square for DPSS (shape and colour, never colour
/// alone), centred on `at`, `radius` half its width.
fn mark(agency: Agency, at: SvgPoint, radius: f64) -> impl IntoView {
    match agency {
        Agency::Dcfs => Either::Left(view! { <circle cx=n(at.x) cy=n(at.y) r=n(radius)/> }),
        Agency::Dpss => Either::Right(view! {
            <rect x=n(at.x - radius) y=n(at.y - radius) width=n(2.0 * radius) height=n(2.0 * radius)/>
        }),
    }
}

fn marker(m: &Marker) -> impl IntoView {
    let leader = m.spot.moved().then(|| {
        view! {
            <line class="map-leader" x1=n(m.spot.office.x) y1=n(m.spot.office.y) x2=n(m.spot.at.x) y2=n(m.spot.at.y)/>
            <circle class="map-leader" cx=n(m.spot.office.x) cy=n(m.spot.office.y) r="2"/>
        }
    });
    view! {
        {leader}
        <g class=format!("map-office {}", agency_class(m.agency))>
            {mark(m.agency, m.spot.at, MARKER_RADIUS)}
            <text x=n(m.spot.at.x) y=n(m.spot.at.y + 4.0)>{m.number}</text>
        </g>
    }
}

/// The map beside the results. `point_text` is the point's label ("approximate: middle of ZIP
/// 90020"), the one `map` was laid out for.
pub(super) fn results_map_view(i18n: &I18n, map: &ResultsMap, point_text: String) -> impl IntoView {
    let canvas = map.frame.canvas;
    let count = map.markers.len();
    let label = i18n.t_with(
        "find-map-label",
        [
            ("point", point_text.clone().into()),
            ("count", count.into()),
        ],
    );
    let distance = formats(i18n.locale).miles(map.scale.metres);
    let scale_text = i18n.t_with(
        "find-map-scale",
        [
            ("distance", distance.text.into()),
            ("miles", distance.miles.into()),
        ],
    );
    let (sx, sy, len) = (map.scale_at.x, map.scale_at.y, map.scale.length);
    let places = map
        .places
        .iter()
        .map(|p| {
            view! {
                <text x=n(p.spot.at.x) y=n(p.spot.at.y) text-anchor=p.spot.anchor.as_str()>{p.name.clone()}</text>
            }
        })
        .collect_view();
    let anchor = match map.point_label.anchor {
        Anchor::Start => None,
        other => Some(other.as_str()),
    };
    let markers = map.markers.iter().map(marker).collect_view();
    let has = |agency: Agency| map.markers.iter().any(|m| m.agency == agency);
    let key_item = |agency: Agency, id: &'static str| {
        has(agency).then(|| {
            view! {
                <li>
                    <svg class=format!("map-key-mark {}", agency_class(agency)) viewBox="0 0 20 20" aria-hidden="true">
                        {mark(agency, SvgPoint { x: 10.0, y: 10.0 }, 8.0)}
                    </svg>
                    {i18n.t(id)}
                </li>
            }
        })
    };
    view! {
        <figure class="map">
            <svg
                class="map-svg"
                viewBox=format!("0 0 {} {}", n(canvas.width), n(canvas.height))
                role="img"
                aria-label=label
                dir="ltr"
            >
                <path class="map-county" d=map.outline.clone()/>
                <g class="map-places" lang="en" translate="no" font-size=n(PLACE_FONT)>
                    {places}
                </g>
                <g class="map-scale" font-size=n(LABEL_FONT)>
                    <path d=format!("M{} {}v4h{}v-4", n(sx), n(sy - 4.0), n(len))/>
                    <text x=n(sx) y=n(sy - 8.0)>{scale_text}</text>
                </g>
                <text
                    class="map-label"
                    x=n(map.point_label.at.x)
                    y=n(map.point_label.at.y)
                    text-anchor=anchor
                    font-size=n(LABEL_FONT)
                >
                    {point_text}
                </text>
                <circle class="map-point" cx=n(map.point.x) cy=n(map.point.y) r="6"/>
                <circle class="map-point-dot" cx=n(map.point.x) cy=n(map.point.y) r="2"/>
                {markers}
            </svg>
            <figcaption>
                <ul class="map-key">
                    {key_item(Agency::Dcfs, "find-map-key-dcfs")}
                    {key_item(Agency::Dpss, "find-map-key-dpss")}
                </ul>
                <p class="small">{i18n.t("find-map-credit")}</p>
            </figcaption>
        </figure>
    }
}

/// The small map on an office: the county and where the office is. It says nothing the
/// address does not, so it is hidden from screen readers.
pub(super) fn locator_map_view(map: &LocatorMap, agency: Agency) -> impl IntoView {
    view! {
        <svg
            class=format!("locator {}", agency_class(agency))
            viewBox=format!("0 0 {} {}", n(map.canvas.width), n(map.canvas.height))
            aria-hidden="true"
            focusable="false"
            dir="ltr"
        >
            <path class="map-county" d=map.outline/>
            {mark(agency, map.office, 3.5)}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::n;

    #[test]
    fn numbers_keep_one_decimal_at_most() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.04), "12");
        assert_eq!(n(12.46), "12.5");
        assert_eq!(n(-3.24), "-3.2");
        assert_eq!(n(0.0), "0");
    }
}
