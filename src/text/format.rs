//! Numbers as people read them: Danish style (1.234,5) by default, English
//! style (1,234.5) under the English switch. Pure, so it is tested natively.
//!
//! Every number the app shows is written here, with the same habits: a
//! true minus sign (`−`, U+2212) before a negative number, never a hyphen;
//! a no-break space (U+00A0) between a number and its unit and inside a
//! unit (`5,39\u{a0}mia.\u{a0}kr.`, `40\u{a0}%`), so a line never breaks
//! between them; and no decimals that say nothing (`70`, not `70,0`, on an
//! axis; `2 mio. kr.`, not `2,0 mio. kr.`, for an exact amount).

use crate::model::data::dataset::LeverUnit;
use crate::model::data::localized::Lang;
use crate::model::digits;
use crate::text::messages::{text, Msg};

/// The minus sign of a negative number (U+2212), wider than a hyphen and
/// never a place to break a line.
pub const MINUS: char = '\u{2212}';

/// The no-break space (U+00A0) between a number and its unit.
pub const NBSP: char = '\u{a0}';

/// Formats `value` with `decimals` decimals and thousands separators in the
/// convention of `lang`: `1.234,5` in Danish, `1,234.5` in English; a
/// negative number starts with a true minus sign (`−`).
///
/// ```
/// use prioritet::text::format::number;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(number(194000.0, 0, Lang::Da), "194.000");
/// assert_eq!(number(-1234.56, 1, Lang::En), "\u{2212}1,234.6");
/// ```
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let (thousands, decimal) = separators(lang);
    with_minus(digits::grouped(value, decimals, thousands, decimal))
}

/// `value` with at most `max_decimals` decimals, trailing zero decimals
/// dropped: `70`, `2,5`, `0,25`.
///
/// ```
/// use prioritet::text::format::number_trimmed;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(number_trimmed(70.0, 2, Lang::Da), "70");
/// assert_eq!(number_trimmed(2.50, 2, Lang::Da), "2,5");
/// assert_eq!(number_trimmed(-0.25, 2, Lang::En), "\u{2212}0.25");
/// ```
pub fn number_trimmed(value: f64, max_decimals: usize, lang: Lang) -> String {
    let n = number(value, max_decimals, lang);
    let (_, decimal) = separators(lang);
    if max_decimals == 0 || !n.contains(decimal) {
        return n;
    }
    n.trim_end_matches('0')
        .trim_end_matches(decimal)
        .to_string()
}

/// A number `grouped` wrote, with its hyphen-minus made a true minus sign.
fn with_minus(n: String) -> String {
    match n.strip_prefix('-') {
        Some(abs) => format!("{MINUS}{abs}"),
        None => n,
    }
}

/// Whether `value` is a whole number (to within rounding noise): an exact
/// amount such as a lever's setting, shown without decimals.
fn is_whole(value: f64) -> bool {
    (value - value.round()).abs() <= 1e-9 * value.abs().max(1.0)
}

/// The thousands and decimal separators of `lang`.
pub fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// The Danish DKK units, with no-break spaces before and inside them.
const DA_BN: &str = "\u{a0}mia.\u{a0}kr.";
const DA_M: &str = "\u{a0}mio.\u{a0}kr.";
const DA_KR: &str = "\u{a0}kr.";

/// A formatted number `n` with its DKK unit: `12,3 mia. kr.` in Danish,
/// `DKK 12.3bn` (the sign before `DKK`) in English; no-break spaces keep
/// number and unit on one line.
fn with_unit(n: &str, da_unit: &str, en_unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{n}{da_unit}"),
        Lang::En => match n.strip_prefix(MINUS) {
            Some(abs) => format!("{MINUS}DKK{NBSP}{abs}{en_unit}"),
            None => format!("DKK{NBSP}{n}{en_unit}"),
        },
    }
}

