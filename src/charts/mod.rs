//! Charts as functions generic over the plotters drawing backend: the
//! browser draws them on a canvas, native tests draw the same functions to
//! SVG. They draw what they are given and compute nothing of the model.

pub mod ceiling;
pub mod coverage;
pub mod palette;
pub mod prevention;
pub mod recipients;
pub mod spending;
pub mod squeeze;
mod util;
