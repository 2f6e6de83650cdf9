//! The user's scenario: the economic frame, the five priority weights and
//! the levers. It is what a slider changes, what the URL and a scenario file
//! store, and what the projection takes. The JSON format is versioned
//! (`{"version": 1, ...}`) and documented in `docs/scenario-format.md`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::data::dataset::{DataSet, LeverUnit};
use crate::model::data::input::parse_json;
use crate::model::error::{check, ModelError};
use crate::model::ids::{ApproachId, Choice, LeverId, Preset, TradeOff};

/// The scenario format version this build reads and writes.
pub const SCENARIO_VERSION: u32 = 1;

/// Longest projection the model accepts, in years.
pub const MAX_HORIZON_YEARS: u32 = 30;

/// Longest scenario name, in characters. [`Scenario::validate`] refuses a
/// longer name, and a saved list (`codec::scenario_list`)
/// holds names of at most this length, so a name that fits one fits the
/// other, and a scenario's share link stays far below the link's size limit.
pub const MAX_NAME_CHARS: usize = 80;

/// The lowest ceiling per case per year a council can set, DKK: a ceiling
/// is 0 (no ceiling council) or at least this. Below it the council would
/// review ordinary cases, not the costliest ones.
pub const MIN_CEILING_DKK: f64 = 500_000.0;

/// Why a ceiling cannot be a scenario's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CeilingProblem {
    /// Above 0 but below [`MIN_CEILING_DKK`] (the value, DKK).
    BelowMinimum(f64),
}

impl fmt::Display for CeilingProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CeilingProblem::BelowMinimum(v) => write!(
                f,
                "a ceiling below 500000 DKK per case is not possible (0 means no ceiling), got {v}"
            ),
        }
    }
}

/// What is wrong with `ceiling_dkk` as a ceiling, if anything (its range
/// is the lever's, checked with the other levers).
///
/// ```
/// use prioritet::model::scenario::{ceiling_problem, CeilingProblem};
/// assert_eq!(ceiling_problem(0.0), None);
/// assert_eq!(ceiling_problem(500_000.0), None);
/// assert_eq!(ceiling_problem(300_000.0), Some(CeilingProblem::BelowMinimum(300_000.0)));
/// ```
pub fn ceiling_problem(ceiling_dkk: f64) -> Option<CeilingProblem> {
    (ceiling_dkk > 0.0 && ceiling_dkk < MIN_CEILING_DKK)
        .then_some(CeilingProblem::BelowMinimum(ceiling_dkk))
}

/// The possible ceiling nearest to `ceiling_dkk`: 0 (no ceiling) below
/// half of [`MIN_CEILING_DKK`], the minimum up to it, and the value itself
/// from there (e.g. for a room's median ceiling).
///
/// ```
/// use prioritet::model::scenario::nearest_ceiling;
/// assert_eq!(nearest_ceiling(200_000.0), 0.0);
/// assert_eq!(nearest_ceiling(300_000.0), 500_000.0);
/// assert_eq!(nearest_ceiling(2e6), 2e6);
/// ```
pub fn nearest_ceiling(ceiling_dkk: f64) -> f64 {
    if ceiling_problem(ceiling_dkk).is_none() {
        ceiling_dkk
    } else if ceiling_dkk < 0.5 * MIN_CEILING_DKK {
        0.0
    } else {
        MIN_CEILING_DKK
    }
}

/// The ceiling at a stop of its slider, whose stops are `step` apart from
/// `MIN_CEILING_DKK - step` up: the first stop is 0 (no ceiling), the next
/// [`MIN_CEILING_DKK`], so no ceiling in between can be chosen.
///
/// ```
/// use prioritet::model::scenario::{ceiling_at_stop, ceiling_stop};
/// assert_eq!(ceiling_at_stop(400_000.0), 0.0);
/// assert_eq!(ceiling_at_stop(500_000.0), 500_000.0);
/// assert_eq!(ceiling_stop(0.0, 100_000.0), 400_000.0);
/// assert_eq!(ceiling_stop(2e6, 100_000.0), 2e6);
/// ```
pub fn ceiling_at_stop(stop: f64) -> f64 {
    if stop < MIN_CEILING_DKK {
        0.0
    } else {
        stop
    }
}

