//! The glance chart: a small column per area, its unmet need in the area's
//! colour, with a dark tick where "no change" would be, children's areas
//! left of a gap and adults' right of it, each group named underneath. The
//! axis starts at 0 and ends at the first 1, 2, 2.5 or 5 times a power of ten
//! that holds every column and tick, labelled; the ticks keep it steady
//! while a slider lowers the columns. Small enough to stay on screen beside
//! the sliders; the coverage chart and its table name every area.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{area_colour, BASELINE, GRID};
use super::util::{err, font, stroke, text_width};
use crate::model::analysis::glance::GlanceColumn;
use crate::model::data::dataset::Group;

/// What the glance chart draws.
pub struct GlanceChart<'a> {
    /// The columns, children's areas first (as [`glance`] orders them).
    ///
    /// [`glance`]: crate::model::analysis::glance::glance
    pub columns: &'a [GlanceColumn],
    /// The two groups' names in the reader's language: children, adults.
    pub group_names: [&'a str; 2],
    /// Formats the top of the axis, in DKK (e.g. "1,5 mia. kr.").
    pub format_value: &'a dyn Fn(f64) -> String,
    /// Font size of labels, in backend pixels.
    pub font_px: u32,
}

/// The top of the axis: the first 1, 2, 2.5 or 5 times a power of ten that
/// holds every column and tick (1 when none is positive and finite).
pub fn axis_top(columns: &[GlanceColumn]) -> f64 {
    let most = columns
        .iter()
        .flat_map(|c| [c.unmet_dkk, c.baseline_dkk])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    if most <= 0.0 {
        return 1.0;
    }
    let power = 10f64.powf(most.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|top| most <= *top * (1.0 + 1e-9))
        .unwrap_or(10.0 * power)
}

/// Draws the glance chart on `area`. No columns draws only the background.
pub fn draw_glance<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &GlanceChart,
) -> Result<(), String> {
    area.fill(&WHITE).map_err(err)?;
    let n = chart.columns.len() as i32;
    if n == 0 {
        return area.present().map_err(err);
    }
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let px = chart.font_px as i32;
    let top_dkk = axis_top(chart.columns);
    let top_label = (chart.format_value)(top_dkk);
    let label_w = text_width(&top_label, chart.font_px) as i32 + px / 2;
    let top = px / 2 + 1;
    let bottom = h - px - px / 2;
    if bottom - top < 4 || w - label_w < 2 * n {
        return area.present().map_err(err);
    }
    let left = label_w;
    let gap = px;
    let first_adult = chart
        .columns
        .iter()
        .position(|c| c.group == Group::Adults)
        .unwrap_or(chart.columns.len()) as i32;
    let gaps = i32::from(first_adult > 0 && first_adult < n);
    let slot = ((w - left - gaps * gap) / n).max(2);
    let bar = (slot * 4 / 5).max(1);
    let x_of = |i: i32| left + i * slot + if i >= first_adult { gaps * gap } else { 0 };
    let y_of = |dkk: f64| {
        let s = if dkk.is_finite() {
            (dkk / top_dkk).clamp(0.0, 1.0)
        } else {
            0.0
        };
        bottom - ((f64::from(bottom - top)) * s).round() as i32
    };

    // The 0 and top lines, and the top's label.
    let thin = stroke(chart.font_px, 1.0);
    for y in [top, bottom] {
        area.draw(&PathElement::new(
            vec![(left, y), (w, y)],
            GRID.stroke_width(thin),
        ))
        .map_err(err)?;
    }
    let label = font(chart.font_px).pos(Pos::new(HPos::Right, VPos::Center));
    area.draw_text(&top_label, &label, (left - px / 4, top))
        .map_err(err)?;

    let tick = stroke(chart.font_px, 2.5);
    for (i, c) in chart.columns.iter().enumerate() {
        let x = x_of(i as i32);
        area.draw(&Rectangle::new(
            [(x, y_of(c.unmet_dkk)), (x + bar, bottom)],
            area_colour(c.area).filled(),
        ))
        .map_err(err)?;
        let yb = y_of(c.baseline_dkk);
        area.draw(&PathElement::new(
            vec![(x - 1, yb), (x + bar + 1, yb)],
            BASELINE.stroke_width(tick),
        ))
        .map_err(err)?;
    }

    // The groups' names, centred under their columns.
    let name = font(chart.font_px).pos(Pos::new(HPos::Center, VPos::Top));
    let spans = [(0, first_adult), (first_adult, n)];
    for (name_text, (from, to)) in chart.group_names.iter().zip(spans) {
        if to > from {
            let mid = (x_of(from) + x_of(to - 1) + bar) / 2;
            area.draw_text(name_text, &name, (mid, bottom + px / 4))
                .map_err(err)?;
        }
    }
    area.present().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::palette::area_colour;
    use crate::charts::util::test_support::{hex, render};
    use crate::model::analysis::glance::glance;
    use crate::model::analysis::summary::key_figures;
    use crate::model::{project_central, DataSet, Scenario};

    fn columns(s: &Scenario) -> Vec<GlanceColumn> {
        let ds = DataSet::builtin();
        let c = project_central(s, &ds).expect("central");
        let b = project_central(&Scenario::neutral(), &ds).expect("baseline");
        let last = c.years.len() - 1;
        glance(&ds, &key_figures(&c, &b, None, last), &c, &b, last).columns
    }

    fn draw(cols: &[GlanceColumn], size: (u32, u32)) -> String {
        render("glance", size, |a| {
            draw_glance(
                a,
                &GlanceChart {
                    columns: cols,
                    group_names: ["Børn og unge", "Voksne"],
                    format_value: &|v| format!("{:.2} mia.", v / 1e9),
                    font_px: 12,
                },
            )
        })
    }

    #[test]
    fn every_area_has_its_column_and_both_groups_are_named() {
        let cols = columns(&Scenario::neutral());
        let svg = draw(&cols, (360, 90));
        for c in &cols {
            assert!(svg.contains(&hex(area_colour(c.area))), "area {}", c.area);
        }
        assert!(svg.contains("Børn og unge") && svg.contains("Voksne"));
        let top = axis_top(&cols);
        let most = cols.iter().map(|c| c.unmet_dkk).fold(0.0, f64::max);
        assert!(most <= top && top < 2.5 * most, "{most} under {top}");
        assert!(svg.contains(&format!("{:.2} mia.", top / 1e9)));
    }

    #[test]
    fn a_moved_weight_draws_another_chart() {
        let mut s = Scenario::neutral();
        s.priorities.social_professional = 1.0;
        let moved = draw(&columns(&s), (360, 90));
        assert_ne!(moved, draw(&columns(&Scenario::neutral()), (360, 90)));
    }

    #[test]
    fn nothing_to_draw_and_too_small_boxes_draw_without_panicking() {
        let cols = columns(&Scenario::neutral());
        let empty = draw(&[], (360, 90));
        assert!(!empty.contains("Voksne"));
        for size in [(1, 1), (20, 10), (30, 200)] {
            draw(&cols, size);
        }
        let mut odd = cols.clone();
        odd[0].unmet_dkk = f64::NAN;
        odd[1].unmet_dkk = 7.0e9;
        assert_eq!(axis_top(&odd), 1.0e10);
        assert_eq!(axis_top(&[]), 1.0);
        draw(&odd, (360, 90));
    }
}
