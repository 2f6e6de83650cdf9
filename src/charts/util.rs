//! Helpers the consequence charts share: axes over the projection years,
//! sizes that scale with the font, whiskers for p10–p90 bands, hatching,
//! and label wrapping. Layout only: nothing here knows the model.

use std::ops::Range;

use plotters::coord::ranged1d::Ranged;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::YearlyChart;

use super::palette::{BAND, GRID, INK};

/// The chart context every consequence chart draws in: f64 on both axes.
pub(crate) type Ctx<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Maps any plotters error to the String the chart functions return.
pub(crate) fn err<E: ToString>(e: E) -> String {
    e.to_string()
}

/// Value `i` of a series, if present and finite.
pub(crate) fn at(series: &[f64], i: usize) -> Option<f64> {
    series.get(i).copied().filter(|v| v.is_finite())
}

/// The value range to show for finite values `values`, always including
/// zero, with a little headroom; `None` when no value is finite.
pub(crate) fn value_range(values: impl IntoIterator<Item = f64>) -> Option<Range<f64>> {
    let (mut lo, mut hi, mut any) = (0.0_f64, 0.0_f64, false);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
        any = true;
    }
    if !any {
        return None;
    }
    if hi - lo <= 0.0 {
        return Some(0.0..1.0);
    }
    let pad = (hi - lo) * 0.06;
    Some(if lo < 0.0 { lo - pad } else { lo }..if hi > 0.0 { hi + pad } else { hi })
}

/// The smallest span of a money axis, in DKK: its ticks are then at least
/// 0,02 mia. kr. apart and read differently.
const MIN_MONEY_SPAN_DKK: f64 = 1e8;

/// The value range of a money axis (DKK) for `values`: as
/// [`value_range`], at least [`MIN_MONEY_SPAN_DKK`] wide, and 0 to 1 bn
/// when every value is zero or none is finite (an axis of zeros still reads
/// as an axis, not as the same label six times).
pub(crate) fn money_range(values: impl IntoIterator<Item = f64>) -> Range<f64> {
    let Some(r) = value_range(values).filter(|r| *r != (0.0..1.0)) else {
        return 0.0..1e9;
    };
    if r.end - r.start >= MIN_MONEY_SPAN_DKK {
        r
    } else if r.end <= 0.0 {
        r.end - MIN_MONEY_SPAN_DKK..r.end
    } else {
        r.start..r.start + MIN_MONEY_SPAN_DKK
    }
}

/// The label font size for a chart on `area`: `font_px`, or larger on a
/// large canvas (a projector: about a twentieth of the height, a
/// sixty-fourth of the width, whichever is smaller), so labels stay
/// readable from the back of the room.
pub(crate) fn fit_font<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, font_px: u32) -> u32 {
    let (w, h) = area.dim_in_pixel();
    let by_size = (f64::from(w) / 64.0).min(f64::from(h) / 20.0).round() as u32;
    font_px.max(by_size)
}

/// The x range of a chart over `years`: each year is a slot one unit wide
/// centred on the year, so bars and end-of-series whiskers fit.
pub(crate) fn year_range(years: &[u16]) -> Option<Range<f64>> {
    let (first, last) = (*years.first()?, *years.last()?);
    Some(f64::from(first) - 0.5..f64::from(last) + 0.5)
}

/// Estimated width in pixels of `text` at `font_px` (a sans-serif average;
/// the same on canvas and SVG, so layouts do not depend on the backend).
pub(crate) fn text_width(text: &str, font_px: u32) -> u32 {
    (text.chars().count() as f64 * 0.56 * f64::from(font_px)).ceil() as u32
}

/// A line width that scales with the font (and so with the pixel ratio).
pub(crate) fn stroke(font_px: u32, per_14px: f64) -> u32 {
    ((f64::from(font_px) / 14.0 * per_14px).round() as u32).max(1)
}

/// The tick-label font.
pub(crate) fn font(font_px: u32) -> TextStyle<'static> {
    ("sans-serif", font_px).into_font().color(&INK)
}

