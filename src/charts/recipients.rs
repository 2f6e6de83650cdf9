//! The growth in recipients of a social intervention: a line through the
//! sourced figures, each point labelled with its value.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::palette::{BLUE, GRID, INK};
use super::util::{distinct_ticks, once_each};

/// What the recipients chart draws: the points and the texts around them,
/// already in the reader's language.
pub struct RecipientsChart<'a> {
    /// (year, recipients) in year order.
    pub points: &'a [(u16, f64)],
    /// Formats a value for the axis and the point labels (e.g. "178.000").
    pub format_value: &'a dyn Fn(f64) -> String,
    /// The y axis' description (e.g. "personer").
    pub y_desc: &'a str,
    /// Font size of labels, in backend pixels (scale with the pixel ratio).
    pub font_px: u32,
}

/// Draws the chart on `area`. An empty series draws only the background.
pub fn draw_recipients<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RecipientsChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(|e| e.to_string())?;
    let (Some(first), Some(last)) = (chart.points.first(), chart.points.last()) else {
        return Ok(());
    };
    let y_max = chart.points.iter().map(|p| p.1).fold(0.0_f64, f64::max) * 1.2;
    let years = (first.0 as i32 - 1)..(last.0 as i32 + 1);
    let font = ("sans-serif", chart.font_px).into_font().color(&INK);
    let px = chart.font_px;

    let y_range = 0.0..y_max.max(1.0);
    let y_labels = distinct_ticks(&y_range, 10, chart.format_value);
    let fy = once_each(&y_range, y_labels, chart.format_value);
    let mut ctx = ChartBuilder::on(area)
        .margin(px)
        .x_label_area_size(px * 2)
        .y_label_area_size(px * 5)
        .build_cartesian_2d(years, y_range)
        .map_err(|e| e.to_string())?;
    ctx.configure_mesh()
        .y_labels(y_labels)
        .light_line_style(GRID.mix(0.6))
        .bold_line_style(GRID)
        .axis_style(INK)
        .label_style(font.clone())
        .y_desc(chart.y_desc)
        .y_label_formatter(&fy)
        .x_label_formatter(&|y| y.to_string())
        .draw()
        .map_err(|e| e.to_string())?;

    let series = chart.points.iter().map(|(y, v)| (*y as i32, *v));
    ctx.draw_series(LineSeries::new(series.clone(), BLUE.stroke_width(3)))
        .map_err(|e| e.to_string())?;
    ctx.draw_series(
        series
            .clone()
            .map(|p| Circle::new(p, px as i32 / 2, BLUE.filled())),
    )
    .map_err(|e| e.to_string())?;
    let label_font = font.pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Bottom,
    ));
    ctx.draw_series(series.map(|(y, v)| {
        Text::new(
            (chart.format_value)(v),
            (y, v + y_max * 0.04),
            label_font.clone(),
        )
    }))
    .map_err(|e| e.to_string())?;
    area.present().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(points: &[(u16, f64)]) -> String {
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
            let fmt = |v: f64| format!("{v:.0}");
            draw_recipients(
                &root,
                &RecipientsChart {
                    points,
                    format_value: &fmt,
                    y_desc: "personer",
                    font_px: 14,
                },
            )
            .unwrap();
        }
        out
    }

    #[test]
    fn draws_a_labelled_line_through_every_point() {
        let out = svg(&[(2014, 161000.0), (2016, 178000.0), (2022, 194000.0)]);
        assert!(out.contains("<polyline"), "a line series");
        assert_eq!(out.matches("<circle").count(), 3, "one marker per point");
        for label in ["161000", "178000", "194000", "personer", "2016"] {
            assert!(out.contains(label), "missing {label}");
        }
    }

    #[test]
    fn an_empty_series_draws_only_the_background() {
        let out = svg(&[]);
        assert!(!out.contains("<polyline"));
        assert!(!out.contains("<circle"));
    }
}
