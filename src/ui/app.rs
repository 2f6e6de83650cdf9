//! The app shell: header with view navigation, presentation mode and the
//! language switch; the explorer or the background view; the sources.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::model::data::content::Content;
use crate::model::DataSet;

use crate::model::codec::link;
use crate::text::messages::Msg;
use crate::ui::explorer_state::ExplorerState;
use crate::ui::state::{tr, ContentContext, LangSignal};
use crate::ui::url_sync;
use crate::ui::views::explorer::Explorer;
use crate::ui::views::split;
use crate::ui::web::address::View;
use crate::ui::web::storage;
use crate::ui::widgets::lang_switch::LangSwitch;
use crate::ui::widgets::lazy_page::lazy_page;
use crate::ui::widgets::notice::NoticeBar;
use crate::ui::widgets::source_line::SourceList;
use crate::ui::widgets::source_panel::SourcePanelView;
use crate::ui::widgets::status_mark::provide_source_panel;

/// The whole app. Loads the built-in content and data; if they cannot be
/// read, the page says so in both languages instead of going blank.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(storage::load_lang());
    provide_context(LangSignal(lang));
    Effect::new(move |_| {
        let l = lang.get();
        storage::save_lang(l);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
    });

    let body = match Content::builtin() {
        Ok(content) => {
            provide_context(ContentContext(Arc::new(content)));
            let data = Arc::new(DataSet::builtin());
            let opening = url_sync::opening(&data);
            let ex = ExplorerState::new(data, opening.state);
            ex.notice.set(opening.notice);
            provide_context(ex);
            shell(ex, opening.view).into_any()
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
fn shell(ex: ExplorerState, view: View) -> impl IntoView {
    let view_sig = RwSignal::new(view);
    url_sync::start(ex, view_sig);
    provide_source_panel();

    Effect::new(move |_| {
        let presenting = ex.presenting.get();
        let view = view_sig.get();
        if let Some(root) = document().document_element() {
            let classes = root.class_list();
            let _ = classes.toggle_with_force("presenting", presenting);
            let _ = classes.toggle_with_force("view-explorer", view == View::Explorer);
            let _ = classes.toggle_with_force("view-compare", view == View::Compare);
            let _ = classes.toggle_with_force("view-board", view == View::Board);
            let _ =
                classes.toggle_with_force("slide-numbers", presenting && ex.numbers_slide.get());
        }
    });
    let keys = window_event_listener(ev::keydown, move |e| {
        if !ex.presenting.get_untracked() {
            return;
        }
        // Only the explorer has charts to step through.
        let slides = view_sig.get_untracked() == View::Explorer;
        match e.key().as_str() {
            "ArrowRight" | "PageDown" if slides => ex.show(ex.slide().step(1)),
            "ArrowLeft" | "PageUp" if slides => ex.show(ex.slide().step(-1)),
            "Escape" => ex.set_presenting(false),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    let nav_link = move |v: View, msg: Msg| {
        view! {
            <a
                href=move || link::hash_for(v.slug(), &ex.code.get())
                class="nav-link"
                aria-current=move || (view_sig.get() == v).then_some("page")
                on:click=move |e| {
                    e.prevent_default();
                    ex.presenting.set(false);
                    url_sync::go(ex, view_sig, v);
                }
            >
                {tr(msg)}
            </a>
        }
    };
    let (slides_hint, esc_hint) = (tr(Msg::PresentHint), tr(Msg::PresentHintEscOnly));
    // The page is built again only when the view changes, not each time the
    // view signal is written (back/forward writes it with the view it has).
    let page = Memo::new(move |_| view_sig.get());
    view! {
        <header class="site-header">
            <div class="brand">
                <h1>{tr(Msg::AppTitle)}</h1>
                <p class="tagline">{tr(Msg::AppTagline)}</p>
            </div>
            <nav class="views" aria-label=tr(Msg::NavLabel)>
                {nav_link(View::Explorer, Msg::NavExplorer)}
                {nav_link(View::Compare, Msg::NavCompare)}
                {nav_link(View::Board, Msg::NavBoard)}
                {nav_link(View::Cockpit, Msg::NavCockpit)}
                {nav_link(View::Background, Msg::NavBackground)}
            </nav>
            <div class="header-tools">
                <button
                    type="button"
                    class="present-button"
                    aria-pressed=move || ex.presenting.get().to_string()
                    hidden=move || !matches!(view_sig.get(), View::Explorer | View::Compare | View::Board)
                    on:click=move |_| ex.set_presenting(!ex.presenting.get_untracked())
                >
                    {move || if ex.presenting.get() { tr(Msg::PresentOff)() } else { tr(Msg::PresentOn)() }}
                </button>
                <LangSwitch/>
            </div>
        </header>
        <p class="present-hint" hidden=move || !ex.presenting.get()>
            {move || if view_sig.get() == View::Explorer { slides_hint() } else { esc_hint() }}
        </p>
        <NoticeBar/>
        <main id="main">
            {move || match page.get() {
                View::Explorer => view! { <Explorer view=view_sig/> }.into_any(),
                View::Compare => lazy_page(move || split::compare(view_sig)),
                View::Board => lazy_page(move || split::board(view_sig)),
                View::Cockpit => lazy_page(split::cockpit),
                View::Background => lazy_page(split::background),
                View::Memo => lazy_page(move || split::memo(view_sig)),
                View::Warmup => lazy_page(move || split::warmup(view_sig)),
            }}
        </main>
        <footer class="site-footer">
            <p>{tr(Msg::Neutrality)}</p>
            <p>{tr(Msg::TranslationNotice)}</p>
            <SourceList/>
        </footer>
        <SourcePanelView/>
    }
}
