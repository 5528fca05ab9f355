//! Repairs the blueprint of a project that came from outside so every rule `apply` keeps holds
//! again: the five standard lanes present once each, in order (added lanes stay where they
//! are); step, card and added-lane ids unique across the project and below its counter (an
//! item renumbered because another canvas used its id keeps its cards, connectors and links);
//! cards in a step and lane that exist; connectors between two different existing cards, once
//! each; minutes and the budget within `MAX_MINUTES`, emotions within ±`MAX_EMOTION`; owners
//! that name an org-chart position or nothing issued yet by another canvas (an owner id of a
//! deleted position is kept: the card shows "unassigned"); no SERVQUAL dimension on a customer
//! action (files of schema 2 lose theirs in migration, silently). Renumbered cards are reported so the
//! weaknesses sent from them keep their link; `links::repair_origins` checks the links.

use super::{BlueprintCanvas, Lane, LaneKey, Positions, MAX_EMOTION, MAX_MINUTES};
use crate::model::core::ids::repair_id;
use crate::model::core::{ItemId, Origin};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Hands out new ids and remembers, for the first holder of each old id, where it went.
struct Renumber<'a> {
    next: &'a mut u64,
    seen: HashSet<ItemId>,
    moved: HashMap<ItemId, ItemId>,
    firsts: HashSet<ItemId>,
    repairs: usize,
}

impl Renumber<'_> {
    /// The id `id` keeps or gets. References to `id` follow the first item that had it.
    fn claim(&mut self, id: ItemId) -> ItemId {
        let first = self.firsts.insert(id);
        if self.seen.insert(id) {
            return id;
        }
        let fresh = repair_id(self.next, |id| self.seen.contains(&id));
        self.seen.insert(fresh);
        self.repairs += 1;
        if first {
            self.moved.insert(id, fresh);
        }
        fresh
    }

    fn follow(&self, id: ItemId) -> ItemId {
        self.moved.get(&id).copied().unwrap_or(id)
    }
}

/// Standard lanes once each and in their order; added lanes keep their place among them.
fn repair_lanes(canvas: &mut BlueprintCanvas, renumber: &mut Renumber) -> usize {
    let before = std::mem::take(&mut canvas.lanes);
    let name_of = |key: LaneKey| before.iter().find(|l| l.key == key).map(|l| l.name.clone()).unwrap_or_default();
    let mut placed = HashSet::new();
    let mut next_standard = 0;
    for lane in &before {
        match lane.key {
            LaneKey::Custom(id) => {
                if placed.insert(lane.key) {
                    let key = LaneKey::Custom(renumber.claim(id));
                    canvas.lanes.push(Lane { key, name: lane.name.clone() });
                }
            }
            key => {
                let Some(at) = LaneKey::STANDARD.iter().position(|k| *k == key) else { continue };
                // Standard lanes missing before this one are put back in front of it.
                while next_standard <= at {
                    let standard = LaneKey::STANDARD[next_standard];
                    canvas.lanes.push(Lane { key: standard, name: name_of(standard) });
                    next_standard += 1;
                }
            }
        }
    }
    for &standard in &LaneKey::STANDARD[next_standard..] {
        canvas.lanes.push(Lane { key: standard, name: name_of(standard) });
    }
    usize::from(canvas.lanes != before)
}

