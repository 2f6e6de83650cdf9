//! The facilitator's workshop board, with no server: participants' links
//! are pasted (or added from a scanned link), kept in this browser, and the
//! board shows the spread of the room's weights, where it disagrees most,
//! its median scenario and each participant's name, lens and consequences,
//! and the room's weights from the warm-up "Find dine prioriteter".
//! In presentation mode the facilitator's controls are hidden and the room
//! fits one projector screen in two columns of large type.

use leptos::prelude::*;

use crate::model::analysis::board::{board, dot_levels, Spread};
use crate::model::analysis::compare::{compare, Metric};
use crate::model::analysis::pairwise::room;
use crate::model::codec::link;
use crate::model::codec::scenario_list::{Entry, PasteProblem, ScenarioList};
use crate::model::data::localized::Lang;
use crate::model::ids::{ApproachId, Setting};
use crate::model::{DataSet, Scenario};

use crate::text::cells;
use crate::text::list::list_error_msg;
use crate::text::messages::{text, Msg};
use crate::text::names;
use crate::text::pairwise::{warm_text, WarmMsg};
use crate::ui::explorer_state::use_explorer;
use crate::ui::parts::list_problem_note::ListProblemNote;
use crate::ui::state::{tr, use_content, use_lang};
use crate::ui::url_sync;
use crate::ui::web::address::View;
use crate::ui::web::list_store::ListStore;
use crate::ui::web::storage::Key;

/// The metrics in the participants' consequence table.
const BOARD_METRICS: [Metric; 5] = [
    Metric::Overspend,
    Metric::UnmetDkk,
    Metric::UnmetCitizens,
    Metric::CeilingCases,
    Metric::PreventionGains,
];

/// How many of the most disputed choices the board lists.
const DISPUTED_SHOWN: usize = 5;

/// A participant's label: the scenario's own name, unless it is a default
/// name (empty, "neutral" or an approach id), then "Deltager n".
fn participant_label(name: &str, n: usize, lang: Lang) -> String {
    if own_name(name) {
        name.to_string()
    } else {
        format!("{} {n}", text(Msg::BoardParticipant, lang))
    }
}

/// One line of the paste field that could not be added.
#[derive(Clone, Debug, PartialEq)]
struct LineProblem {
    line: usize,
    what: Msg,
    detail: Option<String>,
}

/// What the last paste did.
#[derive(Clone, Debug, PartialEq, Default)]
struct PasteResult {
    added: usize,
    problems: Vec<LineProblem>,
}

/// Adds every link in `text` to `list`; lines without a usable link are
/// reported with their number, in the message table's words.
fn add_links(text: &str, list: &mut ScenarioList, ds: &DataSet) -> PasteResult {
    let paste = list.add_links(text, ds);
    let problems = paste
        .problems
        .into_iter()
        .map(|(line, problem)| {
            let (what, detail) = match problem {
                PasteProblem::NoLink => (Msg::BoardNoLink, None),
                PasteProblem::Link(e) => {
                    let n = url_sync::link_notice(&e, None);
                    (n.what, n.detail)
                }
                PasteProblem::List(e) => (list_error_msg(&e), None),
            };
            LineProblem { line, what, detail }
        })
        .collect();
    PasteResult {
        added: paste.added,
        problems,
    }
}

/// One row of dots: every participant's value (equal values stacked), the
/// middle half and the median, on the control's own scale with its two
/// ends named.
fn strip(ds: &DataSet, s: &Spread, name: String, lang: Lang) -> impl IntoView {
    let pos = |share: f64| format!("{:.2}%", share * 100.0);
    let dots = s.dots();
    let levels = dot_levels(&dots).to_string();
    let dots = dots
        .into_iter()
        .map(|d| view! { <span class="dot" style:left=pos(d.share) style=("--level", d.level.to_string())></span> })
        .collect_view();
    let box_width = format!("calc({} - {})", pos(s.share(s.q3)), pos(s.share(s.q1)));
    let summary = format!(
        "{}: {} · {}–{}",
        text(Msg::Median, lang),
        names::spread_value(ds, s, s.median, lang),
        names::spread_value(ds, s, s.min, lang),
        names::spread_value(ds, s, s.max, lang)
    );
    view! {
        <li class="strip-row" data-id=s.id.as_str()>
            <span class="strip-name">{name}</span>
            <span class="strip-scale">
                <span class="strip-end strip-low">{names::spread_value(ds, s, s.range.0, lang)}</span>
                <span class="strip" aria-hidden="true" style=("--levels", levels)>
                    <span class="iqr" style:left=pos(s.share(s.q1)) style:width=box_width></span>
                    {dots}
                    <span class="median" style:left=pos(s.share(s.median))></span>
                </span>
                <span class="strip-end strip-high">{names::spread_value(ds, s, s.range.1, lang)}</span>
            </span>
            <span class="strip-summary">{summary}</span>
        </li>
    }
}