/// An amount in DKK, scaled the way Danish budgets are read:
/// `12,3 mia. kr.` from 10 bn, `1.234,5 mio. kr.` from 1 m, else `950 kr.`;
/// in English `DKK 12.3bn`, `DKK 1,234.5m`, `DKK 950`. An exact whole
/// number of millions or billions (a lever's setting) has no decimals:
/// `2 mio. kr.`.
///
/// ```
/// use prioritet::text::format::dkk;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(dkk(1_234_500_000.0, Lang::Da), "1.234,5\u{a0}mio.\u{a0}kr.");
/// assert_eq!(dkk(43_700_000_000.0, Lang::En), "DKK\u{a0}43.7bn");
/// assert_eq!(dkk(2_000_000.0, Lang::Da), "2\u{a0}mio.\u{a0}kr.");
/// ```
pub fn dkk(value: f64, lang: Lang) -> String {
    let abs = value.abs();
    let (scaled, decimals, da_unit, en_unit) = if abs >= 1e10 {
        (value / 1e9, 1, DA_BN, "bn")
    } else if abs >= 1e6 {
        (value / 1e6, 1, DA_M, "m")
    } else {
        (value, 0, DA_KR, "")
    };
    let decimals = if is_whole(scaled) { 0 } else { decimals };
    let n = number(scaled, decimals, lang);
    with_unit(&n, da_unit, en_unit, lang)
}

/// `value` rounded to three significant digits: the precision a projected
/// figure deserves when many of its inputs are assumptions.
fn three_significant(value: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let step = 10f64.powi(value.abs().log10().floor() as i32 - 2);
    (value / step).round() * step
}

/// A projected amount in DKK to three significant digits, in the unit its
/// size reads best in: `5,39 mia. kr.` from 1 bn, `489 mio. kr.` or
/// `48,9 mio. kr.` from 1 m, else `950 kr.`; `DKK 5.39bn` in English.
///
/// ```
/// use prioritet::text::format::dkk_estimate;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(dkk_estimate(5_391_012_345.0, Lang::Da), "5,39\u{a0}mia.\u{a0}kr.");
/// assert_eq!(dkk_estimate(489_654_321.0, Lang::Da), "490\u{a0}mio.\u{a0}kr.");
/// assert_eq!(dkk_estimate(48_960_000.0, Lang::En), "DKK\u{a0}49.0m");
/// assert_eq!(dkk_estimate(-1_015_200_000.0, Lang::Da), "\u{2212}1,02\u{a0}mia.\u{a0}kr.");
/// assert_eq!(dkk_estimate(0.0, Lang::Da), "0\u{a0}kr.");
/// ```
pub fn dkk_estimate(value: f64, lang: Lang) -> String {
    let r = three_significant(value);
    let abs = r.abs();
    let (scaled, da_unit, en_unit) = if abs >= 1e9 {
        (r / 1e9, DA_BN, "bn")
    } else if abs >= 1e6 {
        (r / 1e6, DA_M, "m")
    } else {
        (r, DA_KR, "")
    };
    // Three significant digits: as many decimals as the integer part leaves.
    let a = scaled.abs();
    let decimals = if a == 0.0 || a >= 100.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    };
    let decimals = if abs < 1e6 { 0 } else { decimals };
    let n = number(scaled, decimals, lang);
    with_unit(&n, da_unit, en_unit, lang)
}

/// A projected count (people, cases, staff-years) to three significant
/// digits: `16.262` reads `16.300`.
///
/// ```
/// use prioritet::text::format::count_estimate;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(count_estimate(16_262.0, Lang::Da), "16.300");
/// assert_eq!(count_estimate(2_003.4, Lang::En), "2,000");
/// assert_eq!(count_estimate(87.0, Lang::Da), "87");
/// ```
pub fn count_estimate(value: f64, lang: Lang) -> String {
    number(three_significant(value), 0, lang)
}

