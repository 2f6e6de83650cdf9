//! The Danish/English switch.

use leptos::prelude::*;

use crate::model::data::localized::Lang;

use crate::text::messages::Msg;
use crate::ui::state::{tr, use_lang};

/// Two toggle buttons, "Dansk" and "English"; the pressed one is the
/// current language.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let button = move |l: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                class="lang-button"
                lang=l.code()
                aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| lang.set(l)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(Msg::LanguageLabel)>
            {button(Lang::Da, "Dansk")}
            {button(Lang::En, "English")}
        </div>
    }
}
