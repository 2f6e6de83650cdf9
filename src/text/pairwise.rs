//! The words of the warm-up "Find dine prioriteter" and of the room's
//! elicited weights on the board, in Danish and English: its own message
//! table ([`WarmMsg`]) and the outcomes of a trade-off in money and
//! full-year persons. Pure, so `cargo test` checks it natively.

use crate::model::analysis::pairwise::{sides, BaseAmount, Side};
use crate::model::data::localized::Lang;
use crate::model::ids::{ApproachId, Choice};
use crate::model::scenario::Answer;
use crate::text::format;

text_table! {
    /// A message of the warm-up. Add a row and its two texts below.
    WarmMsg, warm_text;
    /// The button in the explorer and the warm-up's heading.
    Heading => ("Find dine prioriteter", "Find your priorities"),
    /// What the warm-up is; `{max}`, `{amount}` and `{year}` are filled in.
    Intro => ("Svar på op til {max} spørgsmål om, hvad du helst vil have. Hvert spørgsmål stiller to resultater over for hinanden; der er ikke noget rigtigt svar. Beløbene er af samme størrelse som det, rammen overskrides med i {year}, hvis intet ændres ({amount}).",
            "Answer up to {max} questions about what you would rather have. Each question sets two outcomes against each other; there is no right answer. The amounts are the size of what the frame is overspent by in {year} if nothing changes ({amount}).",),
    /// When the data set gives no base amount for the questions.
    NoBase => ("Spørgsmålene kan ikke stilles med disse tal: rammen overskrides ikke, hvis intet ændres.",
            "The questions cannot be asked with these figures: the frame is not overspent if nothing changes.",),
    /// Above the two outcomes.
    Ask => ("Hvad ville du helst?", "Which would you rather have?"),
    /// The progress line; `{n}` and `{max}` are filled in.
    Progress => ("Spørgsmål {n} af højst {max}", "Question {n} of at most {max}"),
    /// The "equally good" button.
    Equal => ("Lige gode", "Equally good"),
    /// Undo the last answer.
    Back => ("Fortryd sidste svar", "Undo last answer"),
    /// Start again.
    Restart => ("Start forfra", "Start again"),
    /// Heading of the result.
    Result => ("Dine prioriteter", "Your priorities"),
    /// Shown when the answers fit together.
    Consistent => ("Dine svar hænger sammen.", "Your answers fit together."),
    /// Shown when they do not.
    Inconsistent => ("Nogle af dine svar trækker i hver sin retning, så vægtene er et kompromis mellem dem. Du kan fortryde og svare igen.",
            "Some of your answers pull in different directions, so the weights are a compromise between them. You can undo and answer again.",),
    /// Before the numbers of the answers that drove a weight.
    DrivenBy => ("bygger på svar", "based on answers"),
    /// A weight no answer touched.
    NoAnswers => ("ingen svar endnu", "no answers yet"),
    /// Open the weights in the explorer.
    Open => ("Åbn dine prioriteter i udforskeren", "Open your priorities in the explorer"),
    /// Heading of the list of answers.
    Answers => ("Dine svar", "Your answers"),
    /// Between the chosen outcome and the other one.
    Over => ("frem for", "over"),
    /// Between two outcomes answered as equally good.
    EqualPair => ("lige så godt som", "as good as"),
    /// The board's heading for the room's elicited weights.
    RoomHeading => ("Rummets prioriteter fra «Find dine prioriteter»", "The room's priorities from \"Find your priorities\""),
    /// On a projector: the button that shows the warm-up's weights in
    /// place of the room's chosen ones.
    RoomSlide => ("Vis svarene fra «Find dine prioriteter»", "Show the answers from \"Find your priorities\""),
    /// How many took it; `{n}` is filled in.
    RoomTook => ("Deltagere, der har svaret: {n}.", "Participants who have answered: {n}."),
    /// When nobody has.
    RoomNone => ("Ingen af deltagerne har svaret på «Find dine prioriteter» endnu.", "None of the participants has answered \"Find your priorities\" yet."),
    /// Column: the middle half of the room.
    RoomMiddle => ("midterste halvdel", "middle half"),
    /// The weight the room disagrees most on.
    RoomMostSplit => ("Rummet er mest uenigt om", "The room disagrees most on"),
    /// The weight the room agrees most on.
    RoomMostAgreed => ("og mest enigt om", "and agrees most on"),
    /// Participants whose answers did not fit together; `{n}` filled in.
    RoomInconsistent => ("Deltagere, hvis svar ikke helt hænger sammen ({n})", "Participants whose answers do not quite fit together ({n})"),
    /// On the projector, the same without names, one participant.
    RoomInconsistentOne => ("1 deltagers svar hænger ikke helt sammen.", "1 participant's answers do not quite fit together."),
    /// On the projector, the same without names; `{n}` filled in.
    RoomInconsistentCount => ("{n} deltageres svar hænger ikke helt sammen.", "{n} participants' answers do not quite fit together."),
    /// Participants whose answers fit together.
    RoomAllConsistent => ("Alle deltageres svar hænger sammen.", "Every participant's answers fit together."),
    /// Of those without a name.
    RoomUnnamed => ("uden navn", "without a name"),
}

