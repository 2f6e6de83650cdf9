//! Several scenarios side by side: the compare view (two to four scenarios,
//! e.g. the five lenses, or a councillor's own against "no change") and the
//! facilitator board (one column per participant). Each scenario is
//! projected on central values; the headline figures of the comparison year
//! are set against a reference column ("no change" when it is one of the
//! columns, see [`Reference`]), and the differences that matter are marked
//! notable for the UI to highlight ([`matters`] is the one rule).
//!
//! ```
//! use prioritet::model::analysis::compare::{compare, Metric};
//! use prioritet::model::ids::ApproachId;
//! use prioritet::model::{DataSet, Scenario};
//!
//! let ds = DataSet::builtin();
//! let own = Scenario::from_preset(&ds, ApproachId::BudgetSqueeze).unwrap();
//! let c = compare(
//!     &[("Uden ændringer".to_string(), own.baseline()), ("Min".to_string(), own)],
//!     &ds,
//! )
//! .unwrap();
//! let overspend = c.row(Metric::Overspend).unwrap();
//! assert_eq!(overspend.diffs[0], 0.0);
//! assert!(overspend.diffs[1] < 0.0, "holding the frame overspends less");
//! ```

use crate::model::analysis::summary::{key_figures, KeyFigure, KeyFigures};
use crate::model::data::dataset::DataSet;
use crate::model::engine::projection::{project_baseline, project_central, Projection};
use crate::model::error::ModelError;
use crate::model::ids::{CompareColumn, Preset};
use crate::model::scenario::Scenario;

/// A difference in DKK matters when it is at least this share of the
/// reference column's frame: 1 %, about 630 mio. kr. of the national frame,
/// the size of a whole service's budget line. Staff-years are money taken
/// from another service, so they follow the DKK row they translate.
pub const NOTABLE_SHARE_OF_FRAME: f64 = 0.01;

/// A difference in citizens or cases matters when it is at least this share
/// of the reference column's value (5 %)...
pub const NOTABLE_RELATIVE: f64 = 0.05;

/// ...and at least this many units (1 DKK, citizen or case), so rows of
/// near-zero values do not light up on rounding noise.
pub const NOTABLE_MIN: f64 = 1.0;

/// Whether a difference `diff` from the reference column matters enough to
/// highlight: the one rule of the compare table. `reference` is the
/// reference column's value in the same row, `frame_dkk` its frame. DKK
/// (and staff-years, through their DKK) counts against the frame, citizens
/// and cases against their own reference value (a row that starts at zero,
/// like the ceiling council's cases under "no change", matters from one
/// unit).
///
/// ```
/// use prioritet::model::analysis::compare::{matters, MetricUnit};
/// // 700 mio. kr. of a 62,7 mia. kr. frame matters; 300 mio. kr. does not.
/// assert!(matters(MetricUnit::Dkk, -7e8, 5e9, 62.7e9));
/// assert!(!matters(MetricUnit::Dkk, 3e8, 0.0, 62.7e9));
/// // 6 % more citizens with unmet need matters; 4 % does not.
/// assert!(matters(MetricUnit::Citizens, 1_200.0, 20_000.0, 62.7e9));
/// assert!(!matters(MetricUnit::Citizens, -800.0, 20_000.0, 62.7e9));
/// ```
pub fn matters(unit: MetricUnit, diff: f64, reference: f64, frame_dkk: f64) -> bool {
    let tolerance = match unit {
        MetricUnit::Dkk | MetricUnit::StaffYears => NOTABLE_SHARE_OF_FRAME * frame_dkk.abs(),
        MetricUnit::Citizens | MetricUnit::Cases => NOTABLE_RELATIVE * reference.abs(),
    };
    diff.is_finite() && diff.abs() >= tolerance.max(NOTABLE_MIN)
}

/// The column the differences are measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    /// "Uden ændringer" (no change), at this column.
    NoChange(usize),
    /// The first column, as no column is "no change".
    First,
}

