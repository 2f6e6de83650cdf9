//! The formats a scenario travels in: share links (`link`), the saved list
//! (`scenario_list`), CSV exports (`export`) and QR codes (`qr`).

pub mod export;
pub mod link;
pub mod qr;
pub mod scenario_list;
