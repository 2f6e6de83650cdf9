//! The explorer: choices (lenses, priorities, levers) beside their
//! consequences (key figures and charts), on one screen.

use leptos::prelude::*;

use super::chart_panel::ChartPanel;
use super::explorer_state::use_explorer;
use super::i18n::Msg;
use super::key_numbers::KeyNumbers;
use super::lens_bar::LensBar;
use super::lever_panel::LeverPanel;
use super::persist::View;
use super::priority_sliders::PrioritySliders;
use super::scenario_bar::ScenarioBar;
use super::state::tr;

/// The explorer view.
#[component]
pub fn Explorer(
    /// The shell's view, for the toolbar's memo button.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    view! {
        <div class="explorer">
            <div class="left" hidden=move || ex.presenting.get()>
            <div class="lens-column">
                <LensBar/>
            </div>
            <div class="choices">
                <PrioritySliders/>
                <LeverPanel/>
                <button
                    type="button"
                    class="reset-all"
                    on:click=move |_| {
                        ex.lens.set(None);
                        ex.scenario.set(crate::model::Scenario::neutral());
                    }
                >
                    {tr(Msg::ResetAll)}
                </button>
            </div>
            </div>
            <section class="consequences" aria-labelledby="consequences-heading">
                <h2 id="consequences-heading">{tr(Msg::ConsequencesHeading)}</h2>
                <p class="illustrative-note">{tr(Msg::IllustrativeNote)}</p>
                <div hidden=move || ex.presenting.get()>
                    <ScenarioBar view=view/>
                </div>
                <KeyNumbers/>
                <ChartPanel/>
            </section>
        </div>
    }
}
