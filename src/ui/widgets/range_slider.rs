//! A labelled slider for one setting: its value in words and numbers, a
//! one-line explanation, `aria-valuetext` with the unit, and a reset button.
//! Large enough for a finger; works with keyboard and screen reader.

use leptos::prelude::*;

use crate::ui::widgets::control_foot::ControlFoot;

/// What a slider edits and how it reads; the closures come from the parent
/// so the slider holds no model knowledge.
pub struct SliderSpec {
    /// DOM id stem (the setting's id).
    pub id: &'static str,
    /// Lowest value.
    pub min: f64,
    /// Highest value.
    pub max: f64,
    /// Step between values.
    pub step: f64,
    /// The value the reset button restores.
    pub reset_to: f64,
}

/// A slider row. `label`, `help` and `value_text` are reactive texts in the
/// reader's language; `value` reads the setting and `set` writes it.
#[component]
pub fn RangeSlider(
    spec: SliderSpec,
    label: Signal<String>,
    help: Signal<String>,
    #[prop(optional)] badge: Option<Signal<String>>,
    value: Signal<f64>,
    value_text: Signal<String>,
    set: Callback<f64>,
) -> impl IntoView {
    let input_id = format!("slider-{}", spec.id);
    let help_id = format!("help-{}", spec.id);
    let reset_to = spec.reset_to;
    view! {
        <div class="control" data-setting=spec.id>
            <div class="control-head">
                <label for=input_id.clone()>{move || label.get()}</label>
                <output for=input_id.clone() class="control-value">{move || value_text.get()}</output>
            </div>
            <input
                type="range"
                id=input_id
                min=spec.min
                max=spec.max
                step=spec.step
                prop:value=move || value.get()
                aria-valuetext=move || value_text.get()
                aria-describedby=help_id.clone()
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        set.run(v);
                    }
                }
            />
            <ControlFoot
                help_id=help_id
                label=label
                help=help
                badge=badge
                at_reset=Signal::derive(move || value.get() == reset_to)
                reset=Callback::new(move |_| set.run(reset_to))
            />
        </div>
    }
}
