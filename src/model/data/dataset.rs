//! The default data set and its types: intervention areas (price x volume),
//! the other service areas that absorb overspend, the levers with their
//! steering centre and recommendation, lever effects, prevention programmes,
//! step-down flows, the ceiling council's calibration, the phase-in of each
//! time horizon, and the five approach presets. Every number is a
//! [`Sourced`] value; `data/model.json` holds the defaults.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::data::input::check_json;
use crate::model::data::localized::Localized;
use crate::model::data::sources::Sourced;
use crate::model::error::ModelError;
use crate::model::ids::{ApproachId, LeverId};

/// The default data set, compiled into the binary.
pub const BUILTIN_JSON: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/model.json"));

/// Everything the projection needs besides the user's scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataSet {
    /// Format version of the data file.
    pub version: u32,
    /// The calendar year the base volumes and unit costs describe.
    pub base_year: Sourced,
    /// The public figures the data set is built from: each derived volume,
    /// unit cost and remainder is arithmetic on these (its note says how).
    /// A municipality's own file may leave them out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reference: Vec<ReferenceFigure>,
    /// The intervention areas (*indsatsområder*), children and adults.
    pub areas: Vec<Area>,
    /// Other municipal service areas that lose money when the social area
    /// overspends (the budget squeeze, *budgetklemme*).
    pub services: Vec<Service>,
    /// The levers, with the steering centre that owns each one.
    pub levers: Vec<Lever>,
    /// How strongly each lever works at full setting.
    pub effects: LeverEffects,
    /// Prevention programmes: where the money goes and whom it pays back.
    pub prevention: PreventionData,
    /// Step-down flows from heavier to lighter areas (progression, seed 004).
    pub step_down: Vec<StepDown>,
    /// The ceiling council (à la Medicinrådet).
    pub ceiling: CeilingData,
    /// How fast a lever phases in for each time horizon.
    pub horizons: Horizons,
    /// Settings of the Monte Carlo draws.
    pub uncertainty: UncertaintyData,
    /// The five VIVE approaches as presets of weights and levers.
    pub approaches: Vec<ApproachPreset>,
}

/// Children or adults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Children, young people and their families.
    Children,
    /// Adults with disabilities, psychiatric, social or abuse problems.
    Adults,
}

/// Medicinrådet-style category for the documented added value of an
/// intervention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Large added value.
    Large,
    /// Moderate added value.
    Moderate,
    /// Small added value.
    Small,
    /// No added value.
    None,
    /// Negative added value.
    Negative,
    /// Added value of unknown size.
    Unknown,
}

impl Evidence {
    /// The category as `data/model.json` spells it (`"moderate"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::Large => "large",
            Evidence::Moderate => "moderate",
            Evidence::Small => "small",
            Evidence::None => "none",
            Evidence::Negative => "negative",
            Evidence::Unknown => "unknown",
        }
    }
}

/// What the ceiling council decides for cases above the ceiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Recommended: the case is funded in full.
    Yes,
    /// Partly recommended: funded up to the ceiling plus a share above it.
    Partly,
    /// Not recommended: funded up to the ceiling only.
    No,
}

/// A low / central / high range for an uncertain parameter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// Low end (about the 0th percentile of the triangular draw).
    pub low: Sourced,
    /// Central value, used by the fast central projection.
    pub central: Sourced,
    /// High end.
    pub high: Sourced,
}

/// One criterion score (0..1) of an area, with its one-line justification.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// The score, 0 (does nothing for the criterion) to 1 (does most).
    pub value: Sourced,
    /// Why the area scores so.
    pub why: Localized,
}

/// An area's scores on the four ranking criteria (one per VIVE approach
/// other than budget squeeze).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Prevention, early help, life mastery.
    pub social_professional: Score,
    /// Cost per outcome, data-driven follow-up.
    pub steering: Score,
    /// Dampens diagnosis-driven growth, early assessment.
    pub diagnosis: Score,
    /// Strength of evidence and value for money.
    pub future_priorities: Score,
}

