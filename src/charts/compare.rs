//! The compare view's overlay: one figure year by year, one line per
//! scenario. Each line has its own Okabe–Ito colour *and* its own dash and
//! marker ([`series_style`]), so lines stay apart in greyscale and for
//! colour-blind readers; the first scenario (the reference) is solid. The
//! y axis always includes zero. The legend is the UI's HTML, which takes the
//! same [`series_colour`] and [`series_dash`]; when there are few lines and
//! room beside the plot, each line's end is also labelled with its
//! scenario's name, so a printed or saved chart can be read on its own.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{BLUE, VERMILLION};
use super::util::{
    at, draw_axes, err, font, format_year, plot_width, runs, stroke, text_width, value_range, wrap,
    year_range, year_ticks, Axes, Ctx,
};
use crate::model::data::localized::Lang;

/// What the compare chart draws: one series per scenario over the same
/// years, with the texts in the reader's language.
pub struct CompareChart<'a> {
    /// The projected calendar years along x.
    pub years: &'a [u16],
    /// One series per scenario, a value per year (missing or NaN values
    /// leave a gap).
    pub series: &'a [Vec<f64>],
    /// The scenarios' names, in series order (for the end-of-line labels).
    pub labels: &'a [String],
    /// Formats a value of the compared figure for the y axis.
    pub format_value: &'a dyn Fn(f64) -> String,
    /// The y axis' description (e.g. "mia. kr."; empty for none).
    pub y_desc: &'a str,
    /// Font size of labels, in backend pixels (scale with the pixel ratio).
    pub font_px: u32,
}

/// Line colours in series order: the Okabe–Ito palette, darkest contrast
/// first, yellow last (weak on white). Repeats after eight scenarios.
pub const SERIES_COLOURS: [RGBColor; 8] = [
    BLUE,
    VERMILLION,
    RGBColor(0x00, 0x9e, 0x73), // bluish green
    RGBColor(0xcc, 0x79, 0xa7), // reddish purple
    RGBColor(0xe6, 0x9f, 0x00), // orange
    RGBColor(0x56, 0xb4, 0xe9), // sky blue
    RGBColor(0x00, 0x00, 0x00), // black
    RGBColor(0xf0, 0xe4, 0x42), // yellow
];

/// How a line is dashed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dash {
    /// An unbroken line (the reference scenario).
    Solid,
    /// Short dashes.
    Dashed,
    /// Dots.
    Dotted,
    /// Long dashes.
    LongDashed,
}

impl Dash {
    /// The SVG/CSS `stroke-dasharray` of this dash in units of a 2 px line
    /// (`none` for solid), for an inline legend swatch.
    pub fn dasharray(self) -> &'static str {
        match self {
            Dash::Solid => "none",
            Dash::Dashed => "6 4",
            Dash::Dotted => "2 3",
            Dash::LongDashed => "14 5",
        }
    }

    /// (dash, gap) lengths in backend pixels at `font_px`; `None` for solid.
    fn pattern(self, font_px: u32) -> Option<(u32, u32)> {
        let em = f64::from(font_px.max(1));
        let (dash, gap) = match self {
            Dash::Solid => return None,
            Dash::Dashed => (0.6, 0.4),
            Dash::Dotted => (0.18, 0.3),
            Dash::LongDashed => (1.4, 0.45),
        };
        Some((
            ((dash * em).round() as u32).max(2),
            ((gap * em).round() as u32).max(2),
        ))
    }
}

/// The marker drawn at each year of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// A filled circle.
    Circle,
    /// A filled square.
    Square,
    /// A filled triangle, point up.
    Triangle,
    /// A filled diamond.
    Diamond,
}

/// The look of one scenario's line: colour, dash and marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeriesStyle {
    /// The line and marker colour.
    pub colour: RGBColor,
    /// How the line is dashed.
    pub dash: Dash,
    /// The marker at each year.
    pub marker: Marker,
}

