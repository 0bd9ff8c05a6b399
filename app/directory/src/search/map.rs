//! What the office maps draw and where, as numbers and SVG path data: the map beside the search
//! results ([`results_map`]) and the small locator map on each office ([`locator_map`]). No
//! tiles and no requests: the county outline ([`crate::county`]), the gazetteer's place points
//! ([`crate::gazetteer`]) and the offices are projected here; the pages only write the SVG
//! elements.
//!
//! Projection: local equirectangular around the view's middle latitude φ0, x = R·λ·cos φ0 and
//! y = R·φ (metres, R the mean Earth radius, λ and φ in radians), scaled to SVG user units with
//! y pointing down. Across a view of a few tens of kilometres, distances on the drawing are off
//! by well under 1 %; the scale bar is true at φ0. North is up, in every language.

use std::sync::OnceLock;

use geo::{BooleanOps, Coord, MapCoords, MultiPolygon, Polygon, Rect, Simplify};

use crate::agency::Agency;
use crate::county::la_county;
use crate::gazetteer::NamedPoint;

/// Mean Earth radius (metres), as geo's haversine uses.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Metres in a statute mile.
pub const METRES_PER_MILE: f64 = 1_609.344;

/// The results map's drawing, SVG user units (about CSS pixels at its usual width).
pub const RESULTS_CANVAS: Canvas = Canvas {
    width: 400.0,
    height: 320.0,
};
/// Radius of an office marker (SVG user units): a circle's radius, half a square's side.
pub const MARKER_RADIUS: f64 = 9.0;
/// Font size of place names (SVG user units).
pub const PLACE_FONT: f64 = 11.0;
/// Font size of the reader's point label and the scale bar label (SVG user units).
pub const LABEL_FONT: f64 = 12.0;
/// Room kept free at the edges of the results map (SVG user units): markers never touch the
/// edge, and the band at the bottom holds the scale bar.
pub const RESULTS_INSETS: Insets = Insets {
    top: 16.0,
    right: 16.0,
    bottom: 40.0,
    left: 16.0,
};
/// The smallest ground distance (metres) the results map shows across, so a single point or
/// offices on one block still sit in their neighbourhood.
pub const MIN_SPAN_M: f64 = 3_000.0;
/// Place names drawn at most on the results map.
pub const MAX_PLACE_NAMES: usize = 4;
/// Scale bar lengths offered (miles): each one is a whole number of tenths, so the locale's
/// number format shows it exactly.
pub const SCALE_MILES: [f64; 9] = [0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0];
/// Width of the locator map's drawing (SVG user units); its height follows the county's shape.
pub const LOCATOR_WIDTH: f64 = 60.0;

/// A position on the Earth, WGS84 degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east (negative in Los Angeles).
    pub lon: f64,
}

impl LatLon {
    fn is_finite(self) -> bool {
        self.lat.is_finite() && self.lon.is_finite()
    }
}

/// A position on a drawing: SVG user units from its top-left corner, y pointing down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SvgPoint {
    pub x: f64,
    pub y: f64,
}

impl SvgPoint {
    fn distance(self, other: SvgPoint) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// An axis-aligned box on a drawing (SVG user units), for keeping labels apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SvgBox {
    /// Top-left corner.
    pub min: SvgPoint,
    /// Bottom-right corner.
    pub max: SvgPoint,
}

impl SvgBox {
    /// The square of side `2 * radius` around `centre`.
    pub fn around(centre: SvgPoint, radius: f64) -> SvgBox {
        SvgBox {
            min: SvgPoint {
                x: centre.x - radius,
                y: centre.y - radius,
            },
            max: SvgPoint {
                x: centre.x + radius,
                y: centre.y + radius,
            },
        }
    }

    /// True when the boxes share any area.
    pub fn overlaps(&self, other: &SvgBox) -> bool {
        self.min.x < other.max.x
            && other.min.x < self.max.x
            && self.min.y < other.max.y
            && other.min.y < self.max.y
    }

    /// True when this box lies within `canvas`, `margin` units inside its edges.
    pub fn inside(&self, canvas: Canvas, margin: f64) -> bool {
        self.min.x >= margin
            && self.min.y >= margin
            && self.max.x <= canvas.width - margin
            && self.max.y <= canvas.height - margin
    }
}

/// The size of a drawing: its SVG `viewBox` is `0 0 width height` (user units).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Canvas {
    pub width: f64,
    pub height: f64,
}

/// Room kept free at each edge of a drawing (SVG user units).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Insets {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

/// A view: which part of the Earth a drawing shows, and how a position lands on it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// cos φ0 of the projection's middle latitude.
    cos_lat0: f64,
    /// Projected metres at the drawing's left edge.
    west_m: f64,
    /// Projected metres at the drawing's top edge.
    north_m: f64,
    /// SVG user units per metre on the ground (true along φ0).
    units_per_m: f64,
    /// The drawing.
    pub canvas: Canvas,
}

