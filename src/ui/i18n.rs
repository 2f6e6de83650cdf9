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
    };
    match lang {
        Lang::Da => da,
        Lang::En => en,
    }
}
