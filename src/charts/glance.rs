//! The glance chart: how each area's unmet need differs from "no change",
//! one small column per area, up in vermillion where more goes unmet, down
//! in bluish green where less does, children's areas left of a gap and
//! adults' right of it, each group named underneath. The scale is the same
//! up and down and ends at the first 1, 2, 2.5 or 5 times a power of ten
//! that holds the largest change, written at both ends, so a weight that
//! moves a few millions between areas shows as plainly as a lever that moves
//! billions, and the label says which. With no change it says so in words,
//! without an axis. Small enough to stay on screen beside the sliders.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{GLANCE_LESS_UNMET, GLANCE_MORE_UNMET, GRID, INK};
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
    /// Formats an amount in DKK for the scale's ends (e.g. "50 mio. kr.").
    pub format_value: &'a dyn Fn(f64) -> String,
    /// Said instead of the chart when nothing has changed.
    pub no_change: &'a str,
    /// Font size of labels, in backend pixels.
    pub font_px: u32,
}

/// The end of the scale: the first 1, 2, 2.5 or 5 times a power of ten
/// that holds the largest change either way; `None` with no change.
pub fn scale_end(columns: &[GlanceColumn]) -> Option<f64> {
    let most = columns
        .iter()
        .map(|c| c.change_dkk().abs())
        .fold(0.0, f64::max);
    if most <= 0.0 {
        return None;
    }
    let power = 10f64.powf(most.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|end| most <= *end * (1.0 + 1e-9))
}

/// Draws the glance chart on `area`. No columns draws only the background;
/// no change draws the words for it.
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
    let Some(end) = scale_end(chart.columns) else {
        let centre = font(chart.font_px).pos(Pos::new(HPos::Center, VPos::Center));
        area.draw_text(chart.no_change, &centre, (w / 2, h / 2))
            .map_err(err)?;
        return area.present().map_err(err);
    };
    let up = format!("+{}", (chart.format_value)(end));
    let down = format!("\u{2212}{}", (chart.format_value)(end));
    let label_w =
        text_width(&up, chart.font_px).max(text_width(&down, chart.font_px)) as i32 + px / 2;
    let top = px / 2 + 1;
    let bottom = h - px - px / 2;
    let middle = (top + bottom) / 2;
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
    let half = f64::from(middle - top);
    let y_of = |dkk: f64| middle - (half * (dkk / end).clamp(-1.0, 1.0)).round() as i32;

    // The scale's ends, the zero line and the ends' labels.
    let thin = stroke(chart.font_px, 1.0);
    for y in [top, bottom] {
        area.draw(&PathElement::new(
            vec![(left, y), (w, y)],
            GRID.stroke_width(thin),
        ))
        .map_err(err)?;
    }
    area.draw(&PathElement::new(
        vec![(left, middle), (w, middle)],
        INK.stroke_width(thin),
    ))
    .map_err(err)?;
    let label = font(chart.font_px).pos(Pos::new(HPos::Right, VPos::Center));
    area.draw_text(&up, &label, (left - px / 4, top))
        .map_err(err)?;
    area.draw_text(&down, &label, (left - px / 4, bottom))
        .map_err(err)?;

    for (i, c) in chart.columns.iter().enumerate() {
        let change = c.change_dkk();
        if change == 0.0 {
            continue;
        }
        let x = x_of(i as i32);
        let y = y_of(change);
        let colour = if change > 0.0 {
            GLANCE_MORE_UNMET
        } else {
            GLANCE_LESS_UNMET
        };
        // At least a pixel's height, so a change the scale rounds away shows.
        let (y0, y1) = if y == middle {
            (
                middle - i32::from(change > 0.0),
                middle + i32::from(change < 0.0),
            )
        } else {
            (y.min(middle), y.max(middle))
        };
        area.draw(&Rectangle::new([(x, y0), (x + bar, y1)], colour.filled()))
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
                    format_value: &|v| format!("{:.0} mio.", v / 1e6),
                    no_change: "Ingen ændring endnu",
                    font_px: 12,
                },
            )
        })
    }

    #[test]
    fn with_no_change_the_chart_says_so_in_words() {
        let svg = draw(&columns(&Scenario::neutral()), (360, 90));
        assert!(svg.contains("Ingen ændring endnu"));
        assert!(!svg.contains(&hex(GLANCE_MORE_UNMET)) && !svg.contains(&hex(GLANCE_LESS_UNMET)));
    }

    #[test]
    fn a_moved_weight_moves_need_between_areas_up_and_down() {
        let mut s = Scenario::neutral();
        s.priorities.social_professional = 0.7;
        let cols = columns(&s);
        let svg = draw(&cols, (360, 90));
        assert!(svg.contains(&hex(GLANCE_MORE_UNMET)), "some areas lose");
        assert!(svg.contains(&hex(GLANCE_LESS_UNMET)), "some areas gain");
        assert!(svg.contains("Børn og unge") && svg.contains("Voksne"));
        let end = scale_end(&cols).expect("a change");
        let most = cols
            .iter()
            .map(|c| c.change_dkk().abs())
            .fold(0.0, f64::max);
        assert!(most <= end && end < 2.5 * most, "{most} under {end}");
        let end_label = format!("{:.0} mio.", end / 1e6);
        assert!(
            svg.contains(&format!("+{end_label}")) && svg.contains(&format!("\u{2212}{end_label}"))
        );
    }

    #[test]
    fn a_lever_that_lowers_need_draws_only_less_unmet() {
        let mut s = Scenario::neutral();
        s.levers.cross_sector = 1.0;
        let svg = draw(&columns(&s), (360, 90));
        assert!(svg.contains(&hex(GLANCE_LESS_UNMET)));
    }

    #[test]
    fn nothing_to_draw_and_too_small_boxes_draw_without_panicking() {
        let mut s = Scenario::neutral();
        s.priorities.budget_squeeze = 0.9;
        let cols = columns(&s);
        let empty = draw(&[], (360, 90));
        assert!(!empty.contains("Voksne"));
        for size in [(1, 1), (20, 10), (30, 200)] {
            draw(&cols, size);
        }
        let mut odd = cols.clone();
        odd[0].unmet_dkk = f64::NAN;
        odd[1].unmet_dkk = 7.0e9;
        assert_eq!(scale_end(&odd), Some(1.0e10));
        assert_eq!(scale_end(&[]), None);
        draw(&odd, (360, 90));
    }
}