impl Frame {
    /// The view of `canvas` that shows every point of `points` inside `insets`, centred on
    /// them and at least `min_span_m` metres across each way. `None` when no point is finite.
    pub fn fit(
        points: &[LatLon],
        canvas: Canvas,
        insets: Insets,
        min_span_m: f64,
    ) -> Option<Frame> {
        let points: Vec<LatLon> = points.iter().copied().filter(|p| p.is_finite()).collect();
        let (south, north) = min_max(points.iter().map(|p| p.lat))?;
        let cos_lat0 = ((south + north) / 2.0).to_radians().cos();
        let projected: Vec<Coord<f64>> = points.iter().map(|&p| project(cos_lat0, p)).collect();
        let (min_x, max_x) = min_max(projected.iter().map(|c| c.x))?;
        let (min_y, max_y) = min_max(projected.iter().map(|c| c.y))?;
        let span_x = (max_x - min_x).max(min_span_m);
        let span_y = (max_y - min_y).max(min_span_m);
        let inner_w = (canvas.width - insets.left - insets.right).max(1.0);
        let inner_h = (canvas.height - insets.top - insets.bottom).max(1.0);
        let units_per_m = (inner_w / span_x).min(inner_h / span_y);
        // The points' box centred in the inner area.
        let centre_px = (insets.left + inner_w / 2.0, insets.top + inner_h / 2.0);
        let centre_m = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
        Some(Frame {
            cos_lat0,
            west_m: centre_m.0 - centre_px.0 / units_per_m,
            north_m: centre_m.1 + centre_px.1 / units_per_m,
            units_per_m,
            canvas,
        })
    }

    /// Where `p` lands on the drawing (it may be outside the canvas).
    pub fn to_svg(&self, p: LatLon) -> SvgPoint {
        self.coord_to_svg(project(self.cos_lat0, p))
    }

    fn coord_to_svg(&self, c: Coord<f64>) -> SvgPoint {
        SvgPoint {
            x: (c.x - self.west_m) * self.units_per_m,
            y: (self.north_m - c.y) * self.units_per_m,
        }
    }

    /// True when `p` lands on the canvas, `margin` user units inside its edges.
    pub fn shows(&self, p: LatLon, margin: f64) -> bool {
        let s = self.to_svg(p);
        s.x >= margin
            && s.y >= margin
            && s.x <= self.canvas.width - margin
            && s.y <= self.canvas.height - margin
    }

    /// SVG user units per metre on the ground.
    pub fn units_per_metre(&self) -> f64 {
        self.units_per_m
    }

    /// The outline (polygons in degrees, x = longitude, y = latitude) as SVG path data: cut to
    /// the canvas and a few units around it, simplified (Douglas–Peucker) so no drawn point
    /// moves more than `tolerance` user units, then rounded to whole units. Every ring is one
    /// `M…l…z` subpath with relative steps.
    pub fn outline_path(&self, outline: &MultiPolygon<f64>, tolerance: f64) -> String {
        let on_canvas = outline.map_coords(|c| {
            let s = self.to_svg(LatLon { lat: c.y, lon: c.x });
            Coord { x: s.x, y: s.y }
        });
        let pad = 4.0;
        let window = Rect::new(
            Coord { x: -pad, y: -pad },
            Coord {
                x: self.canvas.width + pad,
                y: self.canvas.height + pad,
            },
        )
        .to_polygon();
        let everything_shown = on_canvas
            .iter()
            .flat_map(|p| p.exterior().coords())
            .all(|c| {
                c.x >= -pad
                    && c.y >= -pad
                    && c.x <= self.canvas.width + pad
                    && c.y <= self.canvas.height + pad
            });
        let clipped = if everything_shown {
            on_canvas
        } else {
            on_canvas.intersection(&window)
        };
        path_data(&clipped.simplify(tolerance))
    }
}

/// Projected metres of `p` around the latitude whose cosine is `cos_lat0`.
fn project(cos_lat0: f64, p: LatLon) -> Coord<f64> {
    Coord {
        x: EARTH_RADIUS_M * p.lon.to_radians() * cos_lat0,
        y: EARTH_RADIUS_M * p.lat.to_radians(),
    }
}

