//! Spending against the economic frame, year by year, drawn to be read on a
//! projector: the areas stacked in two colours, children's (*Børn og unge*)
//! below and adults' (*Voksne*) above ([`group_colour`], a thin white line
//! between areas), prevention counted in the frame on top in grey, the frame
//! as a bold black line, the overspend above it (money taken from other
//! services) in solid vermillion, the "no change" baseline's total dashed,
//! and p10–p90 whiskers on the total once the bands have arrived. The y
//! axis starts at 0. Labels at the right edge name each of these where it
//! ends, so no one has to look for the legend; when the canvas is tall
//! enough, a small panel below shows the overspend alone, year by year, on
//! its own scale with its last value, so a change to it is plain to see.
//! The HTML legend (colours from [`super::palette`]) lists every area.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{group_colour, BASELINE, FRAME, GRID, OVERSPEND, PREVENTION_IN_FRAME};
use super::util::{
    at, dashed, draw_axes, err, fit_font, font, format_year, money_range, plot_width, runs, stroke,
    text_width, whiskers, wrap, year_range, year_ticks, Axes, Ctx,
};
use super::YearlyChart;
use crate::model::data::dataset::Group;
use crate::text::messages::{text, Msg};

/// Share of the height the spending panel takes above the overspend panel.
const MAIN_SHARE: f64 = 0.62;
/// The overspend panel is drawn only on a canvas at least this many label
/// heights tall (a phone in landscape has no room for it).
const GAP_PANEL_MIN_LINES: u32 = 18;
/// Characters on a line of a label at the right edge (more for a longer
/// word): "Children and" / "young people" fit in two lines.
const LABEL_CHARS: usize = 12;
/// Half the width of a year's bar in the overspend panel, in years.
const BAR_HALF: f64 = 0.36;

/// How a label at the right edge marks what it names.
#[derive(Clone, Copy)]
enum Mark {
    /// A filled square: an area of the stack.
    Fill(RGBColor),
    /// A short bold line: the frame.
    Line(RGBColor),
    /// A short dashed line: the "no change" baseline.
    Dashed(RGBColor),
}

/// A label at the right edge: its lines, its mark and the value (DKK) in
/// the last year it belongs at.
struct EdgeLabel {
    lines: Vec<String>,
    mark: Mark,
    at: f64,
}

/// What the chart draws, from the projection: the stack's boundaries per
/// layer (areas, then prevention in the frame) and the lines.
struct Stack {
    xs: Vec<f64>,
    /// `tops[k]` is the lower edge of layer `k` and `tops[k + 1]` its top.
    tops: Vec<Vec<f64>>,
    /// Colour of each layer.
    colours: Vec<RGBColor>,
    frame: Vec<Option<f64>>,
    /// The frame plus the overspend.
    over_top: Vec<Option<f64>>,
    base: Vec<Option<f64>>,
    band: Vec<Option<(f64, f64)>>,
    /// Overspend per year, and the baseline's, for the overspend panel.
    gap: Vec<Option<f64>>,
    base_gap: Vec<Option<f64>>,
    gap_band: Vec<Option<(f64, f64)>>,
    has_data: bool,
}

