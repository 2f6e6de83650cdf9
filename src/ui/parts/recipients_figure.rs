//! The recipients chart with its text alternative (a table of the figures
//! with their sources and status).

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::charts::recipients::{draw_recipients, RecipientsChart};
use crate::text::format;

use crate::text::messages::Msg;
use crate::ui::state::{loc, tr, use_content, use_lang};
use crate::ui::web::canvas::{draw_on, use_canvas_box, Sharpness};
use crate::ui::widgets::source_line::{citation, status_text, SourceLine};

/// A figure with the chart of recipients over time, its caption, the
/// figures as a table and the sources.
#[component]
pub fn RecipientsFigure() -> impl IntoView {
    let content = use_content();
    let lang = use_lang();
    let data = content.recipients.clone();
    let points: Vec<(u16, f64)> = data
        .points
        .iter()
        .map(|p| (p.year, p.recipients.value))
        .collect();
    let canvas_ref = NodeRef::<Canvas>::new();
    let canvas_box = use_canvas_box(canvas_ref);

    let unit = data.unit.clone();
    let chart_points = points.clone();
    Effect::new(move |_| {
        let size = canvas_box.get();
        let l = lang.get();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let fmt = move |v: f64| format::number(v, 0, l);
        draw_on(&canvas, size, Sharpness::Full, 1.0, |area, font_px| {
            draw_recipients(
                area,
                &RecipientsChart {
                    points: &chart_points,
                    format_value: &fmt,
                    y_desc: unit.get(l),
                    font_px,
                },
            )
        });
    });

    let summary_points = points.clone();
    let aria_label = move || {
        let l = lang.get();
        let parts: Vec<String> = summary_points
            .iter()
            .map(|(y, v)| format!("{y}: {}", format::number(*v, 0, l)))
            .collect();
        format!("{}. {}", data.title.get(l), parts.join(", "))
    };

    let rows_data = content.recipients.points.clone();
    let rows = move || {
        let l = lang.get();
        rows_data
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <th scope="row">{p.year}</th>
                        <td class="num">{format::number(p.recipients.value, 0, l)}</td>
                        <td>{p.recipients.source.as_deref().map(|id| citation(id, l)).unwrap_or_default()}</td>
                        <td>{status_text(p.recipients.status, l)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let mut source_ids: Vec<String> = content
        .recipients
        .points
        .iter()
        .filter_map(|p| p.recipients.source.clone())
        .collect();
    source_ids.dedup();

    view! {
        <section class="recipients" aria-labelledby="recipients-heading">
            <h2 id="recipients-heading">{tr(Msg::RecipientsHeading)}</h2>
            <figure>
                <canvas
                    node_ref=canvas_ref
                    class="chart"
                    role="img"
                    aria-label=aria_label
                ></canvas>
                <figcaption>{loc(&content.recipients.note)}</figcaption>
            </figure>
            <table class="figures">
                <caption>{tr(Msg::FiguresTable)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::ColYear)}</th>
                        <th scope="col">{move || content.recipients.unit.get(lang.get()).to_string()}</th>
                        <th scope="col">{tr(Msg::ColSource)}</th>
                        <th scope="col">{tr(Msg::ColStatus)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <SourceLine ids=source_ids/>
        </section>
    }
}
