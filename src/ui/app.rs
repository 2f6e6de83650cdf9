//! The page: header with the language switch, the approaches, the
//! recommendations and the recipients chart, and the sources in the footer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::content::Content;

use super::approaches_table::ApproachesTable;
use super::i18n::Msg;
use super::lang_switch::LangSwitch;
use super::persist;
use super::recipients_figure::RecipientsFigure;
use super::recommendation_list::RecommendationList;
use super::source_line::SourceList;
use super::state::{tr, ContentContext, LangSignal};

/// The whole app. Loads the built-in content; if it cannot be read, the page
/// says so in both languages instead of going blank.
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
            view! {
                <main id="main">
                    <ApproachesTable/>
                    <RecommendationList/>
                    <RecipientsFigure/>
                </main>
                <footer class="site-footer">
                    <p>{tr(Msg::Neutrality)}</p>
                    <p>{tr(Msg::TranslationNotice)}</p>
                    <SourceList/>
                </footer>
            }
            .into_any()
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
        <header class="site-header">
            <div>
                <h1>{tr(Msg::AppTitle)}</h1>
                <p class="tagline">{tr(Msg::AppTagline)}</p>
            </div>
            <LangSwitch/>
        </header>
        {body}
    }
}