impl Stack {
    fn of(chart: &YearlyChart) -> Stack {
        let p = chart.projection;
        let n = p.years.len();
        let xs: Vec<f64> = p.years.iter().map(|y| f64::from(*y)).collect();
        let mut layers: Vec<(&[f64], RGBColor)> = p
            .areas
            .iter()
            .map(|a| (a.spending_dkk.as_slice(), group_colour(a.group)))
            .collect();
        layers.push((&p.prevention.in_frame_dkk, PREVENTION_IN_FRAME));
        let mut tops = vec![vec![0.0_f64; n]];
        for (series, _) in &layers {
            let below = &tops[tops.len() - 1];
            let next = (0..n)
                .map(|i| below[i] + at(series, i).unwrap_or(0.0).max(0.0))
                .collect();
            tops.push(next);
        }
        let has_data = layers
            .iter()
            .any(|(s, _)| s.iter().any(|v| v.is_finite() && *v > 0.0));
        let frame: Vec<Option<f64>> = (0..n).map(|i| at(&p.frame_dkk, i)).collect();
        let gap: Vec<Option<f64>> = (0..n)
            .map(|i| at(&p.overspend_dkk, i).map(|v| v.max(0.0)))
            .collect();
        let over_top = (0..n).map(|i| Some(frame[i]? + gap[i]?)).collect();
        let base = (0..n)
            .map(|i| chart.baseline.and_then(|b| at(&b.spending_dkk, i)))
            .collect();
        let base_gap = (0..n)
            .map(|i| {
                chart
                    .baseline
                    .and_then(|b| at(&b.overspend_dkk, i))
                    .map(|v| v.max(0.0))
            })
            .collect();
        let finite = |b: &crate::model::engine::uncertainty::Band| {
            (b.p10.is_finite() && b.p90.is_finite()).then_some((b.p10, b.p90))
        };
        let band = (0..n)
            .map(|i| finite(chart.bands?.spending_dkk.get(i)?))
            .collect();
        let gap_band = (0..n)
            .map(|i| finite(chart.bands?.overspend_dkk.get(i)?))
            .collect();
        Stack {
            xs,
            tops,
            colours: layers.iter().map(|(_, c)| *c).collect(),
            frame,
            over_top,
            base,
            band,
            gap,
            base_gap,
            gap_band,
            has_data,
        }
    }

    /// The lower and upper edge, in the last year, of the layers `from` to
    /// `to` (exclusive), the upper one no higher than the frame (above it
    /// the overspend covers the stack); `None` when they have no height.
    fn last_band(&self, from: usize, to: usize) -> Option<(f64, f64)> {
        let j = self.xs.len().checked_sub(1)?;
        let lo = self.tops.get(from)?[j];
        let mut hi = self.tops.get(to)?[j];
        if let Some(f) = self.frame[j] {
            hi = hi.min(f);
        }
        (hi > lo).then_some((lo, hi))
    }
}

/// Draws the spending chart on `area`. No years draws only the background;
/// missing or NaN values draw the axes and leave gaps.
pub fn draw_spending<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &YearlyChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let px = fit_font(area, chart.font_px);
    let chart = &YearlyChart {
        font_px: px,
        ..*chart
    };
    let Some(x_range) = year_range(&chart.projection.years) else {
        return area.present().map_err(err);
    };
    let s = Stack::of(chart);
    let n = s.xs.len();

    // Where the panels and the labels at the right edge go.
    let (main_labels, gap_labels) = edge_labels(chart, &s);
    let max_chars = main_labels
        .iter()
        .chain(&gap_labels)
        .flat_map(|l| &l.lines)
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0);
    let label_w = text_width(&"x".repeat(max_chars), px) + px * 2;
    let (w, h) = area.dim_in_pixel();
    let (plots, strip) = area.split_horizontally(w.saturating_sub(label_w));
    let with_gap = h >= GAP_PANEL_MIN_LINES * px;
    let (main, lower) = if with_gap {
        let (upper, lower) = plots.split_vertically((f64::from(h) * MAIN_SHARE) as u32);
        (upper, Some(lower))
    } else {
        (plots, None)
    };

    let main_values = s.tops[s.tops.len() - 1]
        .iter()
        .copied()
        .chain(s.frame.iter().flatten().copied())
        .chain(s.over_top.iter().flatten().copied())
        .chain(s.base.iter().flatten().copied())
        .chain(s.band.iter().flatten().map(|b| b.1));
    let gap_values = s
        .gap
        .iter()
        .chain(&s.base_gap)
        .flatten()
        .copied()
        .chain(s.gap_band.iter().flatten().map(|b| b.1));
    let mut main_axes = Axes {
        x: x_range.clone(),
        y: money_range(main_values),
        format_x: &format_year,
        format_y: chart.format_value,
        y_desc: chart.y_desc,
        x_labels: n,
        show_x_labels: lower.is_none(),
        x_grid: false,
        font_px: px,
        min_y_label_w: 0,
    };
    let mut gap_axes = Axes {
        x: x_range,
        y: money_range(gap_values),
        show_x_labels: true,
        ..main_axes
    };
    let y_w = super::util::y_label_width(&main_axes).max(super::util::y_label_width(&gap_axes));
    main_axes.min_y_label_w = y_w;
    gap_axes.min_y_label_w = y_w;
    main_axes.x_labels = year_ticks(n, plot_width(&main, &main_axes), px);
    gap_axes.x_labels = main_axes.x_labels;

    let mut ctx = draw_axes(&main, &main_axes)?;
    draw_stack(&mut ctx, &s, px)?;
    place_labels(area, &strip, &ctx, &s, main_labels, px)?;

    if let Some(lower) = lower {
        let title_h = px * 3 / 2;
        let (title, panel) = lower.split_vertically(title_h);
        title
            .draw(&Text::new(
                text(Msg::ChartGapTitle, chart.lang).to_string(),
                ((y_w + px / 2) as i32, (title_h as f64 * 0.6) as i32),
                font(px).pos(Pos::new(HPos::Left, VPos::Center)),
            ))
            .map_err(err)?;
        let mut gap_ctx = draw_axes(&panel, &gap_axes)?;
        draw_gap(&mut gap_ctx, &s, px)?;
        place_labels(area, &strip, &gap_ctx, &s, gap_labels, px)?;
    }
    area.present().map_err(err)
}

