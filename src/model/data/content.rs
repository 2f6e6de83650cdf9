//! The texts and figures the app shows beside the model: VIVE's five
//! approaches (seed 000), the growth in recipients, the "Hvorfor?"
//! explanations and the glossary of terms of art, compiled into the app.
//! The six cities' recommendations (seed 001) are in `recommendations`,
//! fetched when the background view needs them. The Danish texts of the
//! seeds are verbatim; a test compares them with the seed files.

use serde::{Deserialize, Serialize};

use crate::model::data::localized::Localized;
use crate::model::data::sources::{SourceRegistry, Sourced};
use crate::model::ids::{ApproachId, TermId, TopicId};

/// One of VIVE's five approaches (*tilgange*) to the specialised social area:
/// a row of the table in seed 000.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Approach {
    /// The approach, shared with the model's presets.
    pub id: ApproachId,
    /// The approach's name (*Tilgang*).
    pub name: Localized,
    /// What it sees as the problem (*Problemfokus*).
    pub problem_focus: Localized,
    /// Where it looks for solutions (*Løsningsfokus*).
    pub solution_focus: Localized,
    /// Whom or what the effect is for (*Effektfokus*).
    pub effect_focus: Localized,
}

/// The approaches table with its introduction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Approaches {
    /// Format version of `data/approaches.json`.
    pub version: u32,
    /// Source id of the seed the texts come from.
    pub source: String,
    /// Verbatim sentences that introduce the table.
    pub intro: Vec<Localized>,
    /// The five approaches, in the seed's order.
    pub approaches: Vec<Approach>,
}

/// The number of recipients of a social intervention in one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecipientPoint {
    /// Calendar year.
    pub year: u16,
    /// Children, young people and adults who received a social intervention.
    pub recipients: Sourced,
}

/// The growth in recipients over time, for the first chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recipients {
    /// Format version of `data/recipients.json`.
    pub version: u32,
    /// The chart's title.
    pub title: Localized,
    /// The unit of the values.
    pub unit: Localized,
    /// The figures, in year order.
    pub points: Vec<RecipientPoint>,
    /// A note on how the figures compare.
    pub note: Localized,
}

/// A plain-language explanation of one step of the model, for the UI's
/// "Hvorfor?" popovers. The Danish text is the summary in `docs/model.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The topic the UI refers to.
    pub id: TopicId,
    /// A short heading.
    pub title: Localized,
    /// The explanation.
    pub text: Localized,
}

/// All explanations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanations {
    /// Format version of `data/explanations.json`.
    pub version: u32,
    /// Where the Danish texts come from.
    pub source: String,
    /// The explanations.
    pub explanations: Vec<Explanation>,
}

impl Explanations {
    /// The explanation with this id, if any.
    pub fn get(&self, id: TopicId) -> Option<&Explanation> {
        self.explanations.iter().find(|e| e.id == id)
    }
}

/// A term of art explained in plain language (*Ord og begreber*): a word a
/// citizen meets on screen or in the sources and may not know.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// The term the UI refers to.
    pub id: TermId,
    /// The term as the reader sees it (e.g. "KØF").
    pub term: Localized,
    /// One or two plain sentences on what it means.
    pub text: Localized,
}

/// The glossary: every term of art, in the order the background view
/// lists them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Glossary {
    /// Format version of `data/glossary.json`.
    pub version: u32,
    /// Source ids of the seeds the explanations follow (the laws'
    /// paragraphs are given their plain meaning).
    pub sources: Vec<String>,
    /// The terms.
    pub terms: Vec<Term>,
}

impl Glossary {
    /// The term with this id, if any.
    pub fn get(&self, id: TermId) -> Option<&Term> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// Checks that every term is there exactly once, in both languages,
    /// and translated.
    pub fn check(&self) -> Result<(), String> {
        for id in TermId::ALL {
            let Some(t) = self.get(id) else {
                return Err(format!("glossary.json: terms: no entry for '{id}'"));
            };
            for (lang, term, text) in [
                ("da", &t.term.da, &t.text.da),
                ("en", &t.term.en, &t.text.en),
            ] {
                if term.trim().is_empty() || text.trim().is_empty() {
                    return Err(format!(
                        "glossary.json: terms: '{id}' has no {lang} term or text"
                    ));
                }
            }
            if t.text.da == t.text.en {
                return Err(format!("glossary.json: terms: '{id}' is not translated"));
            }
        }
        if self.terms.len() != TermId::ALL.len() {
            return Err("glossary.json: terms: each term exactly once".into());
        }
        Ok(())
    }
}

/// Everything the app shows beside the model, loaded and checked together.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// The source registry every figure refers to.
    pub sources: SourceRegistry,
    /// VIVE's five approaches.
    pub approaches: Approaches,
    /// The growth in recipients.
    pub recipients: Recipients,
    /// The "Hvorfor?" explanations.
    pub explanations: Explanations,
    /// The glossary of terms of art.
    pub glossary: Glossary,
}

/// The built-in JSON files, compiled into the app so it works offline.
pub mod builtin {
    /// `data/sources.json`.
    pub const SOURCES: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/sources.json"));
    /// `data/approaches.json`.
    pub const APPROACHES: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/approaches.json"));
    /// `data/recipients.json`.
    pub const RECIPIENTS: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/recipients.json"));
    /// `data/explanations.json`.
    pub const EXPLANATIONS: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/explanations.json"
    ));
    /// `data/glossary.json`.
    pub const GLOSSARY: &str =
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/glossary.json"));
}

