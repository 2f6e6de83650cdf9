//! The ceiling council (*prioriteringsråd*, à la Medicinrådet; the six
//! cities' fifth recommendation). Per-case costs in an area are lognormal
//! around the unit cost; cases above a ceiling `C` are referred to the
//! council, which decides by the area's evidence category: yes (funded in
//! full), partly (funded up to `C` plus a share of the rest) or no (funded up
//! to `C`). A ceiling that cuts an entitlement needs national legislation.

use crate::model::data::dataset::Decision;
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
pub fn lognormal_tail(mean_dkk: f64, sigma: f64, ceiling_dkk: f64) -> Tail {
    if !(mean_dkk > 0.0 && sigma > 0.0) {
        return Tail::default();
    }
    if ceiling_dkk.is_nan() || ceiling_dkk <= 0.0 {
        return Tail {
            share_above: 1.0,
            excess_per_case_dkk: mean_dkk,
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

/// Share of the cost above the ceiling that the council's decision frees
/// (does not fund): 0 for yes, `1 - partly_share` for partly, 1 for no.
pub fn freed_share(decision: Decision, partly_share: f64) -> f64 {
    match decision {
        Decision::Yes => 0.0,
        Decision::Partly => 1.0 - partly_share,
        Decision::No => 1.0,
    }
}

/// One area's outcome under the ceiling in one year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct AreaCeiling {
    /// Cases referred to the council (full-year citizens above the ceiling).
    pub cases: f64,
    /// Money freed, DKK (lowers the area's funded need).
    pub freed_dkk: f64,
    /// Money that would be freed only if the ceiling also hit entitlements
    /// (needs national legislation), DKK.
    pub blocked_dkk: f64,
}

/// One area in one year, as the ceiling council sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CaseMix {
    /// Full-year citizens in need.
    pub volume: f64,
    /// Mean cost per case, DKK (the unit cost).
    pub unit_cost_dkk: f64,
    /// Log spread of the per-case cost.
    pub sigma: f64,
    /// The area's legal floor (share that is an entitlement).
    pub floor: f64,
    /// The council's decision for the area's evidence category.
    pub decision: Decision,
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

/// The ceiling's effect on one area. Without legislation
/// (`on_entitlements = false`) only the discretionary share `1 - floor` of
/// the freeable money is freed; the rest is reported as blocked.
pub fn apply(area: &CaseMix, rule: &CeilingRule) -> AreaCeiling {
    if !acts_on(area, rule) {
        return AreaCeiling::default();
    }
    let tail = lognormal_tail(area.unit_cost_dkk, area.sigma, rule.ceiling_dkk);
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
/// `lognormal_tail(area.unit_cost_dkk, area.sigma, rule.ceiling_dkk)`
/// already known (the projection reuses it while the unit cost stays the
/// same).
pub fn apply_tail(area: &CaseMix, rule: &CeilingRule, tail: &Tail) -> AreaCeiling {
    let cases = area.volume * tail.share_above * rule.phase;
    let freeable = area.volume
        * tail.excess_per_case_dkk
        * freed_share(area.decision, rule.partly_share)
        * rule.phase;
    let (freed, blocked) = if rule.on_entitlements {
        (freeable, 0.0)
    } else {
        (freeable * (1.0 - area.floor), freeable * area.floor)
    };
    AreaCeiling {
        cases,
        freed_dkk: freed,
        blocked_dkk: blocked,
    }
}

/// Whether a ceiling on this area needs national legislation: it cuts an
/// entitlement (legal floor above 0) and the council does not say yes.
pub fn needs_legislation(ceiling_dkk: f64, floor: f64, decision: Decision) -> bool {
    ceiling_dkk > 0.0 && floor > 0.0 && decision != Decision::Yes
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
    fn decisions_free_what_they_should() {
        let mix = |decision, floor| CaseMix {
            volume: 100.0,
            unit_cost_dkk: 1e6,
            sigma: 0.8,
            floor,
            decision,
        };
        let rule = |on_entitlements| CeilingRule {
            ceiling_dkk: 2e6,
            partly_share: 0.5,
            on_entitlements,
            phase: 1.0,
        };
        let yes = apply(&mix(Decision::Yes, 0.0), &rule(false));
        let partly = apply(&mix(Decision::Partly, 0.0), &rule(false));
        let no = apply(&mix(Decision::No, 0.0), &rule(false));
        assert_eq!(yes.freed_dkk, 0.0);
        assert!((partly.freed_dkk * 2.0 - no.freed_dkk).abs() < 1e-6);
        assert!(yes.cases > 0.0 && yes.cases == no.cases);
        let blocked = apply(&mix(Decision::No, 0.75), &rule(false));
        assert!((blocked.blocked_dkk - 0.75 * no.freed_dkk).abs() < 1e-6);
        let law = apply(&mix(Decision::No, 0.75), &rule(true));
        assert!((law.freed_dkk - no.freed_dkk).abs() < 1e-6 && law.blocked_dkk == 0.0);
        assert!(needs_legislation(2e6, 0.75, Decision::No));
        assert!(!needs_legislation(2e6, 0.75, Decision::Yes));
        assert!(!needs_legislation(0.0, 0.75, Decision::No));
    }
}
