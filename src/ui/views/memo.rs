//! The one-page decision memo: the choices, their key consequences against
//! "no change", the version and date, and a QR code that reopens exactly
//! this state. A print stylesheet makes it one page; the footer's sources
//! print with it.

use leptos::prelude::*;

use crate::model::analysis::summary::{key_figures, KeyFigure};
use crate::model::codec::link::LINK_VERSION;
use crate::model::data::localized::Lang;
use crate::model::scenario::{Levers, Priorities};
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::text::names::{self, weight_msgs};
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_content, use_lang};
use crate::ui::url_sync;
use crate::ui::web::address::{self, View};
use crate::ui::web::{clock, dom};
use crate::ui::widgets::qr_image::QrImage;

/// One table row: a label, the scenario's value and the "no change" value;
/// a choice that differs from "no change" is marked.
fn row(label: String, value: String, baseline: String) -> impl IntoView {
    lever_row(label, value, baseline, false)
}

/// A row that a printed memo leaves out when unchanged (`lever` true): the
/// printed page lists only the levers that were moved.
fn lever_row(label: String, value: String, baseline: String, lever: bool) -> impl IntoView {
    let changed = value != baseline;
    view! {
        <tr class:changed=changed class:lever-row=lever>
            <th scope="row">{label}</th>
            <td>{value}</td>
            <td>{baseline}</td>
        </tr>
    }
}

fn figure_row(label: String, f: &KeyFigure, lang: Lang, count: bool) -> impl IntoView {
    let fmt = move |v: f64| {
        if count {
            format::number(v, 0, lang)
        } else {
            format::dkk(v, lang)
        }
    };
    let value = match &f.band {
        Some(b) => format!("{} ({}–{})", fmt(f.central), fmt(b.p10), fmt(b.p90)),
        None => fmt(f.central),
    };
    view! {
        <tr>
            <th scope="row">{label}</th>
            <td>{value}</td>
            <td>{fmt(f.baseline)}</td>
        </tr>
    }
}

