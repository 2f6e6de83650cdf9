//! The pure model: data types, loading and validation of `data/`, and the
//! projection. No browser types live here, so `cargo test` runs it natively.

pub mod sources;
pub mod text;
pub mod content;
