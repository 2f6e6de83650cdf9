//! The ceiling council (*prioriteringsråd*, à la Medicinrådet; the six
//! cities' fifth recommendation). It acts only on the residential areas
//! whose spread of costs per case is calibrated (`ceiling.calibration.areas`
//! in `data/model.json`). A case costs its residential place, lognormal
//! around the area's unit cost, plus a day offer (the like-for-like cost
//! Komponent and KL count); cases above a ceiling `C` go to the council,
//! which decides by the evidence behind the intervention, a mix of
//! categories per area: yes (funded in full), partly (funded up to `C` plus
//! a share of the rest) or no (funded up to `C`). A ceiling that cuts an
//! entitlement needs national legislation.

use crate::model::data::dataset::{DataSet, Decision};
use crate::model::engine::uncertainty::normal_upper_tail;

/// Cases above a ceiling and their cost above it, per full-year citizen.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tail {
    /// Share of cases costing more than the ceiling: `P(X > C)`.
    pub share_above: f64,
    /// Expected cost above the ceiling per case: `E[(X - C)+]`, DKK.
    pub excess_per_case_dkk: f64,
}

/// The tail of a lognormal per-case cost `X` with mean `mean_dkk` and log
/// spread `sigma`, above `ceiling_dkk`. With `mu = ln(mean) - sigma^2 / 2`
/// and `z = (ln C - mu) / sigma`: `P(X > C) = Q(z)` and
/// `E[(X - C)+] = mean * Q(z - sigma) - C * Q(z)`, `Q` the normal upper tail.
/// A ceiling at or below 0 has every case above it: `P = 1` and
/// `E[(X - C)+] = mean - C`.
pub fn lognormal_tail(mean_dkk: f64, sigma: f64, ceiling_dkk: f64) -> Tail {
    if !(mean_dkk > 0.0 && sigma > 0.0) {
        return Tail::default();
    }
    if ceiling_dkk.is_nan() {
        return Tail {
            share_above: 1.0,
            excess_per_case_dkk: mean_dkk,
        };
    }
    if ceiling_dkk <= 0.0 {
        return Tail {
            share_above: 1.0,
            excess_per_case_dkk: mean_dkk - ceiling_dkk,
        };
    }
    let mu = mean_dkk.ln() - 0.5 * sigma * sigma;
    let z = (ceiling_dkk.ln() - mu) / sigma;
    let share_above = normal_upper_tail(z);
    let excess = (mean_dkk * normal_upper_tail(z - sigma) - ceiling_dkk * share_above).max(0.0);
    Tail {
        share_above,
        excess_per_case_dkk: excess,
    }
}

/// The tail of the like-for-like cost per case: a residential place `X`
/// (lognormal, mean `mean_dkk`, log spread `sigma`) plus a day offer of
/// `day_offer_dkk` per resident. `P(X + d > C) = P(X > C - d)` and
/// `E[(X + d - C)+] = E[(X - (C - d))+]`, so it is [`lognormal_tail`] at
/// `C - d` (every case is above a ceiling at or below the day offer).
pub fn case_tail(mean_dkk: f64, sigma: f64, day_offer_dkk: f64, ceiling_dkk: f64) -> Tail {
    lognormal_tail(mean_dkk, sigma, ceiling_dkk - day_offer_dkk.max(0.0))
}

/// Share of the cost above the ceiling that the council's decision frees
/// (does not fund): 0 for yes, `1 - partly_share` for partly, 1 for no.
pub fn freed_share(decision: Decision, partly_share: f64) -> f64 {
    match decision {
        Decision::Yes => 0.0,
        Decision::Partly => 1.0 - partly_share,
        Decision::No => 1.0,
    }
}

/// How an area's referred cases split by the council's decision: the
/// shares of its evidence mix grouped by the decision for each category
/// (`ceiling.evidence_mix` and `ceiling.decisions`). The shares sum to 1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DecisionSplit {
    /// Share funded in full.
    pub yes: f64,
    /// Share funded partly.
    pub partly: f64,
    /// Share funded up to the ceiling only.
    pub no: f64,
}

impl DecisionSplit {
    /// Every case gets the same decision.
    pub fn all(decision: Decision) -> DecisionSplit {
        let mut split = DecisionSplit::default();
        split.add(decision, 1.0);
        split
    }

