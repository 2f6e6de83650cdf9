//! The levers, grouped by the steering centre that owns them (KL's three
//! centres, seed 003), with a filter. Each shows the recommendation it comes
//! from and its time horizon. Term buttons explain the steering centres.

use leptos::prelude::*;

use crate::model::data::dataset::{Lever, LeverUnit, SteeringCentre};
use crate::model::ids::TermId;
use crate::model::scenario::{ceiling_at_stop, ceiling_stop, Levers};
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::text::names;
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::widgets::range_slider::{RangeSlider, SliderSpec};
use crate::ui::widgets::switch_control::SwitchControl;
use crate::ui::widgets::term_button::{TermButton, TermRow};

const CENTRES: [SteeringCentre; 3] = [
    SteeringCentre::Political,
    SteeringCentre::Financial,
    SteeringCentre::SocialProfessional,
];

/// The glossary's term for a steering centre.
fn centre_term(c: SteeringCentre) -> TermId {
    match c {
        SteeringCentre::Political => TermId::CentrePolitical,
        SteeringCentre::Financial => TermId::CentreFinancial,
        SteeringCentre::SocialProfessional => TermId::CentreSocial,
    }
}

fn step(unit: LeverUnit) -> f64 {
    match unit {
        LeverUnit::DkkPerYear => 50e6,
        LeverUnit::DkkPerCase => 100e3,
        LeverUnit::Share | LeverUnit::Switch => 0.01,
    }
}

/// One lever's control: a slider, or a switch for on/off levers.
fn lever_control(lever: Lever) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let id = lever.id;
    let name = lever.name.clone();
    let label = Signal::derive(move || name.get(lang.get()).to_string());
    let explanation = lever.explanation.clone();
    let help = Signal::derive(move || explanation.get(lang.get()).to_string());
    let (centre, rec, horizon) = (lever.centre, lever.recommendation, lever.horizon);
    let badge = Signal::derive(move || {
        let l = lang.get();
        let mut parts = vec![names::centre(centre, l).to_string()];
        if let Some(n) = rec {
            parts.push(format!("{} {n}", text(Msg::FromRecommendation, l)));
        }
        parts.push(names::horizon(horizon, l).to_string());
        parts.join(" · ")
    });
    let value = Signal::derive(move || ex.scenario.with(|s| s.levers.get(id)));
    let set = move |v: f64| {
        ex.scenario.update(|s| {
            s.levers.set(id, v);
        });
    };
    let reset_to = Levers::default().get(id);
    match lever.unit {
        LeverUnit::Switch => view! {
            <SwitchControl
                id=id.as_str()
                label=label
                help=help
                badge=badge
                on=Signal::derive(move || value.get() >= 0.5)
                set=Callback::new(move |on: bool| set(if on { 1.0 } else { 0.0 }))
            />
        }
        .into_any(),
        // The ceiling's first stop is "no ceiling", the next the lowest
        // possible ceiling: nothing in between can be chosen.
        LeverUnit::DkkPerCase => {
            let step = step(LeverUnit::DkkPerCase);
            view! {
                <RangeSlider
                    spec=SliderSpec {
                        id: id.as_str(),
                        min: ceiling_stop(lever.min.value, step),
                        max: lever.max.value,
                        step,
                        reset_to: ceiling_stop(reset_to, step),
                    }
                    label=label
                    help=help
                    badge=badge
                    value=Signal::derive(move || ceiling_stop(value.get(), step))
                    value_text=Signal::derive(move || {
                        format::lever_value(LeverUnit::DkkPerCase, value.get(), lang.get())
                    })
                    set=Callback::new(move |stop| set(ceiling_at_stop(stop)))
                />
            }
            .into_any()
        }
        unit => view! {
            <RangeSlider
                spec=SliderSpec {
                    id: id.as_str(),
                    min: lever.min.value,
                    max: lever.max.value,
                    step: step(unit),
                    reset_to,
                }
                label=label
                help=help
                badge=badge
                value=value
                value_text=Signal::derive(move || format::lever_value(unit, value.get(), lang.get()))
                set=Callback::new(set)
            />
        }
        .into_any(),
    }
}

/// The lever controls with the steering-centre filter.
#[component]
pub fn LeverPanel() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let ds = ex.data.get_untracked();
    let filter_button = move |c: Option<SteeringCentre>| {
        let label = move || match c {
            None => text(Msg::CentreAll, lang.get()),
            Some(c) => names::centre(c, lang.get()),
        };
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || (ex.centre.get() == c).to_string()
                on:click=move |_| ex.centre.set(c)
            >
                {label}
            </button>
        }
    };
    let groups = CENTRES
        .into_iter()
        .map(|c| {
            let controls = ds
                .levers
                .iter()
                .filter(|l| l.centre == c)
                .cloned()
                .map(lever_control)
                .collect_view();
            view! {
                <fieldset
                    class="lever-group"
                    data-centre=format!("{c:?}")
                    hidden=move || ex.centre.get().is_some_and(|f| f != c)
                >
                    <legend>{move || names::centre(c, lang.get())}</legend>
                    <div class="term-row">
                        <TermButton id=centre_term(c)/>
                    </div>
                    {controls}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="levers" aria-labelledby="levers-heading">
            <h2 id="levers-heading">{tr(Msg::LeversHeading)}</h2>
            <p class="intro">{tr(Msg::CentreNote)}</p>
            <TermRow terms=vec![TermId::SteeringCentres, TermId::Kl]/>
            <div class="chips" role="group" aria-label=tr(Msg::CentreFilterLabel)>
                {filter_button(None)}
                {CENTRES.into_iter().map(|c| filter_button(Some(c))).collect_view()}
            </div>
            {groups}
        </section>
    }
}
