//! Typed ids: the only place an id is spelled. VIVE's five approaches (one
//! priority weight each), the levers, the explorer's charts, the "Hvorfor?"
//! explanation topics and the glossary's terms are enums; their string forms
//! (the keys of `data/*.json`, the scenario and link formats, `data-*`
//! attributes) come from here and nowhere else, so a typo is a compile
//! error, not a missing text.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// Declares an id enum with its string form, `ALL` in declaration order,
/// [`fmt::Display`], `FromStr` and serde as that string (an unknown string
/// is refused with the list of known ones).
macro_rules! ids {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $id:literal, )+ }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every id, in the order the app shows them.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// The id as it is written in data files, scenarios and links.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )+
                }
            }

            /// The id written as `s`, if there is one.
            pub fn from_id(s: &str) -> Option<$name> {
                match s {
                    $( $id => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;

            /// The id written as `s`; the error lists the known ones.
            fn from_str(s: &str) -> Result<Self, String> {
                $name::from_id(s).ok_or_else(|| {
                    format!(
                        "unknown {} '{s}' (known: {})",
                        stringify!($name),
                        [$($id),+].join(", ")
                    )
                })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(de::Error::custom)
            }
        }
    };
}

ids! {
    /// One of VIVE's five approaches (*tilgange*), in the order of seed
    /// 000's table. Each approach also names one of the five priority
    /// weights (*prioriteter*) a council sets.
    ApproachId {
        /// Budget squeeze (*budgetklemme*): frame discipline.
        BudgetSqueeze = "budget_squeeze",
        /// The social-professional approach: prevention and early help.
        SocialProfessional = "social_professional",
        /// Steering: cost per outcome, data-driven follow-up.
        Steering = "steering",
        /// Diagnosis growth: dampen diagnosis-driven demand.
        Diagnosis = "diagnosis",
        /// Future priorities: evidence and value for money.
        FuturePriorities = "future_priorities",
    }
}

ids! {
    /// A lever (*greb*) of the scenario, in the order the data set and the
    /// scenario format list them.
    LeverId {
        /// Extra prevention investment, DKK a year.
        PreventionInvestmentDkk = "prevention_investment_dkk",
        /// State refund rate on prevention (recommendation 1).
        PreventionRefundRate = "prevention_refund_rate",
        /// Prevention exempt from the service ceiling (recommendation 1).
        PreventionCeilingExempt = "prevention_ceiling_exempt",
        /// Staff time freed from administration (recommendation 2).
        AdminRelief = "admin_relief",
        /// Research close to practice (recommendation 3).
        ResearchPractice = "research_practice",
        /// Cross-sector collaboration (recommendation 4).
        CrossSector = "cross_sector",
        /// Sharper needs assessment and diagnosis dialogue.
        NeedsAssessment = "needs_assessment",
        /// Progression follow-up (step-down).
        ProgressionFollowup = "progression_followup",
        /// Unit-cost steering.
        UnitCostSteering = "unit_cost_steering",
        /// Ceiling per case per year (the ceiling council, recommendation 5).
        CeilingDkk = "ceiling_dkk",
        /// National legislation so the ceiling also hits entitlements.
        CeilingOnEntitlements = "ceiling_on_entitlements",
    }
}

ids! {
    /// One of the explorer's five charts, in tab order.
    ChartId {
        /// Spending inside the frame, by area.
        Spending = "spending",
        /// Coverage of need, by area.
        Coverage = "coverage",
        /// The budget squeeze on other services.
        Squeeze = "squeeze",
        /// The ceiling council's decisions.
        Ceiling = "ceiling",
        /// Prevention: cost and gains by payer.
        Prevention = "prevention",
    }
}

impl ChartId {
    /// The chart `step` tabs after this one, wrapping around (presentation
    /// mode's arrow keys).
    pub fn step(self, step: isize) -> ChartId {
        let n = Self::ALL.len() as isize;
        let i = Self::ALL.iter().position(|k| *k == self).unwrap_or(0) as isize;
        Self::ALL[(i + step).rem_euclid(n) as usize]
    }
}

