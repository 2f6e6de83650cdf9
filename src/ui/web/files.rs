//! Files the user hands the app, from an `<input type=file>` or dropped on
//! the page, and reading them in the browser (nothing is sent anywhere),
//! with `gloo-file`.

use gloo_file::futures::{read_as_bytes, read_as_text};
use leptos::ev::{DragEvent, Event};
use leptos::prelude::event_target;
use web_sys::HtmlInputElement;

/// A file the user picked or dropped.
pub use gloo_file::File;

/// The first file picked in the `<input type=file>` that fired `e`, if any.
/// The input is emptied, so picking the same file again fires `change`
/// again.
pub fn take_picked(e: &Event) -> Option<File> {
    let input = event_target::<HtmlInputElement>(e);
    let file = input.files().and_then(|f| f.get(0)).map(File::from);
    input.set_value("");
    file
}

/// Every file picked in the `<input type=file>` that fired `e`.
/// The input is emptied, so picking the same files again fires `change`
/// again.
pub fn take_all_picked(e: &Event) -> Vec<File> {
    let input = event_target::<HtmlInputElement>(e);
    let files = input.files().map(list).unwrap_or_default();
    input.set_value("");
    files
}

/// Every file dropped by the drag event `e`.
pub fn dropped_all(e: &DragEvent) -> Vec<File> {
    e.data_transfer()
        .and_then(|d| d.files())
        .map(list)
        .unwrap_or_default()
}

fn list(files: web_sys::FileList) -> Vec<File> {
    (0..files.length())
        .filter_map(|i| files.get(i))
        .map(File::from)
        .collect()
}

/// The bytes of `file`; empty if the browser could not read it.
pub async fn read_bytes(file: &File) -> Vec<u8> {
    read_as_bytes(file).await.unwrap_or_default()
}

/// The text of `file`, decoded as UTF-8 unless a byte-order mark says
/// otherwise; empty if the browser could not read it.
pub async fn read_text(file: &File) -> String {
    read_as_text(file).await.unwrap_or_default()
}
