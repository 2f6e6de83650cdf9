//! The glance: the headline figures and a small coverage chart that stay on
//! screen while a slider moves (beside the sliders on a wide screen, stuck
//! to the top while they scroll beneath on a tablet held upright or a
//! phone), and presentation mode's slide of large headline figures.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::glance::{draw_glance, GlanceChart};
use crate::model::analysis::glance::{glance, Glance};
use crate::model::analysis::grounding::{Basis, Grounding};
use crate::model::analysis::summary::{key_figures, KeyFigure};
use crate::model::data::localized::Lang;
use crate::text::format;
use crate::text::messages::{text, Msg};
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::web::canvas::{draw_on, use_canvas_box, Sharpness, PRESENTING_TEXT_SCALE};
use crate::ui::widgets::status_mark::{MarkScope, StatusMark};

/// The glance's year and its figures, or nothing while the model errs.
type Shown = Option<(u16, Glance)>;

/// One headline figure: its name, the scenario's value and "no change".
fn figure(
    shown: Memo<Shown>,
    key: &'static str,
    name: Msg,
    pick: fn(&Glance) -> &KeyFigure,
) -> impl IntoView {
    let lang = use_lang();
    let read = move |f: fn(&KeyFigure, Lang) -> String| {
        move || {
            shown.with(|s| {
                s.as_ref()
                    .map(|(_, g)| f(pick(g), lang.get()))
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <div class="glance-figure" data-glance=key>
            <dt>{tr(name)}</dt>
            <dd class="glance-value">{read(|k, l| format::dkk_estimate(k.central, l))}</dd>
            <dd class="glance-base">
                {read(|k, l| format!("{}: {}", text(Msg::Baseline, l), format::dkk_estimate(k.baseline, l)))}
            </dd>
        </div>
    }
}

/// The glance strip.
#[component]
pub fn GlanceStrip() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let shown: Memo<Shown> = Memo::new(move |_| {
        let data = ex.data.get();
        ex.central.with(|c| {
            ex.baseline.with(|b| match (c, b) {
                (Ok(c), Ok(b)) => {
                    let last = c.years.len().saturating_sub(1);
                    let k = key_figures(c, b, None, last);
                    Some((k.year, glance(&data, &k, c, b, last)))
                }
                _ => None,
            })
        })
    });

    let canvas_ref = NodeRef::<Canvas>::new();
    let canvas_box = use_canvas_box(canvas_ref);
    Effect::new(move |_| {
        let size = canvas_box.get();
        let l = lang.get();
        let presenting = ex.presenting.get();
        let text_scale = if presenting {
            PRESENTING_TEXT_SCALE
        } else {
            0.85
        };
        // Presentation mode has no sliders to point at.
        let no_change = if presenting {
            Msg::GlanceNoChangePresenting
        } else {
            Msg::GlanceNoChange
        };
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        shown.with(|s| {
            let Some((_, g)) = s else { return };
            let money = move |v: f64| format::dkk_estimate(v, l);
            let chart = |font_px| GlanceChart {
                columns: &g.columns,
                group_names: [text(Msg::ChartChildren, l), text(Msg::ChartAdults, l)],
                format_value: &money,
                no_change: text(no_change, l),
                font_px,
            };
            draw_on(
                &canvas,
                size,
                Sharpness::Full,
                text_scale,
                |area, font_px| draw_glance(area, &chart(font_px)),
            );
        });
    });

    let read = move |f: fn(&Glance, Lang) -> String| {
        move || {
            shown.with(|s| {
                s.as_ref()
                    .map(|(_, g)| f(g, lang.get()))
                    .unwrap_or_default()
            })
        }
    };
    let basis = Signal::derive(move || Basis::Total(Grounding::of(&ex.data.get())));
    let what = Signal::derive(move || text(Msg::GlanceLabel, lang.get()).to_string());
    let year = move || shown.with(|s| s.as_ref().map(|(y, _)| y.to_string()).unwrap_or_default());
    let scale = move || ex.source.with(|s| s.scale(lang.get()));
    view! {
        <section class="glance" aria-label=tr(Msg::GlanceLabel)>
            <p class="glance-year">
                {tr(Msg::InYear)} " " {year} " · " {scale} " "
                <StatusMark what=what basis=basis scope=MarkScope::Card/>
            </p>
            <dl class="glance-figures">
                {figure(shown, "overspend", Msg::GlanceOverspend, |g| &g.overspend_dkk)}
                {figure(shown, "taken", Msg::GlanceTaken, |g| &g.taken_dkk)}
                <div class="glance-figure" data-glance="unmet">
                    <dt>{tr(Msg::KeyUnmet)}</dt>
                    <dd class="glance-value">{read(|g, l| format::dkk_estimate(g.unmet_dkk.central, l))}</dd>
                    <dd class="glance-split">
                        <span>{read(|g, l| format!("{} {}", text(Msg::GlanceChildren, l), format::dkk_estimate(g.unmet_children_dkk.central, l)))}</span>
                        " · "
                        <span>{read(|g, l| format!("{} {}", text(Msg::GlanceAdults, l), format::dkk_estimate(g.unmet_adults_dkk.central, l)))}</span>
                    </dd>
                </div>
            </dl>
            <figure class="glance-chart">
                <canvas node_ref=canvas_ref class="chart glance-canvas" role="img" aria-label=tr(Msg::GlanceChartCaption)></canvas>
                <figcaption>{tr(Msg::GlanceChartCaption)}</figcaption>
            </figure>
        </section>
    }
}
