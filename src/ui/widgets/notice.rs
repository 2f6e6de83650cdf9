//! The notice bar: a message for the user that stays until dismissed (a
//! broken link, a stored list that could not be read). Its detail (e.g.
//! the field a link got wrong) is shown as text, never as HTML.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::tr;

/// The notice bar under the header, when there is a notice.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let ex = use_explorer();
    move || {
        ex.notice.get().map(|n| {
            view! {
                <div class="notice" role="alert">
                    <p>
                        {tr(n.what)}
                        {n.detail.map(|d| view! { " " <code>{d}</code> })}
                        {n.then.map(|m| view! { " " {tr(m)} })}
                    </p>
                    <button type="button" class="notice-close" on:click=move |_| ex.notice.set(None)>
                        {tr(Msg::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}
