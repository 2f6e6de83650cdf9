//! The p10–p90 bands as a job for another thread. The page sends its bands
//! worker a [`BandsJob`] (the scenario as its share code, and the data set
//! unless the worker has it already) and gets a [`BandsReply`] back (the
//! bands as plain numbers, [`bands_to_numbers`], which the page puts back on
//! the shape of its central projection). A [`BandsRunner`] on the worker's
//! side keeps the data sets between jobs, so a slider's job carries only
//! the scenario.
//!
//! Both travel as a few lines of text built from formats the app has
//! anyway (the share code, the data set's JSON file, numbers written in
//! Rust's shortest exact form), so the page's wasm gets no JSON reader or
//! writer of its own for them: one for the whole banded projection would
//! cost it about 50 KB gzip.

use std::sync::Arc;

use crate::model::codec::link::{self, LinkState};
use crate::model::engine::projection::{bands_from_numbers, bands_to_numbers};
use crate::model::{project, BandedProjection, DataSet, Projection, Scenario};

/// Which data set a job projects.
#[derive(Clone, Debug, PartialEq)]
pub enum JobData {
    /// The built-in national data set (the worker reads its own copy).
    National,
    /// The municipality's data set the previous job sent.
    Same,
    /// A municipality's own data set, sent with this job.
    Own(Arc<DataSet>),
}

/// One request for bands.
#[derive(Clone, Debug, PartialEq)]
pub struct BandsJob {
    /// The page's number for this job; the reply carries it back, so a
    /// reply to an older input is recognised and dropped.
    pub id: u64,
    /// The scenario to project.
    pub scenario: Scenario,
    /// The data set to project it on.
    pub data: JobData,
    /// Monte Carlo draws.
    pub draws: usize,
    /// Seed of the draws.
    pub seed: u64,
}

/// The worker's answer to one job.
#[derive(Clone, Debug, PartialEq)]
pub struct BandsReply {
    /// The job's number (0 for text that was not a job).
    pub id: u64,
    /// The bands as numbers ([`bands_to_numbers`]), or why there are none
    /// (the page then computes them itself).
    pub bands: Result<Vec<f64>, String>,
}

impl BandsJob {
    /// The job as text: its number, draws, seed and kind of data set on a
    /// line each, then the scenario's share code, then the data set's JSON
    /// file when it goes along.
    pub fn to_text(&self) -> String {
        let code = link::encode(&LinkState {
            scenario: self.scenario.clone(),
            chart: None,
        });
        let (kind, data) = match &self.data {
            JobData::National => ("national", String::new()),
            JobData::Same => ("same", String::new()),
            JobData::Own(ds) => ("own", ds.to_json()),
        };
        format!(
            "{}\n{}\n{}\n{kind}\n{code}\n{data}",
            self.id, self.draws, self.seed
        )
    }
}

impl BandsReply {
    /// The reply as text: the job's number, then `ok` and the numbers
    /// separated by commas, or `error` and the reason.
    pub fn to_text(&self) -> String {
        match &self.bands {
            Ok(numbers) => {
                let numbers: Vec<String> = numbers.iter().map(f64::to_string).collect();
                format!("{}\nok\n{}", self.id, numbers.join(","))
            }
            Err(why) => format!("{}\nerror\n{why}", self.id),
        }
    }

    /// Reads a worker's reply; `None` for text that is not one.
    pub fn from_text(text: &str) -> Option<BandsReply> {
        let mut lines = text.splitn(3, '\n');
        let id = lines.next()?.parse().ok()?;
        let kind = lines.next()?;
        let rest = lines.next()?;
        let bands = match kind {
            "ok" if rest.is_empty() => Ok(Vec::new()),
            "ok" => Ok(rest
                .split(',')
                .map(str::parse)
                .collect::<Result<Vec<f64>, _>>()
                .ok()?),
            "error" => Err(rest.to_string()),
            _ => return None,
        };
        Some(BandsReply { id, bands })
    }

    /// The bands, put back on the shape of `central` (the central
    /// projection of the job's scenario on `data`); `None` when the worker
    /// had none or they do not fit.
    pub fn bands(
        &self,
        central: &Projection,
        data: &DataSet,
        draws: usize,
        seed: u64,
    ) -> Option<BandedProjection> {
        let numbers = self.bands.as_ref().ok()?;
        bands_from_numbers(central, data, draws, seed, numbers)
    }
}

/// The worker's side: runs jobs, keeping the national data set (read once)
/// and the last municipality's data set between them.
pub struct BandsRunner {
    national: fn() -> DataSet,
    national_read: Option<Arc<DataSet>>,
    own: Option<Arc<DataSet>>,
}

impl BandsRunner {
    /// A runner that reads the national data set with `national` when a
    /// job first needs it.
    pub fn new(national: fn() -> DataSet) -> BandsRunner {
        BandsRunner {
            national,
            national_read: None,
            own: None,
        }
    }