/// What a reference figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// Kroner.
    Dkk,
    /// People, places or cases.
    Count,
    /// A share or rate, 0..1.
    Share,
}

/// One public figure the data set is built from, e.g. KL's total for 2023.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferenceFigure {
    /// Stable id, e.g. `kl_total_2023`.
    pub id: String,
    /// What the figure counts.
    pub unit: FigureUnit,
    /// What the figure is, in Danish and English.
    pub name: Localized,
    /// The figure with its source.
    pub figure: Sourced,
}

/// An intervention area (*indsatsområde*): price x volume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    /// Stable id, e.g. `adult_sel108`.
    pub id: String,
    /// Name in Danish and English.
    pub name: Localized,
    /// Children or adults.
    pub group: Group,
    /// Legal basis, e.g. "SEL § 108".
    pub legal_basis: String,
    /// Whether this is the remainder of the group's money (administration
    /// and other services) rather than a service with citizens: its volume
    /// counts blocks of 1 mio. kr., not people, and it is paid in full.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remainder: bool,
    /// Share of the need that is a legal entitlement (*retskrav*), 0..1;
    /// never cut by the frame.
    pub legal_floor: Sourced,
    /// Base-year volume in full-year citizens (*helårspersoner*); for a
    /// [`remainder`](Area::remainder), blocks of 1 mio. kr.
    pub volume_full_year: Sourced,
    /// Base-year unit cost, DKK per full-year citizen (*enhedsudgift*).
    pub unit_cost_dkk: Sourced,
    /// Real demand growth per year (0.02 = 2 %).
    pub growth_per_year: Range,
    /// Share of that growth driven by the diagnosis trend, 0..1.
    pub diagnosis_share: Sourced,
    /// Share bought outside the municipality, 0..1 (seed 004: 57 % for
    /// residential care).
    pub external_purchase_share: Sourced,
    /// Evidence category for the ceiling council.
    pub evidence: Evidence,
    /// Spread (sigma of the log) of the per-case cost around the unit cost.
    pub case_cost_sigma: Sourced,
    /// Scores on the four ranking criteria.
    pub scores: Scores,
}

/// Another municipal service area that absorbs overspend.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// Stable id: `schools`, `day_care`, `elder_care`.
    pub id: String,
    /// Name in Danish and English.
    pub name: Localized,
    /// Yearly budget in DKK.
    pub budget_dkk: Sourced,
    /// The tangible unit, e.g. teacher-years.
    pub unit: Localized,
    /// DKK per unit.
    pub unit_cost_dkk: Sourced,
}

/// The municipal steering centre that owns a lever (KL 2018, seed 003).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SteeringCentre {
    /// Strategic-political.
    Political,
    /// Economic-financial.
    Financial,
    /// Social-professional.
    SocialProfessional,
}

/// Time horizon (*tidshorisont*) of one of the six cities' recommendations,
/// and of the levers that come from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// Short term: works from the first year.
    Short,
    /// Medium term.
    Medium,
    /// Medium to long term.
    MediumLong,
    /// Long term.
    Long,
}

/// What a lever's number means, for the slider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverUnit {
    /// DKK per year.
    DkkPerYear,
    /// A share 0..1 (show as %).
    Share,
    /// On (1) or off (0).
    Switch,
    /// DKK per case per year.
    DkkPerCase,
}

/// A lever the council (or Parliament) can pull.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lever {
    /// Stable id; the same as the field in the scenario's `levers`.
    pub id: LeverId,
    /// Name in Danish and English.
    pub name: Localized,
    /// One line on what it does.
    pub explanation: Localized,
    /// The steering centre that owns it.
    pub centre: SteeringCentre,
    /// The six cities' recommendation (1..5) it comes from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<u8>,
    /// The document (an id in the source registry) that proposes the lever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// How fast it phases in.
    pub horizon: Horizon,
    /// What its number means.
    pub unit: LeverUnit,
    /// Lowest setting.
    pub min: Sourced,
    /// Highest setting.
    pub max: Sourced,
}