/// How one axis pair is laid out and labelled.
pub(crate) struct Axes<'a> {
    /// x range in data units.
    pub x: Range<f64>,
    /// y range in data units.
    pub y: Range<f64>,
    /// Formats an x tick (years: the year, or nothing between years).
    pub format_x: &'a dyn Fn(f64) -> String,
    /// Formats a y tick (the caller's number format).
    pub format_y: &'a dyn Fn(f64) -> String,
    /// The y axis' description (unit), drawn rotated beside the axis.
    pub y_desc: &'a str,
    /// Most x ticks the width allows (the mesh picks nice values below it).
    pub x_labels: usize,
    /// Draw x tick labels (false for the upper of two stacked panels).
    pub show_x_labels: bool,
    /// Vertical grid lines (off for bar charts over years).
    pub x_grid: bool,
    /// Font size in backend pixels.
    pub font_px: u32,
    /// At least this wide a y label area (to align stacked panels).
    pub min_y_label_w: u32,
}

/// Draws the axes of a year-by-year money chart ([`YearlyChart`]): `years`
/// years along x (as many ticks as the width allows, no vertical grid), the
/// chart's money format and unit along y.
pub(crate) fn draw_year_axes<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    chart: &YearlyChart,
    x: Range<f64>,
    y: Range<f64>,
    years: usize,
) -> Result<Ctx<'a, DB>, String> {
    let mut axes = Axes {
        x,
        y,
        format_x: &format_year,
        format_y: chart.format_value,
        y_desc: chart.y_desc,
        x_labels: years,
        show_x_labels: true,
        x_grid: false,
        font_px: chart.font_px,
        min_y_label_w: 0,
    };
    axes.x_labels = year_ticks(years, plot_width(area, &axes), chart.font_px);
    draw_axes(area, &axes)
}

/// The width the y labels and the y description need.
pub(crate) fn y_label_width(axes: &Axes) -> u32 {
    let widest = [axes.y.start, axes.y.end, (axes.y.start + axes.y.end) / 2.0]
        .iter()
        .map(|v| text_width(&(axes.format_y)(*v), axes.font_px))
        .max()
        .unwrap_or(0);
    let desc = if axes.y_desc.is_empty() {
        0
    } else {
        axes.font_px * 3 / 2
    };
    (widest + desc + axes.font_px).max(axes.min_y_label_w)
}

/// The year tick formatter: whole years only.
pub(crate) fn format_year(v: f64) -> String {
    if (v - v.round()).abs() < 1e-6 {
        format!("{:.0}", v)
    } else {
        String::new()
    }
}

/// How many year ticks fit in `width_px` at `font_px`.
pub(crate) fn year_ticks(years: usize, width_px: u32, font_px: u32) -> usize {
    let per_label = text_width("2030", font_px) + font_px;
    let fit = (width_px / per_label.max(1)) as usize;
    fit.clamp(2, years.max(2))
}

/// Builds the chart on `area` and draws its mesh and axes.
pub(crate) fn draw_axes<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    axes: &Axes,
) -> Result<Ctx<'a, DB>, String> {
    let px = axes.font_px;
    let y_w = y_label_width(axes);
    let x_h = if axes.show_x_labels { px * 2 } else { px / 2 };
    let mut ctx = ChartBuilder::on(area)
        .margin(px / 2)
        .margin_right(px)
        .x_label_area_size(x_h)
        .y_label_area_size(y_w)
        .build_cartesian_2d(axes.x.clone(), axes.y.clone())
        .map_err(err)?;
    let plot_h = ctx.plotting_area().dim_in_pixel().1;
    let y_labels = distinct_ticks(
        &axes.y,
        ((plot_h / (px * 2).max(1)) as usize).clamp(2, 8),
        axes.format_y,
    );
    let label_font = font(px);
    let fx = |v: &f64| (axes.format_x)(*v);
    let fy = once_each(&axes.y, y_labels, axes.format_y);
    let mut mesh = ctx.configure_mesh();
    mesh.light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .axis_style(INK)
        .label_style(label_font.clone())
        .axis_desc_style(label_font)
        .x_labels(if axes.show_x_labels { axes.x_labels } else { 0 })
        .y_labels(y_labels)
        .max_light_lines(1)
        .y_desc(axes.y_desc)
        .x_label_formatter(&fx)
        .y_label_formatter(&fy);
    if !axes.x_grid {
        mesh.disable_x_mesh();
    }
    mesh.draw().map_err(err)?;
    Ok(ctx)
}

