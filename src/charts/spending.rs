//! Spending by intervention area inside the economic frame, year by year:
//! the areas stacked (one colour each, [`area_colour`]), prevention counted
//! in the frame on top, the frame as a bold line, overspend (spending above
//! the frame, which is taken from other services) hatched in red, the "no
//! change" baseline's total as a dashed line, and p10–p90 whiskers on the
//! total when the bands have arrived. The legend is left to the UI's HTML
//! (colours from [`super::palette`]).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette::{area_colour, BASELINE, FRAME, OVERSPEND, PREVENTION_IN_FRAME};
use super::util::{
    at, dashed, draw_year_axes, err, hatch_lines, runs, stroke, value_range, whiskers, year_range,
};
use super::YearlyChart;

/// Draws the spending chart on `area`. No years draws only the background;
/// missing or NaN values draw the axes and leave gaps.
pub fn draw_spending<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &YearlyChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let p = chart.projection;
    let Some(x_range) = year_range(&p.years) else {
        return area.present().map_err(err);
    };
    let n = p.years.len();
    let xs: Vec<f64> = p.years.iter().map(|y| f64::from(*y)).collect();

    // The stack: areas from the bottom, prevention in the frame on top.
    let mut layers: Vec<(&[f64], RGBColor)> = p
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.spending_dkk.as_slice(), area_colour(i)))
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
    let frame: Vec<Option<f64>> = (0..n).map(|i| at(&p.frame_dkk, i)).collect();
    let over_top: Vec<Option<f64>> = (0..n)
        .map(|i| Some(frame[i]? + at(&p.overspend_dkk, i)?.max(0.0)))
        .collect();
    let base: Vec<Option<f64>> = (0..n)
        .map(|i| chart.baseline.and_then(|b| at(&b.spending_dkk, i)))
        .collect();
    let band: Vec<Option<(f64, f64)>> = (0..n)
        .map(|i| {
            let b = chart.bands?.spending_dkk.get(i)?;
            (b.p10.is_finite() && b.p90.is_finite()).then_some((b.p10, b.p90))
        })
        .collect();

    let all_values = tops[tops.len() - 1]
        .iter()
        .copied()
        .chain(frame.iter().flatten().copied())
        .chain(over_top.iter().flatten().copied())
        .chain(base.iter().flatten().copied())
        .chain(band.iter().flatten().map(|b| b.1));
    let y_range = value_range(all_values).unwrap_or(0.0..1.0);
    let px = chart.font_px;
    let mut ctx = draw_year_axes(area, chart, x_range, y_range, n)?;

    let has_data = layers
        .iter()
        .any(|(s, _)| s.iter().any(|v| v.is_finite() && *v > 0.0));
    if has_data {
        for (k, (_, colour)) in layers.iter().enumerate() {
            let (lower, upper) = (&tops[k], &tops[k + 1]);
            if lower == upper {
                continue;
            }
            let mut outline: Vec<(f64, f64)> = xs.iter().copied().zip(upper.clone()).collect();
            outline.extend(xs.iter().copied().zip(lower.clone()).rev());
            ctx.draw_series(std::iter::once(Polygon::new(outline, colour.filled())))
                .map_err(err)?;
        }
    }

    // Overspend: hatching between the frame and the frame plus overspend.
    let tint = OVERSPEND.mix(0.18).filled();
    let segments = contiguous(&frame, &over_top);
    for run in &segments {
        let mut outline: Vec<(f64, f64)> = run.iter().map(|&(i, _, hi)| (xs[i], hi)).collect();
        outline.extend(run.iter().rev().map(|&(i, lo, _)| (xs[i], lo)));
        ctx.draw_series(std::iter::once(Polygon::new(outline, tint)))
            .map_err(err)?;
    }
    let hatch = hatch_lines(&ctx, &xs, &frame, &over_top, (px * 2 / 3).max(3));
    let hatch_style = OVERSPEND.stroke_width(stroke(px, 1.5));
    ctx.draw_series(
        hatch
            .into_iter()
            .map(|l| PathElement::new(l.to_vec(), hatch_style)),
    )
    .map_err(err)?;
    for run in &segments {
        let edge: Vec<(f64, f64)> = run.iter().map(|&(i, _, hi)| (xs[i], hi)).collect();
        ctx.draw_series(std::iter::once(PathElement::new(
            edge,
            OVERSPEND.stroke_width(stroke(px, 2.0)),
        )))
        .map_err(err)?;
    }

    // The baseline's total: dashed; then the frame on top of everything.
    dashed(&mut ctx, &xs, &base, BASELINE, px)?;
    for run in runs(&xs, &frame) {
        ctx.draw_series(LineSeries::new(run, FRAME.stroke_width(stroke(px, 4.0))))
            .map_err(err)?;
    }

    whiskers(&mut ctx, &xs, &band, 0.12, px)?;
    area.present().map_err(err)
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
    use crate::charts::util::test_support::{bn, busy, emptied, hex, nan, neutral, render};
    use crate::model::{BandedProjection, Projection};

    fn svg(
        name: &str,
        p: &Projection,
        base: Option<&Projection>,
        bands: Option<&BandedProjection>,
        size: (u32, u32),
        font_px: u32,
    ) -> String {
        render(name, size, |area| {
            draw_spending(
                area,
                &YearlyChart {
                    projection: p,
                    baseline: base,
                    bands,
                    format_value: &bn,
                    y_desc: "mia. kr.",
                    font_px,
                },
            )
        })
    }

    #[test]
    fn draws_a_stack_per_area_the_frame_overspend_baseline_and_whiskers() {
        let (p, base, bands) = busy();
        let out = svg("spending", &p, Some(&base), Some(&bands), (900, 420), 14);
        for i in 0..p.areas.len() {
            assert!(out.contains(&hex(area_colour(i))), "area {i} has no layer");
        }
        assert!(out.contains(&hex(PREVENTION_IN_FRAME)), "prevention layer");
        assert!(out.contains(&hex(FRAME)), "the frame line");
        assert!(
            p.overspend_dkk.iter().any(|v| *v > 0.0),
            "the test scenario overspends"
        );
        assert!(
            out.matches(&hex(OVERSPEND)).count() > 10,
            "overspend hatching"
        );
        assert!(out.contains(&hex(BASELINE)), "baseline line");
        assert!(out.contains("stroke-dasharray") || out.matches("<polyline").count() > 20);
        for label in ["mia. kr.", "2024", "2033"] {
            assert!(out.contains(label), "missing {label}");
        }
        // Small enough for a phone, too.
        svg(
            "spending-phone",
            &p,
            Some(&base),
            Some(&bands),
            (360, 300),
            12,
        );
    }

    #[test]
    fn bands_add_whiskers_and_a_changed_scenario_changes_the_drawing() {
        let (p, base, bands) = busy();
        let without = svg("spending-nobands", &p, Some(&base), None, (640, 360), 14);
        let with = svg(
            "spending-bands",
            &p,
            Some(&base),
            Some(&bands),
            (640, 360),
            14,
        );
        assert!(with.len() > without.len(), "whiskers add paths");
        let calm = neutral();
        let other = svg("spending-neutral", &calm, None, None, (640, 360), 14);
        assert_ne!(other, without);
    }

    #[test]
    fn no_overspend_draws_no_hatching() {
        let ds = crate::model::DataSet::builtin();
        let mut s = crate::model::Scenario::neutral();
        s.frame.level_change = 0.5;
        let p = crate::model::project_central(&s, &ds).unwrap();
        assert!(p.overspend_dkk.iter().all(|v| *v == 0.0));
        let out = svg("spending-rich", &p, None, None, (640, 360), 14);
        assert!(!out.contains(&hex(OVERSPEND)));
    }

    #[test]
    fn empty_and_nan_projections_do_not_panic() {
        let (p, _, _) = busy();
        let out = svg("spending-empty", &emptied(&p), None, None, (640, 360), 14);
        assert!(!out.contains("<polygon"));
        let out = svg(
            "spending-nan",
            &nan(&p),
            Some(&nan(&p)),
            None,
            (640, 360),
            14,
        );
        assert!(!out.contains("<polygon"));
        assert!(out.contains("mia. kr."), "axes are still drawn");
    }
}
