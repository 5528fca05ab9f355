//! Repairs the blueprint of a project that came from outside so every rule `apply` keeps holds
//! again: the five standard lanes present once each, in order (added lanes stay where they
//! are); step, card and added-lane ids unique across the project and below its counter; cards
//! in a step and lane that exist; connectors between two different existing cards, once each;
//! minutes within `MAX_MINUTES` and emotions within ±`MAX_EMOTION`; owners that name an
//! existing item only if it is an org-chart position (an owner id that names nothing is kept:
//! the card shows "unassigned"); SWOT items sent from fail points that exist.

use super::{BlueprintCanvas, Lane, LaneKey, MAX_EMOTION, MAX_MINUTES};
use crate::model::ids::ItemId;
use crate::model::links::Origin;
use crate::model::org::OrgCanvas;
use crate::model::swot::SwotCanvas;
use std::collections::{BTreeSet, HashSet};

fn fresh(next: &mut u64) -> ItemId {
    let id = ItemId(*next);
    *next = next.saturating_add(1);
    id
}

/// Fixes `canvas` (and origins on `swot`) in place. `used` holds the ids the other canvases
/// use; `next_item_id` is raised past every id. Returns the number of repairs made.
pub fn repair_blueprint(
    canvas: &mut BlueprintCanvas,
    swot: &mut SwotCanvas,
    org: &OrgCanvas,
    used: &BTreeSet<ItemId>,
    next_item_id: &mut u64,
) -> usize {
    let mut repairs = 0;
    let custom = canvas.lanes.iter().filter_map(|l| match l.key {
        LaneKey::Custom(id) => Some(id.0),
        _ => None,
    });
    let ours = canvas.steps.iter().map(|s| s.id.0).chain(canvas.cards.iter().map(|c| c.id.0)).chain(custom);
    let highest = ours.chain(used.iter().map(|id| id.0)).max().unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    let mut seen: HashSet<ItemId> = used.iter().copied().collect();

    // Lanes: standard ones once each and in their order; added ones keep their place.
    let before = std::mem::take(&mut canvas.lanes);
    let name_of = |key: LaneKey| before.iter().find(|l| l.key == key).map(|l| l.name.clone()).unwrap_or_default();
    let mut placed = HashSet::new();
    let mut next_standard = 0;
    for lane in &before {
        match lane.key {
            LaneKey::Custom(id) => {
                if !placed.insert(lane.key) {
                    continue;
                }
                let key = if seen.insert(id) { lane.key } else { LaneKey::Custom(fresh(next_item_id)) };
                if let LaneKey::Custom(id) = key {
                    seen.insert(id);
                }
                canvas.lanes.push(Lane { key, name: lane.name.clone() });
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
    if canvas.lanes != before {
        repairs += 1;
    }
    let lanes: HashSet<LaneKey> = canvas.lanes.iter().map(|l| l.key).collect();

    for step in &mut canvas.steps {
        if !seen.insert(step.id) {
            step.id = fresh(next_item_id);
            seen.insert(step.id);
            repairs += 1;
        }
        if step.minutes.is_some_and(|m| m > MAX_MINUTES) {
            step.minutes = Some(MAX_MINUTES);
            repairs += 1;
        }
        if step.emotion.is_some_and(|e| !(-MAX_EMOTION..=MAX_EMOTION).contains(&e)) {
            step.emotion = step.emotion.map(|e| e.clamp(-MAX_EMOTION, MAX_EMOTION));
            repairs += 1;
        }
    }
    let steps: HashSet<ItemId> = canvas.steps.iter().map(|s| s.id).collect();
    let before = canvas.cards.len();
    canvas.cards.retain(|c| steps.contains(&c.step) && lanes.contains(&c.lane));
    repairs += before - canvas.cards.len();
    for card in &mut canvas.cards {
        if !seen.insert(card.id) {
            card.id = fresh(next_item_id);
            seen.insert(card.id);
            repairs += 1;
        }
        if card.minutes.is_some_and(|m| m > MAX_MINUTES) {
            card.minutes = Some(MAX_MINUTES);
            repairs += 1;
        }
        // An owner naming another kind of item is wrong; one naming nothing is a deleted
        // position and stays, shown as unassigned.
        if card.owner.is_some_and(|o| org.position(o).is_none() && used.contains(&o)) {
            card.owner = None;
            repairs += 1;
        }
    }
    let cards: HashSet<ItemId> = canvas.cards.iter().map(|c| c.id).collect();
    let before = canvas.connectors.len();
    let mut pairs = HashSet::new();
    canvas.connectors.retain(|c| c.from != c.to && cards.contains(&c.from) && cards.contains(&c.to) && pairs.insert(*c));
    repairs += before - canvas.connectors.len();

    let mut linked = HashSet::new();
    for item in &mut swot.items {
        if let Some(Origin::FailPoint(id)) = item.origin {
            if !cards.contains(&id) || !linked.insert(id) || !item.quadrant.is_internal() {
                item.origin = None;
                repairs += 1;
            }
        }
    }
    repairs
}

