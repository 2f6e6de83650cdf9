//! Drawing a chart function on a `<canvas>` at the device's pixel ratio, and
//! redrawing it when the window is resized.

use leptos::ev;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Base font size of chart labels in CSS pixels.
const FONT_CSS_PX: f64 = 14.0;

/// A counter that ticks on every window resize, for effects that redraw.
pub fn use_resize_tick() -> ReadSignal<u32> {
    let (tick, set_tick) = signal(0u32);
    let handle = window_event_listener(ev::resize, move |_| set_tick.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    tick
}

/// Sizes `canvas` to its CSS box times the pixel ratio and calls `draw` with
/// the drawing area and the label font size in canvas pixels (`text_scale`
/// enlarges it, e.g. on a projector). Drawing errors are logged, never
/// panicked on.
pub fn draw_on(
    canvas: &HtmlCanvasElement,
    text_scale: f64,
    draw: impl FnOnce(&DrawingArea<CanvasBackend, plotters::coord::Shift>, u32) -> Result<(), String>,
) {
    let ratio = window().device_pixel_ratio().max(1.0);
    let width = (canvas.client_width() as f64 * ratio).round() as u32;
    let height = (canvas.client_height() as f64 * ratio).round() as u32;
    if width == 0 || height == 0 {
        return;
    }
    canvas.set_width(width);
    canvas.set_height(height);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        leptos::logging::warn!("no 2D context for a chart canvas");
        return;
    };
    let root = backend.into_drawing_area();
    if let Err(e) = draw(&root, (FONT_CSS_PX * text_scale * ratio).round() as u32) {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}
