//! The reader's names for model ids: priority weights, levers, steering
//! centres, horizons and settings' values. One place, so every component
//! and the lens note say the same.

use crate::model::analysis::board::Spread;
use crate::model::analysis::compare::Metric;
use crate::model::analysis::lens::{Change, LensMatch};
use crate::model::data::content::Content;
use crate::model::data::dataset::{DataSet, Horizon, SteeringCentre};
use crate::model::data::localized::Lang;
use crate::model::ids::{ApproachId, Preset, Setting};
use crate::model::scenario::Scenario;
use crate::text::format;

use crate::text::messages::{text, Msg};

/// The label and help line of a priority weight, by approach id.
pub fn weight_msgs(id: ApproachId) -> (Msg, Msg) {
    match id {
        ApproachId::BudgetSqueeze => (Msg::WeightBudgetSqueeze, Msg::WeightBudgetSqueezeHelp),
        ApproachId::SocialProfessional => (Msg::WeightSocial, Msg::WeightSocialHelp),
        ApproachId::Steering => (Msg::WeightSteering, Msg::WeightSteeringHelp),
        ApproachId::Diagnosis => (Msg::WeightDiagnosis, Msg::WeightDiagnosisHelp),
        ApproachId::FuturePriorities => (Msg::WeightFuture, Msg::WeightFutureHelp),
    }
}

/// The line before the areas where the ceiling touches legal
/// entitlements: what a change of law would free, or, when the scenario
/// counts on that change, that it does.
pub fn legislation_line(on_entitlements: bool, lang: Lang) -> &'static str {
    text(
        if on_entitlements {
            Msg::KeyLegislationAssumed
        } else {
            Msg::KeyLegislation
        },
        lang,
    )
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

/// The reader's name of a priority weight or a lever (its id if the data
/// set has no such lever).
pub fn setting(ds: &DataSet, s: Setting, lang: Lang) -> String {
    match s {
        Setting::Priority(id) => text(weight_msgs(id).0, lang).to_string(),
        Setting::Lever(id) => ds
            .lever(id)
            .map(|l| l.name.get(lang).to_string())
            .unwrap_or_else(|| id.to_string()),
    }
}

/// A setting's name and its value before and after, e.g.
/// "Investering i forebyggelse: 0 kr. om året → 1.000 mio. kr. om året".
pub fn change(ds: &DataSet, c: &Change, lang: Lang) -> String {
    match c.setting {
        Setting::Priority(id) => format!(
            "{}: {} → {}",
            text(weight_msgs(id).0, lang),
            format::percent(c.from, lang),
            format::percent(c.to, lang)
        ),
        Setting::Lever(id) => match ds.lever(id) {
            Some(l) => format!(
                "{}: {} → {}",
                l.name.get(lang),
                format::lever_value(l.unit, c.from, lang),
                format::lever_value(l.unit, c.to, lang)
            ),
            None => id.to_string(),
        },
    }
}

/// The name of a compared metric, e.g. "Taget fra andre områder: Folkeskole".
pub fn metric(ds: &DataSet, m: Metric, lang: Lang) -> String {
    let t = |msg| text(msg, lang);
    let service = m
        .service_id()
        .and_then(|id| ds.services.iter().find(|s| s.id == id));
    let service_name = service.map(|s| s.name.get(lang)).unwrap_or_default();
    match m {
        Metric::Frame => t(Msg::Frame).to_string(),
        Metric::Spending => t(Msg::Spending).to_string(),
        Metric::Overspend => t(Msg::KeyOverspend).to_string(),
        Metric::TakenSchoolsDkk | Metric::TakenDayCareDkk | Metric::TakenElderCareDkk => {
            format!("{}: {service_name}", t(Msg::KeyTaken))
        }
        Metric::TakenSchoolsUnits | Metric::TakenDayCareUnits | Metric::TakenElderCareUnits => {
            let unit = service.map(|s| s.unit.get(lang)).unwrap_or_default();
            format!("{}: {service_name} ({unit})", t(Msg::KeyTaken))
        }
        Metric::UnmetDkk => t(Msg::KeyUnmet).to_string(),
        Metric::UnmetCitizens => format!("{} ({})", t(Msg::KeyUnmet), t(Msg::KeyCitizens)),
        Metric::CeilingCases => format!("{}: {}", t(Msg::KeyCeiling), t(Msg::KeyCases)),
        Metric::CeilingFreed => t(Msg::KeyDeclined).to_string(),
        Metric::CeilingFreedWithoutLaw => t(Msg::KeyFreedWithoutLaw).to_string(),
        Metric::CeilingFreedWithLaw => t(Msg::KeyFreedWithLaw).to_string(),
        Metric::PreventionCost => format!("{}: {}", t(Msg::KeyPrevention), t(Msg::KeyCost)),
        Metric::PreventionGains => format!("{}: {}", t(Msg::KeyPrevention), t(Msg::KeyGains)),
    }
}