/// The most ticks, at most `most`, that plotters places on `range` whose
/// labels all read differently (a narrow range in a coarse format would
/// otherwise repeat "0" or "1"); at least two (whose repeated labels
/// [`draw_axes`] then leaves out).
pub(crate) fn distinct_ticks(
    range: &Range<f64>,
    most: usize,
    format: &dyn Fn(f64) -> String,
) -> usize {
    let coord = RangedCoordf64::from(range.clone());
    (2..=most.max(2))
        .rev()
        .find(|&k| {
            let labels: Vec<String> = coord.key_points(k).into_iter().map(format).collect();
            labels
                .iter()
                .enumerate()
                .all(|(i, a)| labels[i + 1..].iter().all(|b| a != b))
        })
        .unwrap_or(2)
}

/// A tick formatter for the `ticks` ticks plotters places on `range` that
/// leaves out a label a lower tick already has (an axis of zeros reads "0"
/// once, not six times).
pub(crate) fn once_each<'f>(
    range: &Range<f64>,
    ticks: usize,
    format: &'f dyn Fn(f64) -> String,
) -> impl Fn(&f64) -> String + 'f {
    let points = RangedCoordf64::from(range.clone()).key_points(ticks);
    move |v: &f64| {
        let label = format(*v);
        let repeated = points
            .iter()
            .take_while(|t| *t < v)
            .any(|t| format(*t) == label);
        if repeated {
            String::new()
        } else {
            label
        }
    }
}

/// The plotting width available on `area` for axes with this y labelling.
pub(crate) fn plot_width<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, axes: &Axes) -> u32 {
    let (w, _) = area.dim_in_pixel();
    w.saturating_sub(y_label_width(axes) + axes.font_px * 3 / 2)
}

/// Bars stacked per year at `xs`, `half` data units either side: each
/// layer's value (missing, NaN or negative counts as nothing) on top of the
/// ones before, upwards or, with `down`, downwards from zero. Returns the
/// bars and the stack's end per year.
pub(crate) fn stacked_bars(
    xs: &[f64],
    layers: &[(&[f64], RGBColor)],
    down: bool,
    half: f64,
) -> (Vec<Rectangle<(f64, f64)>>, Vec<f64>) {
    let sign = if down { -1.0 } else { 1.0 };
    let mut ends = vec![0.0_f64; xs.len()];
    let mut bars = Vec::new();
    for (series, colour) in layers {
        for (i, x) in xs.iter().enumerate() {
            let v = at(series, i).unwrap_or(0.0).max(0.0);
            if v > 0.0 {
                let next = ends[i] + sign * v;
                bars.push(Rectangle::new(
                    [(x - half, ends[i]), (x + half, next)],
                    colour.filled(),
                ));
                ends[i] = next;
            }
        }
    }
    (bars, ends)
}

/// Runs of consecutive points `(x, y)` where `y` exists (lines break at
/// missing values).
pub(crate) fn runs(xs: &[f64], ys: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
    let mut out = vec![Vec::new()];
    for (x, y) in xs.iter().zip(ys) {
        match y {
            Some(y) => out.last_mut().map_or((), |r| r.push((*x, *y))),
            None => out.push(Vec::new()),
        }
    }
    out.retain(|r| !r.is_empty());
    out
}

/// Draws `points` as a dashed line (dashes scale with the font).
pub(crate) fn dashed<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    xs: &[f64],
    ys: &[Option<f64>],
    colour: RGBColor,
    font_px: u32,
) -> Result<(), String> {
    let dash = (f64::from(font_px) * 0.6).max(2.0);
    for run in runs(xs, ys) {
        ctx.draw_series(DashedLineSeries::new(
            run,
            dash as u32,
            (dash * 0.6) as u32,
            colour.stroke_width(stroke(font_px, 2.5)),
        ))
        .map_err(err)?;
    }
    Ok(())
}

