//! Charts as functions generic over the plotters drawing backend: the
//! browser draws them on a canvas, native tests draw the same functions to
//! SVG. They draw what they are given and compute nothing of the model.

pub mod ceiling;
pub mod compare;
pub mod coverage;
pub mod glance;
pub mod palette;
pub mod prevention;
pub mod recipients;
pub mod spending;
pub mod squeeze;
mod util;

use crate::model::data::localized::Lang;
use crate::model::{BandedProjection, Projection};

/// What the year-by-year money charts (spending, squeeze, prevention) draw:
/// the scenario, its "no change" baseline and its p10–p90 bands, in DKK,
/// with the axis texts and the labels on the chart in the reader's language.
pub struct YearlyChart<'a> {
    /// The scenario's central projection.
    pub projection: &'a Projection,
    /// The "no change" baseline, drawn dashed where the chart shows it.
    pub baseline: Option<&'a Projection>,
    /// The scenario's p10–p90 bands, once computed: whiskers.
    pub bands: Option<&'a BandedProjection>,
    /// Formats an amount in DKK for the y axis (e.g. "45,0").
    pub format_value: &'a dyn Fn(f64) -> String,
    /// The y axis' description (e.g. "mia. kr.").
    pub y_desc: &'a str,
    /// Font size of labels, in backend pixels (scale with the pixel ratio).
    pub font_px: u32,
    /// The reader's language, for the labels drawn on the chart.
    pub lang: Lang,
}

#[cfg(test)]
mod tests {
    //! Every chart, drawn with the app's number formats for "no change" and
    //! for a projection of zeros: no axis repeats a tick label.

    use super::ceiling::{draw_ceiling, CeilingChart};
    use super::compare::{draw_compare, CompareChart};
    use super::coverage::{draw_coverage, CoverageChart};
    use super::prevention::draw_prevention;
    use super::recipients::{draw_recipients, RecipientsChart};
    use super::spending::draw_spending;
    use super::squeeze::draw_squeeze;
    use super::util::test_support::{area_names, neutral, render, tick_labels};
    use super::YearlyChart;
    use crate::model::data::localized::Lang;
    use crate::model::Projection;
    use crate::text::format::{axis_bn, axis_percent, number, unit_bn};

    /// The SVGs of every chart for `p`, by name.
    fn every_chart(case: &str, p: &Projection, size: (u32, u32)) -> Vec<(String, String)> {
        let l = Lang::Da;
        let money = |v: f64| axis_bn(v, l);
        let count = |v: f64| number(v, 0, l);
        let pct = |v: f64| axis_percent(v, l);
        let names = area_names();
        let yearly = |baseline| YearlyChart {
            projection: p,
            baseline,
            bands: None,
            format_value: &money,
            y_desc: unit_bn(l),
            font_px: 14,
            lang: l,
        };
        let series: Vec<Vec<f64>> = vec![p.spending_dkk.clone(), p.overspend_dkk.clone()];
        let labels = ["a".to_string(), "b".to_string()];
        let points: Vec<(u16, f64)> = p
            .years
            .iter()
            .zip(&p.need_citizens)
            .map(|(y, v)| (*y, *v))
            .collect();
        let name = |chart: &str| format!("ticks-{case}-{chart}");
        vec![
            (
                "spending",
                render(&name("spending"), size, |a| {
                    draw_spending(a, &yearly(Some(p)))
                }),
            ),
            (
                "squeeze",
                render(&name("squeeze"), size, |a| {
                    draw_squeeze(a, &yearly(Some(p)))
                }),
            ),
            (
                "prevention",
                render(&name("prevention"), size, |a| {
                    draw_prevention(a, &yearly(None))
                }),
            ),
            (
                "ceiling",
                render(&name("ceiling"), size, |a| {
                    draw_ceiling(
                        a,
                        &CeilingChart {
                            projection: p,
                            bands: None,
                            format_count: &count,
                            cases_desc: "sager",
                            format_value: &money,
                            money_desc: unit_bn(l),
                            font_px: 14,
                        },
                    )
                }),
            ),
            (
                "coverage",
                render(&name("coverage"), size, |a| {
                    draw_coverage(
                        a,
                        &CoverageChart {
                            projection: p,
                            baseline: Some(p),
                            bands: None,
                            year_index: p.years.len().saturating_sub(1),
                            area_names: &names,
                            format_percent: &pct,
                            x_desc: "Andel",
                            font_px: 14,
                        },
                    )
                }),
            ),
            (
                "compare",
                render(&name("compare"), size, |a| {
                    draw_compare(
                        a,
                        &CompareChart {
                            years: &p.years,
                            series: &series,
                            labels: &labels,
                            format_value: &money,
                            y_desc: unit_bn(l),
                            font_px: 14,
                        },
                    )
                }),
            ),
            (
                "recipients",
                render(&name("recipients"), size, |a| {
                    draw_recipients(
                        a,
                        &RecipientsChart {
                            points: &points,
                            format_value: &count,
                            y_desc: "personer",
                            font_px: 14,
                        },
                    )
                }),
            ),
        ]
        .into_iter()
        .map(|(n, svg)| (n.to_string(), svg))
        .collect()
    }

    #[test]
    fn no_chart_repeats_a_tick_label() {
        let calm = neutral();
        let zeros = calm.map(&mut |s| vec![0.0; s.len()]);
        for (case, p) in [("neutral", &calm), ("zero", &zeros)] {
            for size in [(640, 400), (360, 300), (1876, 626)] {
                for (chart, svg) in every_chart(case, p, size) {
                    let axes = tick_labels(&svg);
                    assert!(!axes.is_empty(), "{case} {chart} {size:?}: no axis");
                    for labels in axes {
                        for (i, a) in labels.iter().enumerate() {
                            assert!(
                                !labels[i + 1..].contains(a),
                                "{case} {chart} {size:?}: {a:?} twice in {labels:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}
