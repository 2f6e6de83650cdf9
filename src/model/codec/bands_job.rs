//! The p10–p90 bands as a job for another thread. The page sends its bands
//! worker a [`BandsJob`] (the scenario, and the data set unless the worker
//! has it already) and gets a [`BandsReply`] back, both as JSON text; a
//! [`BandsRunner`] on the worker's side keeps the data sets between jobs,
//! so a slider's job carries only the scenario.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::{project, BandedProjection, DataSet, Scenario};

/// Which data set a job projects.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum JobData {
    /// The built-in national data set (the worker reads its own copy).
    National,
    /// The municipality's data set the previous job sent.
    Same,
    /// A municipality's own data set, sent with this job.
    Own(Box<DataSet>),
}

/// One request for bands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BandsReply {
    /// The job's number.
    pub id: u64,
    /// The bands, or why there are none (the page then computes them
    /// itself).
    pub bands: Result<BandedProjection, String>,
}

impl BandsJob {
    /// The job as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl BandsReply {
    /// Reads a worker's reply; `None` for text that is not one.
    pub fn from_json(text: &str) -> Option<BandsReply> {
        serde_json::from_str(text).ok()
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

    /// Runs one job given as JSON text and returns the reply as JSON text.
    /// Text that is not a job gets a reply with id 0 and the reason.
    pub fn run(&mut self, job: &str) -> String {
        let reply = match serde_json::from_str::<BandsJob>(job) {
            Ok(job) => BandsReply {
                id: job.id,
                bands: self.bands(job),
            },
            Err(e) => BandsReply {
                id: 0,
                bands: Err(format!("not a bands job: {e}")),
            },
        };
        serde_json::to_string(&reply).unwrap_or_default()
    }

    fn bands(&mut self, job: BandsJob) -> Result<BandedProjection, String> {
        let data = match job.data {
            JobData::National => {
                let read = self.national;
                self.national_read
                    .get_or_insert_with(|| Arc::new(read()))
                    .clone()
            }
            JobData::Same => self
                .own
                .clone()
                .ok_or_else(|| "no data set sent before".to_string())?,
            JobData::Own(ds) => {
                let ds = Arc::new(*ds);
                self.own = Some(ds.clone());
                ds
            }
        };
        project(&job.scenario, &data, job.draws, job.seed).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(id: u64, data: JobData) -> String {
        BandsJob {
            id,
            scenario: Scenario::neutral(),
            data,
            draws: 50,
            seed: 1,
        }
        .to_json()
    }

    #[test]
    fn a_national_job_gives_the_bands_the_page_would_compute() {
        let mut runner = BandsRunner::new(DataSet::builtin);
        let reply = BandsReply::from_json(&runner.run(&job(7, JobData::National))).unwrap();
        assert_eq!(reply.id, 7);
        let own = project(&Scenario::neutral(), &DataSet::builtin(), 50, 1).unwrap();
        assert_eq!(reply.bands, Ok(own));
    }

    #[test]
    fn a_municipality_is_sent_once_and_used_again() {
        let mut ds = DataSet::builtin();
        ds.areas[0].unit_cost_dkk.value *= 2.0;
        let mut runner = BandsRunner::new(DataSet::builtin);
        let first = BandsReply::from_json(&runner.run(&job(1, JobData::Own(Box::new(ds.clone())))))
            .unwrap();
        let again = BandsReply::from_json(&runner.run(&job(2, JobData::Same))).unwrap();
        let expected = project(&Scenario::neutral(), &ds, 50, 1).unwrap();
        assert_eq!(first.bands, Ok(expected.clone()));
        assert_eq!(again.bands, Ok(expected));
        // The national data set is still there beside it.
        let national = BandsReply::from_json(&runner.run(&job(3, JobData::National))).unwrap();
        assert_ne!(national.bands, again.bands);
    }

    #[test]
    fn same_before_any_data_set_and_broken_text_are_refused_with_a_reason() {
        let mut runner = BandsRunner::new(DataSet::builtin);
        let same = BandsReply::from_json(&runner.run(&job(4, JobData::Same))).unwrap();
        assert_eq!(same.id, 4);
        assert!(same.bands.is_err());
        let broken = BandsReply::from_json(&runner.run("{not json")).unwrap();
        assert_eq!(broken.id, 0);
        assert!(broken.bands.is_err());
        assert_eq!(BandsReply::from_json("[]"), None);
    }
}
