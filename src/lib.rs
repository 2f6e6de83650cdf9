//! Prioritet: a policy-prioritisation explorer for the Danish specialised
//! social area. The crate's pure part (`model`, `text`, `charts`) compiles
//! natively for tests and the command-line runner; the browser UI (`ui`)
//! only exists on `wasm32`.

pub mod charts;
pub mod model;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
