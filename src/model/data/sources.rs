//! Where every number comes from. Each figure in `data/` is a [`Sourced`]
//! value with its status, following `DATA-SOURCES.md`: stated in a public
//! source or a seed document (*kilde*), derived by arithmetic on stated
//! figures (*afledt*), or an assumption with the reason for its value
//! (*antagelse*). Sourced and derived figures name an entry of the source
//! registry (`data/sources.json`).

use serde::{Deserialize, Serialize};

use crate::model::data::localized::Localized;

/// How firmly a figure is grounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    /// "V": stated in the named public source (*kilde*).
    #[serde(rename = "V")]
    Stated,
    /// "S": stated in one of the seed documents (*kilde*).
    #[serde(rename = "S")]
    Seed,
    /// "D": arithmetic on stated figures; the note says which (*afledt*).
    #[serde(rename = "D")]
    Derived,
    /// "I": an assumption with no source; the note says why this value
    /// (*antagelse*).
    #[serde(rename = "I")]
    Illustrative,
}

/// One public source or seed document in the registry: enough for a reader
/// to find it again (title, publisher, date and a URL, a Statistikbanken
/// table id or the seed file).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id that figures refer to, e.g. `sr_2023`.
    pub id: String,
    /// The publication's own title.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// When it was published, as precisely as known (`2024-02-20`, `2024-05`,
    /// `2024`).
    pub date: String,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Danmarks Statistik's Statistikbanken table that holds the figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_id: Option<String>,
    /// Seed file name under `shared/seeds/` for seed documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed_file: Option<String>,
    /// Short citation shown beside numbers: what the source says.
    pub citation: Localized,
}

impl Source {
    /// Whether a reader can find the source again: a title, a publisher and
    /// a URL, a table id or a seed file.
    pub fn is_findable(&self) -> bool {
        !self.title.trim().is_empty()
            && !self.publisher.trim().is_empty()
            && (self.url.is_some() || self.table_id.is_some() || self.seed_file.is_some())
    }
}

/// The registry of sources, loaded from `data/sources.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceRegistry {
    /// Format version of the file.
    pub version: u32,
    /// All sources.
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
    /// Id of an entry in the source registry; none for an assumption.
    /// Files written before assumptions lost their pseudo-source read
    /// `"illustrative"` as none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "source_id"
    )]
    pub source: Option<String>,
    /// How firmly the figure is grounded.
    pub status: Status,
    /// How it was derived, what it covers, or (for an assumption) why this
    /// value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The pseudo-source earlier files gave every assumption.
const LEGACY_ASSUMPTION: &str = "illustrative";

/// Reads a figure's source id, the legacy pseudo-source as none.
fn source_id<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let id = Option::<String>::deserialize(d)?;
    Ok(id.filter(|id| id != LEGACY_ASSUMPTION))
}

impl Sourced {
    /// An assumption: no source, and `why` this value.
    pub fn assumed(value: f64, why: impl Into<String>) -> Sourced {
        Sourced {
            value,
            source: None,
            status: Status::Illustrative,
            note: Some(why.into()),
        }
    }

    /// Whether the figure is an assumption (*antagelse*).
    pub fn is_assumption(&self) -> bool {
        self.status == Status::Illustrative
    }

    /// Checks the provenance against the registry; `field` names the figure
    /// in the message. An assumption has no source and says why; a stated
    /// or seed figure cites a known source; a derived figure cites one and
    /// gives its arithmetic.
    pub fn check(&self, field: &str, registry: &SourceRegistry) -> Result<(), String> {
        if !self.value.is_finite() {
            return Err(format!("{field}: the value is not a finite number"));
        }
        match (&self.source, self.status) {
            (Some(_), Status::Illustrative) => {
                return Err(format!(
                    "{field}: an assumption cites no source; say why in its note"
                ))
            }
            (None, Status::Illustrative) => {
                if self.note.is_none() {
                    return Err(format!("{field}: an assumption needs a note saying why"));
                }
                return Ok(());
            }
            (None, _) => return Err(format!("{field}: a sourced figure needs a source")),
            (Some(id), _) => {
                if registry.get(id).is_none() {
                    return Err(format!("{field}: unknown source '{id}'"));
                }
            }
        }
        if self.status == Status::Derived && self.note.is_none() {
            return Err(format!(
                "{field}: a derived figure needs a note with its arithmetic"
            ));
        }
        Ok(())
    }
}

/// The four marks a reader sees on a number: how firmly it is grounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Stated in a public source or a seed document (*kilde*; status V or S).
    Source,
    /// Arithmetic on stated figures (*afledt*; status D).
    Derived,
    /// An assumption with the reason for its value (*antagelse*; status I).
    Assumption,
    /// Computed by the app from the data set (*beregnet*): a total, an
    /// expenditure or a projected figure.
    Computed,
}

