//! VIVE's five approaches: cards on a tablet or phone, a table on a wide
//! screen (the stylesheet shows one of the two).

use leptos::prelude::*;

use crate::model::ids::TermId;
use crate::text::messages::Msg;
use crate::ui::state::{loc, tr, use_content};
use crate::ui::widgets::source_line::SourceLine;
use crate::ui::widgets::term_button::TermRow;

/// The approaches table of seed 000, verbatim, with its introduction and
/// buttons for the terms it uses (KØF, wicked problem, ...).
#[component]
pub fn ApproachesTable() -> impl IntoView {
    let content = use_content();
    let data = &content.approaches;
    let intro = data
        .intro
        .iter()
        .map(|p| view! { <p>{loc(p)}</p> })
        .collect_view();
    let rows = data
        .approaches
        .iter()
        .map(|a| {
            view! {
                <tr data-approach=a.id.as_str()>
                    <th scope="row">{loc(&a.name)}</th>
                    <td>{loc(&a.problem_focus)}</td>
                    <td>{loc(&a.solution_focus)}</td>
                    <td>{loc(&a.effect_focus)}</td>
                </tr>
            }
        })
        .collect_view();
    let cards = data
        .approaches
        .iter()
        .map(|a| {
            view! {
                <li class="approach-card" data-approach=a.id.as_str()>
                    <h3>{loc(&a.name)}</h3>
                    <dl>
                        <dt>{tr(Msg::ColProblem)}</dt>
                        <dd>{loc(&a.problem_focus)}</dd>
                        <dt>{tr(Msg::ColSolution)}</dt>
                        <dd>{loc(&a.solution_focus)}</dd>
                        <dt>{tr(Msg::ColEffect)}</dt>
                        <dd>{loc(&a.effect_focus)}</dd>
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="approaches" aria-labelledby="approaches-heading">
            <h2 id="approaches-heading">{tr(Msg::ApproachesHeading)}</h2>
            <div class="intro">{intro}</div>
            <TermRow terms=vec![
                TermId::Kof,
                TermId::Vive,
                TermId::WickedProblem,
                TermId::Approach,
                TermId::BudgetSqueeze,
            ]/>
            <ul class="approach-cards">{cards}</ul>
            <table class="approach-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::ColApproach)}</th>
                        <th scope="col">{tr(Msg::ColProblem)}</th>
                        <th scope="col">{tr(Msg::ColSolution)}</th>
                        <th scope="col">{tr(Msg::ColEffect)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <SourceLine ids=vec![data.source.clone()]/>
        </section>
    }
}