/// The stack, the overspend above the frame, the baseline, the frame and
/// the whiskers, in that order (each drawn over the ones before).
fn draw_stack<DB: DrawingBackend>(ctx: &mut Ctx<'_, DB>, s: &Stack, px: u32) -> Result<(), String> {
    let xs = &s.xs;
    if s.has_data {
        for (k, colour) in s.colours.iter().enumerate() {
            let (lower, upper) = (&s.tops[k], &s.tops[k + 1]);
            if lower == upper {
                continue;
            }
            let mut outline: Vec<(f64, f64)> = xs.iter().copied().zip(upper.clone()).collect();
            outline.extend(xs.iter().copied().zip(lower.clone()).rev());
            ctx.draw_series(std::iter::once(Polygon::new(outline, colour.filled())))
                .map_err(err)?;
        }
        // A thin white line between areas, a wider one between groups.
        for k in 1..s.colours.len() {
            let width = if s.colours[k] == s.colours[k - 1] {
                stroke(px, 0.75)
            } else {
                stroke(px, 2.0)
            };
            let edge: Vec<(f64, f64)> = xs.iter().copied().zip(s.tops[k].clone()).collect();
            ctx.draw_series(std::iter::once(PathElement::new(
                edge,
                WHITE.mix(0.8).stroke_width(width),
            )))
            .map_err(err)?;
        }
    }

    // Overspend: solid between the frame and the frame plus overspend.
    for run in contiguous(&s.frame, &s.over_top) {
        let mut outline: Vec<(f64, f64)> = run.iter().map(|&(i, _, hi)| (xs[i], hi)).collect();
        outline.extend(run.iter().rev().map(|&(i, lo, _)| (xs[i], lo)));
        ctx.draw_series(std::iter::once(Polygon::new(outline, OVERSPEND.filled())))
            .map_err(err)?;
    }

    dashed(ctx, xs, &s.base, BASELINE, px)?;
    for run in runs(xs, &s.frame) {
        ctx.draw_series(LineSeries::new(run, FRAME.stroke_width(stroke(px, 4.0))))
            .map_err(err)?;
    }
    whiskers(ctx, xs, &s.band, 0.12, px)
}

/// The overspend panel: a bar per year, the baseline's overspend dashed and
/// the overspend's whiskers.
fn draw_gap<DB: DrawingBackend>(ctx: &mut Ctx<'_, DB>, s: &Stack, px: u32) -> Result<(), String> {
    let bars = s.xs.iter().zip(&s.gap).filter_map(|(x, v)| {
        let v = (*v)?;
        (v > 0.0)
            .then(|| Rectangle::new([(x - BAR_HALF, 0.0), (x + BAR_HALF, v)], OVERSPEND.filled()))
    });
    ctx.draw_series(bars).map_err(err)?;
    dashed(ctx, &s.xs, &s.base_gap, BASELINE, px)?;
    whiskers(ctx, &s.xs, &s.gap_band, 0.12, px)
}

