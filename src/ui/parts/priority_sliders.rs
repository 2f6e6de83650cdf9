//! The five priority weights, one per VIVE approach, in two groups that do
//! different things: budget squeeze sets how much of the gap between need
//! and frame is covered; the four criteria are relative weights that only
//! share the money beyond the entitlements between the areas, each shown
//! with its share of the four (from the model).

use leptos::prelude::*;

use crate::model::ids::{ApproachId, TopicId};
use crate::model::scenario::{Priorities, WEIGHT_STEP};
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::text::names::weight_msgs;
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::widgets::range_slider::{RangeSlider, SliderSpec};
use crate::ui::widgets::why_button::WhyButton;

/// The slider of one weight, 0 to 100 %; a criterion's value text also
/// says its share of the four criteria weights.
fn weight_slider(id: ApproachId) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let (label_msg, help_msg) = weight_msgs(id);
    let reset_to = Priorities::default().get(id);
    let value = Signal::derive(move || ex.scenario.with(|s| s.priorities.get(id)));
    let value_text = Signal::derive(move || {
        let l = lang.get();
        ex.scenario
            .with(|s| match s.priorities.criterion_share(id) {
                Some(share) => format::criterion_weight(s.priorities.get(id), share, l),
                None => format::weight(s.priorities.get(id), l),
            })
    });
    view! {
        <RangeSlider
            spec=SliderSpec { id: id.as_str(), min: 0.0, max: 1.0, step: WEIGHT_STEP, reset_to }
            label=Signal::derive(move || text(label_msg, lang.get()).to_string())
            help=Signal::derive(move || text(help_msg, lang.get()).to_string())
            value=value
            value_text=value_text
            set=Callback::new(move |v: f64| {
                ex.scenario.update(|s| {
                    s.priorities.set(id, v);
                });
            })
        />
    }
}

/// The budget-squeeze weight, then the four criteria weights, each group
/// under a heading that says what it does, with its "Hvorfor?".
#[component]
pub fn PrioritySliders() -> impl IntoView {
    let criteria = Priorities::CRITERIA
        .into_iter()
        .map(weight_slider)
        .collect_view();
    view! {
        <section class="priorities" aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{tr(Msg::PrioritiesHeading)}</h2>
            <div class="weight-group" data-group="squeeze" role="group" aria-labelledby="weights-squeeze-heading">
                <div class="weight-group-head">
                    <h3 id="weights-squeeze-heading">{tr(Msg::WeightsSqueezeHeading)}</h3>
                    <WhyButton topic=TopicId::Budget titled=true/>
                </div>
                {weight_slider(ApproachId::BudgetSqueeze)}
            </div>
            <div class="weight-group" data-group="criteria" role="group" aria-labelledby="weights-criteria-heading">
                <div class="weight-group-head">
                    <h3 id="weights-criteria-heading">{tr(Msg::WeightsCriteriaHeading)}</h3>
                    <WhyButton topic=TopicId::Allocation titled=true/>
                </div>
                <p class="weight-note">{tr(Msg::WeightsCriteriaNote)}</p>
                {criteria}
            </div>
        </section>
    }
}
