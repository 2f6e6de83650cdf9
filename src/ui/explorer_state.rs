//! The explorer's state: the scenario the user shapes, the projections the
//! model derives from it, and what is on screen. The central projection and
//! the baseline are memos, recomputed when the scenario's choices change (a
//! new name projects nothing); the p10–p90 bands and the share code follow
//! a moment after the input stops, so a slider never waits for the 1,000
//! draws or for compressing a link.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_use_signal_debounce_throttle::signal_debounced;

use crate::model::analysis::lens::Change;
use crate::model::codec::bands_job::{BandsJob, BandsReply, JobData};
use crate::model::codec::link::{self, LinkState};
use crate::model::data::dataset::SteeringCentre;
use crate::model::data::localized::Lang;
use crate::model::ids::{ApproachId, ChartId, Setting, Slide};
use crate::model::import::Import;
use crate::model::{
    project, project_central, BandedProjection, DataSet, ModelError, Projection, Scenario,
};
use crate::text::messages::{text, Msg};
use crate::text::names;
use crate::ui::web::bands_worker;

/// Monte Carlo draws behind the bands on screen (as the runner's default).
pub const DRAWS: usize = 1000;
/// Seed of the draws: the same scenario always shows the same bands.
pub const SEED: u64 = 1;
/// Quiet time after the last input before the bands are computed, in ms.
const BANDS_DELAY_MS: f64 = 150.0;
/// Quiet time after the last input before the share code (and with it the
/// address) follows, in ms.
const CODE_DELAY_MS: f64 = 250.0;

/// A message for the user that stays until dismissed: one or two lines
/// from the message table, and a detail.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What happened.
    pub what: Msg,
    /// Detail after the message, e.g. a field name (plain text).
    pub detail: Option<String>,
    /// What the app did about it, if anything.
    pub then: Option<Msg>,
}

/// The lens last applied and what it changed.
#[derive(Clone, Debug, PartialEq)]
pub struct LensNote {
    /// The approach.
    pub approach: ApproachId,
    /// The settings it changed.
    pub changes: Vec<Change>,
}

/// Where the explorer's figures come from: the built-in national data set,
/// or a municipality's own file once accepted (its import and the data set
/// read from it, always together).
#[derive(Clone)]
pub enum DataSource {
    /// The built-in national data set.
    National,
    /// A municipality's accepted import and the data set built from it.
    Municipality {
        /// The import, with its origins and problems (for the cockpit).
        import: Arc<Import>,
        /// The import's data set, shared by every projection.
        data: Arc<DataSet>,
    },
}

impl DataSource {
    /// The source for an accepted import.
    pub fn municipality(import: Arc<Import>) -> DataSource {
        let data = Arc::new(import.data.clone());
        DataSource::Municipality { import, data }
    }

    /// The municipality's import, if one is in use.
    pub fn import(&self) -> Option<Arc<Import>> {
        match self {
            DataSource::National => None,
            DataSource::Municipality { import, .. } => Some(import.clone()),
        }
    }

    /// Whether the built-in national figures are in use.
    pub fn is_national(&self) -> bool {
        matches!(self, DataSource::National)
    }

    /// The scale of the figures in words: "hele landet", or the
    /// municipality's name (the file's, if it names none).
    pub fn scale(&self, lang: Lang) -> String {
        match self {
            DataSource::National => text(Msg::ScaleNational, lang).to_string(),
            DataSource::Municipality { import, .. } => import
                .municipality
                .clone()
                .unwrap_or_else(|| text(Msg::ScaleOwnFile, lang).to_string()),
        }
    }
}

/// A job the bands worker is working on: for which scenario and data set.
#[derive(Clone)]
struct Job {
    id: u64,
    scenario: Scenario,
    data: Arc<DataSet>,
}

/// The bands worker's jobs: the last one sent and the municipality's data
/// set the worker has (it keeps the national one itself).
#[derive(Default)]
struct Jobs {
    last_id: u64,
    pending: Option<Job>,
    sent: Option<Arc<DataSet>>,
}

impl Jobs {
    /// The next job for `scenario` on `data` as its text (the data set
    /// goes along only when the worker does not have it yet).
    fn next(&mut self, scenario: &Scenario, data: &Arc<DataSet>, national: bool) -> String {
        self.last_id += 1;
        let which = if national {
            JobData::National
        } else if self.sent.as_ref().is_some_and(|d| Arc::ptr_eq(d, data)) {
            JobData::Same
        } else {
            self.sent = Some(data.clone());
            JobData::Own(data.clone())
        };
        self.pending = Some(Job {
            id: self.last_id,
            scenario: scenario.clone(),
            data: data.clone(),
        });
        BandsJob {
            id: self.last_id,
            scenario: scenario.clone(),
            data: which,
            draws: DRAWS,
            seed: SEED,
        }
        .to_text()
    }
}

/// Bands as computed: for which scenario and data set.
struct Landed {
    scenario: Scenario,
    data: Arc<DataSet>,
    bands: Arc<BandedProjection>,
}

