//! Prevention: cost now against gains later, year by year, as a pair of
//! bars per year. Left and below zero the cost, stacked by who pays
//! (municipality, then the state's refund); right and above zero the
//! avoided costs, stacked by who gains (municipality, region,
//! state), in the payers' fixed colours (`PAYER_*` in
//! [`super::palette`]); p10–p90 whiskers on total gains when the bands have
//! arrived. The baseline invests nothing, so it is not drawn.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette::{INK, PAYER_MUNICIPALITY, PAYER_REGION, PAYER_STATE};
use super::util::{
    draw_year_axes, err, fit_font, money_range, stacked_bars, stroke, whiskers, year_range,
};
use super::YearlyChart;

/// How far the cost bar sits left, and the gains bar right, of the year.
const PAIR_OFFSET: f64 = 0.19;
/// Half a bar's width, in years.
const HALF_BAR: f64 = 0.17;

/// Draws the prevention chart on `area` (the baseline is not drawn: with
/// no change there is no prevention). The whiskers on total gains run from
/// the sum of the payers' p10 to the sum of their p90: exact when the
/// payers' gains move together, a little wide otherwise. No years draws
/// only the background; no investment or NaN values draw only the axes.
pub fn draw_prevention<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &YearlyChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let chart = &YearlyChart {
        font_px: fit_font(area, chart.font_px),
        ..*chart
    };
    let p = chart.projection;
    let v = &p.prevention;
    let Some(x_range) = year_range(&p.years) else {
        return area.present().map_err(err);
    };
    let n = p.years.len();
    let xs: Vec<f64> = p.years.iter().map(|y| f64::from(*y)).collect();
    let cost: [(&[f64], RGBColor); 2] = [
        (&v.cost_municipality_dkk, PAYER_MUNICIPALITY),
        (&v.cost_state_dkk, PAYER_STATE),
    ];
    let gains: [(&[f64], RGBColor); 3] = [
        (&v.gains_municipality_dkk, PAYER_MUNICIPALITY),
        (&v.gains_region_dkk, PAYER_REGION),
        (&v.gains_state_dkk, PAYER_STATE),
    ];
    // Side by side in each year's slot, so the municipality's cost and
    // gain (same colour) do not merge into one bar across zero.
    let shifted = |dx: f64| xs.iter().map(|x| x + dx).collect::<Vec<f64>>();
    let gain_xs = shifted(PAIR_OFFSET);
    let (cost_bars, cost_ends) = stacked_bars(&shifted(-PAIR_OFFSET), &cost, true, HALF_BAR);
    let (gain_bars, gain_ends) = stacked_bars(&gain_xs, &gains, false, HALF_BAR);
    let band: Vec<Option<(f64, f64)>> = (0..n)
        .map(|i| {
            let b = &chart.bands?.prevention;
            let payers = [
                b.gains_municipality_dkk.get(i)?,
                b.gains_region_dkk.get(i)?,
                b.gains_state_dkk.get(i)?,
            ];
            let lo: f64 = payers.iter().map(|b| b.p10).sum();
            let hi: f64 = payers.iter().map(|b| b.p90).sum();
            (lo.is_finite() && hi.is_finite() && hi > 0.0).then_some((lo, hi))
        })
        .collect();
    let values = cost_ends
        .iter()
        .chain(&gain_ends)
        .copied()
        .chain(band.iter().flatten().map(|b| b.1));
    let px = chart.font_px;
    let mut ctx = draw_year_axes(area, chart, x_range.clone(), money_range(values), n)?;
    ctx.draw_series(cost_bars).map_err(err)?;
    ctx.draw_series(gain_bars).map_err(err)?;
    // The zero line: cost below, gains above.
    ctx.draw_series(std::iter::once(PathElement::new(
        vec![(x_range.start, 0.0), (x_range.end, 0.0)],
        INK.stroke_width(stroke(px, 2.0)),
    )))
    .map_err(err)?;
    whiskers(&mut ctx, &gain_xs, &band, HALF_BAR * 0.6, px)?;
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
        bands: Option<&BandedProjection>,
        size: (u32, u32),
        font_px: u32,
    ) -> String {
        render(name, size, |area| {
            draw_prevention(
                area,
                &YearlyChart {
                    projection: p,
                    baseline: None,
                    bands,
                    format_value: &bn,
                    y_desc: "mia. kr.",
                    font_px,
                    lang: crate::model::data::localized::Lang::Da,
                },
            )
        })
    }

    fn positive(s: &[f64]) -> usize {
        s.iter().filter(|v| **v > 0.0).count()
    }

    #[test]
    fn draws_cost_below_and_gains_above_by_payer() {
        let (p, _, bands) = busy();
        let v = &p.prevention;
        assert!(positive(&v.gains_region_dkk) > 0, "the test scenario gains");
        let out = svg("prevention", &p, Some(&bands), (900, 420), 14);
        let municipality = positive(&v.cost_municipality_dkk) + positive(&v.gains_municipality_dkk);
        assert_eq!(out.matches(&hex(PAYER_MUNICIPALITY)).count(), municipality);
        assert_eq!(
            out.matches(&hex(PAYER_REGION)).count(),
            positive(&v.gains_region_dkk)
        );
        let state = positive(&v.cost_state_dkk) + positive(&v.gains_state_dkk);
        assert_eq!(out.matches(&hex(PAYER_STATE)).count(), state);
        assert!(
            out.contains(">\n\u{2212}1\n<") || out.contains(">\n\u{2212}0,5\n<"),
            "a negative axis, with a true minus"
        );
        for label in ["mia. kr.", "2024"] {
            assert!(out.contains(label), "missing {label}");
        }
        svg("prevention-phone", &p, Some(&bands), (360, 300), 12);
    }

    #[test]
    fn bands_and_the_scenario_change_the_drawing() {
        let (p, _, bands) = busy();
        let plain = svg("prevention-plain", &p, None, (640, 360), 14);
        let banded = svg("prevention-banded", &p, Some(&bands), (640, 360), 14);
        assert!(banded.len() > plain.len(), "whiskers add paths");
        let none = svg("prevention-none", &neutral(), None, (640, 360), 14);
        assert_ne!(none, plain);
        for colour in [PAYER_MUNICIPALITY, PAYER_REGION, PAYER_STATE] {
            assert!(!none.contains(&hex(colour)), "no investment, no bars");
        }
    }

    #[test]
    fn empty_and_nan_projections_do_not_panic() {
        let (p, _, _) = busy();
        let out = svg("prevention-empty", &emptied(&p), None, (640, 360), 14);
        assert!(!out.contains("mia. kr."));
        let out = svg("prevention-nan", &nan(&p), None, (640, 360), 14);
        assert!(out.contains("mia. kr."));
        assert!(!out.contains(&hex(PAYER_REGION)));
    }
}
