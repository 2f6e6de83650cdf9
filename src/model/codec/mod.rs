//! The formats a scenario travels in: share links (`link`), the saved list
//! (`scenario_list`), CSV exports (`export`), QR codes (`qr`) and jobs for
//! the bands worker (`bands_job`).

pub mod bands_job;
pub mod export;
pub mod link;
pub mod qr;
pub mod scenario_list;