/// The slider stop that shows `ceiling_dkk` (see [`ceiling_at_stop`]):
/// the first stop, `MIN_CEILING_DKK - step`, for no ceiling.
pub fn ceiling_stop(ceiling_dkk: f64, step: f64) -> f64 {
    if ceiling_dkk < MIN_CEILING_DKK {
        MIN_CEILING_DKK - step
    } else {
        ceiling_dkk
    }
}

/// A scenario: what the council chooses, plus the demand assumption.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Scenario {
    /// Format version; must be [`SCENARIO_VERSION`].
    pub version: u32,
    /// A free name for the scenario (shown by the runner): at most
    /// [`MAX_NAME_CHARS`] characters and no control characters.
    pub name: String,
    /// Years to project after the base year (default 10).
    pub horizon_years: u32,
    /// Multiplier on every area's demand growth: 1 = the data's growth,
    /// 0 = no growth (default 1).
    pub growth_scale: f64,
    /// The economic frame (*økonomisk ramme*).
    pub frame: Frame,
    /// The five priority weights, one per VIVE approach.
    pub priorities: Priorities,
    /// The levers.
    pub levers: Levers,
    /// The participant's answers to the warm-up "Find dine prioriteter", in
    /// the order given (empty when it was not taken; then left out of the
    /// JSON). They travel with the scenario so the board can read the
    /// room's elicited weights; they never change the projection.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warmup: Vec<Answer>,
}

/// Most answers a scenario's warm-up may hold.
pub const MAX_ANSWERS: usize = 20;

/// One answer of the warm-up: which of two outcomes of a trade-off the
/// participant would rather have. Each outcome is an amount, given as a
/// share (above 0, at most 1) of the question's base amount of money, so
/// the answer says "the left outcome's weight times `left` is more than
/// (less than, the same as) the right one's times `right`".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The trade-off asked.
    pub trade_off: TradeOff,
    /// The left outcome's amount, as a share of the base amount.
    pub left: f64,
    /// The right outcome's amount, as a share of the base amount.
    pub right: f64,
    /// What the participant chose.
    pub choice: Choice,
}

/// The fixed total for the area per year, in constant prices. Its base is
/// base-year spending on all areas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Frame {
    /// Change of the frame's level against base-year spending (0.05 = +5 %).
    pub level_change: f64,
    /// Real growth of the frame per year (default 0).
    pub real_growth_per_year: f64,
}

/// The five user weights (*prioriteter*), each 0..1.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Priorities {
    /// Frame discipline: 0 lets the social area cover its need and crowd
    /// out other services; 1 holds the frame and leaves need unmet.
    pub budget_squeeze: f64,
    /// Weight on prevention, early help and life mastery.
    pub social_professional: f64,
    /// Weight on cost per outcome and data-driven follow-up.
    pub steering: f64,
    /// Weight on dampening diagnosis-driven growth and early assessment.
    pub diagnosis: f64,
    /// Weight on strength of evidence and value for money.
    pub future_priorities: f64,
}

/// The step the explorer's weight sliders move in: a weight set on a
/// slider is a multiple of it, and the warm-up rounds to it.
pub const WEIGHT_STEP: f64 = 0.05;

/// Lever settings. Neutral (all zero / off) is "no change".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Levers {
    /// Extra prevention investment, DKK per year.
    pub prevention_investment_dkk: f64,
    /// State refund rate on prevention, 0..1 (recommendation 1).
    pub prevention_refund_rate: f64,
    /// Prevention exempt from the service ceiling (recommendation 1).
    pub prevention_ceiling_exempt: bool,
    /// Share of staff time freed from administration (recommendation 2).
    pub admin_relief: f64,
    /// Research close to practice, 0..1 (recommendation 3).
    pub research_practice: f64,
    /// Cross-sector collaboration, 0..1 (recommendation 4).
    pub cross_sector: f64,
    /// Sharper needs assessment and diagnosis dialogue, 0..1.
    pub needs_assessment: f64,
    /// Progression follow-up (step-down), 0..1 (seed 004).
    pub progression_followup: f64,
    /// Unit-cost steering, 0..1 (seed 003).
    pub unit_cost_steering: f64,
    /// Ceiling per case per year in DKK; 0 means no ceiling council
    /// (recommendation 5).
    pub ceiling_dkk: f64,
    /// Assume national legislation so the ceiling also hits entitlements.
    pub ceiling_on_entitlements: bool,
}