/// The raw JSON of the content files, one field per file.
#[derive(Clone, Copy, Debug)]
pub struct ContentFiles<'a> {
    /// `sources.json`.
    pub sources: &'a str,
    /// `approaches.json`.
    pub approaches: &'a str,
    /// `recipients.json`.
    pub recipients: &'a str,
    /// `explanations.json`.
    pub explanations: &'a str,
    /// `glossary.json`.
    pub glossary: &'a str,
}

impl ContentFiles<'static> {
    /// The files compiled into the app.
    pub fn builtin() -> Self {
        ContentFiles {
            sources: builtin::SOURCES,
            approaches: builtin::APPROACHES,
            recipients: builtin::RECIPIENTS,
            explanations: builtin::EXPLANATIONS,
            glossary: builtin::GLOSSARY,
        }
    }
}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| format!("{file}: {e}"))
}

impl Content {
    /// Parses and checks the content files; the error names the file and
    /// the field.
    pub fn from_json(files: ContentFiles) -> Result<Content, String> {
        let content = Content {
            sources: parse("sources.json", files.sources)?,
            approaches: parse("approaches.json", files.approaches)?,
            recipients: parse("recipients.json", files.recipients)?,
            explanations: parse("explanations.json", files.explanations)?,
            glossary: parse("glossary.json", files.glossary)?,
        };
        content.check()?;
        Ok(content)
    }

    /// The content compiled into the app.
    pub fn builtin() -> Result<Content, String> {
        Content::from_json(ContentFiles::builtin())
    }

    /// Checks counts, order and that every figure names a known source.
    pub fn check(&self) -> Result<(), String> {
        let order: Vec<ApproachId> = self.approaches.approaches.iter().map(|a| a.id).collect();
        if order != ApproachId::ALL {
            return Err(format!(
                "approaches.json: approaches: must be the five approaches in the order {:?}",
                ApproachId::ALL.map(ApproachId::as_str)
            ));
        }
        if self.sources.get(&self.approaches.source).is_none() {
            return Err(format!(
                "approaches.json: source: unknown source '{}'",
                self.approaches.source
            ));
        }
        if self.recipients.points.is_empty() {
            return Err("recipients.json: points: must not be empty".into());
        }
        for (i, p) in self.recipients.points.iter().enumerate() {
            p.recipients.check(
                &format!("recipients.json: points[{i}].recipients"),
                &self.sources,
            )?;
        }
        if !self
            .recipients
            .points
            .windows(2)
            .all(|w| w[0].year < w[1].year)
        {
            return Err("recipients.json: points: years must increase".into());
        }
        for topic in TopicId::ALL {
            let Some(e) = self.explanations.get(topic) else {
                return Err(format!(
                    "explanations.json: explanations: no text for '{topic}'"
                ));
            };
            for (lang, title, text) in [
                ("da", &e.title.da, &e.text.da),
                ("en", &e.title.en, &e.text.en),
            ] {
                if title.trim().is_empty() || text.trim().is_empty() {
                    return Err(format!(
                        "explanations.json: explanations: '{topic}' has no {lang} title or text"
                    ));
                }
            }
        }
        if self.explanations.explanations.len() != TopicId::ALL.len() {
            return Err("explanations.json: explanations: each topic exactly once".into());
        }
        for id in &self.glossary.sources {
            if self.sources.get(id).is_none() {
                return Err(format!("glossary.json: sources: unknown source '{id}'"));
            }
        }
        self.glossary.check()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_its_explanation_in_both_languages() {
        let content = Content::builtin().unwrap();
        content.check().unwrap();
        for topic in TopicId::ALL {
            let e = content.explanations.get(topic).unwrap();
            assert!(!e.title.da.is_empty() && !e.title.en.is_empty(), "{topic}");
            assert!(!e.text.da.is_empty() && !e.text.en.is_empty(), "{topic}");
            assert_ne!(e.text.da, e.text.en, "{topic}: not translated");
        }
    }

    #[test]
    fn a_missing_explanation_is_an_error() {
        let mut content = Content::builtin().unwrap();
        content
            .explanations
            .explanations
            .retain(|e| e.id != TopicId::Gains);
        assert!(content.check().unwrap_err().contains("'gains'"));
    }

    #[test]
    fn every_term_has_its_explanation_in_both_languages() {
        let content = Content::builtin().unwrap();
        assert_eq!(content.glossary.terms.len(), TermId::ALL.len());
        for id in TermId::ALL {
            let t = content.glossary.get(id).unwrap();
            assert!(!t.term.da.is_empty() && !t.term.en.is_empty(), "{id}");
            assert!(!t.text.da.is_empty() && !t.text.en.is_empty(), "{id}");
            assert_ne!(t.text.da, t.text.en, "{id}: not translated");
        }
    }

    #[test]
    fn a_glossary_term_missing_or_in_one_language_is_an_error() {
        let mut content = Content::builtin().unwrap();
        content.glossary.terms.retain(|t| t.id != TermId::Kof);
        assert!(content.check().unwrap_err().contains("'kof'"));

        let mut content = Content::builtin().unwrap();
        let t = content
            .glossary
            .terms
            .iter_mut()
            .find(|t| t.id == TermId::Sel107);
        t.unwrap().text.en = " ".into();
        assert!(content.check().unwrap_err().contains("'sel107' has no en"));

        let mut content = Content::builtin().unwrap();
        let twice = content.glossary.terms[0].clone();
        content.glossary.terms.push(twice);
        assert!(content.check().unwrap_err().contains("exactly once"));
    }
}