/// How strongly the levers work at full setting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LeverEffects {
    /// Share of diagnosis-driven growth removed by full needs assessment.
    pub needs_assessment_max_dampening: Range,
    /// Percentage points of yearly growth removed by full collaboration.
    pub cross_sector_max_growth_cut: Range,
    /// Areas that cross-sector collaboration reaches.
    pub cross_sector_areas: Vec<String>,
    /// Share of unit cost removed by full unit-cost steering (own places).
    pub unit_cost_steering_max_cut: Range,
    /// How hard steering and step-down bite on places bought outside the
    /// municipality, relative to own places (0..1).
    pub external_reach: Sourced,
    /// Share of freed staff time that turns into lower unit cost.
    pub admin_capacity_factor: Range,
    /// Lowest unit cost the levers can reach, as a share of the base.
    pub unit_cost_floor_factor: Sourced,
    /// Relative increase of prevention gains and step-down rates at full
    /// research lever.
    pub research_uplift: Range,
    /// Share of the uncertainty on prevention gains removed at full
    /// research lever.
    pub research_uncertainty_cut: Sourced,
}

/// Who gets a prevention gain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayerShares {
    /// The municipality (shows as lower need in the target areas).
    pub municipality: Sourced,
    /// The region (e.g. psychiatry).
    pub region: Sourced,
    /// The state (e.g. transfers, taxes).
    pub state: Sourced,
}

/// An area whose need a prevention programme reduces, and its share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreventionTarget {
    /// Id of the target area.
    pub area: String,
    /// Share of the municipal gain that lands in this area.
    pub weight: Sourced,
}

/// A prevention programme: invest now, gain later, partly for others.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreventionProgramme {
    /// Stable id.
    pub id: String,
    /// Name in Danish and English.
    pub name: Localized,
    /// The (prevention) area where the money is spent.
    pub area: String,
    /// Share of the prevention investment that goes to this programme.
    pub investment_share: Sourced,
    /// Years from spending to gain.
    pub lag_years: Sourced,
    /// Avoided public cost per year per DKK invested per year, once matured.
    pub gain_ratio: Range,
    /// How the gain splits by payer (SØM-style).
    pub payer_shares: PayerShares,
    /// Where the municipal gain lands.
    pub targets: Vec<PreventionTarget>,
}

/// Prevention programmes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreventionData {
    /// The programmes; their investment shares sum to 1.
    pub programmes: Vec<PreventionProgramme>,
}

/// A step-down flow from a heavier to a lighter area.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepDown {
    /// The heavier area.
    pub from: String,
    /// The lighter area.
    pub to: String,
    /// Share of `from`'s citizens moving per year at full follow-up.
    pub rate_at_full: Range,
}

/// The calibration of per-case cost spreads to a known count of costly
/// cases, counted like for like: residential cost plus a day offer
/// (Komponent/KL's definition, before the state refund).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CeilingCalibration {
    /// The per-case cost threshold of the known count (DKK 2m).
    pub threshold_dkk: Sourced,
    /// Cases above the threshold in the sample (845 in 59 municipalities).
    pub cases_in_sample: Sourced,
    /// The published national estimate of cases above the threshold, which
    /// the spreads are solved to meet.
    pub national_cases: Sourced,
    /// The published national gross cost of those cases, DKK a year.
    pub national_gross_dkk: Range,
    /// Share of residents with a day offer (SEL § 103/104) on top of their
    /// residential place.
    pub day_offer_share: Sourced,
    /// The area whose unit cost prices the day offer.
    pub day_offer_area: String,
    /// The areas the count covers (residential care); the only areas the
    /// ceiling council acts on.
    pub areas: Vec<String>,
}