/// A slide of presentation mode: the headline figures first, then each
/// chart in the tabs' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The headline figures, large.
    Numbers,
    /// One chart.
    Chart(ChartId),
}

impl Slide {
    /// The slide `step` slides after this one, wrapping around (the arrow
    /// keys).
    pub fn step(self, step: isize) -> Slide {
        let n = ChartId::ALL.len() as isize + 1;
        let i = match self {
            Slide::Numbers => 0,
            Slide::Chart(c) => 1 + ChartId::ALL.iter().position(|k| *k == c).unwrap_or(0) as isize,
        };
        match (i + step).rem_euclid(n) {
            0 => Slide::Numbers,
            j => Slide::Chart(ChartId::ALL[j as usize - 1]),
        }
    }
}

ids! {
    /// A "Hvorfor?" explanation (`data/explanations.json`): one step of the
    /// model in plain language.
    TopicId {
        /// Phase-in of the levers.
        PhaseIn = "phase_in",
        /// Need: volume times unit cost, and its growth.
        Need = "need",
        /// The budget: the frame and the overspend.
        Budget = "budget",
        /// Legal floors (entitlements) first.
        Floors = "floors",
        /// What prevention costs now.
        PreventionCost = "prevention_cost",
        /// Water-filling of the discretionary rest.
        Allocation = "allocation",
        /// The ceiling council.
        Ceiling = "ceiling",
        /// Prevention's gains by payer.
        Gains = "gains",
        /// The p10–p90 bands.
        Bands = "bands",
        /// The "no change" baseline.
        Baseline = "baseline",
    }
}

/// One setting of a scenario that a lens, the board or a memo names: a
/// priority weight or a lever.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Setting {
    /// The priority weight of an approach.
    Priority(ApproachId),
    /// A lever.
    Lever(LeverId),
}

impl Setting {
    /// The setting's id as it is written in scenarios (the weight's
    /// approach id or the lever id).
    pub fn as_str(self) -> &'static str {
        match self {
            Setting::Priority(a) => a.as_str(),
            Setting::Lever(l) => l.as_str(),
        }
    }
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The named scenarios a compare column can show besides the user's own
/// and the saved ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// "Uden ændringer": the neutral scenario, the baseline.
    Neutral,
    /// The scenario of one of VIVE's approaches.
    Approach(ApproachId),
}

impl Preset {
    /// The id written in scenarios' default names: `neutral` or the
    /// approach id.
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Neutral => "neutral",
            Preset::Approach(a) => a.as_str(),
        }
    }

    /// The preset whose id is `s`, if any.
    pub fn from_id(s: &str) -> Option<Preset> {
        if s == Preset::Neutral.as_str() {
            return Some(Preset::Neutral);
        }
        ApproachId::from_id(s).map(Preset::Approach)
    }
}

/// Where a compare column's scenario comes from: the explorer's own
/// scenario, a preset ("uden ændringer" or an approach), or the saved
/// scenario at this position of the saved list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareColumn {
    /// The scenario in the explorer now.
    Current,
    /// "Uden ændringer" or one of VIVE's approaches.
    Preset(Preset),
    /// The saved scenario at this index.
    Saved(usize),
}

impl CompareColumn {
    const CURRENT: &'static str = "current";
    const SAVED: &'static str = "saved:";

    /// The column's value in the picker (`current`, `neutral`, an approach
    /// id, `saved:3`).
    pub fn value(self) -> String {
        match self {
            CompareColumn::Current => Self::CURRENT.to_string(),
            CompareColumn::Preset(p) => p.as_str().to_string(),
            CompareColumn::Saved(i) => format!("{}{i}", Self::SAVED),
        }
    }

    /// The column a picker value names, if any.
    pub fn from_value(s: &str) -> Option<CompareColumn> {
        if s == Self::CURRENT {
            return Some(CompareColumn::Current);
        }
        if let Some(i) = s.strip_prefix(Self::SAVED) {
            return i.parse().ok().map(CompareColumn::Saved);
        }
        Preset::from_id(s).map(CompareColumn::Preset)
    }
}

