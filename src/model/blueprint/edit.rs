//! Blueprint commands and how they apply. Names and texts are trimmed and length-checked,
//! minutes capped at `MAX_MINUTES`, emotions kept within ±`MAX_EMOTION`. Deleting a step or a
//! lane deletes its cards; deleting cards deletes their connectors and unlinks the SWOT items
//! sent from them, as does marking a sent fail point as something else. The standard lanes can
//! be renamed but never deleted or reordered. A SERVQUAL dimension is refused on a customer
//! action, and a card moved into the customer lane leaves its dimension behind.

use super::{BlueprintCanvas, BlueprintDraft, Card, Connector, Lane, LaneKey, Mark, Positions, QualityKind, Servqual, Step};
use super::{MAX_EMOTION, MAX_MINUTES, MAX_NAME_CHARS};
use crate::model::core::{checked_text, Change, Edited, IdMint, ItemId, ModelError, Origin, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq)]
pub enum BlueprintCommand {
    /// Adds a step named `name` at `index` (None: last).
    AddStep {
        index: Option<usize>,
        name: String,
    },
    EditStep {
        id: ItemId,
        name: String,
        stage: String,
        minutes: Option<u32>,
        emotion: Option<i8>,
    },
    /// Moves a step to `index` (clamped).
    MoveStep {
        id: ItemId,
        index: usize,
    },
    DeleteStep {
        id: ItemId,
    },
    /// Adds a lane named `name` right below `after`.
    AddLane {
        after: LaneKey,
        name: String,
    },
    /// Renames a lane; an empty name gives a standard lane its standard name back.
    RenameLane {
        lane: LaneKey,
        name: String,
    },
    /// Deletes a lane the user added, with its cards.
    DeleteLane {
        lane: LaneKey,
    },
    /// Adds a card to a cell at `index` among the cell's cards (None: last).
    AddCard {
        step: ItemId,
        lane: LaneKey,
        index: Option<usize>,
        text: String,
    },
    EditCard {
        id: ItemId,
        text: String,
        note: String,
    },
    /// Deletes a card and its connectors.
    DeleteCard {
        id: ItemId,
    },
    /// Marks a card as a fail or wait point (or clears the mark) with its expected minutes.
    MarkCard {
        id: ItemId,
        mark: Option<Mark>,
        minutes: Option<u32>,
    },
    SetServqual {
        id: ItemId,
        servqual: Option<Servqual>,
    },
    /// Marks a card as carrying the result's (technical) or the process's (functional)
    /// quality, or clears it.
    SetQuality {
        id: ItemId,
        quality: Option<QualityKind>,
    },
    /// Assigns an org-chart position as the card's owner (or clears it).
    SetOwner {
        id: ItemId,
        owner: Option<ItemId>,
    },
    /// Moves a card to a cell at `index` among that cell's cards (clamped); connectors stay.
    MoveCard {
        id: ItemId,
        step: ItemId,
        lane: LaneKey,
        index: usize,
    },
    Connect {
        from: ItemId,
        to: ItemId,
    },
    Disconnect {
        from: ItemId,
        to: ItemId,
    },
    SetBudget {
        minutes: Option<u32>,
    },
    /// Adds a template's steps, cards and connectors, replacing the blueprint or after it.
    Insert {
        draft: BlueprintDraft,
        replace: bool,
    },
}

fn minutes(value: Option<u32>) -> Result<Option<u32>, ModelError> {
    match value {
        Some(m) if m > MAX_MINUTES => Err(ModelError::DurationTooLong { minutes: m, max: MAX_MINUTES }),
        other => Ok(other),
    }
}

fn emotion(value: Option<i8>) -> Result<Option<i8>, ModelError> {
    match value {
        Some(e) if !(-MAX_EMOTION..=MAX_EMOTION).contains(&e) => Err(ModelError::EmotionOutOfRange(e)),
        other => Ok(other),
    }
}

/// Trims a one-line name, turning line breaks and other control characters into spaces.
fn name(raw: &str, allow_empty: bool) -> Result<String, ModelError> {
    let flat: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    checked_text(&flat, MAX_NAME_CHARS, allow_empty)
}

fn step_at(canvas: &BlueprintCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.steps.iter().position(|s| s.id == id).ok_or(ModelError::ItemNotFound(id))
}

fn card_at(canvas: &BlueprintCanvas, id: ItemId) -> Result<usize, ModelError> {
    canvas.cards.iter().position(|c| c.id == id).ok_or(ModelError::ItemNotFound(id))
}

fn lane_at(canvas: &BlueprintCanvas, lane: LaneKey) -> Result<usize, ModelError> {
    canvas.lanes.iter().position(|l| l.key == lane).ok_or(ModelError::LaneNotFound)
}

