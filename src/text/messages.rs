//! Every piece of user-facing UI text, in Danish and English, in one table.
//! Texts from the seeds and data live in `data/`; these are the app's own.
//! Each message is written once below: its doc, its name, its Danish and
//! its English text. Pure, so `cargo test` checks the table natively.

text_table! {
    /// A UI message. Add a row and its two texts to the table below.
    Msg, text;
    /// The app's name in the header.
    AppTitle => ("Prioriteringsrummet", "The Priorities Room"),
    /// The line under the name.
    AppTagline => ("Det specialiserede socialområde: prioriteringer inden for en fast økonomisk ramme",
            "The Danish specialised social area: priorities within a fixed economic frame",),
    /// Link that skips to the main content.
    SkipToContent => ("Gå til indholdet", "Skip to content"),
    /// Label of the language switch group.
    LanguageLabel => ("Sprog", "Language"),
    /// Heading of VIVE's approaches.
    ApproachesHeading => ("VIVE's fem tilgange til socialområdet", "VIVE's five approaches to the social area"),
    /// Column heading: the approach.
    ColApproach => ("Tilgang", "Approach"),
    /// Column heading: problem focus.
    ColProblem => ("Problemfokus", "Problem focus"),
    /// Column heading: solution focus.
    ColSolution => ("Løsningsfokus", "Solution focus"),
    /// Column heading: effect focus.
    ColEffect => ("Effektfokus", "Effect focus"),
    /// Heading of the six cities' recommendations.
    RecommendationsHeading => ("6-byernes fem anbefalinger", "The six cities' five recommendations"),
    /// Introduction to the recommendations.
    RecommendationsIntro => ("København, Aarhus, Odense, Aalborg, Esbjerg og Randers (6-byerne) har sammen med Tænketanken Mandag Morgen givet fem anbefalinger. Åbn en anbefaling for at læse problem, løsninger, gevinster, tidshorisont og hvad 6-byerne anbefaler.",
            "Copenhagen, Aarhus, Odense, Aalborg, Esbjerg and Randers (the six cities) made five recommendations together with the think tank Mandag Morgen. Open a recommendation to read its problem, solutions, gains, time horizon and what the six cities recommend.",),
    /// Label before a recommendation's number.
    RecommendationLabel => ("Anbefaling", "Recommendation"),
    /// Status while the recommendations are fetched (the first time the
    /// background view opens).
    RecommendationsLoading => ("Henter anbefalingerne …", "Loading the recommendations …"),
    /// Shown when the recommendations could not be fetched (offline, a
    /// server error); the technical reason follows.
    RecommendationsFetchFailed => ("Anbefalingerne kunne ikke hentes. Tjek forbindelsen, og prøv igen. Resten af værktøjet virker som før.",
            "The recommendations could not be fetched. Check the connection and try again. The rest of the tool works as before.",),
    /// Shown when the fetched recommendations cannot be read; the parser's
    /// message follows.
    RecommendationsInvalid => ("Anbefalingerne kunne ikke læses. Prøv igen; hjælper det ikke, så kontakt os med denne besked:",
            "The recommendations could not be read. Try again; if that does not help, contact us with this message:",),
    /// Button that fetches the recommendations again after a failure.
    TryAgain => ("Prøv igen", "Try again"),
    /// Heading of the problem part.
    Problem => ("Problemet", "The problem"),
    /// Label of the solutions part.
    Solutions => ("Løsninger", "Solutions"),
    /// Label of the gains part.
    Gains => ("Gevinster", "Gains"),
    /// Label of the time horizon part.
    Horizon => ("Tidshorisont", "Time horizon"),
    /// Heading of the bullets.
    CitiesRecommend => ("6-byerne anbefaler, at", "The six cities recommend that"),
    /// Heading of the recipients chart section.
    RecipientsHeading => ("Flere borgere får en social indsats", "More citizens receive a social intervention"),
    /// Caption of the figures table (text alternative of the chart).
    FiguresTable => ("Tallene bag figuren", "The figures behind the chart"),
    /// Column heading: year.
    ColYear => ("År", "Year"),
    /// Column heading: source.
    ColSource => ("Kilde", "Source"),
    /// Column heading: status of a figure.
    ColStatus => ("Status", "Status"),
    /// Label before a list of sources.
    SourceLabel => ("Kilde", "Source"),
    /// Heading of the sources list in the footer.
    SourcesHeading => ("Kilder", "Sources"),
    /// Status V.
    StatusStated => ("kilde", "source"),
    /// Status S.
    StatusSeed => ("kilde", "source"),
    /// Status D.
    StatusDerived => ("afledt", "derived"),
    /// Status I.
    StatusIllustrative => ("antagelse", "assumption"),
    /// The mark of a figure the app computes from the data set.
    StatusComputed => ("beregnet", "computed"),
    /// After a mark's name: what tapping a sourced or derived figure's mark does.
    MarkShowSource => ("vis kilde", "show source"),
    /// After a mark's name: what tapping an assumption's mark does.
    MarkShowWhy => ("vis hvorfor", "show why"),
    /// After a mark's name: what tapping a computed figure's mark does.
    MarkShowBasis => ("vis grundlag", "show basis"),
    /// In a row's mark: the mark applies to the whole row.
    MarkWholeRow => ("gælder alle tal i rækken", "applies to every number in the row"),
    /// In a key figure card's mark: the mark applies to the whole card.
    MarkWholeCard => ("gælder alle tal på kortet", "applies to every number on the card"),
    /// The legend of the marks, beside tables and key figures.
    MarkLegend => ("● kilde · ◐ afledt · ○ antagelse · Σ beregnet. Tryk på et mærke for at se kilden eller hvorfor.",
            "● source · ◐ derived · ○ assumption · Σ computed. Tap a mark to see the source or why.",),
    /// Name of the shared source panel.
    SourcePanelLabel => ("Tallets grundlag", "What the figure rests on"),
    /// Label before a source's publisher.
    SourcePublisher => ("Udgiver", "Publisher"),
    /// Label before a source's date.
    SourceDate => ("Dato", "Date"),
    /// Link to a source; it opens in a new tab.
    SourceOpen => ("Åbn kilden (ny fane)", "Open the source (new tab)"),
    /// Before a Statistikbanken table id.
    SourceTable => ("Statistikbanken, tabel", "Statistics Denmark's StatBank, table"),
    /// Before a seed document's file name.
    SourceSeedFile => ("Kildetekst", "Source document"),
    /// Heading of an assumption's reason.
    MarkWhy => ("Hvorfor denne værdi", "Why this value"),
    /// Heading of a figure's note (how it was found or derived).
    MarkNote => ("Sådan er tallet fundet", "How the figure was found"),
    /// The basis of an area's expenditure.
    MarkArea => ("Beregnet som mængde × enhedsudgift. De to tal:", "Computed as volume × unit cost. The two figures:"),
    /// The volume of a remainder area, in the source panel.
    MarkRemainderVolume => ("Pengepulje i blokke af 1\u{a0}mio.\u{a0}kr. (ikke personer)", "Money pool in blocks of DKK\u{a0}1m (not people)"),
    /// The basis of a total or projected figure, before the three shares.
    MarkTotal => ("Beregnet af modellen ud fra alle områders mængder og enhedsudgifter. Af basisårets udgifter hviler",
            "Computed by the model from every area's volume and unit cost. Of the base year's spending,",),
    /// Share of the base-year money resting on sources and figures derived
    /// from them.
    MarkTotalDerived => ("på kilder og tal afledt af dem", "rests on sources and figures derived from them"),
    /// Share of the base-year money resting on at least one assumption.
    MarkTotalAssumed => ("på mindst én antagelse", "on at least one assumption"),
    /// What every projection rests on besides the data set's money.
    MarkProjection => ("Fremskrivningen bygger desuden på antagelser om vækst og virkninger og på de valgte prioriteter.",
            "The projection also rests on assumptions about growth and effects, and on the priorities chosen.",),
    /// The scale of the built-in figures.
    ScaleNational => ("hele landet", "the whole country"),
    /// The scale of a loaded file that names no municipality.
    ScaleOwnFile => ("kommunens egne tal", "the municipality's own figures"),
    /// Heading of the reference figures table.
    ReferenceHeading => ("Tallene bag rammen", "The figures behind the frame"),
    /// Introduction to the reference figures.
    ReferenceIntro => ("De offentlige tal for hele landet, som de indbyggede data er bygget af. Rammen tager udgangspunkt i KL's samlede udgift.",
            "The public figures for the whole country that the built-in data are built from. The frame starts from KL's total spending.",),
    /// Column: a reference figure's name.
    ColFigure => ("Tal", "Figure"),
    /// Column: a figure's value.
    ColValue => ("Værdi", "Value"),
    /// Column: a figure's status mark.
    ColMark => ("Grundlag", "Basis"),
    /// Hidden text of the dash shown for a remainder area's people.
    RemainderNoPeople => ("ingen personer: en pengepulje", "no people: a money pool"),
    /// Shown when the built-in data cannot be read.
    DataError => ("De indbyggede data kunne ikke læses. Genindlæs siden; hjælper det ikke, så kontakt os med denne besked:",
            "The built-in data could not be read. Reload the page; if that does not help, contact us with this message:",),
    /// Shown while a page's code is fetched the first time it is opened.
    PageLoading => ("Henter siden …", "Loading the page …"),
    /// Shown when a page's code could not be fetched (for example offline before it was saved).
    PageLoadFailed => ("Siden kunne ikke hentes. Tjek forbindelsen og prøv igen; dine scenarier og indstillinger er ikke rørt.",
            "The page could not be loaded. Check the connection and try again; your scenarios and settings are untouched.",),
    /// Shown while a toolbar panel's code is being fetched.
    PanelLoading => ("Henter …", "Loading …"),
    /// Shown when a toolbar panel's code could not be fetched.
    PanelLoadFailed => ("Det kunne ikke hentes. Tjek forbindelsen og prøv igen; dine scenarier og indstillinger er ikke rørt.",
            "It could not be loaded. Check the connection and try again; your scenarios and settings are untouched.",),
    /// The footer's statement of neutrality.
    Neutrality => ("Værktøjet tager ikke parti: hver af de fem tilgange er en legitim måde at se området på. Det viser afvejninger, ikke svar.",
            "The tool takes no side: each of the five approaches is a legitimate way to see the area. It shows trade-offs, not answers.",),
    /// Translation notice for texts from the seeds.
    TranslationNotice => ("Teksterne fra kilderne er gengivet ordret.",
            "Texts from the sources are our English translation; the Danish original is authoritative.",),
    /// The explorer view's tab.
    NavExplorer => ("Prioriter", "Prioritise"),
    /// The background view's tab.
    NavBackground => ("Baggrund", "Background"),
    /// Label of the view navigation.
    NavLabel => ("Visning", "View"),
    /// Button that starts presentation mode.
    PresentOn => ("Præsentation", "Present"),
    /// Button that leaves presentation mode.
    PresentOff => ("Afslut præsentation", "Leave presentation"),
    /// How to step through charts in presentation mode.
    PresentHint => ("Skift figur med piletasterne. Esc afslutter.", "Step through the charts with the arrow keys. Esc leaves."),
    /// Heading of the lenses.
    LensesHeading => ("Vælg en tilgang som udgangspunkt", "Start from an approach"),
    /// Introduction to the lenses.
    LensesIntro => ("Hver af VIVE's fem tilgange er en legitim måde at se området på. Et tryk indstiller vægte og greb, som tilgangen ville; bagefter kan du justere alt.", "Each of VIVE's five approaches is a legitimate way to see the area. A tap sets the weights and levers as that approach would; then you can adjust everything."),
    /// Start of the note after a lens is applied.
    LensApplied => ("Anvendt", "Applied"),
    /// Before the list of changed settings.
    LensChanged => ("Ændret", "Changed"),
    /// When a lens changed nothing.
    LensNothing => ("Ingen indstillinger ændret.", "No settings changed."),
    /// Heading of the priority sliders.
    PrioritiesHeading => ("Prioriteter", "Priorities"),
    /// Heading of the budget-squeeze weight: it sets how much money there is.
    WeightsSqueezeHeading => ("Budgetklemme: hvor meget af hullet dækkes", "Budget squeeze: how much of the gap is covered"),
    /// Heading of the four criteria weights: they only share the money out.
    WeightsCriteriaHeading => ("Hvordan pengene fordeles (relative vægte)", "How the money is shared (relative weights)"),
    /// What the four criteria weights do and do not do.
    WeightsCriteriaNote => ("De fire vægte tæller kun i forhold til hinanden. De fordeler pengene ud over retskravene mellem områderne, men ændrer ikke, hvor mange penge der er. Dobler du alle fire, sker der næsten intet.", "The four weights count only relative to each other. They share the money beyond the entitlements between the areas, but do not change how much money there is. Double all four and almost nothing happens."),
    /// After a criterion's share of the four weights: "25 % af vægten".
    WeightShare => ("af vægten", "of the weight"),
    /// Heading of the levers.
    LeversHeading => ("Greb", "Levers"),
    /// Filter: levers of every steering centre.
    CentreAll => ("Alle", "All"),
    /// The strategic-political steering centre.
    CentrePolitical => ("Politisk", "Political"),
    /// The economic-financial steering centre.
    CentreFinancial => ("Økonomisk", "Financial"),
    /// The social-professional steering centre.
    CentreSocial => ("Socialfagligt", "Social-professional"),
    /// Label of the steering-centre filter.
    CentreFilterLabel => ("Vis greb for styringscenter", "Show levers of steering centre"),
    /// What the steering centres are.
    CentreNote => ("KL's tre styringscentre: hvem ejer grebet?", "KL's three steering centres: who owns the lever?"),
    /// Before a recommendation number on a lever.
    FromRecommendation => ("Fra anbefaling", "From recommendation"),
    /// Reset button of one slider.
    Reset => ("Nulstil", "Reset"),
    /// Button that resets every setting.
    ResetAll => ("Nulstil alt", "Reset all"),
    /// Accessible label of a slider's reset button, before its name.
    ResetLabel => ("Nulstil", "Reset"),
    /// Budget squeeze weight.
    WeightBudgetSqueeze => ("Budgetklemme: hold rammen", "Budget squeeze: hold the frame"),
    /// Its explanation.
    WeightBudgetSqueezeHelp => ("Lav: behovet dækkes, og pengene tages fra skoler og ældrepleje. Høj: rammen holdes, og behov bliver udækket.", "Low: need is covered and the money is taken from schools and elder care. High: the frame holds and need goes unmet."),
    /// Social-professional weight.
    WeightSocial => ("Socialfaglig: forebyggelse og rehabilitering", "Social-professional: prevention and rehabilitation"),
    /// Its explanation.
    WeightSocialHelp => ("Vægt på områder med tidlig hjælp, rehabilitering og livsmestring.", "Weight on areas with early help, rehabilitation and life mastery."),
    /// Steering weight.
    WeightSteering => ("Styring: pris pr. effekt", "Steering: cost per outcome"),
    /// Its explanation.
    WeightSteeringHelp => ("Vægt på områder med lav udgift pr. effekt og datadrevet opfølgning.", "Weight on areas with low cost per outcome and data-driven follow-up."),
    /// Diagnosis weight.
    WeightDiagnosis => ("Diagnose: tidlig udredning", "Diagnosis: early assessment"),
    /// Its explanation.
    WeightDiagnosisHelp => ("Vægt på områder, der dæmper den diagnosedrevne vækst.", "Weight on areas that dampen diagnosis-driven growth."),
    /// Future-priorities weight.
    WeightFuture => ("Fremtidens prioriteringer: evidens", "Future priorities: evidence"),
    /// Its explanation.
    WeightFutureHelp => ("Vægt på stærk evidens og værdi for pengene, som i Medicinrådet.", "Weight on strong evidence and value for money, as at Medicinrådet."),
    /// Heading of the consequences.
    ConsequencesHeading => ("Konsekvenser", "Consequences"),
    /// Before the year of the key figures.
    InYear => ("I", "In"),
    /// The baseline's name.
    Baseline => ("uden ændringer", "with no change"),
    /// Before the p10-p90 range: what share of the runs lie in it.
    Band => ("80\u{a0}% af beregningerne (p10–p90)", "80% of the runs (p10–p90)"),
    /// Under a chart: what its bands and whiskers are, and what the middle is.
    BandLegend => ("Bånd og streger: 80\u{a0}% af de 1.000 beregninger ligger inden for dem (p10–p90). Søjler, linjer og tal er beregningen med det midterste bud på hvert usikkert tal; den ligger tæt på medianen (p50), den midterste af beregningerne.", "Bands and whiskers: 80% of the 1,000 runs lie within them (p10–p90). Bars, lines and figures are the run with the central estimate of every uncertain figure; it lies close to the median (p50), the middle one of the runs."),
    /// While the bands are computed.
    BandsPending => ("beregner usikkerhed …", "computing uncertainty …"),
    /// Key figure: overspend.
    KeyOverspend => ("Overforbrug ud over rammen", "Overspend above the frame"),
    /// Key figure: taken from other services.
    KeyTaken => ("Taget fra andre områder", "Taken from other services"),
    /// Key figure: unmet need.
    KeyUnmet => ("Udækket behov", "Unmet need"),
    /// Unit: full-year citizens.
    KeyCitizens => ("helårspersoner", "full-year citizens"),
    /// Key figure: the ceiling council.
    KeyCeiling => ("Prioriteringsråd: de dyreste sager", "Priority council: the costliest cases"),
    /// Unit: cases referred.
    KeyCases => ("sager vurderet", "cases referred"),
    /// Money the ceiling council frees under today's law.
    KeyFreedWithoutLaw => ("Frigjort uden lovændring", "Freed without a change of law"),
    /// Money the ceiling council frees if the law lets it cut entitlements.
    KeyFreedWithLaw => ("Frigjort med lovændring", "Freed with a change of law"),
    /// Marks the freed figure the scenario counts with.
    KeyCountedWith => ("(det regner scenariet med)", "(the scenario counts with this)"),
    /// Key figure: need the ceiling council declines.
    KeyDeclined => ("Afvist af prioriteringsrådet", "Declined by the priority council"),
    /// Under the declined need: what it is.
    KeyDeclinedNote => ("ikke betalt og ikke udækket: rådet har sagt nej", "not paid and not unmet: the council said no"),
    /// The council chart in presentation mode when no ceiling is set.
    NoCeilingPresenting => ("Intet loft sat i dette scenarie, så rådet har ingen sager.", "No ceiling is set in this scenario, so the council has no cases."),
    /// When no ceiling is set.
    KeyNoCeiling => ("Intet loft sat. Sæt et loft under Greb for at se rådets afgørelser.", "No ceiling set. Set a ceiling under levers to see the council's decisions."),
    /// Without the law assumed: where the ceiling would need national
    /// legislation, before the area names.
    KeyLegislation => ("Kræver lovændring for at frigøre mere: uden en ny lov må loftet ikke røre retskrav i", "Needs national legislation to free more: without a new law the ceiling may not touch legal entitlements in"),
    /// With the law assumed: where the scenario counts on new legislation,
    /// before the area names.
    KeyLegislationAssumed => ("Regnet med lovændring: loftet skærer i retskrav i", "Counted with national legislation: the ceiling cuts legal entitlements in"),
    /// Prevention paid by the municipality outside the service frame.
    KeyOutsideFrame => ("Forebyggelse uden for servicerammen (betales af kommunen)", "Prevention outside the service frame (paid by the municipality)"),
    /// All the municipality spends, prevention outside the frame included.
    KeyMunicipalSpending => ("Kommunens samlede udgift (med forebyggelse uden for rammen)", "The municipality's total spending (with prevention outside the frame)"),
    /// Key figure: prevention.
    KeyPrevention => ("Forebyggelse: udgift og gevinst", "Prevention: cost and gain"),
    /// Prevention cost.
    KeyCost => ("udgift for kommunen", "cost to the municipality"),
    /// Prevention gains.
    KeyGains => ("gevinst for alle betalere", "gains for all payers"),
    /// The 'why' button.
    Why => ("Hvorfor?", "Why?"),
    /// Close a 'why' explanation.
    WhyClose => ("Luk", "Close"),
    /// Label of the chart tabs.
    ChartsLabel => ("Figurer", "Charts"),
    /// Chart tab: spending.
    ChartSpending => ("Udgifter og ramme", "Spending and frame"),
    /// Chart tab: coverage.
    ChartCoverage => ("Dækning af behov", "Coverage of need"),
    /// Chart tab: squeeze.
    ChartSqueeze => ("Budgetklemme", "Budget squeeze"),
    /// Chart tab: ceiling council.
    ChartCeiling => ("Prioriteringsråd", "Priority council"),
    /// Chart tab: prevention.
    ChartPrevention => ("Forebyggelse", "Prevention"),
    /// Chart description: spending.
    ChartSpendingAlt => ("Udgifterne til børn og unge og til voksne år for år mod rammen (den sorte linje); overforbruget over rammen i orange, også alene år for år nederst; stiplet: uden ændringer.", "Spending on children and young people and on adults year by year against the frame (the black line); the overspend above the frame in orange, also on its own year by year below; dashed: with no change."),
    /// Chart description: coverage.
    ChartCoverageAlt => ("Hvor stor en del af behovet hvert område får dækket i det sidste år; streg: uden ændringer.", "The share of each area's need covered in the last year; tick: with no change."),
    /// Chart description: squeeze.
    ChartSqueezeAlt => ("Hvad overforbruget tager fra folkeskole, dagtilbud og ældrepleje år for år; stiplet: uden ændringer.", "What the overspend takes from schools, day care and elder care year by year; dashed: with no change."),
    /// Chart description: ceiling.
    ChartCeilingAlt => ("Sager over loftet efter rådets afgørelse (ja, delvist, nej) og de frigjorte penge år for år.", "Cases above the ceiling by the council's decision (yes, partly, no) and the money freed year by year."),
    /// Chart description: prevention.
    ChartPreventionAlt => ("Forebyggelsens udgift nu (under nul) og gevinsterne senere fordelt på kommune, region og stat (over nul).", "Prevention's cost now (below zero) and its gains later by municipality, region and state (above zero)."),
    /// Column: intervention area.
    Area => ("Indsatsområde", "Intervention area"),
    /// The frame.
    Frame => ("Ramme", "Frame"),
    /// Spending.
    Spending => ("Udgift", "Spending"),
    /// Overspend.
    Overspend => ("Overforbrug", "Overspend"),
    /// Coverage.
    Coverage => ("Dækning", "Coverage"),
    /// Council decision yes.
    DecisionYes => ("Ja", "Yes"),
    /// Council decision partly.
    DecisionPartly => ("Delvist", "Partly"),
    /// Council decision no.
    DecisionNo => ("Nej", "No"),
    /// Payer: municipality.
    PayerMunicipality => ("Kommune", "Municipality"),
    /// Payer: region.
    PayerRegion => ("Region", "Region"),
    /// Payer: state.
    PayerState => ("Stat", "State"),
    /// Cost.
    CostLabel => ("Udgift", "Cost"),
    /// Gain.
    GainLabel => ("Gevinst", "Gain"),
    /// Cases.
    Cases => ("Sager", "Cases"),
    /// Money freed.
    Freed => ("Frigjort", "Freed"),
    /// Source line of the model's charts.
    ModelSource => ("Modellen og dens tal er beskrevet i projektets dokumentation; hvert tal viser, om det har en kilde, er afledt eller er en antagelse.", "The model and its figures are described in the project's documentation; every figure shows whether it has a source, is derived or is an assumption."),
    /// Note that many figures are illustrative.
    IllustrativeNote => ("Tallene for hele landet i 2023 bygger på offentlige kilder; hvor ingen kilde fandtes, er tallet en antagelse, og det står ved tallet. Årene frem er modelberegninger af mekanismerne, ikke en prognose.", "The figures for the whole country in 2023 rest on public sources; where none was found, the figure is an assumption, and it says so beside the number. The years ahead are model calculations of the mechanisms, not a forecast."),
    /// Label of the strip of figures and the small chart that stay on screen while a slider moves.
    GlanceLabel => ("Konsekvenserne lige nu", "The consequences now"),
    /// The glance's short name for the overspend.
    GlanceOverspend => ("Overforbrug", "Overspend"),
    /// The glance's short name for what the overspend takes from other services.
    GlanceTaken => ("Taget fra skole, dagtilbud og ældrepleje", "Taken from schools, day care and elder care"),
    /// What the glance chart shows.
    GlanceChartCaption => ("Udækket behov pr. område sammenlignet med «uden ændringer»: over stregen mere udækket behov, under stregen mindre.", "Unmet need by area compared with \"no change\": above the line more unmet need, below it less."),
    /// The glance chart in presentation mode before anything has changed.
    GlanceNoChangePresenting => ("Ingen forskel fra «uden ændringer».", "No difference from \"no change\"."),
    /// Why overspend and unmet need read alike at the start.
    GapSplitNote => ("Hullet mellem behovet og rammen deles efter budgetklemmen: ved «middel» (50 %) betales halvdelen ud over rammen og tages fra skole, dagtilbud og ældrepleje, og halvdelen står udækket. Derfor er de to tal ens, før du ændrer noget.", "The gap between need and the frame is split by the budget squeeze: at \"middle\" (50 %) half is paid above the frame and taken from schools, day care and elder care, and half is left unmet. That is why the two figures are equal before you change anything."),
    /// The glance chart before anything has changed.
    GlanceNoChange => ("Ingen ændring endnu. Justér et greb eller en prioritet.", "No change yet. Adjust a lever or a priority."),
    /// Before the children's share of unmet need.
    GlanceChildren => ("børn", "children"),
    /// Before the adults' share of unmet need.
    GlanceAdults => ("voksne", "adults"),
    /// Presentation mode's first slide: the headline figures.
    SlideNumbers => ("Nøgletal", "Key figures"),
    /// Legend: money only national legislation would free.
    Blocked => ("Kun med lovændring (retskrav)", "Only with new legislation (entitlements)"),
    /// The prevention chart in presentation mode with no investment.
    NoPreventionPresenting => ("Ingen ekstra investering i forebyggelse i dette scenarie.", "No extra prevention investment in this scenario."),
    /// When no prevention is invested.
    NoPrevention => ("Ingen ekstra investering i forebyggelse. Sæt et beløb under Greb: Investering i forebyggelse.", "No extra prevention investment. Set an amount under Levers: Prevention investment."),
    /// When the model rejects the scenario.
    ModelError => ("Modellen kunne ikke regne på dette scenarie:", "The model could not compute this scenario:"),
    /// Glossary: the background view's heading of the terms of art.
    GlossaryHeading => ("Ord og begreber", "Words and terms"),
    /// Glossary: what the list is.
    GlossaryIntro => ("Fagordene i værktøjet og i kilderne forklaret kort. Tryk på et understreget ord for at se forklaringen, hvor det står.",
            "The terms of art in the tool and in the sources, briefly explained. Tap an underlined word to see its explanation where it stands.",),
    /// Before a row of term buttons beside a text.
    TermsHere => ("Forklarede ord:", "Words explained:"),
    /// First-visit card: its heading, and the button that shows it again.
    StartHere => ("Start her", "Start here"),
    /// First-visit card: the opening sentence.
    StartHereIntro => ("Her kan du prøve, hvad det betyder at prioritere på det specialiserede socialområde inden for en fast ramme: mere til ét betyder mindre til noget andet.",
            "Here you can try what it means to set priorities in the specialised social area within a fixed frame: more for one thing means less for another.",),
    /// First-visit card: step 1.
    StartHereStep1 => ("Vælg en tilgang (en af VIVE's fem måder at se området på), eller begynd fra «uden ændringer», som siden åbner med.",
            "Pick an approach (one of VIVE's five ways of looking at the area), or begin from \"no change\", which the page opens with.",),
    /// First-visit card: step 2.
    StartHereStep2 => ("Justér en prioritet eller et greb (noget, kommunen kan gøre).", "Move a priority or a lever (something the municipality can do)."),
    /// First-visit card: step 3.
    StartHereStep3 => ("Se tallene og den lille figur øverst ændre sig: figuren viser, hvor meget mere eller mindre behov hvert område får udækket end ved «uden ændringer».",
            "Watch the figures and the small chart at the top change: the chart shows how much more or less of each area's need goes unmet than with \"no change\".",),
    /// First-visit card: the button that hides it for good.
    StartHereDone => ("Forstået", "Got it"),
    /// The button that shows the first-visit card again: its accessible name.
    StartHereShow => ("Start her: vis vejledningen igen", "Start here: show the guide again"),
    /// Axis unit: percent.
    PercentUnit => ("pct. af behovet", "% of need"),
    /// Navigation: the compare view.
    NavCompare => ("Sammenlign", "Compare"),
    /// Navigation: the facilitator board.
    NavBoard => ("Workshop-tavle", "Workshop board"),
    /// Label of the scenario toolbar.
    ScenarioTools => ("Del, gem og eksportér", "Share, save and export"),
    /// Toolbar button: share the scenario.
    ShareOpen => ("Del", "Share"),
    /// Toolbar button: saved scenarios.
    SaveOpen => ("Gem", "Save"),
    /// Toolbar button: exports.
    ExportOpen => ("Eksportér", "Export"),
    /// Toolbar button and heading: the printable memo.
    MemoOpen => ("Beslutningsnotat", "Decision memo"),
    /// Heading of the share panel.
    ShareHeading => ("Del dette scenarie", "Share this scenario"),
    /// Label of the link field.
    ShareLinkLabel => ("Link til præcis denne tilstand", "Link to exactly this state"),
    /// Button: copy the link.
    CopyLink => ("Kopiér link", "Copy link"),
    /// Status after copying.
    Copied => ("Linket er kopieret.", "The link is copied."),
    /// Status when copying failed.
    CopyFailed => ("Kunne ikke kopiere automatisk. Markér linket og kopiér det selv.", "Could not copy automatically. Select the link and copy it yourself."),
    /// Accessible name of the QR code.
    QrLabel => ("QR-kode med linket til scenariet", "QR code with the link to the scenario"),
    /// When the link does not fit a QR code.
    QrTooLong => ("Scenariet er for stort til en QR-kode; brug linket.", "The scenario is too large for a QR code; use the link."),
    /// Privacy and use note under the QR code.
    ShareHint => ("Scan koden med en tablet eller telefon for at åbne præcis denne tilstand. Linket rummer kun dine valg, ingen personoplysninger, og intet sendes til en server.", "Scan the code with a tablet or phone to open exactly this state. The link holds only your choices, no personal data, and nothing is sent to a server."),
    /// Button: add this scenario to the facilitator board.
    AddToBoard => ("Føj til tavlen", "Add to the board"),
    /// Status after adding to the board.
    AddedToBoard => ("Føjet til tavlen.", "Added to the board."),
    /// Heading of the saved-scenarios panel.
    SavedHeading => ("Gemte scenarier", "Saved scenarios"),
    /// Label of the name field.
    SaveNameLabel => ("Navn på scenariet", "Name of the scenario"),
    /// Button: save.
    SaveAction => ("Gem scenariet", "Save the scenario"),
    /// Default name prefix of a saved scenario.
    SaveDefaultName => ("Scenarie", "Scenario"),
    /// When nothing is saved.
    SavedEmpty => ("Ingen gemte scenarier endnu. De gemmes kun i denne browser.", "No saved scenarios yet. They are kept only in this browser."),
    /// Status after saving.
    SavedDone => ("Gemt.", "Saved."),
    /// Button: open a saved scenario.
    OpenAction => ("Åbn", "Open"),
    /// Button: rename.
    RenameAction => ("Omdøb", "Rename"),
    /// Status after renaming.
    RenameDone => ("Omdøbt.", "Renamed."),
    /// Button: delete.
    DeleteAction => ("Slet", "Delete"),
    /// Status after deleting, before the name.
    Deleted => ("Slettet:", "Deleted:"),
    /// Button: undo a deletion.
    Undo => ("Fortryd", "Undo"),
    /// When local storage refuses a write.
    StorageRefused => ("Browseren tillod ikke at gemme (privat tilstand eller fuld lagerplads). Brug linket i stedet.", "The browser did not allow saving (private mode or full storage). Use the link instead."),
    /// When a stored list is corrupt, before the backup key.
    ListCorrupt => ("Den gemte liste kunne ikke læses. En uændret kopi er gemt i browseren under nøglen", "The stored list could not be read. An unchanged copy is kept in the browser under the key"),
    /// A stored list could not be read nor backed up: where it still is.
    ListCorruptKept => ("Den gemte liste kunne ikke læses, og browseren tillod ikke at gemme en kopi. Intet skrives over den, før siden genindlæses. Den står uændret under nøglen", "The stored list could not be read, and the browser did not allow a copy. Nothing is written over it until the page is reloaded. It stays unchanged under the key"),
    /// After switching data set: levers moved into its ranges, before their names.
    LeversFitted => ("De nye tal har mindre rammer for nogle greb. De er sat til den nærmeste tilladte værdi:", "The new figures have narrower ranges for some levers. They are set to the nearest allowed value:"),
    /// Label of the scenario file picker.
    OpenFile => ("Åbn scenariefil (JSON)", "Open scenario file (JSON)"),
    /// Status after opening a file.
    FileOpened => ("Scenariefilen er åbnet.", "The scenario file is open."),
    /// When an opened file is not a valid scenario.
    /// A scenario file over the input limit, refused before reading.
    FileTooLarge => ("Filen er for stor til at være en scenariefil (højst 5 MB). Den er ikke læst.", "The file is too large to be a scenario file (at most 5 MB). It was not read."),
    /// A name over the limit.
    ListNameTooLong => ("Navnet er for langt (højst 80 tegn). Intet er gemt.", "The name is too long (at most 80 characters). Nothing was saved."),
    /// A name with a line break or tab.
    ListNameControl => ("Navnet må ikke indeholde linjeskift eller tabulatorer. Intet er gemt.", "The name must not contain line breaks or tabs. Nothing was saved."),
    /// A code that is not a link code.
    ListBadCode => ("Scenariet kunne ikke gemmes: dets link kan ikke åbnes. Intet er gemt.", "The scenario could not be saved: its link cannot be opened. Nothing was saved."),
    FileBad => ("Filen er ikke en scenariefil, som denne version kan læse:", "The file is not a scenario file this version can read:"),
    /// Heading of the export panel.
    ExportHeading => ("Eksportér", "Export"),
    /// Button: CSV export.
    ExportCsv => ("Fremskrivningen som CSV", "The projection as CSV"),
    /// Button: PNG export.
    ExportPng => ("Den viste figur som PNG", "The chart shown as PNG"),
    /// Button: JSON export.
    ExportJson => ("Scenariet som JSON (kan køres med prioritet-run)", "The scenario as JSON (runs with prioritet-run)"),
    /// Button: open the memo.
    ExportMemo => ("Beslutningsnotat til udskrift", "Decision memo for printing"),
    /// Note under the export buttons.
    ExportNote => ("Filerne laves i browseren; intet sendes nogen steder hen.", "The files are made in your browser; nothing is sent anywhere."),
    /// After a bad link, when the last good state was restored.
    LinkOpenedLast => ("Appen er åbnet med din seneste gyldige tilstand.", "The app opened with your last valid state."),
    /// After a bad link, when the defaults are used.
    LinkOpenedDefault => ("Appen er åbnet med standardindstillingerne.", "The app opened with the default settings."),
    /// Link error: empty.
    LinkEmpty => ("Linket indeholder intet scenarie.", "The link holds no scenario."),
    /// Link error: no version prefix.
    LinkMalformed => ("Linket er ikke et scenarielink (forkert format).", "The link is not a scenario link (wrong format)."),
    /// Link error: newer version.
    LinkNewer => ("Linket er lavet med en nyere version af værktøjet, som denne version ikke kan læse.", "The link was made with a newer version of the tool, which this version cannot read."),
    /// Link error: corrupt or truncated.
    LinkCorrupt => ("Linket er ødelagt eller afkortet. Bed om at få det sendt igen.", "The link is broken or cut short. Ask for it to be sent again."),
    /// Link error: too large.
    LinkTooLarge => ("Linket er for stort til at være et scenarie.", "The link is too large to be a scenario."),
    /// A link with a ceiling below the lowest possible one.
    LinkCeilingRaised => ("Linket havde et loft under 500.000\u{a0}kr. pr. sag.", "The link had a ceiling below DKK\u{a0}500,000 per case."),
    /// A scenario file with a ceiling below the lowest possible one.
    FileCeilingRaised => ("Filen havde et loft under 500.000\u{a0}kr. pr. sag.", "The file had a ceiling below DKK\u{a0}500,000 per case."),
    /// Why, and what the app did.
    CeilingBelowMinimum => ("Et loft under 500.000\u{a0}kr. pr. sag er ikke muligt; 0 betyder intet loft. Loftet er sat til 500.000\u{a0}kr.", "A ceiling below DKK\u{a0}500,000 per case is not possible; 0 means no ceiling. The ceiling is set to DKK\u{a0}500,000."),
    /// Link error: invalid value, before the field.
    LinkInvalid => ("Linket indeholder en værdi, som ikke kan bruges:", "The link holds a value that cannot be used:"),
    /// Link error: unknown chart.
    LinkUnknownChart => ("Linket nævner en figur, som ikke findes:", "The link names a chart that does not exist:"),
    /// Button: dismiss a notice.
    Dismiss => ("Luk beskeden", "Close the message"),
    /// Intro of the memo.
    MemoIntro => ("Et øjebliksbillede af valgene og deres konsekvenser i modellen. Tallene bygger på offentlige kilder og, hvor ingen fandtes, på antagelser; se kilderne.", "A snapshot of the choices and their consequences in the model. The figures rest on public sources and, where none was found, on assumptions; see the sources."),
    /// Memo heading: the choices.
    MemoChoices => ("Valg", "Choices"),
    /// Memo heading before the year.
    MemoConsequences => ("Konsekvenser i", "Consequences in"),
    /// Memo column: the scenario's value.
    MemoScenario => ("Scenarie", "Scenario"),
    /// Memo row: frame level change.
    MemoFrameLevel => ("Rammens niveau i forhold til basisåret", "Frame level against the base year"),
    /// Memo row: frame growth.
    MemoFrameGrowth => ("Rammens realvækst pr. år", "Frame real growth per year"),
    /// Memo row: growth scale.
    MemoGrowthScale => ("Behovsvækst i forhold til data", "Demand growth against the data"),
    /// Memo row: horizon.
    MemoHorizon => ("Fremskrivning, år", "Projection, years"),
    /// Memo label: version.
    MemoVersion => ("Version og dato", "Version and date"),
    /// Caption of the memo's QR code.
    MemoQr => ("Scan for at genåbne præcis denne tilstand", "Scan to reopen exactly this state"),
    /// Button: print.
    Print => ("Udskriv", "Print"),
    /// Link back to the explorer.
    BackToExplorer => ("Tilbage til udforskeren", "Back to the explorer"),
    /// Column heading: key figure.
    Figure => ("Nøgletal", "Key figure"),
    /// Label of the scenario name field in the share panel.
    /// Placeholder of the scenario's name field.
    ShareNamePlaceholder => ("Mit scenarie", "My scenario"),
    ShareNameLabel => ("Navn på scenariet (vises på workshop-tavlen)", "Name of the scenario (shown on the workshop board)"),
    /// Heading of the compare view.
    CompareHeading => ("Sammenlign scenarier", "Compare scenarios"),
    /// Intro of the compare view.
    CompareIntro => ("Sæt to til fem scenarier side om side: dit eget, «uden ændringer», VIVE's tilgange eller dine gemte scenarier. Tallene er modellens centrale værdier.", "Set two to five scenarios side by side: your own, \"no change\", VIVE's approaches or your saved scenarios. The figures are the model's central values."),
    /// Label of a column picker, before its number.
    CompareColumn => ("Kolonne", "Column"),
    /// Compare choice: the explorer's scenario.
    ChoiceCurrent => ("Dit scenarie", "Your scenario"),
    /// Compare choice: the neutral scenario.
    ChoiceNeutral => ("Uden ændringer", "No change"),
    /// Compare choice group: saved scenarios.
    ChoiceSaved => ("Gemt", "Saved"),
    /// Compare choice group: the approaches.
    ChoiceLenses => ("VIVE's tilgange", "VIVE's approaches"),
    /// Button: add a compare column.
    AddColumn => ("Tilføj kolonne", "Add column"),
    /// Button: remove a compare column.
    RemoveColumn => ("Fjern kolonne", "Remove column"),
    /// Button: compare the five approaches.
    FiveLenses => ("Vis de fem tilgange", "Show the five approaches"),
    CompareEveryFigure => ("Vis alle nøgletal", "Show every key figure"),
    /// Button: compare own against neutral.
    MineVsNeutral => ("Dit scenarie mod «uden ændringer»", "Your scenario against \"no change\""),
    /// Label of the metric picker for the overlay chart.
    CompareChartMetric => ("Vis år for år", "Show year by year"),
    /// Description of the overlay chart.
    CompareChartAlt => ("Det valgte nøgletal år for år, én linje pr. scenarie.", "The chosen figure year by year, one line per scenario."),
    /// Button: open a scenario in the explorer.
    OpenInExplorer => ("Åbn i udforskeren", "Open in the explorer"),
    /// Button: export a comparison as CSV.
    ExportCompareCsv => ("Sammenligningen som CSV", "The comparison as CSV"),
    /// Heading of the board view.
    BoardHeading => ("Workshop-tavle", "Workshop board"),
    /// Intro of the board view.
    BoardIntro => ("Deltagerne deler deres scenarie som link eller QR-kode (under Del). Indsæt linkene her, ét pr. linje, eller scan en QR-kode, åbn linket og tryk «Føj til tavlen». Tavlen gemmes kun i denne browser; intet sendes til en server.", "Participants share their scenario as a link or QR code (under Share). Paste the links here, one per line, or scan a QR code, open the link and press \"Add to the board\". The board is kept only in this browser; nothing is sent to a server."),
    /// Label of the paste field.
    BoardPasteLabel => ("Links fra deltagerne (ét pr. linje)", "Links from participants (one per line)"),
    /// Button: add pasted links.
    BoardAdd => ("Føj linkene til tavlen", "Add the links to the board"),
    /// Button: add the explorer's scenario.
    BoardAddCurrent => ("Tilføj mit aktuelle scenarie", "Add my current scenario"),
    /// Before a pasted line's number in an error list.
    BoardLine => ("Linje", "Line"),
    /// Paste error: no link on the line.
    BoardNoLink => ("indeholder intet scenarielink.", "holds no scenario link."),
    /// Status before the number of added participants.
    BoardAddedCount => ("Føjet til tavlen:", "Added to the board:"),
    /// Heading of the participant list.
    BoardParticipants => ("Deltagere", "Participants"),
    /// Button: remove a participant.
    BoardRemove => ("Fjern", "Remove"),
    /// Button: clear the board.
    BoardClear => ("Ryd tavlen", "Clear the board"),
    /// Status after clearing.
    BoardCleared => ("Tavlen er ryddet.", "The board is cleared."),
    /// When the board has no participants.
    BoardEmpty => ("Tavlen er tom. Indsæt deltagernes links ovenfor.", "The board is empty. Paste the participants' links above."),
    /// Heading of the weights' spread.
    BoardSpread => ("Rummets prioriteringer", "The room's priorities"),
    /// Note on reading the spread.
    BoardSpreadNote => ("Hver prik er en deltager. Den sorte streg er medianen; det grå felt er den midterste halvdel af rummet.", "Each dot is a participant. The black bar is the median; the grey box is the middle half of the room."),
    /// Heading of the levers' spread.
    BoardLevers => ("Rummets greb", "The room's levers"),
    /// Heading of the disagreement ranking.
    BoardDisagree => ("Her er rummet mest uenigt", "Where the room disagrees most"),
    /// Note on the disagreement measure.
    BoardDisagreeNote => ("Målt som bredden af den midterste halvdel af rummet i forhold til hele skalaen.", "Measured as the width of the middle half of the room against the whole scale."),
    /// When nobody disagrees.
    BoardAgree => ("Rummet er enigt om alle valg.", "The room agrees on every choice."),
    /// Heading of the median scenario.
    BoardMedian => ("Rummets median-scenarie", "The room's median scenario"),
    /// How the median scenario is made.
    BoardMedianNote => ("Hver vægt og hvert greb sat til rummets median; en kontakt er slået til, hvis over halvdelen har den slået til.", "Every weight and lever set to the room's median; a switch is on if more than half have it on."),
    /// Button: open the median scenario.
    BoardMedianOpen => ("Åbn medianen i udforskeren", "Open the median in the explorer"),
    /// Heading before the year.
    BoardConsequences => ("Hver deltagers konsekvenser i", "Each participant's consequences in"),
    /// Default participant name before its number.
    BoardParticipant => ("Deltager", "Participant"),
    /// Label: the median.
    Median => ("Median", "Median"),
    /// Column heading: participant.
    Participant => ("Deltager", "Participant"),
    /// When a stored list is full.
    ListFull => ("Listen er fuld (højst 200). Slet nogle for at gøre plads.", "The list is full (at most 200). Delete some to make room."),
    /// Print-only note: unchanged levers are left out.
    MemoPrintNote => ("Udskriften viser kun de greb, der er ændret; QR-koden genåbner hele tilstanden.", "The printout lists only the levers that were changed; the QR code reopens the whole state."),
    /// Navigation: the municipality's own numbers (cockpit).
    NavCockpit => ("Egne tal", "Own numbers"),
    /// Heading of the cockpit view and table.
    CockpitHeading => ("Styringscockpit", "Steering cockpit"),
    /// Intro of the cockpit view.
    CockpitIntro => ("Indlæs kommunens egne mængder og enhedsudgifter (KL's styringscockpit) og se dem ved siden af landstallene skaleret til kommunens størrelse. Udforskeren, sammenligningen, workshop-tavlen og eksporterne bruger derefter kommunens tal.", "Load the municipality's own volumes and unit costs (KL's steering cockpit) and see them next to the national figures scaled to the municipality's size. The explorer, the comparison, the workshop board and the exports then use the municipality's figures."),
    /// Status: an import is in use.
    CockpitInUse => ("I brug nu: kommunens egne tal", "In use now: the municipality's own figures"),
    /// Status: the national data is in use.
    CockpitNationalInUse => ("I brug nu: de indbyggede landstal.", "In use now: the built-in national figures."),
    /// Button: stop using the import.
    CockpitUseNational => ("Tilbage til landstallene", "Back to the national figures"),
    /// Heading when a file is read but not accepted.
    CockpitPreview => ("Forhåndsvisning af filen (endnu ikke i brug)", "Preview of the file (not in use yet)"),
    /// Label of the reference figure.
    CockpitNational => ("landstal, skaleret", "national, scaled"),
    /// Caption when no municipality is loaded.
    CockpitNationalData => ("Hele landet: de indbyggede tal (kilder, afledte tal og antagelser)", "The whole country: the built-in figures (sources, derived figures and assumptions)"),
    /// Group label: children.
    CockpitChildren => ("børn", "children"),
    /// Group label: adults.
    CockpitAdults => ("voksne", "adults"),
    /// Column: expenditure.
    CockpitExpenditure => ("Udgift (mængde × enhedsudgift)", "Expenditure (volume × unit cost)"),
    /// Column: volume.
    CockpitVolume => ("Mængde (helårspersoner)", "Volume (full-year citizens)"),
    /// Column: unit cost.
    CockpitUnitCost => ("Enhedsudgift pr. helårsperson", "Unit cost per full-year citizen"),
    /// Row: the base year's total.
    CockpitTotal => ("Basisår i alt", "Base year total"),
    /// Note under the cockpit table.
    CockpitNote => ("«Fra filen» er kommunens egne tal; «landstal, skaleret» udfylder det, filen ikke har, med landstallet ganget med kommunens størrelse. Rammen tager udgangspunkt i basisårets samlede udgift.", "\"From the file\" is the municipality's own figure; \"national, scaled\" fills what the file leaves out with the national figure times the municipality's size. The frame starts from the base year's total spending."),
    /// Heading of the import panel.
    ImportHeading => ("Indlæs kommunens tal", "Load the municipality's figures"),
    /// Privacy note of the import panel.
    ImportPrivacy => ("Filen læses kun i din browser. Den sendes aldrig nogen steder hen, heller ikke til os.", "The file is read only in your browser. It is never sent anywhere, not even to us."),
    /// Before the template links.
    ImportTemplates => ("Skabeloner med alle kolonner forklaret:", "Templates with every column explained:"),
    /// Label of the file picker and drop zone.
    ImportDrop => ("Vælg en CSV- eller JSON-fil, eller træk den hertil", "Choose a CSV or JSON file, or drag it here"),
    /// Problem severity: error.
    ImportError => ("Fejl", "Error"),
    /// Problem severity: warning.
    ImportWarning => ("Bemærk", "Note"),
    /// After the number of areas read.
    ImportAreasRead => ("områder læst fra filen", "areas read from the file"),
    /// After the number of errors.
    ImportErrorsFound => ("fejl", "errors"),
    /// When nothing in the file can be used.
    ImportUnusable => ("Filen kan ikke bruges. De tal, der er i brug, er uændrede.", "The file cannot be used. The figures in use are unchanged."),
    /// Button: accept the import.
    ImportAccept => ("Brug disse tal", "Use these figures"),
    /// Button: discard the read file.
    ImportCancel => ("Annullér", "Cancel"),
    /// Share panel note when own figures are in use.
    ShareNeedsFile => ("Linket rummer kun dine valg, ikke kommunens egne tal. Modtageren skal indlæse den samme fil under «Egne tal» for at se de samme tal.", "The link holds only your choices, not the municipality's own figures. The recipient must load the same file under \"Own numbers\" to see the same figures."),
    /// Button: export the data set in use.
    ExportData => ("Kommunens datasæt som JSON (til prioritet-run --data)", "The municipality's data set as JSON (for prioritet-run --data)"),
    /// Spending chart, a label on the chart: the children's areas together.
    ChartChildren => ("Børn og unge", "Children and young people"),
    /// Spending chart, a label on the chart: the adults' areas together.
    ChartAdults => ("Voksne", "Adults"),
    /// A label on a chart: the dashed "no change" line.
    ChartNoChange => ("Uden ændringer", "No change"),
    /// Spending chart: the title of the small panel with the overspend alone.
    ChartGapTitle => ("Overforbrug, år for år", "Overspend, year by year"),
    /// Spending chart: the caption of the table of every area's spending.
    ChartAreaTable => ("Udgifter pr. område", "Spending by area"),
    /// Spending chart's area table: the column of the area's group.
    ChartGroup => ("Gruppe", "Group"),
    /// Presentation hint on views without charts to step through.
    PresentHintEscOnly => ("Esc afslutter præsentationen.", "Esc ends the presentation."),
    /// Compare note: the differences are from "no change".
    CompareDiffFromNoChange => ("Under hvert tal står forskellen fra «Uden ændringer».", "Under each figure: the difference from \"No change\"."),
    /// Compare note: the differences are from the first column, named next.
    CompareDiffFromFirst => ("Ingen kolonne er «Uden ændringer», så under hvert tal står forskellen fra første kolonne:", "No column is \"No change\", so under each figure is the difference from the first column:"),
    /// Compare note, highlight rule: before the share of the frame.
    CompareRuleMoney => ("Fremhævet: beløb og årsværk, der afviger med mindst", "Highlighted: amounts and staff-years that differ by at least"),
    /// Compare note, highlight rule: between the two shares.
    CompareRuleCounts => ("af rammen, og borgere og sager, der afviger med mindst", "of the frame, and citizens and cases that differ by at least"),
    /// Mark on the column the differences are measured from.
    CompareReferenceMark => ("udgangspunkt", "reference"),
    /// Board: before the lens a participant's weights are nearest to.
    LensNearest => ("tættest på", "closest to"),
    /// Board: a participant whose weights are the middle ones of "no change".
    LensMiddle => ("middelvægtene (ingen tilgang)", "the middle weights (no approach)"),
    /// Board: how stacked dots read.
    BoardStackNote => ("Deltagere med samme værdi står oven på hinanden.", "Participants with the same value are stacked."),
    /// Board: heading of the participants with the lens each is nearest to.
    BoardLenses => ("Deltagerne og den tilgang, de ligger tættest på", "Participants and the approach each is closest to"),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::data::localized::Lang;

    #[test]
    fn every_message_has_both_texts() {
        assert!(Msg::ALL.len() > 200);
        for &m in Msg::ALL {
            for lang in [Lang::Da, Lang::En] {
                let t = text(m, lang);
                assert!(!t.trim().is_empty(), "{m:?} has no {lang:?} text");
                assert_eq!(t, t.trim_end(), "{m:?} ends in white space in {lang:?}");
            }
        }
    }

    #[test]
    fn danish_is_not_left_in_english() {
        // Letters only Danish uses: an English text with them is untranslated,
        // unless they are in a Danish name or term the English text keeps.
        let names = ["Medicinrådet", "Mandag Morgen"];
        let mut left = vec![];
        for &m in Msg::ALL {
            let mut en = text(m, Lang::En).to_string();
            for n in names {
                en = en.replace(n, "");
            }
            if en.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) {
                left.push(format!("{m:?}: {en}"));
            }
        }
        assert!(left.is_empty(), "{left:#?}");
    }
}