/// The room's weights from the warm-up: a strip per weight, where the room
/// agrees and disagrees most, and the participants whose answers did not
/// fit together, named only when they chose a name.
fn warmup_room(ds: &DataSet, runs: &[(String, Scenario)], l: Lang) -> impl IntoView {
    let r = room(runs);
    let took = warm_text(WarmMsg::RoomTook, l).replace("{n}", &r.took.to_string());
    let strips = r
        .weights
        .iter()
        .map(|s| strip(ds, s, names::setting(ds, s.id, l), l))
        .collect_view();
    let name = |id: Option<ApproachId>| id.map(|a| names::setting(ds, Setting::Priority(a), l));
    let split = name(r.most_split)
        .zip(name(r.most_agreed))
        .map(|(split, agreed)| {
            format!(
                "{} «{split}» {} «{agreed}».",
                warm_text(WarmMsg::RoomMostSplit, l),
                warm_text(WarmMsg::RoomMostAgreed, l)
            )
        });
    let named: Vec<String> = r
        .inconsistent
        .iter()
        .filter_map(|i| runs.get(*i))
        .filter(|(name, _)| own_name(name))
        .map(|(name, _)| name.clone())
        .collect();
    let unnamed = r.inconsistent.len() - named.len();
    let flags = if r.inconsistent.is_empty() {
        warm_text(WarmMsg::RoomAllConsistent, l).to_string()
    } else {
        let mut who = named;
        if unnamed > 0 {
            who.push(format!("{unnamed} {}", warm_text(WarmMsg::RoomUnnamed, l)));
        }
        format!(
            "{}: {}.",
            warm_text(WarmMsg::RoomInconsistent, l)
                .replace("{n}", &r.inconsistent.len().to_string()),
            who.join(", ")
        )
    };
    // On the projector the room sees how many, not who.
    let count = match r.inconsistent.len() {
        0 => warm_text(WarmMsg::RoomAllConsistent, l).to_string(),
        1 => warm_text(WarmMsg::RoomInconsistentOne, l).to_string(),
        n => warm_text(WarmMsg::RoomInconsistentCount, l).replace("{n}", &n.to_string()),
    };
    view! {
        <section class="board-section room-warmup" class:room-warmup-empty=r.took == 0 aria-labelledby="room-warmup-heading">
            <h3 id="room-warmup-heading">{warm_text(WarmMsg::RoomHeading, l)}</h3>
            {if r.took == 0 {
                view! { <p id="room-warmup-none">{warm_text(WarmMsg::RoomNone, l)}</p> }.into_any()
            } else {
                view! {
                    <p id="room-warmup-took">{took}</p>
                    <ul class="strips" id="warmup-strips">{strips}</ul>
                    <p id="room-warmup-split">{split}</p>
                    <p id="room-warmup-flags">{flags}</p>
                    <p id="room-warmup-flags-count">{count}</p>
                }
                .into_any()
            }}
        </section>
    }
}

/// Whether a participant's stored name was chosen by them (not empty or a
/// preset's id).
fn own_name(name: &str) -> bool {
    Scenario {
        name: name.to_string(),
        ..Scenario::neutral()
    }
    .has_own_name()
}

