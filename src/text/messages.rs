//! Every piece of user-facing UI text, in Danish and English, in one table.
//! Texts from the seeds and data live in `data/`; these are the app's own.

use crate::model::data::localized::Lang;

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
    /// Navigation: the compare view.
    NavCompare,
    /// Navigation: the facilitator board.
    NavBoard,
    /// Label of the scenario toolbar.
    ScenarioTools,
    /// Toolbar button: share the scenario.
    ShareOpen,
    /// Toolbar button: saved scenarios.
    SaveOpen,
    /// Toolbar button: exports.
    ExportOpen,
    /// Toolbar button and heading: the printable memo.
    MemoOpen,
    /// Heading of the share panel.
    ShareHeading,
    /// Label of the link field.
    ShareLinkLabel,
    /// Button: copy the link.
    CopyLink,
    /// Status after copying.
    Copied,
    /// Status when copying failed.
    CopyFailed,
    /// Accessible name of the QR code.
    QrLabel,
    /// When the link does not fit a QR code.
    QrTooLong,
    /// Privacy and use note under the QR code.
    ShareHint,
    /// Button: add this scenario to the facilitator board.
    AddToBoard,
    /// Status after adding to the board.
    AddedToBoard,
    /// Heading of the saved-scenarios panel.
    SavedHeading,
    /// Label of the name field.
    SaveNameLabel,
    /// Button: save.
    SaveAction,
    /// Default name prefix of a saved scenario.
    SaveDefaultName,
    /// When nothing is saved.
    SavedEmpty,
    /// Status after saving.
    SavedDone,
    /// Button: open a saved scenario.
    OpenAction,
    /// Button: rename.
    RenameAction,
    /// Status after renaming.
    RenameDone,
    /// Button: delete.
    DeleteAction,
    /// Status after deleting, before the name.
    Deleted,
    /// Button: undo a deletion.
    Undo,
    /// When local storage refuses a write.
    StorageRefused,
    /// When a stored list is corrupt, before the backup key.
    ListCorrupt,
    /// Label of the scenario file picker.
    OpenFile,
    /// Status after opening a file.
    FileOpened,
    /// When an opened file is not a valid scenario.
    FileBad,
    /// Heading of the export panel.
    ExportHeading,
    /// Button: CSV export.
    ExportCsv,
    /// Button: PNG export.
    ExportPng,
    /// Button: JSON export.
    ExportJson,
    /// Button: open the memo.
    ExportMemo,
    /// Note under the export buttons.
    ExportNote,
    /// After a bad link, when the last good state was restored.
    LinkOpenedLast,
    /// After a bad link, when the defaults are used.
    LinkOpenedDefault,
    /// Link error: empty.
    LinkEmpty,
    /// Link error: no version prefix.
    LinkMalformed,
    /// Link error: newer version.
    LinkNewer,
    /// Link error: corrupt or truncated.
    LinkCorrupt,
    /// Link error: too large.
    LinkTooLarge,
    /// Link error: invalid value, before the field.
    LinkInvalid,
    /// Link error: unknown chart.
    LinkUnknownChart,
    /// Button: dismiss a notice.
    Dismiss,
    /// Intro of the memo.
    MemoIntro,
    /// Memo heading: the choices.
    MemoChoices,
    /// Memo heading before the year.
    MemoConsequences,
    /// Memo column: the scenario's value.
    MemoScenario,
    /// Memo row: frame level change.
    MemoFrameLevel,
    /// Memo row: frame growth.
    MemoFrameGrowth,
    /// Memo row: growth scale.
    MemoGrowthScale,
    /// Memo row: horizon.
    MemoHorizon,
    /// Memo label: version.
    MemoVersion,
    /// Caption of the memo's QR code.
    MemoQr,
    /// Button: print.
    Print,
    /// Link back to the explorer.
    BackToExplorer,
    /// Column heading: key figure.
    Figure,
    /// Label of the scenario name field in the share panel.
    ShareNameLabel,
    /// Heading of the compare view.
    CompareHeading,
    /// Intro of the compare view.
    CompareIntro,
    /// Label of a column picker, before its number.
    CompareColumn,
    /// Compare choice: the explorer's scenario.
    ChoiceCurrent,
    /// Compare choice: the neutral scenario.
    ChoiceNeutral,
    /// Compare choice group: saved scenarios.
    ChoiceSaved,
    /// Compare choice group: the approaches.
    ChoiceLenses,
    /// Button: add a compare column.
    AddColumn,
    /// Button: remove a compare column.
    RemoveColumn,
    /// Button: compare the five approaches.
    FiveLenses,
    /// Button: compare own against neutral.
    MineVsNeutral,
    /// Note under the compare table.
    CompareNote,
    /// Label of the metric picker for the overlay chart.
    CompareChartMetric,
    /// Description of the overlay chart.
    CompareChartAlt,
    /// Button: open a scenario in the explorer.
    OpenInExplorer,
    /// Button: export a comparison as CSV.
    ExportCompareCsv,
    /// Heading of the board view.
    BoardHeading,
    /// Intro of the board view.
    BoardIntro,
    /// Label of the paste field.
    BoardPasteLabel,
    /// Button: add pasted links.
    BoardAdd,
    /// Button: add the explorer's scenario.
    BoardAddCurrent,
    /// Before a pasted line's number in an error list.
    BoardLine,
    /// Paste error: no link on the line.
    BoardNoLink,
    /// Status before the number of added participants.
    BoardAddedCount,
    /// Heading of the participant list.
    BoardParticipants,
    /// Button: remove a participant.
    BoardRemove,
    /// Button: clear the board.
    BoardClear,
    /// Status after clearing.
    BoardCleared,
    /// When the board has no participants.
    BoardEmpty,
    /// Heading of the weights' spread.
    BoardSpread,
    /// Note on reading the spread.
    BoardSpreadNote,
    /// Heading of the levers' spread.
    BoardLevers,
    /// Heading of the disagreement ranking.
    BoardDisagree,
    /// Note on the disagreement measure.
    BoardDisagreeNote,
    /// When nobody disagrees.
    BoardAgree,
    /// Heading of the median scenario.
    BoardMedian,
    /// How the median scenario is made.
    BoardMedianNote,
    /// Button: open the median scenario.
    BoardMedianOpen,
    /// Heading before the year.
    BoardConsequences,
    /// Default participant name before its number.
    BoardParticipant,
    /// Label: the median.
    Median,
    /// Column heading: participant.
    Participant,
    /// When a stored list is full.
    ListFull,
    /// Print-only note: unchanged levers are left out.
    MemoPrintNote,
    /// Navigation: the municipality's own numbers (cockpit).
    NavCockpit,
    /// Heading of the cockpit view and table.
    CockpitHeading,
    /// Intro of the cockpit view.
    CockpitIntro,
    /// Status: an import is in use.
    CockpitInUse,
    /// Status: the national data is in use.
    CockpitNationalInUse,
    /// Button: stop using the import.
    CockpitUseNational,
    /// Heading when a file is read but not accepted.
    CockpitPreview,
    /// Label of the reference figure.
    CockpitNational,
    /// Caption when no municipality is loaded.
    CockpitNationalData,
    /// Group label: children.
    CockpitChildren,
    /// Group label: adults.
    CockpitAdults,
    /// Column: expenditure.
    CockpitExpenditure,
    /// Column: volume.
    CockpitVolume,
    /// Column: unit cost.
    CockpitUnitCost,
    /// Row: the base year's total.
    CockpitTotal,
    /// Note under the cockpit table.
    CockpitNote,
    /// Heading of the import panel.
    ImportHeading,
    /// Privacy note of the import panel.
    ImportPrivacy,
    /// Before the template links.
    ImportTemplates,
    /// Label of the file picker and drop zone.
    ImportDrop,
    /// Problem severity: error.
    ImportError,
    /// Problem severity: warning.
    ImportWarning,
    /// After the number of areas read.
    ImportAreasRead,
    /// After the number of errors.
    ImportErrorsFound,
    /// When nothing in the file can be used.
    ImportUnusable,
    /// Button: accept the import.
    ImportAccept,
    /// Button: discard the read file.
    ImportCancel,
    /// Share panel note when own figures are in use.
    ShareNeedsFile,
    /// Button: export the data set in use.
    ExportData,
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
        NavCompare => ("Sammenlign", "Compare"),
        NavBoard => ("Workshop-tavle", "Workshop board"),
        ScenarioTools => ("Del, gem og eksportér", "Share, save and export"),
        ShareOpen => ("Del", "Share"),
        SaveOpen => ("Gem", "Save"),
        ExportOpen => ("Eksportér", "Export"),
        MemoOpen => ("Beslutningsnotat", "Decision memo"),
        ShareHeading => ("Del dette scenarie", "Share this scenario"),
        ShareLinkLabel => ("Link til præcis denne tilstand", "Link to exactly this state"),
        CopyLink => ("Kopiér link", "Copy link"),
        Copied => ("Linket er kopieret.", "The link is copied."),
        CopyFailed => ("Kunne ikke kopiere automatisk. Markér linket og kopiér det selv.", "Could not copy automatically. Select the link and copy it yourself."),
        QrLabel => ("QR-kode med linket til scenariet", "QR code with the link to the scenario"),
        QrTooLong => ("Scenariet er for stort til en QR-kode; brug linket.", "The scenario is too large for a QR code; use the link."),
        ShareHint => ("Scan koden med en tablet eller telefon for at åbne præcis denne tilstand. Linket rummer kun dine valg, ingen personoplysninger, og intet sendes til en server.", "Scan the code with a tablet or phone to open exactly this state. The link holds only your choices, no personal data, and nothing is sent to a server."),
        AddToBoard => ("Føj til workshop-tavlen", "Add to the workshop board"),
        AddedToBoard => ("Føjet til workshop-tavlen.", "Added to the workshop board."),
        SavedHeading => ("Gemte scenarier", "Saved scenarios"),
        SaveNameLabel => ("Navn på scenariet", "Name of the scenario"),
        SaveAction => ("Gem scenariet", "Save the scenario"),
        SaveDefaultName => ("Scenarie", "Scenario"),
        SavedEmpty => ("Ingen gemte scenarier endnu. De gemmes kun i denne browser.", "No saved scenarios yet. They are kept only in this browser."),
        SavedDone => ("Gemt.", "Saved."),
        OpenAction => ("Åbn", "Open"),
        RenameAction => ("Omdøb", "Rename"),
        RenameDone => ("Omdøbt.", "Renamed."),
        DeleteAction => ("Slet", "Delete"),
        Deleted => ("Slettet:", "Deleted:"),
        Undo => ("Fortryd", "Undo"),
        StorageRefused => ("Browseren tillod ikke at gemme (privat tilstand eller fuld lagerplads). Brug linket i stedet.", "The browser did not allow saving (private mode or full storage). Use the link instead."),
        ListCorrupt => ("Den gemte liste kunne ikke læses. Den er bevaret uændret i browseren under nøglen", "The stored list could not be read. It is kept unchanged in the browser under the key"),
        OpenFile => ("Åbn scenariefil (JSON)", "Open scenario file (JSON)"),
        FileOpened => ("Scenariefilen er åbnet.", "The scenario file is open."),
        FileBad => ("Filen er ikke en scenariefil, som denne version kan læse:", "The file is not a scenario file this version can read:"),
        ExportHeading => ("Eksportér", "Export"),
        ExportCsv => ("Fremskrivningen som CSV", "The projection as CSV"),
        ExportPng => ("Den viste figur som PNG", "The chart shown as PNG"),
        ExportJson => ("Scenariet som JSON (kan køres med prioritet-run)", "The scenario as JSON (runs with prioritet-run)"),
        ExportMemo => ("Beslutningsnotat til udskrift", "Decision memo for printing"),
        ExportNote => ("Filerne laves i browseren; intet sendes nogen steder hen.", "The files are made in your browser; nothing is sent anywhere."),
        LinkOpenedLast => ("Appen er åbnet med din seneste gyldige tilstand.", "The app opened with your last valid state."),
        LinkOpenedDefault => ("Appen er åbnet med standardindstillingerne.", "The app opened with the default settings."),
        LinkEmpty => ("Linket indeholder intet scenarie.", "The link holds no scenario."),
        LinkMalformed => ("Linket er ikke et scenarielink (forkert format).", "The link is not a scenario link (wrong format)."),
        LinkNewer => ("Linket er lavet med en nyere version af værktøjet, som denne version ikke kan læse.", "The link was made with a newer version of the tool, which this version cannot read."),
        LinkCorrupt => ("Linket er ødelagt eller afkortet. Bed om at få det sendt igen.", "The link is broken or cut short. Ask for it to be sent again."),
        LinkTooLarge => ("Linket er for stort til at være et scenarie.", "The link is too large to be a scenario."),
        LinkInvalid => ("Linket indeholder en værdi, som ikke kan bruges:", "The link holds a value that cannot be used:"),
        LinkUnknownChart => ("Linket nævner en figur, som ikke findes:", "The link names a chart that does not exist:"),
        Dismiss => ("Luk beskeden", "Close the message"),
        MemoIntro => ("Et øjebliksbillede af valgene og deres konsekvenser i modellen. Mange tal er illustrative antagelser; se kilderne.", "A snapshot of the choices and their consequences in the model. Many figures are illustrative assumptions; see the sources."),
        MemoChoices => ("Valg", "Choices"),
        MemoConsequences => ("Konsekvenser i", "Consequences in"),
        MemoScenario => ("Scenarie", "Scenario"),
        MemoFrameLevel => ("Rammens niveau i forhold til basisåret", "Frame level against the base year"),
        MemoFrameGrowth => ("Rammens realvækst pr. år", "Frame real growth per year"),
        MemoGrowthScale => ("Behovsvækst i forhold til data", "Demand growth against the data"),
        MemoHorizon => ("Fremskrivning, år", "Projection, years"),
        MemoVersion => ("Version og dato", "Version and date"),
        MemoQr => ("Scan for at genåbne præcis denne tilstand", "Scan to reopen exactly this state"),
        Print => ("Udskriv", "Print"),
        BackToExplorer => ("Tilbage til udforskeren", "Back to the explorer"),
        Figure => ("Nøgletal", "Key figure"),
        ShareNameLabel => ("Navn på scenariet (vises på workshop-tavlen)", "Name of the scenario (shown on the workshop board)"),
        CompareHeading => ("Sammenlign scenarier", "Compare scenarios"),
        CompareIntro => ("Sæt to til fem scenarier side om side: dit eget, «uden ændringer», VIVE's tilgange eller dine gemte scenarier. Tallene er modellens centrale værdier.", "Set two to five scenarios side by side: your own, \"no change\", VIVE's approaches or your saved scenarios. The figures are the model's central values."),
        CompareColumn => ("Kolonne", "Column"),
        ChoiceCurrent => ("Dit scenarie", "Your scenario"),
        ChoiceNeutral => ("Uden ændringer", "No change"),
        ChoiceSaved => ("Gemt", "Saved"),
        ChoiceLenses => ("VIVE's tilgange", "VIVE's approaches"),
        AddColumn => ("Tilføj kolonne", "Add column"),
        RemoveColumn => ("Fjern kolonne", "Remove column"),
        FiveLenses => ("Vis de fem tilgange", "Show the five approaches"),
        MineVsNeutral => ("Dit scenarie mod «uden ændringer»", "Your scenario against \"no change\""),
        CompareNote => ("I parentes: forskellen fra første kolonne. Fremhævet, hvor forskellen er mærkbar.", "In brackets: the difference from the first column. Highlighted where the difference is notable."),
        CompareChartMetric => ("Vis år for år", "Show year by year"),
        CompareChartAlt => ("Det valgte nøgletal år for år, én linje pr. scenarie.", "The chosen figure year by year, one line per scenario."),
        OpenInExplorer => ("Åbn i udforskeren", "Open in the explorer"),
        ExportCompareCsv => ("Sammenligningen som CSV", "The comparison as CSV"),
        BoardHeading => ("Workshop-tavle", "Workshop board"),
        BoardIntro => ("Deltagerne deler deres scenarie som link eller QR-kode (under Del). Indsæt linkene her, ét pr. linje, eller scan en QR-kode, åbn linket og tryk «Føj til workshop-tavlen». Tavlen gemmes kun i denne browser; intet sendes til en server.", "Participants share their scenario as a link or QR code (under Share). Paste the links here, one per line, or scan a QR code, open the link and press \"Add to the workshop board\". The board is kept only in this browser; nothing is sent to a server."),
        BoardPasteLabel => ("Links fra deltagerne (ét pr. linje)", "Links from participants (one per line)"),
        BoardAdd => ("Tilføj til tavlen", "Add to the board"),
        BoardAddCurrent => ("Tilføj mit aktuelle scenarie", "Add my current scenario"),
        BoardLine => ("Linje", "Line"),
        BoardNoLink => ("indeholder intet scenarielink.", "holds no scenario link."),
        BoardAddedCount => ("Tilføjet til tavlen:", "Added to the board:"),
        BoardParticipants => ("Deltagere", "Participants"),
        BoardRemove => ("Fjern", "Remove"),
        BoardClear => ("Ryd tavlen", "Clear the board"),
        BoardCleared => ("Tavlen er ryddet.", "The board is cleared."),
        BoardEmpty => ("Tavlen er tom. Indsæt deltagernes links ovenfor.", "The board is empty. Paste the participants' links above."),
        BoardSpread => ("Rummets prioriteringer", "The room's priorities"),
        BoardSpreadNote => ("Hver prik er en deltager. Den sorte streg er medianen; det grå felt er den midterste halvdel af rummet.", "Each dot is a participant. The black bar is the median; the grey box is the middle half of the room."),
        BoardLevers => ("Rummets håndtag", "The room's levers"),
        BoardDisagree => ("Her er rummet mest uenigt", "Where the room disagrees most"),
        BoardDisagreeNote => ("Målt som bredden af den midterste halvdel af rummet i forhold til hele skalaen.", "Measured as the width of the middle half of the room against the whole scale."),
        BoardAgree => ("Rummet er enigt om alle valg.", "The room agrees on every choice."),
        BoardMedian => ("Rummets median-scenarie", "The room's median scenario"),
        BoardMedianNote => ("Hver vægt og hvert håndtag sat til rummets median; en kontakt er slået til, hvis over halvdelen har den slået til.", "Every weight and lever set to the room's median; a switch is on if more than half have it on."),
        BoardMedianOpen => ("Åbn medianen i udforskeren", "Open the median in the explorer"),
        BoardConsequences => ("Hver deltagers konsekvenser i", "Each participant's consequences in"),
        BoardParticipant => ("Deltager", "Participant"),
        Median => ("Median", "Median"),
        Participant => ("Deltager", "Participant"),
        ListFull => ("Listen er fuld (højst 200). Slet nogle for at gøre plads.", "The list is full (at most 200). Delete some to make room."),
        MemoPrintNote => ("Udskriften viser kun de håndtag, der er ændret; QR-koden genåbner hele tilstanden.", "The printout lists only the levers that were changed; the QR code reopens the whole state."),
        NavCockpit => ("Egne tal", "Own numbers"),
        CockpitHeading => ("Styringscockpit", "Steering cockpit"),
        CockpitIntro => ("Indlæs kommunens egne mængder og enhedsudgifter (KL's styringscockpit) og se dem ved siden af landstallene skaleret til kommunens størrelse. Udforskeren, sammenligningen, workshop-tavlen og eksporterne bruger derefter kommunens tal.", "Load the municipality's own volumes and unit costs (KL's steering cockpit) and see them next to the national figures scaled to the municipality's size. The explorer, the comparison, the workshop board and the exports then use the municipality's figures."),
        CockpitInUse => ("I brug nu: kommunens egne tal", "In use now: the municipality's own figures"),
        CockpitNationalInUse => ("I brug nu: de indbyggede landstal.", "In use now: the built-in national figures."),
        CockpitUseNational => ("Tilbage til landstallene", "Back to the national figures"),
        CockpitPreview => ("Forhåndsvisning af filen (endnu ikke i brug)", "Preview of the file (not in use yet)"),
        CockpitNational => ("landstal, skaleret", "national, scaled"),
        CockpitNationalData => ("Landstal (indbyggede data)", "National figures (built-in data)"),
        CockpitChildren => ("børn", "children"),
        CockpitAdults => ("voksne", "adults"),
        CockpitExpenditure => ("Udgift (mængde × enhedsudgift)", "Expenditure (volume × unit cost)"),
        CockpitVolume => ("Mængde (helårsborgere)", "Volume (full-year citizens)"),
        CockpitUnitCost => ("Enhedsudgift pr. helårsborger", "Unit cost per full-year citizen"),
        CockpitTotal => ("Basisår i alt", "Base year total"),
        CockpitNote => ("«Fra filen» er kommunens egne tal; «landstal, skaleret» udfylder det, filen ikke har, med landstallet ganget med kommunens størrelse. Rammen tager udgangspunkt i basisårets samlede udgift.", "\"From the file\" is the municipality's own figure; \"national, scaled\" fills what the file leaves out with the national figure times the municipality's size. The frame starts from the base year's total spending."),
        ImportHeading => ("Indlæs kommunens tal", "Load the municipality's figures"),
        ImportPrivacy => ("Filen læses kun i din browser. Den sendes aldrig nogen steder hen, heller ikke til os.", "The file is read only in your browser. It is never sent anywhere, not even to us."),
        ImportTemplates => ("Skabeloner med alle kolonner forklaret:", "Templates with every column explained:"),
        ImportDrop => ("Vælg en CSV- eller JSON-fil, eller træk den hertil", "Choose a CSV or JSON file, or drag it here"),
        ImportError => ("Fejl", "Error"),
        ImportWarning => ("Bemærk", "Note"),
        ImportAreasRead => ("områder læst fra filen", "areas read from the file"),
        ImportErrorsFound => ("fejl", "errors"),
        ImportUnusable => ("Filen kan ikke bruges. De tal, der er i brug, er uændrede.", "The file cannot be used. The figures in use are unchanged."),
        ImportAccept => ("Brug disse tal", "Use these figures"),
        ImportCancel => ("Annullér", "Cancel"),
        ShareNeedsFile => ("Linket rummer kun dine valg, ikke kommunens egne tal. Modtageren skal indlæse den samme fil under «Egne tal» for at se de samme tal.", "The link holds only your choices, not the municipality's own figures. The recipient must load the same file under \"Own numbers\" to see the same figures."),
        ExportData => ("Kommunens datasæt som JSON (til prioritet-run --data)", "The municipality's data set as JSON (for prioritet-run --data)"),
    };
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}
