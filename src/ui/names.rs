//! The reader's names for model ids: priority weights, levers, steering
//! centres, horizons and settings' values. One place, so every component
//! and the lens note say the same.

use crate::format;
use crate::model::dataset::{DataSet, Horizon, SteeringCentre};
use crate::model::lens::{Change, SettingKind};
use crate::model::text::Lang;

use super::i18n::{text, Msg};

/// The label and help line of a priority weight, by approach id.
pub fn weight_msgs(id: &str) -> (Msg, Msg) {
    match id {
        "budget_squeeze" => (Msg::WeightBudgetSqueeze, Msg::WeightBudgetSqueezeHelp),
        "social_professional" => (Msg::WeightSocial, Msg::WeightSocialHelp),
        "steering" => (Msg::WeightSteering, Msg::WeightSteeringHelp),
        "diagnosis" => (Msg::WeightDiagnosis, Msg::WeightDiagnosisHelp),
        _ => (Msg::WeightFuture, Msg::WeightFutureHelp),
    }
}

/// The name of a steering centre.
pub fn centre(c: SteeringCentre, lang: Lang) -> &'static str {
    let msg = match c {
        SteeringCentre::Political => Msg::CentrePolitical,
        SteeringCentre::Financial => Msg::CentreFinancial,
        SteeringCentre::SocialProfessional => Msg::CentreSocial,
    };
    text(msg, lang)
}

/// A time horizon in words.
pub fn horizon(h: Horizon, lang: Lang) -> &'static str {
    match (h, lang) {
        (Horizon::Short, Lang::Da) => "kort sigt",
        (Horizon::Medium, Lang::Da) => "mellemlang sigt",
        (Horizon::MediumLong, Lang::Da) => "mellemlang til lang sigt",
        (Horizon::Long, Lang::Da) => "lang sigt",
        (Horizon::Short, Lang::En) => "short term",
        (Horizon::Medium, Lang::En) => "medium term",
        (Horizon::MediumLong, Lang::En) => "medium to long term",
        (Horizon::Long, Lang::En) => "long term",
    }
}

/// A setting's name and its value before and after, e.g.
/// "Investering i forebyggelse: 0 kr. om året → 1.000,0 mio. kr. om året".
pub fn change(ds: &DataSet, c: &Change, lang: Lang) -> String {
    match c.kind {
        SettingKind::Priority => format!(
            "{}: {} → {}",
            text(weight_msgs(c.id).0, lang),
            format::percent(c.from, lang),
            format::percent(c.to, lang)
        ),
        SettingKind::Lever => match ds.lever(c.id) {
            Some(l) => format!(
                "{}: {} → {}",
                l.name.get(lang),
                format::lever_value(l.unit, c.from, lang),
                format::lever_value(l.unit, c.to, lang)
            ),
            None => c.id.to_string(),
        },
    }
}
