//! The five priority weights, one per VIVE approach.

use leptos::prelude::*;

use crate::model::ids::ApproachId;
use crate::model::scenario::Priorities;
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::text::names::weight_msgs;
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::widgets::range_slider::{RangeSlider, SliderSpec};

/// A slider for each weight, 0 to 100 %.
#[component]
pub fn PrioritySliders() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let neutral = Priorities::default();
    let sliders = ApproachId::ALL
        .into_iter()
        .map(|id| {
            let (label_msg, help_msg) = weight_msgs(id);
            let reset_to = neutral.get(id);
            let value = Signal::derive(move || ex.scenario.with(|s| s.priorities.get(id)));
            view! {
                <RangeSlider
                    spec=SliderSpec { id: id.as_str(), min: 0.0, max: 1.0, step: 0.05, reset_to }
                    label=Signal::derive(move || text(label_msg, lang.get()).to_string())
                    help=Signal::derive(move || text(help_msg, lang.get()).to_string())
                    value=value
                    value_text=Signal::derive(move || format::weight(value.get(), lang.get()))
                    set=Callback::new(move |v: f64| {
                        ex.scenario.update(|s| {
                            s.priorities.set(id, v);
                        });
                    })
                />
            }
        })
        .collect_view();
    view! {
        <section class="priorities" aria-labelledby="priorities-heading">
            <h2 id="priorities-heading">{tr(Msg::PrioritiesHeading)}</h2>
            {sliders}
        </section>
    }
}