/// A formatted number `n` with a percent sign: `40 %` in Danish (a
/// no-break space before the sign), `40%` in English.
fn with_percent(n: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{n}{NBSP}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A share 0..1 as a percentage with no decimals: `40 %` (Danish puts a
/// no-break space before the sign), `40%` in English.
///
/// ```
/// use prioritet::text::format::percent;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(percent(0.4, Lang::Da), "40\u{a0}%");
/// assert_eq!(percent(-0.05, Lang::En), "\u{2212}5%");
/// ```
pub fn percent(share: f64, lang: Lang) -> String {
    with_percent(&number(share * 100.0, 0, lang), lang)
}

/// A share 0..1 as a percentage with at most one decimal, for stated rates
/// such as `1,6 %` (Danish) or `1.6%` (English); `37 %`, not `37,0 %`.
///
/// ```
/// use prioritet::text::format::percent_1;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(percent_1(0.016, Lang::Da), "1,6\u{a0}%");
/// assert_eq!(percent_1(0.37, Lang::En), "37%");
/// ```
pub fn percent_1(share: f64, lang: Lang) -> String {
    with_percent(&number_trimmed(share * 100.0, 1, lang), lang)
}

/// A lever's setting in words and numbers, with its unit: `1.000 mio. kr.
/// om året`, `40 %`, `til`/`fra`, `2 mio. kr. pr. sag om året` or `Intet
/// loft`.
pub fn lever_value(unit: LeverUnit, value: f64, lang: Lang) -> String {
    let da = lang == Lang::Da;
    match unit {
        LeverUnit::DkkPerYear => {
            let per_year = if da { "om året" } else { "a year" };
            format!("{} {per_year}", dkk(value, lang))
        }
        LeverUnit::Share => percent(value, lang),
        LeverUnit::Switch if value >= 0.5 => (if da { "til" } else { "on" }).into(),
        LeverUnit::Switch => (if da { "fra" } else { "off" }).into(),
        LeverUnit::DkkPerCase if value <= 0.0 => {
            (if da { "Intet loft" } else { "No ceiling" }).into()
        }
        LeverUnit::DkkPerCase => {
            let per_case = if da {
                "pr. sag om året"
            } else {
                "per case a year"
            };
            format!("{} {per_case}", dkk(value, lang))
        }
    }
}

/// A priority weight 0..1 in words and as a percentage: `høj (80 %)`.
pub fn weight(value: f64, lang: Lang) -> String {
    let words = match (lang, value) {
        (Lang::Da, v) if v <= 0.0 => "ingen",
        (Lang::Da, v) if v < 0.34 => "lav",
        (Lang::Da, v) if v < 0.67 => "middel",
        (Lang::Da, v) if v < 1.0 => "høj",
        (Lang::Da, _) => "fuld",
        (Lang::En, v) if v <= 0.0 => "none",
        (Lang::En, v) if v < 0.34 => "low",
        (Lang::En, v) if v < 0.67 => "medium",
        (Lang::En, v) if v < 1.0 => "high",
        (Lang::En, _) => "full",
    };
    format!("{words} ({})", percent(value, lang))
}

/// A criterion weight in words with its share of the four criteria weights
/// (see [`crate::model::scenario::Priorities::criterion_share`]):
/// `middel (50 %) · 25 % af vægten`.
pub fn criterion_weight(value: f64, share: f64, lang: Lang) -> String {
    format!(
        "{} · {} {}",
        weight(value, lang),
        percent(share, lang),
        text(Msg::WeightShare, lang)
    )
}

/// Billions of DKK on a chart's axis, without the unit and without decimals
/// that say nothing: "70", "2,5", "0,25" (the axis' ticks are round
/// numbers, so two decimals at most).
///
/// ```
/// use prioritet::text::format::axis_bn;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(axis_bn(70e9, Lang::Da), "70");
/// assert_eq!(axis_bn(2.5e9, Lang::Da), "2,5");
/// ```
pub fn axis_bn(value_dkk: f64, lang: Lang) -> String {
    number_trimmed(value_dkk / 1e9, 2, lang)
}

/// The unit of the money axes: "mia. kr." / "DKK bn" (no-break spaces).
pub fn unit_bn(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "mia.\u{a0}kr.",
        Lang::En => "DKK\u{a0}bn",
    }
}

/// A percentage (0..100) on a chart's axis: "50 %" / "50%".
///
/// ```
/// use prioritet::text::format::axis_percent;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(axis_percent(50.0, Lang::Da), "50\u{a0}%");
/// ```
pub fn axis_percent(percent: f64, lang: Lang) -> String {
    with_percent(&number(percent, 0, lang), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` with its spaces as no-break spaces and `-` as the minus sign:
    /// the expected strings stay readable.
    fn nb(s: &str) -> String {
        s.replace(' ', "\u{a0}").replace('-', "\u{2212}")
    }

    #[test]
    fn amounts_in_dkk() {
        assert_eq!(dkk(62_700_000_000.0, Lang::Da), nb("62,7 mia. kr."));
        assert_eq!(dkk(9_999_000_000.0, Lang::Da), nb("9.999 mio. kr."));
        assert_eq!(dkk(9_999_060_000.0, Lang::Da), nb("9.999,1 mio. kr."));
        assert_eq!(dkk(-2_500_000.0, Lang::Da), nb("-2,5 mio. kr."));
        assert_eq!(dkk(-2_500_000.0, Lang::En), nb("-DKK 2.5m"));
        assert_eq!(dkk(650_000.0, Lang::Da), nb("650.000 kr."));
        assert_eq!(dkk(0.0, Lang::En), nb("DKK 0"));
        assert_eq!(dkk(0.0, Lang::Da), nb("0 kr."));
    }

    #[test]
    fn a_number_never_breaks_from_its_unit_and_negatives_have_a_true_minus() {
        let shown = [
            dkk(-2_500_000.0, Lang::Da),
            dkk(-45e9, Lang::En),
            dkk_estimate(-5_391_012_345.0, Lang::Da),
            dkk_estimate(-48_960_000.0, Lang::En),
            percent(-0.05, Lang::Da),
            percent_1(-0.016, Lang::Da),
            axis_bn(-2.5e9, Lang::Da),
            number(-17_000.0, 0, Lang::En),
            count_estimate(-2_003.4, Lang::Da),
        ];
        for s in &shown {
            assert!(!s.contains('-'), "a hyphen in {s:?}");
            assert!(s.starts_with('\u{2212}'), "no minus sign in {s:?}");
            assert!(!s.contains(' '), "a breaking space in {s:?}");
        }
        assert_eq!(
            dkk_estimate(5_391_012_345.0, Lang::Da),
            "5,39\u{a0}mia.\u{a0}kr."
        );
        assert_eq!(dkk_estimate(489_654_321.0, Lang::Da), nb("490 mio. kr."));
        assert_eq!(percent(0.4, Lang::Da), "40\u{a0}%");
        assert_eq!(unit_bn(Lang::Da), "mia.\u{a0}kr.");
        assert_eq!(unit_bn(Lang::En), "DKK\u{a0}bn");
    }

    #[test]
    fn no_decimals_that_say_nothing() {
        // Axis ticks are round numbers.
        assert_eq!(axis_bn(70e9, Lang::Da), "70");
        assert_eq!(axis_bn(0.0, Lang::Da), "0");
        assert_eq!(axis_bn(-0.0, Lang::Da), "0");
        assert_eq!(axis_bn(2.5e9, Lang::Da), "2,5");
        assert_eq!(axis_bn(0.25e9, Lang::En), "0.25");
        assert_eq!(axis_bn(45_012_000_000.0, Lang::Da), "45,01");
        assert_eq!(axis_bn(1_234_500_000_000.0, Lang::En), "1,234.5");
        // An exact setting has no decimals; a projected amount keeps its one.
        assert_eq!(dkk(2e6, Lang::Da), nb("2 mio. kr."));
        assert_eq!(dkk(1e9, Lang::En), nb("DKK 1,000m"));
        assert_eq!(dkk(62_740_000_000.0, Lang::Da), nb("62,7 mia. kr."));
        assert_eq!(percent_1(0.37, Lang::Da), nb("37 %"));
        assert_eq!(percent_1(0.016, Lang::En), "1.6%");
        assert_eq!(number_trimmed(1234.0, 1, Lang::Da), "1.234");
        assert_eq!(number_trimmed(1234.56, 0, Lang::Da), "1.235");
    }

    #[test]
    fn estimates_round_to_three_significant_digits() {
        assert_eq!(dkk_estimate(48_960_000.0, Lang::En), nb("DKK 49.0m"));
        assert_eq!(dkk_estimate(999_999_999.0, Lang::Da), nb("1,00 mia. kr."));
        assert_eq!(dkk_estimate(950.4, Lang::Da), nb("950 kr."));
        assert_eq!(dkk_estimate(0.0, Lang::Da), nb("0 kr."));
        assert_eq!(count_estimate(16_262.0, Lang::Da), "16.300");
        assert_eq!(count_estimate(-0.2, Lang::Da), "0");
    }

    #[test]
    fn criterion_weights_say_their_share() {
        assert_eq!(
            criterion_weight(0.5, 0.25, Lang::Da),
            "middel (50\u{a0}%) · 25\u{a0}% af vægten"
        );
        assert_eq!(
            criterion_weight(1.0, 0.4, Lang::En),
            "full (100%) · 40% of the weight"
        );
    }

    #[test]
    fn levers_and_weights_in_words() {
        assert_eq!(percent(0.4, Lang::En), "40%");
        assert_eq!(
            lever_value(LeverUnit::DkkPerYear, 1e9, Lang::Da),
            "1.000\u{a0}mio.\u{a0}kr. om året"
        );
        assert_eq!(lever_value(LeverUnit::Switch, 1.0, Lang::Da), "til");
        assert_eq!(lever_value(LeverUnit::Switch, 0.0, Lang::En), "off");
        assert_eq!(
            lever_value(LeverUnit::DkkPerCase, 0.0, Lang::Da),
            "Intet loft"
        );
        assert_eq!(
            lever_value(LeverUnit::DkkPerCase, 2e6, Lang::Da),
            "2\u{a0}mio.\u{a0}kr. pr. sag om året"
        );
        assert_eq!(weight(0.0, Lang::Da), "ingen (0\u{a0}%)");
        assert_eq!(weight(0.8, Lang::Da), "høj (80\u{a0}%)");
        assert_eq!(weight(1.0, Lang::En), "full (100%)");
        assert_eq!(weight(0.5, Lang::En), "medium (50%)");
    }

    #[test]
    fn danish_and_english_separators() {
        assert_eq!(number(1234.5, 1, Lang::Da), "1.234,5");
        assert_eq!(number(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(number(161000.0, 0, Lang::Da), "161.000");
        assert_eq!(number(999.0, 0, Lang::Da), "999");
        assert_eq!(number(1_000_000.0, 0, Lang::En), "1,000,000");
        assert_eq!(number(0.0, 2, Lang::Da), "0,00");
    }

    #[test]
    fn signs_and_oddities() {
        assert_eq!(number(-0.01, 0, Lang::Da), "0");
        assert_eq!(number(-17000.0, 0, Lang::Da), "\u{2212}17.000");
        assert_eq!(number(f64::NAN, 0, Lang::Da), "–");
        assert_eq!(number(f64::INFINITY, 1, Lang::En), "–");
        assert_eq!(axis_bn(f64::NAN, Lang::Da), "–");
    }

    #[test]
    fn axis_labels() {
        assert_eq!(axis_percent(50.0, Lang::Da), "50\u{a0}%");
        assert_eq!(axis_percent(50.0, Lang::En), "50%");
    }
}