impl Status {
    /// The mark a figure of this status carries.
    pub fn mark(self) -> Mark {
        match self {
            Status::Stated | Status::Seed => Mark::Source,
            Status::Derived => Mark::Derived,
            Status::Illustrative => Mark::Assumption,
        }
    }
}

/// Where one figure of the data set comes from, as a reader asks for it:
/// its status, the registry entry it cites (if any) and its note (how it
/// was derived, or why an assumption has this value).
#[derive(Clone, Debug, PartialEq)]
pub struct Provenance {
    /// How firmly the figure is grounded.
    pub status: Status,
    /// The source it cites, when the registry knows it; none for an
    /// assumption.
    pub source: Option<Box<Source>>,
    /// The figure's note.
    pub note: Option<String>,
}

impl Provenance {
    /// The provenance of `figure`, its source looked up in `registry`.
    ///
    /// ```
    /// use prioritet::model::data::content::Content;
    /// use prioritet::model::data::sources::{Mark, Provenance};
    /// use prioritet::model::DataSet;
    ///
    /// let data = DataSet::builtin();
    /// let sources = Content::builtin().unwrap().sources;
    /// let total = Provenance::of(&data.reference[0].figure, &sources);
    /// assert_eq!(total.mark(), Mark::Source);
    /// assert_eq!(total.source.unwrap().table_id.as_deref(), Some("REGK31"));
    /// ```
    pub fn of(figure: &Sourced, registry: &SourceRegistry) -> Provenance {
        Provenance {
            status: figure.status,
            source: figure
                .source
                .as_deref()
                .and_then(|id| registry.get(id))
                .map(|s| Box::new(s.clone())),
            note: figure.note.clone(),
        }
    }

    /// The mark the figure carries.
    pub fn mark(&self) -> Mark {
        self.status.mark()
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
            sources: vec![Source {
                id: "sr_2023".into(),
                title: "Socialpolitisk Redegørelse 2023".into(),
                publisher: "Social-, Bolig- og Ældreministeriet".into(),
                date: "2024-02-20".into(),
                url: Some("https://www.sm.dk/".into()),
                table_id: None,
                seed_file: None,
                citation: loc("SR 2023"),
            }],
        }
    }

    fn fig(source: Option<&str>, status: Status, note: Option<&str>) -> Sourced {
        Sourced {
            value: 1.0,
            source: source.map(String::from),
            status,
            note: note.map(String::from),
        }
    }

    #[test]
    fn accepts_a_stated_figure_and_an_assumption() {
        let r = registry();
        assert!(fig(Some("sr_2023"), Status::Stated, None)
            .check("x", &r)
            .is_ok());
        assert!(fig(None, Status::Illustrative, Some("why"))
            .check("x", &r)
            .is_ok());
        assert!(r.sources[0].is_findable());
        let legacy: Sourced = serde_json::from_str(
            r#"{"value": 1, "source": "illustrative", "status": "I", "note": "why"}"#,
        )
        .expect("a legacy assumption reads");
        assert_eq!(legacy.source, None);
        assert!(legacy.check("x", &r).is_ok());
    }

    #[test]
    fn rejects_unknown_sources_and_mislabelled_assumptions() {
        let r = registry();
        let e = fig(Some("nowhere"), Status::Stated, None).check("areas[0].unit_cost", &r);
        assert!(e.unwrap_err().contains("areas[0].unit_cost"));
        assert!(fig(None, Status::Stated, None).check("x", &r).is_err());
        assert!(fig(None, Status::Illustrative, None)
            .check("x", &r)
            .is_err());
        let cited = fig(Some("sr_2023"), Status::Illustrative, Some("why"));
        assert!(cited.check("x", &r).is_err());
        assert!(fig(Some("sr_2023"), Status::Derived, None)
            .check("x", &r)
            .is_err());
    }

    #[test]
    fn provenance_names_the_source_or_says_why() {
        let r = registry();
        let stated = Provenance::of(&fig(Some("sr_2023"), Status::Stated, None), &r);
        assert_eq!(stated.mark(), Mark::Source);
        assert_eq!(
            stated.source.map(|s| s.title).as_deref(),
            Some("Socialpolitisk Redegørelse 2023")
        );
        let assumed = Provenance::of(&Sourced::assumed(2.0, "why this value"), &r);
        assert_eq!(assumed.mark(), Mark::Assumption);
        assert_eq!(assumed.source, None);
        assert_eq!(assumed.note.as_deref(), Some("why this value"));
        assert_eq!(Status::Seed.mark(), Mark::Source);
        assert_eq!(Status::Derived.mark(), Mark::Derived);
    }
}