const DASHES: [Dash; 4] = [Dash::Solid, Dash::Dashed, Dash::Dotted, Dash::LongDashed];
const MARKERS: [Marker; 4] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
];

/// Markers are drawn for at most this many lines: beyond it the styles
/// repeat and markers only clutter (a board of 60 participants).
const MARKED_SERIES_MAX: usize = SERIES_COLOURS.len();

/// Lines are labelled at their end for at most this many scenarios (the
/// five lenses).
const LABELLED_SERIES_MAX: usize = 5;

/// The end labels take at most this share of the chart's width.
const LABEL_WIDTH_SHARE: f64 = 0.28;

/// The style of scenario `i` (its column in the comparison): the first is
/// solid with circles; the first four differ in colour, dash and marker, the
/// first eight in colour, and the first sixteen in dash and marker together.
///
/// ```
/// use prioritet::charts::compare::{series_style, Dash};
/// assert_eq!(series_style(0).dash, Dash::Solid);
/// assert_ne!(series_style(1), series_style(0));
/// ```
pub fn series_style(i: usize) -> SeriesStyle {
    SeriesStyle {
        colour: series_colour(i),
        dash: DASHES[i % DASHES.len()],
        marker: MARKERS[(i + i / DASHES.len()) % MARKERS.len()],
    }
}

/// The line colour of scenario `i` (see [`SERIES_COLOURS`]).
pub fn series_colour(i: usize) -> RGBColor {
    SERIES_COLOURS[i % SERIES_COLOURS.len()]
}

/// Words for the line style of scenario `i` (dash and marker), for the HTML
/// legend and screen readers, e.g. "stiplet, firkanter".
pub fn series_dash(i: usize, lang: Lang) -> String {
    let s = series_style(i);
    let dash = match (s.dash, lang) {
        (Dash::Solid, Lang::Da) => "fuldt optrukket",
        (Dash::Solid, Lang::En) => "solid",
        (Dash::Dashed, Lang::Da) => "stiplet",
        (Dash::Dashed, Lang::En) => "dashed",
        (Dash::Dotted, Lang::Da) => "prikket",
        (Dash::Dotted, Lang::En) => "dotted",
        (Dash::LongDashed, Lang::Da) => "lange streger",
        (Dash::LongDashed, Lang::En) => "long dashes",
    };
    let marker = match (s.marker, lang) {
        (Marker::Circle, Lang::Da) => "cirkler",
        (Marker::Circle, Lang::En) => "circles",
        (Marker::Square, Lang::Da) => "firkanter",
        (Marker::Square, Lang::En) => "squares",
        (Marker::Triangle, Lang::Da) => "trekanter",
        (Marker::Triangle, Lang::En) => "triangles",
        (Marker::Diamond, Lang::Da) => "ruder",
        (Marker::Diamond, Lang::En) => "diamonds",
    };
    format!("{dash}, {marker}")
}

