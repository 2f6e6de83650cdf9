//! The key figures of the last projected year, each against the "no change"
//! baseline, with its p10–p90 band and a "Hvorfor?" explanation. The cards
//! stay put; only their values follow the input, so an open explanation
//! stays open while a slider moves.

use leptos::prelude::*;

use crate::model::analysis::grounding::{Basis, Grounding};
use crate::model::analysis::summary::{key_figures, KeyFigure, KeyFigures};
use crate::model::data::localized::Lang;
use crate::model::ids::TopicId;
use crate::text::format;

use crate::text::messages::{text, Msg};
use crate::text::names;
use crate::ui::explorer_state::use_explorer;
use crate::ui::state::{tr, use_lang};
use crate::ui::widgets::status_mark::{MarkScope, StatusMark};
use crate::ui::widgets::why_button::WhyButton;

/// How a figure reads: money, or a count of citizens or cases.
#[derive(Clone, Copy)]
enum Unit {
    Dkk,
    Count,
}

/// Key figures are projections resting partly on assumptions: three
/// significant digits, no more.
fn fmt(unit: Unit, v: f64, lang: Lang) -> String {
    match unit {
        Unit::Dkk => format::dkk_estimate(v, lang),
        Unit::Count => format::count_estimate(v, lang),
    }
}

fn baseline_line(f: &KeyFigure, unit: Unit, lang: Lang) -> String {
    format!(
        "{}: {}",
        text(Msg::Baseline, lang),
        fmt(unit, f.baseline, lang)
    )
}

fn band_line(f: &KeyFigure, unit: Unit, lang: Lang) -> String {
    match &f.band {
        Some(b) => format!(
            "{}: {} – {}",
            text(Msg::Band, lang),
            fmt(unit, b.p10, lang),
            fmt(unit, b.p90, lang)
        ),
        None => text(Msg::BandsPending, lang).to_string(),
    }
}

/// The ceiling council's freed money without or with a change of law, marked
/// when it is the one the scenario counts with.
fn freed_line(k: &KeyFigures, with_law: bool, lang: Lang) -> String {
    let (msg, figure) = if with_law {
        (Msg::KeyFreedWithLaw, &k.freed_with_law_dkk)
    } else {
        (Msg::KeyFreedWithoutLaw, &k.freed_without_law_dkk)
    };
    let mark = if with_law == k.ceiling_on_entitlements {
        format!(" {}", text(Msg::KeyCountedWith, lang))
    } else {
        String::new()
    };
    format!(
        "{}: {}{mark}",
        text(msg, lang),
        fmt(Unit::Dkk, figure.central, lang)
    )
}

