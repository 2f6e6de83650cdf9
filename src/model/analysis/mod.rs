//! What each view needs from projections: key figures (`summary`), scenarios
//! side by side (`compare`), the workshop board (`board`), what a lens
//! changes (`lens`) and the steering cockpit (`cockpit`).

pub mod board;
pub mod cockpit;
pub mod compare;
pub mod lens;
pub mod summary;
