//! The chart colours: the Okabe–Ito palette, distinguishable with the
//! common colour-vision deficiencies, plus ink and grid greys, and the
//! fixed colours of areas, services, decisions and payers. The UI draws its
//! HTML legends with [`css`] of the same constants, so swatches match.

use plotters::style::RGBColor;

use crate::model::data::dataset::Decision;

/// Text and axis colour.
pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
/// Light grid lines.
pub const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe1);
/// The main series colour (Okabe–Ito blue).
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xb2);
/// A second series colour (Okabe–Ito vermillion).
pub const VERMILLION: RGBColor = RGBColor(0xd5, 0x5e, 0x00);

/// Colours of the intervention areas, in the order of the data set's areas
/// (use [`area_colour`]): six Okabe–Ito colours, five from Paul Tol's
/// colour-blind-safe "muted" scheme and a brown; red is kept for overspend.
/// Neighbours in a stack differ in hue and lightness. Spending and coverage charts use the same colour for
/// the same area, so one HTML legend serves both.
pub const AREA_COLOURS: [RGBColor; 12] = [
    RGBColor(0x00, 0x72, 0xb2), // blue
    RGBColor(0xe6, 0x9f, 0x00), // orange
    RGBColor(0x00, 0x9e, 0x73), // bluish green
    RGBColor(0xcc, 0x79, 0xa7), // reddish purple
    RGBColor(0x56, 0xb4, 0xe9), // sky blue
    RGBColor(0x88, 0x22, 0x55), // wine
    RGBColor(0xf0, 0xe4, 0x42), // yellow
    RGBColor(0x33, 0x22, 0x88), // indigo
    RGBColor(0x99, 0x99, 0x33), // olive
    RGBColor(0x8c, 0x56, 0x4b), // brown
    RGBColor(0x44, 0xaa, 0x99), // teal
    RGBColor(0xdd, 0xcc, 0x77), // sand
];

/// The colour of intervention area `i` (its index in the data set's and the
/// projection's area list); repeats after twelve areas.
pub fn area_colour(i: usize) -> RGBColor {
    AREA_COLOURS[i % AREA_COLOURS.len()]
}

/// Prevention counted against the frame, the top layer of the spending
/// stack (a neutral grey, so it does not pass for an area).
pub const PREVENTION_IN_FRAME: RGBColor = RGBColor(0x8c, 0x96, 0xa0);
/// The economic frame (*rammen*): a bold near-black line.
pub const FRAME: RGBColor = RGBColor(0x00, 0x00, 0x00);
/// Overspend above the frame: red hatching over the stack.
pub const OVERSPEND: RGBColor = RGBColor(0xb0, 0x00, 0x20);
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
/// use prioritet::charts::palette::{css, area_colour};
/// assert_eq!(css(area_colour(0)), "#0072b2");
/// ```
pub fn css(colour: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2)
}
