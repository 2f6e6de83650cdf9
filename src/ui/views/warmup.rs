//! The warm-up "Find dine prioriteter" (`#find-prioriteter`): pairwise
//! questions one at a time, then the participant's five weights with the
//! answers that drove each, opened in the explorer with one tap. The
//! questions and weights come from `model::analysis::pairwise`; the
//! answers start from the explorer's scenario, so a shared link that
//! carries them shows them again.

use leptos::prelude::*;

use crate::model::analysis::pairwise::{
    apply, base_amount, elicit, next_question, sides, MAX_QUESTIONS,
};
use crate::model::ids::{ApproachId, Choice};
use crate::model::scenario::Answer;
use crate::text::format;
use crate::text::messages::text;
use crate::text::names::weight_msgs;
use crate::text::pairwise::{
    answer_line, drivers_line, filled, outcome, warm_text, WarmMsg, WarmMsg as W,
};
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::use_lang;
use crate::ui::url_sync;
use crate::ui::web::address::View;
use crate::ui::web::dom;

/// A warm-up message in the current language.
fn wt(msg: WarmMsg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || warm_text(msg, lang.get())
}

/// The warm-up view.
#[component]
pub fn WarmupView(
    /// The shell's view, to open the explorer.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let answers = RwSignal::new(ex.scenario.with_untracked(|s| s.warmup.clone()));
    let base = Memo::new(move |_| base_amount(&ex.data.get()).ok());
    let question = Memo::new(move |_| answers.with(|a| next_question(a)));
    let elicited = Memo::new(move |_| answers.with(|a| elicit(a)));

    let intro = move || {
        let l = lang.get();
        base.get().map(|b| {
            filled(
                W::Intro,
                l,
                &[
                    ("max", MAX_QUESTIONS.to_string()),
                    ("year", b.year.to_string()),
                    ("amount", format::dkk_estimate(b.dkk, l)),
                ],
            )
        })
    };
    // The next question (or the result) takes the focus, which also
    // scrolls it into view on a phone.
    let focus_next = move || {
        request_animation_frame(move || {
            let id = if question.get_untracked().is_some() {
                "warmup-ask"
            } else {
                "warmup-result-heading"
            };
            dom::focus_by_id(id);
        })
    };
    let answer = move |choice: Choice| {
        if let Some(q) = question.get_untracked() {
            answers.update(|a| a.push(q.answer(choice)));
            focus_next();
        }
    };
    request_animation_frame(|| dom::focus_by_id("warmup-heading"));
    let asking = move || {
        let (q, b) = (question.get()?, base.get()?);
        let l = lang.get();
        let (left, right) = sides(q.trade_off);
        let n = answers.with(Vec::len) + 1;
        let progress = filled(
            W::Progress,
            l,
            &[
                ("n", n.to_string()),
                (
                    "max",
                    crate::model::analysis::pairwise::MAX_QUESTIONS.to_string(),
                ),
            ],
        );
        Some(view! {
            <section class="warmup-question" aria-labelledby="warmup-ask" data-trade-off=q.trade_off.as_str()>
                <p class="warmup-progress">{progress}</p>
                <h3 id="warmup-ask" tabindex="-1">{wt(W::Ask)}</h3>
                <div class="warmup-choices">
                    <button type="button" class="warmup-choice" data-choice=Choice::Left.as_str()
                        on:click=move |_| answer(Choice::Left)>
                        {outcome(left, q.left, &b, l)}
                    </button>
                    <button type="button" class="warmup-choice" data-choice=Choice::Right.as_str()
                        on:click=move |_| answer(Choice::Right)>
                        {outcome(right, q.right, &b, l)}
                    </button>
                </div>
                <button type="button" class="warmup-equal" data-choice=Choice::Equal.as_str()
                    on:click=move |_| answer(Choice::Equal)>
                    {wt(W::Equal)}
                </button>
            </section>
        })
    };
    let weights = move || {
        let l = lang.get();
        let e = elicited.get();
        ApproachId::ALL
            .into_iter()
            .map(|id| {
                let drivers = e
                    .drivers
                    .iter()
                    .find(|(a, _)| *a == id)
                    .map(|(_, d)| d.clone())
                    .unwrap_or_default();
                view! {
                    <li data-id=id.as_str()>
                        <span class="warmup-weight-name">{text(weight_msgs(id).0, l)}</span>
                        ": "
                        <strong class="warmup-weight-value">{format::weight(e.priorities.get(id), l)}</strong>
                        <span class="warmup-drivers">{format!(" ({})", drivers_line(&drivers, l))}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let answer_list = move || {
        let l = lang.get();
        let b = base.get()?;
        Some(
            answers
                .get()
                .iter()
                .enumerate()
                .map(|(i, a): (usize, &Answer)| view! { <li>{answer_line(i + 1, a, &b, l)}</li> })
                .collect_view(),
        )
    };
    let open = move |_| {
        let a = answers.get_untracked();
        ex.lens.set(None);
        ex.scenario.update(|s| *s = apply(s, &a));
        url_sync::go(ex, view, View::Explorer);
    };
    let done = move || question.get().is_none();

    view! {
        <div class="warmup">
            <h2 id="warmup-heading" tabindex="-1">{wt(W::Heading)}</h2>
            <p class="intro">{intro}</p>
            <p class="warmup-no-base" hidden=move || base.get().is_some()>{wt(W::NoBase)}</p>
            {asking}
            <div class="warmup-tools">
                <button type="button" class="warmup-back"
                    disabled=move || answers.with(Vec::is_empty)
                    on:click=move |_| {
                        answers.update(|a| { a.pop(); });
                        focus_next();
                    }>
                    {wt(W::Back)}
                </button>
                <button type="button" class="warmup-restart"
                    disabled=move || answers.with(Vec::is_empty)
                    on:click=move |_| {
                        answers.set(vec![]);
                        focus_next();
                    }>
                    {wt(W::Restart)}
                </button>
            </div>
            <section class="warmup-result" aria-labelledby="warmup-result-heading" hidden=move || !done()>
                <h3 id="warmup-result-heading" tabindex="-1">{wt(W::Result)}</h3>
                <ul class="warmup-weights">{weights}</ul>
                <p class="warmup-consistency" role="status">
                    {move || if elicited.get().consistent { wt(W::Consistent)() } else { wt(W::Inconsistent)() }}
                </p>
                <button type="button" class="warmup-open" on:click=open>{wt(W::Open)}</button>
            </section>
            <section class="warmup-answers" aria-labelledby="warmup-answers-heading" hidden=move || answers.with(Vec::is_empty)>
                <h3 id="warmup-answers-heading">{wt(W::Answers)}</h3>
                <ul class="warmup-answer-list">{answer_list}</ul>
            </section>
        </div>
    }
}
