//! A QR code drawn as one SVG path, from the model's QR module (no HTML is
//! built from the text: it only becomes modules).

use leptos::prelude::*;

use crate::model::codec::qr::qr_code;

use crate::text::messages::Msg;
use crate::ui::state::tr;

/// The QR code of `text`, or a note when the text is too long for one.
#[component]
pub fn QrImage(
    /// The text (a link) to encode.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let code = Memo::new(move |_| text.with(|t| qr_code(t)));
    move || match code.get() {
        Some(q) => view! {
            <svg
                class="qr"
                role="img"
                aria-label=tr(Msg::QrLabel)
                viewBox=format!("0 0 {0} {0}", q.size)
                shape-rendering="crispEdges"
            >
                <rect width="100%" height="100%" fill="#fff"></rect>
                <path d=q.path fill="#000"></path>
            </svg>
        }
        .into_any(),
        None => view! { <p class="qr-too-long">{tr(Msg::QrTooLong)}</p> }.into_any(),
    }
}
