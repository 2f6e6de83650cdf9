//! The line under a setting: its explanation (with a badge saying who owns
//! it and where it comes from) and the button that resets it.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::state::tr;

/// Explanation and reset button of a slider or switch. `label` names the
/// setting in the button's accessible name; `at_reset` disables the button
/// when the setting already has its reset value.
#[component]
pub fn ControlFoot(
    help_id: String,
    label: Signal<String>,
    help: Signal<String>,
    badge: Option<Signal<String>>,
    at_reset: Signal<bool>,
    reset: Callback<()>,
) -> impl IntoView {
    let reset_label = move || format!("{} {}", tr(Msg::ResetLabel)(), label.get());
    view! {
        <div class="control-foot">
            <p class="control-help" id=help_id>
                {move || badge.map(|b| view! { <span class="badge">{move || b.get()}</span> " " })}
                {move || help.get()}
            </p>
            <button
                type="button"
                class="reset"
                aria-label=reset_label
                disabled=move || at_reset.get()
                on:click=move |_| reset.run(())
            >
                {tr(Msg::Reset)}
            </button>
        </div>
    }
}
