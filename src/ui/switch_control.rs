//! An on/off setting (a lever that is a switch), as a large checkbox with
//! its explanation and a reset button.

use leptos::prelude::*;

use super::i18n::Msg;
use super::state::tr;

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
    let reset_label = move || format!("{} {}", tr(Msg::ResetLabel)(), label.get());
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
            <div class="control-foot">
                <p class="control-help" id=help_id>
                    <span class="badge">{move || badge.get()}</span>
                    " "
                    {move || help.get()}
                </p>
                <button
                    type="button"
                    class="reset"
                    aria-label=reset_label
                    disabled=move || !on.get()
                    on:click=move |_| set.run(false)
                >
                    {tr(Msg::Reset)}
                </button>
            </div>
        </div>
    }
}