fn min_max(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// SVG path data for polygons already in user units: whole units, relative steps, one subpath
/// per ring; repeated points and rings of fewer than 3 points are left out.
pub fn path_data(polygons: &MultiPolygon<f64>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let rings = polygons
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()));
    for ring in rings {
        let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.0.len());
        for c in ring.coords() {
            let p = (c.x.round() as i64, c.y.round() as i64);
            if points.last() != Some(&p) {
                points.push(p);
            }
        }
        // The ring's closing point is implied by `z`.
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        if points.len() < 3 {
            continue;
        }
        let (x0, y0) = points[0];
        let _ = write!(out, "M{x0} {y0}l");
        let mut previous = points[0];
        for (i, &(x, y)) in points.iter().enumerate().skip(1) {
            let (dx, dy) = (x - previous.0, y - previous.1);
            // A minus sign separates numbers by itself.
            if i > 1 && dx >= 0 {
                out.push(' ');
            }
            let _ = write!(out, "{dx}");
            if dy >= 0 {
                out.push(' ');
            }
            let _ = write!(out, "{dy}");
            previous = (x, y);
        }
        out.push('z');
    }
    out
}

/// How wide a line of text is likely to be (SVG user units) at `font_size`: wide scripts
/// (Chinese, Japanese, Korean, full-width forms) a full em a character, others about 0.6 em.
/// An estimate that errs wide, to keep labels apart and on the canvas.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars()
        .map(|c| {
            let wide = matches!(u32::from(c),
                0x1100..=0x11FF | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60);
            if wide {
                1.0
            } else {
                0.62
            }
        })
        .sum::<f64>()
        * font_size
}

/// How a label's `x` is read, as SVG's `text-anchor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// `x` is the label's left end.
    Start,
    /// `x` is the label's middle.
    Middle,
    /// `x` is the label's right end.
    End,
}

impl Anchor {
    /// The `text-anchor` value (the drawing is always left to right).
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a line of text goes: its anchor point (on the baseline) and the box it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextSpot {
    /// The text's `x`, `y` (baseline).
    pub at: SvgPoint,
    /// How `at.x` is read.
    pub anchor: Anchor,
    /// The box the text is expected to cover.
    pub covers: SvgBox,
}

impl TextSpot {
    fn new(at: SvgPoint, anchor: Anchor, width: f64, font_size: f64) -> TextSpot {
        let left = match anchor {
            Anchor::Start => at.x,
            Anchor::Middle => at.x - width / 2.0,
            Anchor::End => at.x - width,
        };
        TextSpot {
            at,
            anchor,
            covers: SvgBox {
                min: SvgPoint {
                    x: left,
                    y: at.y - font_size,
                },
                max: SvgPoint {
                    x: left + width,
                    y: at.y + font_size * 0.3,
                },
            },
        }
    }
}

/// An office's marker: where it is drawn, and where the office is. They differ only when
/// another marker (or the reader's point) already sits there; the page then draws a short line
/// from the marker to the office.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkerSpot {
    /// The marker's centre.
    pub at: SvgPoint,
    /// The office's own position.
    pub office: SvgPoint,
}

impl MarkerSpot {
    /// True when the marker was moved aside.
    pub fn moved(&self) -> bool {
        self.at != self.office
    }
}

/// Places a marker of `radius` at each of `positions` (in order), moving one aside, onto a
/// ring around its position, when it would cover a marker already placed or one of
/// `obstacles`; a marker stays on the canvas, `radius` from its edges.
pub fn place_markers(
    canvas: Canvas,
    positions: &[SvgPoint],
    obstacles: &[SvgPoint],
    radius: f64,
) -> Vec<MarkerSpot> {
    let mut placed: Vec<SvgPoint> = Vec::with_capacity(positions.len());
    let free = |p: SvgPoint, placed: &[SvgPoint]| {
        placed
            .iter()
            .chain(obstacles)
            .all(|q| p.distance(*q) >= 2.0 * radius + 1.0)
    };
    let on_canvas = |p: SvgPoint| {
        p.x >= radius
            && p.y >= radius
            && p.x <= canvas.width - radius
            && p.y <= canvas.height - radius
    };
    let mut spots = Vec::with_capacity(positions.len());
    for &office in positions {
        let mut at = office;
        if !free(office, &placed) {
            let candidates = (1..=4).flat_map(|ring| {
                let distance = f64::from(ring) * (2.0 * radius + 2.0);
                (0..12).map(move |step| {
                    // Up first, then clockwise.
                    let angle = (f64::from(step) * 30.0 - 90.0).to_radians();
                    SvgPoint {
                        x: office.x + distance * angle.cos(),
                        y: office.y + distance * angle.sin(),
                    }
                })
            });
            if let Some(spot) = candidates
                .filter(|&p| on_canvas(p))
                .find(|&p| free(p, &placed))
            {
                at = spot;
            }
        }
        placed.push(at);
        spots.push(MarkerSpot { at, office });
    }
    spots
}

