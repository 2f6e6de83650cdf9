//! The consequence charts, one at a time: tabs, two canvases (a draft one
//! over the sharp one while the bands are pending, at start-up and after
//! each input; the sharp one, at the device's pixel ratio, once they
//! land), an HTML legend, a description, the figures as a table (the text
//! alternative), and the source line.

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::ceiling::{draw_ceiling, CeilingChart};
use crate::charts::coverage::{draw_coverage, CoverageChart};
use crate::charts::palette::{self, css};
use crate::charts::prevention::draw_prevention;
use crate::charts::spending::draw_spending;
use crate::charts::squeeze::draw_squeeze;
use crate::charts::YearlyChart;
use crate::model::analysis::summary::{has_ceiling_cases, has_prevention};
use crate::model::data::dataset::Group;
use crate::model::data::localized::Lang;
use crate::model::{BandedProjection, Projection};
use crate::text::format;

use crate::model::ids::{ChartId, Slide, TopicId};
use crate::text::messages::{text, Msg};
use crate::ui::explorer_state::{use_explorer, ExplorerState};
use crate::ui::parts::chart_table::ChartTable;
use crate::ui::state::{tr, use_lang};
use crate::ui::web::canvas::{draw_on, use_canvas_box, Sharpness, PRESENTING_TEXT_SCALE};
use crate::ui::web::download::{download_canvas_png, offscreen_canvas};
use crate::ui::widgets::why_button::WhyButton;

fn tab_msg(kind: ChartId) -> Msg {
    match kind {
        ChartId::Spending => Msg::ChartSpending,
        ChartId::Coverage => Msg::ChartCoverage,
        ChartId::Squeeze => Msg::ChartSqueeze,
        ChartId::Ceiling => Msg::ChartCeiling,
        ChartId::Prevention => Msg::ChartPrevention,
    }
}

fn description_msg(kind: ChartId) -> Msg {
    match kind {
        ChartId::Spending => Msg::ChartSpendingAlt,
        ChartId::Coverage => Msg::ChartCoverageAlt,
        ChartId::Squeeze => Msg::ChartSqueezeAlt,
        ChartId::Ceiling => Msg::ChartCeilingAlt,
        ChartId::Prevention => Msg::ChartPreventionAlt,
    }
}

fn topic(kind: ChartId) -> TopicId {
    match kind {
        ChartId::Spending => TopicId::Budget,
        ChartId::Coverage | ChartId::Squeeze => TopicId::Allocation,
        ChartId::Ceiling => TopicId::Ceiling,
        ChartId::Prevention => TopicId::Gains,
    }
}

/// Everything a chart is drawn from.
struct Inputs<'a> {
    central: &'a Projection,
    baseline: &'a Projection,
    bands: Option<&'a BandedProjection>,
    area_names: &'a [String],
    lang: Lang,
}

fn draw<DB: plotters::prelude::DrawingBackend>(
    kind: ChartId,
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    font_px: u32,
    i: &Inputs,
) -> Result<(), String> {
    let l = i.lang;
    let money = move |v: f64| format::axis_bn(v, l);
    let count = move |v: f64| format::number(v, 0, l);
    let pct = move |v: f64| format::axis_percent(v, l);
    let yearly = |baseline| YearlyChart {
        projection: i.central,
        baseline,
        bands: i.bands,
        format_value: &money,
        y_desc: format::unit_bn(l),
        font_px,
        lang: l,
    };
    match kind {
        ChartId::Spending => draw_spending(area, &yearly(Some(i.baseline))),
        ChartId::Coverage => {
            let year_index = i.central.years.len().saturating_sub(1);
            let year = i.central.years.get(year_index).copied().unwrap_or_default();
            let x_desc = format!("{}, {year}", text(Msg::PercentUnit, l));
            draw_coverage(
                area,
                &CoverageChart {
                    projection: i.central,
                    baseline: Some(i.baseline),
                    bands: i.bands,
                    year_index,
                    area_names: i.area_names,
                    format_percent: &pct,
                    x_desc: &x_desc,
                    font_px,
                },
            )
        }
        ChartId::Squeeze => draw_squeeze(area, &yearly(Some(i.baseline))),
        ChartId::Ceiling => draw_ceiling(
            area,
            &CeilingChart {
                projection: i.central,
                bands: i.bands,
                format_count: &count,
                format_value: &money,
                cases_desc: text(Msg::Cases, l),
                money_desc: format::unit_bn(l),
                font_px,
            },
        ),
        ChartId::Prevention => draw_prevention(area, &yearly(None)),
    }
}

/// Size of an exported chart image, in pixels.
const EXPORT_SIZE: (u32, u32) = (1600, 1000);
/// Label size of an exported chart image, in pixels.
const EXPORT_FONT_PX: u32 = 26;

