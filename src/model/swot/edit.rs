//! SWOT commands and how they apply. Every command is checked against the canvas (unknown ids,
//! empty or overlong text, priorities outside 1–5, tags on internal items, strategy sources
//! from the wrong quadrants) and refused with a `ModelError` rather than half-applied.

use super::{CompetitorType, EnvFactor, Quadrant, Strategy, SwotCanvas, SwotItem, TowsCell};
use crate::model::core::{checked_text, Change, Edited, IdMint, ItemId, ModelError, MAX_NOTE_CHARS, MAX_TEXT_CHARS};

#[derive(Clone, Debug, PartialEq)]
pub enum SwotCommand {
    /// Appends an item to the end of a quadrant (in manual order).
    AddItem {
        quadrant: Quadrant,
        text: String,
        source: Option<EnvFactor>,
    },
    EditItem {
        id: ItemId,
        text: String,
        note: String,
    },
    SetPriority {
        id: ItemId,
        priority: Option<u8>,
    },
    SetTags {
        id: ItemId,
        source: Option<EnvFactor>,
        competitor: Option<CompetitorType>,
    },
    /// Moves an item to position `index` of quadrant `to`'s manual order (clamped to its end).
    /// Moving to S/W drops environment tags and the five-forces link, which only external
    /// items carry.
    MoveItem {
        id: ItemId,
        to: Quadrant,
        index: usize,
    },
    /// Deletes an item; strategies citing it keep the id and show "source removed".
    DeleteItem {
        id: ItemId,
    },
    AddStrategy {
        cell: TowsCell,
        text: String,
        sources: Vec<ItemId>,
    },
    EditStrategy {
        id: ItemId,
        text: String,
        sources: Vec<ItemId>,
    },
    DeleteStrategy {
        id: ItemId,
    },
    SetSorted {
        quadrant: Quadrant,
        by_priority: bool,
    },
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

/// Whether a strategy of `cell`, which cited `before`, may cite `sources`. Anything it cited
/// before may stay (deleted items show as "source removed", moved ones keep their link); a
/// newly cited id must be a live item the cell accepts; and a set of only live, fitting
/// items must cover both an internal and an external item.
fn check_edited_sources(canvas: &SwotCanvas, cell: TowsCell, before: &[ItemId], sources: &[ItemId]) -> Result<(), ModelError> {
    for source in sources.iter().filter(|s| !before.contains(s)) {
        match canvas.item(*source) {
            Some(item) if cell.accepts(item.quadrant) => {}
            Some(_) => return Err(ModelError::SourceNotInCell { cell: cell.code() }),
            None => return Err(ModelError::ItemNotFound(*source)),
        }
    }
    let all_fit = sources.iter().all(|s| canvas.item(*s).is_some_and(|item| cell.accepts(item.quadrant)));
    if all_fit {
        checked_sources(canvas, cell, sources)?;
    }
    Ok(())
}

/// Applies one SWOT command to `before`, minting new ids from `ids`.
pub fn apply_swot(before: &SwotCanvas, command: &SwotCommand, ids: &mut IdMint) -> Edited<SwotCanvas> {
    let mut canvas: SwotCanvas = before.clone();
    match command {
        SwotCommand::AddItem { quadrant, text, source } => {
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let source = if quadrant.is_internal() { None } else { *source };
            let item =
                SwotItem { id: ids.mint(), quadrant: *quadrant, text, note: String::new(), priority: None, source, competitor: None, origin: None };
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
            let slots: Vec<usize> = canvas.items.iter().enumerate().filter(|(_, it)| it.quadrant == *to).map(|(i, _)| i).collect();
            let insert_at = match slots.get(*index) {
                Some(global) => *global,
                None => slots.last().map_or(canvas.items.len(), |last| last + 1),
            };
            item.quadrant = *to;
            if to.is_internal() {
                // Environment tags belong to external items only.
                item.source = None;
                item.competitor = None;
            }
            if item.origin.is_some_and(|o| !to.takes(o)) {
                item.origin = None;
            }
            // Links survive the move, even out of a strategy's quadrants: the chip then shows
            // the item's new quadrant, and reclassifying an item never loses a citation.
            canvas.items.insert(insert_at, item);
        }
        SwotCommand::DeleteItem { id } => {
            let at = position(&canvas, *id)?;
            canvas.items.remove(at);
        }
        SwotCommand::AddStrategy { cell, text, sources } => {
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let sources = checked_sources(&canvas, *cell, sources)?;
            canvas.strategies.push(Strategy { id: ids.mint(), cell: *cell, text, sources });
        }
        SwotCommand::EditStrategy { id, text, sources } => {
            let at = canvas.strategies.iter().position(|s| s.id == *id).ok_or(ModelError::ItemNotFound(*id))?;
            let text = checked_text(text, MAX_TEXT_CHARS, false)?;
            let strategy = &canvas.strategies[at];
            // Duplicates collapse; the chosen order is kept.
            let mut all: Vec<ItemId> = Vec::with_capacity(sources.len());
            for source in sources {
                if !all.contains(source) {
                    all.push(*source);
                }
            }
            check_edited_sources(&canvas, strategy.cell, &strategy.sources, &all)?;
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
    Ok(Change::between(before, canvas, ids, Vec::new()))
}
