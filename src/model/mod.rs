//! The pure model: data types, loading and validation of `data/`, and the
//! projection. No browser types live here, so `cargo test` runs it natively.

pub mod content;
pub mod sources;
pub mod text;
pub mod allocation;
pub mod bands;
pub mod ceiling;
pub mod dataset;
pub mod error;
pub mod need;
pub mod phase;
pub mod prevention;
pub mod projection;
pub mod scenario;
pub mod squeeze;
pub mod uncertainty;
pub mod validate;

pub use dataset::DataSet;
pub use error::ModelError;
pub use bands::BandedProjection;
pub use projection::{project, project_baseline, project_central, Projection};
pub use scenario::Scenario;
pub use uncertainty::Band;