    fn add(&mut self, decision: Decision, share: f64) {
        match decision {
            Decision::Yes => self.yes += share,
            Decision::Partly => self.partly += share,
            Decision::No => self.no += share,
        }
    }

    /// Share of the cost above the ceiling the decisions free:
    /// `sum share x freed_share(decision)`.
    pub fn freed_share(&self, partly_share: f64) -> f64 {
        self.partly * freed_share(Decision::Partly, partly_share)
            + self.no * freed_share(Decision::No, partly_share)
    }
}

/// The split of the area with this id, or `None` when the ceiling does not
/// act on it (it is not one of `ceiling.calibration.areas`). An area
/// without an evidence mix (which validation refuses) takes the decision
/// for its own evidence category.
pub fn decision_split(ds: &DataSet, area_id: &str) -> Option<DecisionSplit> {
    let c = &ds.ceiling;
    if !c.calibration.areas.iter().any(|id| id == area_id) {
        return None;
    }
    match c.evidence_mix.get(area_id) {
        Some(mix) => {
            let mut split = DecisionSplit::default();
            for (evidence, share) in mix {
                split.add(ds.decision_for(*evidence), share.value);
            }
            Some(split)
        }
        None => {
            let area = ds.areas.iter().find(|a| a.id == area_id)?;
            Some(DecisionSplit::all(ds.decision_for(area.evidence)))
        }
    }
}

/// The day offer each resident of a calibration area adds to the cost of
/// a case this year: `day_offer_share x` the unit cost of the day-offer
/// area.
pub fn day_offer_dkk(day_offer_share: f64, day_offer_unit_cost_dkk: f64) -> f64 {
    (day_offer_share * day_offer_unit_cost_dkk).max(0.0)
}

/// One area's outcome under the ceiling in one year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AreaCeiling {
    /// Cases referred to the council (full-year citizens above the ceiling).
    pub cases: f64,
    /// Referred cases funded in full.
    pub yes: f64,
    /// Referred cases funded partly.
    pub partly: f64,
    /// Referred cases funded up to the ceiling only.
    pub no: f64,
    /// Money the decisions free without a change of law: only from the
    /// discretionary share `1 - floor`, DKK.
    pub freed_without_law_dkk: f64,
    /// Money the decisions free if national legislation lets the ceiling
    /// cut entitlements too, DKK.
    pub freed_with_law_dkk: f64,
}

impl AreaCeiling {
    /// The money the council declines: freed with the law if the scenario
    /// assumes it, without otherwise.
    pub fn declined_dkk(&self, on_entitlements: bool) -> f64 {
        if on_entitlements {
            self.freed_with_law_dkk
        } else {
            self.freed_without_law_dkk
        }
    }
}

/// One area in one year, as the ceiling council sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CaseMix {
    /// Full-year citizens in need.
    pub volume: f64,
    /// Mean residential cost per case, DKK (the unit cost).
    pub unit_cost_dkk: f64,
    /// Log spread of the residential cost per case.
    pub sigma: f64,
    /// Day offer per resident, DKK (see [`day_offer_dkk`]).
    pub day_offer_dkk: f64,
    /// The area's legal floor (share that is an entitlement).
    pub floor: f64,
    /// How referred cases split by decision.
    pub split: DecisionSplit,
}

/// The ceiling as the scenario sets it, in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CeilingRule {
    /// Ceiling per case per year, DKK (0 = none).
    pub ceiling_dkk: f64,
    /// Share above the ceiling funded on a "partly".
    pub partly_share: f64,
    /// Whether national legislation lets the ceiling hit entitlements.
    pub on_entitlements: bool,
    /// Phase-in share of the council this year.
    pub phase: f64,
}

/// The ceiling's effect on one area (of the calibration areas). Without
/// legislation only the discretionary share `1 - floor` of the freeable
/// money is freed; with it, all of it.
pub fn apply(area: &CaseMix, rule: &CeilingRule) -> AreaCeiling {
    if !acts_on(area, rule) {
        return AreaCeiling::default();
    }
    let tail = case_tail(
        area.unit_cost_dkk,
        area.sigma,
        area.day_offer_dkk,
        rule.ceiling_dkk,
    );
    apply_tail(area, rule, &tail)
}