/// The ceiling council's rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CeilingData {
    /// Calibration of the per-case spreads.
    pub calibration: CeilingCalibration,
    /// The decision for each evidence category.
    pub decisions: BTreeMap<Evidence, Decision>,
    /// For each calibration area, the share of its cases in each evidence
    /// category (the shares sum to 1).
    pub evidence_mix: BTreeMap<String, BTreeMap<Evidence, Sourced>>,
    /// Share of the cost above the ceiling funded on a "partly".
    pub partly_share: Sourced,
}

/// Delay and ramp of one time horizon, in years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseIn {
    /// Years before the lever starts to work.
    pub delay_years: Sourced,
    /// Years from start to full effect.
    pub ramp_years: Sourced,
}

/// Phase-in for each time horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Horizons {
    /// Short term.
    pub short: PhaseIn,
    /// Medium term.
    pub medium: PhaseIn,
    /// Medium to long term.
    pub medium_long: PhaseIn,
    /// Long term.
    pub long: PhaseIn,
}

/// Settings of the Monte Carlo draws.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UncertaintyData {
    /// Chance (0..1) that an area's growth draw follows the common draw.
    pub growth_correlation: Sourced,
    /// Relative half-width of an area's base-year unit cost: each draw
    /// multiplies it by a symmetric triangular factor on `1 ± unit_cost_rel`.
    pub unit_cost_rel: Sourced,
    /// Relative half-width of an area's base-year volume (full-year
    /// citizens), drawn like [`UncertaintyData::unit_cost_rel`].
    pub volume_rel: Sourced,
    /// Relative half-width of an area's log spread of the cost per case
    /// (`case_cost_sigma`), drawn like [`UncertaintyData::unit_cost_rel`].
    pub sigma_rel: Sourced,
    /// Relative half-width of each payer's share of a prevention
    /// programme's gains; the drawn shares are scaled back to the data's sum.
    pub payer_share_rel: Sourced,
}

/// The five priority weights of a preset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PresetPriorities {
    /// Budget squeeze (frame discipline).
    pub budget_squeeze: Sourced,
    /// Social-professional.
    pub social_professional: Sourced,
    /// Steering.
    pub steering: Sourced,
    /// Diagnosis.
    pub diagnosis: Sourced,
    /// Future priorities.
    pub future_priorities: Sourced,
}

impl PresetPriorities {
    /// The preset's weight of this approach.
    pub fn get(&self, id: ApproachId) -> &Sourced {
        match id {
            ApproachId::BudgetSqueeze => &self.budget_squeeze,
            ApproachId::SocialProfessional => &self.social_professional,
            ApproachId::Steering => &self.steering,
            ApproachId::Diagnosis => &self.diagnosis,
            ApproachId::FuturePriorities => &self.future_priorities,
        }
    }
}

/// One VIVE approach (*tilgang*) as a preset of weights and lever settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApproachPreset {
    /// One of `budget_squeeze`, `social_professional`, `steering`,
    /// The approach.
    pub id: ApproachId,
    /// The five weights.
    pub priorities: PresetPriorities,
    /// Lever settings by lever id; levers not named stay neutral.
    pub levers: BTreeMap<LeverId, Sourced>,
    /// What the preset is claimed to do (tested).
    pub claim: Localized,
}

impl DataSet {
    /// The default data set (`data/model.json`), validated. A test proves it
    /// is valid; should it ever not be, this panics at once in every test.
    pub fn builtin() -> DataSet {
        // The built-in text is checked for size and keys given twice by a
        // test, not again on every start of the app.
        match DataSet::read_checked(BUILTIN_JSON) {
            Ok(ds) => ds,
            Err(e) => panic!("the built-in data set is invalid: {e}"),
        }
    }