/// Where the label beside the reader's point goes: right of it, else left, below or above,
/// else below or above it centred on the canvas; the first spot that stays on the canvas and
/// clear of `avoid`, else the first on the canvas, else centred under the point.
pub fn point_label(canvas: Canvas, point: SvgPoint, text: &str, avoid: &[SvgBox]) -> TextSpot {
    let width = text_width(text, LABEL_FONT);
    let gap = 11.0;
    let beside_y = point.y + LABEL_FONT * 0.35;
    let below_y = point.y + gap + LABEL_FONT;
    let above_y = point.y - gap;
    let middle_x = canvas.width / 2.0;
    let candidates = [
        (point.x + gap, beside_y, Anchor::Start),
        (point.x - gap, beside_y, Anchor::End),
        (point.x, below_y, Anchor::Middle),
        (point.x, above_y, Anchor::Middle),
        (middle_x, below_y, Anchor::Middle),
        (middle_x, above_y, Anchor::Middle),
    ]
    .map(|(x, y, anchor)| TextSpot::new(SvgPoint { x, y }, anchor, width, LABEL_FONT));
    let fits = |spot: &TextSpot| spot.covers.inside(canvas, 2.0);
    let clear = |spot: &TextSpot| !avoid.iter().any(|b| b.overlaps(&spot.covers));
    candidates
        .iter()
        .find(|s| fits(s) && clear(s))
        .or_else(|| candidates.iter().find(|s| fits(s)))
        .copied()
        .unwrap_or_else(|| {
            let y = if below_y < canvas.height - 2.0 {
                below_y
            } else {
                above_y
            };
            TextSpot::new(
                SvgPoint { x: middle_x, y },
                Anchor::Middle,
                width,
                LABEL_FONT,
            )
        })
}

/// A place name drawn for orientation, centred on the place's point.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceLabel {
    /// The name as the source spells it (English).
    pub name: String,
    /// Where its text goes.
    pub spot: TextSpot,
}

/// Up to `max` place names near the middle of the view, each centred on its point, all on the
/// canvas and clear of `avoid` and of each other. Nearest the middle first; ties by name.
pub fn place_labels(
    frame: &Frame,
    places: &[&NamedPoint],
    avoid: &[SvgBox],
    max: usize,
) -> Vec<PlaceLabel> {
    let middle = SvgPoint {
        x: frame.canvas.width / 2.0,
        y: frame.canvas.height / 2.0,
    };
    let mut candidates: Vec<(f64, &NamedPoint, SvgPoint)> = places
        .iter()
        .map(|p| {
            let at = frame.to_svg(LatLon {
                lat: p.lat,
                lon: p.lon,
            });
            (at.distance(middle), *p, at)
        })
        .filter(|(_, _, at)| {
            at.x >= 0.0 && at.y >= 0.0 && at.x <= frame.canvas.width && at.y <= frame.canvas.height
        })
        .collect();
    candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
    let mut taken: Vec<SvgBox> = avoid.to_vec();
    let mut labels = Vec::new();
    for (_, place, at) in candidates {
        if labels.len() >= max {
            break;
        }
        let spot = TextSpot::new(
            SvgPoint {
                x: at.x,
                y: at.y + PLACE_FONT * 0.35,
            },
            Anchor::Middle,
            text_width(&place.name, PLACE_FONT),
            PLACE_FONT,
        );
        // Names keep a little air between them and everything else.
        let airy = SvgBox {
            min: SvgPoint {
                x: spot.covers.min.x - 6.0,
                y: spot.covers.min.y - 4.0,
            },
            max: SvgPoint {
                x: spot.covers.max.x + 6.0,
                y: spot.covers.max.y + 4.0,
            },
        };
        if spot.covers.inside(frame.canvas, 2.0) && !taken.iter().any(|b| b.overlaps(&airy)) {
            taken.push(spot.covers);
            labels.push(PlaceLabel {
                name: place.name.clone(),
                spot,
            });
        }
    }
    labels
}

/// A scale bar: a round distance and how long it is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// The distance it stands for, miles (one of [`SCALE_MILES`]).
    pub miles: f64,
    /// The same distance in metres.
    pub metres: f64,
    /// Its length on the drawing, SVG user units.
    pub length: f64,
}

/// The longest bar of [`SCALE_MILES`] no longer than `max_length` user units on `frame` (the
/// shortest one when none is that short).
pub fn scale_bar(frame: &Frame, max_length: f64) -> ScaleBar {
    let bar = |miles: f64| {
        let metres = miles * METRES_PER_MILE;
        ScaleBar {
            miles,
            metres,
            length: metres * frame.units_per_m,
        }
    };
    SCALE_MILES
        .iter()
        .rev()
        .map(|&m| bar(m))
        .find(|b| b.length <= max_length)
        .unwrap_or_else(|| bar(SCALE_MILES[0]))
}

/// An office to draw on the results map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapOffice {
    /// Its number in the list (from 1).
    pub number: usize,
    /// Whose office: the marker's shape and colour.
    pub agency: Agency,
    /// Where it is.
    pub at: LatLon,
}

/// A drawn office marker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    /// The office's number in the list.
    pub number: usize,
    /// Whose office.
    pub agency: Agency,
    /// Where the marker and the office are.
    pub spot: MarkerSpot,
}

