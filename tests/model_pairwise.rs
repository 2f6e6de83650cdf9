//! The warm-up "Find dine prioriteter" (`model::analysis::pairwise`): the
//! questions, the weights from the answers and the room's weights, checked
//! by hand and as proptest properties: answers given by someone with known
//! weights recover them within the tolerance `docs/pairwise.md` states,
//! the order of the answers changes nothing, "lige gode" everywhere gives
//! the middle weights, and no answer sequence panics.

use prioritet::model::analysis::pairwise::{
    apply, base_amount, elicit, next_question, room, sides, Side, MAX_QUESTIONS, RATIO_BOUND,
};
use prioritet::model::codec::link::{decode, encode, LinkState};
use prioritet::model::codec::qr::qr_code;
use prioritet::model::ids::{ApproachId, Choice, TradeOff};
use prioritet::model::scenario::{Answer, Priorities};
use prioritet::model::{DataSet, Scenario};
use proptest::prelude::*;

/// The tolerance on the budget-squeeze weight (`docs/pairwise.md`).
const SQUEEZE_TOLERANCE: f64 = 0.12;

/// The tolerance on the natural log of the ratio of any two criteria
/// weights (`docs/pairwise.md`: within a factor e^0.8, about 2.2).
const RATIO_TOLERANCE: f64 = 0.8;

/// The log-weight of an outcome for someone with weights `w`: budget
/// squeeze is the share of weight on holding the frame, so against the
/// need (the criteria's geometric mean) its log-ratio is `logit(w)`.
fn log_weight(w: &Priorities, side: Side) -> f64 {
    let criteria = Priorities::CRITERIA.map(|c| w.get(c).ln());
    let need = criteria.iter().sum::<f64>() / 4.0;
    match side {
        Side::Need => need,
        Side::Approach(ApproachId::BudgetSqueeze) => {
            let b = w.get(ApproachId::BudgetSqueeze);
            need + (b / (1.0 - b)).ln()
        }
        Side::Approach(id) => w.get(id).ln(),
    }
}

/// How someone with weights `w` answers `q`.
fn answer_as(w: &Priorities, t: TradeOff, left: f64, right: f64) -> Choice {
    let (l, r) = sides(t);
    let x = log_weight(w, l) - log_weight(w, r);
    let threshold = (right / left).ln();
    if (x - threshold).abs() < 1e-12 {
        Choice::Equal
    } else if x > threshold {
        Choice::Left
    } else {
        Choice::Right
    }
}

/// The whole warm-up answered by someone with weights `w`.
fn warm_up(w: &Priorities) -> Vec<Answer> {
    let mut answers = vec![];
    while let Some(q) = next_question(&answers) {
        answers.push(q.answer(answer_as(w, q.trade_off, q.left, q.right)));
    }
    answers
}

/// A criterion weight: anywhere in [0.25, 1], or on the grid 1/4, 1/2, 1
/// whose ratios fall on the questions' amounts (so "lige gode" is given).
fn criterion() -> impl Strategy<Value = f64> {
    prop_oneof![0.25f64..=1.0, prop::sample::select(vec![0.25, 0.5, 1.0])]
}

fn weights() -> impl Strategy<Value = Priorities> {
    (
        0.2f64..=0.8,
        criterion(),
        criterion(),
        criterion(),
        criterion(),
    )
        .prop_map(|(b, s, t, d, f)| Priorities {
            budget_squeeze: b,
            social_professional: s,
            steering: t,
            diagnosis: d,
            future_priorities: f,
        })
}

fn any_answer() -> impl Strategy<Value = Answer> {
    let amount = prop_oneof![
        4 => 0.01f64..=1.0,
        1 => Just(0.0),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => -5.0f64..5.0,
        1 => Just(f64::MIN_POSITIVE),
    ];
    (
        prop::sample::select(TradeOff::ALL.to_vec()),
        amount.clone(),
        amount,
        prop::sample::select(Choice::ALL.to_vec()),
    )
        .prop_map(|(trade_off, left, right, choice)| Answer {
            trade_off,
            left,
            right,
            choice,
        })
}

