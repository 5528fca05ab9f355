//! A blueprint not yet in the project: what a template produces and
//! `BlueprintCommand::Insert` adds, replacing the blueprint or after its last step. Cards
//! name their step by index and connectors join cards by index, so a draft needs no ids.

use super::{LaneKey, Mark, Servqual};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStep {
    pub name: String,
    pub stage: String,
    pub minutes: Option<u32>,
    pub emotion: Option<i8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftCard {
    /// Index into the draft's steps.
    pub step: usize,
    /// A standard lane (custom lanes are not part of templates).
    pub lane: LaneKey,
    pub text: String,
    pub mark: Option<Mark>,
    pub minutes: Option<u32>,
    pub servqual: Option<Servqual>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BlueprintDraft {
    pub steps: Vec<DraftStep>,
    pub cards: Vec<DraftCard>,
    /// Pairs of indexes into `cards`.
    pub connectors: Vec<(usize, usize)>,
}

impl BlueprintDraft {
    /// Whether every index points inside the draft and every lane is a standard one.
    pub fn is_well_formed(&self) -> bool {
        self.cards.iter().all(|c| c.step < self.steps.len() && c.lane.is_standard())
            && self.connectors.iter().all(|&(a, b)| a != b && a < self.cards.len() && b < self.cards.len())
    }
}
