//! Files made in the browser and handed to the user as downloads (nothing
//! is sent anywhere): text as a Blob (with `gloo-file`), a canvas as PNG.

use gloo_file::{Blob, ObjectUrl};
use wasm_bindgen::JsCast;

fn click_link(filename: &str, href: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(href);
    a.set_download(filename);
    a.click();
}

/// Offers `text` as a file named `filename` of type `mime`.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    click_link(filename, &url);
    // The URL is revoked when the last copy is dropped: after the browser
    // has had time to start the download.
    leptos::prelude::set_timeout(move || drop(url), std::time::Duration::from_secs(5));
}

/// Offers a canvas' pixels as a PNG file.
pub fn download_canvas_png(filename: &str, canvas: &web_sys::HtmlCanvasElement) {
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        click_link(filename, &url);
    }
}

/// A detached canvas of `width` × `height` pixels, for drawing an export.
pub fn offscreen_canvas(width: u32, height: u32) -> Option<web_sys::HtmlCanvasElement> {
    let doc = web_sys::window()?.document()?;
    let canvas = doc
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Some(canvas)
}
