//! The six largest cities' five recommendations (seed 001), verbatim in
//! Danish with an English translation. Only the background view shows them,
//! so the browser app fetches `recommendations.json` from the site when that
//! view first opens instead of carrying it in the wasm; native code (the
//! tests) reads the file from `data/` at compile time.

use serde::{Deserialize, Serialize};

use crate::model::data::dataset::Horizon;
use crate::model::data::localized::Localized;
use crate::model::data::sources::SourceRegistry;

/// The file's name, in `data/` and beside `index.html` in the built site
/// (relative, so the site works under a sub-path).
pub const FILE: &str = "recommendations.json";

/// A titled part of a recommendation (solutions, gains).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The part's heading, without its label (e.g. without "Løsninger: ").
    pub heading: Localized,
    /// Its paragraphs.
    pub paragraphs: Vec<Localized>,
}

/// The time-horizon part of a recommendation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HorizonSection {
    /// The horizon as a category the model can use.
    pub term: Horizon,
    /// The heading as the seed words it (e.g. "Mellemlang sigt").
    pub heading: Localized,
    /// Its paragraphs.
    pub paragraphs: Vec<Localized>,
}

/// One of the six largest cities' five recommendations (seed 001).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    /// Its number, 1 to 5, as in the catalogue.
    pub number: u8,
    /// Stable id, shared with the model's levers.
    pub id: String,
    /// The question that opens its section.
    pub question: Localized,
    /// Paragraphs between the question and the recommendation.
    pub intro: Vec<Localized>,
    /// The recommendation itself.
    pub title: Localized,
    /// The problem it addresses.
    pub problem: Vec<Localized>,
    /// The solutions (*Løsninger*).
    pub solutions: Section,
    /// The gains (*Gevinster*).
    pub gains: Section,
    /// The time horizon (*Tidshorisont*).
    pub horizon: HorizonSection,
    /// Every "6-byerne anbefaler, at" bullet.
    pub bullets: Vec<Localized>,
}

/// The five recommendations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recommendations {
    /// Format version of `data/recommendations.json`.
    pub version: u32,
    /// Source id of the seed the texts come from.
    pub source: String,
    /// The recommendations, in the catalogue's order.
    pub recommendations: Vec<Recommendation>,
}

impl Recommendations {
    /// Parses and checks `recommendations.json` against the source
    /// registry; the error names the file and the field.
    pub fn from_json(json: &str, sources: &SourceRegistry) -> Result<Recommendations, String> {
        let recs: Recommendations =
            serde_json::from_str(json).map_err(|e| format!("{FILE}: {e}"))?;
        recs.check(sources)?;
        Ok(recs)
    }

    /// The file in `data/`, read at compile time. Native only: the browser
    /// app fetches it instead (see the module's doc).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin(sources: &SourceRegistry) -> Result<Recommendations, String> {
        let json = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/recommendations.json"
        ));
        Recommendations::from_json(json, sources)
    }

    /// Checks that there are five, numbered 1 to 5 in order, and that the
    /// seed they come from is in the registry.
    pub fn check(&self, sources: &SourceRegistry) -> Result<(), String> {
        let numbers: Vec<u8> = self.recommendations.iter().map(|r| r.number).collect();
        if numbers != [1, 2, 3, 4, 5] {
            return Err(format!("{FILE}: recommendations: must be numbered 1 to 5"));
        }
        if sources.get(&self.source).is_none() {
            return Err(format!("{FILE}: source: unknown source '{}'", self.source));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::content::Content;

    fn sources() -> SourceRegistry {
        Content::builtin().unwrap().sources
    }

    #[test]
    fn the_file_in_data_is_valid() {
        let recs = Recommendations::builtin(&sources()).unwrap();
        assert_eq!(recs.recommendations.len(), 5);
    }

    #[test]
    fn numbering_and_source_are_checked() {
        let sources = sources();
        let mut recs = Recommendations::builtin(&sources).unwrap();
        recs.recommendations.swap(0, 1);
        let err = recs.check(&sources).unwrap_err();
        assert!(
            err.starts_with("recommendations.json: recommendations"),
            "{err}"
        );

        let mut recs = Recommendations::builtin(&sources).unwrap();
        recs.source = "nowhere".into();
        assert!(recs.check(&sources).unwrap_err().contains("'nowhere'"));
    }

    #[test]
    fn malformed_json_names_the_file() {
        let err = Recommendations::from_json("{", &sources()).unwrap_err();
        assert!(err.starts_with("recommendations.json: "), "{err}");
        let err = Recommendations::from_json("<!doctype html>", &sources()).unwrap_err();
        assert!(err.starts_with("recommendations.json: "), "{err}");
    }
}