impl Reference {
    /// "No change" if it is one of `choices` (the first such), else the
    /// first column.
    ///
    /// ```
    /// use prioritet::model::analysis::compare::Reference;
    /// use prioritet::model::ids::{CompareColumn, Preset};
    /// let mine_vs_none = [CompareColumn::Current, CompareColumn::Preset(Preset::Neutral)];
    /// assert_eq!(Reference::of(&mine_vs_none), Reference::NoChange(1));
    /// assert_eq!(Reference::of(&[CompareColumn::Current]).index(), 0);
    /// ```
    pub fn of(choices: &[CompareColumn]) -> Reference {
        choices
            .iter()
            .position(|c| *c == CompareColumn::Preset(Preset::Neutral))
            .map_or(Reference::First, Reference::NoChange)
    }

    /// The reference column's place.
    pub fn index(self) -> usize {
        match self {
            Reference::NoChange(i) => i,
            Reference::First => 0,
        }
    }
}

/// What a metric's number counts, so the UI can format it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricUnit {
    /// DKK per year, constant prices.
    Dkk,
    /// Full-year citizens (*helårsborgere*).
    Citizens,
    /// Cases referred to the ceiling council.
    Cases,
    /// Staff-years of another service (teacher-, pedagogue- or
    /// care-worker-years; the data set's service names the unit).
    StaffYears,
}

impl MetricUnit {
    /// Whether the unit is money (DKK), which the compare table writes in
    /// one unit down the table.
    pub fn is_money(self) -> bool {
        self == MetricUnit::Dkk
    }
}

/// A headline figure compared across scenarios: the key figures the
/// explorer shows, each for one projection year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// The economic frame (*rammen*).
    Frame,
    /// Spending counted against the frame.
    Spending,
    /// Spending above the frame, taken from other services.
    Overspend,
    /// DKK the overspend takes from schools.
    TakenSchoolsDkk,
    /// DKK the overspend takes from day care.
    TakenDayCareDkk,
    /// DKK the overspend takes from elder care.
    TakenElderCareDkk,
    /// The same taken from schools, in teacher-years.
    TakenSchoolsUnits,
    /// The same taken from day care, in pedagogue-years.
    TakenDayCareUnits,
    /// The same taken from elder care, in care-worker-years.
    TakenElderCareUnits,
    /// Need left unmet, DKK.
    UnmetDkk,
    /// Need left unmet, full-year citizens.
    UnmetCitizens,
    /// Cases referred to the ceiling council.
    CeilingCases,
    /// Need the ceiling council declines: the money its decisions free
    /// under the scenario's assumption about the law.
    CeilingFreed,
    /// Money the ceiling council frees without a change of law.
    CeilingFreedWithoutLaw,
    /// Money the ceiling council frees with a change of law.
    CeilingFreedWithLaw,
    /// What prevention costs the municipality (net of state refund).
    PreventionCost,
    /// Prevention's gains for all payers (municipality, region, state).
    PreventionGains,
}

impl Metric {
    /// Every metric, in the order the key figures show them.
    pub const ALL: [Metric; 17] = [
        Metric::Frame,
        Metric::Spending,
        Metric::Overspend,
        Metric::TakenSchoolsDkk,
        Metric::TakenDayCareDkk,
        Metric::TakenElderCareDkk,
        Metric::TakenSchoolsUnits,
        Metric::TakenDayCareUnits,
        Metric::TakenElderCareUnits,
        Metric::UnmetDkk,
        Metric::UnmetCitizens,
        Metric::CeilingCases,
        Metric::CeilingFreed,
        Metric::CeilingFreedWithoutLaw,
        Metric::CeilingFreedWithLaw,
        Metric::PreventionCost,
        Metric::PreventionGains,
    ];

    /// The figures a room reads first, on a projector: what the scenario
    /// spends and spends over the frame, the need it leaves unmet (money
    /// and people), what the ceiling council frees and what prevention
    /// gains. Each of the five approaches moves at least one of them, so
    /// no lens is hidden; the other figures are there on request.
    pub const HEADLINE: [Metric; 6] = [
        Metric::Spending,
        Metric::Overspend,
        Metric::UnmetDkk,
        Metric::UnmetCitizens,
        Metric::CeilingFreed,
        Metric::PreventionGains,
    ];

    /// Whether the metric is one of [`Metric::HEADLINE`].
    pub fn is_headline(self) -> bool {
        Self::HEADLINE.contains(&self)
    }

