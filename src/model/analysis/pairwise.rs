//! The warm-up "Find dine prioriteter": a few pairwise questions ("which
//! would you rather have?") that give a participant their five priority
//! weights, and the room's weights on the board. The method is described
//! in `docs/pairwise.md`; in short:
//!
//! * Each [`TradeOff`] weighs two outcomes `l` and `r` with weights `v_l`
//!   and `v_r` on a ratio scale. A question offers `left` of the base
//!   amount to `l` or `right` of it to `r`; choosing left says
//!   `v_l * left > v_r * right`, so `x = ln(v_l / v_r) > ln(right / left)`.
//!   "Lige gode" says they are equal. Every answer cuts the interval of
//!   `x` that is still possible, which starts at
//!   `[-ln RATIO_BOUND, ln RATIO_BOUND]`.
//! * The next question goes to the trade-off asked least (then the widest
//!   interval), at the middle of its interval: a bisection, so each answer
//!   narrows what is asked next. A trade-off is settled after "lige gode"
//!   or [`MAX_PER_TRADE_OFF`] questions; the warm-up ends after
//!   [`MAX_QUESTIONS`] or when every trade-off is settled.
//! * The estimate of `x` is its interval's middle. Budget squeeze is the
//!   share of weight on holding the frame: `1 / (1 + e^-x)`. The four
//!   criteria sit on a circle of four trade-offs; their log-weights are
//!   the weighted least-squares fit of the four estimates (each weighed
//!   by its interval's width squared, so "lige gode" holds exactly),
//!   scaled so equal weights
//!   are the sliders' middle (0.5) and none is above 1. Every weight is
//!   rounded to the sliders' step.
//! * The answers are consistent when some weights fit every one of them:
//!   no trade-off's interval is empty and, round the circle, the four
//!   intervals can sum to 0. [`Elicited::gap`] is how far they miss.
//!
//! ```
//! use prioritet::model::analysis::pairwise::{elicit, next_question};
//! use prioritet::model::ids::Choice;
//!
//! // "Lige gode" to every question gives the middle weights.
//! let mut answers = vec![];
//! while let Some(q) = next_question(&answers) {
//!     answers.push(q.answer(Choice::Equal));
//! }
//! let e = elicit(&answers);
//! assert!(e.consistent);
//! assert_eq!(e.priorities, prioritet::model::scenario::Priorities::default());
//! ```

use crate::model::analysis::board::{spread, Spread};
use crate::model::data::dataset::DataSet;
use crate::model::engine::projection::project_central;
use crate::model::error::ModelError;
use crate::model::ids::{ApproachId, Choice, Setting, TradeOff};
use crate::model::scenario::{Answer, Priorities, Scenario, WEIGHT_STEP};

/// Most questions the warm-up asks.
pub const MAX_QUESTIONS: usize = 10;

/// Most questions about one trade-off.
pub const MAX_PER_TRADE_OFF: usize = 3;

/// The largest ratio of two weights the warm-up tells apart: a preference
/// stronger than 4 to 1 is read as 4 to 1.
pub const RATIO_BOUND: f64 = 4.0;

/// What an outcome of a trade-off stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// What the approach's priority weight favours.
    Approach(ApproachId),
    /// Covering more of the need at all (the four criteria together).
    Need,
}

/// The trade-off's two outcomes, left and right.
pub fn sides(t: TradeOff) -> (Side, Side) {
    use ApproachId::*;
    let a = Side::Approach;
    match t {
        TradeOff::FrameOrNeed => (a(BudgetSqueeze), Side::Need),
        TradeOff::SocialOrSteering => (a(SocialProfessional), a(Steering)),
        TradeOff::SteeringOrDiagnosis => (a(Steering), a(Diagnosis)),
        TradeOff::DiagnosisOrFuture => (a(Diagnosis), a(FuturePriorities)),
        TradeOff::FutureOrSocial => (a(FuturePriorities), a(SocialProfessional)),
    }
}

/// A question of the warm-up: a trade-off and the two amounts offered, as
/// shares of the base amount ([`BaseAmount`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    /// The trade-off asked.
    pub trade_off: TradeOff,
    /// The left outcome's amount, as a share of the base amount (0..=1).
    pub left: f64,
    /// The right outcome's amount, as a share of the base amount (0..=1).
    pub right: f64,
}