/// Everything the results map draws, in user units of [`ResultsMap::frame`]'s canvas.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsMap {
    /// The view.
    pub frame: Frame,
    /// The county outline as SVG path data (cut to the view).
    pub outline: String,
    /// The reader's point.
    pub point: SvgPoint,
    /// Where the point's label goes.
    pub point_label: TextSpot,
    /// The offices, in list order.
    pub markers: Vec<Marker>,
    /// A few place names for orientation.
    pub places: Vec<PlaceLabel>,
    /// The scale bar, drawn from [`ResultsMap::scale_at`] to the right.
    pub scale: ScaleBar,
    /// The scale bar's left end (the label sits above it).
    pub scale_at: SvgPoint,
}

/// The map beside the search results: the view framing `point` and every office, the county
/// outline in it, numbered markers, the point's label (`point_text`, used only to measure it),
/// a few of `places` for orientation and a scale bar. `None` when `point` is not a finite
/// position.
pub fn results_map(
    point: LatLon,
    point_text: &str,
    offices: &[MapOffice],
    places: &[&NamedPoint],
) -> Option<ResultsMap> {
    if !point.is_finite() {
        return None;
    }
    let offices: Vec<MapOffice> = offices
        .iter()
        .copied()
        .filter(|o| o.at.is_finite())
        .collect();
    let mut framed = vec![point];
    framed.extend(offices.iter().map(|o| o.at));
    let frame = Frame::fit(&framed, RESULTS_CANVAS, RESULTS_INSETS, MIN_SPAN_M)?;
    let canvas = frame.canvas;
    let outline = frame.outline_path(county_lon_lat(), 0.8);
    let point_at = frame.to_svg(point);
    let positions: Vec<SvgPoint> = offices.iter().map(|o| frame.to_svg(o.at)).collect();
    let spots = place_markers(canvas, &positions, &[point_at], MARKER_RADIUS);
    let markers: Vec<Marker> = offices
        .iter()
        .zip(spots)
        .map(|(o, spot)| Marker {
            number: o.number,
            agency: o.agency,
            spot,
        })
        .collect();
    let marker_boxes: Vec<SvgBox> = markers
        .iter()
        .map(|m| SvgBox::around(m.spot.at, MARKER_RADIUS + 1.0))
        .collect();
    let scale = scale_bar(&frame, canvas.width * 0.3);
    let scale_at = SvgPoint {
        x: 12.0,
        y: canvas.height - 10.0,
    };
    let scale_box = SvgBox {
        min: SvgPoint {
            x: 0.0,
            y: scale_at.y - LABEL_FONT - 10.0,
        },
        max: SvgPoint {
            x: scale_at.x + scale.length + 60.0,
            y: canvas.height,
        },
    };
    let mut avoid = marker_boxes;
    avoid.push(scale_box);
    let point_label = point_label(canvas, point_at, point_text, &avoid);
    avoid.push(SvgBox::around(point_at, 9.0));
    avoid.push(point_label.covers);
    let places = place_labels(&frame, places, &avoid, MAX_PLACE_NAMES);
    Some(ResultsMap {
        frame,
        outline,
        point: point_at,
        point_label,
        markers,
        places,
        scale,
        scale_at,
    })
}

/// The county outline in degrees (x = longitude, y = latitude), read once.
fn county_lon_lat() -> &'static MultiPolygon<f64> {
    static OUTLINE: OnceLock<MultiPolygon<f64>> = OnceLock::new();
    OUTLINE.get_or_init(|| la_county().lon_lat())
}

/// The small map on an office: the whole county, and where the office is in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LocatorMap {
    /// The drawing ([`LOCATOR_WIDTH`] wide).
    pub canvas: Canvas,
    /// The county outline as SVG path data, the same for every office.
    pub outline: &'static str,
    /// Where the office is.
    pub office: SvgPoint,
}

