//! Coverage of need by intervention area in one chosen year: a horizontal
//! bar per area (0–100 % of its need funded, in the area's colour), a dark
//! tick where the "no change" baseline would be, and p10–p90 whiskers when
//! the bands have arrived. The area names label the rows: in a column left
//! of the bars, wrapped to fit, or on a narrow screen on a line above each
//! bar; text that still does not fit ends in an ellipsis. With eleven areas
//! a phone needs about 300 px of height per 12 px of font.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{group_colour, BAND, BASELINE, GRID, INK};
use super::util::{at, err, font, stroke, text_width, whisker_h, with_halo, wrap};
use crate::model::{BandedProjection, Projection};

/// The x axis ends a little beyond 100 % so marks at full coverage show
/// whole.
const X_MAX: f64 = 101.5;

/// What the coverage chart draws. Coverage is a share of need (0..1 in the
/// model); the axis runs 0–100 and `format_percent` gets percent.
pub struct CoverageChart<'a> {
    /// The scenario's central projection: coverage by area.
    pub projection: &'a Projection,
    /// The "no change" baseline: its coverage is the tick on each bar.
    pub baseline: Option<&'a Projection>,
    /// The scenario's p10–p90 bands, once computed: whiskers on each bar.
    pub bands: Option<&'a BandedProjection>,
    /// The year shown, as an index into `projection.years`.
    pub year_index: usize,
    /// The areas' names in the reader's language, in the projection's area
    /// order (a missing name falls back to the area's id).
    pub area_names: &'a [String],
    /// Formats a share in percent (0–100) for the axis (e.g. "75 %").
    pub format_percent: &'a dyn Fn(f64) -> String,
    /// The x axis' description (e.g. "Andel af behovet dækket, 2033").
    pub x_desc: &'a str,
    /// Font size of labels, in backend pixels (scale with the pixel ratio).
    pub font_px: u32,
}

