//! A page whose code is fetched the first time it is opened (the wasm's
//! split points, `ui/views/split.rs`): "Henter siden …" while it comes, and
//! if it cannot be fetched, a message with "Prøv igen" instead of a blank
//! page. The rest of the app keeps working either way.

use std::future::Future;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;

use crate::text::messages::Msg;
use crate::ui::state::tr;

/// Shows the page that `load` fetches and builds; `load` runs again on
/// "Prøv igen" after a failed fetch.
pub(crate) fn lazy_page<F, Fut>(load: F) -> AnyView
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
                Err(_) => failed(attempt),
            }
        })
    };
    view! {
        <Suspense fallback=|| view! { <p class="page-loading" role="status">{tr(Msg::PageLoading)}</p> }>
            {page}
        </Suspense>
    }
    .into_any()
}

/// The message and the button that tries again.
fn failed(attempt: RwSignal<u32>) -> AnyView {
    view! {
        <div class="error page-load-failed" role="alert">
            <p>{tr(Msg::PageLoadFailed)}</p>
            <button type="button" class="tool-button" on:click=move |_| attempt.update(|n| *n += 1)>
                {tr(Msg::TryAgain)}
            </button>
        </div>
    }
    .into_any()
}