/// Puts `card` among the cards of its cell at `index` (clamped to the end).
fn insert_in_cell(canvas: &mut BlueprintCanvas, card: Card, index: Option<usize>) {
    let slots: Vec<usize> = canvas.cards.iter().enumerate().filter(|(_, c)| c.step == card.step && c.lane == card.lane).map(|(i, _)| i).collect();
    let at = match index.and_then(|i| slots.get(i)) {
        Some(&global) => global,
        None => slots.last().map_or(canvas.cards.len(), |last| last + 1),
    };
    canvas.cards.insert(at, card);
}

/// Removes the cards `doomed` picks, with their connectors; returns the removed ids.
fn remove_cards(canvas: &mut BlueprintCanvas, doomed: impl Fn(&Card) -> bool) -> Vec<ItemId> {
    let removed: Vec<ItemId> = canvas.cards.iter().filter(|c| doomed(c)).map(|c| c.id).collect();
    if removed.is_empty() {
        return removed;
    }
    let gone: HashSet<ItemId> = removed.iter().copied().collect();
    canvas.cards.retain(|c| !gone.contains(&c.id));
    canvas.connectors.retain(|c| !gone.contains(&c.from) && !gone.contains(&c.to));
    removed
}

fn insert_draft(canvas: &mut BlueprintCanvas, draft: &BlueprintDraft, replace: bool, ids: &mut IdMint) -> Result<Vec<ItemId>, ModelError> {
    if !draft.is_well_formed() {
        return Err(ModelError::InvalidDraft);
    }
    let mut steps = Vec::with_capacity(draft.steps.len());
    for step in &draft.steps {
        steps.push(Step {
            id: ids.mint(),
            name: name(&step.name, false)?,
            stage: name(&step.stage, true)?,
            minutes: minutes(step.minutes)?,
            emotion: emotion(step.emotion)?,
        });
    }
    let mut cards = Vec::with_capacity(draft.cards.len());
    for card in &draft.cards {
        cards.push(Card {
            id: ids.mint(),
            step: steps[card.step].id,
            lane: card.lane,
            text: checked_text(&card.text, MAX_TEXT_CHARS, false)?,
            note: String::new(),
            mark: card.mark,
            minutes: minutes(card.minutes)?,
            servqual: card.servqual.filter(|_| card.lane.takes_servqual()),
            quality: None,
            owner: None,
        });
    }
    let connectors: Vec<Connector> = draft.connectors.iter().map(|&(a, b)| Connector { from: cards[a].id, to: cards[b].id }).collect();
    let removed = if replace {
        let removed = canvas.cards.iter().map(|c| c.id).collect();
        canvas.steps.clear();
        canvas.cards.clear();
        canvas.connectors.clear();
        removed
    } else {
        Vec::new()
    };
    canvas.steps.extend(steps);
    canvas.cards.extend(cards);
    for connector in connectors {
        if !canvas.connectors.contains(&connector) {
            canvas.connectors.push(connector);
        }
    }
    Ok(removed)
}

