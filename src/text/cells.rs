//! The cells of the compare table and the board's consequence table, read
//! from the back of a room: money in one unit down the whole table
//! (billions, "mia. kr.", named once in the row or column head), every
//! figure to three significant digits, and differences with a "+" or a true
//! minus sign "−" (U+2212), never a hyphen.

use crate::model::analysis::compare::{
    Metric, Reference, NOTABLE_RELATIVE, NOTABLE_SHARE_OF_FRAME,
};
use crate::model::data::localized::Lang;
use crate::text::format;
use crate::text::messages::{text, Msg};

/// The minus sign of a difference: U+2212, as wide as the plus.
pub const MINUS: char = '−';

/// Most decimals a billion figure gets (0,012 mia. kr. is 12 mio. kr.).
const MAX_BN_DECIMALS: i32 = 3;

/// The unit a metric's cells leave out, for its head: "mia. kr." (or
/// "DKK bn") for money; `None` for counts, whose names say what they count.
///
/// ```
/// use prioritet::model::analysis::compare::Metric;
/// use prioritet::model::data::localized::Lang;
/// use prioritet::text::cells::unit;
/// assert_eq!(unit(Metric::Overspend, Lang::Da), Some("mia.\u{a0}kr."));
/// assert_eq!(unit(Metric::UnmetCitizens, Lang::En), None);
/// ```
pub fn unit(m: Metric, lang: Lang) -> Option<&'static str> {
    m.unit().is_money().then(|| format::unit_bn(lang))
}

/// A cell's value without its unit: money in billions, counts whole, both
/// to three significant digits ("62,7", "5,39", "0,180"; "16.300").
///
/// ```
/// use prioritet::model::analysis::compare::Metric;
/// use prioritet::model::data::localized::Lang;
/// use prioritet::text::cells::value;
/// assert_eq!(value(Metric::Frame, 62_700_000_000.0, Lang::Da), "62,7");
/// assert_eq!(value(Metric::Overspend, 5_391_012_345.0, Lang::Da), "5,39");
/// assert_eq!(value(Metric::UnmetCitizens, 16_262.0, Lang::En), "16,300");
/// ```
pub fn value(m: Metric, v: f64, lang: Lang) -> String {
    let (digits, zero) = magnitude(m, v.abs(), lang);
    match (zero, v < 0.0) {
        (true, _) => digits,
        (false, true) => format!("{MINUS}{digits}"),
        (false, false) => digits,
    }
}

/// A difference from the reference column with its sign: "+2,40", "−0,866",
/// "0" when it rounds to nothing.
///
/// ```
/// use prioritet::model::analysis::compare::Metric;
/// use prioritet::model::data::localized::Lang;
/// use prioritet::text::cells::diff;
/// assert_eq!(diff(Metric::UnmetDkk, 2_399_000_000.0, Lang::Da), "+2,40");
/// assert_eq!(diff(Metric::Overspend, -4_525_000_000.0, Lang::En), "−4.53");
/// assert_eq!(diff(Metric::CeilingCases, 0.2, Lang::Da), "0");
/// ```
pub fn diff(m: Metric, d: f64, lang: Lang) -> String {
    let (digits, zero) = magnitude(m, d.abs(), lang);
    match (zero, d < 0.0) {
        (true, _) => digits,
        (false, true) => format!("{MINUS}{digits}"),
        (false, false) => format!("+{digits}"),
    }
}

/// The note under the compare table: which column the differences are from
/// (`label` names the first column when no column is "no change").
///
/// ```
/// use prioritet::model::analysis::compare::Reference;
/// use prioritet::model::data::localized::Lang;
/// use prioritet::text::cells::reference_note;
/// assert!(reference_note(Reference::NoChange(1), "Uden ændringer", Lang::Da).contains("«Uden ændringer»"));
/// assert!(reference_note(Reference::First, "Min", Lang::En).ends_with("first column: Min."));
/// ```
pub fn reference_note(reference: Reference, label: &str, lang: Lang) -> String {
    match reference {
        Reference::NoChange(_) => text(Msg::CompareDiffFromNoChange, lang).to_string(),
        Reference::First => format!("{} {label}.", text(Msg::CompareDiffFromFirst, lang)),
    }
}

/// Which differences the compare table highlights, in words, with the
/// model's own thresholds
/// ([`matters`](crate::model::analysis::compare::matters)).
///
/// ```
/// use prioritet::model::data::localized::Lang;
/// use prioritet::text::cells::highlight_rule;
/// assert_eq!(
///     highlight_rule(Lang::Da),
///     "Fremhævet: beløb og årsværk, der afviger med mindst 1\u{a0}% af rammen, \
///      og borgere og sager, der afviger med mindst 5\u{a0}%."
/// );
/// ```
pub fn highlight_rule(lang: Lang) -> String {
    format!(
        "{} {} {} {}.",
        text(Msg::CompareRuleMoney, lang),
        format::percent(NOTABLE_SHARE_OF_FRAME, lang),
        text(Msg::CompareRuleCounts, lang),
        format::percent(NOTABLE_RELATIVE, lang)
    )
}

/// The digits of a non-negative `abs` in the metric's cell unit, and whether
/// they round to zero (then they read "0"; a missing value reads "–").
fn magnitude(m: Metric, abs: f64, lang: Lang) -> (String, bool) {
    if !abs.is_finite() {
        return ("–".to_string(), true);
    }
    let digits = if m.unit().is_money() {
        let bn = abs / 1e9;
        let decimals = if bn > 0.0 && bn.is_finite() {
            (2 - bn.log10().floor() as i32).clamp(0, MAX_BN_DECIMALS)
        } else {
            0
        };
        format::number(bn, decimals as usize, lang)
    } else {
        format::count_estimate(abs, lang)
    };
    if digits.chars().any(|c| c.is_ascii_digit() && c != '0') {
        (digits, false)
    } else {
        ("0".to_string(), true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_stays_in_billions_down_the_table() {
        let da = |v| value(Metric::Spending, v, Lang::Da);
        assert_eq!(da(62_700_000_000.0), "62,7");
        assert_eq!(da(5_391_000_000.0), "5,39");
        assert_eq!(da(865_600_000.0), "0,866");
        assert_eq!(da(179_800_000.0), "0,180");
        assert_eq!(da(12_300_000.0), "0,012");
        assert_eq!(da(400_000.0), "0");
        assert_eq!(da(0.0), "0");
        assert_eq!(da(-1_015_200_000.0), "−1,02");
        assert_eq!(value(Metric::Frame, 123_456_000_000.0, Lang::En), "123");
        assert_eq!(unit(Metric::TakenDayCareUnits, Lang::Da), None);
        assert_eq!(unit(Metric::PreventionGains, Lang::En), Some("DKK\u{a0}bn"));
    }

    #[test]
    fn differences_have_a_plus_or_a_true_minus() {
        assert_eq!(diff(Metric::Overspend, -4_525_000_000.0, Lang::Da), "−4,53");
        assert_eq!(diff(Metric::Overspend, 988_300_000.0, Lang::Da), "+0,988");
        assert_eq!(diff(Metric::Overspend, -100.0, Lang::Da), "0");
        assert_eq!(diff(Metric::UnmetCitizens, -12_620.0, Lang::Da), "−12.600");
        assert_eq!(diff(Metric::CeilingCases, 2_000.0, Lang::En), "+2,000");
        assert_eq!(diff(Metric::CeilingCases, 0.0, Lang::En), "0");
        assert!(!diff(Metric::Spending, -2e9, Lang::En).contains('-'));
        assert_eq!(value(Metric::Spending, f64::NAN, Lang::Da), "–");
    }
}
