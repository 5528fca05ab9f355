//! Five-forces commands and how they apply. Ratings and threat levels are 1–5, weights
//! 1–`MAX_WEIGHT`, overrides 1–5; texts are trimmed and length-checked. Deleting a factor or
//! competitor clears the origin of the SWOT item sent from it: that item stays, unlinked.

use super::{Comparison, Competitor, Factor, FiveForcesCanvas, Force, Response, MAX_WEIGHT};
use crate::model::core::{checked_text, Change, CompetitorType, Edited, IdMint, ItemId, ModelError, Origin, MAX_NOTE_CHARS, MAX_TEXT_CHARS};

#[derive(Clone, Debug, PartialEq)]
pub enum ForcesCommand {
    AddFactor {
        force: Force,
        text: String,
    },
    EditFactor {
        id: ItemId,
        text: String,
        note: String,
    },
    RateFactor {
        id: ItemId,
        rating: Option<u8>,
    },
    SetWeight {
        id: ItemId,
        weight: Option<u8>,
    },
    /// Moves a factor to position `index` among its force's factors (clamped).
    MoveFactor {
        id: ItemId,
        index: usize,
    },
    DeleteFactor {
        id: ItemId,
    },
    /// Sets or clears a force's hand-set intensity (1–5).
    SetOverride {
        force: Force,
        value: Option<u8>,
    },
    SetConclusion {
        text: String,
    },
    AddCompetitor {
        name: String,
        kind: Option<CompetitorType>,
    },
    EditCompetitor {
        id: ItemId,
        name: String,
        kind: Option<CompetitorType>,
        strengths: String,
        weaknesses: String,
        threat: Option<u8>,
    },
    DeleteCompetitor {
        id: ItemId,
    },
    /// Marks a competitor as a benchmark (or not) and chooses the response to it.
    SetStance {
        id: ItemId,
        benchmark: bool,
        response: Option<Response>,
    },
    /// Compares a competitor with the service on the course's three aspects.
    SetComparison {
        id: ItemId,
        comparison: Comparison,
    },
    /// The response the conclusion settles on.
    SetResponse {
        response: Option<Response>,
    },
}

fn in_range(value: Option<u8>, max: u8) -> Result<Option<u8>, ModelError> {
    match value {
        Some(v) if v == 0 || v > max => Err(ModelError::OutOfRange(v)),
        other => Ok(other),
    }
}

fn factor_at(canvas: &FiveForcesCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.factors.iter().position(|f| f.id == id).ok_or(ModelError::ItemNotFound(id))
}

fn competitor_at(canvas: &FiveForcesCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.competitors.iter().position(|c| c.id == id).ok_or(ModelError::ItemNotFound(id))
}

/// Applies one five-forces command to `before`, minting new ids from `ids`.
pub fn apply_forces(before: &FiveForcesCanvas, command: &ForcesCommand, ids: &mut IdMint) -> Edited<FiveForcesCanvas> {
    let mut canvas: FiveForcesCanvas = before.clone();
    let mut unlink: Option<Origin> = None;
    match command {
        ForcesCommand::AddFactor { force, text } => {
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let id = ids.mint();
            canvas.factors.push(Factor { id, force: *force, text, note: String::new(), rating: None, weight: None });
        }
        ForcesCommand::EditFactor { id, text, note } => {
            let at = factor_at(&canvas, *id)?;
            canvas.factors[at].text = checked_text(text, MAX_TEXT_CHARS, false)?;
            canvas.factors[at].note = checked_text(note, MAX_NOTE_CHARS, true)?;
        }
        ForcesCommand::RateFactor { id, rating } => {
            let rating = in_range(*rating, 5)?;
            let at = factor_at(&canvas, *id)?;
            canvas.factors[at].rating = rating;
        }
        ForcesCommand::SetWeight { id, weight } => {
            let weight = in_range(*weight, MAX_WEIGHT)?;
            let at = factor_at(&canvas, *id)?;
            canvas.factors[at].weight = weight;
        }
        ForcesCommand::MoveFactor { id, index } => {
            let from = factor_at(&canvas, *id)?;
            let factor = canvas.factors.remove(from);
            let slots: Vec<usize> = canvas.factors.iter().enumerate().filter(|(_, f)| f.force == factor.force).map(|(i, _)| i).collect();
            let insert_at = match slots.get(*index) {
                Some(global) => *global,
                None => slots.last().map_or(canvas.factors.len(), |last| last + 1),
            };
            canvas.factors.insert(insert_at, factor);
        }
        ForcesCommand::DeleteFactor { id } => {
            let at = factor_at(&canvas, *id)?;
            canvas.factors.remove(at);
            unlink = Some(Origin::Factor(*id));
        }
        ForcesCommand::SetOverride { force, value } => match in_range(*value, 5)? {
            Some(v) => {
                canvas.overrides.insert(*force, v);
            }
            None => {
                canvas.overrides.remove(force);
            }
        },
        ForcesCommand::SetConclusion { text } => canvas.conclusion = checked_text(text, MAX_NOTE_CHARS, true)?,
        ForcesCommand::AddCompetitor { name, kind } => {
            let name = checked_text(name, MAX_TEXT_CHARS, false)?;
            let id = ids.mint();
            canvas.competitors.push(Competitor::named(id, name, *kind));
        }
        ForcesCommand::EditCompetitor { id, name, kind, strengths, weaknesses, threat } => {
            let at = competitor_at(&canvas, *id)?;
            let edited = Competitor {
                id: *id,
                benchmark: canvas.competitors[at].benchmark,
                response: canvas.competitors[at].response,
                comparison: canvas.competitors[at].comparison.clone(),
                name: checked_text(name, MAX_TEXT_CHARS, false)?,
                kind: *kind,
                strengths: checked_text(strengths, MAX_NOTE_CHARS, true)?,
                weaknesses: checked_text(weaknesses, MAX_NOTE_CHARS, true)?,
                threat: in_range(*threat, 5)?,
            };
            canvas.competitors[at] = edited;
        }
        ForcesCommand::SetStance { id, benchmark, response } => {
            let at = competitor_at(&canvas, *id)?;
            canvas.competitors[at].benchmark = *benchmark;
            canvas.competitors[at].response = *response;
        }
        ForcesCommand::SetComparison { id, comparison } => {
            let at = competitor_at(&canvas, *id)?;
            canvas.competitors[at].comparison = Comparison {
                strategy: checked_text(&comparison.strategy, MAX_NOTE_CHARS, true)?,
                operations: checked_text(&comparison.operations, MAX_NOTE_CHARS, true)?,
                management: checked_text(&comparison.management, MAX_NOTE_CHARS, true)?,
            };
        }
        ForcesCommand::SetResponse { response } => canvas.response = *response,
        ForcesCommand::DeleteCompetitor { id } => {
            let at = competitor_at(&canvas, *id)?;
            canvas.competitors.remove(at);
            unlink = Some(Origin::Competitor(*id));
        }
    }
    Ok(Change::between(before, canvas, ids, unlink.into_iter().collect()))
}
