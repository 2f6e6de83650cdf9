//! What each view needs from projections: key figures (`summary`), scenarios
//! side by side (`compare`), the workshop board (`board`), what a lens
//! changes (`lens`), the warm-up's weights from pairwise answers
//! (`pairwise`), the figures and chart that stay on screen while a slider
//! moves (`glance`), the steering cockpit (`cockpit`), what a number on
//! screen rests on (`grounding`), and the check that a projection holds
//! only finite numbers (`finite`).

pub mod board;
pub mod cockpit;
pub mod compare;
pub mod finite;
pub mod glance;
pub mod grounding;
pub mod lens;
pub mod pairwise;
pub mod summary;