/// The labels at the right edge of the spending panel (the frame, the
/// overspend, the groups, the baseline, prevention) and of the overspend
/// panel (the last year's overspend with its unit, and the baseline's),
/// each list most important first.
fn edge_labels(chart: &YearlyChart, s: &Stack) -> (Vec<EdgeLabel>, Vec<EdgeLabel>) {
    let l = chart.lang;
    let (mut main, mut gap) = (Vec::new(), Vec::new());
    let Some(j) = s.xs.len().checked_sub(1) else {
        return (main, gap);
    };
    let line_chars = [
        Msg::ChartChildren,
        Msg::ChartAdults,
        Msg::ChartPrevention,
        Msg::Frame,
        Msg::Overspend,
        Msg::ChartNoChange,
    ]
    .iter()
    .flat_map(|m| text(*m, l).split(' '))
    .map(|w| w.chars().count())
    .fold(LABEL_CHARS, usize::max);
    let label = |m: Msg, mark: Mark, at: f64| EdgeLabel {
        lines: wrap(text(m, l), line_chars, 2),
        mark,
        at,
    };
    // In the order they are left out when the panel is too short for all.
    if let Some(f) = s.frame[j] {
        main.push(label(Msg::Frame, Mark::Line(FRAME), f));
        if let Some(top) = s.over_top[j].filter(|t| shown_gap(t - f) > 0.0) {
            main.push(label(
                Msg::Overspend,
                Mark::Fill(OVERSPEND),
                (f + top) / 2.0,
            ));
        }
    }
    let areas = chart.projection.areas.len();
    if s.has_data {
        for (group, msg) in [
            (Group::Adults, Msg::ChartAdults),
            (Group::Children, Msg::ChartChildren),
        ] {
            let members: Vec<usize> = (0..areas)
                .filter(|i| chart.projection.areas[*i].group == group)
                .collect();
            let (Some(&first), Some(&last)) = (members.first(), members.last()) else {
                continue;
            };
            if let Some((lo, hi)) = s.last_band(first, last + 1) {
                main.push(label(msg, Mark::Fill(group_colour(group)), (lo + hi) / 2.0));
            }
        }
    }
    if let Some(b) = s.base[j] {
        main.push(label(Msg::ChartNoChange, Mark::Dashed(BASELINE), b));
    }
    if s.has_data {
        if let Some((lo, hi)) = s.last_band(areas, areas + 1) {
            main.push(label(
                Msg::ChartPrevention,
                Mark::Fill(PREVENTION_IN_FRAME),
                (lo + hi) / 2.0,
            ));
        }
    }
    if let Some(v) = s.gap[j] {
        gap.push(EdgeLabel {
            lines: vec![format!(
                "{}{}{}",
                (chart.format_value)(shown_gap(v)),
                crate::text::format::NBSP,
                chart.y_desc
            )],
            mark: Mark::Fill(OVERSPEND),
            at: v / 2.0,
        });
    }
    if let Some(b) = s.base_gap[j] {
        gap.push(label(Msg::ChartNoChange, Mark::Dashed(BASELINE), b));
    }
    (main, gap)
}

/// An overspend (DKK) as the label beside the overspend panel shows it:
/// to 0,1 mia. kr. from 1 bn, below that to 0,01 mia. kr. (the money axis'
/// format shows two decimals at most).
fn shown_gap(v: f64) -> f64 {
    let step = if v.abs() >= 1e9 { 1e8 } else { 1e7 };
    (v / step).round() * step
}