/// Whether the ceiling acts on the area this year (a ceiling is set, the
/// council is phased in and the area has citizens); [`apply`] gives zeros
/// otherwise.
pub fn acts_on(area: &CaseMix, rule: &CeilingRule) -> bool {
    let c = rule.ceiling_dkk;
    !(c.is_nan() || c <= 0.0 || rule.phase <= 0.0 || area.volume <= 0.0)
}

/// [`apply`] for an area the ceiling acts on, with its tail
/// `case_tail(area.unit_cost_dkk, area.sigma, area.day_offer_dkk,
/// rule.ceiling_dkk)` already known (the projection reuses it while the
/// costs stay the same).
pub fn apply_tail(area: &CaseMix, rule: &CeilingRule, tail: &Tail) -> AreaCeiling {
    let cases = area.volume * tail.share_above * rule.phase;
    let freeable = area.volume
        * tail.excess_per_case_dkk
        * area.split.freed_share(rule.partly_share)
        * rule.phase;
    AreaCeiling {
        cases,
        yes: cases * area.split.yes,
        partly: cases * area.split.partly,
        no: cases * area.split.no,
        freed_without_law_dkk: freeable * (1.0 - area.floor),
        freed_with_law_dkk: freeable,
    }
}

/// Whether a ceiling on this area needs national legislation: it cuts an
/// entitlement (legal floor above 0) and the council does not say yes to
/// every case.
pub fn needs_legislation(ceiling_dkk: f64, floor: f64, split: &DecisionSplit) -> bool {
    ceiling_dkk > 0.0 && floor > 0.0 && split.yes < 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_is_consistent() {
        let t = lognormal_tail(1e6, 0.8, 1e-9);
        assert!((t.share_above - 1.0).abs() < 1e-9);
        assert!((t.excess_per_case_dkk - 1e6).abs() < 1.0);
        let t = lognormal_tail(1e6, 0.8, 1e12);
        assert!(t.share_above < 1e-9 && t.excess_per_case_dkk < 1e-3);
        let lo = lognormal_tail(1e6, 0.8, 1.5e6);
        let hi = lognormal_tail(1e6, 0.8, 3e6);
        assert!(lo.share_above > hi.share_above && lo.excess_per_case_dkk > hi.excess_per_case_dkk);
    }

    #[test]
    fn the_day_offer_shifts_the_ceiling() {
        let with = case_tail(1e6, 0.8, 1e5, 2e6);
        assert_eq!(with, lognormal_tail(1e6, 0.8, 1.9e6));
        assert!(with.share_above > lognormal_tail(1e6, 0.8, 2e6).share_above);
        // A ceiling at or below the day offer: every case is above it, by
        // its whole cost less the ceiling.
        let t = case_tail(1e6, 0.8, 6e5, 5e5);
        assert_eq!(t.share_above, 1.0);
        assert!((t.excess_per_case_dkk - (1e6 + 6e5 - 5e5)).abs() < 1e-6);
        let t = case_tail(1e6, 0.8, 5e5, 5e5);
        assert_eq!(t.share_above, 1.0);
        assert!((t.excess_per_case_dkk - 1e6).abs() < 1e-6);
    }

    /// KL's national estimate counts residential plus day-offer cost of
    /// DKK 2m or more; the model's count of the same quantity in the
    /// calibration areas (base-year volume x `P(X + d > 2m)`) is within 5 %
    /// of it.
    #[test]
    fn calibrated_like_for_like() {
        let ds = DataSet::builtin();
        let cal = &ds.ceiling.calibration;
        let day_area = ds.area_index(&cal.day_offer_area).expect("day-offer area");
        let d = day_offer_dkk(
            cal.day_offer_share.value,
            ds.areas[day_area].unit_cost_dkk.value,
        );
        assert_eq!(d, 116_500.0);
        let cases: f64 = cal
            .areas
            .iter()
            .filter_map(|id| ds.area_index(id))
            .map(|i| {
                let a = &ds.areas[i];
                a.volume_full_year.value
                    * case_tail(
                        a.unit_cost_dkk.value,
                        a.case_cost_sigma.value,
                        d,
                        cal.threshold_dkk.value,
                    )
                    .share_above
            })
            .sum();
        let target = cal.national_cases.value;
        assert!(
            (cases - target).abs() / target < 0.05,
            "{cases} vs {target}"
        );
    }

    #[test]
    fn only_the_calibration_areas_have_a_split() {
        let ds = DataSet::builtin();
        for a in &ds.areas {
            let split = decision_split(&ds, &a.id);
            let listed = ds.ceiling.calibration.areas.contains(&a.id);
            assert_eq!(split.is_some(), listed, "{}", a.id);
            if let Some(s) = split {
                assert!((s.yes + s.partly + s.no - 1.0).abs() < 1e-9, "{}", a.id);
            }
        }
        let s = decision_split(&ds, "adult_sel107").unwrap();
        assert!((s.yes - 0.4).abs() < 1e-9);
        assert!((s.partly - 0.5).abs() < 1e-9);
        assert!((s.no - 0.1).abs() < 1e-9);
    }

    /// At a DKK 2m ceiling on the built-in data, the evidence mix gives
    /// every decision a real part of the referred cases, and only the
    /// calibration areas have any.
    #[test]
    fn referred_cases_split_by_the_evidence_mix() {
        use crate::model::{project_central, Scenario};
        let ds = DataSet::builtin();
        let mut sc = Scenario::neutral();
        sc.levers.ceiling_dkk = 2e6;
        let p = project_central(&sc, &ds).unwrap();
        let last = p.years.len() - 1;
        let c = &p.ceiling;
        let referred = c.cases_referred[last];
        assert!(referred > 0.0);
        for (name, cases) in [
            ("yes", c.cases_yes[last]),
            ("partly", c.cases_partly[last]),
            ("no", c.cases_no[last]),
        ] {
            assert!(cases >= 0.05 * referred, "{name}: {cases} of {referred}");
        }
        let split = c.cases_yes[last] + c.cases_partly[last] + c.cases_no[last];
        assert!((split - referred).abs() < 1e-9 * referred);
        for a in &p.areas {
            let listed = ds.ceiling.calibration.areas.contains(&a.id);
            assert_eq!(a.ceiling_cases[last] > 0.0, listed, "{}", a.id);
        }
    }

    #[test]
    fn decisions_free_what_they_should() {
        let mix = |decision, floor| CaseMix {
            volume: 100.0,
            unit_cost_dkk: 1e6,
            sigma: 0.8,
            day_offer_dkk: 0.0,
            floor,
            split: DecisionSplit::all(decision),
        };
        let rule = CeilingRule {
            ceiling_dkk: 2e6,
            partly_share: 0.5,
            on_entitlements: false,
            phase: 1.0,
        };
        let yes = apply(&mix(Decision::Yes, 0.0), &rule);
        let partly = apply(&mix(Decision::Partly, 0.0), &rule);
        let no = apply(&mix(Decision::No, 0.0), &rule);
        assert_eq!(yes.freed_with_law_dkk, 0.0);
        assert!((partly.freed_with_law_dkk * 2.0 - no.freed_with_law_dkk).abs() < 1e-6);
        assert!(yes.cases > 0.0 && yes.cases == no.cases && yes.yes == yes.cases);
        let floored = apply(&mix(Decision::No, 0.75), &rule);
        assert!((floored.freed_with_law_dkk - no.freed_with_law_dkk).abs() < 1e-6);
        assert!((floored.freed_without_law_dkk - 0.25 * no.freed_with_law_dkk).abs() < 1e-6);
        assert_eq!(floored.declined_dkk(false), floored.freed_without_law_dkk);
        assert_eq!(floored.declined_dkk(true), floored.freed_with_law_dkk);
        let half = DecisionSplit {
            yes: 0.5,
            partly: 0.0,
            no: 0.5,
        };
        let mixed = apply(
            &CaseMix {
                split: half,
                ..mix(Decision::No, 0.0)
            },
            &rule,
        );
        assert!((mixed.freed_with_law_dkk - 0.5 * no.freed_with_law_dkk).abs() < 1e-6);
        assert!((mixed.yes - mixed.no).abs() < 1e-9);
        assert!(needs_legislation(
            2e6,
            0.75,
            &DecisionSplit::all(Decision::No)
        ));
        assert!(needs_legislation(2e6, 0.75, &half));
        assert!(!needs_legislation(
            2e6,
            0.75,
            &DecisionSplit::all(Decision::Yes)
        ));
        assert!(!needs_legislation(
            0.0,
            0.75,
            &DecisionSplit::all(Decision::No)
        ));
    }
}