impl Default for Frame {
    fn default() -> Self {
        Frame {
            level_change: 0.0,
            real_growth_per_year: 0.0,
        }
    }
}

impl Default for Priorities {
    /// Every weight at the middle of its slider: no approach favoured.
    fn default() -> Self {
        Priorities {
            budget_squeeze: 0.5,
            social_professional: 0.5,
            steering: 0.5,
            diagnosis: 0.5,
            future_priorities: 0.5,
        }
    }
}

impl Default for Levers {
    fn default() -> Self {
        Levers {
            prevention_investment_dkk: 0.0,
            prevention_refund_rate: 0.0,
            prevention_ceiling_exempt: false,
            admin_relief: 0.0,
            research_practice: 0.0,
            cross_sector: 0.0,
            needs_assessment: 0.0,
            progression_followup: 0.0,
            unit_cost_steering: 0.0,
            ceiling_dkk: 0.0,
            ceiling_on_entitlements: false,
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::neutral()
    }
}

impl Priorities {
    /// The four ranking criteria: every weight but budget squeeze. They are
    /// relative weights: they decide only how the money beyond the legal
    /// floors and prevention is shared between areas, never how much money
    /// there is (that is budget squeeze's).
    pub const CRITERIA: [ApproachId; 4] = [
        ApproachId::SocialProfessional,
        ApproachId::Steering,
        ApproachId::Diagnosis,
        ApproachId::FuturePriorities,
    ];

    /// The share (0..1) of criterion `id` in the sum of the four criteria
    /// weights, which is what ranks the areas; 0 for each when all four are 0
    /// (the areas are then ranked equally). `None` for budget squeeze, which
    /// is not a criterion.
    ///
    /// ```
    /// use prioritet::model::ids::ApproachId;
    /// use prioritet::model::scenario::Priorities;
    /// let mut p = Priorities::default();
    /// p.steering = 1.0;
    /// assert_eq!(p.criterion_share(ApproachId::Steering), Some(0.4));
    /// assert_eq!(p.criterion_share(ApproachId::BudgetSqueeze), None);
    /// ```
    pub fn criterion_share(&self, id: ApproachId) -> Option<f64> {
        if !Self::CRITERIA.contains(&id) {
            return None;
        }
        let total: f64 = Self::CRITERIA.iter().map(|c| self.get(*c)).sum();
        Some(if total > 0.0 {
            self.get(id) / total
        } else {
            0.0
        })
    }

    /// The weights as `(approach, value)` pairs, in [`ApproachId::ALL`] order.
    pub fn pairs(&self) -> [(ApproachId, f64); 5] {
        ApproachId::ALL.map(|a| (a, self.get(a)))
    }

    /// The weight of this approach.
    pub fn get(&self, id: ApproachId) -> f64 {
        match id {
            ApproachId::BudgetSqueeze => self.budget_squeeze,
            ApproachId::SocialProfessional => self.social_professional,
            ApproachId::Steering => self.steering,
            ApproachId::Diagnosis => self.diagnosis,
            ApproachId::FuturePriorities => self.future_priorities,
        }
    }

    /// Sets the weight of this approach.
    pub fn set(&mut self, id: ApproachId, value: f64) {
        let slot = match id {
            ApproachId::BudgetSqueeze => &mut self.budget_squeeze,
            ApproachId::SocialProfessional => &mut self.social_professional,
            ApproachId::Steering => &mut self.steering,
            ApproachId::Diagnosis => &mut self.diagnosis,
            ApproachId::FuturePriorities => &mut self.future_priorities,
        };
        *slot = value;
    }
}

impl Levers {
    /// The lever's setting as a number (switches as 0 or 1).
    pub fn get(&self, id: LeverId) -> f64 {
        let b = |x: bool| if x { 1.0 } else { 0.0 };
        match id {
            LeverId::PreventionInvestmentDkk => self.prevention_investment_dkk,
            LeverId::PreventionRefundRate => self.prevention_refund_rate,
            LeverId::PreventionCeilingExempt => b(self.prevention_ceiling_exempt),
            LeverId::AdminRelief => self.admin_relief,
            LeverId::ResearchPractice => self.research_practice,
            LeverId::CrossSector => self.cross_sector,
            LeverId::NeedsAssessment => self.needs_assessment,
            LeverId::ProgressionFollowup => self.progression_followup,
            LeverId::UnitCostSteering => self.unit_cost_steering,
            LeverId::CeilingDkk => self.ceiling_dkk,
            LeverId::CeilingOnEntitlements => b(self.ceiling_on_entitlements),
        }
    }