/// Applies one blueprint command to `before`, minting new ids from `ids`; `org` is the chart
/// whose positions may own cards.
pub fn apply_blueprint(before: &BlueprintCanvas, command: &BlueprintCommand, ids: &mut IdMint, org: &dyn Positions) -> Edited<BlueprintCanvas> {
    let mut canvas: BlueprintCanvas = before.clone();
    // Cards that stop being fail points here (deleted, or marked otherwise): the SWOT
    // weaknesses sent from them lose their link.
    let mut no_longer_fail_points: Vec<ItemId> = Vec::new();
    match command {
        BlueprintCommand::AddStep { index, name: step_name } => {
            let step = Step { id: ids.mint(), name: name(step_name, false)?, stage: String::new(), minutes: None, emotion: None };
            let at = index.map_or(canvas.steps.len(), |i| i.min(canvas.steps.len()));
            canvas.steps.insert(at, step);
        }
        BlueprintCommand::EditStep { id, name: step_name, stage, minutes: m, emotion: e } => {
            let at = step_at(&canvas, *id)?;
            let edited = Step { id: *id, name: name(step_name, false)?, stage: name(stage, true)?, minutes: minutes(*m)?, emotion: emotion(*e)? };
            canvas.steps[at] = edited;
        }
        BlueprintCommand::MoveStep { id, index } => {
            let at = step_at(&canvas, *id)?;
            let step = canvas.steps.remove(at);
            let to = (*index).min(canvas.steps.len());
            canvas.steps.insert(to, step);
        }
        BlueprintCommand::DeleteStep { id } => {
            let at = step_at(&canvas, *id)?;
            canvas.steps.remove(at);
            no_longer_fail_points = remove_cards(&mut canvas, |c| c.step == *id);
        }
        BlueprintCommand::AddLane { after, name: lane_name } => {
            let at = lane_at(&canvas, *after)?;
            let key = LaneKey::Custom(ids.mint());
            canvas.lanes.insert(at + 1, Lane { key, name: name(lane_name, false)? });
        }
        BlueprintCommand::RenameLane { lane, name: lane_name } => {
            let at = lane_at(&canvas, *lane)?;
            canvas.lanes[at].name = name(lane_name, lane.is_standard())?;
        }
        BlueprintCommand::DeleteLane { lane } => {
            if lane.is_standard() {
                return Err(ModelError::StandardLane);
            }
            let at = lane_at(&canvas, *lane)?;
            canvas.lanes.remove(at);
            no_longer_fail_points = remove_cards(&mut canvas, |c| c.lane == *lane);
        }
        BlueprintCommand::AddCard { step, lane, index, text } => {
            step_at(&canvas, *step)?;
            lane_at(&canvas, *lane)?;
            let card = Card {
                id: ids.mint(),
                step: *step,
                lane: *lane,
                text: checked_text(text, MAX_TEXT_CHARS, false)?,
                note: String::new(),
                mark: None,
                minutes: None,
                servqual: None,
                quality: None,
                owner: None,
            };
            insert_in_cell(&mut canvas, card, *index);
        }
        BlueprintCommand::EditCard { id, text, note } => {
            let at = card_at(&canvas, *id)?;
            canvas.cards[at].text = checked_text(text, MAX_TEXT_CHARS, false)?;
            canvas.cards[at].note = checked_text(note, MAX_NOTE_CHARS, true)?;
        }
        BlueprintCommand::DeleteCard { id } => {
            card_at(&canvas, *id)?;
            no_longer_fail_points = remove_cards(&mut canvas, |c| c.id == *id);
        }
        BlueprintCommand::MarkCard { id, mark, minutes: m } => {
            let at = card_at(&canvas, *id)?;
            canvas.cards[at].minutes = minutes(*m)?;
            if canvas.cards[at].mark == Some(Mark::FailPoint) && *mark != Some(Mark::FailPoint) {
                no_longer_fail_points.push(*id);
            }
            canvas.cards[at].mark = *mark;
        }
        BlueprintCommand::SetServqual { id, servqual } => {
            let at = card_at(&canvas, *id)?;
            if servqual.is_some() && !canvas.cards[at].lane.takes_servqual() {
                return Err(ModelError::ServqualOnCustomerAction);
            }
            canvas.cards[at].servqual = *servqual;
        }
        BlueprintCommand::SetQuality { id, quality } => {
            let at = card_at(&canvas, *id)?;
            canvas.cards[at].quality = *quality;
        }
        BlueprintCommand::SetOwner { id, owner } => {
            let at = card_at(&canvas, *id)?;
            if let Some(owner) = owner {
                if org.title(*owner).is_none() {
                    return Err(ModelError::ItemNotFound(*owner));
                }
            }
            canvas.cards[at].owner = *owner;
        }
        BlueprintCommand::MoveCard { id, step, lane, index } => {
            step_at(&canvas, *step)?;
            lane_at(&canvas, *lane)?;
            let at = card_at(&canvas, *id)?;
            let mut card = canvas.cards.remove(at);
            card.step = *step;
            card.lane = *lane;
            if !lane.takes_servqual() {
                card.servqual = None;
            }
            insert_in_cell(&mut canvas, card, Some(*index));
        }
        BlueprintCommand::Connect { from, to } => {
            card_at(&canvas, *from)?;
            card_at(&canvas, *to)?;
            if from == to {
                return Err(ModelError::ConnectorToItself);
            }
            let connector = Connector { from: *from, to: *to };
            if !canvas.connectors.contains(&connector) {
                canvas.connectors.push(connector);
            }
        }
        BlueprintCommand::Disconnect { from, to } => canvas.connectors.retain(|c| !(c.from == *from && c.to == *to)),
        BlueprintCommand::SetBudget { minutes: m } => canvas.budget_minutes = minutes(*m)?,
        BlueprintCommand::Insert { draft, replace } => {
            no_longer_fail_points = insert_draft(&mut canvas, draft, *replace, ids)?;
        }
    }
    // A SWOT weakness sent from a card that is no longer a fail point stays, unlinked.
    let ended = no_longer_fail_points.into_iter().map(Origin::FailPoint).collect();
    Ok(Change::between(before, canvas, ids, ended))
}