impl Question {
    /// The answer `choice` to this question.
    pub fn answer(self, choice: Choice) -> Answer {
        Answer {
            trade_off: self.trade_off,
            left: self.left,
            right: self.right,
            choice,
        }
    }
}

/// What is still possible for one trade-off's `x = ln(v_left / v_right)`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Bounds {
    lo: f64,
    /// Whether `x` must be strictly above `lo` (a left or right answer).
    lo_strict: bool,
    /// Whether an answer set `lo` (not only [`RATIO_BOUND`]).
    lo_cut: bool,
    hi: f64,
    /// Whether `x` must be strictly below `hi`.
    hi_strict: bool,
    /// Whether an answer set `hi`.
    hi_cut: bool,
    asked: usize,
    equal: bool,
}

impl Bounds {
    /// How far the interval is from holding any value (0 when it holds one).
    fn gap(&self) -> f64 {
        let strict = self.lo_strict || self.hi_strict;
        if self.lo > self.hi || (self.lo == self.hi && strict) {
            (self.lo - self.hi).max(f64::MIN_POSITIVE)
        } else {
            0.0
        }
    }

    /// The estimate: the interval's middle.
    fn middle(&self) -> f64 {
        0.5 * (self.lo + self.hi)
    }

    fn settled(&self) -> bool {
        self.equal || self.asked >= MAX_PER_TRADE_OFF || self.gap() > 0.0
    }
}

/// The threshold an answer sets: `ln(right / left)`, or `None` when an
/// amount is not a positive finite number (such an answer is ignored).
fn threshold(a: &Answer) -> Option<f64> {
    let ok = |v: f64| v.is_finite() && v > 0.0;
    (ok(a.left) && ok(a.right)).then(|| (a.right / a.left).ln())
}

/// The bounds of trade-off `t` after `answers` (in any order: each answer
/// only cuts the interval).
fn bounds(answers: &[Answer], t: TradeOff) -> Bounds {
    let edge = RATIO_BOUND.ln();
    let mut b = Bounds {
        lo: -edge,
        lo_strict: false,
        lo_cut: false,
        hi: edge,
        hi_strict: false,
        hi_cut: false,
        asked: 0,
        equal: false,
    };
    for a in answers.iter().filter(|a| a.trade_off == t) {
        let Some(r) = threshold(a) else { continue };
        b.asked += 1;
        let r = r.clamp(-edge, edge);
        let raise = |b: &mut Bounds, strict: bool| {
            if r > b.lo || (r == b.lo && strict) {
                b.lo = r;
                b.lo_strict = strict;
            }
            b.lo_cut = true;
        };
        let lower = |b: &mut Bounds, strict: bool| {
            if r < b.hi || (r == b.hi && strict) {
                b.hi = r;
                b.hi_strict = strict;
            }
            b.hi_cut = true;
        };
        match a.choice {
            Choice::Left => raise(&mut b, true),
            Choice::Right => lower(&mut b, true),
            Choice::Equal => {
                b.equal = true;
                raise(&mut b, false);
                lower(&mut b, false);
            }
        }
    }
    b
}

/// The next question after `answers`, or `None` when the warm-up is done:
/// the unsettled trade-off asked least (then with the widest interval,
/// then in [`TradeOff::ALL`] order), at the middle of its interval. The
/// larger amount is the whole base amount; the other is rounded to
/// hundredths, and the answer records the amounts shown.
pub fn next_question(answers: &[Answer]) -> Option<Question> {
    if answers.len() >= MAX_QUESTIONS {
        return None;
    }
    let (t, b) = TradeOff::ALL
        .into_iter()
        .map(|t| (t, bounds(answers, t)))
        .filter(|(_, b)| !b.settled())
        .min_by(|(_, a), (_, b)| {
            a.asked
                .cmp(&b.asked)
                .then((b.hi - b.lo).total_cmp(&(a.hi - a.lo)))
        })?;
    // Choosing left means x > ln(right / left): ask at the middle.
    let ratio = b.middle().exp();
    let round = |v: f64| ((v * 100.0).round() / 100.0).max(0.01);
    let (left, right) = if ratio >= 1.0 {
        (round(1.0 / ratio), 1.0)
    } else {
        (1.0, round(ratio))
    };
    Some(Question {
        trade_off: t,
        left,
        right,
    })
}