/// The locator map for an office at `office`; `None` when it is not a finite position.
pub fn locator_map(office: LatLon) -> Option<LocatorMap> {
    static COUNTY: OnceLock<Option<(Frame, String)>> = OnceLock::new();
    if !office.is_finite() {
        return None;
    }
    let (frame, outline) = COUNTY
        .get_or_init(|| {
            let outline = county_lon_lat();
            let corners: Vec<LatLon> = outline
                .iter()
                .flat_map(Polygon::exterior)
                .map(|c| LatLon { lat: c.y, lon: c.x })
                .collect();
            let (south, north) = min_max(corners.iter().map(|p| p.lat))?;
            let (west, east) = min_max(corners.iter().map(|p| p.lon))?;
            let cos_lat0 = ((south + north) / 2.0).to_radians().cos();
            let aspect = (project(
                cos_lat0,
                LatLon {
                    lat: north,
                    lon: east,
                },
            )
            .y - project(
                cos_lat0,
                LatLon {
                    lat: south,
                    lon: east,
                },
            )
            .y) / (project(
                cos_lat0,
                LatLon {
                    lat: north,
                    lon: east,
                },
            )
            .x - project(
                cos_lat0,
                LatLon {
                    lat: north,
                    lon: west,
                },
            )
            .x);
            let pad = 3.0;
            let canvas = Canvas {
                width: LOCATOR_WIDTH,
                height: ((LOCATOR_WIDTH - 2.0 * pad) * aspect + 2.0 * pad).round(),
            };
            let insets = Insets {
                top: pad,
                right: pad,
                bottom: pad,
                left: pad,
            };
            let frame = Frame::fit(&corners, canvas, insets, 0.0)?;
            let path = path_data(
                &outline
                    .map_coords(|c| {
                        let s = frame.to_svg(LatLon { lat: c.y, lon: c.x });
                        Coord { x: s.x, y: s.y }
                    })
                    .simplify(0.6),
            );
            Some((frame, path))
        })
        .as_ref()?;
    Some(LocatorMap {
        canvas: frame.canvas,
        outline,
        office: frame.to_svg(office),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::search::OfficeFinder;
    use geo::LineString;
    use proptest::prelude::*;

    const DOWNTOWN: LatLon = LatLon {
        lat: 34.0522,
        lon: -118.2437,
    };

    fn inset_ok(frame: &Frame, p: LatLon) -> bool {
        let s = frame.to_svg(p);
        let eps = 1e-6;
        s.x >= RESULTS_INSETS.left - eps
            && s.y >= RESULTS_INSETS.top - eps
            && s.x <= frame.canvas.width - RESULTS_INSETS.right + eps
            && s.y <= frame.canvas.height - RESULTS_INSETS.bottom + eps
    }

    #[test]
    fn one_point_is_centred_in_a_view_of_the_smallest_span() {
        let frame = Frame::fit(&[DOWNTOWN], RESULTS_CANVAS, RESULTS_INSETS, MIN_SPAN_M).unwrap();
        let s = frame.to_svg(DOWNTOWN);
        assert!((s.x - 200.0).abs() < 1e-6, "{s:?}");
        assert!((s.y - 148.0).abs() < 1e-6, "{s:?}");
        // 3 km across the inner height of 264 units.
        assert!((frame.units_per_metre() - 264.0 / 3_000.0).abs() < 1e-9);
    }

    #[test]
    fn north_is_up_and_east_is_right() {
        let frame = Frame::fit(&[DOWNTOWN], RESULTS_CANVAS, RESULTS_INSETS, MIN_SPAN_M).unwrap();
        let north = frame.to_svg(LatLon {
            lat: DOWNTOWN.lat + 0.001,
            ..DOWNTOWN
        });
        let east = frame.to_svg(LatLon {
            lon: DOWNTOWN.lon + 0.001,
            ..DOWNTOWN
        });
        let here = frame.to_svg(DOWNTOWN);
        assert!(north.y < here.y && (north.x - here.x).abs() < 1e-9);
        assert!(east.x > here.x && (east.y - here.y).abs() < 1e-9);
    }

    #[test]
    fn the_projection_keeps_ground_distances_within_a_percent() {
        use geo::{Distance, Haversine, Point};
        let frame = Frame::fit(
            &[
                DOWNTOWN,
                LatLon {
                    lat: 34.15,
                    lon: -118.10,
                },
            ],
            RESULTS_CANVAS,
            RESULTS_INSETS,
            MIN_SPAN_M,
        )
        .unwrap();
        let (a, b) = (
            LatLon {
                lat: 34.00,
                lon: -118.30,
            },
            LatLon {
                lat: 34.14,
                lon: -118.12,
            },
        );
        let drawn = frame.to_svg(a).distance(frame.to_svg(b)) / frame.units_per_metre();
        let true_m = Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat));
        assert!((drawn / true_m - 1.0).abs() < 0.01, "{drawn} vs {true_m}");
    }

    #[test]
    fn nothing_finite_has_no_view() {
        let nan = LatLon {
            lat: f64::NAN,
            lon: -118.0,
        };
        assert!(Frame::fit(&[], RESULTS_CANVAS, RESULTS_INSETS, MIN_SPAN_M).is_none());
        assert!(Frame::fit(&[nan], RESULTS_CANVAS, RESULTS_INSETS, MIN_SPAN_M).is_none());
        assert!(results_map(nan, "x", &[], &[]).is_none());
        assert!(locator_map(nan).is_none());
    }

    #[test]
    fn path_data_is_relative_whole_units_and_skips_repeats() {
        let square = MultiPolygon::new(vec![Polygon::new(
            LineString::from(vec![
                (10.2, 10.0),
                (20.0, 10.0),
                (20.1, 10.0),
                (20.0, 5.0),
                (10.0, 5.0),
                (10.0, 10.0),
            ]),
            vec![],
        )]);
        assert_eq!(path_data(&square), "M10 10l10 0 0-5-10 0z");
        let sliver = MultiPolygon::new(vec![Polygon::new(
            LineString::from(vec![(0.0, 0.0), (0.2, 0.1), (0.0, 0.0)]),
            vec![],
        )]);
        assert_eq!(path_data(&sliver), "");
    }

    #[test]
    fn the_outline_is_cut_to_the_view_and_simplified() {
        let frame = Frame::fit(&[DOWNTOWN], RESULTS_CANVAS, RESULTS_INSETS, MIN_SPAN_M).unwrap();
        // Downtown is well inside the county: the view is all county, one rectangle.
        let path = frame.outline_path(county_lon_lat(), 0.8);
        assert_eq!(path.matches('M').count(), 1, "{path}");
        assert!(path.len() < 60, "{path}");
        // Long Beach and the coast: some line, cut to the view.
        let coast = Frame::fit(
            &[LatLon {
                lat: 33.77,
                lon: -118.19,
            }],
            RESULTS_CANVAS,
            RESULTS_INSETS,
            20_000.0,
        )
        .unwrap();
        let path = coast.outline_path(county_lon_lat(), 0.8);
        assert!(
            path.len() > 40 && path.len() < 2_500,
            "{} {path}",
            path.len()
        );
    }

    #[test]
    fn markers_on_one_spot_are_moved_apart_and_stay_on_the_canvas() {
        let spot = SvgPoint { x: 200.0, y: 150.0 };
        let spots = place_markers(RESULTS_CANVAS, &[spot, spot, spot], &[], MARKER_RADIUS);
        assert!(!spots[0].moved());
        assert!(spots[1].moved() && spots[2].moved());
        for (i, a) in spots.iter().enumerate() {
            assert_eq!(a.office, spot);
            for b in &spots[i + 1..] {
                assert!(a.at.distance(b.at) >= 2.0 * MARKER_RADIUS, "{a:?} {b:?}");
            }
        }
        // In a corner, the moved marker still lies on the canvas.
        let corner = SvgPoint { x: 10.0, y: 10.0 };
        let spots = place_markers(RESULTS_CANVAS, &[corner, corner], &[], MARKER_RADIUS);
        assert!(spots[1].at.x >= MARKER_RADIUS && spots[1].at.y >= MARKER_RADIUS);
    }

    #[test]
    fn the_scale_bar_is_a_round_distance_under_the_length_asked() {
        for span in [3_000.0, 10_000.0, 40_000.0, 120_000.0] {
            let frame = Frame::fit(&[DOWNTOWN], RESULTS_CANVAS, RESULTS_INSETS, span).unwrap();
            let bar = scale_bar(&frame, 120.0);
            assert!(SCALE_MILES.contains(&bar.miles));
            assert!(bar.length <= 120.0, "{bar:?}");
            // The next longer one would not fit.
            if let Some(next) = SCALE_MILES.iter().find(|&&m| m > bar.miles) {
                assert!(next * METRES_PER_MILE * frame.units_per_metre() > 120.0);
            }
            assert!((bar.metres - bar.miles * METRES_PER_MILE).abs() < 1e-9);
        }
    }

    #[test]
    fn the_point_label_stays_on_the_canvas_and_off_the_markers() {
        let text = "approximate: centre of ZIP 90020";
        let right_edge = SvgPoint { x: 380.0, y: 150.0 };
        let spot = point_label(RESULTS_CANVAS, right_edge, text, &[]);
        assert_eq!(spot.anchor, Anchor::End);
        assert!(spot.covers.inside(RESULTS_CANVAS, 2.0));
        let middle = SvgPoint { x: 200.0, y: 150.0 };
        let marker = SvgBox::around(SvgPoint { x: 230.0, y: 150.0 }, 10.0);
        let spot = point_label(RESULTS_CANVAS, middle, text, &[marker]);
        assert!(!spot.covers.overlaps(&marker), "{spot:?}");
        // Too wide to go beside the point: below it, centred on the canvas, clear of a marker.
        let wide = "w".repeat(40);
        let below = SvgBox::around(SvgPoint { x: 200.0, y: 175.0 }, 10.0);
        let spot = point_label(RESULTS_CANVAS, middle, &wide, &[below]);
        assert_eq!(spot.anchor, Anchor::Middle);
        assert!(
            spot.at.y < middle.y && !spot.covers.overlaps(&below),
            "{spot:?}"
        );
        // Wider than the canvas: centred.
        let long = "x".repeat(200);
        let spot = point_label(RESULTS_CANVAS, middle, &long, &[]);
        assert_eq!(spot.anchor, Anchor::Middle);
    }

    #[test]
    fn wide_scripts_measure_wider() {
        assert!(text_width("우편번호", 12.0) > text_width("abcd", 12.0));
        assert_eq!(text_width("", 12.0), 0.0);
    }

    fn finder() -> &'static OfficeFinder {
        static FINDER: OnceLock<OfficeFinder> = OnceLock::new();
        FINDER.get_or_init(|| OfficeFinder::embedded().expect("embedded dataset"))
    }

    fn map_for(point: LatLon, per_agency: usize) -> (Vec<MapOffice>, ResultsMap) {
        let finder = finder();
        let now = chrono::Utc::now();
        let mut offices = Vec::new();
        for agency in [Agency::Dcfs, Agency::Dpss] {
            for office in
                finder.nearest_offices(point.lat, point.lon, per_agency, Some(agency), now)
            {
                if let Some(c) = office.coordinate {
                    offices.push(MapOffice {
                        number: offices.len() + 1,
                        agency,
                        at: LatLon {
                            lat: c.lat,
                            lon: c.lon,
                        },
                    });
                }
            }
        }
        let places = finder.places().gazetteer().points();
        let map = results_map(point, "approximate: centre of ZIP 90020", &offices, &places)
            .expect("a map");
        (offices, map)
    }

    #[test]
    fn the_map_for_90020_draws_six_numbered_markers_and_some_places() {
        let (offices, map) = map_for(
            LatLon {
                lat: 34.0668,
                lon: -118.3090,
            },
            3,
        );
        assert_eq!(offices.len(), 6);
        let numbers: Vec<usize> = map.markers.iter().map(|m| m.number).collect();
        assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6]);
        assert!(!map.places.is_empty() && map.places.len() <= MAX_PLACE_NAMES);
        for place in &map.places {
            assert!(place.spot.covers.inside(map.frame.canvas, 2.0), "{place:?}");
        }
        assert!(!map.outline.is_empty());
    }

    #[test]
    fn the_locator_map_holds_the_whole_county() {
        let map = locator_map(DOWNTOWN).unwrap();
        assert_eq!(map.canvas.width, LOCATOR_WIDTH);
        assert!(map.canvas.height > LOCATOR_WIDTH, "{:?}", map.canvas);
        assert_eq!(
            map.outline.matches('M').count(),
            3,
            "mainland and two islands"
        );
        assert!(map.outline.len() < 1_200, "{}", map.outline.len());
        for polygon in county_lon_lat() {
            for c in polygon.exterior().coords() {
                let s = locator_map(LatLon { lat: c.y, lon: c.x }).unwrap().office;
                assert!(
                    s.x >= 0.0 && s.y >= 0.0 && s.x <= map.canvas.width && s.y <= map.canvas.height
                );
            }
        }
        let lancaster = locator_map(LatLon {
            lat: 34.70,
            lon: -118.14,
        })
        .unwrap();
        assert!(lancaster.office.y < map.office.y, "north is up");
    }

    /// A position inside the county's box.
    fn in_county_box() -> impl Strategy<Value = LatLon> {
        (33.70f64..34.82, -118.95f64..-117.65).prop_map(|(lat, lon)| LatLon { lat, lon })
    }

    proptest! {
        #[test]
        fn every_office_and_the_point_fall_inside_the_view(
            point in in_county_box(),
            offices in proptest::collection::vec((in_county_box(), proptest::bool::ANY), 0..10),
        ) {
            let offices: Vec<MapOffice> = offices
                .into_iter()
                .enumerate()
                .map(|(i, (at, dcfs))| MapOffice {
                    number: i + 1,
                    agency: if dcfs { Agency::Dcfs } else { Agency::Dpss },
                    at,
                })
                .collect();
            let map = results_map(point, "your location", &offices, &[]).expect("a map");
            prop_assert!(inset_ok(&map.frame, point));
            prop_assert_eq!(map.markers.len(), offices.len());
            for (office, marker) in offices.iter().zip(&map.markers) {
                prop_assert!(inset_ok(&map.frame, office.at), "{:?}", office);
                prop_assert_eq!(marker.number, office.number);
                let at = marker.spot.at;
                prop_assert!(at.x >= 0.0 && at.y >= 0.0);
                prop_assert!(at.x <= map.frame.canvas.width && at.y <= map.frame.canvas.height);
            }
        }

        #[test]
        fn the_nearest_offices_of_any_point_in_the_county_are_all_on_its_map(
            point in in_county_box(),
            per_agency in 1usize..6,
        ) {
            let (offices, map) = map_for(point, per_agency);
            prop_assert!(inset_ok(&map.frame, point));
            prop_assert_eq!(map.markers.len(), offices.len());
            for office in &offices {
                prop_assert!(inset_ok(&map.frame, office.at), "{:?}", office);
            }
        }
    }
}