    /// A stable id, for exports and the UI's message keys
    /// (e.g. `overspend_dkk`, `taken_units.schools`).
    pub fn id(self) -> &'static str {
        match self {
            Metric::Frame => "frame_dkk",
            Metric::Spending => "spending_dkk",
            Metric::Overspend => "overspend_dkk",
            Metric::TakenSchoolsDkk => "taken_dkk.schools",
            Metric::TakenDayCareDkk => "taken_dkk.day_care",
            Metric::TakenElderCareDkk => "taken_dkk.elder_care",
            Metric::TakenSchoolsUnits => "taken_units.schools",
            Metric::TakenDayCareUnits => "taken_units.day_care",
            Metric::TakenElderCareUnits => "taken_units.elder_care",
            Metric::UnmetDkk => "unmet_dkk",
            Metric::UnmetCitizens => "unmet_citizens",
            Metric::CeilingCases => "ceiling_cases",
            Metric::CeilingFreed => "ceiling_freed_dkk",
            Metric::CeilingFreedWithoutLaw => "ceiling_freed_without_law_dkk",
            Metric::CeilingFreedWithLaw => "ceiling_freed_with_law_dkk",
            Metric::PreventionCost => "prevention_cost_dkk",
            Metric::PreventionGains => "prevention_gains_dkk",
        }
    }

    /// The metric with this [`Metric::id`].
    pub fn from_id(id: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.id() == id)
    }

    /// What the metric's number counts.
    pub fn unit(self) -> MetricUnit {
        match self {
            Metric::TakenSchoolsUnits | Metric::TakenDayCareUnits | Metric::TakenElderCareUnits => {
                MetricUnit::StaffYears
            }
            Metric::UnmetCitizens => MetricUnit::Citizens,
            Metric::CeilingCases => MetricUnit::Cases,
            _ => MetricUnit::Dkk,
        }
    }

    /// The id of the other service a "taken" metric is about (`schools`,
    /// `day_care`, `elder_care`); `None` for the others.
    pub fn service_id(self) -> Option<&'static str> {
        match self {
            Metric::TakenSchoolsDkk | Metric::TakenSchoolsUnits => Some("schools"),
            Metric::TakenDayCareDkk | Metric::TakenDayCareUnits => Some("day_care"),
            Metric::TakenElderCareDkk | Metric::TakenElderCareUnits => Some("elder_care"),
            _ => None,
        }
    }

    /// The DKK metric a staff-year metric translates (the same money taken
    /// from the same service); `None` for the others.
    pub fn money(self) -> Option<Metric> {
        match self {
            Metric::TakenSchoolsUnits => Some(Metric::TakenSchoolsDkk),
            Metric::TakenDayCareUnits => Some(Metric::TakenDayCareDkk),
            Metric::TakenElderCareUnits => Some(Metric::TakenElderCareDkk),
            _ => None,
        }
    }

    /// The metric's key figure (central, baseline, band) in `k`; `None` for
    /// a service the data set does not have.
    pub fn figure(self, k: &KeyFigures) -> Option<&KeyFigure> {
        let taken = |id: &str| k.taken.iter().find(|t| t.id == id);
        Some(match self {
            Metric::Frame => &k.frame_dkk,
            Metric::Spending => &k.spending_dkk,
            Metric::Overspend => &k.overspend_dkk,
            Metric::TakenSchoolsDkk | Metric::TakenDayCareDkk | Metric::TakenElderCareDkk => {
                &taken(self.service_id()?)?.dkk
            }
            Metric::TakenSchoolsUnits | Metric::TakenDayCareUnits | Metric::TakenElderCareUnits => {
                &taken(self.service_id()?)?.units
            }
            Metric::UnmetDkk => &k.unmet_dkk,
            Metric::UnmetCitizens => &k.unmet_citizens,
            Metric::CeilingCases => &k.ceiling_cases,
            Metric::CeilingFreed => &k.declined_dkk,
            Metric::CeilingFreedWithoutLaw => &k.freed_without_law_dkk,
            Metric::CeilingFreedWithLaw => &k.freed_with_law_dkk,
            Metric::PreventionCost => &k.prevention_cost_dkk,
            Metric::PreventionGains => &k.prevention_gains_dkk,
        })
    }

    /// The metric year by year in a central projection (the same numbers
    /// [`key_figures`] reads); `None` for a service the data set does not
    /// have.
    pub fn series(self, p: &Projection) -> Option<Vec<f64>> {
        let service = || self.service_id().and_then(|id| p.service(id));
        Some(match self {
            Metric::Frame => p.frame_dkk.clone(),
            Metric::Spending => p.spending_dkk.clone(),
            Metric::Overspend => p.overspend_dkk.clone(),
            Metric::TakenSchoolsDkk | Metric::TakenDayCareDkk | Metric::TakenElderCareDkk => {
                service()?.taken_dkk.clone()
            }
            Metric::TakenSchoolsUnits | Metric::TakenDayCareUnits | Metric::TakenElderCareUnits => {
                service()?.taken_units.clone()
            }
            Metric::UnmetDkk => p.unmet_dkk.clone(),
            Metric::UnmetCitizens => p.unmet_citizens.clone(),
            Metric::CeilingCases => p.ceiling.cases_referred.clone(),
            Metric::CeilingFreed => p.ceiling.freed_dkk.clone(),
            Metric::CeilingFreedWithoutLaw => p.ceiling.freed_without_law_dkk.clone(),
            Metric::CeilingFreedWithLaw => p.ceiling.freed_with_law_dkk.clone(),
            Metric::PreventionCost => p.prevention.cost_municipality_dkk.clone(),
            Metric::PreventionGains => {
                let q = &p.prevention;
                (0..p.years.len())
                    .map(|i| {
                        let at = |s: &[f64]| s.get(i).copied().unwrap_or(0.0);
                        at(&q.gains_municipality_dkk)
                            + at(&q.gains_region_dkk)
                            + at(&q.gains_state_dkk)
                    })
                    .collect()
            }
        })
    }
}