/// Draws the coverage chart on `area`. No areas draws only the
/// background; a year out of range or NaN values draw the axes and names
/// without bars.
pub fn draw_coverage<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &CoverageChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let p = chart.projection;
    let n = p.areas.len();
    if n == 0 {
        return area.present().map_err(err);
    }
    let px = chart.font_px;
    let (w, _) = area.dim_in_pixel();
    // Wide: names in a column left of the bars (up to 40 % of the width,
    // wrapped over up to three lines). Narrow (a phone): each name on its
    // own line above its bar, across the whole width.
    let above = w < px * 40;
    let label_w = if above {
        0
    } else {
        (w * 2 / 5).min(text_width(&"m".repeat(46), px))
    };
    let x_desc_h = if chart.x_desc.is_empty() {
        0
    } else {
        px * 3 / 2
    };
    let mut ctx = ChartBuilder::on(area)
        .margin(px / 2)
        .margin_right(px * 3 / 2)
        .x_label_area_size(px * 2 + x_desc_h)
        .y_label_area_size(label_w + px / 2)
        .build_cartesian_2d(0.0..X_MAX, -0.5..n as f64 - 0.5)
        .map_err(err)?;
    let label_font = font(px);
    let fx = |v: &f64| (chart.format_percent)(*v);
    ctx.configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .light_line_style(GRID.mix(0.5))
        .bold_line_style(GRID)
        .axis_style(INK)
        .label_style(label_font.clone())
        .axis_desc_style(label_font.clone())
        .x_labels(5)
        .max_light_lines(1)
        .x_desc(chart.x_desc)
        .x_label_formatter(&fx)
        .draw()
        .map_err(err)?;

    // Row i (area i) from the top; in the narrow layout the bar takes the
    // lower half of the row and the name the upper half.
    let row_y = |i: usize| (n - 1 - i) as f64;
    let (bar_lo, bar_hi) = if above { (-0.42, 0.0) } else { (-0.34, 0.34) };
    let base = area.get_base_pixel();
    let (plot_w, plot_h) = ctx.plotting_area().dim_in_pixel();
    let row_px = f64::from(plot_h) / n as f64;
    let name_px = if above {
        // Shrink to fit half a row, but not below 80 % of the font.
        ((row_px * 0.5) as u32).clamp(px * 4 / 5, px)
    } else {
        px
    };
    let line_px = f64::from(name_px) * 1.05;
    let max_lines = if above {
        1
    } else {
        ((row_px / line_px).floor() as usize).clamp(1, 3)
    };
    let column_w = if above { plot_w } else { label_w };
    let max_chars = (f64::from(column_w) / (0.56 * f64::from(name_px))).floor() as usize;
    let name_font = ("sans-serif", name_px)
        .into_font()
        .color(&INK)
        .pos(if above {
            Pos::new(HPos::Left, VPos::Bottom)
        } else {
            Pos::new(HPos::Right, VPos::Center)
        });
    for (i, a) in p.areas.iter().enumerate() {
        let name = chart
            .area_names
            .get(i)
            .map_or(a.id.as_str(), |s| s.as_str());
        let lines = wrap(name, max_chars, max_lines);
        let anchor_y = if above { row_y(i) + 0.06 } else { row_y(i) };
        let (x, y) = ctx.backend_coord(&(0.0, anchor_y));
        let x = if above {
            x - base.0
        } else {
            x - base.0 - (px / 2) as i32
        };
        let y = y - base.1;
        let first = -(lines.len() as f64 - 1.0) / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let dy = ((first + k as f64) * line_px).round() as i32;
            area.draw(&Text::new(line.clone(), (x, y + dy), name_font.clone()))
                .map_err(err)?;
        }
    }

    let year = chart.year_index;
    let pct = |v: f64| (v * 100.0).clamp(0.0, 100.0);
    ctx.draw_series(p.areas.iter().enumerate().filter_map(|(i, a)| {
        let v = pct(at(&a.coverage, year)?);
        let y = row_y(i);
        Some(Rectangle::new(
            [(0.0, y + bar_lo), (v, y + bar_hi)],
            group_colour(a.group).filled(),
        ))
    }))
    .map_err(err)?;

    let whisker = BAND.stroke_width(stroke(px, 2.0));
    let whiskers = p.areas.iter().enumerate().filter_map(|(i, a)| {
        let b = chart.bands?.area(&a.id)?.coverage.get(year)?;
        if !(b.p10.is_finite() && b.p90.is_finite()) {
            return None;
        }
        let (lo, hi) = (pct(b.p10), pct(b.p90));
        let y = row_y(i) + (bar_lo + bar_hi) / 2.0;
        let half = (bar_hi - bar_lo) / 4.0;
        Some(with_halo(|s| whisker_h(y, lo, hi, half, s), whisker))
    });
    ctx.draw_series(whiskers.flatten()).map_err(err)?;

    let tick = BASELINE.stroke_width(stroke(px, 4.0));
    let ticks = p.areas.iter().enumerate().filter_map(|(i, a)| {
        let v = pct(at(&chart.baseline?.area(&a.id)?.coverage, year)?);
        let y = row_y(i);
        Some(with_halo(
            |s| {
                [PathElement::new(
                    vec![(v, y + bar_lo - 0.08), (v, y + bar_hi + 0.08)],
                    s,
                )]
            },
            tick,
        ))
    });
    ctx.draw_series(ticks.flatten()).map_err(err)?;
    area.present().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::util::test_support::{area_names, busy, emptied, hex, nan, render};

    fn pct(v: f64) -> String {
        format!("{v:.0} %")
    }

    #[allow(clippy::too_many_arguments)]
    fn svg(
        name: &str,
        p: &Projection,
        base: Option<&Projection>,
        bands: Option<&BandedProjection>,
        year_index: usize,
        names: &[String],
        size: (u32, u32),
        font_px: u32,
    ) -> String {
        render(name, size, |area| {
            draw_coverage(
                area,
                &CoverageChart {
                    projection: p,
                    baseline: base,
                    bands,
                    year_index,
                    area_names: names,
                    format_percent: &pct,
                    x_desc: "Andel af behovet dækket, 2033",
                    font_px,
                },
            )
        })
    }

    #[test]
    fn draws_a_bar_a_baseline_tick_and_a_whisker_per_area_with_names() {
        let (p, base, bands) = busy();
        let names = area_names();
        let out = svg(
            "coverage",
            &p,
            Some(&base),
            Some(&bands),
            9,
            &names,
            (900, 420),
            14,
        );
        for a in &p.areas {
            assert!(
                out.contains(&hex(group_colour(a.group))),
                "area {} has no bar",
                a.id
            );
        }
        assert_eq!(out.matches(&hex(BASELINE)).count(), p.areas.len(), "ticks");
        for label in ["Anbringelse i plejefamilie", "100 %", "50 %", "dækket"] {
            assert!(out.contains(label), "missing {label}");
        }
        // On a phone the long names are cut, never spill.
        let out = svg(
            "coverage-phone",
            &p,
            Some(&base),
            Some(&bands),
            9,
            &names,
            (360, 300),
            12,
        );
        assert!(out.contains('…'));
    }

    #[test]
    fn the_year_and_the_bands_change_the_drawing() {
        let (p, base, bands) = busy();
        let names = area_names();
        let size = (640, 360);
        let first = svg("coverage-y0", &p, Some(&base), None, 0, &names, size, 14);
        let last = svg("coverage-y9", &p, Some(&base), None, 9, &names, size, 14);
        assert_ne!(first, last);
        let banded = svg(
            "coverage-b",
            &p,
            Some(&base),
            Some(&bands),
            9,
            &names,
            size,
            14,
        );
        assert!(banded.len() > last.len(), "whiskers add paths");
    }

    #[test]
    fn bad_input_draws_names_and_axes_without_bars() {
        let (p, _, _) = busy();
        let names = area_names();
        let size = (640, 360);
        let out = svg("coverage-out", &p, None, None, 99, &names, size, 14);
        assert!(out.contains("Anbringelse i plejefamilie"));
        assert!(!out.contains(&hex(group_colour(p.areas[0].group))));
        let out = svg("coverage-nan", &nan(&p), None, None, 3, &[], size, 14);
        assert!(out.contains("child_foster_care"), "ids stand in for names");
        assert!(!out.contains(&hex(group_colour(p.areas[0].group))));
        let out = svg(
            "coverage-empty",
            &emptied(&p),
            None,
            None,
            0,
            &names,
            size,
            14,
        );
        assert!(!out.contains("<text"));
    }
}
