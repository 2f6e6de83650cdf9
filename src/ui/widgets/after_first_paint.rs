//! Parts of a page that are not on its first screen, built just after that
//! screen is painted: the first screen (the glance, "Start her", the key
//! figures) appears sooner, and the rest follows a frame later, before a
//! user can scroll to it. Nothing is lost: every part reads the same state
//! whenever it is built.

use leptos::prelude::*;

use crate::ui::web::dom;

/// Builds `children` once the page's first frame has been painted.
#[component]
pub(crate) fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    dom::after_first_paint(move || ready.set(true));
    move || ready.get().then(|| children())
}