/// One scenario in a comparison, with its central projection and its key
/// figures in the comparison year.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The name the UI shows for it (a lens, "Min", a participant's name).
    pub label: String,
    /// The scenario as given.
    pub scenario: Scenario,
    /// Its central projection, over its own horizon.
    pub projection: Projection,
    /// Its key figures in the comparison year, with its own "no change"
    /// baseline (no bands: the comparison is central only).
    pub figures: KeyFigures,
}

/// One metric across the columns: its value per column, the difference from
/// the reference column, and whether that difference is notable.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The metric.
    pub metric: Metric,
    /// Its central value in the comparison year, per column.
    pub values: Vec<f64>,
    /// `values[i] - values[reference]` (the reference column's is 0).
    pub diffs: Vec<f64>,
    /// Whether the difference [`matters`]; a staff-year row follows the DKK
    /// row it translates. Never true for the reference column.
    pub notable: Vec<bool>,
}

/// Several scenarios projected and set side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The scenarios, in input order.
    pub columns: Vec<Column>,
    /// The column the differences are measured against.
    pub reference: usize,
    /// One row per metric in [`Metric::ALL`] order (a service the data set
    /// does not have gets no row).
    pub rows: Vec<Row>,
    /// The years every column projects (the shortest horizon); the last is
    /// the comparison year of [`Column::figures`] and [`Comparison::rows`].
    pub years: Vec<u16>,
}

impl Comparison {
    /// The row of `metric`, if the data set has it.
    pub fn row(&self, metric: Metric) -> Option<&Row> {
        self.rows.iter().find(|r| r.metric == metric)
    }

    /// The metric year by year for each column, over [`Comparison::years`],
    /// for the overlay chart (an empty series where the data set lacks the
    /// service).
    pub fn series(&self, metric: Metric) -> Vec<Vec<f64>> {
        self.columns
            .iter()
            .map(|c| {
                let mut s = metric.series(&c.projection).unwrap_or_default();
                s.truncate(self.years.len());
                s
            })
            .collect()
    }
}

/// Projects each `(label, scenario)` on central values and compares them in
/// the last year they all project, against the first column. An empty list
/// or an invalid scenario is an error naming the column (e.g.
/// `columns[2].priorities.steering`).
pub fn compare(scenarios: &[(String, Scenario)], ds: &DataSet) -> Result<Comparison, ModelError> {
    compare_named(scenarios, ds, "columns", 0)
}

/// [`compare`] against the column at `reference` (the first if there is no
/// such column).
pub fn compare_against(
    scenarios: &[(String, Scenario)],
    reference: usize,
    ds: &DataSet,
) -> Result<Comparison, ModelError> {
    compare_named(scenarios, ds, "columns", reference)
}

