//! The budget squeeze (*budgetklemme*, crowding out): overspend on the
//! social area is taken from the other municipal services in proportion to
//! their budgets, and shown in DKK and in tangible units (teacher-years,
//! pedagogue-years, care-worker years).

use crate::model::data::dataset::Service;

/// What the overspend takes from one service: `(dkk, units)`, with
/// `dkk = overspend * budget_s / sum of budgets` and
/// `units = dkk / unit_cost_s`.
pub fn taken_from(service: &Service, total_budgets_dkk: f64, overspend_dkk: f64) -> (f64, f64) {
    if total_budgets_dkk.is_nan()
        || total_budgets_dkk <= 0.0
        || overspend_dkk.is_nan()
        || overspend_dkk <= 0.0
    {
        return (0.0, 0.0);
    }
    let dkk = overspend_dkk * service.budget_dkk.value / total_budgets_dkk;
    let units = if service.unit_cost_dkk.value > 0.0 {
        dkk / service.unit_cost_dkk.value
    } else {
        0.0
    };
    (dkk, units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::dataset::DataSet;

    #[test]
    fn overspend_is_shared_in_proportion_to_budgets() {
        let ds = DataSet::builtin();
        let total: f64 = ds.services.iter().map(|s| s.budget_dkk.value).sum();
        let taken: f64 = ds
            .services
            .iter()
            .map(|s| taken_from(s, total, 1e9).0)
            .sum();
        assert!((taken - 1e9).abs() < 1.0);
        let (dkk, units) = taken_from(&ds.services[0], total, 1e9);
        assert!((units * ds.services[0].unit_cost_dkk.value - dkk).abs() < 1e-3);
        assert_eq!(taken_from(&ds.services[0], total, -5.0), (0.0, 0.0));
    }
}
