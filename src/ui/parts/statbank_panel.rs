//! "Hent dine tal": pick a municipality, open Statistikbanken's links for
//! it (the user's own navigation; the app fetches nothing), drop the
//! extracts, see what was read and what was not, and use the figures. The
//! files are read in the browser and never sent anywhere; the data in use
//! stays until the user accepts the new.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::data::localized::Lang;
use crate::model::import::statbank::{
    links, municipalities, municipality, read_extracts, size_refusal, EarlierYear, StatProblem,
    StatbankImport, VolumeRead,
};
use crate::model::import::Severity;
use crate::model::DataSet;
use crate::text::format::{dkk, number};
use crate::text::statbank::{
    area_status, message, scale_basis, table_name, text as st, volume_parts, StatText,
};
use crate::ui::explorer_state::{use_explorer, DataSource};
use crate::ui::state::use_lang;
use crate::ui::web::files::{self, File};
use crate::ui::widgets::drop_zone::DropZone;

/// The files given so far: name and bytes.
type Files = Vec<(String, Arc<Vec<u8>>)>;

/// Reads `picked` and adds them to `files`, a file of the same name
/// replacing the earlier one; a file too large is refused unread and its
/// problem put in `refused`.
fn add_files(picked: Vec<File>, files: RwSignal<Files>, refused: RwSignal<Vec<StatProblem>>) {
    leptos::task::spawn_local(async move {
        for file in picked {
            let name = file.name();
            if let Some(p) = size_refusal(&name, file.size()) {
                refused.update(|r| r.push(p));
                continue;
            }
            let bytes = files::read_bytes(&file).await;
            files.update(|f| {
                f.retain(|(n, _)| n != &name);
                f.push((name, Arc::new(bytes)));
            });
        }
    });
}

fn read(files: &Files, chosen: Option<u16>, base: &DataSet) -> StatbankImport {
    let list: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    read_extracts(&list, chosen, base)
}