/// p10–p90 whiskers (with a halo) at `xs` for the bands that exist.
pub(crate) fn whiskers<DB: DrawingBackend>(
    ctx: &mut Ctx<'_, DB>,
    xs: &[f64],
    bands: &[Option<(f64, f64)>],
    half: f64,
    font_px: u32,
) -> Result<(), String> {
    let style = BAND.stroke_width(stroke(font_px, 2.0));
    ctx.draw_series(
        bands
            .iter()
            .zip(xs)
            .filter_map(|(b, x)| {
                b.map(|(lo, hi)| with_halo(|s| whisker_v(*x, lo, hi, half, s), style))
            })
            .flatten(),
    )
    .map_err(err)?;
    Ok(())
}

/// A vertical p10–p90 whisker at `x` with caps `half` data units wide.
pub(crate) fn whisker_v(
    x: f64,
    lo: f64,
    hi: f64,
    half: f64,
    style: ShapeStyle,
) -> [PathElement<(f64, f64)>; 3] {
    [
        PathElement::new(vec![(x, lo), (x, hi)], style),
        PathElement::new(vec![(x - half, lo), (x + half, lo)], style),
        PathElement::new(vec![(x - half, hi), (x + half, hi)], style),
    ]
}

/// Elements drawn twice, first as a wider white halo, so thin marks stay
/// visible over dark fills.
pub(crate) fn with_halo<const N: usize>(
    make: impl Fn(ShapeStyle) -> [PathElement<(f64, f64)>; N],
    style: ShapeStyle,
) -> Vec<PathElement<(f64, f64)>> {
    let halo = WHITE.stroke_width(style.stroke_width + 2);
    let mut out: Vec<_> = make(halo).into_iter().collect();
    out.extend(make(style));
    out
}

/// A horizontal p10–p90 whisker at `y` with caps `half` data units tall.
pub(crate) fn whisker_h(
    y: f64,
    lo: f64,
    hi: f64,
    half: f64,
    style: ShapeStyle,
) -> [PathElement<(f64, f64)>; 3] {
    [
        PathElement::new(vec![(lo, y), (hi, y)], style),
        PathElement::new(vec![(lo, y - half), (lo, y + half)], style),
        PathElement::new(vec![(hi, y - half), (hi, y + half)], style),
    ]
}

/// Diagonal hatching (45° on screen, `gap_px` apart) of the region between
/// two piecewise-linear curves over `xs`, where `upper >= lower`; points
/// where either is missing break the region. Returns the hatch lines in data
/// coordinates.
pub(crate) fn hatch_lines<DB: DrawingBackend>(
    ctx: &Ctx<'_, DB>,
    xs: &[f64],
    lower: &[Option<f64>],
    upper: &[Option<f64>],
    gap_px: u32,
) -> Vec<[(f64, f64); 2]> {
    let mut out = Vec::new();
    let (Some(&x0), Some(&x1)) = (xs.first(), xs.last()) else {
        return out;
    };
    // Pixels per data unit along x and y (y pixels grow downwards).
    let (xr, yr) = (ctx.x_range(), ctx.y_range());
    let (a, b) = (
        ctx.backend_coord(&(xr.start, yr.start)),
        ctx.backend_coord(&(xr.end, yr.end)),
    );
    let px_x = f64::from(b.0 - a.0) / (xr.end - xr.start);
    let px_y = f64::from(a.1 - b.1) / (yr.end - yr.start);
    if px_x <= 0.0 || px_y <= 0.0 || !px_y.is_finite() {
        return out;
    }
    // A 45° line on screen: y = s * x + c in data units.
    let s = px_x / px_y;
    let gap_c = f64::from(gap_px.max(2)) * std::f64::consts::SQRT_2 / px_y;
    let cs: Vec<f64> = (0..xs.len())
        .flat_map(|i| {
            [lower[i], upper[i]]
                .into_iter()
                .flatten()
                .map(move |v| (i, v))
        })
        .map(|(i, v)| v - s * xs[i])
        .collect();
    let (Some(c_min), Some(c_max)) = (
        cs.iter().copied().reduce(f64::min),
        cs.iter().copied().reduce(f64::max),
    ) else {
        return out;
    };
    if x1 <= x0 || (c_max - c_min) / gap_c > 10_000.0 {
        return out;
    }
    let mut c = (c_min / gap_c).floor() * gap_c;
    while c <= c_max {
        for i in 0..xs.len().saturating_sub(1) {
            let (Some(l0), Some(l1), Some(u0), Some(u1)) =
                (lower[i], lower[i + 1], upper[i], upper[i + 1])
            else {
                continue;
            };
            let (xa, xb) = (xs[i], xs[i + 1]);
            // Inside where lower(x) <= s x + c <= upper(x); each bound is
            // linear in x, so the inside is one interval of [xa, xb].
            let (mut lo, mut hi) = (xa, xb);
            for (f0, f1, above) in [(l0, l1, true), (u0, u1, false)] {
                // g(x) = s x + c - f(x), want g >= 0 (above lower) or <= 0.
                let g0 = s * xa + c - f0;
                let g1 = s * xb + c - f1;
                let (g0, g1) = if above { (g0, g1) } else { (-g0, -g1) };
                if g0 < 0.0 && g1 < 0.0 {
                    lo = f64::INFINITY;
                } else if g0 < 0.0 {
                    lo = lo.max(xa + (xb - xa) * g0 / (g0 - g1));
                } else if g1 < 0.0 {
                    hi = hi.min(xa + (xb - xa) * g0 / (g0 - g1));
                }
            }
            if lo < hi {
                out.push([(lo, s * lo + c), (hi, s * hi + c)]);
            }
        }
        c += gap_c;
    }
    out
}