/// Draws the compare chart on `area`. No years draws only the background;
/// no series draws the axes; missing or NaN values leave gaps.
pub fn draw_compare<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &CompareChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let Some(x) = year_range(chart.years) else {
        return area.present().map_err(err);
    };
    let n = chart.years.len();
    let px = chart.font_px;
    let xs: Vec<f64> = chart.years.iter().map(|y| f64::from(*y)).collect();
    let ys: Vec<Vec<Option<f64>>> = chart
        .series
        .iter()
        .map(|s| (0..n).map(|k| at(s, k)).collect())
        .collect();
    let y = value_range(ys.iter().flatten().flatten().copied()).unwrap_or(0.0..1.0);

    // Room for the end labels to the right of the plot, if they fit.
    let (width, _) = area.dim_in_pixel();
    let max_chars = label_chars(chart, width);
    let label_w = if max_chars > 0 {
        let widest = chart
            .labels
            .iter()
            .take(chart.series.len())
            .map(|l| text_width(&short(l, max_chars), px))
            .max()
            .unwrap_or(0);
        widest + px
    } else {
        0
    };
    let (plot_area, label_area) = area.split_horizontally(width.saturating_sub(label_w));

    let mut axes = Axes {
        x,
        y,
        format_x: &format_year,
        format_y: chart.format_value,
        y_desc: chart.y_desc,
        x_labels: n,
        show_x_labels: true,
        x_grid: false,
        font_px: px,
        min_y_label_w: 0,
    };
    axes.x_labels = year_ticks(n, plot_width(&plot_area, &axes), px);
    let mut ctx = draw_axes(&plot_area, &axes)?;

    let many = chart.series.len() > MARKED_SERIES_MAX;
    let width_px = stroke(px, if many { 1.5 } else { 2.5 });
    for (i, values) in ys.iter().enumerate() {
        let style = series_style(i);
        let line = style.colour.stroke_width(width_px);
        for run in runs(&xs, values) {
            match style.dash.pattern(px) {
                None => ctx.draw_series(LineSeries::new(run, line)).map_err(err)?,
                Some((dash, gap)) => ctx
                    .draw_series(DashedLineSeries::new(run, dash, gap, line))
                    .map_err(err)?,
            };
        }
        if !many {
            let points: Vec<(f64, f64)> = xs
                .iter()
                .zip(values)
                .filter_map(|(x, y)| y.map(|y| (*x, y)))
                .collect();
            markers(&mut ctx, &points, style, px)?;
        }
    }

    if max_chars > 0 {
        end_labels(&ctx, &label_area, chart, &ys, max_chars)?;
    }
    area.present().map_err(err)
}

/// How many characters an end label may have; 0 when the lines are not
/// labelled (too many, no labels, or too narrow a chart).
fn label_chars(chart: &CompareChart, width: u32) -> usize {
    let count = chart.series.len();
    if count == 0 || count > LABELLED_SERIES_MAX || chart.labels.len() < count {
        return 0;
    }
    let room = (f64::from(width) * LABEL_WIDTH_SHARE) as u32;
    let per_char = text_width("x", chart.font_px).max(1);
    let chars = (room.saturating_sub(chart.font_px) / per_char) as usize;
    if chars < 4 {
        0
    } else {
        chars.min(18)
    }
}

/// `label` cut to `max_chars` on one line (with an ellipsis when cut).
fn short(label: &str, max_chars: usize) -> String {
    wrap(label, max_chars, 1)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// Draws `style`'s marker at each point.
fn markers<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    points: &[(f64, f64)],
    style: SeriesStyle,
    font_px: u32,
) -> Result<(), String> {
    let r = (font_px as i32 / 3).max(2);
    let fill = style.colour.filled();
    let at = points.iter().copied();
    match style.marker {
        Marker::Circle => ctx.draw_series(at.map(|p| Circle::new(p, r, fill))),
        Marker::Square => ctx.draw_series(at.map(|p| {
            EmptyElement::at(p) + Rectangle::new([(-r + 1, -r + 1), (r - 1, r - 1)], fill)
        })),
        Marker::Triangle => ctx.draw_series(at.map(|p| TriangleMarker::new(p, r + 1, fill))),
        Marker::Diamond => ctx.draw_series(at.map(|p| {
            EmptyElement::at(p) + Polygon::new(vec![(0, -r - 1), (r, 0), (0, r + 1), (-r, 0)], fill)
        })),
    }
    .map_err(err)?;
    Ok(())
}

