//! The six cities' five recommendations, each expandable, with buttons for
//! the terms they use (6-byerne, the ceiling council, refund, ...). The
//! recommendations are not in the wasm: the first time the list is shown it
//! fetches `recommendations.json` from the site and keeps it for the
//! session; while it loads, and if it fails, the list says so (with a
//! button to try again; shown again later, it tries again by itself) and
//! the rest of the page works as before.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use crate::model::data::content::Content;
use crate::model::data::recommendations::{self, Recommendations};
use crate::model::ids::TermId;
use crate::text::messages::Msg;
use crate::ui::parts::recommendation_card::RecommendationCard;
use crate::ui::state::{tr, use_content};
use crate::ui::web::fetch::{fetch_text, FetchError};
use crate::ui::widgets::source_line::SourceLine;
use crate::ui::widgets::term_button::TermRow;

/// Why the recommendations are not on screen.
#[derive(Clone, Debug)]
enum LoadError {
    /// The file could not be fetched.
    Fetch(FetchError),
    /// The file was fetched but is not valid; the parser's message.
    Invalid(String),
}

/// Where the recommendations are: `None` while fetching, then the outcome.
type Loading = Option<Result<Arc<Recommendations>, LoadError>>;

/// The one load of the session, shared by every list shown (the background
/// page is built anew each time it is opened): created, and the fetch
/// started, when a list is first shown.
static SESSION: OnceLock<ArcRwSignal<Loading>> = OnceLock::new();

/// The session's load. Starts the fetch the first time, and again when
/// the list is shown after a failure.
fn session_load(content: &Arc<Content>) -> ArcRwSignal<Loading> {
    let mut first = false;
    let load = SESSION
        .get_or_init(|| {
            first = true;
            ArcRwSignal::new(None)
        })
        .clone();
    if first || load.with_untracked(|l| matches!(l, Some(Err(_)))) {
        fetch(load.clone(), content.clone());
    }
    load
}

/// Fetches, parses and checks the recommendations into `load`.
fn fetch(load: ArcRwSignal<Loading>, content: Arc<Content>) {
    load.set(None);
    leptos::task::spawn_local(async move {
        let outcome = match fetch_text(recommendations::FILE).await {
            Ok(json) => Recommendations::from_json(&json, &content.sources)
                .map(Arc::new)
                .map_err(LoadError::Invalid),
            Err(e) => Err(LoadError::Fetch(e)),
        };
        load.set(Some(outcome));
    });
}

/// The list of recommendations of seed 001.
#[component]
pub fn RecommendationList() -> impl IntoView {
    let content = use_content();
    let load = session_load(&content);
    let body = move || match load.get() {
        None => view! {
            <p class="recommendations-loading" role="status">{tr(Msg::RecommendationsLoading)}</p>
        }
        .into_any(),
        Some(Ok(data)) => list(&data).into_any(),
        Some(Err(e)) => {
            let (load, content) = (load.clone(), content.clone());
            failure(e, move || fetch(load.clone(), content.clone())).into_any()
        }
    };
    view! {
        <section class="recommendations" aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{tr(Msg::RecommendationsHeading)}</h2>
            <p class="intro">{tr(Msg::RecommendationsIntro)}</p>
            <TermRow terms=vec![
                TermId::SixCities,
                TermId::Prevention,
                TermId::Refund,
                TermId::ServiceCeiling,
                TermId::Progression,
                TermId::PriorityCouncil,
                TermId::Horizon,
            ]/>
            {body}
        </section>
    }
}

/// The five cards and the source they come from.
fn list(data: &Recommendations) -> impl IntoView {
    let cards = data
        .recommendations
        .iter()
        .map(|r| view! { <RecommendationCard rec=r.clone()/> })
        .collect_view();
    view! {
        <ol class="recommendation-list">{cards}</ol>
        <SourceLine ids=vec![data.source.clone()]/>
    }
}

/// What went wrong, in the reader's words with the technical reason, and a
/// button that fetches again.
fn failure(error: LoadError, retry: impl Fn() + 'static) -> impl IntoView {
    let (msg, detail) = match error {
        LoadError::Fetch(FetchError::Network(reason)) => (Msg::RecommendationsFetchFailed, reason),
        LoadError::Fetch(FetchError::Status(code)) => {
            (Msg::RecommendationsFetchFailed, format!("HTTP {code}"))
        }
        LoadError::Invalid(reason) => (Msg::RecommendationsInvalid, reason),
    };
    view! {
        <div class="error recommendations-error" role="alert">
            <p>{tr(msg)} " " <code>{detail}</code></p>
            <button type="button" class="tool-button recommendations-retry" on:click=move |_| retry()>
                {tr(Msg::TryAgain)}
            </button>
        </div>
    }
}
