//! The six cities' five recommendations, each expandable, with buttons for
//! the terms they use (6-byerne, the ceiling council, refund, ...).

use leptos::prelude::*;

use crate::model::ids::TermId;
use crate::text::messages::Msg;
use crate::ui::parts::recommendation_card::RecommendationCard;
use crate::ui::state::{tr, use_content};
use crate::ui::widgets::source_line::SourceLine;
use crate::ui::widgets::term_button::TermRow;

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
            <TermRow terms=vec![
                TermId::SixCities,
                TermId::Prevention,
                TermId::Refund,
                TermId::ServiceCeiling,
                TermId::Progression,
                TermId::PriorityCouncil,
                TermId::Horizon,
            ]/>
            <ol class="recommendation-list">{cards}</ol>
            <SourceLine ids=vec![data.source.clone()]/>
        </section>
    }
}