/// Draws `labels` in `strip` at the height of their value in `ctx`'s last
/// year, moved apart where they would overlap (a thin leader line then
/// joins a label to its place); the last ones are left out when the panel
/// is too short for all of them.
fn place_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    strip: &DrawingArea<DB, Shift>,
    ctx: &Ctx<'_, DB>,
    s: &Stack,
    labels: Vec<EdgeLabel>,
    px: u32,
) -> Result<(), String> {
    let Some(&x_last) = s.xs.last() else {
        return Ok(());
    };
    let line_h = f64::from(px) * 1.15;
    let plot = ctx.plotting_area();
    let (top, bottom) = {
        let y = ctx.y_range();
        (
            f64::from(ctx.backend_coord(&(x_last, y.end)).1),
            f64::from(ctx.backend_coord(&(x_last, y.start)).1),
        )
    };
    let half = |l: &EdgeLabel| l.lines.len() as f64 * line_h / 2.0;
    let pad = f64::from(px) * 0.25;
    // The labels that fit in the panel's height, most important first.
    let mut labels = labels;
    while labels.len() > 1 && labels.iter().map(|l| half(l) * 2.0 + pad).sum::<f64>() > bottom - top
    {
        labels.pop();
    }
    let mut placed: Vec<(EdgeLabel, f64, f64)> = labels
        .into_iter()
        .map(|l| {
            let want = f64::from(ctx.backend_coord(&(x_last, l.at)).1);
            (l, want, want)
        })
        .collect();
    placed.sort_by(|a, b| a.1.total_cmp(&b.1));
    for k in 1..placed.len() {
        let min = placed[k - 1].2 + half(&placed[k - 1].0) + half(&placed[k].0) + pad;
        placed[k].2 = placed[k].2.max(min);
    }
    for k in (0..placed.len()).rev() {
        let mut max = bottom - half(&placed[k].0);
        if let Some(next) = placed.get(k + 1) {
            max = max.min(next.2 - half(&next.0) - half(&placed[k].0) - pad);
        }
        placed[k].2 = placed[k].2.min(max).max(top + half(&placed[k].0));
    }

    let (sx, sy) = strip.get_base_pixel();
    let (ax, ay) = area.get_base_pixel();
    let plot_right = plot.get_base_pixel().0 + plot.dim_in_pixel().0 as i32;
    let x_mark = px as i32 / 2;
    for (label, want, y) in placed {
        let yi = y.round() as i32 - sy;
        if (y - want).abs() > f64::from(px) / 3.0 {
            let from = ctx.backend_coord(&(x_last, label.at));
            area.draw(&PathElement::new(
                vec![
                    (from.0 - ax, from.1 - ay),
                    (plot_right - ax, y.round() as i32 - ay),
                    (sx - ax + x_mark - 2, y.round() as i32 - ay),
                ],
                GRID.stroke_width(stroke(px, 1.0)),
            ))
            .map_err(err)?;
        }
        let m = px as i32;
        match label.mark {
            Mark::Fill(c) => strip
                .draw(&Rectangle::new(
                    [
                        (x_mark, yi - m * 2 / 5),
                        (x_mark + m * 4 / 5, yi + m * 2 / 5),
                    ],
                    c.filled(),
                ))
                .map_err(err)?,
            Mark::Line(c) => strip
                .draw(&PathElement::new(
                    vec![(x_mark, yi), (x_mark + m, yi)],
                    c.stroke_width(stroke(px, 4.0)),
                ))
                .map_err(err)?,
            Mark::Dashed(c) => {
                for (a, b) in [(0, m * 2 / 5), (m * 3 / 5, m)] {
                    strip
                        .draw(&PathElement::new(
                            vec![(x_mark + a, yi), (x_mark + b, yi)],
                            c.stroke_width(stroke(px, 2.5)),
                        ))
                        .map_err(err)?;
                }
            }
        }
        let first = -(label.lines.len() as f64 - 1.0) / 2.0;
        for (k, line) in label.lines.iter().enumerate() {
            let dy = ((first + k as f64) * line_h).round() as i32;
            strip
                .draw(&Text::new(
                    line.clone(),
                    (x_mark + m * 3 / 2, yi + dy),
                    font(px).pos(Pos::new(HPos::Left, VPos::Center)),
                ))
                .map_err(err)?;
        }
    }
    Ok(())
}