/// The memo view.
#[component]
pub fn MemoView(
    /// The shell's view, for going back to the explorer.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let ds = ex.data.get_untracked();
    // The memo is printed as it is: its link is the state's own at once,
    // not the share code that follows inputs a moment later.
    let url = Signal::derive(move || {
        ex.scenario.track();
        ex.chart.track();
        address::share_url(&ex.code_now())
    });
    let today = clock::today_iso();
    let version = format!(
        "{} {} · {} {LINK_VERSION} · {today}",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION"),
        "link"
    );

    let content = use_content();
    let scenario_name = move || {
        ex.scenario
            .with(|s| names::scenario_name(&content, s, lang.get()))
    };
    let sources = {
        let content = use_content();
        move || {
            let l = lang.get();
            content
                .sources
                .sources
                .iter()
                .map(|s| view! { <li>{s.citation.get(l).to_string()}</li> })
                .collect_view()
        }
    };

    let choices_ds = ds.clone();
    let choices = move || {
        let l = lang.get();
        let neutral_w = Priorities::default();
        let neutral_l = Levers::default();
        ex.scenario.with(|s| {
            let weights = s
                .priorities
                .pairs()
                .into_iter()
                .zip(neutral_w.pairs())
                .map(|((id, v), (_, n))| {
                    row(
                        text(weight_msgs(id).0, l).to_string(),
                        format::weight(v, l),
                        format::weight(n, l),
                    )
                })
                .collect_view();
            let levers = choices_ds
                .levers
                .iter()
                .map(|lever| {
                    let v = s.levers.get(lever.id);
                    let n = neutral_l.get(lever.id);
                    lever_row(
                        lever.name.get(l).to_string(),
                        format::lever_value(lever.unit, v, l),
                        format::lever_value(lever.unit, n, l),
                        true,
                    )
                })
                .collect_view();
            let other = view! {
                {row(text(Msg::MemoFrameLevel, l).to_string(), format::percent(s.frame.level_change, l), format::percent(0.0, l))}
                {row(text(Msg::MemoFrameGrowth, l).to_string(), format::percent(s.frame.real_growth_per_year, l), format::percent(0.0, l))}
                {row(text(Msg::MemoGrowthScale, l).to_string(), format::percent(s.growth_scale, l), format::percent(1.0, l))}
                {row(text(Msg::MemoHorizon, l).to_string(), s.horizon_years.to_string(), "10".to_string())}
            };
            (weights, levers, other)
        })
    };

    let figures_ds = ds.clone();
    let consequences = move || {
        let l = lang.get();
        let bands = ex.bands.get();
        ex.central.with(|c| {
            ex.baseline.with(|b| {
                let (Ok(c), Ok(b)) = (c, b) else {
                    return None;
                };
                let k = key_figures(c, b, bands.as_deref(), c.years.len().saturating_sub(1));
                let t = |m| text(m, l).to_string();
                let taken = k
                    .taken
                    .iter()
                    .map(|tk| {
                        let name = figures_ds
                            .services
                            .iter()
                            .find(|s| s.id == tk.id)
                            .map(|s| s.name.get(l).to_string())
                            .unwrap_or_else(|| tk.id.clone());
                        figure_row(format!("{}: {name}", t(Msg::KeyTaken)), &tk.dkk, l, false)
                    })
                    .collect_view();
                Some(view! {
                    <h3>{t(Msg::MemoConsequences)} " " {k.year}</h3>
                    <table class="memo-table" id="memo-consequences">
                        <thead>
                            <tr>
                                <th scope="col">{t(Msg::Figure)}</th>
                                <th scope="col">{t(Msg::MemoScenario)}</th>
                                <th scope="col">{t(Msg::Baseline)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {figure_row(t(Msg::KeyOverspend), &k.overspend_dkk, l, false)}
                            {taken}
                            {figure_row(t(Msg::KeyUnmet), &k.unmet_dkk, l, false)}
                            {figure_row(format!("{} ({})", t(Msg::KeyUnmet), t(Msg::KeyCitizens)), &k.unmet_citizens, l, true)}
                            {figure_row(format!("{}: {}", t(Msg::KeyCeiling), t(Msg::KeyCases)), &k.ceiling_cases, l, true)}
                            {figure_row(t(Msg::KeyDeclined), &k.declined_dkk, l, false)}
                            {figure_row(format!("{}: {}", t(Msg::KeyPrevention), t(Msg::KeyCost)), &k.prevention_cost_dkk, l, false)}
                            {figure_row(format!("{}: {}", t(Msg::KeyPrevention), t(Msg::KeyGains)), &k.prevention_gains_dkk, l, false)}
                        </tbody>
                    </table>
                    {(!k.legislation_areas.is_empty()).then(|| {
                        let areas: Vec<String> = k
                            .legislation_areas
                            .iter()
                            .map(|id| {
                                figures_ds
                                    .areas
                                    .iter()
                                    .find(|a| a.id == *id)
                                    .map(|a| a.name.get(l).to_string())
                                    .unwrap_or_else(|| id.clone())
                            })
                            .collect();
                        view! {
                            <p class="key-legislation">"⚖ " {names::legislation_line(k.ceiling_on_entitlements, l)} " " {areas.join(", ")}</p>
                        }
                    })}
                })
            })
        })
    };

    view! {
        <article class="memo" aria-labelledby="memo-heading">
            <div class="memo-actions">
                <button type="button" id="print-memo" on:click=move |_| dom::print_page()>{tr(Msg::Print)}</button>
                <button type="button" class="link-button" on:click=move |_| url_sync::go(ex, view, View::Explorer)>
                    {tr(Msg::BackToExplorer)}
                </button>
            </div>
            <header class="memo-head">
                <div>
                    <h2 id="memo-heading">{tr(Msg::MemoOpen)}</h2>
                    <p class="memo-name">{scenario_name}</p>
                    <p class="memo-intro">{tr(Msg::MemoIntro)}</p>
                    <p class="memo-version">{tr(Msg::MemoVersion)} ": " {version}</p>
                </div>
                <figure class="memo-qr">
                    <QrImage text=url/>
                    <figcaption>{tr(Msg::MemoQr)}</figcaption>
                </figure>
            </header>
            <p class="memo-url"><code>{url}</code></p>
            <div class="memo-body">
            <section class="memo-section">{consequences}</section>
            <section class="memo-section">
                <h3>{tr(Msg::MemoChoices)}</h3>
                <p class="print-only">{tr(Msg::MemoPrintNote)}</p>
                {move || {
                    let (weights, levers, other) = choices();
                    let l = lang.get();
                    view! {
                        <table class="memo-table" id="memo-choices">
                            <thead>
                                <tr>
                                    <th scope="col">{text(Msg::MemoChoices, l)}</th>
                                    <th scope="col">{text(Msg::MemoScenario, l)}</th>
                                    <th scope="col">{text(Msg::Baseline, l)}</th>
                                </tr>
                            </thead>
                            <tbody>{weights}{levers}{other}</tbody>
                        </table>
                    }
                }}
            </section>
            </div>
            <section class="memo-section memo-sources">
                <h3>{tr(Msg::SourcesHeading)}</h3>
                <p>{tr(Msg::IllustrativeNote)} " " {tr(Msg::Neutrality)}</p>
                <ul>{sources}</ul>
            </section>
        </article>
    }
}