    /// The data set as its JSON file (pretty, as "Egne tal" exports it and
    /// reads it back with [`DataSet::from_json`]).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Parses and validates a data set; errors name the field. The JSON is
    /// checked first ([`check_json`]: at most [`MAX_INPUT_BYTES`], no key
    /// given twice), then read straight into the data set's types; only
    /// when that fails is it read again, tracking the path, to name the
    /// field. The browser build reads only the built-in data set (a test
    /// proves it valid; a municipality's file goes through `model::import`),
    /// so there a type error names no field: tracking the path of every
    /// field of this deep type would add about a tenth to the app's size.
    ///
    /// [`MAX_INPUT_BYTES`]: crate::model::data::input::MAX_INPUT_BYTES
    pub fn from_json(json: &str) -> Result<DataSet, ModelError> {
        check_json(json).map_err(|e| {
            let mut e = ModelError::from(e);
            if e.field.is_empty() {
                e.message = format!("not a valid data set: {}", e.message);
            }
            e
        })?;
        DataSet::read_checked(json)
    }

    /// Reads JSON that has passed [`check_json`] into a data set and
    /// validates it.
    fn read_checked(json: &str) -> Result<DataSet, ModelError> {
        let read = DataSet::deserialize(&mut serde_json::Deserializer::from_str(json));
        #[cfg(not(target_arch = "wasm32"))]
        let ds = read.or_else(|_| {
            let mut de = serde_json::Deserializer::from_str(json);
            serde_path_to_error::deserialize(&mut de).map_err(|e| {
                let field = e.path().to_string();
                let field = if field == "." { String::new() } else { field };
                ModelError::new(field, format!("not a valid data set: {}", e.into_inner()))
            })
        })?;
        #[cfg(target_arch = "wasm32")]
        let ds = read.map_err(|e| ModelError::new("", format!("not a valid data set: {e}")))?;
        ds.validate()?;
        Ok(ds)
    }

    /// Index of the area with this id.
    pub fn area_index(&self, id: &str) -> Option<usize> {
        self.areas.iter().position(|a| a.id == id)
    }

    /// The lever with this id.
    pub fn lever(&self, id: LeverId) -> Option<&Lever> {
        self.levers.iter().find(|l| l.id == id)
    }

    /// The approach preset with this id.
    pub fn approach(&self, id: ApproachId) -> Option<&ApproachPreset> {
        self.approaches.iter().find(|a| a.id == id)
    }

    /// Base-year spending on all areas = the default frame (DKK).
    pub fn base_spending_dkk(&self) -> f64 {
        self.areas
            .iter()
            .map(|a| a.volume_full_year.value * a.unit_cost_dkk.value)
            .sum()
    }

    /// The base year as a calendar year.
    pub fn base_year(&self) -> u16 {
        self.base_year.value.round().clamp(0.0, f64::from(u16::MAX)) as u16
    }

    /// The decision the ceiling council takes for an evidence category.
    pub fn decision_for(&self, evidence: Evidence) -> Decision {
        self.ceiling
            .decisions
            .get(&evidence)
            .copied()
            .unwrap_or(Decision::Partly)
    }