/// Everything the explorer's components share, as one context.
#[derive(Clone, Copy)]
pub struct ExplorerState {
    /// Where the figures come from: national, or a municipality's file.
    pub source: RwSignal<DataSource>,
    /// The data set in use, derived from `source`: the built-in one, or a municipality's own
    /// numbers once loaded and accepted.
    pub data: Memo<Arc<DataSet>>,
    /// The built-in national data set, to go back to.
    pub national: StoredValue<Arc<DataSet>>,
    /// The scenario the user shapes.
    pub scenario: RwSignal<Scenario>,
    /// The scenario's central projection.
    pub central: Memo<Result<Projection, ModelError>>,
    /// The "no change" projection for the same frame and growth.
    pub baseline: Memo<Result<Projection, ModelError>>,
    /// The bands of the current scenario and data set, once computed: none
    /// from the moment either changes (in the same update as the central
    /// projection, so a chart is not drawn first with stale bands).
    pub bands: Memo<Option<Arc<BandedProjection>>>,
    /// The lens last applied, for the one-sentence note.
    pub lens: RwSignal<Option<LensNote>>,
    /// The chart on screen.
    pub chart: RwSignal<ChartId>,
    /// Levers shown: all, or one steering centre's.
    pub centre: RwSignal<Option<SteeringCentre>>,
    /// Presentation mode for projectors.
    pub presenting: RwSignal<bool>,
    /// In presentation mode, whether the headline figures' slide is on
    /// screen rather than the chart.
    pub numbers_slide: RwSignal<bool>,
    /// The link code of the scenario and chart on screen, derived from
    /// them a moment after the last input (the address, the navigation
    /// and the share panel follow it; see `url_sync`).
    pub code: Memo<String>,
    /// A message for the user (a broken link, storage trouble), if any.
    pub notice: RwSignal<Option<Notice>>,
}

impl ExplorerState {
    /// Creates the state, starting from `opening` (a link's scenario and
    /// chart) or the defaults, and the effects that follow input: the
    /// bands, the share code.
    pub fn new(national: Arc<DataSet>, opening: Option<LinkState>) -> Self {
        let national = StoredValue::new(national);
        let source = RwSignal::new(DataSource::National);
        let store = Memo::new_with_compare(
            move |_| match source.get() {
                DataSource::National => national.get_value(),
                DataSource::Municipality { data, .. } => data,
            },
            |old, new| !matches!((old, new), (Some(a), Some(b)) if Arc::ptr_eq(a, b)),
        );
        let (first, first_chart) = match opening {
            Some(LinkState { scenario, chart }) => (scenario, chart),
            None => (Scenario::neutral(), None),
        };
        let scenario = RwSignal::new(first);
        let chart = RwSignal::new(first_chart.unwrap_or(ChartId::Spending));
        // The share code once scenario and chart have been still for
        // `CODE_DELAY_MS`: a slider frame does not compress a link, and the
        // address, the navigation's links and the share panel follow a
        // moment after the last input ([`ExplorerState::code_now`] is the
        // code at once, for a click that saves or navigates).
        let settled_state = signal_debounced(
            Signal::derive(move || (scenario.get(), chart.get())),
            CODE_DELAY_MS,
        );
        let code = Memo::new(move |_| {
            let (scenario, chart) = settled_state.get();
            link::encode(&LinkState {
                scenario,
                chart: Some(chart),
            })
        });
        // The scenario's choices: a new name (typed key by key in the share
        // panel) projects nothing again.
        let choices = Memo::new_with_compare(
            move |_| scenario.get(),
            |old, new| !matches!((old, new), (Some(a), Some(b)) if a.same_choices(b)),
        );
        let central = Memo::new(move |_| {
            let ds = store.get();
            choices.with(|s| project_central(s, &ds))
        });
        // The baseline depends only on frame, growth and horizon: project it
        // again only when those change, not on every weight or lever.
        let baseline_scenario = Memo::new_with_compare(
            move |_| choices.with(Scenario::baseline),
            |old, new| !matches!((old, new), (Some(a), Some(b)) if a.same_choices(b)),
        );
        let baseline = Memo::new(move |_| {
            let ds = store.get();
            baseline_scenario.with(|s| project_central(s, &ds))
        });
        // The last bands computed, with the scenario and data set they are of.
        let landed = RwSignal::new(None::<Landed>);
        let bands = Memo::new_with_compare(
            move |_| {
                landed.with(|l| {
                    l.as_ref()
                        .filter(|l| {
                            choices.with(|now| now.same_choices(&l.scenario))
                                && store.with(|ds| Arc::ptr_eq(ds, &l.data))
                        })
                        .map(|l| l.bands.clone())
                })
            },
            |old, new| match (old, new) {
                (Some(Some(a)), Some(Some(b))) => !Arc::ptr_eq(a, b),
                (Some(None), Some(None)) => false,
                _ => true,
            },
        );
        // Forget the last bands on every input: back at the same scenario
        // in a drag, the chart stays a draft rather than flash the old
        // bands. (`bands` is empty already, so nothing redraws.)
        Effect::new(move |_| {
            choices.track();
            store.track();
            if landed.with_untracked(Option::is_some) {
                landed.set(None);
            }
        });
        // The bands of the scenario's choices and the data set once they
        // have been still for `BANDS_DELAY_MS`: computed by the bands
        // worker where it runs, by the page itself where it does not.
        let settled = signal_debounced(
            Signal::derive(move || (choices.get(), store.get())),
            BANDS_DELAY_MS,
        );
        let jobs = StoredValue::new(Jobs::default());
        let current = move |s: &Scenario, ds: &Arc<DataSet>| {
            choices.with_untracked(|now| now.same_choices(s))
                && store.with_untracked(|now| Arc::ptr_eq(now, ds))
        };
        let land = move |scenario: Scenario, data: Arc<DataSet>, bands: BandedProjection| {
            landed.set(Some(Landed {
                scenario,
                data,
                bands: Arc::new(bands),
            }));
        };
        let compute_here = move |s: Scenario, ds: Arc<DataSet>| {
            if let Ok(b) = project(&s, &ds, DRAWS, SEED) {
                land(s, ds, b);
            }
        };
        let worker = bands_worker::start(move |reply| {
            let Some(job) = jobs.with_value(|j| j.pending.clone()) else {
                return;
            };
            let reply = reply.and_then(|text| BandsReply::from_text(&text));
            if reply.as_ref().is_some_and(|r| r.id != job.id) {
                return; // a reply to an older input
            }
            jobs.update_value(|j| j.pending = None);
            if !current(&job.scenario, &job.data) {
                return;
            }
            let bands = reply.and_then(|r| {
                central.with_untracked(|c| {
                    let c = c.as_ref().ok()?;
                    r.bands(c, &job.data, DRAWS, SEED)
                })
            });
            match bands {
                Some(b) => land(job.scenario, job.data, b),
                None => compute_here(job.scenario, job.data),
            }
        });
        Effect::new(move |_| {
            let (s, ds) = settled.get();
            if !current(&s, &ds) {
                return;
            }
            if worker {
                let national = national.with_value(|n| Arc::ptr_eq(n, &ds));
                let job = jobs.try_update_value(|j| j.next(&s, &ds, national));
                if job.is_some_and(|job| bands_worker::post(&job)) {
                    return;
                }
            }
            compute_here(s, ds);
        });
        ExplorerState {
            source,
            data: store,
            national,
            scenario,
            central,
            baseline,
            bands,
            lens: RwSignal::new(None),
            chart,
            centre: RwSignal::new(None),
            presenting: RwSignal::new(false),
            numbers_slide: RwSignal::new(false),
            code,
            notice: RwSignal::new(None),
        }
    }
}

