//! Validation of a data set: every value finite and in a plausible range,
//! every id known, shares that must sum to one do, every lever's range holds
//! its neutral setting, and the quantities derived from the base year (each
//! area's spending, the total) are finite and positive, so a projection of a
//! valid data set has only finite numbers. Each error names the field, e.g.
//! `areas[3].unit_cost_dkk: must be positive`.

use std::collections::BTreeSet;

use crate::model::data::dataset::{DataSet, Range};
use crate::model::data::sources::Sourced;
use crate::model::digits::short;
use crate::model::error::ModelError;
use crate::model::ids::{ApproachId, LeverId};

/// The data-set format version this build reads.
pub const DATA_VERSION: u32 = 1;

/// Lowest plausible price in DKK (a unit cost, a budget, a threshold): one
/// krone. Below it, divisions by the price overflow to infinity.
pub const MIN_PRICE_DKK: f64 = 1.0;

/// The highest unit cost (DKK a year for one full-year person, or one unit
/// of another service) a data set may give.
pub const MAX_UNIT_COST_DKK: f64 = 1e9;

fn within(field: &str, s: &Sourced, lo: f64, hi: f64) -> Result<(), ModelError> {
    crate::model::error::check(field, s.value, lo, hi)
}

fn positive(field: &str, s: &Sourced) -> Result<(), ModelError> {
    if !s.value.is_finite() {
        return Err(ModelError::new(field, "must be a finite number"));
    }
    if s.value <= 0.0 {
        return Err(ModelError::new(field, "must be positive"));
    }
    Ok(())
}

fn range(field: &str, r: &Range, lo: f64, hi: f64) -> Result<(), ModelError> {
    within(&format!("{field}.low"), &r.low, lo, hi)?;
    within(&format!("{field}.central"), &r.central, lo, hi)?;
    within(&format!("{field}.high"), &r.high, lo, hi)?;
    if r.low.value > r.central.value || r.central.value > r.high.value {
        return Err(ModelError::new(field, "must have low <= central <= high"));
    }
    Ok(())
}

fn sums_to_one(field: &str, total: f64) -> Result<(), ModelError> {
    if (total - 1.0).abs() > 1e-6 {
        return Err(ModelError::new(
            field,
            format!("shares must sum to 1, got {}", short(total)),
        ));
    }
    Ok(())
}

fn known_area(ds: &DataSet, field: &str, id: &str) -> Result<usize, ModelError> {
    ds.area_index(id)
        .ok_or_else(|| ModelError::new(field, format!("unknown area id '{id}'")))
}

