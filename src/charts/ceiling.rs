//! The ceiling council (*loftrådet*) year by year, in two panels over the
//! same years. Above: cases referred, stacked by the council's decision
//! (yes, partly, no; [`decision_colour`](super::palette::decision_colour)).
//! Below: money freed as a line with its p10–p90 band, and, hatched above
//! it, the money the ceiling would free only with national legislation (the
//! clear mark of where legislation is needed). Without a ceiling only the
//! axes are drawn; the UI says why.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette::{DECISION_NO, DECISION_PARTLY, DECISION_YES, FREED, LEGISLATION};
use super::util::{
    at, dashed, draw_axes, err, format_year, hatch_lines, money_range, plot_width, runs,
    stacked_bars, stroke, value_range, y_label_width, year_range, year_ticks, Axes,
};
use crate::model::{BandedProjection, Projection};

/// What the ceiling-council chart draws.
pub struct CeilingChart<'a> {
    /// The scenario's central projection: cases referred by decision, money
    /// freed and money blocked without legislation.
    pub projection: &'a Projection,
    /// The scenario's p10–p90 bands, once computed: a band on money freed.
    pub bands: Option<&'a BandedProjection>,
    /// Formats a number of cases for the upper axis (e.g. "1.200").
    pub format_count: &'a dyn Fn(f64) -> String,
    /// The upper axis' description (e.g. "sager").
    pub cases_desc: &'a str,
    /// Formats an amount in DKK for the lower axis (e.g. "0,4").
    pub format_value: &'a dyn Fn(f64) -> String,
    /// The lower axis' description (e.g. "mia. kr.").
    pub money_desc: &'a str,
    /// Font size of labels, in backend pixels (scale with the pixel ratio).
    pub font_px: u32,
}

/// Share of the height the cases panel takes.
const CASES_SHARE: f64 = 0.55;

