//! The six cities' five recommendations, each expandable.

use leptos::prelude::*;

use crate::text::messages::Msg;
use crate::ui::parts::recommendation_card::RecommendationCard;
use crate::ui::state::{tr, use_content};
use crate::ui::widgets::source_line::SourceLine;

/// The list of recommendations of seed 001.
#[component]
pub fn RecommendationList() -> impl IntoView {
    let content = use_content();
    let data = &content.recommendations;
    let cards = data
        .recommendations
        .iter()
        .map(|r| view! { <RecommendationCard rec=r.clone()/> })
        .collect_view();
    view! {
        <section class="recommendations" aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">{tr(Msg::RecommendationsHeading)}</h2>
            <p class="intro">{tr(Msg::RecommendationsIntro)}</p>
            <ol class="recommendation-list">{cards}</ol>
            <SourceLine ids=vec![data.source.clone()]/>
        </section>
    }
}
