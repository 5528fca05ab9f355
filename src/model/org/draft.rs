//! A chart not yet in the project: what a template or a CSV file produces and
//! `OrgCommand::Insert` adds, either replacing the chart or beside it. Parents are indexes of
//! earlier entries, so a draft is a tree by construction and needs no ids of its own.

use super::{Duty, JobDescription, PositionDetails};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftPosition {
    /// Index of the parent among the draft's earlier positions; `None` for a top position.
    pub parent: Option<usize>,
    pub details: PositionDetails,
    pub job: JobDescription,
    pub duties: Vec<Duty>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChartDraft {
    pub positions: Vec<DraftPosition>,
}

impl ChartDraft {
    /// Adds a position under `parent` (an index returned earlier) and returns its index.
    pub fn push(&mut self, parent: Option<usize>, details: PositionDetails) -> usize {
        self.positions.push(DraftPosition { parent, details, job: JobDescription::default(), duties: Vec::new() });
        self.positions.len() - 1
    }

    /// Whether every parent index points to an earlier entry.
    pub fn is_well_formed(&self) -> bool {
        self.positions.iter().enumerate().all(|(i, p)| p.parent.is_none_or(|parent| parent < i))
    }
}
