//! Collecting problems: the sink every stage reports to, which caps how
//! many are listed and counts the rest, and how text from the file is
//! shortened before a problem quotes it. The problems stay typed (kind,
//! line, column, severity); the text layer (`text::import`) words them.

use super::types::{Format, Problem, ProblemKind, Severity, MAX_PROBLEMS};

pub(super) struct Sink {
    pub(super) problems: Vec<Problem>,
    more_errors: usize,
    more_warnings: usize,
    /// Problems listed by `push` (summaries from `force` do not count).
    listed: usize,
    pub(super) format: Format,
}

impl Sink {
    pub(super) fn new() -> Sink {
        Sink {
            problems: Vec::new(),
            more_errors: 0,
            more_warnings: 0,
            listed: 0,
            format: Format::Csv,
        }
    }

    pub(super) fn push(
        &mut self,
        line: Option<usize>,
        column: Option<&str>,
        kind: ProblemKind,
        severity: Severity,
    ) {
        if self.full() {
            self.count(severity);
            return;
        }
        self.listed += 1;
        self.problems.push(Problem {
            line,
            column: column.map(shorten),
            kind,
            severity,
            format: self.format,
        });
    }

    /// Lists a problem about the whole file even past the cap.
    pub(super) fn force(
        &mut self,
        line: Option<usize>,
        column: Option<&str>,
        kind: ProblemKind,
        severity: Severity,
    ) {
        self.problems.push(Problem {
            line,
            column: column.map(shorten),
            kind,
            severity,
            format: self.format,
        });
    }

    /// Counts a problem that is not listed (past the cap).
    pub(super) fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.more_errors += 1,
            Severity::Warning => self.more_warnings += 1,
        }
    }

    /// True when no more problems are listed (they are only counted).
    pub(super) fn full(&self) -> bool {
        self.listed >= MAX_PROBLEMS
    }

    pub(super) fn error(&mut self, line: Option<usize>, column: Option<&str>, kind: ProblemKind) {
        self.push(line, column, kind, Severity::Error);
    }

    pub(super) fn warn(&mut self, line: Option<usize>, column: Option<&str>, kind: ProblemKind) {
        self.push(line, column, kind, Severity::Warning);
    }

    /// The problems in file order, those about the whole file (no line)
    /// first, and the count of those not listed last.
    pub(super) fn finish(mut self) -> Vec<Problem> {
        self.problems.sort_by_key(|p| p.line.unwrap_or(0));
        if self.more_errors + self.more_warnings > 0 {
            let severity = if self.more_errors > 0 {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.problems.push(Problem {
                line: None,
                column: None,
                kind: ProblemKind::TooManyProblems {
                    errors: self.more_errors,
                    warnings: self.more_warnings,
                },
                severity,
                format: self.format,
            });
        }
        self.problems
    }
}

/// Text from the file as quoted in a message: at most 40 characters.
pub(super) fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    let t = text.trim();
    if t.chars().count() <= MAX {
        t.to_string()
    } else {
        let mut s: String = t.chars().take(MAX - 1).collect();
        s.push('…');
        s
    }
}
