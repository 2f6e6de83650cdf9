//! One recommendation as a disclosure: the title and time horizon are
//! always shown; opening it shows the problem, solutions, gains, horizon and
//! every "6-byerne anbefaler, at" bullet.

use leptos::prelude::*;

use crate::model::data::dataset::Horizon;
use crate::model::data::localized::Localized;
use crate::model::data::recommendations::Recommendation;

use crate::text::messages::Msg;
use crate::ui::state::{loc, tr};

fn paragraphs(list: &[Localized]) -> impl IntoView {
    list.iter()
        .map(|p| view! { <p>{loc(p)}</p> })
        .collect_view()
}

fn horizon_class(h: Horizon) -> &'static str {
    match h {
        Horizon::Short => "horizon horizon-short",
        Horizon::Medium => "horizon horizon-medium",
        Horizon::MediumLong => "horizon horizon-medium-long",
        Horizon::Long => "horizon horizon-long",
    }
}

/// A recommendation as a `<details>` element inside the list.
#[component]
pub fn RecommendationCard(rec: Recommendation) -> impl IntoView {
    let bullets = rec
        .bullets
        .iter()
        .map(|b| view! { <li>{loc(b)}</li> })
        .collect_view();
    view! {
        <li class="recommendation" data-recommendation=rec.number>
            <details>
                <summary>
                    <span class="rec-number">
                        {tr(Msg::RecommendationLabel)} " " {rec.number}
                    </span>
                    <span class="rec-title">{loc(&rec.title)}</span>
                    <span class=horizon_class(rec.horizon.term)>
                        {tr(Msg::Horizon)} ": " {loc(&rec.horizon.heading)}
                    </span>
                </summary>
                <div class="rec-body">
                    <p class="rec-question">{loc(&rec.question)}</p>
                    {paragraphs(&rec.intro)}
                    <h3>{tr(Msg::Problem)}</h3>
                    {paragraphs(&rec.problem)}
                    <h3>{tr(Msg::Solutions)} ": " {loc(&rec.solutions.heading)}</h3>
                    {paragraphs(&rec.solutions.paragraphs)}
                    <h3>{tr(Msg::Gains)} ": " {loc(&rec.gains.heading)}</h3>
                    {paragraphs(&rec.gains.paragraphs)}
                    <h3>{tr(Msg::Horizon)} ": " {loc(&rec.horizon.heading)}</h3>
                    {paragraphs(&rec.horizon.paragraphs)}
                    <h3>{tr(Msg::CitiesRecommend)}</h3>
                    <ul class="rec-bullets">{bullets}</ul>
                </div>
            </details>
        </li>
    }
}