#[test]
fn the_warm_up_asks_every_trade_off_first_at_equal_amounts_then_narrows() {
    let mut answers = vec![];
    for t in TradeOff::ALL {
        let q = next_question(&answers).unwrap();
        assert_eq!((q.trade_off, q.left, q.right), (t, 1.0, 1.0));
        answers.push(q.answer(Choice::Left));
    }
    // Left at 1:1: the next question offers the left half as much.
    let q = next_question(&answers).unwrap();
    assert_eq!(
        (q.trade_off, q.left, q.right),
        (TradeOff::FrameOrNeed, 0.5, 1.0)
    );
    answers.push(q.answer(Choice::Right));
    // Round the circle every criterion beat the next at 1:1: inconsistent.
    let e = elicit(&answers);
    assert!(!e.consistent);
    assert!(e.gap > 0.0);
    // Between ln 1 and ln 2 for the frame: x = ln 2 / 2, logit^-1 = 0.586,
    // on the sliders' step 0.6.
    assert_eq!(e.priorities.budget_squeeze, 0.6);
    while let Some(q) = next_question(&answers) {
        answers.push(q.answer(Choice::Left));
    }
    assert_eq!(answers.len(), MAX_QUESTIONS);
    // Who drove the steering weight: the two trade-offs it is on.
    let steering = &elicit(&answers).drivers[2];
    assert_eq!(steering.0, ApproachId::Steering);
    assert_eq!(steering.1, [1, 2, 6, 7]);
}

#[test]
fn a_clear_preference_is_read_at_the_bound() {
    // Prevention over everything else, holding the frame over nothing.
    let w = Priorities {
        budget_squeeze: 0.2,
        social_professional: 1.0,
        steering: 0.25,
        diagnosis: 0.25,
        future_priorities: 0.25,
    };
    let answers = warm_up(&w);
    let e = elicit(&answers);
    assert!(e.consistent, "{e:?}");
    assert!(e.priorities.social_professional > 2.0 * e.priorities.steering);
    assert!(e.priorities.budget_squeeze < 0.3);
    // Ratios beyond the bound are read at the bound, never as inconsistent.
    let far = Priorities {
        social_professional: 1.0,
        steering: 0.1,
        diagnosis: 0.1,
        future_priorities: 0.3,
        ..w
    };
    assert!(far.social_professional / far.steering > RATIO_BOUND);
    assert!(elicit(&warm_up(&far)).consistent);
}

#[test]
fn the_base_amount_comes_from_no_change() {
    let ds = DataSet::builtin();
    let b = base_amount(&ds).unwrap();
    assert!(b.dkk > 1e8, "{b:?}");
    assert!(b.persons_per_dkk > 0.0 && b.persons_per_dkk < 1e-4, "{b:?}");
    // Two significant digits.
    let digits = b.dkk / 10f64.powf(b.dkk.log10().floor() - 1.0);
    assert_eq!(digits, digits.round());
}

#[test]
fn the_answers_travel_in_the_scenario_and_its_link() {
    let ds = DataSet::builtin();
    let w = Priorities {
        budget_squeeze: 0.7,
        social_professional: 0.9,
        steering: 0.3,
        diagnosis: 0.5,
        future_priorities: 0.6,
    };
    let answers = warm_up(&w);
    let s = apply(&Scenario::neutral(), &answers);
    s.validate(&ds).unwrap();
    assert_eq!(s.priorities, elicit(&answers).priorities);
    let back = Scenario::from_json(&s.to_json()).unwrap();
    assert_eq!(back, s);
    let state = LinkState {
        scenario: s,
        chart: None,
    };
    let code = encode(&state);
    assert!(code.len() < 600, "{} bytes", code.len());
    assert_eq!(decode(&code, &ds), Ok(state));
    // The whole warm-up fits a QR code with the address around it.
    let url = format!("https://example.dk/prioriteringsrummet/#prioriter?s={code}");
    assert!(qr_code(&url).is_some());
    // Without a warm-up nothing is written: old links and files are the same.
    assert!(!Scenario::neutral().to_json().contains("warmup"));
    // A link from before the warm-up (the golden version 1 neutral code of
    // tests/model_link.rs) still opens, with no answers.
    let old = decode("1.eNqrVipWsqpWKkstKs7Mz1OyMqytBQBAFAaX", &ds).unwrap();
    assert!(old.scenario.warmup.is_empty());
    assert_eq!(old.scenario, Scenario::neutral());
    let mut bad = apply(&Scenario::neutral(), &answers);
    bad.warmup[3].right = 0.0;
    assert_eq!(bad.validate(&ds).unwrap_err().field, "warmup[3].right");
}