impl DataSet {
    /// Checks every field; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ModelError> {
        if self.version != DATA_VERSION {
            return Err(ModelError::new(
                "version",
                format!("unsupported; this build reads version {DATA_VERSION}"),
            ));
        }
        within("base_year", &self.base_year, 1990.0, 2100.0)?;
        if self.areas.is_empty() {
            return Err(ModelError::new("areas", "must not be empty"));
        }
        let mut ids = BTreeSet::new();
        for (i, a) in self.areas.iter().enumerate() {
            let p = format!("areas[{i}]");
            if a.id.is_empty() || !ids.insert(a.id.as_str()) {
                return Err(ModelError::new(
                    format!("{p}.id"),
                    "must be non-empty and unique",
                ));
            }
            within(&format!("{p}.legal_floor"), &a.legal_floor, 0.0, 1.0)?;
            within(
                &format!("{p}.volume_full_year"),
                &a.volume_full_year,
                0.0,
                1e7,
            )?;
            positive(&format!("{p}.unit_cost_dkk"), &a.unit_cost_dkk)?;
            within(
                &format!("{p}.unit_cost_dkk"),
                &a.unit_cost_dkk,
                MIN_PRICE_DKK,
                MAX_UNIT_COST_DKK,
            )?;
            let spending = a.volume_full_year.value * a.unit_cost_dkk.value;
            if !spending.is_finite() {
                return Err(ModelError::new(
                    format!("{p}.volume_full_year"),
                    "volume times unit cost must be a finite number",
                ));
            }
            range(
                &format!("{p}.growth_per_year"),
                &a.growth_per_year,
                -0.5,
                0.5,
            )?;
            within(
                &format!("{p}.diagnosis_share"),
                &a.diagnosis_share,
                0.0,
                1.0,
            )?;
            within(
                &format!("{p}.external_purchase_share"),
                &a.external_purchase_share,
                0.0,
                1.0,
            )?;
            positive(&format!("{p}.case_cost_sigma"), &a.case_cost_sigma)?;
            within(
                &format!("{p}.case_cost_sigma"),
                &a.case_cost_sigma,
                0.0,
                3.0,
            )?;
            let s = &a.scores;
            within(
                &format!("{p}.scores.social_professional"),
                &s.social_professional.value,
                0.0,
                1.0,
            )?;
            within(&format!("{p}.scores.steering"), &s.steering.value, 0.0, 1.0)?;
            within(
                &format!("{p}.scores.diagnosis"),
                &s.diagnosis.value,
                0.0,
                1.0,
            )?;
            within(
                &format!("{p}.scores.future_priorities"),
                &s.future_priorities.value,
                0.0,
                1.0,
            )?;
        }
        let mut sids = BTreeSet::new();
        for (i, s) in self.services.iter().enumerate() {
            let p = format!("services[{i}]");
            if s.id.is_empty() || !sids.insert(s.id.as_str()) {
                return Err(ModelError::new(
                    format!("{p}.id"),
                    "must be non-empty and unique",
                ));
            }
            positive(&format!("{p}.budget_dkk"), &s.budget_dkk)?;
            within(
                &format!("{p}.budget_dkk"),
                &s.budget_dkk,
                MIN_PRICE_DKK,
                1e13,
            )?;
            positive(&format!("{p}.unit_cost_dkk"), &s.unit_cost_dkk)?;
            within(
                &format!("{p}.unit_cost_dkk"),
                &s.unit_cost_dkk,
                MIN_PRICE_DKK,
                MAX_UNIT_COST_DKK,
            )?;
        }
        let base = self.base_spending_dkk();
        if !(base.is_finite() && base >= MIN_PRICE_DKK) {
            return Err(ModelError::new(
                "areas",
                format!(
                    "base-year spending (volume times unit cost, summed) must be at least {} DKK, got {}",
                    short(MIN_PRICE_DKK),
                    short(base)
                ),
            ));
        }
        for id in LeverId::ALL {
            if self.lever(id).is_none() {
                return Err(ModelError::new("levers", format!("missing lever '{id}'")));
            }
        }
        for (i, l) in self.levers.iter().enumerate() {
            let p = format!("levers[{i}]");
            if self.levers[..i].iter().any(|m| m.id == l.id) {
                return Err(ModelError::new(
                    format!("{p}.id"),
                    format!("lever '{}' is listed twice", l.id),
                ));
            }
            within(&format!("{p}.min"), &l.min, 0.0, 1e12)?;
            if l.min.value != 0.0 {
                // Every lever's neutral setting (0, or off) is "no change":
                // the neutral scenario and every baseline use it.
                return Err(ModelError::new(
                    format!("{p}.min"),
                    format!(
                        "must be 0, so the lever's neutral setting (0, no change) is in its range; got {}",
                        short(l.min.value)
                    ),
                ));
            }
            within(&format!("{p}.max"), &l.max, l.min.value, 1e12)?;
            if let Some(r) = l.recommendation {
                if !(1..=5).contains(&r) {
                    return Err(ModelError::new(
                        format!("{p}.recommendation"),
                        "must be 1 to 5",
                    ));
                }
            }
        }
        let e = &self.effects;
        range(
            "effects.needs_assessment_max_dampening",
            &e.needs_assessment_max_dampening,
            0.0,
            1.0,
        )?;
        range(
            "effects.cross_sector_max_growth_cut",
            &e.cross_sector_max_growth_cut,
            0.0,
            0.2,
        )?;
        for (i, id) in e.cross_sector_areas.iter().enumerate() {
            known_area(self, &format!("effects.cross_sector_areas[{i}]"), id)?;
        }
        range(
            "effects.unit_cost_steering_max_cut",
            &e.unit_cost_steering_max_cut,
            0.0,
            0.5,
        )?;
        within("effects.external_reach", &e.external_reach, 0.0, 1.0)?;
        range(
            "effects.admin_capacity_factor",
            &e.admin_capacity_factor,
            0.0,
            1.0,
        )?;
        within(
            "effects.unit_cost_floor_factor",
            &e.unit_cost_floor_factor,
            0.1,
            1.0,
        )?;
        range("effects.research_uplift", &e.research_uplift, 0.0, 2.0)?;
        within(
            "effects.research_uncertainty_cut",
            &e.research_uncertainty_cut,
            0.0,
            1.0,
        )?;
        let progs = &self.prevention.programmes;
        if !progs.is_empty() {
            sums_to_one(
                "prevention.programmes[].investment_share",
                progs.iter().map(|p| p.investment_share.value).sum(),
            )?;
        }
        for (i, p) in progs.iter().enumerate() {
            let q = format!("prevention.programmes[{i}]");
            known_area(self, &format!("{q}.area"), &p.area)?;
            within(
                &format!("{q}.investment_share"),
                &p.investment_share,
                0.0,
                1.0,
            )?;
            within(&format!("{q}.lag_years"), &p.lag_years, 0.0, 20.0)?;
            range(&format!("{q}.gain_ratio"), &p.gain_ratio, 0.0, 20.0)?;
            let s = &p.payer_shares;
            within(
                &format!("{q}.payer_shares.municipality"),
                &s.municipality,
                0.0,
                1.0,
            )?;
            within(&format!("{q}.payer_shares.region"), &s.region, 0.0, 1.0)?;
            within(&format!("{q}.payer_shares.state"), &s.state, 0.0, 1.0)?;
            sums_to_one(
                &format!("{q}.payer_shares"),
                s.municipality.value + s.region.value + s.state.value,
            )?;
            if p.targets.is_empty() {
                return Err(ModelError::new(format!("{q}.targets"), "must not be empty"));
            }
            for (j, t) in p.targets.iter().enumerate() {
                known_area(self, &format!("{q}.targets[{j}].area"), &t.area)?;
                within(&format!("{q}.targets[{j}].weight"), &t.weight, 0.0, 1.0)?;
            }
            sums_to_one(
                &format!("{q}.targets[].weight"),
                p.targets.iter().map(|t| t.weight.value).sum(),
            )?;
        }
        for (i, s) in self.step_down.iter().enumerate() {
            let q = format!("step_down[{i}]");
            let from = known_area(self, &format!("{q}.from"), &s.from)?;
            let to = known_area(self, &format!("{q}.to"), &s.to)?;
            if from == to {
                return Err(ModelError::new(
                    format!("{q}.to"),
                    "must differ from `from`",
                ));
            }
            range(&format!("{q}.rate_at_full"), &s.rate_at_full, 0.0, 0.5)?;
        }
        let c = &self.ceiling;
        positive(
            "ceiling.calibration.threshold_dkk",
            &c.calibration.threshold_dkk,
        )?;
        within(
            "ceiling.calibration.threshold_dkk",
            &c.calibration.threshold_dkk,
            MIN_PRICE_DKK,
            1e9,
        )?;
        within(
            "ceiling.calibration.cases_in_sample",
            &c.calibration.cases_in_sample,
            0.0,
            1e7,
        )?;
        within(
            "ceiling.calibration.national_cases",
            &c.calibration.national_cases,
            0.0,
            1e7,
        )?;
        range(
            "ceiling.calibration.national_gross_dkk",
            &c.calibration.national_gross_dkk,
            0.0,
            1e12,
        )?;
        within(
            "ceiling.calibration.day_offer_share",
            &c.calibration.day_offer_share,
            0.0,
            1.0,
        )?;
        known_area(
            self,
            "ceiling.calibration.day_offer_area",
            &c.calibration.day_offer_area,
        )?;
        for (i, id) in c.calibration.areas.iter().enumerate() {
            let field = format!("ceiling.calibration.areas[{i}]");
            known_area(self, &field, id)?;
            if !c.evidence_mix.contains_key(id) {
                return Err(ModelError::new(
                    field,
                    format!("'{id}' needs a share per evidence category in ceiling.evidence_mix"),
                ));
            }
        }
        for (id, mix) in &c.evidence_mix {
            let q = format!("ceiling.evidence_mix.{id}");
            known_area(self, &q, id)?;
            if !c.calibration.areas.contains(id) {
                return Err(ModelError::new(
                    &q,
                    "must be one of ceiling.calibration.areas",
                ));
            }
            for (evidence, share) in mix {
                within(&format!("{q}.{}", evidence.as_str()), share, 0.0, 1.0)?;
            }
            sums_to_one(&q, mix.values().map(|s| s.value).sum())?;
        }
        within("ceiling.partly_share", &c.partly_share, 0.0, 1.0)?;
        for (name, h) in [
            ("short", &self.horizons.short),
            ("medium", &self.horizons.medium),
            ("medium_long", &self.horizons.medium_long),
            ("long", &self.horizons.long),
        ] {
            within(
                &format!("horizons.{name}.delay_years"),
                &h.delay_years,
                0.0,
                30.0,
            )?;
            within(
                &format!("horizons.{name}.ramp_years"),
                &h.ramp_years,
                1.0,
                30.0,
            )?;
        }
        let u = &self.uncertainty;
        within(
            "uncertainty.growth_correlation",
            &u.growth_correlation,
            0.0,
            1.0,
        )?;
        // A half-width below 1 keeps every drawn factor positive.
        for (name, rel) in [
            ("unit_cost_rel", &u.unit_cost_rel),
            ("volume_rel", &u.volume_rel),
            ("sigma_rel", &u.sigma_rel),
            ("payer_share_rel", &u.payer_share_rel),
        ] {
            within(&format!("uncertainty.{name}"), rel, 0.0, 0.9)?;
        }
        for id in ApproachId::ALL {
            if self.approach(id).is_none() {
                return Err(ModelError::new(
                    "approaches",
                    format!("missing approach '{id}'"),
                ));
            }
        }
        for (i, a) in self.approaches.iter().enumerate() {
            let q = format!("approaches[{i}]");
            if self.approaches[..i].iter().any(|b| b.id == a.id) {
                return Err(ModelError::new(
                    format!("{q}.id"),
                    format!("approach '{}' is listed twice", a.id),
                ));
            }
            for k in ApproachId::ALL {
                within(
                    &format!("{q}.priorities.{k}"),
                    a.priorities.get(k),
                    0.0,
                    1.0,
                )?;
            }
            for (k, v) in &a.levers {
                let field = format!("{q}.levers.{k}");
                let lever = self
                    .lever(*k)
                    .ok_or_else(|| ModelError::new(&field, "unknown lever"))?;
                within(&field, v, lever.min.value, lever.max.value)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(f: impl FnOnce(&mut DataSet)) -> Result<(), ModelError> {
        let mut ds = DataSet::builtin();
        f(&mut ds);
        ds.validate()
    }

    #[test]
    fn builtin_is_valid() {
        DataSet::builtin().validate().unwrap();
    }

    #[test]
    fn bad_values_name_their_field() {
        let e = with(|d| d.areas[3].unit_cost_dkk.value = -1.0).unwrap_err();
        assert_eq!(e.to_string(), "areas[3].unit_cost_dkk: must be positive");
        let e = with(|d| d.areas[0].volume_full_year.value = f64::NAN).unwrap_err();
        assert_eq!(e.field, "areas[0].volume_full_year");
        let e = with(|d| d.areas[1].legal_floor.value = 1.5).unwrap_err();
        assert_eq!(e.field, "areas[1].legal_floor");
        let e = with(|d| d.step_down[0].to = "nowhere".into()).unwrap_err();
        assert_eq!(e.field, "step_down[0].to");
        let e = with(|d| d.areas[2].growth_per_year.low.value = 0.4).unwrap_err();
        assert_eq!(e.field, "areas[2].growth_per_year");
        let e = with(|d| d.prevention.programmes[0].payer_shares.state.value = 0.9).unwrap_err();
        assert_eq!(e.field, "prevention.programmes[0].payer_shares");
    }

    #[test]
    fn implausible_prices_and_derived_quantities_are_refused() {
        let e = with(|d| d.areas[0].unit_cost_dkk.value = 1e-300).unwrap_err();
        assert_eq!(
            e.to_string(),
            "areas[0].unit_cost_dkk: must be between 1 and 1000000000, got 1e-300"
        );
        let e = with(|d| d.services[1].unit_cost_dkk.value = 1e-300).unwrap_err();
        assert_eq!(e.field, "services[1].unit_cost_dkk");
        let e = with(|d| d.services[0].budget_dkk.value = 1e300).unwrap_err();
        assert_eq!(
            e.to_string(),
            "services[0].budget_dkk: must be between 1 and 10000000000000, got 1e300"
        );
        let e = with(|d| d.ceiling.calibration.threshold_dkk.value = 1e-9).unwrap_err();
        assert_eq!(e.field, "ceiling.calibration.threshold_dkk");
        let e = with(|d| {
            for a in &mut d.areas {
                a.volume_full_year.value = 0.0;
            }
        })
        .unwrap_err();
        assert_eq!(e.field, "areas");
        assert!(e.message.contains("got 0"), "{e}");
        let e = with(|d| {
            for a in &mut d.areas {
                a.volume_full_year.value = 1e-300;
            }
        })
        .unwrap_err();
        assert_eq!(e.field, "areas");
        let e = with(|d| d.prevention.programmes[0].investment_share.value = 0.1).unwrap_err();
        assert!(!e.message.contains("0000000000"), "{e}");
    }

    #[test]
    fn the_evidence_mix_is_checked() {
        use crate::model::data::dataset::Evidence;
        let e = with(|d| {
            let mix = d.ceiling.evidence_mix.get_mut("adult_sel107").unwrap();
            mix.get_mut(&Evidence::Moderate).unwrap().value = 0.5;
        })
        .unwrap_err();
        assert_eq!(e.field, "ceiling.evidence_mix.adult_sel107");
        assert!(e.message.contains("sum to 1"), "{e}");
        let e = with(|d| {
            let mix = d.ceiling.evidence_mix.remove("adult_sel108").unwrap();
            d.ceiling.evidence_mix.insert("adult_sel999".into(), mix);
        })
        .unwrap_err();
        assert_eq!(e.field, "ceiling.calibration.areas[1]");
        let e = with(|d| {
            let mix = d.ceiling.evidence_mix["adult_sel108"].clone();
            d.ceiling.evidence_mix.insert("adult_sel999".into(), mix);
        })
        .unwrap_err();
        assert_eq!(e.field, "ceiling.evidence_mix.adult_sel999");
        assert!(e.message.contains("unknown area"), "{e}");
        let e = with(|d| {
            let mix = d.ceiling.evidence_mix["adult_sel108"].clone();
            d.ceiling.evidence_mix.insert("adult_bpa".into(), mix);
        })
        .unwrap_err();
        assert_eq!(e.field, "ceiling.evidence_mix.adult_bpa");
        let e = with(|d| d.ceiling.calibration.day_offer_area = "nowhere".into()).unwrap_err();
        assert_eq!(e.field, "ceiling.calibration.day_offer_area");
        let e = with(|d| d.ceiling.calibration.day_offer_share.value = 1.5).unwrap_err();
        assert_eq!(e.field, "ceiling.calibration.day_offer_share");
    }

    #[test]
    fn a_lever_range_holds_the_neutral_setting() {
        let e = with(|d| d.levers[1].min.value = 0.05).unwrap_err();
        assert_eq!(e.field, "levers[1].min");
        assert!(e.message.contains("neutral"), "{e}");
        let e = with(|d| d.levers[0].min.value = -1.0).unwrap_err();
        assert_eq!(e.field, "levers[0].min");
        // With the range holding 0, the neutral scenario and every
        // baseline are valid.
        let ds = DataSet::builtin();
        for l in &ds.levers {
            assert!(l.min.value <= 0.0 && 0.0 <= l.max.value, "{:?}", l.id);
        }
    }

    #[test]
    fn json_type_errors_name_the_path() {
        let json = super::super::dataset::BUILTIN_JSON.replacen(
            "\"version\": 1",
            "\"version\": \"one\"",
            1,
        );
        let e = DataSet::from_json(&json).unwrap_err();
        assert_eq!(e.field, "version");
    }
}
