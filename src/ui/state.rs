//! Shared UI state as context newtypes: the language and the loaded content.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::data::content::Content;
use crate::model::data::localized::{Lang, Localized};

use crate::text::messages::{self, Msg};

/// The language the reader has chosen.
#[derive(Clone, Copy)]
pub struct LangSignal(pub RwSignal<Lang>);

/// The content shown on the page, loaded once at start-up.
#[derive(Clone)]
pub struct ContentContext(pub Arc<Content>);

/// The current language from context.
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangSignal>().0
}

/// The loaded content from context.
pub fn use_content() -> Arc<Content> {
    expect_context::<ContentContext>().0
}

/// A reactive UI message in the current language.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || messages::text(msg, lang.get())
}

/// A reactive data text in the current language.
pub fn loc(text: &Localized) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = use_lang();
    let text = text.clone();
    move || text.get(lang.get()).to_string()
}
