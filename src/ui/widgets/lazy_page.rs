//! A page or a panel whose code is fetched the first time it is opened (the
//! wasm's split points: the pages in `ui/views/split.rs`, the toolbar's
//! panels in `ui/parts/scenario_bar.rs`): "Henter siden …" or "Henter …"
//! while it comes, and if it cannot be fetched, a message with "Prøv igen"
//! instead of a blank page or panel. The rest of the app keeps working
//! either way.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

use crate::text::messages::Msg;
use crate::ui::state::tr;

/// What is fetched: it decides the loading line and the failure message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fetched {
    /// A page of the app.
    Page,
    /// A panel that opens under a button.
    Panel,
}

impl Fetched {
    fn loading(self) -> Msg {
        match self {
            Fetched::Page => Msg::PageLoading,
            Fetched::Panel => Msg::PanelLoading,
        }
    }

    fn failed(self) -> Msg {
        match self {
            Fetched::Page => Msg::PageLoadFailed,
            Fetched::Panel => Msg::PanelLoadFailed,
        }
    }
}

/// Shows the page that `load` fetches and builds; `load` runs again on
/// "Prøv igen" after a failed fetch.
pub(crate) fn lazy_page<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    lazy_view(Fetched::Page, load)
}

/// Shows the page or panel that `load` fetches and builds; `load` runs
/// again on "Prøv igen" after a failed fetch.
pub(crate) fn lazy_view<F, Fut>(what: Fetched, load: F) -> AnyView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    let attempt = RwSignal::new(0_u32);
    // The page's future lives on this one thread; leptos asks for Send.
    let load = SendWrapper::new(load);
    let page = move || {
        attempt.track();
        let page = SendWrapper::new(load());
        Suspend::new(async move {
            match page.await {
                Ok(page) => page,
                Err(_) => failed(what, attempt),
            }
        })
    };
    view! {
        <Suspense fallback=move || view! { <p class="page-loading" role="status">{tr(what.loading())}</p> }>
            {page}
        </Suspense>
    }
    .into_any()
}

/// The message and the button that tries again.
fn failed(what: Fetched, attempt: RwSignal<u32>) -> AnyView {
    view! {
        <div class="error page-load-failed" role="alert">
            <p>{tr(what.failed())}</p>
            <button type="button" class="tool-button" on:click=move |_| attempt.update(|n| *n += 1)>
                {tr(Msg::TryAgain)}
            </button>
        </div>
    }
    .into_any()
}