/// Splits `text` into at most `max_lines` lines of at most `max_chars`
/// characters at spaces (never inside "SEL § 82"); a word longer than a line is cut, and text that
/// does not fit ends in an ellipsis.
pub(crate) fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut truncated = false;
    // Keep a legal reference together: "SEL § 82" breaks before, not inside.
    let text = text.replace("SEL ", "SEL\u{a0}").replace("§ ", "§\u{a0}");
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let fits =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count()
                <= max_chars;
        if fits {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if lines.len() == max_lines {
            truncated = true;
            break;
        }
        current = word.chars().take(max_chars).collect();
        if word.chars().count() > max_chars {
            truncated = true;
        }
    }
    if !current.is_empty() {
        if lines.len() < max_lines {
            lines.push(current);
        } else {
            truncated = true;
        }
    }
    if truncated {
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(max_chars - 1).collect();
            *last = format!("{}…", keep.trim_end());
        }
    }
    lines
}

#[cfg(test)]
pub(crate) mod test_support {
    //! Drawing a chart to an SVG string in tests; with the environment
    //! variable `PRIORITET_CHART_DIR` set, the SVG is also written there, to
    //! look at (`convert x.svg x.png`).

    use plotters::coord::Shift;
    use plotters::prelude::*;

    use crate::model::ids::ApproachId;
    use crate::model::{project, project_baseline, project_central, BandedProjection};
    use crate::model::{DataSet, Projection, Scenario};