ids! {
    /// A term of art in the glossary (`data/glossary.json`, "Ord og
    /// begreber"): a word a citizen may not know, explained in plain
    /// language where it appears and in the background view.
    TermId {
        /// VIVE, the state research centre that set out the five approaches.
        Vive = "vive",
        /// An approach (*tilgang*): one of VIVE's five ways of seeing the area.
        Approach = "approach",
        /// KØF, Kommunaløkonomisk Forum, where VIVE presented the approaches.
        Kof = "kof",
        /// KL, the municipalities' association.
        Kl = "kl",
        /// A wicked problem: no one right solution.
        WickedProblem = "wicked_problem",
        /// *6-byerne*, the six large cities behind the recommendations.
        SixCities = "six_cities",
        /// The economic frame (*rammen*): the fixed budget.
        Frame = "frame",
        /// Budget squeeze (*budgetklemme*) or crowding out.
        BudgetSqueeze = "budget_squeeze",
        /// A legal entitlement (*retskrav*).
        Entitlement = "entitlement",
        /// Unmet need (*udækket behov*).
        UnmetNeed = "unmet_need",
        /// KL's three steering centres (*styringscentre*).
        SteeringCentres = "steering_centres",
        /// The strategic-political steering centre.
        CentrePolitical = "centre_political",
        /// The economic-financial steering centre.
        CentreFinancial = "centre_financial",
        /// The social-professional steering centre.
        CentreSocial = "centre_social",
        /// A lever (*greb*).
        Lever = "lever",
        /// "No change" (*uden ændringer*), the baseline.
        Baseline = "baseline",
        /// Progression: a citizen growing more self-reliant.
        Progression = "progression",
        /// Needs assessment (*visitation*) and the assessing authority.
        NeedsAssessment = "needs_assessment",
        /// The priority council (*prioriteringsråd*) and its ceiling (*loft*).
        PriorityCouncil = "priority_council",
        /// The municipal service-spending ceiling (*serviceloft*).
        ServiceCeiling = "service_ceiling",
        /// State refund (*refusion*).
        Refund = "refund",
        /// Prevention and early intervention.
        Prevention = "prevention",
        /// A recommendation's time horizon.
        Horizon = "horizon",
        /// Full-year persons (*helårspersoner*), the volume unit.
        FullYearPersons = "full_year_persons",
        /// Unit cost (*enhedsudgift*) per full-year person.
        UnitCost = "unit_cost",
        /// Staff-years (*årsværk*).
        StaffYears = "staff_years",
        /// The p10–p90 uncertainty bands.
        Bands = "bands",
        /// SEL, the Social Services Act (*serviceloven*).
        Sel = "sel",
        /// SEL § 82: light preventive offers for adults.
        Sel82 = "sel82",
        /// SEL § 85: social-pedagogical support, often in one's own home.
        Sel85 = "sel85",
        /// SEL § 107: temporary residential care.
        Sel107 = "sel107",
        /// SEL § 108: long-term residential care.
        Sel108 = "sel108",
        /// ABL § 105: social housing for older and disabled people.
        Abl105 = "abl105",
        /// *Barnets lov*, the Children's Act.
        ChildrensAct = "childrens_act",
        /// Out-of-home placement (*anbringelse*) of a child.
        Placement = "placement",
    }
}

ids! {
    /// A Danmarks Statistik table (Statistikbanken) the municipality import
    /// reads: the accounts and budgets by function, the full-time services
    /// for adults by service type, the children placed outside the home by
    /// place, and the population.
    StatTable {
        /// Kommunernes regnskaber (accounts) by function, 1,000 kr.
        Regk31 = "REGK31",
        /// Kommunernes budgetter (budgets) by function, 1,000 kr.
        Budk32 = "BUDK32",
        /// Fuldtidsydelser (full-time services) for adults by municipality
        /// and service type, per quarter.
        Hand01 = "HAND01",
        /// Anbringelser af børn og unge: children and young people (0-22)
        /// placed outside the home on 31 December, by municipality
        /// (*handlekommune*) and place (*anbringelsessted*); a family of
        /// tables (ANBAAR1, ANBAAR2, ...), the one read is named in the
        /// Statistikbanken catalogue.
        Anbaar = "ANBAAR",
        /// Befolkningen den 1. i kvartalet (population by quarter).
        Folk1a = "FOLK1A",
    }
}