/// A participant's weights from their answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Elicited {
    /// The five weights, in the sliders' range, rounded to their step
    /// ([`WEIGHT_STEP`]).
    pub priorities: Priorities,
    /// Whether some weights fit every answer.
    pub consistent: bool,
    /// How far the answers are from consistent, in natural-log units of a
    /// ratio of weights (0 when consistent; `ln 2` means a ratio off by a
    /// factor 2 somewhere).
    pub gap: f64,
    /// For each weight, in [`ApproachId::ALL`] order, the positions (from
    /// 0) of the answers that drove it: those about a trade-off it is on.
    pub drivers: Vec<(ApproachId, Vec<usize>)>,
}

/// The criteria in the order round the circle of trade-offs.
const CIRCLE: [(TradeOff, ApproachId); 4] = [
    (TradeOff::SocialOrSteering, ApproachId::SocialProfessional),
    (TradeOff::SteeringOrDiagnosis, ApproachId::Steering),
    (TradeOff::DiagnosisOrFuture, ApproachId::Diagnosis),
    (TradeOff::FutureOrSocial, ApproachId::FuturePriorities),
];

/// The weights the answers give (see the module's notes). No answers, or
/// a trade-off never asked, read as "lige gode". Never panics.
pub fn elicit(answers: &[Answer]) -> Elicited {
    let frame = bounds(answers, TradeOff::FrameOrNeed);
    let circle = CIRCLE.map(|(t, _)| bounds(answers, t));

    // Weighted least squares round the circle: what the four estimates
    // miss closing by is taken from each in proportion to its variance
    // (its interval's width squared), so a "lige gode" answer (width 0)
    // stays exact; equal shares when every width is 0. Then walked round
    // from the first.
    let x = circle.map(|b| b.middle());
    let closure: f64 = x.iter().sum();
    let var = circle.map(|b| (b.hi - b.lo).max(0.0).powi(2));
    let total: f64 = var.iter().sum();
    let share = |i: usize| {
        if total > 0.0 {
            var[i] / total
        } else {
            0.25
        }
    };
    let mut y = [0.0; 4];
    for i in 1..4 {
        y[i] = y[i - 1] - (x[i - 1] - closure * share(i - 1));
    }
    let mean = y.iter().sum::<f64>() / 4.0;
    let mut w = y.map(|v| 0.5 * (v - mean).exp());
    let top = w.iter().copied().fold(0.0, f64::max);
    if top > 1.0 {
        w = w.map(|v| v / top);
    }
    // Steps per unit, so 12 steps is 12 / 20 = 0.6 exactly, not 12 * 0.05.
    let steps = (1.0 / WEIGHT_STEP).round();
    let round = |v: f64| (v * steps).round() / steps;
    let mut priorities = Priorities::default();
    priorities.set(
        ApproachId::BudgetSqueeze,
        round(1.0 / (1.0 + (-frame.middle()).exp())),
    );
    for (i, (_, id)) in CIRCLE.iter().enumerate() {
        priorities.set(*id, round(w[i]));
    }

    // Round the circle, x must sum to 0. Only the answers bound it: a
    // side no answer cut is open (a ratio beyond RATIO_BOUND is possible,
    // only not told apart).
    let lo: f64 = circle
        .iter()
        .map(|b| if b.lo_cut { b.lo } else { f64::NEG_INFINITY })
        .sum();
    let hi: f64 = circle
        .iter()
        .map(|b| if b.hi_cut { b.hi } else { f64::INFINITY })
        .sum();
    let some_strict = |f: fn(&Bounds) -> bool| circle.iter().any(f);
    let circle_gap = if lo > 0.0 || (lo == 0.0 && some_strict(|b| b.lo_strict)) {
        lo.max(f64::MIN_POSITIVE)
    } else if hi < 0.0 || (hi == 0.0 && some_strict(|b| b.hi_strict)) {
        (-hi).max(f64::MIN_POSITIVE)
    } else {
        0.0
    };
    let gap = circle_gap + frame.gap() + circle.iter().map(Bounds::gap).sum::<f64>();

    let drivers = ApproachId::ALL
        .into_iter()
        .map(|id| {
            let on = |t: TradeOff| {
                let (l, r) = sides(t);
                l == Side::Approach(id) || r == Side::Approach(id)
            };
            let used = answers
                .iter()
                .enumerate()
                .filter(|(_, a)| on(a.trade_off) && threshold(a).is_some())
                .map(|(i, _)| i)
                .collect();
            (id, used)
        })
        .collect();
    Elicited {
        priorities,
        consistent: gap == 0.0,
        gap,
        drivers,
    }
}

