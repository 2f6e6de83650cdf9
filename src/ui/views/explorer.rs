//! The explorer: choices (lenses, priorities, levers) beside their
//! consequences (key figures and charts), on one screen: the glance (the
//! headline figures and a small chart) stays in view while any slider moves.
//! Under the lenses, "Find dine prioriteter" opens the warm-up.

use leptos::prelude::*;

use crate::model::codec::link;
use crate::text::messages::Msg;
use crate::text::pairwise::{warm_text, WarmMsg};
use crate::ui::explorer_state::use_explorer;
use crate::ui::parts::chart_panel::ChartPanel;
use crate::ui::parts::glance_strip::GlanceStrip;
use crate::ui::parts::key_numbers::KeyNumbers;
use crate::ui::parts::lens_bar::LensBar;
use crate::ui::parts::lever_panel::LeverPanel;
use crate::ui::parts::priority_sliders::PrioritySliders;
use crate::ui::parts::scenario_bar::ScenarioBar;
use crate::ui::state::{tr, use_lang};
use crate::ui::url_sync;
use crate::ui::web::address::View;
use crate::ui::widgets::after_first_paint::AfterFirstPaint;

/// The explorer view.
#[component]
pub fn Explorer(
    /// The shell's view, for the toolbar's memo button.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    view! {
        <div class="explorer">
            <GlanceStrip/>
            <div class="left" hidden=move || ex.presenting.get()>
            <div class="lens-column">
                <crate::ui::parts::start_here::StartHere/>
                <LensBar/>
                <a
                    class="warmup-link"
                    href=move || link::hash_for(View::Warmup.slug(), &ex.code.get())
                    on:click=move |e| {
                        e.prevent_default();
                        url_sync::go(ex, view, View::Warmup);
                    }
                >
                    {move || warm_text(WarmMsg::Heading, lang.get())}
                </a>
            </div>
            <AfterFirstPaint>
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
            </AfterFirstPaint>
            </div>
            <section class="consequences" aria-labelledby="consequences-heading">
                <h2 id="consequences-heading">{tr(Msg::ConsequencesHeading)}</h2>
                <div hidden=move || ex.presenting.get()>
                    <ScenarioBar view=view/>
                </div>
                <p class="illustrative-note">{tr(Msg::IllustrativeNote)}</p>
                <KeyNumbers/>
                <AfterFirstPaint>
                    <ChartPanel/>
                </AfterFirstPaint>
            </section>
        </div>
    }
}