    /// Sets a lever (switches are on for values of 0.5 or more).
    pub fn set(&mut self, id: LeverId, value: f64) {
        match id {
            LeverId::PreventionInvestmentDkk => self.prevention_investment_dkk = value,
            LeverId::PreventionRefundRate => self.prevention_refund_rate = value,
            LeverId::PreventionCeilingExempt => self.prevention_ceiling_exempt = value >= 0.5,
            LeverId::AdminRelief => self.admin_relief = value,
            LeverId::ResearchPractice => self.research_practice = value,
            LeverId::CrossSector => self.cross_sector = value,
            LeverId::NeedsAssessment => self.needs_assessment = value,
            LeverId::ProgressionFollowup => self.progression_followup = value,
            LeverId::UnitCostSteering => self.unit_cost_steering = value,
            LeverId::CeilingDkk => self.ceiling_dkk = value,
            LeverId::CeilingOnEntitlements => self.ceiling_on_entitlements = value >= 0.5,
        }
    }
}

impl Scenario {
    /// "No change": the data's demand growth, a fixed frame at base-year
    /// spending, middle weights and every lever neutral. The baseline every
    /// chart compares with.
    pub fn neutral() -> Scenario {
        Scenario {
            version: SCENARIO_VERSION,
            name: Preset::Neutral.as_str().to_string(),
            horizon_years: 10,
            growth_scale: 1.0,
            frame: Frame::default(),
            priorities: Priorities::default(),
            levers: Levers::default(),
            warmup: Vec::new(),
        }
    }

    /// The baseline for this scenario: the same demand assumption, frame and
    /// horizon, but default weights and neutral levers. Comparing with it
    /// separates the effect of the choices from the effect of growth. Its
    /// name is the scenario's with " (baseline)" after it, the scenario's
    /// part cut so the whole stays within [`MAX_NAME_CHARS`].
    pub fn baseline(&self) -> Scenario {
        let own: String = self
            .name
            .chars()
            .take(MAX_NAME_CHARS - BASELINE_SUFFIX.chars().count())
            .collect();
        Scenario {
            version: SCENARIO_VERSION,
            name: format!("{own}{BASELINE_SUFFIX}"),
            horizon_years: self.horizon_years,
            growth_scale: self.growth_scale,
            frame: self.frame.clone(),
            priorities: Priorities::default(),
            levers: Levers::default(),
            warmup: Vec::new(),
        }
    }

    /// The scenario of one VIVE approach: its weights and lever settings on
    /// top of the neutral scenario.
    pub fn from_preset(ds: &DataSet, approach: ApproachId) -> Result<Scenario, ModelError> {
        let preset = ds.approach(approach).ok_or_else(|| {
            ModelError::new(
                "approach",
                format!("the data set has no preset for '{approach}'"),
            )
        })?;
        let mut s = Scenario::neutral();
        s.name = approach.as_str().to_string();
        for a in ApproachId::ALL {
            s.priorities.set(a, preset.priorities.get(a).value);
        }
        for (&id, v) in &preset.levers {
            s.levers.set(id, v.value);
        }
        s.validate(ds)?;
        Ok(s)
    }

    /// Whether the name was given by a person, not a default: not empty,
    /// and not the id of a preset ("neutral" or an approach).
    pub fn has_own_name(&self) -> bool {
        !(self.name.is_empty() || Preset::from_id(&self.name).is_some())
    }

    /// Whether the two scenarios make the same choices, whatever their names.
    pub fn same_choices(&self, other: &Scenario) -> bool {
        self.version == other.version
            && self.horizon_years == other.horizon_years
            && self.growth_scale == other.growth_scale
            && self.frame == other.frame
            && self.priorities == other.priorities
            && self.levers == other.levers
    }

