//! Where every number comes from. Each figure in `data/` is a [`Sourced`]
//! value that names an entry of the source registry (`data/sources.json`) and
//! its status, following `DATA-SOURCES.md`: stated in a public source, stated
//! in a seed document, derived by arithmetic, or an illustrative assumption.

use serde::{Deserialize, Serialize};

use crate::model::data::localized::Localized;

/// The source id every illustrative assumption uses.
pub const ILLUSTRATIVE: &str = "illustrative";

/// How firmly a figure is grounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// "V": stated in the named public source.
    #[serde(rename = "V")]
    Stated,
    /// "S": stated in one of the seed documents.
    #[serde(rename = "S")]
    Seed,
    /// "D": arithmetic on stated figures (the note says which).
    #[serde(rename = "D")]
    Derived,
    /// "I": an illustrative assumption with no source.
    #[serde(rename = "I")]
    Illustrative,
}

/// One public source or seed document in the registry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id that figures refer to, e.g. `sr_2023`.
    pub id: String,
    /// Short citation shown under charts and numbers.
    pub citation: Localized,
    /// Year of publication (or of the figures), where known.
    #[serde(default)]
    pub year: Option<u16>,
    /// Seed file name under `shared/seeds/` for seed documents.
    #[serde(default)]
    pub seed_file: Option<String>,
}

/// The registry of sources, loaded from `data/sources.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceRegistry {
    /// Format version of the file.
    pub version: u32,
    /// All sources, the illustrative-assumption entry among them.
    pub sources: Vec<Source>,
}

impl SourceRegistry {
    /// The source with this id, if any.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// A number with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sourced {
    /// The figure itself, in the unit its field name says.
    pub value: f64,
    /// Id of an entry in the source registry ([`ILLUSTRATIVE`] for assumptions).
    pub source: String,
    /// How firmly the figure is grounded.
    pub status: Status,
    /// How it was derived or what it covers, where that needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Sourced {
    /// Checks the provenance against the registry; `field` names the figure
    /// in the message. An illustrative assumption must say so in both its
    /// status and its source, and every other figure must cite a known source.
    pub fn check(&self, field: &str, registry: &SourceRegistry) -> Result<(), String> {
        if !self.value.is_finite() {
            return Err(format!("{field}: the value is not a finite number"));
        }
        let illustrative_source = self.source == ILLUSTRATIVE;
        let illustrative_status = self.status == Status::Illustrative;
        if illustrative_source != illustrative_status {
            return Err(format!(
                "{field}: status and source disagree on whether this is an illustrative assumption"
            ));
        }
        if registry.get(&self.source).is_none() {
            return Err(format!("{field}: unknown source '{}'", self.source));
        }
        if self.status == Status::Derived && self.note.is_none() {
            return Err(format!(
                "{field}: a derived figure needs a note with its arithmetic"
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> SourceRegistry {
        let loc = |s: &str| Localized {
            da: s.into(),
            en: s.into(),
        };
        SourceRegistry {
            version: 1,
            sources: vec![
                Source {
                    id: "sr_2023".into(),
                    citation: loc("SR 2023"),
                    year: Some(2023),
                    seed_file: None,
                },
                Source {
                    id: ILLUSTRATIVE.into(),
                    citation: loc("illustrative"),
                    year: None,
                    seed_file: None,
                },
            ],
        }
    }

    fn fig(source: &str, status: Status) -> Sourced {
        Sourced {
            value: 1.0,
            source: source.into(),
            status,
            note: None,
        }
    }

    #[test]
    fn accepts_a_stated_figure_and_an_assumption() {
        let r = registry();
        assert!(fig("sr_2023", Status::Stated).check("x", &r).is_ok());
        assert!(fig(ILLUSTRATIVE, Status::Illustrative)
            .check("x", &r)
            .is_ok());
    }

    #[test]
    fn rejects_unknown_sources_and_mislabelled_assumptions() {
        let r = registry();
        let e = fig("nowhere", Status::Stated).check("areas[0].unit_cost", &r);
        assert!(e.unwrap_err().contains("areas[0].unit_cost"));
        assert!(fig(ILLUSTRATIVE, Status::Stated).check("x", &r).is_err());
        assert!(fig("sr_2023", Status::Illustrative).check("x", &r).is_err());
        assert!(fig("sr_2023", Status::Derived).check("x", &r).is_err());
    }
}