    /// Draws `draw` on an SVG of `size` and returns the SVG text.
    pub fn render(
        name: &str,
        size: (u32, u32),
        draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> Result<(), String>,
    ) -> String {
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
            draw(&root).expect("the chart draws");
        }
        if let Ok(dir) = std::env::var("PRIORITET_CHART_DIR") {
            let path = format!("{dir}/{name}-{}x{}.svg", size.0, size.1);
            std::fs::write(path, &out).expect("writable chart dir");
        }
        out
    }

    /// A colour as plotters' SVG backend writes it (`#0072B2`).
    pub fn hex(colour: RGBColor) -> String {
        format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2)
    }

    /// The tick labels of each axis in an SVG chart: the runs of texts
    /// right-aligned at one x (y axes), or centred and hung from one line
    /// (x axes), with at least two texts; a chart's other texts (its labels
    /// and values) are aligned otherwise.
    pub fn tick_labels(svg: &str) -> Vec<Vec<String>> {
        let mut axes: Vec<(String, Vec<String>)> = Vec::new();
        for element in svg.split("<text").skip(1) {
            let Some((attrs, rest)) = element.split_once('>') else {
                continue;
            };
            let content = rest.split("</text>").next().unwrap_or("").trim();
            if content.is_empty() {
                continue;
            }
            let attr = |name: &str| {
                attrs
                    .split(&format!(" {name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .unwrap_or("")
                    .to_string()
            };
            let key = match attr("text-anchor").as_str() {
                _ if attrs.contains("rotate") => String::new(),
                "end" => format!("y axis at x={}", attr("x")),
                "middle" if attr("dy") == "0.76em" => format!("x axis at y={}", attr("y")),
                _ => String::new(),
            };
            // An axis' labels are drawn one after the other: a run of
            // texts with the same key.
            match axes.last_mut() {
                Some((k, labels)) if *k == key => labels.push(content.to_string()),
                _ => axes.push((key, vec![content.to_string()])),
            }
        }
        axes.into_iter()
            .filter(|(k, l)| !k.is_empty() && l.len() >= 2)
            .map(|(_, l)| l)
            .collect()
    }

    /// The font sizes of every text in an SVG chart, in the pixels the
    /// chart asked for (and a canvas draws): plotters' SVG backend writes
    /// them divided by 1.24.
    pub fn font_sizes(svg: &str) -> Vec<f64> {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse::<f64>().ok())
            .map(|s| (s * 1.24 * 100.0).round() / 100.0)
            .collect()
    }

    /// The app's money format for tests: billions, Danish style ("62,7").
    pub fn bn(v: f64) -> String {
        crate::text::format::axis_bn(v, crate::model::data::localized::Lang::Da)
    }

    /// A scenario that overspends, invests in prevention and sets a ceiling,
    /// with its central projection, baseline and bands (few draws: fast).
    pub fn busy() -> (Projection, Projection, BandedProjection) {
        let ds = DataSet::builtin();
        let mut s = Scenario::from_preset(&ds, ApproachId::SocialProfessional).expect("preset");
        s.priorities.budget_squeeze = 0.1;
        s.levers.ceiling_dkk = 1_500_000.0;
        s.levers.prevention_investment_dkk = 1.5e9;
        let central = project_central(&s, &ds).expect("central");
        let baseline = project_baseline(&s, &ds).expect("baseline");
        let bands = project(&s, &ds, 60, 7).expect("bands");
        (central, baseline, bands)
    }

    /// The neutral scenario's central projection.
    pub fn neutral() -> Projection {
        let ds = DataSet::builtin();
        project_central(&Scenario::neutral(), &ds).expect("central")
    }

    /// The Danish names of the data set's areas.
    pub fn area_names() -> Vec<String> {
        DataSet::builtin()
            .areas
            .iter()
            .map(|a| a.name.da.clone())
            .collect()
    }

    /// A copy of `p` with no years, areas or services and empty series.
    pub fn emptied(p: &Projection) -> Projection {
        let mut q = p.map(&mut |_| Vec::new());
        q.years.clear();
        q.areas.clear();
        q.squeeze.clear();
        q
    }

    /// A copy of `p` with every value NaN.
    pub fn nan(p: &Projection) -> Projection {
        p.map(&mut |s| vec![f64::NAN; s.len()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_ends_in_an_ellipsis() {
        assert_eq!(
            wrap("Anbringelse i plejefamilie", 14, 2),
            ["Anbringelse i", "plejefamilie"]
        );
        let lines = wrap(
            "Beskyttet beskæftigelse og aktivitets- og samværstilbud (SEL §§ 103-104)",
            20,
            2,
        );
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(lines.iter().all(|l| l.chars().count() <= 20));
        assert_eq!(wrap("Kort", 20, 1), ["Kort"]);
        assert_eq!(
            wrap("Lettere tilbud (SEL § 82)", 20, 2),
            ["Lettere tilbud", "(SEL\u{a0}§\u{a0}82)"]
        );
        assert!(wrap("", 20, 2).is_empty());
    }

    #[test]
    fn value_range_includes_zero_and_skips_nan() {
        assert_eq!(value_range([f64::NAN]), None);
        let r = value_range([2.0, f64::NAN, 4.0]).unwrap();
        assert_eq!(r.start, 0.0);
        assert!(r.end > 4.0);
        let r = value_range([-3.0, 1.0]).unwrap();
        assert!(r.start < -3.0 && r.end > 1.0);
        assert_eq!(value_range([0.0, 0.0]), Some(0.0..1.0));
    }
}
