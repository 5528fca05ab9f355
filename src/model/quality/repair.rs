//! Repairs the service-quality canvas of a project that came from outside so every rule
//! `apply` keeps holds again: points within 0–`MAX_WEIGHT`; entered averages within 1.0–7.0
//! (others cleared); statement, gap and cause ids unique across the project and below its
//! counter; statements grouped by dimension; tallies that answers on the 1–7 scale could give
//! (others cleared); one gap record
//! per kind, in order; owners that name a position or an id of one deleted since. Renumbered
//! gaps and causes are reported so the SWOT items sent from them keep their link.

use super::{QualityCanvas, Tally, MAX_WEIGHT, TENTHS_MAX, TENTHS_MIN};
use crate::model::core::ids::repair_id;
use crate::model::core::{ItemId, Origin, Positions};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Fixes `canvas` in place. `used` holds the ids the other canvases use; `next_item_id` is
/// raised past every id; origins naming a renumbered gap or cause are added to `moved`.
/// Returns the number of repairs made.
pub fn repair_quality(
    canvas: &mut QualityCanvas,
    org: &dyn Positions,
    used: &BTreeSet<ItemId>,
    next_item_id: &mut u64,
    moved: &mut HashMap<Origin, Origin>,
) -> usize {
    let mut repairs = 0;
    let highest = canvas.item_ids().map(|id| id.counter()).chain(used.iter().map(|id| id.counter())).max().unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    let counter = *next_item_id;
    for points in &mut canvas.weights {
        if *points > MAX_WEIGHT {
            *points = MAX_WEIGHT;
            repairs += 1;
        }
    }
    let in_range = |t: &Option<u8>| t.is_none_or(|t| (TENTHS_MIN..=TENTHS_MAX).contains(&t));
    for entered in canvas.entered.values_mut() {
        for side in [&mut entered.expectation, &mut entered.perception] {
            if !in_range(side) {
                *side = None;
                repairs += 1;
            }
        }
    }
    let before = canvas.entered.len();
    canvas.entered.retain(|_, e| !e.is_empty());
    repairs += before - canvas.entered.len();

    let mut seen: HashSet<ItemId> = used.iter().copied().collect();
    let mut claim = |id: &mut ItemId, repairs: &mut usize| claim_id(id, &mut seen, next_item_id, repairs);
    // Statements grouped by dimension, in order (see `edit::place`).
    let sorted = canvas.statements.windows(2).all(|w| super::dimension_index(w[0].dimension) <= super::dimension_index(w[1].dimension));
    if !sorted {
        canvas.statements.sort_by_key(|s| super::dimension_index(s.dimension));
        repairs += 1;
    }
    for statement in &mut canvas.statements {
        claim(&mut statement.id, &mut repairs);
        for tally in [&mut statement.expectation, &mut statement.perception] {
            if !tally.is_consistent() {
                *tally = Tally::default();
                repairs += 1;
            }
        }
    }
    if canvas.statements.iter().all(|s| s.expectation.is_empty() && s.perception.is_empty()) && canvas.respondents != 0 {
        canvas.respondents = 0;
        repairs += 1;
    }
    // One record per kind, in kind order: a repeated kind's causes join the first record.
    let mut gaps: Vec<super::Gap> = Vec::with_capacity(canvas.gaps.len());
    for gap in std::mem::take(&mut canvas.gaps) {
        match gaps.iter_mut().find(|g| g.kind == gap.kind) {
            Some(first) => {
                first.causes.extend(gap.causes);
                repairs += 1;
            }
            None => gaps.push(gap),
        }
    }
    let before: Vec<_> = gaps.iter().map(|g| g.kind).collect();
    gaps.sort_by_key(|g| g.kind);
    repairs += usize::from(gaps.iter().map(|g| g.kind).ne(before));
    let mut renumbered = HashMap::new();
    for gap in &mut gaps {
        if let Some((old, new)) = claim(&mut gap.id, &mut repairs) {
            renumbered.entry(Origin::Gap(old)).or_insert(Origin::Gap(new));
        }
        for cause in &mut gap.causes {
            if let Some((old, new)) = claim(&mut cause.id, &mut repairs) {
                renumbered.entry(Origin::Cause(old)).or_insert(Origin::Cause(new));
            }
        }
    }
    // An owner is a position, or the id of one deleted since (issued before the counter, and
    // not used by any other item). Anything else is cleared.
    let ids_here: HashSet<ItemId> = used
        .iter()
        .copied()
        .chain(canvas.statements.iter().map(|s| s.id))
        .chain(gaps.iter().flat_map(|g| std::iter::once(g.id).chain(g.causes.iter().map(|c| c.id))))
        .collect();
    for gap in &mut gaps {
        let bad_owner = gap.owner.is_some_and(|o| org.title(o).is_none() && (o.counter() >= counter || ids_here.contains(&o)));
        if bad_owner {
            gap.owner = None;
            repairs += 1;
        }
    }
    canvas.gaps = gaps;
    moved.extend(renumbered);
    repairs
}

/// The id `id` keeps, or a new one when another item already holds it: (old, new) then.
fn claim_id(id: &mut ItemId, seen: &mut HashSet<ItemId>, next_item_id: &mut u64, repairs: &mut usize) -> Option<(ItemId, ItemId)> {
    if seen.insert(*id) {
        return None;
    }
    let old = *id;
    *id = repair_id(next_item_id, |candidate| seen.contains(&candidate));
    seen.insert(*id);
    *repairs += 1;
    Some((old, *id))
}