/// Draws the chart on screen on a white, detached canvas and offers it as a
/// PNG file named after the chart.
pub fn export_png(ex: ExplorerState, lang: Lang, kind: ChartId) {
    let ds = ex.data.get_untracked();
    let names: Vec<String> = ds
        .areas
        .iter()
        .map(|a| a.name.get(lang).to_string())
        .collect();
    let bands = ex.bands.get_untracked();
    let Some(canvas) = offscreen_canvas(EXPORT_SIZE.0, EXPORT_SIZE.1) else {
        return;
    };
    let Some(backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let root = plotters::prelude::IntoDrawingArea::into_drawing_area(backend);
    let drawn = ex.central.with_untracked(|c| {
        ex.baseline.with_untracked(|b| match (c, b) {
            (Ok(c), Ok(b)) => {
                let inputs = Inputs {
                    central: c,
                    baseline: b,
                    bands: bands.as_deref(),
                    area_names: &names,
                    lang,
                };
                root.fill(&plotters::prelude::WHITE)
                    .map_err(|e| e.to_string())
                    .and_then(|()| draw(kind, &root, EXPORT_FONT_PX, &inputs))
                    .is_ok()
            }
            _ => false,
        })
    });
    if drawn {
        download_canvas_png(&format!("prioritet-{}.png", kind.as_str()), &canvas);
    }
}

/// One legend entry: a swatch and its label.
fn swatch(colour: String, label: String) -> impl IntoView {
    view! {
        <li>
            <span class="swatch" style:background=colour aria-hidden="true"></span>
            {label}
        </li>
    }
}

/// The legend of a chart, in HTML so it wraps and reads aloud.
fn legend(kind: ChartId, names: &[String], groups: &[Group], lang: Lang) -> Vec<AnyView> {
    let t = |m| text(m, lang).to_string();
    let mut items: Vec<AnyView> = Vec::new();
    match kind {
        ChartId::Spending => {
            for (n, g) in names.iter().zip(groups) {
                items.push(swatch(css(palette::group_colour(*g)), n.clone()).into_any());
            }
            items.push(
                swatch(css(palette::PREVENTION_IN_FRAME), t(Msg::ChartPrevention)).into_any(),
            );
            items.push(swatch(css(palette::FRAME), t(Msg::Frame)).into_any());
            items.push(swatch(css(palette::OVERSPEND), t(Msg::Overspend)).into_any());
            items.push(swatch(css(palette::BASELINE), t(Msg::Baseline)).into_any());
        }
        ChartId::Coverage => {
            items.push(swatch(css(palette::BASELINE), t(Msg::Baseline)).into_any());
            items.push(swatch(css(palette::BAND), t(Msg::Band)).into_any());
        }
        ChartId::Squeeze => {
            for (i, n) in names.iter().enumerate() {
                items.push(swatch(css(palette::service_colour(i)), n.clone()).into_any());
            }
            items.push(swatch(css(palette::BASELINE), t(Msg::Baseline)).into_any());
        }
        ChartId::Ceiling => {
            items.push(swatch(css(palette::DECISION_YES), t(Msg::DecisionYes)).into_any());
            items.push(swatch(css(palette::DECISION_PARTLY), t(Msg::DecisionPartly)).into_any());
            items.push(swatch(css(palette::DECISION_NO), t(Msg::DecisionNo)).into_any());
            items.push(swatch(css(palette::FREED), t(Msg::Freed)).into_any());
            items.push(swatch(css(palette::LEGISLATION), t(Msg::Blocked)).into_any());
        }
        ChartId::Prevention => {
            items.push(
                swatch(css(palette::PAYER_MUNICIPALITY), t(Msg::PayerMunicipality)).into_any(),
            );
            items.push(swatch(css(palette::PAYER_REGION), t(Msg::PayerRegion)).into_any());
            items.push(swatch(css(palette::PAYER_STATE), t(Msg::PayerState)).into_any());
        }
    }
    items
}

/// The chart tabs and the chart on screen.
#[component]
pub fn ChartPanel() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let ds = ex.data.get_untracked();
    // Two canvases, each keeping its size: the sharp one (at the device's
    // pixel ratio) shows the chart with its bands; the draft one (one
    // canvas pixel per CSS pixel, a quarter of the pixels on a tablet)
    // lies over it while the bands are pending, at start-up and after each
    // input. So an input never waits for a sharp drawing, and no canvas is
    // reallocated between the two (that costs more than the pixels saved).
    let canvas_ref = NodeRef::<Canvas>::new();
    let draft_ref = NodeRef::<Canvas>::new();
    let canvas_box = use_canvas_box(canvas_ref);
    let landed = Memo::new(move |_| ex.bands.with(Option::is_some));
    let area_names = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let l = lang.get();
            ds.areas
                .iter()
                .map(|a| a.name.get(l).to_string())
                .collect::<Vec<_>>()
        })
    };
    let area_groups: Vec<Group> = ds.areas.iter().map(|a| a.group).collect();
    let service_names = Memo::new(move |_| {
        let l = lang.get();
        ds.services
            .iter()
            .map(|s| s.name.get(l).to_string())
            .collect::<Vec<_>>()
    });

    Effect::new(move |_| {
        let size = canvas_box.get();
        let kind = ex.chart.get();
        let text_scale = if ex.presenting.get() {
            PRESENTING_TEXT_SCALE
        } else {
            1.0
        };
        let l = lang.get();
        let bands = ex.bands.get();
        let (sharpness, target) = if bands.is_some() {
            (Sharpness::Full, canvas_ref)
        } else {
            (Sharpness::Draft, draft_ref)
        };
        let Some(canvas) = target.get() else {
            return;
        };
        ex.central.with(|c| {
            ex.baseline.with(|b| {
                let (Ok(c), Ok(b)) = (c, b) else { return };
                area_names.with(|names| {
                    let inputs = Inputs {
                        central: c,
                        baseline: b,
                        bands: bands.as_deref(),
                        area_names: names,
                        lang: l,
                    };
                    draw_on(&canvas, size, sharpness, text_scale, |area, font_px| {
                        draw(kind, area, font_px, &inputs)
                    });
                })
            })
        });
    });

    let tabs = ChartId::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <button
                    type="button"
                    class="tab"
                    data-chart=kind.as_str()
                    aria-pressed=move || (ex.slide() == Slide::Chart(kind)).to_string()
                    on:click=move |_| ex.show(Slide::Chart(kind))
                >
                    {tr(tab_msg(kind))}
                </button>
            }
        })
        .collect_view();
    let legend_items = move || {
        let kind = ex.chart.get();
        let names = if kind == ChartId::Squeeze {
            service_names.get()
        } else {
            area_names.get()
        };
        legend(kind, &names, &area_groups, lang.get())
    };
    let description = move || text(description_msg(ex.chart.get()), lang.get());
    // A chart with nothing to show (no ceiling, no prevention money) is not
    // drawn as empty axes; a note says why, without pointing at the levers
    // when presentation mode hides them.
    let empty = Memo::new(move |_| {
        let kind = ex.chart.get();
        ex.central.with(|c| match (kind, c) {
            (ChartId::Ceiling, Ok(p)) => !has_ceiling_cases(p),
            (ChartId::Prevention, Ok(p)) => !has_prevention(p),
            _ => false,
        })
    });
    let empty_notice = move || {
        let presenting = ex.presenting.get();
        empty.get().then(|| {
            let msg = match (ex.chart.get(), presenting) {
                (ChartId::Ceiling, false) => Msg::KeyNoCeiling,
                (ChartId::Ceiling, true) => Msg::NoCeilingPresenting,
                (_, false) => Msg::NoPrevention,
                (_, true) => Msg::NoPreventionPresenting,
            };
            text(msg, lang.get())
        })
    };
    view! {
        <div class="chart-panel" data-chart=move || ex.chart.get().as_str()>
            <div class="tabs" role="group" aria-label=tr(Msg::ChartsLabel)>
                <button
                    type="button"
                    class="tab"
                    data-chart="numbers"
                    hidden=move || !ex.presenting.get()
                    aria-pressed=move || (ex.slide() == Slide::Numbers).to_string()
                    on:click=move |_| ex.show(Slide::Numbers)
                >
                    {tr(Msg::SlideNumbers)}
                </button>
                {tabs}
            </div>
            <p class="chart-empty" role="note">{empty_notice}</p>
            <figure class:chart-hidden=move || empty.get()>
                <div class="chart-canvases" class:drafting=move || !landed.get()>
                    <canvas node_ref=canvas_ref class="chart model-chart" role="img" aria-label=description></canvas>
                    <canvas node_ref=draft_ref class="model-chart-draft" aria-hidden="true"></canvas>
                </div>
                <figcaption>
                    <span class="chart-description">{description}</span>
                    " "
                    {move || {
                        let kind = ex.chart.get();
                        view! { <WhyButton topic=topic(kind) titled=true/> }
                    }}
                    " "
                    <WhyButton topic=TopicId::Bands titled=true/>
                    " "
                    <WhyButton topic=TopicId::Baseline titled=true/>
                </figcaption>
            </figure>
            <ul class="legend">{legend_items}</ul>
            <p class="band-legend">{tr(Msg::BandLegend)}</p>
            <ChartTable/>
            <p class="source-line">{tr(Msg::ModelSource)}</p>
        </div>
    }
}