#[test]
fn the_room_shows_the_spread_and_who_was_inconsistent() {
    let w = |b: f64, s: f64| Priorities {
        budget_squeeze: b,
        social_professional: s,
        ..Priorities::default()
    };
    let mut participants: Vec<(String, Scenario)> = [w(0.5, 1.0), w(0.5, 0.5), w(0.5, 0.25)]
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("p{i}"), apply(&Scenario::neutral(), &warm_up(p))))
        .collect();
    participants.push(("none".into(), Scenario::neutral()));
    let all_left: Vec<Answer> = TradeOff::ALL
        .map(|t| Answer {
            trade_off: t,
            left: 1.0,
            right: 1.0,
            choice: Choice::Left,
        })
        .to_vec();
    participants.push(("x".into(), apply(&Scenario::neutral(), &all_left)));
    let r = room(&participants);
    assert_eq!(r.took, 4);
    assert_eq!(r.weights.len(), 5);
    assert_eq!(r.inconsistent, [4]);
    assert!(r.weights[0].median > 0.4 && r.weights[0].median < 0.6);
    assert!(r.weights[1].disagreement > 0.1);
    assert_eq!(r.most_split, Some(ApproachId::SocialProfessional));
    assert_eq!(room(&[]).weights.len(), 0);
    assert_eq!(room(&[]).most_split, None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Someone with weights inside the bound gets them back: budget
    /// squeeze within 0.1, every ratio of two criteria within a factor
    /// e^0.8, and their answers are consistent.
    #[test]
    fn answers_from_known_weights_recover_them(w in weights()) {
        let answers = warm_up(&w);
        prop_assert!(answers.len() >= 5 && answers.len() <= MAX_QUESTIONS);
        let e = elicit(&answers);
        prop_assert!(e.consistent, "{:?}", e);
        let got = &e.priorities;
        prop_assert!((got.budget_squeeze - w.budget_squeeze).abs() <= SQUEEZE_TOLERANCE,
            "squeeze {} for {}", got.budget_squeeze, w.budget_squeeze);
        for a in Priorities::CRITERIA {
            for b in Priorities::CRITERIA {
                let want = (w.get(a) / w.get(b)).ln();
                let have = (got.get(a) / got.get(b)).ln();
                prop_assert!((want - have).abs() <= RATIO_TOLERANCE,
                    "{a}/{b}: {have} for {want} ({got:?})");
            }
        }
    }

    /// The order of the answers changes nothing (each answer only cuts an
    /// interval), and the same answers always give the same weights.
    #[test]
    fn the_order_of_the_answers_changes_nothing(
        w in weights(),
        seed in any::<u64>(),
    ) {
        let answers = warm_up(&w);
        let mut shuffled = answers.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let (a, b) = (elicit(&answers), elicit(&shuffled));
        prop_assert_eq!(&a.priorities, &b.priorities);
        prop_assert_eq!(a.consistent, b.consistent);
        prop_assert_eq!(elicit(&answers), a);
        prop_assert_eq!(warm_up(&w), answers);
    }

    /// Any answers at all, even ones no question asked: no panic, weights
    /// in the sliders' range, a finite gap, and a next question (if any)
    /// with amounts in (0, 1].
    #[test]
    fn no_answer_sequence_panics(answers in prop::collection::vec(any_answer(), 0..25)) {
        let e = elicit(&answers);
        for (_, v) in e.priorities.pairs() {
            prop_assert!((0.0..=1.0).contains(&v), "{:?}", e);
        }
        prop_assert!(e.gap.is_finite() && e.gap >= 0.0);
        prop_assert_eq!(e.consistent, e.gap == 0.0);
        if let Some(q) = next_question(&answers) {
            prop_assert!(q.left > 0.0 && q.left <= 1.0 && q.right > 0.0 && q.right <= 1.0);
        }
        let _ = room(&[("a".into(), apply(&Scenario::neutral(), &answers))]);
    }
}

#[test]
fn equally_good_everywhere_gives_the_middle_weights() {
    let mut answers = vec![];
    while let Some(q) = next_question(&answers) {
        answers.push(q.answer(Choice::Equal));
    }
    assert_eq!(answers.len(), TradeOff::ALL.len());
    let e = elicit(&answers);
    assert!(e.consistent);
    assert_eq!(e.priorities, Priorities::default());
    assert_eq!(elicit(&[]).priorities, Priorities::default());
}
