//! The projection, year by year (`docs/model.md`): need and its growth,
//! phase-in of levers, prevention, the ceiling council, allocation within
//! the frame, the squeeze on other services, and the uncertainty bands.

pub mod allocation;
pub mod bands;
pub mod ceiling;
pub mod need;
pub mod phase;
pub mod prevention;
pub mod projection;
pub mod squeeze;
pub mod uncertainty;