/// An outcome of a trade-off with its amount: "4,1 mia. kr. mere til
/// forebyggelse og tidlig hjælp".
pub fn outcome(side: Side, share: f64, base: &BaseAmount, lang: Lang) -> String {
    let dkk = base.dkk * share;
    let money = format::dkk_estimate(dkk, lang);
    let da = lang == Lang::Da;
    match side {
        Side::Need => {
            let persons = format::count_estimate(dkk * base.persons_per_dkk, lang);
            if da {
                format!("{money} mere af behovet dækkes: omkring {persons} flere helårspersoner får hjælp")
            } else {
                format!("{money} more of the need is covered: about {persons} more full-year persons get help")
            }
        }
        Side::Approach(id) => {
            let (what_da, what_en) = match id {
                ApproachId::BudgetSqueeze => {
                    return if da {
                        format!("Overskridelsen af rammen falder {money}: mindre tages fra skoler, dagtilbud og ældrepleje")
                    } else {
                        format!("The overspend falls by {money}: less is taken from schools, day care and elder care")
                    };
                }
                ApproachId::SocialProfessional => {
                    ("forebyggelse og tidlig hjælp", "prevention and early help")
                }
                ApproachId::Steering => (
                    "indsatser, hvor udgift og effekt følges tæt",
                    "interventions whose cost and effect are followed closely",
                ),
                ApproachId::Diagnosis => (
                    "hjælp, der ikke venter på en diagnose",
                    "help that does not wait for a diagnosis",
                ),
                ApproachId::FuturePriorities => (
                    "indsatser med god evidens for effekt",
                    "interventions with good evidence of effect",
                ),
            };
            if da {
                format!("{money} mere til {what_da}")
            } else {
                format!("{money} more for {what_en}")
            }
        }
    }
}

/// The two outcomes of an answer's question, left and right.
pub fn outcomes(a: &Answer, base: &BaseAmount, lang: Lang) -> (String, String) {
    let (l, r) = sides(a.trade_off);
    (
        outcome(l, a.left, base, lang),
        outcome(r, a.right, base, lang),
    )
}

/// One answer in a line: "1. 5,4 mia. kr. mere til … frem for …".
pub fn answer_line(n: usize, a: &Answer, base: &BaseAmount, lang: Lang) -> String {
    let (l, r) = outcomes(a, base, lang);
    let (first, word, second) = match a.choice {
        Choice::Left => (l, WarmMsg::Over, r),
        Choice::Right => (r, WarmMsg::Over, l),
        Choice::Equal => (l, WarmMsg::EqualPair, r),
    };
    format!(
        "{n}. {first} {} {}",
        warm_text(word, lang),
        lowercase_first(&second)
    )
}

/// The numbers (from 1) of the answers that drove a weight: "bygger på
/// svar 1, 6"; "ingen svar endnu" for none.
pub fn drivers_line(positions: &[usize], lang: Lang) -> String {
    if positions.is_empty() {
        return warm_text(WarmMsg::NoAnswers, lang).to_string();
    }
    let list: Vec<String> = positions.iter().map(|i| (i + 1).to_string()).collect();
    format!("{} {}", warm_text(WarmMsg::DrivenBy, lang), list.join(", "))
}

/// `msg` with `{key}` replaced by `value` for each pair.
pub fn filled(msg: WarmMsg, lang: Lang, pairs: &[(&str, String)]) -> String {
    let mut out = warm_text(msg, lang).to_string();
    for (key, value) in pairs {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

/// `s` with its first letter in lower case (an outcome after "frem for").
fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::TradeOff;

    #[test]
    fn every_message_has_both_texts_and_its_placeholders() {
        for &m in WarmMsg::ALL {
            for lang in [Lang::Da, Lang::En] {
                assert!(!warm_text(m, lang).trim().is_empty(), "{m:?} {lang:?}");
            }
            let keys = |lang| {
                let t = warm_text(m, lang);
                ["{n}", "{max}", "{year}", "{amount}"].map(|k| t.contains(k))
            };
            assert_eq!(keys(Lang::Da), keys(Lang::En), "{m:?}");
            assert!(
                !"æøå".chars().any(|c| warm_text(m, Lang::En).contains(c)),
                "{m:?}"
            );
        }
    }

    #[test]
    fn an_answer_reads_as_a_sentence_with_the_models_amounts() {
        let base = BaseAmount {
            dkk: 5.4e9,
            persons_per_dkk: 3.5e-6,
            year: 2033,
        };
        let a = Answer {
            trade_off: TradeOff::FrameOrNeed,
            left: 0.5,
            right: 1.0,
            choice: Choice::Right,
        };
        let line = answer_line(2, &a, &base, Lang::Da);
        assert!(line.starts_with("2. 5,40\u{a0}mia.\u{a0}kr. mere af behovet dækkes: omkring 18.900 flere helårspersoner"), "{line}");
        assert!(
            line.contains("frem for overskridelsen af rammen falder 2,70\u{a0}mia.\u{a0}kr."),
            "{line}"
        );
        assert_eq!(drivers_line(&[0, 5], Lang::Da), "bygger på svar 1, 6");
        assert_eq!(drivers_line(&[], Lang::En), "no answers yet");
        assert_eq!(
            filled(
                WarmMsg::Progress,
                Lang::Da,
                &[("n", "3".into()), ("max", "10".into())]
            ),
            "Spørgsmål 3 af højst 10"
        );
    }
}