/// The board view.
#[component]
pub fn BoardView(
    /// The shell's view, for opening the median in the explorer.
    view: RwSignal<View>,
) -> impl IntoView {
    let ex = use_explorer();
    let lang = use_lang();
    let ds = ex.data.get_untracked();
    let store = ListStore::load(Key::Board);
    let pasted = RwSignal::new(String::new());
    let result = RwSignal::new(None::<PasteResult>);
    let refused = RwSignal::new(false);
    let cleared = RwSignal::new(None::<ScenarioList>);

    let paste_ds = ds.clone();
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let text = pasted.get_untracked();
        let mut r = PasteResult::default();
        refused.set(!store.modify(|l| r = add_links(&text, l, &paste_ds)));
        if r.problems.is_empty() {
            pasted.set(String::new());
        }
        result.set(Some(r));
    };
    let add_current = move |_| {
        let name = ex.scenario.with_untracked(|s| s.name.clone());
        let code = ex.code_now();
        match store.add(&name, &code) {
            Ok(()) => result.set(Some(PasteResult {
                added: 1,
                problems: Vec::new(),
            })),
            Err(m) => result.set(Some(PasteResult {
                added: 0,
                problems: vec![LineProblem {
                    line: 0,
                    what: m,
                    detail: None,
                }],
            })),
        }
    };

    // The participants whose links still open, with their stored names and
    // places in the list. No language here: switching language relabels
    // the board without projecting it again.
    let board_ds = ds.clone();
    let participants = Memo::new(move |_| {
        store.list.with(|list| {
            list.entries
                .iter()
                .enumerate()
                .filter_map(|(i, Entry { name, code })| {
                    link::open(code, &board_ds)
                        .ok()
                        .map(|o| ((name.clone(), i + 1), o.state.scenario))
                })
                .collect::<Vec<((String, usize), Scenario)>>()
        })
    });
    let projected = Memo::new(move |_| {
        participants.with(|p| {
            if p.is_empty() {
                return None;
            }
            let runs: Vec<(String, Scenario)> = p
                .iter()
                .map(|((_, n), s)| (n.to_string(), s.clone()))
                .collect();
            Some(board(&runs, &ex.data.get()).map_err(|e| e.to_string()))
        })
    });
    // The participants' labels in the reader's language, attached after
    // projecting.
    let room = Memo::new(move |_| {
        let l = lang.get();
        let mut room = projected.get()?;
        if let Ok(b) = &mut room {
            participants.with(|p| {
                for (col, ((name, n), _)) in b.comparison.columns.iter_mut().zip(p) {
                    col.label = participant_label(name, *n, l);
                }
            });
        }
        Some(room)
    });

    let list_view = move || {
        let l = lang.get();
        store
            .list
            .get()
            .entries
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                view! {
                    <li>
                        <span class="participant-name">{participant_label(&e.name, i + 1, l)}</span>
                        " "
                        <button type="button" class="remove-participant" on:click=move |_| {
                            refused.set(!store.modify(|list| {
                                list.remove(i);
                            }));
                        }>{tr(Msg::BoardRemove)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    let clear = move |_| {
        cleared.set(Some(store.list.get_untracked()));
        refused.set(!store.modify(|l| l.entries.clear()));
    };
    let undo_clear = move |_| {
        if let Some(old) = cleared.get_untracked() {
            refused.set(!store.modify(|l| *l = old));
            cleared.set(None);
        }
    };

    let result_view = move || {
        result.get().map(|r| {
            let problems = r
                .problems
                .into_iter()
                .map(|p| {
                    view! {
                        <li>
                            {tr(Msg::BoardLine)} " " {p.line} ": " {tr(p.what)}
                            {p.detail.map(|d| view! { " " <code>{d}</code> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p role="status">{tr(Msg::BoardAddedCount)} " " {r.added}</p>
                <div role="alert"><ul class="paste-problems">{problems}</ul></div>
            }
        })
    };

    let room_ds = ds.clone();
    let content = use_content();
    let room_view = move || {
        let l = lang.get();
        let ds = &room_ds;
        room.with(|r| match r {
            None => view! { <p class="board-empty">{tr(Msg::BoardEmpty)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error" role="alert">{tr(Msg::ModelError)} " " {e.clone()}</p> }.into_any(),
            Some(Ok(b)) => {
                let weights = b
                    .weights
                    .iter()
                    .map(|s| strip(ds, s, names::setting(ds, s.id, l), l))
                    .collect_view();
                let levers = b
                    .levers
                    .iter()
                    .map(|s| strip(ds, s, names::setting(ds, s.id, l), l))
                    .collect_view();
                let disputed: Vec<_> = b
                    .disagreement
                    .iter()
                    .filter(|(_, d)| *d > 0.0)
                    .take(DISPUTED_SHOWN)
                    .map(|(id, d)| {
                        view! {
                            <li data-id=id.to_string()>
                                <span class="disputed-name">{names::setting(ds, *id, l)}</span>
                                ": "
                                {crate::text::format::percent(*d, l)}
                            </li>
                        }
                    })
                    .collect_view();
                let any_disputed = b.disagreement.iter().any(|(_, d)| *d > 0.0);
                let median = b.median.clone();
                let median_weights = b
                    .median
                    .priorities
                    .pairs()
                    .into_iter()
                    .map(|(id, v)| {
                        view! { <li>{names::setting(ds, Setting::Priority(id), l)} ": " {crate::text::format::weight(v, l)}</li> }
                    })
                    .collect_view();
                let people = b
                    .comparison
                    .columns
                    .iter()
                    .zip(&b.lenses)
                    .map(|(col, m)| {
                        view! {
                            <li>
                                <span class="participant">{col.label.clone()}</span>
                                <span class="participant-lens">{names::lens_match(&content, *m, l)}</span>
                            </li>
                        }
                    })
                    .collect_view();
                let c = &b.comparison;
                let year = c.years.last().copied().unwrap_or_default();
                let heads = BOARD_METRICS
                    .iter()
                    .map(|m| {
                        let unit = cells::unit(*m, l).map(|u| view! { <span class="unit">{u}</span> });
                        view! { <th scope="col">{names::metric(ds, *m, l)} {unit}</th> }
                    })
                    .collect_view();
                let rows = c
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, col)| {
                        let cells = BOARD_METRICS
                            .iter()
                            .map(|m| {
                                let v = c.row(*m).and_then(|r| r.values.get(i)).copied().unwrap_or_default();
                                view! { <td>{cells::value(*m, v, l)}</td> }
                            })
                            .collect_view();
                        view! { <tr><th scope="row">{col.label.clone()}</th>{cells}</tr> }
                    })
                    .collect_view();
                let median_row = compare(&[(String::new(), b.median.clone())], ds).ok().map(|m| {
                    let cells = BOARD_METRICS
                        .iter()
                        .map(|metric| {
                            let v = m.row(*metric).and_then(|r| r.values.first()).copied().unwrap_or_default();
                            view! { <td>{cells::value(*metric, v, l)}</td> }
                        })
                        .collect_view();
                    view! { <tr class="median-row"><th scope="row">{text(Msg::BoardMedian, l)}</th>{cells}</tr> }
                });
                view! {
                    <div class="board-room">
                    <section class="board-section board-spread" aria-labelledby="spread-heading">
                        <h3 id="spread-heading">{text(Msg::BoardSpread, l)}</h3>
                        <p class="note">{text(Msg::BoardSpreadNote, l)} " " {text(Msg::BoardStackNote, l)}</p>
                        <ul class="strips" id="weight-strips">{weights}</ul>
                    </section>
                    <section class="board-section board-people" aria-labelledby="people-heading">
                        <h3 id="people-heading">{text(Msg::BoardLenses, l)}</h3>
                        <ul class="room-people" id="room-people">{people}</ul>
                    </section>
                    <section class="board-section board-disputed" aria-labelledby="disagree-heading">
                        <h3 id="disagree-heading">{text(Msg::BoardDisagree, l)}</h3>
                        <p class="note">{text(Msg::BoardDisagreeNote, l)}</p>
                        {if any_disputed {
                            view! { <ol class="disputed" id="disputed">{disputed}</ol> }.into_any()
                        } else {
                            view! { <p id="disputed">{text(Msg::BoardAgree, l)}</p> }.into_any()
                        }}
                    </section>
                    <section class="board-section board-median" aria-labelledby="median-heading">
                        <h3 id="median-heading">{text(Msg::BoardMedian, l)}</h3>
                        <p class="note">{text(Msg::BoardMedianNote, l)}</p>
                        <ul class="median-weights" id="median-weights">{median_weights}</ul>
                        <button type="button" id="open-median" on:click=move |_| {
                            let mut s = median.clone();
                            s.name = text(Msg::BoardMedian, l).to_string();
                            ex.lens.set(None);
                            ex.scenario.set(s);
                            url_sync::go(ex, view, View::Explorer);
                        }>{text(Msg::BoardMedianOpen, l)}</button>
                    </section>
                    <section class="board-section board-consequences" aria-labelledby="consequences-board-heading">
                        <h3 id="consequences-board-heading">{text(Msg::BoardConsequences, l)} " " {year}</h3>
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="consequences-board-heading">
                            <table class="board-table" id="board-table">
                                <thead><tr><th scope="col">{text(Msg::Participant, l)}</th>{heads}</tr></thead>
                                <tbody>{rows}{median_row}</tbody>
                            </table>
                        </div>
                    </section>
                    <details class="board-section board-levers">
                        <summary>{text(Msg::BoardLevers, l)}</summary>
                        <ul class="strips">{levers}</ul>
                    </details>
                    </div>
                }
                .into_any()
            }
        })
    };

    // Whether anyone's link carries warm-up answers; on a projector the
    // facilitator then switches the left column between the room's chosen
    // weights and the warm-up's.
    let any_warmup =
        Memo::new(move |_| participants.with(|p| p.iter().any(|(_, s)| !s.warmup.is_empty())));
    let warmup_slide = RwSignal::new(false);
    let warmup_ds = ds.clone();
    let warmup_view = move || {
        let l = lang.get();
        let ds = &warmup_ds;
        participants.with(|p| {
            if p.is_empty() {
                return None;
            }
            let runs: Vec<(String, Scenario)> = p
                .iter()
                .map(|((name, _), s)| (name.clone(), s.clone()))
                .collect();
            Some(warmup_room(ds, &runs, l))
        })
    };

    view! {
        <section class="board" class:warmup-slide=warmup_slide aria-labelledby="board-heading">
            <h2 id="board-heading">{tr(Msg::BoardHeading)}</h2>
            <button
                type="button"
                id="board-warmup-slide"
                hidden=move || !any_warmup.get()
                aria-pressed=move || warmup_slide.get().to_string()
                on:click=move |_| warmup_slide.update(|on| *on = !*on)
            >
                {move || warm_text(WarmMsg::RoomSlide, lang.get())}
            </button>
            <p class="intro">{tr(Msg::BoardIntro)}</p>
            <ListProblemNote store=store/>
            <form class="board-paste" on:submit=add>
                <label class="field">
                    <span>{tr(Msg::BoardPasteLabel)}</span>
                    <textarea
                        id="board-links"
                        rows="4"
                        prop:value=pasted
                        on:input=move |e| pasted.set(event_target_value(&e))
                    ></textarea>
                </label>
                <div class="board-actions">
                    <button type="submit" id="board-add">{tr(Msg::BoardAdd)}</button>
                    <button type="button" id="board-add-current" on:click=add_current>{tr(Msg::BoardAddCurrent)}</button>
                </div>
            </form>
            {result_view}
            <p class="error" role="alert" hidden=move || !refused.get()>{tr(Msg::StorageRefused)}</p>
            <div class="participants">
                <h3>{tr(Msg::BoardParticipants)} " (" {move || store.list.with(|l| l.entries.len())} ")"</h3>
                <ul class="participant-list" id="participants">{list_view}</ul>
                <button
                    type="button"
                    id="board-clear"
                    hidden=move || store.list.with(|l| l.entries.is_empty())
                    on:click=clear
                >
                    {tr(Msg::BoardClear)}
                </button>
                {move || cleared.get().map(|_| view! {
                    <p role="status">
                        {tr(Msg::BoardCleared)} " "
                        <button type="button" id="board-undo" on:click=undo_clear>{tr(Msg::Undo)}</button>
                    </p>
                })}
            </div>
            {room_view}
            {warmup_view}
        </section>
    }
}