/// An approach's name from the content (its id if unknown).
pub fn approach(content: &Content, id: ApproachId, lang: Lang) -> String {
    content
        .approaches
        .approaches
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// A participant's lens as the board names it: the approach ("Styring"),
/// "tættest på Styring" when the weights are only nearest to it, or the middle
/// weights of "no change".
pub fn lens_match(content: &Content, m: LensMatch, lang: Lang) -> String {
    match (m.lens, m.exact) {
        (Some(id), true) => approach(content, id, lang),
        (Some(id), false) => format!(
            "{} {}",
            text(Msg::LensNearest, lang),
            approach(content, id, lang)
        ),
        (None, true) => text(Msg::LensMiddle, lang).to_string(),
        (None, false) => format!(
            "{} {}",
            text(Msg::LensNearest, lang),
            text(Msg::LensMiddle, lang)
        ),
    }
}

/// A scenario's name as the reader sees it: its own name, or the name of
/// the preset it was made from ("Uden ændringer", an approach).
pub fn scenario_name(content: &Content, s: &Scenario, lang: Lang) -> String {
    match Preset::from_id(&s.name) {
        None => s.name.clone(),
        Some(Preset::Neutral) => text(Msg::ChoiceNeutral, lang).to_string(),
        Some(Preset::Approach(a)) => approach(content, a, lang),
    }
}

/// A value on a board spread's own scale: a weight as a percentage, a
/// lever in its unit.
pub fn spread_value(ds: &DataSet, s: &Spread, v: f64, lang: Lang) -> String {
    match s.id {
        Setting::Lever(id) => match ds.lever(id) {
            Some(l) => format::lever_value(l.unit, v, lang),
            None => format::weight(v, lang),
        },
        Setting::Priority(_) => format::weight(v, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_weight_and_lever_has_its_own_name_in_both_languages() {
        let ds = DataSet::builtin();
        for lang in [Lang::Da, Lang::En] {
            let mut seen = std::collections::BTreeSet::new();
            for id in ApproachId::ALL {
                let (label, help) = weight_msgs(id);
                assert!(!text(help, lang).is_empty());
                assert!(seen.insert(text(label, lang).to_string()), "{id}");
            }
            for id in crate::model::ids::LeverId::ALL {
                let name = setting(&ds, Setting::Lever(id), lang);
                assert_ne!(name, id.as_str(), "{id} has no name");
                assert!(seen.insert(name), "{id}");
            }
        }
    }

    #[test]
    fn a_preset_scenario_is_named_by_its_preset() {
        let content = Content::builtin().unwrap();
        let ds = DataSet::builtin();
        let s = Scenario::from_preset(&ds, ApproachId::Steering).unwrap();
        assert_eq!(
            scenario_name(&content, &s, Lang::Da),
            approach(&content, ApproachId::Steering, Lang::Da)
        );
        assert_eq!(
            scenario_name(&content, &Scenario::neutral(), Lang::En),
            text(Msg::ChoiceNeutral, Lang::En)
        );
        let own = Scenario {
            name: "Gruppe A".into(),
            ..Scenario::neutral()
        };
        assert_eq!(scenario_name(&content, &own, Lang::En), "Gruppe A");
    }
}
