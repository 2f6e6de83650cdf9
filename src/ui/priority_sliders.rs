//! The five priority weights, one per VIVE approach.

use leptos::prelude::*;

use crate::format;
use crate::model::scenario::{Priorities, APPROACH_IDS};

use super::explorer_state::use_explorer;
use super::i18n::{text, Msg};
use super::names::weight_msgs;
use super::range_slider::{RangeSlider, SliderSpec};
use super::state::{tr, use_lang};

/// A slider for each weight, 0 to 100 %.
#[component]
pub fn PrioritySliders() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let neutral = Priorities::default();
    let sliders = APPROACH_IDS
        .into_iter()
        .map(|id| {
            let (label_msg, help_msg) = weight_msgs(id);
            let reset_to = neutral
                .pairs()
                .into_iter()
                .find(|(k, _)| *k == id)
                .map(|(_, v)| v)
                .unwrap_or(0.0);
            let value = Signal::derive(move || {
                ex.scenario.with(|s| {
                    s.priorities
                        .pairs()
                        .into_iter()
                        .find(|(k, _)| *k == id)
                        .map(|(_, v)| v)
                        .unwrap_or(0.0)
                })
            });
            view! {
                <RangeSlider
                    spec=SliderSpec { id, min: 0.0, max: 1.0, step: 0.05, reset_to }
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
