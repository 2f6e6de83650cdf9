//! An on/off setting (a lever that is a switch), as a large checkbox with
//! its explanation and a reset button.

use leptos::prelude::*;

use crate::ui::widgets::control_foot::ControlFoot;

/// A switch row; `on` reads the setting and `set` writes it.
#[component]
pub fn SwitchControl(
    id: &'static str,
    label: Signal<String>,
    help: Signal<String>,
    badge: Signal<String>,
    on: Signal<bool>,
    set: Callback<bool>,
) -> impl IntoView {
    let input_id = format!("switch-{id}");
    let help_id = format!("help-{id}");
    view! {
        <div class="control control-switch" data-setting=id>
            <div class="control-head">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    prop:checked=move || on.get()
                    aria-describedby=help_id.clone()
                    on:change=move |ev| set.run(event_target_checked(&ev))
                />
                <label for=input_id>{move || label.get()}</label>
            </div>
            <ControlFoot
                help_id=help_id
                label=label
                help=help
                badge=Some(badge)
                at_reset=Signal::derive(move || !on.get())
                reset=Callback::new(move |_| set.run(false))
            />
        </div>
    }
}