/// The key-figure cards.
#[component]
pub fn KeyNumbers() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let ds = ex.data.get_untracked();
    let figures = Memo::new(move |_| {
        let bands = ex.bands.get();
        ex.central.with(|c| {
            ex.baseline.with(|b| match (c, b) {
                (Ok(c), Ok(b)) => Ok(key_figures(
                    c,
                    b,
                    bands.as_deref(),
                    c.years.len().saturating_sub(1),
                )),
                (Err(e), _) | (_, Err(e)) => Err(e.to_string()),
            })
        })
    });
    // A reactive text from the key figures; empty while the model errs.
    let read = move |f: fn(&KeyFigures, Lang) -> String| {
        move || figures.with(|k| k.as_ref().map(|k| f(k, lang.get())).unwrap_or_default())
    };
    let error = move || {
        figures.with(|k| {
            k.as_ref().err().map(|e| {
                view! { <p class="error" role="alert">{tr(Msg::ModelError)} " " {e.clone()}</p> }
            })
        })
    };
    let taken_ds = ds.clone();
    let taken = move || {
        let ds = &taken_ds;
        let l = lang.get();
        figures.with(|k| {
            let Ok(k) = k else { return Vec::new() };
            k.taken
                .iter()
                .map(|t| {
                    let svc = ds.services.iter().find(|s| s.id == t.id);
                    let name = svc.map(|s| s.name.get(l).to_string()).unwrap_or_default();
                    let unit = svc.map(|s| s.unit.get(l).to_string()).unwrap_or_default();
                    view! {
                        <li data-service=t.id.clone()>
                            <span class="svc-name">{name}</span>
                            ": "
                            <span class="svc-dkk">{fmt(Unit::Dkk, t.dkk.central, l)}</span>
                            " ≈ "
                            <span class="svc-units">{fmt(Unit::Count, t.units.central, l)}</span>
                            " "
                            {unit}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let has_ceiling = move || {
        figures.with(|k| {
            k.as_ref()
                .is_ok_and(|k| k.ceiling_cases.central > 0.0 || k.declined_dkk.central > 0.0)
        })
    };
    let legislation = move || {
        figures.with(|k| {
            k.as_ref()
                .ok()
                .filter(|k| !k.legislation_areas.is_empty())
                .map(|k| {
                    let areas: Vec<String> = k
                        .legislation_areas
                        .iter()
                        .map(|id| {
                            ds.areas
                                .iter()
                                .find(|a| a.id == *id)
                                .map(|a| a.name.get(lang.get()).to_string())
                                .unwrap_or_else(|| id.clone())
                        })
                        .collect();
                    view! {
                        <span class="key-legislation" role="note">
                            "⚖ " {names::legislation_line(k.ceiling_on_entitlements, lang.get())} " "
                            {areas.join(", ")}
                        </span>
                    }
                })
        })
    };

    // One mark per card: every figure on it is computed from the whole
    // data set in use.
    let basis = Signal::derive(move || Basis::Total(Grounding::of(&ex.data.get())));
    let mark = move |title: Msg| {
        let what = Signal::derive(move || text(title, lang.get()).to_string());
        view! { <StatusMark what=what basis=basis scope=MarkScope::Card/> }
    };
    let scale = move || ex.source.with(|s| s.scale(lang.get()));

    view! {
        {error}
        <p class="key-year">
            {tr(Msg::InYear)} " " {read(|k, _| k.year.to_string())} " · "
            <span class="key-scale">{scale}</span>
        </p>
        <ul class="keys">
            <li class="key" data-key="overspend">
                <div class="key-title">
                    <span>{tr(Msg::KeyOverspend)}</span>
                    {mark(Msg::KeyOverspend)}
                    <WhyButton topic=TopicId::Budget/>
                </div>
                <span class="key-value">{read(|k, l| fmt(Unit::Dkk, k.overspend_dkk.central, l))}</span>
                <span class="key-baseline">{read(|k, l| baseline_line(&k.overspend_dkk, Unit::Dkk, l))}</span>
                <span class="key-band">{read(|k, l| band_line(&k.overspend_dkk, Unit::Dkk, l))}</span>
            </li>
            <li class="key" data-key="taken">
                <div class="key-title">
                    <span>{tr(Msg::KeyTaken)}</span>
                    {mark(Msg::KeyTaken)}
                    <WhyButton topic=TopicId::Allocation/>
                </div>
                <ul class="key-list">{taken}</ul>
            </li>
            <li class="key" data-key="unmet">
                <div class="key-title">
                    <span>{tr(Msg::KeyUnmet)}</span>
                    {mark(Msg::KeyUnmet)}
                    <WhyButton topic=TopicId::Floors/>
                </div>
                <span class="key-value">{read(|k, l| fmt(Unit::Dkk, k.unmet_dkk.central, l))}</span>
                <span class="key-sub">
                    {read(|k, l| {
                        format!(
                            "{} {}",
                            fmt(Unit::Count, k.unmet_citizens.central, l),
                            text(Msg::KeyCitizens, l),
                        )
                    })}
                </span>
                <span class="key-baseline">{read(|k, l| baseline_line(&k.unmet_dkk, Unit::Dkk, l))}</span>
                <span class="key-band">{read(|k, l| band_line(&k.unmet_dkk, Unit::Dkk, l))}</span>
            </li>
            <li class="key" data-key="declined">
                <div class="key-title">
                    <span>{tr(Msg::KeyDeclined)}</span>
                    {mark(Msg::KeyDeclined)}
                    <WhyButton topic=TopicId::Ceiling/>
                </div>
                <span class="key-value">{read(|k, l| fmt(Unit::Dkk, k.declined_dkk.central, l))}</span>
                <span class="key-sub">{tr(Msg::KeyDeclinedNote)}</span>
                <span class="key-baseline">{read(|k, l| baseline_line(&k.declined_dkk, Unit::Dkk, l))}</span>
                <span class="key-band">{read(|k, l| band_line(&k.declined_dkk, Unit::Dkk, l))}</span>
            </li>
            <li class="key" data-key="ceiling">
                <div class="key-title">
                    <span>{tr(Msg::KeyCeiling)}</span>
                    {mark(Msg::KeyCeiling)}
                    <WhyButton topic=TopicId::Ceiling/>
                </div>
                <Show
                    when=has_ceiling
                    fallback=move || view! { <span class="key-sub">{tr(Msg::KeyNoCeiling)}</span> }
                >
                    <span class="key-value">
                        {read(|k, l| fmt(Unit::Count, k.ceiling_cases.central, l))}
                    </span>
                    <span class="key-sub">{tr(Msg::KeyCases)}</span>
                    <span class="key-sub" data-freed="without-law">
                        {read(|k, l| freed_line(k, false, l))}
                    </span>
                    <span class="key-sub" data-freed="with-law">
                        {read(|k, l| freed_line(k, true, l))}
                    </span>
                    <span class="key-band">{read(|k, l| band_line(&k.declined_dkk, Unit::Dkk, l))}</span>
                    {legislation.clone()}
                </Show>
            </li>
            <li class="key" data-key="prevention">
                <div class="key-title">
                    <span>{tr(Msg::KeyPrevention)}</span>
                    {mark(Msg::KeyPrevention)}
                    <WhyButton topic=TopicId::Gains/>
                </div>
                <span class="key-sub">
                    {read(|k, l| {
                        format!(
                            "{}: {}",
                            text(Msg::KeyCost, l),
                            fmt(Unit::Dkk, k.prevention_cost_dkk.central, l),
                        )
                    })}
                </span>
                <span class="key-sub">
                    {read(|k, l| {
                        format!(
                            "{}: {}",
                            text(Msg::KeyGains, l),
                            fmt(Unit::Dkk, k.prevention_gains_dkk.central, l),
                        )
                    })}
                </span>
                <span class="key-sub" data-prevention="outside-frame">
                    {read(|k, l| {
                        format!(
                            "{}: {}",
                            text(Msg::KeyOutsideFrame, l),
                            fmt(Unit::Dkk, k.prevention_outside_frame_dkk.central, l),
                        )
                    })}
                </span>
                <span class="key-sub" data-prevention="municipal-spending">
                    {read(|k, l| {
                        format!(
                            "{}: {}",
                            text(Msg::KeyMunicipalSpending, l),
                            fmt(Unit::Dkk, k.municipal_spending_dkk.central, l),
                        )
                    })}
                </span>
            </li>
        </ul>
        <p class="key-note">{tr(Msg::GapSplitNote)}</p>
        <p class="mark-legend">{tr(Msg::MarkLegend)}</p>
    }
}
