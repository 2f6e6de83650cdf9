//! Drawing a chart function on a `<canvas>` at the device's pixel ratio, and
//! redrawing it when the canvas's box changes size.

use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;
use leptos_use_resize_observer::use_resize_observer;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Base font size of chart labels in CSS pixels.
const FONT_CSS_PX: f64 = 14.0;

/// The size of a canvas's box on the page, in CSS pixels; zero while the
/// canvas is not laid out (not mounted, or in a hidden view).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CanvasBox {
    width: f64,
    height: f64,
    /// Bumped on every window resize, so a change of pixel ratio (zoom, a
    /// move to another screen) redraws even when the CSS box stays the same.
    resizes: u32,
}

impl CanvasBox {
    /// The box's width in CSS pixels (0 while not laid out).
    pub fn width(&self) -> f64 {
        self.width
    }
}

/// The box of the canvas behind `canvas_ref`, kept up to date by a
/// `ResizeObserver` (leptos-use's `use_resize_observer`, which reports after
/// layout, so drawing never forces a layout of its own, and observes the
/// canvas again when the node changes) and by window resizes. Effects that
/// draw read it.
pub fn use_canvas_box(canvas_ref: NodeRef<Canvas>) -> ReadSignal<CanvasBox> {
    let (size, set_size) = signal(CanvasBox::default());
    use_resize_observer(canvas_ref, move |entries, _| {
        let Some(entry) = entries.first() else {
            return;
        };
        let rect = entry.content_rect();
        let now = size.get_untracked();
        if (now.width, now.height) != (rect.width(), rect.height()) {
            set_size.set(CanvasBox {
                width: rect.width(),
                height: rect.height(),
                ..now
            });
        }
    });
    let handle = window_event_listener(ev::resize, move |_| {
        set_size.update(|s| s.resizes = s.resizes.wrapping_add(1));
    });
    on_cleanup(move || handle.remove());
    size
}

/// How much larger chart labels are in presentation mode (projectors).
pub const PRESENTING_TEXT_SCALE: f64 = 2.0;

/// How sharp a chart is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sharpness {
    /// At the device's pixel ratio: crisp on high-density screens.
    Full,
    /// One canvas pixel per CSS pixel, a quarter of the pixels on a tablet:
    /// while the bands are pending, so each input's frame has less to draw
    /// and copy; the chart is drawn sharp when they land.
    Draft,
}

/// Sizes `canvas` to its box times the pixel ratio of `sharpness` (only when
/// that changed: resizing a canvas reallocates it) and calls `draw` with the
/// drawing area and the label font size in canvas pixels (`text_scale`
/// enlarges it, e.g. on a projector). Does nothing while the canvas has no
/// box. The chart functions paint their whole area, so nothing of the
/// previous drawing shows. Drawing errors are logged, never panicked on.
pub fn draw_on(
    canvas: &HtmlCanvasElement,
    size: CanvasBox,
    sharpness: Sharpness,
    text_scale: f64,
    draw: impl FnOnce(&DrawingArea<CanvasBackend, plotters::coord::Shift>, u32) -> Result<(), String>,
) {
    if size.width <= 0.0 || size.height <= 0.0 {
        return;
    }
    let ratio = match sharpness {
        Sharpness::Full => window().device_pixel_ratio().max(1.0),
        Sharpness::Draft => 1.0,
    };
    let width = (size.width * ratio).round().max(1.0) as u32;
    let height = (size.height * ratio).round().max(1.0) as u32;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        leptos::logging::warn!("no 2D context for a chart canvas");
        return;
    };
    let root = backend.into_drawing_area();
    if let Err(e) = draw(&root, (FONT_CSS_PX * text_scale * ratio).round() as u32) {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}
