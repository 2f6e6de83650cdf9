//! Every piece of user-facing UI text, in Danish and English, in one table.
//! Texts from the seeds and data live in `data/`; these are the app's own.

use crate::model::text::Lang;

/// A UI message. Add a variant and its two texts in [`text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The app's name in the header.
    AppTitle,
    /// The line under the name.
    AppTagline,
    /// Link that skips to the main content.
    SkipToContent,
    /// Label of the language switch group.
    LanguageLabel,
    /// Heading of VIVE's approaches.
    ApproachesHeading,
    /// Column heading: the approach.
    ColApproach,
    /// Column heading: problem focus.
    ColProblem,
    /// Column heading: solution focus.
    ColSolution,
    /// Column heading: effect focus.
    ColEffect,
    /// Heading of the six cities' recommendations.
    RecommendationsHeading,
    /// Introduction to the recommendations.
    RecommendationsIntro,
    /// Label before a recommendation's number.
    RecommendationLabel,
    /// Heading of the problem part.
    Problem,
    /// Label of the solutions part.
    Solutions,
    /// Label of the gains part.
    Gains,
    /// Label of the time horizon part.
    Horizon,
    /// Heading of the bullets.
    CitiesRecommend,
    /// Heading of the recipients chart section.
    RecipientsHeading,
    /// Caption of the figures table (text alternative of the chart).
    FiguresTable,
    /// Column heading: year.
    ColYear,
    /// Column heading: source.
    ColSource,
    /// Column heading: status of a figure.
    ColStatus,
    /// Label before a list of sources.
    SourceLabel,
    /// Heading of the sources list in the footer.
    SourcesHeading,
    /// Status V.
    StatusStated,
    /// Status S.
    StatusSeed,
    /// Status D.
    StatusDerived,
    /// Status I.
    StatusIllustrative,
    /// Shown when the built-in data cannot be read.
    DataError,
    /// The footer's statement of neutrality.
    Neutrality,
    /// Translation notice for texts from the seeds.
    TranslationNotice,
    /// The explorer view's tab.
    NavExplorer,
    /// The background view's tab.
    NavBackground,
    /// Label of the view navigation.
    NavLabel,
    /// Button that starts presentation mode.
    PresentOn,
    /// Button that leaves presentation mode.
    PresentOff,
    /// How to step through charts in presentation mode.
    PresentHint,
    /// Heading of the lenses.
    LensesHeading,
    /// Introduction to the lenses.
    LensesIntro,
    /// Start of the note after a lens is applied.
    LensApplied,
    /// Before the list of changed settings.
    LensChanged,
    /// When a lens changed nothing.
    LensNothing,
    /// Heading of the priority sliders.
    PrioritiesHeading,
    /// Heading of the levers.
    LeversHeading,
    /// Filter: levers of every steering centre.
    CentreAll,
    /// The strategic-political steering centre.
    CentrePolitical,
    /// The economic-financial steering centre.
    CentreFinancial,
    /// The social-professional steering centre.
    CentreSocial,
    /// Label of the steering-centre filter.
    CentreFilterLabel,
    /// What the steering centres are.
    CentreNote,
    /// Before a recommendation number on a lever.
    FromRecommendation,
    /// Reset button of one slider.
    Reset,
    /// Button that resets every setting.
    ResetAll,
    /// Accessible label of a slider's reset button, before its name.
    ResetLabel,
    /// Budget squeeze weight.
    WeightBudgetSqueeze,
    /// Its explanation.
    WeightBudgetSqueezeHelp,
    /// Social-professional weight.
    WeightSocial,
    /// Its explanation.
    WeightSocialHelp,
    /// Steering weight.
    WeightSteering,
    /// Its explanation.
    WeightSteeringHelp,
    /// Diagnosis weight.
    WeightDiagnosis,
    /// Its explanation.
    WeightDiagnosisHelp,
    /// Future-priorities weight.
    WeightFuture,
    /// Its explanation.
    WeightFutureHelp,
    /// Heading of the consequences.
    ConsequencesHeading,
    /// Before the year of the key figures.
    InYear,
    /// The baseline's name.
    Baseline,
    /// Before the p10-p90 range.
    Band,
    /// While the bands are computed.
    BandsPending,
    /// Key figure: overspend.
    KeyOverspend,
    /// Key figure: taken from other services.
    KeyTaken,
    /// Key figure: unmet need.
    KeyUnmet,
    /// Unit: full-year citizens.
    KeyCitizens,
    /// Key figure: the ceiling council.
    KeyCeiling,
    /// Unit: cases referred.
    KeyCases,
    /// Money freed.
    KeyFreed,
    /// When no ceiling is set.
    KeyNoCeiling,
    /// Mark where national legislation is needed.
    KeyLegislation,
    /// Key figure: prevention.
    KeyPrevention,
    /// Prevention cost.
    KeyCost,
    /// Prevention gains.
    KeyGains,
    /// The 'why' button.
    Why,
    /// Close a 'why' explanation.
    WhyClose,
    /// Label of the chart tabs.
    ChartsLabel,
    /// Chart tab: spending.
    ChartSpending,
    /// Chart tab: coverage.
    ChartCoverage,
    /// Chart tab: squeeze.
    ChartSqueeze,
    /// Chart tab: ceiling council.
    ChartCeiling,
    /// Chart tab: prevention.
    ChartPrevention,
    /// Chart description: spending.
    ChartSpendingAlt,
    /// Chart description: coverage.
    ChartCoverageAlt,
    /// Chart description: squeeze.
    ChartSqueezeAlt,
    /// Chart description: ceiling.
    ChartCeilingAlt,
    /// Chart description: prevention.
    ChartPreventionAlt,
    /// Column: intervention area.
    Area,
    /// The frame.
    Frame,
    /// Spending.
    Spending,
    /// Overspend.
    Overspend,
    /// Coverage.
    Coverage,
    /// Council decision yes.
    DecisionYes,
    /// Council decision partly.
    DecisionPartly,
    /// Council decision no.
    DecisionNo,
    /// Payer: municipality.
    PayerMunicipality,
    /// Payer: region.
    PayerRegion,
    /// Payer: state.
    PayerState,
    /// Cost.
    CostLabel,
    /// Gain.
    GainLabel,
    /// Cases.
    Cases,
    /// Money freed.
    Freed,
    /// Source line of the model's charts.
    ModelSource,
    /// Note that many figures are illustrative.
    IllustrativeNote,
    /// Legend: money only national legislation would free.
    Blocked,
    /// When no prevention is invested.
    NoPrevention,
    /// When the model rejects the scenario.
    ModelError,
    /// Axis unit: percent.
    PercentUnit,
}