/// `base` with the weights the answers give and the answers kept, so the
/// explorer opens them and a share link carries them.
pub fn apply(base: &Scenario, answers: &[Answer]) -> Scenario {
    let mut s = base.clone();
    s.priorities = elicit(answers).priorities;
    s.warmup = answers.to_vec();
    s
}

/// The amounts a question's shares are of, from the model: what "no
/// change" (the neutral scenario) overspends in its last year, rounded to
/// two significant digits, and the full-year persons whose unmet need a
/// krone covers on average in that year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BaseAmount {
    /// The base amount, DKK a year.
    pub dkk: f64,
    /// Full-year persons per DKK of need covered (unmet persons over unmet
    /// DKK in the last year of "no change").
    pub persons_per_dkk: f64,
    /// The year the figures are for.
    pub year: u16,
}

/// The base amount for `ds` (see [`BaseAmount`]); an error when "no
/// change" cannot be projected or has no overspend to weigh.
pub fn base_amount(ds: &DataSet) -> Result<BaseAmount, ModelError> {
    let p = project_central(&Scenario::neutral(), ds)?;
    let last = |v: &[f64]| v.last().copied().unwrap_or(0.0);
    let over = last(&p.overspend_dkk);
    let unmet = last(&p.unmet_dkk);
    if !(over.is_finite() && over > 0.0 && unmet.is_finite() && unmet > 0.0) {
        return Err(ModelError::new(
            "overspend_dkk",
            "\"no change\" has no overspend and unmet need to weigh",
        ));
    }
    let magnitude = 10f64.powf(over.log10().floor() - 1.0);
    Ok(BaseAmount {
        dkk: (over / magnitude).round() * magnitude,
        persons_per_dkk: last(&p.unmet_citizens) / unmet,
        year: p.years.last().copied().unwrap_or(p.base_year),
    })
}

/// The room's weights from the warm-ups that travel in the participants'
/// scenarios: the spread of each elicited weight, and who answered
/// inconsistently.
#[derive(Clone, Debug, PartialEq)]
pub struct Room {
    /// How many participants took the warm-up.
    pub took: usize,
    /// The spread of each elicited weight over those who took it, in
    /// [`ApproachId::ALL`] order (empty when nobody did).
    pub weights: Vec<Spread>,
    /// The participants (by input position) whose answers were not
    /// consistent.
    pub inconsistent: Vec<usize>,
    /// The weight the room disagrees most on (widest middle half; the
    /// first in [`ApproachId::ALL`] order on a tie), if anyone took it.
    pub most_split: Option<ApproachId>,
    /// The weight the room agrees most on (narrowest middle half).
    pub most_agreed: Option<ApproachId>,
}

/// The room's elicited weights for `participants` as `(name, scenario)`.
pub fn room(participants: &[(String, Scenario)]) -> Room {
    let took: Vec<(usize, Elicited)> = participants
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| !s.warmup.is_empty())
        .map(|(i, (_, s))| (i, elicit(&s.warmup)))
        .collect();
    let weights = if took.is_empty() {
        vec![]
    } else {
        ApproachId::ALL
            .into_iter()
            .map(|id| {
                let values = took.iter().map(|(_, e)| e.priorities.get(id)).collect();
                spread(Setting::Priority(id), values, (0.0, 1.0))
            })
            .collect()
    };
    let id_of = |s: &Spread| match s.id {
        Setting::Priority(id) => Some(id),
        Setting::Lever(_) => None,
    };
    let most_split = weights
        .iter()
        .rev()
        .max_by(|a, b| a.disagreement.total_cmp(&b.disagreement))
        .and_then(id_of);
    let most_agreed = weights
        .iter()
        .min_by(|a, b| a.disagreement.total_cmp(&b.disagreement))
        .and_then(id_of);
    Room {
        took: took.len(),
        most_split,
        most_agreed,
        weights,
        inconsistent: took
            .iter()
            .filter(|(_, e)| !e.consistent)
            .map(|(i, _)| *i)
            .collect(),
    }
}
