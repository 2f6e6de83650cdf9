//! The budget squeeze (*budgetklemme*): what the overspend on the social
//! area takes from schools, day care and elder care, year by year, as
//! stacked bars (one colour per service, [`service_colour`]); what the "no
//! change" baseline would take as a dashed line; p10–p90 whiskers on the
//! total when the bands have arrived. The legend is left to the UI's HTML.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette::{service_colour, BASELINE};
use super::util::{
    at, dashed, draw_year_axes, err, fit_font, money_range, stacked_bars, whiskers, year_range,
};
use super::YearlyChart;

/// Draws the squeeze chart on `area`: money taken from each service, the
/// baseline's total taken dashed, and whiskers from the overspend's band
/// (the services share the whole overspend, so the total taken is the
/// overspend in every draw; docs/model.md, step 5). No years draws only the
/// background; no overspend or NaN values draw the axes (and the baseline).
pub fn draw_squeeze<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &YearlyChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let chart = &YearlyChart {
        font_px: fit_font(area, chart.font_px),
        ..*chart
    };
    let p = chart.projection;
    let Some(x_range) = year_range(&p.years) else {
        return area.present().map_err(err);
    };
    let n = p.years.len();
    let xs: Vec<f64> = p.years.iter().map(|y| f64::from(*y)).collect();
    let layers: Vec<(&[f64], RGBColor)> = p
        .squeeze
        .iter()
        .enumerate()
        .map(|(i, s)| (s.taken_dkk.as_slice(), service_colour(i)))
        .collect();
    let (bars, totals) = stacked_bars(&xs, &layers, false, 0.36);
    let base: Vec<Option<f64>> = (0..n)
        .map(|i| {
            let b = chart.baseline?;
            let taken: Vec<f64> = b
                .squeeze
                .iter()
                .filter_map(|s| at(&s.taken_dkk, i))
                .collect();
            (!taken.is_empty()).then(|| taken.iter().sum())
        })
        .collect();
    let band: Vec<Option<(f64, f64)>> = (0..n)
        .map(|i| {
            let b = chart.bands?.overspend_dkk.get(i)?;
            (b.p10.is_finite() && b.p90.is_finite()).then_some((b.p10, b.p90))
        })
        .collect();
    let values = totals
        .iter()
        .copied()
        .chain(base.iter().flatten().copied())
        .chain(band.iter().flatten().map(|b| b.1));
    let px = chart.font_px;
    let mut ctx = draw_year_axes(area, chart, x_range, money_range(values), n)?;
    ctx.draw_series(bars).map_err(err)?;
    dashed(&mut ctx, &xs, &base, BASELINE, px)?;
    whiskers(&mut ctx, &xs, &band, 0.14, px)?;
    area.present().map_err(err)
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
            draw_squeeze(
                area,
                &YearlyChart {
                    projection: p,
                    baseline: base,
                    bands,
                    format_value: &bn,
                    y_desc: "mia. kr.",
                    font_px,
                    lang: crate::model::data::localized::Lang::Da,
                },
            )
        })
    }

    #[test]
    fn draws_a_bar_per_service_and_year_the_baseline_and_whiskers() {
        let (p, base, bands) = busy();
        let out = svg("squeeze", &p, Some(&base), Some(&bands), (900, 420), 14);
        let years_overspent = p.overspend_dkk.iter().filter(|v| **v > 0.0).count();
        assert!(years_overspent > 0, "the test scenario overspends");
        for i in 0..p.squeeze.len() {
            let bars = out.matches(&hex(service_colour(i))).count();
            assert_eq!(bars, years_overspent, "service {i}: a bar per year");
        }
        assert!(out.matches(&hex(BASELINE)).count() > 5, "dashed baseline");
        for label in ["mia. kr.", "2024", "2032"] {
            assert!(out.contains(label), "missing {label}");
        }
        svg(
            "squeeze-phone",
            &p,
            Some(&base),
            Some(&bands),
            (360, 300),
            12,
        );
    }

    #[test]
    fn bands_and_the_scenario_change_the_drawing() {
        let (p, base, bands) = busy();
        let plain = svg("squeeze-plain", &p, Some(&base), None, (640, 360), 14);
        let banded = svg(
            "squeeze-banded",
            &p,
            Some(&base),
            Some(&bands),
            (640, 360),
            14,
        );
        assert!(banded.len() > plain.len(), "whiskers add paths");
        let calm = svg("squeeze-neutral", &neutral(), None, None, (640, 360), 14);
        assert_ne!(calm, plain);
    }

    #[test]
    fn empty_and_nan_projections_do_not_panic() {
        let (p, _, _) = busy();
        let out = svg("squeeze-empty", &emptied(&p), None, None, (640, 360), 14);
        assert!(!out.contains(&hex(service_colour(0))));
        assert!(!out.contains("mia. kr."));
        let out = svg(
            "squeeze-nan",
            &nan(&p),
            Some(&nan(&p)),
            None,
            (640, 360),
            14,
        );
        assert!(out.contains("mia. kr."), "axes are still drawn");
        assert!(!out.contains(&hex(service_colour(0))));
    }
}
