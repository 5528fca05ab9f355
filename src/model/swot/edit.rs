//! SWOT commands and how they apply. Every command is checked against the canvas (unknown ids,
//! empty or overlong text, priorities outside 1–5, tags on internal items, strategy sources
//! from the wrong quadrants) and refused with a `ModelError` rather than half-applied.

use super::{CompetitorType, EnvFactor, Quadrant, Strategy, SwotCanvas, SwotItem, TowsCell};
use super::{MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::command::{ModelError, Outcome};
use crate::model::ids::ItemId;
use crate::model::project::Project;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub enum SwotCommand {
    /// Appends an item to the end of a quadrant (in manual order).
    AddItem { quadrant: Quadrant, text: String, source: Option<EnvFactor> },
    EditItem { id: ItemId, text: String, note: String },
    SetPriority { id: ItemId, priority: Option<u8> },
    SetTags { id: ItemId, source: Option<EnvFactor>, competitor: Option<CompetitorType> },
    /// Moves an item to position `index` of quadrant `to`'s manual order (clamped to its end).
    /// Moving to S/W drops environment tags, which only external items carry.
    MoveItem { id: ItemId, to: Quadrant, index: usize },
    /// Deletes an item; strategies citing it keep the id and show "source removed".
    DeleteItem { id: ItemId },
    AddStrategy { cell: TowsCell, text: String, sources: Vec<ItemId> },
    EditStrategy { id: ItemId, text: String, sources: Vec<ItemId> },
    DeleteStrategy { id: ItemId },
    SetSorted { quadrant: Quadrant, by_priority: bool },
}

fn checked_text(raw: &str, max: usize, allow_empty: bool) -> Result<String, ModelError> {
    let text = raw.trim();
    let chars = text.chars().count();
    if chars == 0 && !allow_empty {
        Err(ModelError::EmptyText)
    } else if chars > max {
        Err(ModelError::TextTooLong { chars, max })
    } else {
        Ok(text.to_owned())
    }
}

fn position(canvas: &SwotCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.items.iter().position(|item| item.id == id).ok_or(ModelError::ItemNotFound(id))
}

/// Sources must exist, be distinct, fit the cell, and cover both an internal and an external item.
fn checked_sources(canvas: &SwotCanvas, cell: TowsCell, sources: &[ItemId]) -> Result<Vec<ItemId>, ModelError> {
    let mut distinct: Vec<ItemId> = Vec::with_capacity(sources.len());
    for id in sources {
        if !distinct.contains(id) {
            distinct.push(*id);
        }
    }
    let mut internal = false;
    let mut external = false;
    for id in &distinct {
        let item = canvas.item(*id).ok_or(ModelError::ItemNotFound(*id))?;
        if !cell.accepts(item.quadrant) {
            return Err(ModelError::SourceNotInCell { cell: cell.code() });
        }
        internal |= item.quadrant.is_internal();
        external |= !item.quadrant.is_internal();
    }
    if internal && external {
        Ok(distinct)
    } else {
        Err(ModelError::StrategyNeedsBothSides { cell: cell.code() })
    }
}

/// Applies one SWOT command to `project`.
pub fn apply_swot(project: &Project, command: &SwotCommand) -> Result<Outcome, ModelError> {
    let mut canvas: SwotCanvas = (*project.swot).clone();
    let mut next_item_id = project.next_item_id.max(1);
    let mut new_id = || {
        let id = ItemId(next_item_id);
        next_item_id += 1;
        id
    };
    match command {
        SwotCommand::AddItem { quadrant, text, source } => {
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let source = if quadrant.is_internal() { None } else { *source };
            let item = SwotItem { id: new_id(), quadrant: *quadrant, text, note: String::new(), priority: None, source, competitor: None };
            canvas.items.push(item);
        }
        SwotCommand::EditItem { id, text, note } => {
            let at = position(&canvas, *id)?;
            canvas.items[at].text = checked_text(text, MAX_TEXT_CHARS, false)?;
            canvas.items[at].note = checked_text(note, MAX_NOTE_CHARS, true)?;
        }
        SwotCommand::SetPriority { id, priority } => {
            if let Some(p) = priority.filter(|p| !(1..=5).contains(p)) {
                return Err(ModelError::PriorityOutOfRange(p));
            }
            let at = position(&canvas, *id)?;
            canvas.items[at].priority = *priority;
        }
        SwotCommand::SetTags { id, source, competitor } => {
            let at = position(&canvas, *id)?;
            if canvas.items[at].quadrant.is_internal() && (source.is_some() || competitor.is_some()) {
                return Err(ModelError::TagOnInternalItem);
            }
            canvas.items[at].source = *source;
            canvas.items[at].competitor = *competitor;
        }
        SwotCommand::MoveItem { id, to, index } => {
            let from = position(&canvas, *id)?;
            let mut item = canvas.items.remove(from);
            let slots: Vec<usize> =
                canvas.items.iter().enumerate().filter(|(_, it)| it.quadrant == *to).map(|(i, _)| i).collect();
            let insert_at = match slots.get(*index) {
                Some(global) => *global,
                None => slots.last().map_or(canvas.items.len(), |last| last + 1),
            };
            item.quadrant = *to;
            if to.is_internal() {
                item.source = None;
                item.competitor = None;
            }
            canvas.items.insert(insert_at, item);
        }
        SwotCommand::DeleteItem { id } => {
            let at = position(&canvas, *id)?;
            canvas.items.remove(at);
        }
        SwotCommand::AddStrategy { cell, text, sources } => {
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let sources = checked_sources(&canvas, *cell, sources)?;
            canvas.strategies.push(Strategy { id: new_id(), cell: *cell, text, sources });
        }
        SwotCommand::EditStrategy { id, text, sources } => {
            let at = canvas.strategies.iter().position(|s| s.id == *id).ok_or(ModelError::ItemNotFound(*id))?;
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let strategy = &canvas.strategies[at];
            // A source deleted since may stay cited (it shows as "source removed"); every other
            // source must be a live item of the right quadrants, and both sides stay covered.
            let (live, removed): (Vec<ItemId>, Vec<ItemId>) =
                sources.iter().copied().partition(|s| canvas.item(*s).is_some());
            let removed: Vec<ItemId> = removed.into_iter().filter(|s| strategy.sources.contains(s)).collect();
            let mut all = if removed.is_empty() {
                checked_sources(&canvas, strategy.cell, &live)?
            } else {
                live.iter().try_for_each(|s| match canvas.item(*s) {
                    Some(item) if strategy.cell.accepts(item.quadrant) => Ok(()),
                    _ => Err(ModelError::SourceNotInCell { cell: strategy.cell.code() }),
                })?;
                live
            };
            all.extend(removed);
            all.dedup();
            canvas.strategies[at].text = text;
            canvas.strategies[at].sources = all;
        }
        SwotCommand::DeleteStrategy { id } => {
            let before = canvas.strategies.len();
            canvas.strategies.retain(|s| s.id != *id);
            if canvas.strategies.len() == before {
                return Err(ModelError::ItemNotFound(*id));
            }
        }
        SwotCommand::SetSorted { quadrant, by_priority } => {
            canvas.sorted_by_priority.retain(|q| q != quadrant);
            if *by_priority {
                canvas.sorted_by_priority.push(*quadrant);
                canvas.sorted_by_priority.sort();
            }
        }
    }
    if canvas == *project.swot && next_item_id == project.next_item_id.max(1) {
        return Ok(Outcome::Unchanged);
    }
    Ok(Outcome::Changed(Project { swot: Rc::new(canvas), next_item_id, ..project.clone() }))
}
