//! The chart colours: the Okabe–Ito palette, distinguishable with the
//! common colour-vision deficiencies, plus ink and grid greys.

use plotters::style::RGBColor;

/// Text and axis colour.
pub const INK: RGBColor = RGBColor(0x1f, 0x29, 0x33);
/// Light grid lines.
pub const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe1);
/// The main series colour (Okabe–Ito blue).
pub const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xb2);
/// A second series colour (Okabe–Ito vermillion).
pub const VERMILLION: RGBColor = RGBColor(0xd5, 0x5e, 0x00);