    /// Every number in the data set with its field path, for source checks.
    pub fn sourced_fields(&self) -> Vec<(String, &Sourced)> {
        let mut out: Vec<(String, &Sourced)> = vec![("base_year".into(), &self.base_year)];
        for (i, r) in self.reference.iter().enumerate() {
            out.push((format!("reference[{i}].figure"), &r.figure));
        }
        fn push_range<'a>(out: &mut Vec<(String, &'a Sourced)>, p: &str, r: &'a Range) {
            out.push((format!("{p}.low"), &r.low));
            out.push((format!("{p}.central"), &r.central));
            out.push((format!("{p}.high"), &r.high));
        }
        for (i, a) in self.areas.iter().enumerate() {
            let p = format!("areas[{i}]");
            out.push((format!("{p}.legal_floor"), &a.legal_floor));
            out.push((format!("{p}.volume_full_year"), &a.volume_full_year));
            out.push((format!("{p}.unit_cost_dkk"), &a.unit_cost_dkk));
            push_range(
                &mut out,
                &format!("{p}.growth_per_year"),
                &a.growth_per_year,
            );
            out.push((format!("{p}.diagnosis_share"), &a.diagnosis_share));
            out.push((
                format!("{p}.external_purchase_share"),
                &a.external_purchase_share,
            ));
            out.push((format!("{p}.case_cost_sigma"), &a.case_cost_sigma));
            let s = &a.scores;
            out.push((
                format!("{p}.scores.social_professional"),
                &s.social_professional.value,
            ));
            out.push((format!("{p}.scores.steering"), &s.steering.value));
            out.push((format!("{p}.scores.diagnosis"), &s.diagnosis.value));
            out.push((
                format!("{p}.scores.future_priorities"),
                &s.future_priorities.value,
            ));
        }
        for (i, s) in self.services.iter().enumerate() {
            out.push((format!("services[{i}].budget_dkk"), &s.budget_dkk));
            out.push((format!("services[{i}].unit_cost_dkk"), &s.unit_cost_dkk));
        }
        for (i, l) in self.levers.iter().enumerate() {
            out.push((format!("levers[{i}].min"), &l.min));
            out.push((format!("levers[{i}].max"), &l.max));
        }
        let e = &self.effects;
        push_range(
            &mut out,
            "effects.needs_assessment_max_dampening",
            &e.needs_assessment_max_dampening,
        );
        push_range(
            &mut out,
            "effects.cross_sector_max_growth_cut",
            &e.cross_sector_max_growth_cut,
        );
        push_range(
            &mut out,
            "effects.unit_cost_steering_max_cut",
            &e.unit_cost_steering_max_cut,
        );
        out.push(("effects.external_reach".into(), &e.external_reach));
        push_range(
            &mut out,
            "effects.admin_capacity_factor",
            &e.admin_capacity_factor,
        );
        out.push((
            "effects.unit_cost_floor_factor".into(),
            &e.unit_cost_floor_factor,
        ));
        push_range(&mut out, "effects.research_uplift", &e.research_uplift);
        out.push((
            "effects.research_uncertainty_cut".into(),
            &e.research_uncertainty_cut,
        ));
        for (i, p) in self.prevention.programmes.iter().enumerate() {
            let q = format!("prevention.programmes[{i}]");
            out.push((format!("{q}.investment_share"), &p.investment_share));
            out.push((format!("{q}.lag_years"), &p.lag_years));
            push_range(&mut out, &format!("{q}.gain_ratio"), &p.gain_ratio);
            out.push((
                format!("{q}.payer_shares.municipality"),
                &p.payer_shares.municipality,
            ));
            out.push((format!("{q}.payer_shares.region"), &p.payer_shares.region));
            out.push((format!("{q}.payer_shares.state"), &p.payer_shares.state));
            for (j, t) in p.targets.iter().enumerate() {
                out.push((format!("{q}.targets[{j}].weight"), &t.weight));
            }
        }
        for (i, s) in self.step_down.iter().enumerate() {
            push_range(
                &mut out,
                &format!("step_down[{i}].rate_at_full"),
                &s.rate_at_full,
            );
        }
        let c = &self.ceiling;
        out.push((
            "ceiling.calibration.threshold_dkk".into(),
            &c.calibration.threshold_dkk,
        ));
        out.push((
            "ceiling.calibration.cases_in_sample".into(),
            &c.calibration.cases_in_sample,
        ));
        out.push((
            "ceiling.calibration.national_cases".into(),
            &c.calibration.national_cases,
        ));
        push_range(
            &mut out,
            "ceiling.calibration.national_gross_dkk",
            &c.calibration.national_gross_dkk,
        );
        out.push((
            "ceiling.calibration.day_offer_share".into(),
            &c.calibration.day_offer_share,
        ));
        for (area, mix) in &c.evidence_mix {
            for (evidence, share) in mix {
                let e = evidence.as_str();
                out.push((format!("ceiling.evidence_mix.{area}.{e}"), share));
            }
        }
        out.push(("ceiling.partly_share".into(), &c.partly_share));
        for (name, h) in [
            ("short", &self.horizons.short),
            ("medium", &self.horizons.medium),
            ("medium_long", &self.horizons.medium_long),
            ("long", &self.horizons.long),
        ] {
            out.push((format!("horizons.{name}.delay_years"), &h.delay_years));
            out.push((format!("horizons.{name}.ramp_years"), &h.ramp_years));
        }
        let u = &self.uncertainty;
        out.push((
            "uncertainty.growth_correlation".into(),
            &u.growth_correlation,
        ));
        out.push(("uncertainty.unit_cost_rel".into(), &u.unit_cost_rel));
        out.push(("uncertainty.volume_rel".into(), &u.volume_rel));
        out.push(("uncertainty.sigma_rel".into(), &u.sigma_rel));
        out.push(("uncertainty.payer_share_rel".into(), &u.payer_share_rel));
        for (i, a) in self.approaches.iter().enumerate() {
            let q = format!("approaches[{i}]");
            let w = &a.priorities;
            out.push((format!("{q}.priorities.budget_squeeze"), &w.budget_squeeze));
            out.push((
                format!("{q}.priorities.social_professional"),
                &w.social_professional,
            ));
            out.push((format!("{q}.priorities.steering"), &w.steering));
            out.push((format!("{q}.priorities.diagnosis"), &w.diagnosis));
            out.push((
                format!("{q}.priorities.future_priorities"),
                &w.future_priorities,
            ));
            for (k, v) in &a.levers {
                out.push((format!("{q}.levers.{k}"), v));
            }
        }
        out
    }
}

