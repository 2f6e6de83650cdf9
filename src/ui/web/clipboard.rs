//! Copying text to the clipboard.

use std::future::Future;

use wasm_bindgen_futures::JsFuture;

/// Starts copying `text` to the clipboard at once (while the click that
/// asked for it still counts as the user's gesture); the future says
/// whether the browser did it.
pub fn copy_text(text: &str) -> impl Future<Output = bool> {
    let promise = leptos::prelude::window()
        .navigator()
        .clipboard()
        .write_text(text);
    async move { JsFuture::from(promise).await.is_ok() }
}
