//! The message shown when a stored list (saved scenarios, the board) could
//! not be read: where its text is kept, untouched.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::state::tr;
use crate::ui::web::list_store::ListStore;
use crate::ui::web::storage::ListProblem;

/// The alert for `store`'s read problem, if it had one.
#[component]
pub fn ListProblemNote(
    /// The stored list.
    store: ListStore,
) -> impl IntoView {
    move || {
        store.problem.get().map(|ListProblem::Corrupt { backup_key }| {
            view! {
                <p class="error" role="alert">{tr(Msg::ListCorrupt)} " " <code>{backup_key}</code></p>
            }
        })
    }
}