/// The text of `msg` in `lang`.
pub fn text(msg: Msg, lang: Lang) -> &'static str {
    use Msg::*;
    let (da, en) = match msg {
        AppTitle => ("Prioriteringsrummet", "The Priorities Room"),
        AppTagline => (
            "Det specialiserede socialområde: prioriteringer inden for en fast økonomisk ramme",
            "The Danish specialised social area: priorities within a fixed economic frame",
        ),
        SkipToContent => ("Gå til indholdet", "Skip to content"),
        LanguageLabel => ("Sprog", "Language"),
        ApproachesHeading => ("VIVE's fem tilgange til socialområdet", "VIVE's five approaches to the social area"),
        ColApproach => ("Tilgang", "Approach"),
        ColProblem => ("Problemfokus", "Problem focus"),
        ColSolution => ("Løsningsfokus", "Solution focus"),
        ColEffect => ("Effektfokus", "Effect focus"),
        RecommendationsHeading => ("6-byernes fem anbefalinger", "The six cities' five recommendations"),
        RecommendationsIntro => (
            "København, Aarhus, Odense, Aalborg, Esbjerg og Randers (6-byerne) har sammen med Tænketanken Mandag Morgen givet fem anbefalinger. Åbn en anbefaling for at læse problem, løsninger, gevinster, tidshorisont og hvad 6-byerne anbefaler.",
            "Copenhagen, Aarhus, Odense, Aalborg, Esbjerg and Randers (the six cities) made five recommendations together with the think tank Mandag Morgen. Open a recommendation to read its problem, solutions, gains, time horizon and what the six cities recommend.",
        ),
        RecommendationLabel => ("Anbefaling", "Recommendation"),
        Problem => ("Problemet", "The problem"),
        Solutions => ("Løsninger", "Solutions"),
        Gains => ("Gevinster", "Gains"),
        Horizon => ("Tidshorisont", "Time horizon"),
        CitiesRecommend => ("6-byerne anbefaler, at", "The six cities recommend that"),
        RecipientsHeading => ("Flere borgere får en social indsats", "More citizens receive a social intervention"),
        FiguresTable => ("Tallene bag figuren", "The figures behind the chart"),
        ColYear => ("År", "Year"),
        ColSource => ("Kilde", "Source"),
        ColStatus => ("Status", "Status"),
        SourceLabel => ("Kilde", "Source"),
        SourcesHeading => ("Kilder", "Sources"),
        StatusStated => ("oplyst i kilden", "stated in the source"),
        StatusSeed => ("oplyst i kildeteksten", "stated in the source document"),
        StatusDerived => ("beregnet", "derived"),
        StatusIllustrative => ("illustrativ antagelse", "illustrative assumption"),
        DataError => (
            "De indbyggede data kunne ikke læses. Genindlæs siden; hjælper det ikke, så kontakt os med denne besked:",
            "The built-in data could not be read. Reload the page; if that does not help, contact us with this message:",
        ),
        Neutrality => (
            "Værktøjet tager ikke parti: hver af de fem tilgange er en legitim måde at se området på. Det viser afvejninger, ikke svar.",
            "The tool takes no side: each of the five approaches is a legitimate way to see the area. It shows trade-offs, not answers.",
        ),
        TranslationNotice => (
            "Teksterne fra kilderne er gengivet ordret.",
            "Texts from the sources are our English translation; the Danish original is authoritative.",
        ),
        NavExplorer => ("Prioriter", "Prioritise"),
        NavBackground => ("Baggrund", "Background"),
        NavLabel => ("Visning", "View"),
        PresentOn => ("Præsentation", "Present"),
        PresentOff => ("Afslut præsentation", "Leave presentation"),
        PresentHint => ("Skift figur med piletasterne. Esc afslutter.", "Step through the charts with the arrow keys. Esc leaves."),
        LensesHeading => ("Vælg en tilgang som udgangspunkt", "Start from an approach"),
        LensesIntro => ("Hver af VIVE's fem tilgange er en legitim måde at se området på. Et tryk indstiller vægte og håndtag, som tilgangen ville; bagefter kan du justere alt.", "Each of VIVE's five approaches is a legitimate way to see the area. A tap sets the weights and levers as that approach would; then you can adjust everything."),
        LensApplied => ("Anvendt", "Applied"),
        LensChanged => ("Ændret", "Changed"),
        LensNothing => ("Ingen indstillinger ændret.", "No settings changed."),
        PrioritiesHeading => ("Prioriteter", "Priorities"),
        LeversHeading => ("Håndtag", "Levers"),
        CentreAll => ("Alle", "All"),
        CentrePolitical => ("Politisk", "Political"),
        CentreFinancial => ("Økonomisk", "Financial"),
        CentreSocial => ("Socialfagligt", "Social-professional"),
        CentreFilterLabel => ("Vis håndtag for styringscenter", "Show levers of steering centre"),
        CentreNote => ("KL's tre styringscentre: hvem ejer håndtaget?", "KL's three steering centres: who owns the lever?"),
        FromRecommendation => ("Fra anbefaling", "From recommendation"),
        Reset => ("Nulstil", "Reset"),
        ResetAll => ("Nulstil alt", "Reset all"),
        ResetLabel => ("Nulstil", "Reset"),
        WeightBudgetSqueeze => ("Budgetklemme: hold rammen", "Budget squeeze: hold the frame"),
        WeightBudgetSqueezeHelp => ("Lav: behovet dækkes, og pengene tages fra skoler og ældrepleje. Høj: rammen holdes, og behov bliver udækket.", "Low: need is covered and the money is taken from schools and elder care. High: the frame holds and need goes unmet."),
        WeightSocial => ("Socialfaglig: forebyggelse og rehabilitering", "Social-professional: prevention and rehabilitation"),
        WeightSocialHelp => ("Vægt på områder med tidlig hjælp, rehabilitering og livsmestring.", "Weight on areas with early help, rehabilitation and life mastery."),
        WeightSteering => ("Styring: pris pr. effekt", "Steering: cost per outcome"),
        WeightSteeringHelp => ("Vægt på områder med lav udgift pr. effekt og datadrevet opfølgning.", "Weight on areas with low cost per outcome and data-driven follow-up."),
        WeightDiagnosis => ("Diagnose: tidlig udredning", "Diagnosis: early assessment"),
        WeightDiagnosisHelp => ("Vægt på områder, der dæmper den diagnosedrevne vækst.", "Weight on areas that dampen diagnosis-driven growth."),
        WeightFuture => ("Fremtidens prioriteringer: evidens", "Future priorities: evidence"),
        WeightFutureHelp => ("Vægt på stærk evidens og værdi for pengene, som i Medicinrådet.", "Weight on strong evidence and value for money, as at Medicinrådet."),
        ConsequencesHeading => ("Konsekvenser", "Consequences"),
        InYear => ("I", "In"),
        Baseline => ("uden ændringer", "with no change"),
        Band => ("80 % sandsynligt", "80 % likely"),
        BandsPending => ("beregner usikkerhed …", "computing uncertainty …"),
        KeyOverspend => ("Overforbrug ud over rammen", "Overspend above the frame"),
        KeyTaken => ("Taget fra andre områder", "Taken from other services"),
        KeyUnmet => ("Udækket behov", "Unmet need"),
        KeyCitizens => ("helårsborgere", "full-year citizens"),
        KeyCeiling => ("Prioriteringsråd: de dyreste sager", "Priority council: the costliest cases"),
        KeyCases => ("sager vurderet", "cases referred"),
        KeyFreed => ("frigjort", "freed"),
        KeyNoCeiling => ("Intet loft sat. Sæt et loft under håndtag for at se rådets afgørelser.", "No ceiling set. Set a ceiling under levers to see the council's decisions."),
        KeyLegislation => ("Kræver lovændring: loftet rammer retskrav i", "Needs national legislation: the ceiling hits legal entitlements in"),
        KeyPrevention => ("Forebyggelse: udgift og gevinst", "Prevention: cost and gain"),
        KeyCost => ("udgift for kommunen", "cost to the municipality"),
        KeyGains => ("gevinst for alle betalere", "gains for all payers"),
        Why => ("Hvorfor?", "Why?"),
        WhyClose => ("Luk", "Close"),
        ChartsLabel => ("Figurer", "Charts"),
        ChartSpending => ("Udgifter og ramme", "Spending and frame"),
        ChartCoverage => ("Dækning af behov", "Coverage of need"),
        ChartSqueeze => ("Budgetklemme", "Budget squeeze"),
        ChartCeiling => ("Prioriteringsråd", "Priority council"),
        ChartPrevention => ("Forebyggelse", "Prevention"),
        ChartSpendingAlt => ("Udgifter pr. område år for år, rammen som linje og overforbrug over den; stiplet: uden ændringer.", "Spending by area year by year, the frame as a line and overspend above it; dashed: with no change."),
        ChartCoverageAlt => ("Hvor stor en del af behovet hvert område får dækket i det sidste år; streg: uden ændringer.", "The share of each area's need covered in the last year; tick: with no change."),
        ChartSqueezeAlt => ("Hvad overforbruget tager fra folkeskole, dagtilbud og ældrepleje år for år; stiplet: uden ændringer.", "What the overspend takes from schools, day care and elder care year by year; dashed: with no change."),
        ChartCeilingAlt => ("Sager over loftet efter rådets afgørelse (ja, delvist, nej) og de frigjorte penge år for år.", "Cases above the ceiling by the council's decision (yes, partly, no) and the money freed year by year."),
        ChartPreventionAlt => ("Forebyggelsens udgift nu (under nul) og gevinsterne senere fordelt på kommune, region og stat (over nul).", "Prevention's cost now (below zero) and its gains later by municipality, region and state (above zero)."),
        Area => ("Indsatsområde", "Intervention area"),
        Frame => ("Ramme", "Frame"),
        Spending => ("Udgift", "Spending"),
        Overspend => ("Overforbrug", "Overspend"),
        Coverage => ("Dækning", "Coverage"),
        DecisionYes => ("Ja", "Yes"),
        DecisionPartly => ("Delvist", "Partly"),
        DecisionNo => ("Nej", "No"),
        PayerMunicipality => ("Kommune", "Municipality"),
        PayerRegion => ("Region", "Region"),
        PayerState => ("Stat", "State"),
        CostLabel => ("Udgift", "Cost"),
        GainLabel => ("Gevinst", "Gain"),
        Cases => ("Sager", "Cases"),
        Freed => ("Frigjort", "Freed"),
        ModelSource => ("Model: docs/model.md. Tal: data/model.json – mange er illustrative antagelser (markeret I).", "Model: docs/model.md. Figures: data/model.json – many are illustrative assumptions (marked I)."),
        IllustrativeNote => ("Mange af modellens tal er illustrative antagelser uden kilde. De viser mekanismerne, ikke en prognose for en bestemt kommune.", "Many of the model's figures are illustrative assumptions with no source. They show the mechanisms, not a forecast for any municipality."),
        Blocked => ("Kun med lovændring (retskrav)", "Only with new legislation (entitlements)"),
        NoPrevention => ("Ingen ekstra investering i forebyggelse. Sæt et beløb under Håndtag: Investering i forebyggelse.", "No extra prevention investment. Set an amount under Levers: Prevention investment."),
        ModelError => ("Modellen kunne ikke regne på dette scenarie:", "The model could not compute this scenario:"),
        PercentUnit => ("pct. af behovet", "% of need"),
    };
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}