impl Horizons {
    /// The phase-in of a horizon.
    pub fn get(&self, h: Horizon) -> &PhaseIn {
        match h {
            Horizon::Short => &self.short,
            Horizon::Medium => &self.medium,
            Horizon::MediumLong => &self.medium_long,
            Horizon::Long => &self.long,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_text_passes_the_input_checks_it_skips_at_start() {
        check_json(BUILTIN_JSON).unwrap();
        assert_eq!(
            DataSet::from_json(BUILTIN_JSON).unwrap(),
            DataSet::builtin()
        );
    }

    #[test]
    fn builtin_loads_with_areas_of_both_groups() {
        let ds = DataSet::builtin();
        let services = ds.areas.iter().filter(|a| !a.remainder).count();
        assert!((8..=12).contains(&services), "{services} service areas");
        assert_eq!(ds.areas.iter().filter(|a| a.remainder).count(), 2);
        assert!(ds.areas.iter().any(|a| a.group == Group::Children));
        assert!(ds.areas.iter().any(|a| a.group == Group::Adults));
        assert_eq!(ds.approaches.len(), 5);
        assert!(ds.base_spending_dkk() > 1e10);
    }

    #[test]
    fn reference_figures_say_what_they_count() {
        let ds = DataSet::builtin();
        for r in &ds.reference {
            let v = r.figure.value;
            let fits = match r.unit {
                FigureUnit::Share => (0.0..=1.0).contains(&v),
                FigureUnit::Count => v >= 1.0 && v.fract() == 0.0,
                FigureUnit::Dkk => v >= 1e5,
            };
            assert!(fits, "{}: {v} as {:?}", r.id, r.unit);
        }
        let total = ds.reference.iter().find(|r| r.id == "kl_total_2023");
        assert_eq!(total.map(|r| r.unit), Some(FigureUnit::Dkk));
    }

    #[test]
    fn unknown_json_is_an_error_not_a_panic() {
        assert!(DataSet::from_json("{").is_err());
        assert!(DataSet::from_json("[]").is_err());
    }

    #[test]
    fn a_key_given_twice_is_refused_naming_its_path() {
        let twice = BUILTIN_JSON.replacen("\"version\": 1,", "\"version\": 1, \"version\": 1,", 1);
        assert_eq!(DataSet::from_json(&twice).unwrap_err().field, "version");
        let twice =
            BUILTIN_JSON.replacen("\"value\": 2023,", "\"value\": 2023, \"value\": 2024,", 1);
        assert_eq!(
            DataSet::from_json(&twice).unwrap_err().field,
            "base_year.value"
        );
    }
}
