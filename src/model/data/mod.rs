//! The data set: areas, services, levers and approaches with their sources
//! (`data/model.json`), its validation, the sources' registry and the
//! built-in texts of the seeds (`content`), the six cities' recommendations
//! that the browser fetches on demand (`recommendations`); and how anything
//! from outside is read (`input`: the size limit and the strict JSON reader).

pub mod content;
pub mod dataset;
pub mod input;
pub mod localized;
pub mod recommendations;
pub mod sources;
pub mod validate;