/// Draws the ceiling-council chart on `area`. No years draws only the
/// background; no ceiling (all zeros) or NaN values draw only the axes.
pub fn draw_ceiling<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &CeilingChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let p = chart.projection;
    let c = &p.ceiling;
    let Some(x_range) = year_range(&p.years) else {
        return area.present().map_err(err);
    };
    let n = p.years.len();
    let xs: Vec<f64> = p.years.iter().map(|y| f64::from(*y)).collect();
    let any = |s: &[f64]| s.iter().any(|v| v.is_finite() && *v > 0.0);
    let active = c.ceiling_dkk > 0.0
        && (any(&c.cases_yes)
            || any(&c.cases_partly)
            || any(&c.cases_no)
            || any(&c.freed_dkk)
            || any(&c.blocked_dkk));

    let layers: [(&[f64], RGBColor); 3] = [
        (&c.cases_yes, DECISION_YES),
        (&c.cases_partly, DECISION_PARTLY),
        (&c.cases_no, DECISION_NO),
    ];
    let (bars, cases) = stacked_bars(&xs, &layers, false, 0.36);
    let freed: Vec<Option<f64>> = (0..n).map(|i| at(&c.freed_dkk, i)).collect();
    let with_law: Vec<Option<f64>> = (0..n)
        .map(|i| Some(freed[i]? + at(&c.blocked_dkk, i)?.max(0.0)))
        .collect();
    let band: Vec<Option<(f64, f64)>> = (0..n)
        .map(|i| {
            let b = chart.bands?.ceiling.freed_dkk.get(i)?;
            (b.p10.is_finite() && b.p90.is_finite()).then_some((b.p10, b.p90))
        })
        .collect();
    let money = freed
        .iter()
        .chain(&with_law)
        .flatten()
        .copied()
        .chain(band.iter().flatten().map(|b| b.1));
    let (cases_y, money_y) = if active {
        (
            value_range(cases.iter().copied()).unwrap_or(0.0..1.0),
            money_range(money),
        )
    } else {
        (0.0..1.0, 0.0..1.0)
    };

    let px = chart.font_px;
    let (_, h) = area.dim_in_pixel();
    let (top, bottom) = area.split_vertically((f64::from(h) * CASES_SHARE) as u32);
    let mut cases_axes = Axes {
        x: x_range.clone(),
        y: cases_y,
        format_x: &format_year,
        format_y: chart.format_count,
        y_desc: chart.cases_desc,
        x_labels: n,
        show_x_labels: false,
        x_grid: false,
        font_px: px,
        min_y_label_w: 0,
    };
    let mut money_axes = Axes {
        y: money_y,
        format_y: chart.format_value,
        y_desc: chart.money_desc,
        show_x_labels: true,
        x: x_range,
        ..cases_axes
    };
    // Both panels get the same label width, so their years line up.
    let label_w = y_label_width(&cases_axes).max(y_label_width(&money_axes));
    cases_axes.min_y_label_w = label_w;
    money_axes.min_y_label_w = label_w;
    money_axes.x_labels = year_ticks(n, plot_width(&bottom, &money_axes), px);

    let mut upper = draw_axes(&top, &cases_axes)?;
    let mut lower = draw_axes(&bottom, &money_axes)?;
    if !active {
        return area.present().map_err(err);
    }
    upper.draw_series(bars).map_err(err)?;

    // The band, then what legislation would add (hatched), then the line.
    let band_lo: Vec<Option<f64>> = band.iter().map(|b| b.map(|b| b.0)).collect();
    let band_hi: Vec<Option<f64>> = band.iter().map(|b| b.map(|b| b.1)).collect();
    for (lo_run, hi_run) in runs(&xs, &band_lo).into_iter().zip(runs(&xs, &band_hi)) {
        let mut outline = hi_run;
        outline.extend(lo_run.into_iter().rev());
        lower
            .draw_series(std::iter::once(Polygon::new(
                outline,
                FREED.mix(0.2).filled(),
            )))
            .map_err(err)?;
    }
    let blocked = with_law
        .iter()
        .zip(&freed)
        .any(|(w, f)| matches!((w, f), (Some(w), Some(f)) if w > f));
    if blocked {
        let hatch = hatch_lines(&lower, &xs, &freed, &with_law, (px * 2 / 3).max(3));
        let style = LEGISLATION.stroke_width(stroke(px, 1.5));
        lower
            .draw_series(
                hatch
                    .into_iter()
                    .map(|l| PathElement::new(l.to_vec(), style)),
            )
            .map_err(err)?;
        dashed(&mut lower, &xs, &with_law, LEGISLATION, px)?;
    }
    for run in runs(&xs, &freed) {
        lower
            .draw_series(LineSeries::new(
                run.clone(),
                FREED.stroke_width(stroke(px, 3.0)),
            ))
            .map_err(err)?;
        lower
            .draw_series(
                run.into_iter()
                    .map(|pt| Circle::new(pt, (px / 4).max(2), FREED.filled())),
            )
            .map_err(err)?;
    }
    area.present().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::util::test_support::{bn, busy, emptied, hex, nan, neutral, render};

    fn count(v: f64) -> String {
        format!("{v:.0}")
    }

    fn svg(
        name: &str,
        p: &Projection,
        bands: Option<&BandedProjection>,
        size: (u32, u32),
        font_px: u32,
    ) -> String {
        render(name, size, |area| {
            draw_ceiling(
                area,
                &CeilingChart {
                    projection: p,
                    bands,
                    format_count: &count,
                    cases_desc: "sager",
                    format_value: &bn,
                    money_desc: "mia. kr.",
                    font_px,
                },
            )
        })
    }

    #[test]
    fn draws_cases_by_decision_and_money_freed_with_its_band() {
        let (p, _, bands) = busy();
        assert!(
            p.ceiling.ceiling_dkk > 0.0,
            "the test scenario sets a ceiling"
        );
        let out = svg("ceiling", &p, Some(&bands), (900, 420), 14);
        let c = &p.ceiling;
        for (series, colour) in [
            (&c.cases_yes, DECISION_YES),
            (&c.cases_partly, DECISION_PARTLY),
            (&c.cases_no, DECISION_NO),
        ] {
            let years = series.iter().filter(|v| **v > 0.0).count();
            assert_eq!(out.matches(&hex(colour)).count(), years, "a bar per year");
        }
        assert!(out.contains(&hex(FREED)), "money freed");
        assert!(out.contains("<circle"), "markers on money freed");
        for label in ["sager", "mia. kr.", "2024"] {
            assert!(out.contains(label), "missing {label}");
        }
        if c.blocked_dkk.iter().any(|v| *v > 0.0) {
            assert!(out.contains(&hex(LEGISLATION)), "blocked money is marked");
        }
        svg("ceiling-phone", &p, Some(&bands), (360, 300), 12);
    }

    #[test]
    fn bands_change_the_drawing() {
        let (p, _, bands) = busy();
        let plain = svg("ceiling-plain", &p, None, (640, 360), 14);
        let banded = svg("ceiling-banded", &p, Some(&bands), (640, 360), 14);
        assert_ne!(plain, banded);
    }

    #[test]
    fn without_a_ceiling_only_the_axes_are_drawn() {
        let out = svg("ceiling-none", &neutral(), None, (640, 360), 14);
        assert!(out.contains("sager") && out.contains("mia. kr."));
        for colour in [DECISION_YES, DECISION_PARTLY, DECISION_NO, FREED] {
            assert!(!out.contains(&hex(colour)));
        }
        assert!(!out.contains("<circle"));
    }

    #[test]
    fn empty_and_nan_projections_do_not_panic() {
        let (p, _, _) = busy();
        let out = svg("ceiling-empty", &emptied(&p), None, (640, 360), 14);
        assert!(!out.contains("sager"));
        let out = svg("ceiling-nan", &nan(&p), None, (640, 360), 14);
        assert!(!out.contains("<circle"));
    }
}