/// Fixes `canvas` in place. `used` holds the ids the other canvases use; `next_item_id` is
/// raised past every id; origins naming a renumbered card are added to `moved` (old → new).
/// Returns the number of repairs made.
pub fn repair_blueprint(
    canvas: &mut BlueprintCanvas,
    org: &dyn Positions,
    used: &BTreeSet<ItemId>,
    next_item_id: &mut u64,
    moved: &mut HashMap<Origin, Origin>,
) -> usize {
    let mut repairs = 0;
    let custom = canvas.lanes.iter().filter_map(|l| match l.key {
        LaneKey::Custom(id) => Some(id.counter()),
        _ => None,
    });
    let ours = canvas.steps.iter().map(|s| s.id.counter()).chain(canvas.cards.iter().map(|c| c.id.counter())).chain(custom);
    let highest = ours.chain(used.iter().map(|id| id.counter())).max().unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    let counter = *next_item_id;
    let mut renumber =
        Renumber { next: next_item_id, seen: used.iter().copied().collect(), moved: HashMap::new(), firsts: HashSet::new(), repairs: 0 };

    repairs += repair_lanes(canvas, &mut renumber);
    // Each kind keeps its own old → new map: a lane, a step and a card may share an old id.
    let lane_moves = std::mem::take(&mut renumber.moved);
    renumber.firsts.clear();
    for step in &mut canvas.steps {
        step.id = renumber.claim(step.id);
        if step.minutes.is_some_and(|m| m > MAX_MINUTES) {
            step.minutes = Some(MAX_MINUTES);
            repairs += 1;
        }
        if step.emotion.is_some_and(|e| !(-MAX_EMOTION..=MAX_EMOTION).contains(&e)) {
            step.emotion = step.emotion.map(|e| e.clamp(-MAX_EMOTION, MAX_EMOTION));
            repairs += 1;
        }
    }
    if canvas.budget_minutes.is_some_and(|m| m > MAX_MINUTES) {
        canvas.budget_minutes = Some(MAX_MINUTES);
        repairs += 1;
    }
    // Cards follow their step and lane to any new id before anything is judged missing.
    let step_moves = std::mem::take(&mut renumber.moved);
    for card in &mut canvas.cards {
        card.step = step_moves.get(&card.step).copied().unwrap_or(card.step);
        if let LaneKey::Custom(id) = card.lane {
            card.lane = LaneKey::Custom(lane_moves.get(&id).copied().unwrap_or(id));
        }
    }
    let steps: HashSet<ItemId> = canvas.steps.iter().map(|s| s.id).collect();
    let lanes: HashSet<LaneKey> = canvas.lanes.iter().map(|l| l.key).collect();
    let before = canvas.cards.len();
    canvas.cards.retain(|c| steps.contains(&c.step) && lanes.contains(&c.lane));
    repairs += before - canvas.cards.len();
    renumber.firsts.clear();
    for card in &mut canvas.cards {
        card.id = renumber.claim(card.id);
        if card.minutes.is_some_and(|m| m > MAX_MINUTES) {
            card.minutes = Some(MAX_MINUTES);
            repairs += 1;
        }
        if card.servqual.is_some() && !card.lane.takes_servqual() {
            card.servqual = None;
            repairs += 1;
        }
    }
    // An owner is a position, or the id of one deleted since (issued before the counter, and
    // not used by any other item). Anything else is cleared.
    let ids_here: HashSet<ItemId> = renumber.seen.iter().copied().collect();
    for card in &mut canvas.cards {
        let bad = card.owner.is_some_and(|o| org.title(o).is_none() && (o.counter() >= counter || ids_here.contains(&o)));
        if bad {
            card.owner = None;
            repairs += 1;
        }
    }
    for connector in &mut canvas.connectors {
        connector.from = renumber.follow(connector.from);
        connector.to = renumber.follow(connector.to);
    }
    let cards: HashSet<ItemId> = canvas.cards.iter().map(|c| c.id).collect();
    let before = canvas.connectors.len();
    let mut pairs = HashSet::new();
    canvas.connectors.retain(|c| c.from != c.to && cards.contains(&c.from) && cards.contains(&c.to) && pairs.insert(*c));
    repairs += before - canvas.connectors.len();

    // SWOT items sent from a renumbered card follow it (`links::repair_origins`).
    moved.extend(renumber.moved.iter().map(|(old, new)| (Origin::FailPoint(*old), Origin::FailPoint(*new))));
    repairs + renumber.repairs
}