/// [`compare_against`] with errors named after `field` (`columns`,
/// `participants`).
pub(crate) fn compare_named(
    scenarios: &[(String, Scenario)],
    ds: &DataSet,
    field: &str,
    reference: usize,
) -> Result<Comparison, ModelError> {
    if scenarios.is_empty() {
        return Err(ModelError::new(field, "name at least one scenario"));
    }
    let mut runs = Vec::with_capacity(scenarios.len());
    for (i, (label, scenario)) in scenarios.iter().enumerate() {
        let name = |e: ModelError| {
            let path = if e.field.is_empty() {
                format!("{field}[{i}]")
            } else {
                format!("{field}[{i}].{}", e.field)
            };
            ModelError::new(path, e.message)
        };
        let central = project_central(scenario, ds).map_err(name)?;
        let baseline = project_baseline(scenario, ds).map_err(name)?;
        runs.push((label, scenario, central, baseline));
    }
    let common = runs
        .iter()
        .map(|(_, _, p, _)| p.years.len())
        .min()
        .unwrap_or(0);
    let years: Vec<u16> = runs
        .first()
        .map(|(_, _, p, _)| p.years.iter().copied().take(common).collect())
        .unwrap_or_default();
    let last = common.saturating_sub(1);
    let columns: Vec<Column> = runs
        .into_iter()
        .map(|(label, scenario, central, baseline)| Column {
            label: label.clone(),
            scenario: scenario.clone(),
            figures: key_figures(&central, &baseline, None, last),
            projection: central,
        })
        .collect();
    let reference = if reference < columns.len() {
        reference
    } else {
        0
    };
    let frame_dkk = columns
        .get(reference)
        .map_or(0.0, |c| c.figures.frame_dkk.central);
    let mut rows: Vec<Row> = Vec::with_capacity(Metric::ALL.len());
    for metric in Metric::ALL {
        let Some(values) = columns
            .iter()
            .map(|c| metric.figure(&c.figures).map(|f| f.central))
            .collect::<Option<Vec<f64>>>()
        else {
            continue;
        };
        let mut r = row(metric, values, reference, frame_dkk);
        // Metric::ALL lists each DKK row before the staff-years it translates.
        if let Some(money) = metric
            .money()
            .and_then(|m| rows.iter().find(|r| r.metric == m))
        {
            r.notable.clone_from(&money.notable);
        }
        rows.push(r);
    }
    Ok(Comparison {
        columns,
        reference,
        rows,
        years,
    })
}

