//! Numbers as people read them: Danish style (1.234,5) by default, English
//! style (1,234.5) under the English switch. Pure, so it is tested natively.

use crate::model::data::dataset::LeverUnit;
use crate::model::data::localized::Lang;
use crate::model::digits;
use crate::text::messages::{text, Msg};

/// Formats `value` with `decimals` decimals and thousands separators in the
/// convention of `lang`: `1.234,5` in Danish, `1,234.5` in English.
///
/// ```
/// use prioritet::text::format::number;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(number(194000.0, 0, Lang::Da), "194.000");
/// assert_eq!(number(-1234.56, 1, Lang::En), "-1,234.6");
/// ```
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let (thousands, decimal) = separators(lang);
    digits::grouped(value, decimals, thousands, decimal)
}

/// The thousands and decimal separators of `lang`.
pub fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// A formatted number `n` with its DKK unit: `12,3 mia. kr.` in Danish,
/// `DKK 12.3bn` (the sign before `DKK`) in English.
fn with_unit(n: &str, da_unit: &str, en_unit: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{n}{da_unit}"),
        Lang::En => match n.strip_prefix('-') {
            Some(abs) => format!("-DKK {abs}{en_unit}"),
            None => format!("DKK {n}{en_unit}"),
        },
    }
}

/// An amount in DKK, scaled the way Danish budgets are read:
/// `12,3 mia. kr.` from 10 bn, `1.234,5 mio. kr.` from 1 m, else `950 kr.`;
/// in English `DKK 12.3bn`, `DKK 1,234.5m`, `DKK 950`.
///
/// ```
/// use prioritet::text::format::dkk;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(dkk(1_234_500_000.0, Lang::Da), "1.234,5 mio. kr.");
/// assert_eq!(dkk(43_700_000_000.0, Lang::En), "DKK 43.7bn");
/// ```
pub fn dkk(value: f64, lang: Lang) -> String {
    let abs = value.abs();
    let (scaled, decimals, da_unit, en_unit) = if abs >= 1e10 {
        (value / 1e9, 1, " mia. kr.", "bn")
    } else if abs >= 1e6 {
        (value / 1e6, 1, " mio. kr.", "m")
    } else {
        (value, 0, " kr.", "")
    };
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
/// assert_eq!(dkk_estimate(5_391_012_345.0, Lang::Da), "5,39 mia. kr.");
/// assert_eq!(dkk_estimate(489_654_321.0, Lang::Da), "490 mio. kr.");
/// assert_eq!(dkk_estimate(48_960_000.0, Lang::En), "DKK 49.0m");
/// assert_eq!(dkk_estimate(-1_015_200_000.0, Lang::Da), "-1,02 mia. kr.");
/// assert_eq!(dkk_estimate(0.0, Lang::Da), "0 kr.");
/// ```
pub fn dkk_estimate(value: f64, lang: Lang) -> String {
    let r = three_significant(value);
    let abs = r.abs();
    let (scaled, da_unit, en_unit) = if abs >= 1e9 {
        (r / 1e9, " mia. kr.", "bn")
    } else if abs >= 1e6 {
        (r / 1e6, " mio. kr.", "m")
    } else {
        (r, " kr.", "")
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

/// A share 0..1 as a percentage with no decimals: `40 %` (Danish puts a
/// space before the sign), `40%` in English.
pub fn percent(share: f64, lang: Lang) -> String {
    let n = number(share * 100.0, 0, lang);
    match lang {
        Lang::Da => format!("{n} %"),
        Lang::En => format!("{n}%"),
    }
}

/// A share 0..1 as a percentage with one decimal, for stated rates such as
/// `1,6 %` (Danish) or `1.6%` (English).
///
/// ```
/// use prioritet::text::format::percent_1;
/// use prioritet::model::data::localized::Lang;
/// assert_eq!(percent_1(0.016, Lang::Da), "1,6 %");
/// assert_eq!(percent_1(0.37, Lang::En), "37.0%");
/// ```
pub fn percent_1(share: f64, lang: Lang) -> String {
    let n = number(share * 100.0, 1, lang);
    match lang {
        Lang::Da => format!("{n} %"),
        Lang::En => format!("{n}%"),
    }
}

/// A lever's setting in words and numbers, with its unit: `1.000,0 mio. kr.
/// om året`, `40 %`, `til`/`fra`, `2,0 mio. kr. pr. sag` or `Intet loft`.
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

/// Billions of DKK on a chart's axis, without the unit: "45,0" / "45.0".
pub fn axis_bn(value_dkk: f64, lang: Lang) -> String {
    number(value_dkk / 1e9, 1, lang)
}

/// The unit of the money axes: "mia. kr." / "DKK bn".
pub fn unit_bn(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "mia. kr.",
        Lang::En => "DKK bn",
    }
}

/// A percentage (0..100) on a chart's axis: "50 %" / "50 %".
pub fn axis_percent(percent: f64, lang: Lang) -> String {
    number(percent, 0, lang) + " %"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_dkk() {
        assert_eq!(dkk(62_700_000_000.0, Lang::Da), "62,7 mia. kr.");
        assert_eq!(dkk(9_999_000_000.0, Lang::Da), "9.999,0 mio. kr.");
        assert_eq!(dkk(-2_500_000.0, Lang::Da), "-2,5 mio. kr.");
        assert_eq!(dkk(-2_500_000.0, Lang::En), "-DKK 2.5m");
        assert_eq!(dkk(650_000.0, Lang::Da), "650.000 kr.");
        assert_eq!(dkk(0.0, Lang::En), "DKK 0");
    }

    #[test]
    fn criterion_weights_say_their_share() {
        assert_eq!(
            criterion_weight(0.5, 0.25, Lang::Da),
            "middel (50 %) · 25 % af vægten"
        );
        assert_eq!(
            criterion_weight(1.0, 0.4, Lang::En),
            "full (100%) · 40% of the weight"
        );
    }

    #[test]
    fn levers_and_weights_in_words() {
        assert_eq!(percent(0.4, Lang::Da), "40 %");
        assert_eq!(percent(0.4, Lang::En), "40%");
        assert_eq!(
            lever_value(LeverUnit::DkkPerYear, 1e9, Lang::Da),
            "1.000,0 mio. kr. om året"
        );
        assert_eq!(lever_value(LeverUnit::Switch, 1.0, Lang::Da), "til");
        assert_eq!(lever_value(LeverUnit::Switch, 0.0, Lang::En), "off");
        assert_eq!(
            lever_value(LeverUnit::DkkPerCase, 0.0, Lang::Da),
            "Intet loft"
        );
        assert_eq!(
            lever_value(LeverUnit::DkkPerCase, 2e6, Lang::Da),
            "2,0 mio. kr. pr. sag om året"
        );
        assert_eq!(weight(0.0, Lang::Da), "ingen (0 %)");
        assert_eq!(weight(0.8, Lang::Da), "høj (80 %)");
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
        assert_eq!(number(-17000.0, 0, Lang::Da), "-17.000");
        assert_eq!(number(f64::NAN, 0, Lang::Da), "–");
        assert_eq!(number(f64::INFINITY, 1, Lang::En), "–");
    }

    #[test]
    fn axis_labels() {
        assert_eq!(axis_bn(45_012_000_000.0, Lang::Da), "45,0");
        assert_eq!(axis_bn(1_234_500_000_000.0, Lang::En), "1,234.5");
        assert_eq!(unit_bn(Lang::Da), "mia. kr.");
        assert_eq!(axis_percent(50.0, Lang::En), "50 %");
    }
}
