//! What the blueprint adds up to: the summary panel's totals (journey time, waiting time, the
//! time budget and the steps past it, counts of fail points, wait points and touchpoints) and
//! the fail-point register, one row per marked card with its step, lane, owner and whether it
//! is a touchpoint. Like the layout, all of it is derived from the canvas on demand and never
//! stored, so it can never disagree with what the blueprint shows.
//!
//! Everything here is linear in the size of the canvas (the register adds a sort of the marked
//! cards): lookups by id go through hash maps built once, never a scan per card. Cards of a
//! damaged file that sit in a step or lane that does not exist are not on the blueprint, so
//! they are not counted either.

use super::{BlueprintCanvas, Card, LaneKey, Mark, Positions, Servqual};
use crate::model::core::ItemId;
use std::collections::{HashMap, HashSet};

/// The figures of the summary panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Sum of the steps' minutes.
    pub total_minutes: u64,
    /// Sum of the minutes on wait points.
    pub waiting_minutes: u64,
    pub budget: Option<u32>,
    /// Steps at which the running total of step minutes first exceeds the budget, and every
    /// later step with minutes (empty without a budget), in step order.
    pub over_budget: Vec<ItemId>,
    pub fail_points: usize,
    pub wait_points: usize,
    pub touchpoints: usize,
    /// Steps with no duration entered (0 minutes is a duration).
    pub steps_without_minutes: usize,
}

pub fn summary(canvas: &BlueprintCanvas) -> Summary {
    let mut total_minutes: u64 = 0;
    let mut over_budget = Vec::new();
    for step in &canvas.steps {
        let Some(minutes) = step.minutes else { continue };
        total_minutes += u64::from(minutes);
        // The total only grows, so once past the budget every step that adds time is past
        // it too; a step adding nothing did not push the journey over and is not listed.
        if minutes > 0 && canvas.budget_minutes.is_some_and(|budget| total_minutes > u64::from(budget)) {
            over_budget.push(step.id);
        }
    }
    let mut waiting_minutes: u64 = 0;
    let (mut fail_points, mut wait_points) = (0, 0);
    for card in on_grid(canvas) {
        match card.mark {
            Some(Mark::FailPoint) => fail_points += 1,
            Some(Mark::WaitPoint) => {
                wait_points += 1;
                waiting_minutes += u64::from(card.minutes.unwrap_or(0));
            }
            None => {}
        }
    }
    Summary {
        total_minutes,
        waiting_minutes,
        budget: canvas.budget_minutes,
        over_budget,
        fail_points,
        wait_points,
        touchpoints: touchpoints(canvas).len(),
        steps_without_minutes: canvas.steps.iter().filter(|s| s.minutes.is_none()).count(),
    }
}

/// The cards in a step and a lane that exist, in order.
pub(super) fn on_grid(canvas: &BlueprintCanvas) -> impl Iterator<Item = &Card> {
    let steps: HashSet<ItemId> = canvas.steps.iter().map(|s| s.id).collect();
    let lanes: HashSet<LaneKey> = canvas.lanes.iter().map(|l| l.key).collect();
    canvas.cards.iter().filter(move |c| steps.contains(&c.step) && lanes.contains(&c.lane))
}

/// The touchpoints (cards joined by a connector to a card on the other side of the line of
/// interaction — same rule as [`BlueprintCanvas::is_touchpoint`] but computed for all cards in
/// linear time). The customer side is every lane down to the customer lane: the physical
/// evidence above it and any lane the user put above the line.
pub fn touchpoints(canvas: &BlueprintCanvas) -> HashSet<ItemId> {
    let mut touching = HashSet::new();
    let Some(line) = canvas.lanes.iter().position(|l| l.key == LaneKey::Customer) else { return touching };
    // The first lane and card of each key or id, as `lane_index` and `card` find them.
    let mut customer_side: HashMap<LaneKey, bool> = HashMap::with_capacity(canvas.lanes.len());
    for (at, lane) in canvas.lanes.iter().enumerate() {
        customer_side.entry(lane.key).or_insert(at <= line);
    }
    let mut lane_of: HashMap<ItemId, LaneKey> = HashMap::with_capacity(canvas.cards.len());
    for card in &canvas.cards {
        lane_of.entry(card.id).or_insert(card.lane);
    }
    let side = |card: ItemId| lane_of.get(&card).and_then(|lane| customer_side.get(lane)).copied();
    for connector in &canvas.connectors {
        if let (Some(a), Some(b)) = (side(connector.from), side(connector.to)) {
            if a != b {
                touching.insert(connector.from);
                touching.insert(connector.to);
            }
        }
    }
    touching
}

/// Who answers for a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Owner {
    Unassigned,
    /// A position of the org chart, with its current title.
    Position {
        id: ItemId,
        title: String,
    },
    /// Names a position that no longer exists (deleted since; undoing the delete brings the
    /// owner back, which is why the id is kept rather than cleared).
    Removed(ItemId),
}

/// The card's owner as the org chart has it now.
pub fn owner_of(card: &Card, org: &dyn Positions) -> Owner {
    owner_by(card.owner, |id| org.title(id))
}

/// The owner `owner` names, given how to find a position's title.
fn owner_by<'a>(owner: Option<ItemId>, title: impl Fn(ItemId) -> Option<&'a str>) -> Owner {
    match owner {
        None => Owner::Unassigned,
        Some(id) => match title(id) {
            Some(title) => Owner::Position { id, title: title.to_owned() },
            None => Owner::Removed(id),
        },
    }
}

/// One row of the fail-point register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterRow {
    pub card: ItemId,
    pub step: ItemId,
    pub step_name: String,
    pub lane: LaneKey,
    pub text: String,
    pub mark: Mark,
    pub servqual: Option<Servqual>,
    pub touchpoint: bool,
    pub owner: Owner,
    /// The fail or wait point's expected minutes.
    pub minutes: Option<u32>,
}

/// Every marked card (fail and wait points), ordered by step, then lane order, then order in
/// the cell — the order a reader meets them walking the blueprint column by column.
pub fn register(canvas: &BlueprintCanvas, org: &dyn Positions) -> Vec<RegisterRow> {
    let mut step_at: HashMap<ItemId, usize> = HashMap::with_capacity(canvas.steps.len());
    for (at, step) in canvas.steps.iter().enumerate() {
        step_at.entry(step.id).or_insert(at);
    }
    let mut lane_at: HashMap<LaneKey, usize> = HashMap::with_capacity(canvas.lanes.len());
    for (at, lane) in canvas.lanes.iter().enumerate() {
        lane_at.entry(lane.key).or_insert(at);
    }
    // Owners are looked up once per marked card; a map keeps that off the positions list.
    let titles = org.titles();
    let touching = touchpoints(canvas);

    let mut marked: Vec<(usize, usize, &Card, Mark)> =
        canvas.cards.iter().filter_map(|card| Some((*step_at.get(&card.step)?, *lane_at.get(&card.lane)?, card, card.mark?))).collect();
    // A stable sort keeps the cards of one cell in their stored order.
    marked.sort_by_key(|&(step, lane, _, _)| (step, lane));

    marked
        .into_iter()
        .filter_map(|(step, _, card, mark)| {
            let step = canvas.steps.get(step)?;
            let owner = owner_by(card.owner, |id| titles.get(&id).copied());
            Some(RegisterRow {
                card: card.id,
                step: step.id,
                step_name: step.name.clone(),
                lane: card.lane,
                text: card.text.clone(),
                mark,
                servqual: card.servqual,
                touchpoint: touching.contains(&card.id),
                owner,
                minutes: card.minutes,
            })
        })
        .collect()
}
