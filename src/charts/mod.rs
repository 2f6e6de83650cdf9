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

use crate::model::{BandedProjection, Projection};

/// What the year-by-year money charts (spending, squeeze, prevention) draw:
/// the scenario, its "no change" baseline and its p10–p90 bands, in DKK,
/// with the axis texts in the reader's language.
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
}
