//! The chart colours: the Okabe–Ito palette, distinguishable with the
//! common colour-vision deficiencies, plus ink and grid greys, and the
//! fixed colours of area groups, services, decisions and payers. The UI draws its
//! HTML legends with [`css`] of the same constants, so swatches match.

use plotters::style::RGBColor;

use crate::model::data::dataset::{Decision, Group};

/// Text and axis colour.
pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
/// Light grid lines.
pub const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe1);
/// The main series colour (Okabe–Ito blue).
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xb2);
/// A second series colour (Okabe–Ito vermillion).
pub const VERMILLION: RGBColor = RGBColor(0xd5, 0x5e, 0x00);

/// The children's areas (*Børn og unge*): Okabe–Ito sky blue.
pub const CHILDREN: RGBColor = RGBColor(0x56, 0xb4, 0xe9);
/// The adults' areas (*Voksne*): Okabe–Ito blue, darker than the children's.
pub const ADULTS: RGBColor = RGBColor(0x00, 0x72, 0xb2);

/// The colour of a group of areas, and of each of its areas. Fourteen
/// areas in fourteen colours cannot be told apart on a projector; two groups
/// can (the tables and the coverage chart name every area). The spending and
/// coverage charts and the HTML legend colour an area by its group.
pub fn group_colour(group: Group) -> RGBColor {
    match group {
        Group::Children => CHILDREN,
        Group::Adults => ADULTS,
    }
}

/// The glance chart: an area where more need goes unmet than with no change.
pub const GLANCE_MORE_UNMET: RGBColor = VERMILLION;
/// The glance chart: an area where less need goes unmet than with no change.
pub const GLANCE_LESS_UNMET: RGBColor = RGBColor(0x00, 0x9e, 0x73);

/// Prevention counted against the frame, the top layer of the spending
/// stack (a neutral grey, so it does not pass for an area).
pub const PREVENTION_IN_FRAME: RGBColor = RGBColor(0x8c, 0x96, 0xa0);
/// The economic frame (*rammen*): a bold near-black line.
pub const FRAME: RGBColor = RGBColor(0x00, 0x00, 0x00);
/// Overspend above the frame: Okabe–Ito vermillion, a warm colour against
/// the blues inside the frame.
pub const OVERSPEND: RGBColor = VERMILLION;
/// The "no change" baseline: a dashed dark-grey line or tick.
pub const BASELINE: RGBColor = RGBColor(0x4a, 0x4a, 0x4a);
/// The p10–p90 uncertainty whiskers and bands.
pub const BAND: RGBColor = INK;

/// Colours of the other municipal services the overspend is taken from, in
/// the projection's `squeeze` order (schools, day care, elder care; use
/// [`service_colour`]).
pub const SERVICE_COLOURS: [RGBColor; 3] = [
    RGBColor(0x56, 0xb4, 0xe9), // schools: sky blue
    RGBColor(0xe6, 0x9f, 0x00), // day care: orange
    RGBColor(0xcc, 0x79, 0xa7), // elder care: reddish purple
];

/// The colour of other service `i` in the projection's `squeeze` list.
pub fn service_colour(i: usize) -> RGBColor {
    SERVICE_COLOURS[i % SERVICE_COLOURS.len()]
}

/// The ceiling council says yes: the case is funded in full.
pub const DECISION_YES: RGBColor = RGBColor(0x00, 0x9e, 0x73);
/// The ceiling council says partly: funded up to the ceiling plus a share.
pub const DECISION_PARTLY: RGBColor = RGBColor(0xe6, 0x9f, 0x00);
/// The ceiling council says no: funded up to the ceiling only.
pub const DECISION_NO: RGBColor = RGBColor(0xd5, 0x5e, 0x00);

/// The colour of a ceiling-council decision.
pub fn decision_colour(decision: Decision) -> RGBColor {
    match decision {
        Decision::Yes => DECISION_YES,
        Decision::Partly => DECISION_PARTLY,
        Decision::No => DECISION_NO,
    }
}

/// Money the ceiling council frees.
pub const FREED: RGBColor = BLUE;
/// Money the ceiling would free only with national legislation: hatched.
pub const LEGISLATION: RGBColor = RGBColor(0xcc, 0x79, 0xa7);