impl ExplorerState {
    /// The presentation slide on screen.
    pub fn slide(&self) -> Slide {
        if self.numbers_slide.get() {
            Slide::Numbers
        } else {
            Slide::Chart(self.chart.get())
        }
    }

    /// Puts `slide` on screen (a chart slide also picks the chart tab).
    pub fn show(&self, slide: Slide) {
        match slide {
            Slide::Numbers => self.numbers_slide.set(true),
            Slide::Chart(c) => {
                self.numbers_slide.set(false);
                self.chart.set(c);
            }
        }
    }

    /// Turns presentation mode on (at the headline figures) or off.
    pub fn set_presenting(&self, on: bool) {
        self.numbers_slide.set(on);
        self.presenting.set(on);
    }

    /// The link code of the scenario and chart on screen now, also within
    /// the quiet time after an input: for a click that saves, shares or
    /// leaves the view.
    pub fn code_now(self) -> String {
        link::encode(&LinkState {
            scenario: self.scenario.get_untracked(),
            chart: Some(self.chart.get_untracked()),
        })
    }

    /// Uses `source`'s figures from now on. Levers set beyond its ranges (a
    /// municipality's DKK-a-year levers are scaled to its size) move to the
    /// nearest allowed value, and a notice names them, so the model never
    /// gets a scenario it must refuse.
    pub fn use_source(self, source: DataSource, lang: Lang) {
        self.source.set(source);
        let data = self.data.get_untracked();
        let (fitted, moved) = self.scenario.with_untracked(|s| s.fitted_to(&data));
        if moved.is_empty() {
            return;
        }
        self.scenario.set(fitted);
        let levers: Vec<String> = moved
            .iter()
            .map(|&id| names::setting(&data, Setting::Lever(id), lang))
            .collect();
        self.notice.set(Some(Notice {
            what: Msg::LeversFitted,
            detail: Some(levers.join(", ")),
            then: None,
        }));
    }
}

/// The explorer state from context.
pub fn use_explorer() -> ExplorerState {
    expect_context::<ExplorerState>()
}
