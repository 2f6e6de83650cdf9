//! The data set: areas, services, levers and approaches with their sources
//! (`data/model.json`), its validation, the sources' registry and the
//! built-in texts of the seeds (`data/content.json`); and how anything from
//! outside is read (`input`: the size limit and the strict JSON reader).

pub mod content;
pub mod dataset;
pub mod input;
pub mod localized;
pub mod sources;
pub mod validate;
