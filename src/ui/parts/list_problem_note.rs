//! The message shown when a stored list (saved scenarios, the board) could
//! not be read: where its text is kept, untouched (a verified backup, or
//! the list's own key when the browser refused a backup).

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
        store.problem.get().map(|p| {
            let (msg, key) = match p {
                ListProblem::Corrupt { backup_key } => (Msg::ListCorrupt, backup_key),
                ListProblem::CorruptKept { key } => (Msg::ListCorruptKept, key),
            };
            view! {
                <p class="error" role="alert">{tr(msg)} " " <code>{key}</code></p>
            }
        })
    }
}
