//! The app shell: header with view navigation, presentation mode and the
//! language switch; the explorer or the background view; the sources.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::model::content::Content;
use crate::model::DataSet;

use super::background_page::BackgroundPage;
use super::explorer::Explorer;
use super::explorer_state::ExplorerState;
use super::i18n::Msg;
use super::lang_switch::LangSwitch;
use super::persist::{self, View};
use super::source_line::SourceList;
use super::state::{tr, ContentContext, LangSignal};

/// The whole app. Loads the built-in content and data; if they cannot be
/// read, the page says so in both languages instead of going blank.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(persist::load_lang());
    provide_context(LangSignal(lang));
    Effect::new(move |_| {
        let l = lang.get();
        persist::save_lang(l);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
    });

    let body = match Content::builtin() {
        Ok(content) => {
            provide_context(ContentContext(Arc::new(content)));
            let ex = ExplorerState::new(Arc::new(DataSet::builtin()));
            provide_context(ex);
            shell(ex).into_any()
        }
        Err(e) => view! {
            <main id="main">
                <div class="error" role="alert">
                    <p>{tr(Msg::DataError)}</p>
                    <pre>{e}</pre>
                </div>
            </main>
        }
        .into_any(),
    };

    view! {
        <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
        {body}
    }
}

/// Header, navigation, the current view and the footer.
fn shell(ex: ExplorerState) -> impl IntoView {
    let view_sig = RwSignal::new(persist::load_view());
    Effect::new(move |_| persist::save_view(view_sig.get()));
    let handle = window_event_listener(ev::hashchange, move |_| view_sig.set(persist::load_view()));
    on_cleanup(move || handle.remove());

    Effect::new(move |_| {
        let presenting = ex.presenting.get();
        let explorer = view_sig.get() == View::Explorer;
        if let Some(root) = document().document_element() {
            let classes = root.class_list();
            let _ = classes.toggle_with_force("presenting", presenting);
            let _ = classes.toggle_with_force("view-explorer", explorer);
        }
    });
    let keys = window_event_listener(ev::keydown, move |e| {
        if !ex.presenting.get_untracked() {
            return;
        }
        match e.key().as_str() {
            "ArrowRight" | "PageDown" => ex.chart.update(|c| *c = c.step(1)),
            "ArrowLeft" | "PageUp" => ex.chart.update(|c| *c = c.step(-1)),
            "Escape" => ex.presenting.set(false),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    let nav_link = move |v: View, msg: Msg| {
        view! {
            <a
                href=v.hash()
                class="nav-link"
                aria-current=move || (view_sig.get() == v).then_some("page")
                on:click=move |_| {
                    ex.presenting.set(false);
                    view_sig.set(v);
                }
            >
                {tr(msg)}
            </a>
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <h1>{tr(Msg::AppTitle)}</h1>
                <p class="tagline">{tr(Msg::AppTagline)}</p>
            </div>
            <nav class="views" aria-label=tr(Msg::NavLabel)>
                {nav_link(View::Explorer, Msg::NavExplorer)}
                {nav_link(View::Background, Msg::NavBackground)}
            </nav>
            <div class="header-tools">
                <button
                    type="button"
                    class="present-button"
                    aria-pressed=move || ex.presenting.get().to_string()
                    hidden=move || view_sig.get() != View::Explorer
                    on:click=move |_| ex.presenting.update(|p| *p = !*p)
                >
                    {move || if ex.presenting.get() { tr(Msg::PresentOff)() } else { tr(Msg::PresentOn)() }}
                </button>
                <LangSwitch/>
            </div>
        </header>
        <p class="present-hint" hidden=move || !ex.presenting.get()>{tr(Msg::PresentHint)}</p>
        <main id="main">
            {move || match view_sig.get() {
                View::Explorer => view! { <Explorer/> }.into_any(),
                View::Background => view! { <BackgroundPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{tr(Msg::Neutrality)}</p>
            <p>{tr(Msg::TranslationNotice)}</p>
            <SourceList/>
        </footer>
    }
}