/// A row with its differences from the value at `reference` and whether
/// they [`matters`] against a frame of `frame_dkk`.
fn row(metric: Metric, values: Vec<f64>, reference: usize, frame_dkk: f64) -> Row {
    let base = values.get(reference).copied().unwrap_or(0.0);
    let diffs: Vec<f64> = values.iter().map(|v| v - base).collect();
    let notable = diffs
        .iter()
        .enumerate()
        .map(|(i, d)| i != reference && matters(metric.unit(), *d, base, frame_dkk))
        .collect();
    Row {
        metric,
        values,
        diffs,
        notable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_read_back() {
        for m in Metric::ALL {
            assert_eq!(Metric::from_id(m.id()), Some(m));
        }
        assert_eq!(Metric::from_id("nope"), None);
        assert_eq!(Metric::TakenDayCareUnits.unit(), MetricUnit::StaffYears);
        assert_eq!(Metric::CeilingCases.unit(), MetricUnit::Cases);
        assert_eq!(Metric::UnmetCitizens.unit(), MetricUnit::Citizens);
        assert_eq!(Metric::PreventionGains.unit(), MetricUnit::Dkk);
        assert_eq!(Metric::Frame.service_id(), None);
    }

    #[test]
    fn the_headline_figures_keep_the_key_figures_order() {
        let order: Vec<Metric> = Metric::ALL
            .into_iter()
            .filter(|m| m.is_headline())
            .collect();
        assert_eq!(order, Metric::HEADLINE);
    }

    #[test]
    fn money_matters_from_one_percent_of_the_frame() {
        // Frame 1,000: the tolerance is 10 DKK, whatever the row's size.
        let r = row(
            Metric::Spending,
            vec![1000.0, 1009.0, 1010.0, 990.0],
            0,
            1000.0,
        );
        assert_eq!(r.diffs, [0.0, 9.0, 10.0, -10.0]);
        assert_eq!(r.notable, [false, false, true, true]);
        let r = row(Metric::CeilingFreed, vec![0.0, 9.0, 20.0], 0, 1000.0);
        assert_eq!(r.notable, [false, false, true]);
        // No frame: one DKK still is not enough to light up.
        assert!(!matters(MetricUnit::Dkk, 0.5, 0.0, 0.0));
    }

    #[test]
    fn counts_matter_from_five_percent_of_the_reference_and_one_unit() {
        let r = row(
            Metric::UnmetCitizens,
            vec![100.0, 104.0, 95.0, 120.0],
            0,
            1e9,
        );
        assert_eq!(r.notable, [false, false, true, true]);
        // From zero, one case is enough; less is rounding noise.
        let r = row(Metric::CeilingCases, vec![0.0, 0.8, 3.0], 0, 1e9);
        assert_eq!(r.notable, [false, false, true]);
        assert!(!matters(MetricUnit::Cases, f64::NAN, 0.0, 1e9));
    }

    #[test]
    fn differences_are_against_the_reference_column() {
        let r = row(Metric::UnmetCitizens, vec![120.0, 100.0, 100.0], 1, 1e9);
        assert_eq!(r.diffs, [20.0, 0.0, 0.0]);
        assert_eq!(r.notable, [true, false, false]);
        let no_change = CompareColumn::Preset(Preset::Neutral);
        let lens = CompareColumn::Preset(Preset::Approach(crate::model::ids::ApproachId::Steering));
        assert_eq!(
            Reference::of(&[lens, no_change, no_change]),
            Reference::NoChange(1)
        );
        assert_eq!(
            Reference::of(&[lens, CompareColumn::Saved(0)]),
            Reference::First
        );
        assert_eq!(Reference::NoChange(2).index(), 2);
    }

    #[test]
    fn staff_years_follow_the_money_they_translate() {
        let ds = DataSet::builtin();
        let steering = Scenario::from_preset(&ds, crate::model::ids::ApproachId::Steering).unwrap();
        let c = compare_against(
            &[
                ("lens".to_string(), steering),
                ("none".to_string(), Scenario::neutral()),
            ],
            1,
            &ds,
        )
        .unwrap();
        assert_eq!(c.reference, 1);
        for (units, money) in [
            (Metric::TakenSchoolsUnits, Metric::TakenSchoolsDkk),
            (Metric::TakenDayCareUnits, Metric::TakenDayCareDkk),
            (Metric::TakenElderCareUnits, Metric::TakenElderCareDkk),
        ] {
            assert_eq!(units.money(), Some(money));
            assert_eq!(c.row(units).unwrap().notable, c.row(money).unwrap().notable);
        }
        assert!(c.rows.iter().all(|r| r.diffs[1] == 0.0 && !r.notable[1]));
        // A reference past the columns falls back to the first.
        let c = compare_against(&[("a".to_string(), Scenario::neutral())], 3, &ds).unwrap();
        assert_eq!(c.reference, 0);
    }

    #[test]
    fn a_shorter_horizon_sets_the_comparison_year() {
        let ds = DataSet::builtin();
        let mut short = Scenario::neutral();
        short.horizon_years = 4;
        let c = compare(
            &[
                ("ten".to_string(), Scenario::neutral()),
                ("four".to_string(), short),
            ],
            &ds,
        )
        .unwrap();
        assert_eq!(c.years.len(), 4);
        assert_eq!(c.columns[0].projection.years.len(), 10);
        assert_eq!(c.columns[0].figures.year, c.years[3]);
        assert!(c.series(Metric::Spending).iter().all(|s| s.len() == 4));
        assert!(c.rows.iter().all(|r| r.diffs.iter().all(|d| *d == 0.0)));
    }

    #[test]
    fn errors_name_the_column() {
        let ds = DataSet::builtin();
        let mut bad = Scenario::neutral();
        bad.priorities.steering = 2.0;
        let e = compare(
            &[
                ("a".to_string(), Scenario::neutral()),
                ("b".to_string(), bad),
            ],
            &ds,
        )
        .unwrap_err();
        assert_eq!(e.field, "columns[1].priorities.steering");
        assert_eq!(compare(&[], &ds).unwrap_err().field, "columns");
    }
}
