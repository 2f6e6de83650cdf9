//! The pure model: data types, loading and validation of `data/`, and the
//! projection. No browser types live here, so `cargo test` runs it natively.

pub mod allocation;
pub mod bands;
pub mod board;
pub mod ceiling;
pub mod cockpit;
pub mod compare;
pub mod content;
pub mod dataset;
pub mod error;
pub mod export;
pub mod import;
pub mod link;
pub mod need;
pub mod phase;
pub mod prevention;
pub mod projection;
pub mod qr;
pub mod scenario;
pub mod scenario_list;
pub mod sources;
pub mod squeeze;
pub mod text;
pub mod uncertainty;
pub mod validate;

pub use bands::BandedProjection;
pub use dataset::DataSet;
pub use error::ModelError;
pub use projection::{project, project_baseline, project_central, Projection};
pub use scenario::Scenario;
pub use uncertainty::Band;
pub mod lens;
pub mod summary;