/// The Statistikbanken panel of "Egne tal".
#[component]
pub fn StatbankPanel() -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let chosen = RwSignal::new(None::<u16>);
    let files = RwSignal::new(Files::new());
    let refused = RwSignal::new(Vec::<StatProblem>::new());
    let result = Memo::new(move |_| {
        let f = files.get();
        (!f.is_empty()).then(|| Arc::new(read(&f, chosen.get(), &ex.national.get_value())))
    });
    let on_files = Callback::new(move |picked: Vec<File>| {
        refused.set(Vec::new());
        add_files(picked, files, refused);
    });
    let accept = move |_| {
        if let Some(r) = result.get_untracked() {
            if r.import.usable {
                ex.use_source(
                    DataSource::municipality(Arc::new(r.import.clone())),
                    lang.get_untracked(),
                );
            }
        }
    };
    let options = municipalities()
        .iter()
        .map(|m| {
            let value = m.code.to_string();
            view! { <option value=value>{format!("{} ({:03})", m.name, m.code)}</option> }
        })
        .collect_view();
    let link_list = move || {
        let l = lang.get();
        chosen.get().and_then(municipality).map(|m| {
            let items = links(m)
                .into_iter()
                .map(|link| {
                    view! {
                        <li>
                            <span class="statbank-table">{table_name(link.table, l)}</span>
                            ": "
                            <a class="statbank-link" href=link.url.clone() target="_blank" rel="noopener noreferrer">{st(StatText::LinkLabels, l)}</a>
                            " · "
                            <a class="statbank-link" href=link.url_codes.clone() target="_blank" rel="noopener noreferrer">{st(StatText::LinkCodes, l)}</a>
                            " · " {st(StatText::SaveAs, l)} " "
                            <code>{link.file_name.clone()}</code>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="note">{st(StatText::LinksIntro, l)}</p>
                <ul class="statbank-links" id="statbank-links">{items}</ul>
            }
        })
    };
    let shown = move || {
        let l = lang.get();
        result
            .get()
            .map(|r| view! { <StatbankResult result=r lang=l accept=accept files=files/> })
    };
    view! {
        <section class="import-panel statbank-panel" aria-labelledby="statbank-heading">
            <h3 id="statbank-heading">{move || st(StatText::Heading, lang.get())}</h3>
            <p class="note">{move || st(StatText::Intro, lang.get())}</p>
            <p class="privacy-note">{move || st(StatText::Privacy, lang.get())}</p>
            <label class="statbank-choose">
                <span>{move || st(StatText::ChooseMunicipality, lang.get())}</span>
                <select
                    id="statbank-municipality"
                    on:change=move |e| chosen.set(event_target_value(&e).parse().ok())
                >
                    <option value="">{move || st(StatText::NoneChosen, lang.get())}</option>
                    {options}
                </select>
            </label>
            {link_list}
            <DropZone
                input_id="statbank-files"
                accept=".csv,.txt,text/csv"
                multiple=true
                label=Signal::derive(move || st(StatText::Drop, lang.get()).to_string())
                on_files=on_files
            />
            <ul class="import-problems" id="statbank-refused">
                {move || {
                    let l = lang.get();
                    refused
                        .get()
                        .iter()
                        .map(|p| view! { <li class="problem-error">{message(p, l)}</li> })
                        .collect_view()
                }}
            </ul>
            {shown}
        </section>
    }
}

/// An area's volume: the municipality's own figure, if any, and below it
/// where the volume came from.
fn volume_cell(v: &VolumeRead, l: Lang) -> impl IntoView {
    let (figure, how) = volume_parts(v, l);
    view! {
        {figure.map(|n| view! { <span class="statbank-figure">{n}</span> " " })}
        <span class="statbank-how">{how}</span>
    }
}

/// "2022: 979,2 mio. kr. (1.499 kr. pr. indbygger)".
fn earlier(h: &EarlierYear, l: Lang) -> String {
    match h.per_inhabitant_dkk {
        Some(p) => format!(
            "{}: {} ({} kr. {})",
            h.year,
            dkk(h.spending_dkk, l),
            number(p, 0, l),
            st(StatText::PerInhabitant, l)
        ),
        None => format!("{}: {}", h.year, dkk(h.spending_dkk, l)),
    }
}

/// What was read: files, areas, functions not used, problems; and the
/// buttons to use the figures or forget the files.
#[component]
fn StatbankResult(
    result: Arc<StatbankImport>,
    lang: Lang,
    accept: impl Fn(leptos::ev::MouseEvent) + 'static,
    files: RwSignal<Files>,
) -> impl IntoView {
    let l = lang;
    let data = &result.import.data;
    let file_items = result
        .files
        .iter()
        .map(|f| {
            let table = f
                .table
                .map(|t| table_name(t, l))
                .unwrap_or_else(|| "–".into());
            view! {
                <li>
                    <code>{f.name.clone()}</code> ": " {table} " · "
                    {number(f.rows as f64, 0, l)} " " {st(StatText::Rows, l)} ", "
                    {number(f.used as f64, 0, l)} " " {st(StatText::Used, l)}
                </li>
            }
        })
        .collect_view();
    let per = |v: Option<f64>| {
        v.map(|v| format!("{} kr.", number(v, 0, l)))
            .unwrap_or_else(|| "–".into())
    };
    let area_rows = result
        .areas
        .iter()
        .filter_map(|a| {
            let i = data.area_index(&a.area_id)?;
            Some(view! {
                <tr data-area=a.area_id.clone()>
                    <th scope="row">{data.areas[i].name.get(l).to_string()}</th>
                    <td class="statbank-spending">
                        {a.spending_dkk.map(|v| view! { <span class="statbank-figure">{dkk(v, l)}</span> " " })}
                        <span class="statbank-how">{area_status(a.status, l)}</span>
                    </td>
                    <td class="num">{per(a.per_inhabitant_dkk)}</td>
                    <td class="num">{per(a.country_per_inhabitant_dkk)}</td>
                    <td class="statbank-volume">{volume_cell(&a.volume, l)}</td>
                    <td class="statbank-earlier">
                        {a.history.iter().map(|h| view! { <span>{earlier(h, l)}</span> " " }).collect_view()}
                    </td>
                </tr>
            })
        })
        .collect_view();
    let unmapped = result
        .unmapped
        .iter()
        .map(|u| {
            view! {
                <li>
                    {u.label.clone()} ": "
                    {u.spending_dkk.map(|v| dkk(v, l)).unwrap_or_else(|| "..".into())}
                    {u.why.as_ref().map(|w| format!(" ({})", w.get(l)))}
                </li>
            }
        })
        .collect_view();
    let services_not_used = result
        .services_not_used
        .iter()
        .map(|u| {
            view! {
                <li>
                    {format!("{}: {}: ", u.table, u.label)}
                    {u.full_time.map(|v| number(v, 1, l)).unwrap_or_else(|| "..".into())}
                    {u.why.as_ref().map(|w| format!(" ({})", w.get(l)))}
                </li>
            }
        })
        .collect_view();
    let has_services = !result.services_not_used.is_empty();
    let problems = result
        .problems
        .iter()
        .map(|p| {
            let error = p.severity == Severity::Error;
            view! { <li class:problem-error=error class:problem-warning=!error>{message(p, l)}</li> }
        })
        .collect_view();
    let summary = match (&result.municipality, result.money, result.import.usable) {
        (Some(m), Some((table, year)), true) => format!(
            "{} · {} {} · {}",
            m.name,
            table_name(table, l),
            year,
            scale_basis(result.scale_basis, l)
        ),
        _ => st(StatText::Unusable, l).to_string(),
    };
    let usable = result.import.usable;
    view! {
        <div class="import-result" role="status">
            <p class="import-summary" id="statbank-summary">{summary}</p>
            <h4>{st(StatText::FilesRead, l)}</h4>
            <ul class="statbank-files">{file_items}</ul>
            <h4 id="statbank-areas-heading">{st(StatText::AreasRead, l)}</h4>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="statbank-areas-heading">
                <table class="statbank-areas" id="statbank-areas">
                    <thead>
                        <tr>
                            <th scope="col">{st(StatText::ColArea, l)}</th>
                            <th scope="col">{st(StatText::ColSpending, l)}</th>
                            <th scope="col">{st(StatText::ColPerInhabitant, l)}</th>
                            <th scope="col">{st(StatText::ColCountry, l)}</th>
                            <th scope="col">{st(StatText::ColVolume, l)}</th>
                            <th scope="col">{st(StatText::ColEarlier, l)}</th>
                        </tr>
                    </thead>
                    <tbody>{area_rows}</tbody>
                </table>
            </div>
            <h4>{st(StatText::Unmapped, l)}</h4>
            <ul class="statbank-unmapped" id="statbank-unmapped">{unmapped}</ul>
            {has_services.then(|| view! {
                <h4>{st(StatText::ServicesNotUsed, l)}</h4>
                <ul class="statbank-unmapped" id="statbank-services-not-used">{services_not_used}</ul>
            })}
            <ul class="import-problems" id="statbank-problems">{problems}</ul>
            <div class="import-actions">
                <button type="button" id="statbank-accept" disabled=!usable on:click=accept>
                    {st(StatText::Accept, l)}
                </button>
                <button type="button" id="statbank-clear" on:click=move |_| files.set(Files::new())>
                    {st(StatText::Clear, l)}
                </button>
            </div>
        </div>
    }
}
