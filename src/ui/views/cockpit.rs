//! "Egne tal": the municipality's own numbers. Load a file (read in the
//! browser, never uploaded), see what it holds as a steering cockpit next to
//! the national figures scaled to the municipality, and use it in the
//! explorer, the compare view, the board and the exports.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::analysis::cockpit::{cockpit, national_cockpit};
use crate::model::import::Import;

use crate::text::messages::Msg;
use crate::ui::explorer_state::{use_explorer, DataSource};
use crate::ui::parts::cockpit_table::CockpitTable;
use crate::ui::parts::import_panel::ImportPanel;
use crate::ui::parts::reference_table::ReferenceTable;
use crate::ui::parts::statbank_panel::StatbankPanel;
use crate::ui::state::{tr, use_lang};

/// The cockpit view.
#[component]
pub fn CockpitView() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let pending = RwSignal::new(None::<Arc<Import>>);
    let shown = Signal::derive(move || {
        let frame = ex.scenario.with(|s| s.frame.clone());
        let national = ex.national.get_value();
        match pending.get().or_else(|| ex.source.with(DataSource::import)) {
            Some(import) => cockpit(&import, &frame, &national),
            None => national_cockpit(&national, &frame),
        }
    });
    let back_to_national = move |_| {
        ex.use_source(DataSource::National, lang.get_untracked());
    };
    view! {
        <section class="cockpit" aria-labelledby="cockpit-heading">
            <h2 id="cockpit-heading">{tr(Msg::CockpitHeading)}</h2>
            <p class="intro">{tr(Msg::CockpitIntro)}</p>
            <p class="data-in-use" id="data-in-use" role="status">
                {move || match ex.source.with(DataSource::import) {
                    Some(import) => view! {
                        {tr(Msg::CockpitInUse)} " "
                        <strong>{import.municipality.clone().unwrap_or_default()}</strong>
                        " "
                        <button type="button" id="use-national" on:click=back_to_national>{tr(Msg::CockpitUseNational)}</button>
                    }.into_any(),
                    None => tr(Msg::CockpitNationalInUse)().into_any(),
                }}
            </p>
            <StatbankPanel/>
            <ImportPanel pending=pending/>
            <h3>{move || if pending.with(Option::is_some) { tr(Msg::CockpitPreview)() } else { tr(Msg::CockpitHeading)() }}</h3>
            <CockpitTable cockpit=shown/>
            <ReferenceTable/>
        </section>
    }
}