    /// Runs one job given as text ([`BandsJob::to_text`]) and returns the
    /// reply as text ([`BandsReply::to_text`]). Text that is not a job gets
    /// a reply with number 0 and the reason.
    pub fn run(&mut self, job: &str) -> String {
        let mut lines = job.splitn(6, '\n');
        let mut next = || lines.next().unwrap_or("");
        let (id, draws, seed, kind, code, data) = (next(), next(), next(), next(), next(), next());
        let reply = match (id.parse(), draws.parse(), seed.parse()) {
            (Ok(id), Ok(draws), Ok(seed)) => BandsReply {
                id,
                bands: self.bands(draws, seed, kind, code, data),
            },
            _ => BandsReply {
                id: 0,
                bands: Err("not a bands job".to_string()),
            },
        };
        reply.to_text()
    }

    fn bands(
        &mut self,
        draws: usize,
        seed: u64,
        kind: &str,
        code: &str,
        data: &str,
    ) -> Result<Vec<f64>, String> {
        let data = match kind {
            "national" => {
                let read = self.national;
                self.national_read
                    .get_or_insert_with(|| Arc::new(read()))
                    .clone()
            }
            "same" => self
                .own
                .clone()
                .ok_or_else(|| "no data set sent before".to_string())?,
            "own" => {
                let ds = Arc::new(DataSet::from_json(data).map_err(|e| e.to_string())?);
                self.own = Some(ds.clone());
                ds
            }
            _ => return Err(format!("unknown data set '{kind}'")),
        };
        let state = link::decode(code, &data).map_err(|e| format!("{e:?}"))?;
        project(&state.scenario, &data, draws, seed)
            .map(|b| bands_to_numbers(&b))
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::ApproachId;
    use crate::model::project_central;

    fn job(id: u64, scenario: &Scenario, data: JobData) -> String {
        BandsJob {
            id,
            scenario: scenario.clone(),
            data,
            draws: 50,
            seed: 1,
        }
        .to_text()
    }

    fn reply(text: &str) -> BandsReply {
        BandsReply::from_text(text).expect("a reply")
    }

    #[test]
    fn a_national_job_gives_the_bands_the_page_would_compute() {
        let ds = DataSet::builtin();
        let mut runner = BandsRunner::new(DataSet::builtin);
        for sc in [
            Scenario::neutral(),
            Scenario::from_preset(&ds, ApproachId::Steering).unwrap(),
        ] {
            let r = reply(&runner.run(&job(7, &sc, JobData::National)));
            assert_eq!(r.id, 7);
            let own = project(&sc, &ds, 50, 1).unwrap();
            let central = project_central(&sc, &ds).unwrap();
            assert_eq!(r.bands(&central, &ds, 50, 1), Some(own));
        }
    }

    #[test]
    fn a_municipality_is_sent_once_and_used_again() {
        let mut ds = DataSet::builtin();
        ds.areas[0].unit_cost_dkk.value *= 2.0;
        let ds = Arc::new(ds);
        let sc = Scenario::neutral();
        let mut runner = BandsRunner::new(DataSet::builtin);
        let first = reply(&runner.run(&job(1, &sc, JobData::Own(ds.clone()))));
        let again = reply(&runner.run(&job(2, &sc, JobData::Same)));
        let expected = bands_to_numbers(&project(&sc, &ds, 50, 1).unwrap());
        assert_eq!(first.bands, Ok(expected.clone()));
        assert_eq!(again.bands, Ok(expected));
        // The national data set is still there beside it.
        let national = reply(&runner.run(&job(3, &sc, JobData::National)));
        assert_ne!(national.bands, again.bands);
    }

    #[test]
    fn what_is_not_a_job_is_refused_with_a_reason() {
        let sc = Scenario::neutral();
        let mut runner = BandsRunner::new(DataSet::builtin);
        let same = reply(&runner.run(&job(4, &sc, JobData::Same)));
        assert_eq!(same.id, 4);
        assert!(same.bands.is_err());
        for text in [
            "",
            "{not a job",
            "5\n50\n1\nnational\nnot-a-code\n",
            "6\n50\n1\nown\nx\n{",
        ] {
            assert!(reply(&runner.run(text)).bands.is_err(), "{text:?}");
        }
        assert_eq!(BandsReply::from_text("x\nok\n1"), None);
        assert_eq!(BandsReply::from_text("1\nok\n1,a"), None);
        assert_eq!(BandsReply::from_text("1\nmaybe\n"), None);
    }

    #[test]
    fn numbers_travel_exactly() {
        let r = BandsReply {
            id: 3,
            bands: Ok(vec![0.1, 1e300, -2.5e-7, 5_000_000_000.123, 0.0]),
        };
        assert_eq!(BandsReply::from_text(&r.to_text()), Some(r));
    }
}