/// Each line's name beside its last value, in `label_area` to the right of
/// the plot, pushed apart so no two overlap, with a thin leader from the
/// line's end.
fn end_labels<DB: DrawingBackend>(
    ctx: &Ctx<'_, DB>,
    label_area: &DrawingArea<DB, Shift>,
    chart: &CompareChart,
    ys: &[Vec<Option<f64>>],
    max_chars: usize,
) -> Result<(), String> {
    let px = chart.font_px;
    let (x0, y0) = label_area.get_base_pixel();
    let (_, height) = label_area.dim_in_pixel();
    // (series, end of the line in label-area pixels)
    let mut ends: Vec<(usize, (i32, i32))> = ys
        .iter()
        .enumerate()
        .filter_map(|(i, values)| {
            let (k, v) = values
                .iter()
                .enumerate()
                .rev()
                .find_map(|(k, v)| v.map(|v| (k, v)))?;
            let x = f64::from(*chart.years.get(k)?);
            let (bx, by) = ctx.backend_coord(&(x, v));
            Some((i, (bx - x0, by - y0)))
        })
        .collect();
    ends.sort_by_key(|(i, (_, y))| (*y, *i));
    let gap = (f64::from(px) * 1.15).ceil() as i32;
    let mut placed: Vec<i32> = Vec::with_capacity(ends.len());
    for (_, (_, y)) in &ends {
        let below = placed.last().map_or(i32::MIN, |p| p + gap);
        placed.push((*y).max(below));
    }
    // Pull the stack back up if it runs off the bottom.
    let bottom = height as i32 - px as i32 / 2;
    let mut limit = bottom;
    for p in placed.iter_mut().rev() {
        *p = (*p).min(limit);
        limit = *p - gap;
    }
    let text = font(px).pos(Pos::new(HPos::Left, VPos::Center));
    let indent = (px / 2) as i32;
    for ((i, (end_x, end_y)), y) in ends.iter().zip(&placed) {
        let colour = series_colour(*i);
        label_area
            .draw(&PathElement::new(
                vec![(*end_x, *end_y), (indent - 2, *y)],
                colour.stroke_width(1),
            ))
            .map_err(err)?;
        let label = chart.labels.get(*i).map(String::as_str).unwrap_or_default();
        label_area
            .draw(&Text::new(
                short(label, max_chars),
                (indent, *y),
                text.clone(),
            ))
            .map_err(err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::util::test_support::{bn, hex, render};
    use crate::model::analysis::compare::{compare, Metric};
    use crate::model::analysis::lens::presets;
    use crate::model::{DataSet, Scenario};

    fn svg(name: &str, years: &[u16], series: &[Vec<f64>], labels: &[String]) -> String {
        svg_sized(name, years, series, labels, (720, 360), 14)
    }

    fn svg_sized(
        name: &str,
        years: &[u16],
        series: &[Vec<f64>],
        labels: &[String],
        size: (u32, u32),
        font_px: u32,
    ) -> String {
        render(name, size, |area| {
            draw_compare(
                area,
                &CompareChart {
                    years,
                    series,
                    labels,
                    format_value: &bn,
                    y_desc: "mia. kr.",
                    font_px,
                },
            )
        })
    }

    /// "No change" and the five lenses, compared on overspend.
    fn lenses() -> (Vec<u16>, Vec<Vec<f64>>, Vec<String>) {
        let ds = DataSet::builtin();
        let mut v = vec![("Uden ændringer".to_string(), Scenario::neutral())];
        v.extend(presets(&ds).into_iter().map(|(id, s)| (id.to_string(), s)));
        let c = compare(&v, &ds).unwrap();
        let labels = c.columns.iter().map(|col| col.label.clone()).collect();
        (c.years.clone(), c.series(Metric::Overspend), labels)
    }

    /// Polylines of a series' line in `colour` (not the 1 px label leaders).
    fn polylines_in(out: &str, colour: RGBColor) -> usize {
        out.split("<polyline")
            .skip(1)
            .filter(|rest| {
                let tag = rest.split('>').next().unwrap_or_default();
                tag.contains(&format!("stroke=\"{}\"", hex(colour)))
                    && !tag.contains("stroke-width=\"1\"")
            })
            .count()
    }

    /// Whether the SVG has a text element reading exactly `text`.
    fn has_text(out: &str, text: &str) -> bool {
        out.contains(&format!(">\n{text}\n</text>"))
    }

    #[test]
    fn the_first_styles_differ_and_the_first_is_solid() {
        assert_eq!(series_style(0).dash, Dash::Solid);
        assert_eq!(series_style(0).dash.dasharray(), "none");
        assert_eq!(series_dash(0, Lang::Da), "fuldt optrukket, cirkler");
        assert_eq!(series_dash(1, Lang::En), "dashed, squares");
        for i in 0..16 {
            for j in 0..i {
                let (a, b) = (series_style(i), series_style(j));
                if i < 8 {
                    assert_ne!(a.colour, b.colour, "{i} {j}");
                }
                if i < 4 {
                    assert!(a.dash != b.dash && a.marker != b.marker, "{i} {j}");
                }
                assert!(a.dash != b.dash || a.marker != b.marker, "{i} {j}");
                assert_ne!(series_dash(i, Lang::Da), series_dash(j, Lang::Da));
                assert_ne!(series_dash(i, Lang::En), series_dash(j, Lang::En));
            }
        }
        assert_eq!(series_style(64), series_style(0));
    }

    #[test]
    fn draws_one_line_per_scenario_with_its_own_style() {
        let (years, series, labels) = lenses();
        let four = &series[..4];
        let out = svg("compare", &years, four, &labels[..4]);
        // The reference is one unbroken polyline.
        assert_eq!(polylines_in(&out, series_colour(0)), 1);
        // The dashed and dotted ones are drawn piece by piece.
        for i in 1..4 {
            assert!(polylines_in(&out, series_colour(i)) > 1, "series {i}");
        }
        assert!(out.contains("<circle"), "circle markers");
        for label in [
            "mia. kr.",
            "2024",
            "2033",
            "Uden ændringer",
            "budget_squeeze",
        ] {
            assert!(out.contains(label), "missing {label}");
        }
        // Five lenses and "no change": six lines, too many to label.
        let all = svg("compare-six", &years, &series, &labels);
        for i in 0..6 {
            assert!(polylines_in(&all, series_colour(i)) >= 1, "series {i}");
        }
        assert!(!has_text(&all, "Uden ændringer"));
        // On a phone the labels are cut short and the lines still drawn.
        let phone = svg_sized("compare-phone", &years, four, &labels[..4], (360, 300), 12);
        assert_eq!(polylines_in(&phone, series_colour(0)), 1);
    }

    #[test]
    fn the_y_axis_includes_zero() {
        let years = [2024, 2025, 2026];
        let series = vec![vec![40e9, 41e9, 42e9]];
        let out = svg("compare-zero", &years, &series, &["a".to_string()]);
        assert!(has_text(&out, "0"), "a tick at zero");
    }

    #[test]
    fn empty_nan_and_sixty_scenarios_do_not_panic() {
        let none: Vec<Vec<f64>> = Vec::new();
        let out = svg("compare-empty", &[], &none, &[]);
        assert!(!out.contains("<polyline"));
        let out = svg("compare-no-series", &[2024, 2025], &none, &[]);
        assert!(out.contains("mia. kr."), "axes are still drawn");
        let nan = vec![vec![f64::NAN; 3], vec![1e9, f64::NAN, 2e9]];
        let out = svg("compare-nan", &[2024, 2025, 2026], &nan, &[]);
        assert!(out.contains("mia. kr."));
        let (years, series, _) = lenses();
        let sixty: Vec<Vec<f64>> = (0..60).map(|i| series[i % series.len()].clone()).collect();
        let labels: Vec<String> = (0..60).map(|i| format!("p{i}")).collect();
        let out = svg("compare-sixty", &years, &sixty, &labels);
        assert!(!out.contains("<circle"), "no markers for a crowd");
        assert!(!has_text(&out, "p0"), "no labels for a crowd");
    }
}