/// Prevention cost or gain for the municipality.
pub const PAYER_MUNICIPALITY: RGBColor = RGBColor(0x00, 0x72, 0xb2);
/// Prevention gain for the region.
pub const PAYER_REGION: RGBColor = RGBColor(0x00, 0x9e, 0x73);
/// Prevention cost (refund) or gain for the state.
pub const PAYER_STATE: RGBColor = RGBColor(0xe6, 0x9f, 0x00);

/// A colour as a CSS hex string (`#0072b2`), for the HTML legends' swatches.
///
/// ```
/// use prioritet::charts::palette::{css, group_colour};
/// use prioritet::model::data::dataset::Group;
/// assert_eq!(css(group_colour(Group::Children)), "#56b4e9");
/// ```
pub fn css(colour: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2)
}

/// The colour difference ΔE (CIE76, in CIELAB) between two colours: about
/// 2 is just noticeable, above 20 tells two series apart at a glance.
///
/// ```
/// use prioritet::charts::palette::{delta_e, ADULTS, CHILDREN};
/// assert!(delta_e(CHILDREN, ADULTS) > 20.0);
/// ```
pub fn delta_e(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (lab(a), lab(b));
    ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2)).sqrt()
}

/// An sRGB colour in CIELAB (D65).
fn lab(c: RGBColor) -> [f64; 3] {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (lin(c.0), lin(c.1), lin(c.2));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DataSet;

    /// Every pair of `colours` differs by at least `margin` ΔE.
    fn pairwise_distinct(chart: &str, colours: &[(&str, RGBColor)], margin: f64) {
        for (i, (a, ca)) in colours.iter().enumerate() {
            for (b, cb) in &colours[i + 1..] {
                let d = delta_e(*ca, *cb);
                assert!(d >= margin, "{chart}: {a} and {b} are alike (ΔE {d:.1})");
            }
        }
    }

    #[test]
    fn the_data_set_lists_the_children_s_areas_first() {
        // The spending chart labels each group's stack as one band.
        let ds = DataSet::builtin();
        let first_adult = ds.areas.iter().position(|a| a.group == Group::Adults);
        let first_adult = first_adult.expect("adults' areas");
        assert!(first_adult > 0);
        assert!(ds.areas[first_adult..]
            .iter()
            .all(|a| a.group == Group::Adults));
    }

    /// The fills and lines of each chart (the p10–p90 whiskers are not a
    /// series: near-black marks with a white halo on any of them).
    #[test]
    fn the_series_of_each_chart_are_told_apart_at_a_glance() {
        let margin = 20.0;
        pairwise_distinct(
            "spending",
            &[
                ("children", CHILDREN),
                ("adults", ADULTS),
                ("prevention", PREVENTION_IN_FRAME),
                ("overspend", OVERSPEND),
                ("frame", FRAME),
                ("baseline", BASELINE),
                ("grid", GRID),
            ],
            margin,
        );
        pairwise_distinct(
            "squeeze",
            &[
                ("schools", SERVICE_COLOURS[0]),
                ("day care", SERVICE_COLOURS[1]),
                ("elder care", SERVICE_COLOURS[2]),
                ("baseline", BASELINE),
            ],
            margin,
        );
        pairwise_distinct(
            "ceiling",
            &[
                ("yes", DECISION_YES),
                ("partly", DECISION_PARTLY),
                ("no", DECISION_NO),
                ("freed", FREED),
                ("legislation", LEGISLATION),
            ],
            margin,
        );
        pairwise_distinct(
            "prevention",
            &[
                ("municipality", PAYER_MUNICIPALITY),
                ("region", PAYER_REGION),
                ("state", PAYER_STATE),
            ],
            margin,
        );
        pairwise_distinct(
            "coverage",
            &[
                ("children", CHILDREN),
                ("adults", ADULTS),
                ("baseline", BASELINE),
            ],
            margin,
        );
    }

    #[test]
    fn delta_e_is_zero_for_one_colour_and_large_for_black_and_white() {
        assert!(delta_e(BLUE, BLUE) < 1e-9);
        assert!((delta_e(RGBColor(0, 0, 0), RGBColor(255, 255, 255)) - 100.0).abs() < 0.5);
    }
}