    /// Parses a scenario file and checks its version (not its values; call
    /// [`Scenario::validate`] with the data set for that). The JSON is read
    /// strictly ([`parse_json`]): a key given twice is an error naming it,
    /// never "the last one wins".
    pub fn from_json(json: &str) -> Result<Scenario, ModelError> {
        Scenario::from_value(parse_json(json)?)
    }

    /// A scenario from parsed JSON: the version check, then the fields, with
    /// unknown ones refused and the error naming the field. Parsing from the
    /// value (not its text again) reads every number exactly once.
    pub fn from_value(v: serde_json::Value) -> Result<Scenario, ModelError> {
        if !v.is_object() {
            return Err(ModelError::new("", "a scenario must be a JSON object"));
        }
        match v.get("version").map(|x| x.as_u64()) {
            None => {
                return Err(ModelError::new(
                    "version",
                    format!("missing; this build reads version {SCENARIO_VERSION}"),
                ))
            }
            Some(Some(n)) if n == u64::from(SCENARIO_VERSION) => {}
            Some(_) => {
                return Err(ModelError::new(
                    "version",
                    format!("unsupported; this build reads version {SCENARIO_VERSION}"),
                ))
            }
        }
        serde_path_to_error::deserialize(v).map_err(|e| {
            let field = e.path().to_string();
            let field = if field == "." { String::new() } else { field };
            ModelError::new(field, e.into_inner().to_string())
        })
    }

    /// Writes the scenario as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The scenario with every lever moved into `ds`'s range, and the
    /// levers that moved. A municipality's own figures scale the DKK-a-year
    /// levers to its size, so a national setting can lie beyond them; the
    /// explorer keeps the nearest allowed value rather than a scenario the
    /// model refuses. A value that is not a number goes to the lever's
    /// neutral setting.
    pub fn fitted_to(&self, ds: &DataSet) -> (Scenario, Vec<LeverId>) {
        let mut out = self.clone();
        let mut moved = vec![];
        for id in LeverId::ALL {
            let Some(lever) = ds.lever(id) else { continue };
            if lever.unit == LeverUnit::Switch {
                continue;
            }
            let v = self.levers.get(id);
            let fitted = if v.is_nan() {
                Levers::default().get(id)
            } else {
                v.clamp(lever.min.value, lever.max.value)
            };
            if fitted != v {
                out.levers.set(id, fitted);
                moved.push(id);
            }
        }
        if out.raise_low_ceiling().is_some() && !moved.contains(&LeverId::CeilingDkk) {
            moved.push(LeverId::CeilingDkk);
        }
        (out, moved)
    }

    /// Raises a ceiling above 0 but below [`MIN_CEILING_DKK`] (allowed by
    /// earlier builds) to the lowest possible one, and returns the ceiling
    /// it had; `None` when the ceiling was fine.
    pub fn raise_low_ceiling(&mut self) -> Option<f64> {
        let old = self.levers.ceiling_dkk;
        ceiling_problem(old)?;
        self.levers.ceiling_dkk = MIN_CEILING_DKK;
        Some(old)
    }

