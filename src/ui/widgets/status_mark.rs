//! The status mark beside a number: a small button showing how firmly the
//! number is grounded (● kilde, ◐ afledt, ○ antagelse, Σ beregnet) whose
//! accessible name says the same in words. Activating it opens the page's
//! one source panel (`source_panel`) on what the number rests on.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::analysis::grounding::Basis;
use crate::model::data::localized::Lang;
use crate::model::data::sources::{Mark, SourceRegistry};
use crate::model::import::with_municipality_source;
use crate::text::messages::{text, Msg};
use crate::ui::state::{use_content, use_lang};

/// What the source panel shows: the number, what it is, what it rests on,
/// and the mark that opened it (focus goes back there on closing).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// What the number is, e.g. "Udgift, Plejefamilier".
    pub what: String,
    /// The number as shown, if the mark stands for one number.
    pub value: Option<String>,
    /// What it rests on.
    pub basis: Basis,
    /// Id of the mark that opened the panel.
    pub opener: String,
}

/// The page's one source panel, as context: what it shows (none while
/// closed) and the source registry the marks look their sources up in.
#[derive(Clone, Copy)]
pub struct SourcePanel {
    /// What the panel shows; `None` while it is closed.
    pub shown: RwSignal<Option<Shown>>,
    /// The registry of the built-in sources and the municipality's file.
    pub registry: StoredValue<Arc<SourceRegistry>>,
}

/// Provides the source panel's context; the shell calls it once.
pub fn provide_source_panel() -> SourcePanel {
    let registry = with_municipality_source(&use_content().sources);
    let panel = SourcePanel {
        shown: RwSignal::new(None),
        registry: StoredValue::new(Arc::new(registry)),
    };
    provide_context(panel);
    panel
}

/// The source panel from context.
pub fn use_source_panel() -> SourcePanel {
    expect_context::<SourcePanel>()
}

/// Whom a mark speaks for: the number beside it, every number in its table
/// row, or every number on its key figure card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MarkScope {
    /// The one number beside the mark.
    #[default]
    Number,
    /// Every number in the mark's table row.
    Row,
    /// Every number on the mark's key figure card.
    Card,
}

/// The mark's visible sign: a shape, so the marks differ without colour.
fn sign(mark: Mark) -> &'static str {
    match mark {
        Mark::Source => "●",
        Mark::Derived => "◐",
        Mark::Assumption => "○",
        Mark::Computed => "Σ",
    }
}

/// The reader's word for a mark.
pub fn mark_word(mark: Mark, lang: Lang) -> &'static str {
    text(
        match mark {
            Mark::Source => Msg::StatusStated,
            Mark::Derived => Msg::StatusDerived,
            Mark::Assumption => Msg::StatusIllustrative,
            Mark::Computed => Msg::StatusComputed,
        },
        lang,
    )
}

/// The mark's accessible name: what, its status, the source's citation,
/// the scope and what a tap shows.
fn name(what: &str, basis: &Basis, scope: MarkScope, lang: Lang) -> String {
    let mark = basis.mark();
    let mut parts = vec![format!("{what}: {}", mark_word(mark, lang))];
    if let Basis::Figure(p) = basis {
        if let Some(s) = &p.source {
            parts.push(s.citation.get(lang).to_string());
        }
    }
    match scope {
        MarkScope::Number => {}
        MarkScope::Row => parts.push(text(Msg::MarkWholeRow, lang).to_string()),
        MarkScope::Card => parts.push(text(Msg::MarkWholeCard, lang).to_string()),
    }
    let action = match mark {
        Mark::Source | Mark::Derived => Msg::MarkShowSource,
        Mark::Assumption => Msg::MarkShowWhy,
        Mark::Computed => Msg::MarkShowBasis,
    };
    format!("{} – {}", parts.join(", "), text(action, lang))
}

/// A status mark: a button that opens the source panel on `basis`, e.g.
/// `<StatusMark what="Mængde, BPA" value="1.600" basis=Basis::figure(..)/>`.
#[component]
pub fn StatusMark(
    /// What the number is, in the reader's language.
    #[prop(into)]
    what: Signal<String>,
    /// What the number rests on.
    #[prop(into)]
    basis: Signal<Basis>,
    /// The number as shown, when the mark stands for one number.
    #[prop(optional, into)]
    value: MaybeProp<String>,
    /// Whom the mark speaks for.
    #[prop(optional)]
    scope: MarkScope,
) -> impl IntoView {
    let lang = use_lang();
    let panel = use_source_panel();
    let id = format!("mark-{}", next_id());
    let opener = id.clone();
    let open = move |_| {
        panel.shown.set(Some(Shown {
            what: what.get_untracked(),
            value: value.get_untracked(),
            basis: basis.get_untracked(),
            opener: opener.clone(),
        }));
    };
    view! {
        <button
            type="button"
            class="status-mark"
            id=id
            data-mark=move || basis.with(|b| format!("{:?}", b.mark()).to_lowercase())
            aria-haspopup="dialog"
            aria-label=move || what.with(|w| basis.with(|b| name(w, b, scope, lang.get())))
            on:click=open
        >
            <span aria-hidden="true">{move || basis.with(|b| sign(b.mark()))}</span>
        </button>
    }
}

fn next_id() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
