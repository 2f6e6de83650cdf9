//! "Tallene bag rammen": the public figures for the whole country that the
//! built-in data set is built from (KL's total, Danmarks Statistik's counts,
//! the costs the unit costs are derived from), each with its status mark.

use leptos::prelude::*;

use crate::model::analysis::grounding::Basis;
use crate::model::data::dataset::FigureUnit;
use crate::text::format;
use crate::text::messages::{text, Msg};
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::widgets::status_mark::{use_source_panel, StatusMark};

/// The table of the national data set's reference figures.
#[component]
pub fn ReferenceTable() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let registry = use_source_panel().registry;
    let rows = move || {
        let l = lang.get();
        let national = ex.national.get_value();
        let registry = registry.get_value();
        national
            .reference
            .iter()
            .map(|r| {
                let v = r.figure.value;
                let shown = match r.unit {
                    FigureUnit::Dkk => format::dkk(v, l),
                    FigureUnit::Count => format::number(v, 0, l),
                    FigureUnit::Share => format::percent_1(v, l),
                };
                let name = r.name.get(l).to_string();
                view! {
                    <tr data-reference=r.id.clone()>
                        <th scope="row">{name.clone()}</th>
                        <td class="num">
                            {shown.clone()} " "
                            <StatusMark what=name value=shown basis=Basis::figure(&r.figure, &registry)/>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="reference" aria-labelledby="reference-heading">
            <h3 id="reference-heading">{tr(Msg::ReferenceHeading)}</h3>
            <p class="intro">{tr(Msg::ReferenceIntro)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="reference-caption">
                <table class="figures reference-table" id="reference-table">
                    <caption id="reference-caption">
                        {tr(Msg::ReferenceHeading)} " – " {move || text(Msg::ScaleNational, lang.get())}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::ColFigure)}</th>
                            <th scope="col">{tr(Msg::ColValue)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
