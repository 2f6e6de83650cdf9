//! The pure model, in layers that only look down: typed ids and errors; the
//! data set (`data`); the scenario a council chooses; reading a
//! municipality's file (`import`); the projection (`engine`); what each view
//! needs from it (`analysis`); and the formats it is shared in (`codec`).
//! No browser types live here, so `cargo test` runs it natively.

pub mod analysis;
pub mod codec;
pub mod data;
pub mod digits;
pub mod engine;
pub mod error;
pub mod ids;
pub mod import;
pub mod scenario;

pub use data::dataset::DataSet;
pub use engine::bands::BandedProjection;
pub use engine::projection::{project, project_baseline, project_central, Projection};
pub use engine::uncertainty::Band;
pub use error::ModelError;
pub use scenario::Scenario;