/// Runs of consecutive years where both bounds exist and the region has
/// height somewhere: `(year index, lower, upper)`.
fn contiguous(lower: &[Option<f64>], upper: &[Option<f64>]) -> Vec<Vec<(usize, f64, f64)>> {
    let mut out: Vec<Vec<(usize, f64, f64)>> = Vec::new();
    let mut run = Vec::new();
    for i in 0..lower.len().min(upper.len()) {
        match (lower[i], upper[i]) {
            (Some(lo), Some(hi)) => run.push((i, lo, hi.max(lo))),
            _ => out.push(std::mem::take(&mut run)),
        }
    }
    out.push(run);
    out.retain(|r| r.len() > 1 && r.iter().any(|&(_, lo, hi)| hi > lo));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::palette::{ADULTS, CHILDREN};
    use crate::charts::util::test_support::{
        busy, emptied, font_sizes, hex, nan, neutral, render, tick_labels,
    };
    use crate::model::data::localized::Lang;
    use crate::model::{project_central, BandedProjection, DataSet, Projection, Scenario};
    use crate::text::format::{axis_bn, unit_bn};

    fn svg(
        name: &str,
        p: &Projection,
        base: Option<&Projection>,
        bands: Option<&BandedProjection>,
        size: (u32, u32),
        font_px: u32,
        lang: Lang,
    ) -> String {
        let money = move |v: f64| axis_bn(v, lang);
        render(name, size, |area| {
            draw_spending(
                area,
                &YearlyChart {
                    projection: p,
                    baseline: base,
                    bands,
                    format_value: &money,
                    y_desc: unit_bn(lang),
                    font_px,
                    lang,
                },
            )
        })
    }

    /// The scenario "no change" with the budget squeeze weight at `weight`.
    fn squeezed(weight: f64) -> (Projection, Projection) {
        let ds = DataSet::builtin();
        let mut s = Scenario::neutral();
        s.priorities.budget_squeeze = weight;
        let p = project_central(&s, &ds).expect("central");
        let base = crate::model::project_baseline(&s, &ds).expect("baseline");
        (p, base)
    }

    /// The summed height in pixels of the filled rectangles in `colour`
    /// (the overspend panel's bars).
    fn bar_height(svg: &str, colour: RGBColor) -> f64 {
        let fill = format!("fill=\"{}\"", hex(colour));
        svg.split("<rect")
            .skip(1)
            .filter(|r| r.split("/>").next().is_some_and(|r| r.contains(&fill)))
            .filter_map(|r| {
                let h = r.split("height=\"").nth(1)?.split('"').next()?;
                h.parse::<f64>().ok()
            })
            .sum()
    }

    /// The texts at the right edge (drawn left-aligned).
    fn edge_texts(svg: &str) -> Vec<String> {
        svg.split("<text")
            .skip(1)
            .filter(|t| t.contains("text-anchor=\"start\""))
            .filter_map(|t| {
                Some(
                    t.split_once('>')?
                        .1
                        .split("</text>")
                        .next()?
                        .trim()
                        .to_string(),
                )
            })
            .collect()
    }

    /// How many polygons are filled with `colour`.
    fn polygons(svg: &str, colour: RGBColor) -> usize {
        let fill = format!("fill=\"{}\"", hex(colour));
        svg.split("<polygon")
            .skip(1)
            .filter(|r| r.split("/>").next().is_some_and(|r| r.contains(&fill)))
            .count()
    }

    #[test]
    fn draws_two_groups_the_frame_overspend_baseline_whiskers_and_labels() {
        let (p, base, bands) = busy();
        let out = svg(
            "spending",
            &p,
            Some(&base),
            Some(&bands),
            (900, 480),
            14,
            Lang::Da,
        );
        assert!(p.overspend_dkk.iter().any(|v| *v > 0.0), "it overspends");
        for (what, colour) in [
            ("children", CHILDREN),
            ("adults", ADULTS),
            ("frame", FRAME),
            ("overspend", OVERSPEND),
            ("baseline", BASELINE),
        ] {
            assert!(out.contains(&hex(colour)), "no {what}");
        }
        assert_eq!(polygons(&out, OVERSPEND), 1, "one overspend region");
        assert!(bar_height(&out, OVERSPEND) > 50.0, "overspend bars");
        for label in [
            "Børn og unge",
            "Voksne",
            "Ramme",
            "Overforbrug",
            "ændringer",
            "Overforbrug, år for år",
            "mia.\u{a0}kr.",
            "2024",
            "2033",
        ] {
            assert!(out.contains(label), "missing {label}");
        }
        let en = svg(
            "spending-en",
            &p,
            Some(&base),
            Some(&bands),
            (900, 480),
            14,
            Lang::En,
        );
        for label in [
            "Adults",
            "Children and",
            "young people",
            "Frame",
            "Overspend",
            "No change",
            "DKK\u{a0}bn",
        ] {
            assert!(en.contains(label), "missing {label}");
        }
        // Small enough for a phone, too: no overspend panel there.
        let phone = svg(
            "spending-phone",
            &p,
            Some(&base),
            Some(&bands),
            (360, 200),
            12,
            Lang::Da,
        );
        assert!(!phone.contains("Overforbrug over rammen"));
        assert!(phone.contains("Ramme"));
    }

    #[test]
    fn the_budget_squeeze_slider_changes_the_overspend_plainly() {
        let (loose, base) = squeezed(0.0);
        let (tight, _) = squeezed(1.0);
        let last = |p: &Projection| p.overspend_dkk.last().copied().unwrap_or(0.0);
        assert!(last(&loose) > 5e9 && last(&tight) < last(&loose) / 2.0);
        let size = (1024, 620);
        let a = svg(
            "spending-loose",
            &loose,
            Some(&base),
            None,
            size,
            14,
            Lang::Da,
        );
        let b = svg(
            "spending-tight",
            &tight,
            Some(&base),
            None,
            size,
            14,
            Lang::Da,
        );
        // The overspend panel has its own scale: the bars fill it at one end
        // of the slider and shrink plainly at the other.
        let (ha, hb) = (bar_height(&a, OVERSPEND), bar_height(&b, OVERSPEND));
        assert!(ha > 400.0, "loose: {ha} px of bars");
        assert!(hb < ha / 2.0, "tight: {hb} px against {ha}");
    }

    #[test]
    fn no_overspend_draws_no_overspend_region_and_says_zero() {
        let ds = DataSet::builtin();
        let mut s = Scenario::neutral();
        s.frame.level_change = 0.5;
        let p = project_central(&s, &ds).unwrap();
        assert!(p.overspend_dkk.iter().all(|v| *v == 0.0));
        let out = svg("spending-rich", &p, None, None, (640, 400), 14, Lang::Da);
        assert_eq!(polygons(&out, OVERSPEND), 0);
        assert!(bar_height(&out, OVERSPEND) <= 14.0, "only the label's mark");
        let edge = edge_texts(&out);
        assert!(!edge.contains(&"Overforbrug".to_string()), "{edge:?}");
        assert!(
            edge.contains(&"0\u{a0}mia.\u{a0}kr.".to_string()),
            "{edge:?}"
        );
    }

    #[test]
    fn labels_are_large_on_a_projector() {
        // Presentation mode at 1920x1080: the canvas' box and the font the
        // panel asks for (14 px x 1.5).
        let (p, base, bands) = busy();
        let out = svg(
            "spending-present",
            &p,
            Some(&base),
            Some(&bands),
            (1876, 626),
            21,
            Lang::Da,
        );
        let sizes = font_sizes(&out);
        assert!(!sizes.is_empty());
        assert!(sizes.iter().all(|s| *s >= 28.0), "{sizes:?}");
        // The tablet keeps the font it was given.
        let tablet = svg(
            "spending-tablet",
            &p,
            Some(&base),
            None,
            (566, 377),
            14,
            Lang::Da,
        );
        assert!(font_sizes(&tablet).iter().all(|s| *s == 14.0));
    }

    #[test]
    fn tick_labels_read_differently_in_every_case() {
        let (p, base, bands) = busy();
        let calm = neutral();
        let cases = [
            (
                "busy",
                svg(
                    "t-busy",
                    &p,
                    Some(&base),
                    Some(&bands),
                    (900, 480),
                    14,
                    Lang::Da,
                ),
            ),
            (
                "neutral",
                svg("t-neutral", &calm, None, None, (640, 400), 14, Lang::Da),
            ),
            (
                "zero",
                svg(
                    "t-zero",
                    &calm.map(&mut |s| vec![0.0; s.len()]),
                    None,
                    None,
                    (640, 400),
                    14,
                    Lang::Da,
                ),
            ),
            (
                "nan",
                svg("t-nan", &nan(&p), None, None, (640, 400), 14, Lang::En),
            ),
        ];
        for (name, out) in &cases {
            let axes = tick_labels(out);
            assert!(axes.len() >= 2, "{name}: axes {axes:?}");
            for labels in axes {
                for (i, a) in labels.iter().enumerate() {
                    assert!(
                        !labels[i + 1..].contains(a),
                        "{name}: {a} twice in {labels:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn empty_and_nan_projections_do_not_panic() {
        let (p, _, _) = busy();
        let out = svg(
            "spending-empty",
            &emptied(&p),
            None,
            None,
            (640, 360),
            14,
            Lang::Da,
        );
        assert!(!out.contains("<polygon"));
        let out = svg(
            "spending-nan",
            &nan(&p),
            Some(&nan(&p)),
            None,
            (640, 360),
            14,
            Lang::Da,
        );
        assert!(!out.contains("<polygon"));
        assert!(out.contains("mia.\u{a0}kr."), "axes are still drawn");
    }
}