    /// Checks every value; the error names the field.
    pub fn validate(&self, ds: &DataSet) -> Result<(), ModelError> {
        if self.version != SCENARIO_VERSION {
            return Err(ModelError::new(
                "version",
                format!("unsupported; this build reads version {SCENARIO_VERSION}"),
            ));
        }
        if let Some(problem) = name_problem(&self.name) {
            return Err(ModelError::new("name", problem.to_string()));
        }
        if self.horizon_years == 0 || self.horizon_years > MAX_HORIZON_YEARS {
            return Err(ModelError::new(
                "horizon_years",
                format!("must be between 1 and {MAX_HORIZON_YEARS}"),
            ));
        }
        check("growth_scale", self.growth_scale, 0.0, 3.0)?;
        check("frame.level_change", self.frame.level_change, -0.5, 1.0)?;
        check(
            "frame.real_growth_per_year",
            self.frame.real_growth_per_year,
            -0.1,
            0.1,
        )?;
        for (id, w) in self.priorities.pairs() {
            check(&format!("priorities.{id}"), w, 0.0, 1.0)?;
        }
        for id in LeverId::ALL {
            let value = self.levers.get(id);
            let field = format!("levers.{id}");
            let lever = ds
                .lever(id)
                .ok_or_else(|| ModelError::new(&field, "the data set has no such lever"))?;
            if lever.unit == LeverUnit::Switch {
                continue;
            }
            check(&field, value, lever.min.value, lever.max.value)?;
        }
        if let Some(problem) = ceiling_problem(self.levers.ceiling_dkk) {
            return Err(ModelError::new(
                format!("levers.{}", LeverId::CeilingDkk),
                problem.to_string(),
            ));
        }
        if self.warmup.len() > MAX_ANSWERS {
            return Err(ModelError::new(
                "warmup",
                format!("at most {MAX_ANSWERS} answers"),
            ));
        }
        for (i, a) in self.warmup.iter().enumerate() {
            for (side, v) in [("left", a.left), ("right", a.right)] {
                if !(v.is_finite() && v > 0.0 && v <= 1.0) {
                    return Err(ModelError::new(
                        format!("warmup[{i}].{side}"),
                        format!("must be above 0 and at most 1, got {v}"),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What " (baseline)" adds to a scenario's name in [`Scenario::baseline`].
const BASELINE_SUFFIX: &str = " (baseline)";

/// Why a name cannot be a scenario's (or a saved list entry's) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameProblem {
    /// The name has this many characters, more than [`MAX_NAME_CHARS`].
    TooLong(usize),
    /// The name holds a control character (a line break, a tab, U+0000 to
    /// U+001F or U+007F to U+009F). Such a name is refused, never
    /// silently stripped: a name is kept as the user wrote it or not at
    /// all.
    ControlCharacter,
}

impl fmt::Display for NameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameProblem::TooLong(n) => {
                write!(f, "must be at most {MAX_NAME_CHARS} characters, got {n}")
            }
            NameProblem::ControlCharacter => {
                write!(f, "must not contain control characters (line breaks, tabs)")
            }
        }
    }
}

/// A name as a person types it into a field: without control characters
/// (a pasted tab or line break) or leading spaces, and cut at
/// [`MAX_NAME_CHARS`] characters, so it always passes [`name_problem`].
///
/// ```
/// use prioritet::model::scenario::name_as_typed;
/// assert_eq!(name_as_typed("  Gruppe\tA "), "GruppeA ");
/// ```
pub fn name_as_typed(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_control())
        .skip_while(|c| c.is_whitespace())
        .take(MAX_NAME_CHARS)
        .collect()
}

/// What is wrong with `name` as a scenario's name, if anything: longer
/// than [`MAX_NAME_CHARS`] characters, or holding a control character.
///
/// ```
/// use prioritet::model::scenario::{name_problem, NameProblem, MAX_NAME_CHARS};
///
/// assert_eq!(name_problem("Ærø 🙂 <b>"), None);
/// assert_eq!(name_problem("a\tb"), Some(NameProblem::ControlCharacter));
/// let long = "x".repeat(MAX_NAME_CHARS + 1);
/// assert_eq!(name_problem(&long), Some(NameProblem::TooLong(MAX_NAME_CHARS + 1)));
/// ```
pub fn name_problem(name: &str) -> Option<NameProblem> {
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        Some(NameProblem::TooLong(chars))
    } else if name.chars().any(char::is_control) {
        Some(NameProblem::ControlCharacter)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criterion_shares_sum_to_one_and_ignore_scale() {
        let p = Priorities {
            budget_squeeze: 0.9,
            social_professional: 0.8,
            steering: 0.4,
            diagnosis: 0.2,
            future_priorities: 0.1,
        };
        let shares = Priorities::CRITERIA.map(|c| p.criterion_share(c).unwrap());
        assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((shares[0] - 0.8 / 1.5).abs() < 1e-12);
        let mut half = p.clone();
        for c in Priorities::CRITERIA {
            half.set(c, p.get(c) / 2.0);
        }
        half.budget_squeeze = 0.1;
        for (c, s) in Priorities::CRITERIA.iter().zip(shares) {
            assert!((half.criterion_share(*c).unwrap() - s).abs() < 1e-12);
        }
        let mut none = p;
        for c in Priorities::CRITERIA {
            none.set(c, 0.0);
        }
        assert_eq!(none.criterion_share(ApproachId::Diagnosis), Some(0.0));
        assert_eq!(none.criterion_share(ApproachId::BudgetSqueeze), None);
    }

    #[test]
    fn neutral_is_valid_and_round_trips() {
        let ds = DataSet::builtin();
        let s = Scenario::neutral();
        s.validate(&ds).unwrap();
        let back = Scenario::from_json(&s.to_json()).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn a_ceiling_is_none_or_at_least_the_minimum() {
        let ds = DataSet::builtin();
        let mut s = Scenario::neutral();
        for ok in [0.0, MIN_CEILING_DKK, 2e6] {
            s.levers.ceiling_dkk = ok;
            s.validate(&ds).unwrap();
        }
        s.levers.ceiling_dkk = 300_000.0;
        let e = s.validate(&ds).unwrap_err();
        assert_eq!(e.field, "levers.ceiling_dkk");
        assert!(e.message.contains("0 means no ceiling"), "{e}");
        let (fitted, moved) = s.fitted_to(&ds);
        assert_eq!(fitted.levers.ceiling_dkk, MIN_CEILING_DKK);
        assert_eq!(moved, vec![LeverId::CeilingDkk]);
        assert_eq!(s.clone().raise_low_ceiling(), Some(300_000.0));
        let mut fine = Scenario::neutral();
        assert_eq!(fine.raise_low_ceiling(), None);
        // The slider's stops: no ceiling, then the minimum and up.
        let step = 100_000.0;
        let first = ceiling_stop(0.0, step);
        assert_eq!(ceiling_at_stop(first), 0.0);
        assert_eq!(ceiling_at_stop(first + step), MIN_CEILING_DKK);
        assert_eq!(
            ceiling_stop(ceiling_at_stop(first + step), step),
            first + step
        );
    }

    #[test]
    fn defaults_fill_missing_fields() {
        let s = Scenario::from_json(r#"{"version":1,"priorities":{"steering":0.9}}"#).unwrap();
        assert_eq!(s.priorities.steering, 0.9);
        assert_eq!(s.priorities.budget_squeeze, 0.5);
        assert_eq!(s.horizon_years, 10);
    }

    #[test]
    fn errors_name_the_field() {
        let ds = DataSet::builtin();
        let mut s = Scenario::neutral();
        s.priorities.diagnosis = f64::NAN;
        assert_eq!(s.validate(&ds).unwrap_err().field, "priorities.diagnosis");
        let mut s = Scenario::neutral();
        s.levers.prevention_refund_rate = -0.1;
        assert_eq!(
            s.validate(&ds).unwrap_err().field,
            "levers.prevention_refund_rate"
        );
        let e = Scenario::from_json(r#"{"version":1,"levers":{"nonsense":1}}"#).unwrap_err();
        assert!(e.to_string().contains("nonsense"), "{e}");
        let e = Scenario::from_json(r#"{"version":2}"#).unwrap_err();
        assert_eq!(e.field, "version");
        let e = Scenario::from_json(r#"{"version":2,"version":1}"#).unwrap_err();
        assert_eq!(e.field, "version");
        assert!(e.message.contains("twice"), "{e}");
        let e =
            Scenario::from_json(r#"{"version":1,"levers":{"ceiling_dkk":2000000},"levers":{}}"#)
                .unwrap_err();
        assert_eq!(e.field, "levers");
        let e =
            Scenario::from_json(r#"{"version":1,"frame":{"level_change":0.1,"level_change":0}}"#)
                .unwrap_err();
        assert_eq!(e.field, "frame.level_change");
        let e =
            Scenario::from_json(r#"{"version":1,"priorities":{"steering":"high"}}"#).unwrap_err();
        assert_eq!(e.field, "priorities.steering");
    }

    #[test]
    fn names_are_bounded_and_free_of_control_characters() {
        let ds = DataSet::builtin();
        let mut s = Scenario::neutral();
        s.name = "æ".repeat(MAX_NAME_CHARS);
        s.validate(&ds).unwrap();
        s.baseline().validate(&ds).unwrap();
        assert!(s.baseline().name.ends_with(" (baseline)"));
        assert_eq!(s.baseline().name.chars().count(), MAX_NAME_CHARS);
        assert_eq!(Scenario::neutral().baseline().name, "neutral (baseline)");
        s.name.push('æ');
        let e = s.validate(&ds).unwrap_err();
        assert_eq!(e.field, "name");
        assert!(e.message.contains("81"), "{e}");
        let json = format!(r#"{{"version":1,"name":"{}"}}"#, "x".repeat(12_000));
        let e = Scenario::from_json(&json)
            .unwrap()
            .validate(&ds)
            .unwrap_err();
        assert_eq!(e.field, "name");
        for bad in [
            "a\nb",
            "tab\there",
            "\u{0}",
            "bell\u{7}",
            "\u{85}",
            "del\u{7f}",
        ] {
            s.name = bad.to_string();
            assert_eq!(s.validate(&ds).unwrap_err().field, "name", "{bad:?}");
        }
        for good in [
            "",
            " spaced ",
            "Ærø's \"plan\" <b>&</b> 🙂",
            "\u{200b}zero width",
        ] {
            s.name = good.to_string();
            s.validate(&ds).unwrap();
        }
    }

    #[test]
    fn own_names_and_same_choices() {
        let ds = DataSet::builtin();
        let mut s = Scenario::from_preset(&ds, ApproachId::Steering).unwrap();
        assert!(!s.has_own_name());
        let preset = s.clone();
        s.name = "Gruppe A".into();
        assert!(s.has_own_name());
        assert!(s.same_choices(&preset));
        s.priorities.steering = 0.1;
        assert!(!s.same_choices(&preset));
        assert!(!Scenario::neutral().has_own_name());
    }

    #[test]
    fn fitting_moves_only_levers_beyond_the_range() {
        let mut ds = DataSet::builtin();
        let mut s = Scenario::from_preset(&ds, ApproachId::SocialProfessional).unwrap();
        s.levers.prevention_investment_dkk = 3e9;
        let (same, moved) = s.fitted_to(&ds);
        assert!(moved.is_empty());
        assert_eq!(same, s);
        let i = ds
            .levers
            .iter()
            .position(|l| l.id == LeverId::PreventionInvestmentDkk)
            .unwrap();
        ds.levers[i].max.value = 3e7;
        let (fitted, moved) = s.fitted_to(&ds);
        assert_eq!(moved, [LeverId::PreventionInvestmentDkk]);
        assert_eq!(fitted.levers.prevention_investment_dkk, 3e7);
        fitted.validate(&ds).unwrap();
        assert_eq!(fitted.priorities, s.priorities);
    }

    #[test]
    fn a_typed_name_always_passes() {
        let long = format!("\n{}", "æ".repeat(MAX_NAME_CHARS + 5));
        for typed in ["Gruppe A", " \t x\r\ny", &long, ""] {
            assert_eq!(name_problem(&name_as_typed(typed)), None, "{typed:?}");
        }
        assert_eq!(name_as_typed(&long).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn presets_exist_for_all_five_approaches() {
        let ds = DataSet::builtin();
        for id in ApproachId::ALL {
            let s = Scenario::from_preset(&ds, id).unwrap();
            assert_eq!(s.name, id.as_str());
        }
    }

    #[test]
    fn the_formats_keys_are_the_typed_ids() {
        let keys = |v: serde_json::Value| -> Vec<String> {
            v.as_object().unwrap().keys().cloned().collect()
        };
        let s = serde_json::to_value(Scenario::neutral()).unwrap();
        let mut levers: Vec<String> = LeverId::ALL.iter().map(|l| l.to_string()).collect();
        let mut weights: Vec<String> = ApproachId::ALL.iter().map(|a| a.to_string()).collect();
        levers.sort();
        weights.sort();
        assert_eq!(keys(s["levers"].clone()), levers);
        assert_eq!(keys(s["priorities"].clone()), weights);
        let mut l = Levers::default();
        let mut p = Priorities::default();
        for (i, id) in LeverId::ALL.into_iter().enumerate() {
            l.set(id, 1.0 + i as f64);
            assert_eq!(
                l.get(id),
                if id.as_str().contains("exempt") || id.as_str().contains("entitlements") {
                    1.0
                } else {
                    1.0 + i as f64
                }
            );
        }
        for (i, id) in ApproachId::ALL.into_iter().enumerate() {
            p.set(id, i as f64 / 10.0);
            assert_eq!(p.get(id), i as f64 / 10.0);
        }
    }
}
