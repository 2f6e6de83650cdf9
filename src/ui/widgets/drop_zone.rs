//! A drop zone: a file input inside a large label that files can also be
//! dropped on, marked while files are dragged over it. Used by "Egne tal"
//! for the template file and the Statistikbanken extracts.

use leptos::prelude::*;

use crate::ui::web::files::{self, File};

/// A drop zone around the `<input type=file>` with id `input_id`. The files
/// picked or dropped go to `on_files`: the first only, or every one with
/// `multiple`. Nothing happens when there are none.
#[component]
pub fn DropZone(
    input_id: &'static str,
    accept: &'static str,
    multiple: bool,
    label: Signal<String>,
    on_files: Callback<Vec<File>>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let hand_over = move |mut picked: Vec<File>| {
        if !multiple {
            picked.truncate(1);
        }
        if !picked.is_empty() {
            on_files.run(picked);
        }
    };
    view! {
        <label
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=move |e: leptos::ev::DragEvent| {
                e.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |e: leptos::ev::DragEvent| {
                e.prevent_default();
                dragging.set(false);
                hand_over(files::dropped_all(&e));
            }
        >
            <span>{move || label.get()}</span>
            <input
                type="file"
                id=input_id
                multiple=multiple
                accept=accept
                on:change=move |e| hand_over(files::take_all_picked(&e))
            />
        </label>
    }
}