ids! {
    /// One trade-off of the warm-up "Find dine prioriteter": two outcomes
    /// the participant weighs against each other, each standing for one
    /// priority weight (or, for [`TradeOff::FrameOrNeed`]'s right side,
    /// covering the need at all). In the order the warm-up first asks them.
    TradeOff {
        /// Holding the frame (budget squeeze) against covering more need.
        FrameOrNeed = "frame_need",
        /// Prevention and early help against cost per outcome (steering).
        SocialOrSteering = "social_steering",
        /// Steering against help that does not wait for a diagnosis.
        SteeringOrDiagnosis = "steering_diagnosis",
        /// Diagnosis against evidence and value for money.
        DiagnosisOrFuture = "diagnosis_future",
        /// Evidence and value for money against prevention and early help.
        FutureOrSocial = "future_social",
    }
}

ids! {
    /// A participant's answer to one question of the warm-up: the left
    /// outcome, the right one, or "lige gode" (equally good).
    Choice {
        /// The left outcome is better.
        Left = "left",
        /// The right outcome is better.
        Right = "right",
        /// The two are equally good (*lige gode*).
        Equal = "equal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presentation_starts_with_the_figures_and_steps_through_every_chart() {
        let mut seen = vec![];
        let mut slide = Slide::Numbers;
        for _ in 0..=ChartId::ALL.len() {
            seen.push(slide);
            slide = slide.step(1);
        }
        assert_eq!(slide, Slide::Numbers, "wraps around");
        let charts: Vec<Slide> = ChartId::ALL.into_iter().map(Slide::Chart).collect();
        assert_eq!(seen[1..], charts[..]);
        assert_eq!(Slide::Numbers.step(-1), Slide::Chart(ChartId::Prevention));
        assert_eq!(Slide::Chart(ChartId::Spending).step(-1), Slide::Numbers);
    }

    #[test]
    fn every_id_round_trips_through_its_string_and_serde() {
        for a in ApproachId::ALL {
            assert_eq!(ApproachId::from_id(a.as_str()), Some(a));
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(serde_json::from_str::<ApproachId>(&json).unwrap(), a);
        }
        for l in LeverId::ALL {
            assert_eq!(LeverId::from_id(l.as_str()), Some(l));
        }
        for c in ChartId::ALL {
            assert_eq!(ChartId::from_id(&c.to_string()), Some(c));
        }
        assert_eq!(ChartId::Spending.step(-1), ChartId::Prevention);
        assert_eq!(ChartId::Prevention.step(1), ChartId::Spending);
        for t in TopicId::ALL {
            assert_eq!(TopicId::from_id(t.as_str()), Some(t));
        }
        for p in [Preset::Neutral, Preset::Approach(ApproachId::Steering)] {
            assert_eq!(Preset::from_id(p.as_str()), Some(p));
        }
        for c in [
            CompareColumn::Current,
            CompareColumn::Preset(Preset::Neutral),
            CompareColumn::Preset(Preset::Approach(ApproachId::Diagnosis)),
            CompareColumn::Saved(12),
        ] {
            assert_eq!(CompareColumn::from_value(&c.value()), Some(c));
        }
        assert_eq!(CompareColumn::from_value("saved:x"), None);
        assert_eq!(CompareColumn::from_value("lens"), None);
    }

    #[test]
    fn an_unknown_id_is_refused_with_the_known_ones() {
        let e = serde_json::from_str::<LeverId>("\"ceiling\"").unwrap_err();
        assert!(e.to_string().contains("unknown LeverId 'ceiling'"), "{e}");
        assert!(e.to_string().contains("ceiling_dkk"), "{e}");
        assert_eq!(ChartId::from_id("Spending"), None);
    }
}
