//! Repairs the five-forces canvas of a project that came from outside (an imported file, a
//! stored project written by hand or by a faulty build), after `swot::repair_swot`, so every
//! rule `apply` keeps holds again: factor and competitor ids unique across the project and
//! below its counter; ratings, threat levels and overrides 1–5; weights 1–`MAX_WEIGHT`. A
//! factor or competitor whose id had to change is reported in `moved`, so the SWOT items sent
//! from it keep their link (`links::repair_origins` checks every origin once all canvases are
//! repaired).

use super::{FiveForcesCanvas, MAX_WEIGHT};
use crate::model::core::ids::repair_id;
use crate::model::core::{ItemId, Origin};
use std::collections::{BTreeSet, HashMap};

fn valid(value: &mut Option<u8>, max: u8, repairs: &mut usize) {
    if value.is_some_and(|v| v == 0 || v > max) {
        *value = None;
        *repairs += 1;
    }
}

/// Fixes `canvas` in place; `next_item_id` is raised past every id in use (`used`, the ids the
/// canvases repaired before this one hold, included), and origins naming a renumbered factor or
/// competitor are added to `moved` (old → new). Returns the number of repairs made (0 for a
/// healthy canvas).
pub fn repair_forces(canvas: &mut FiveForcesCanvas, used: &BTreeSet<ItemId>, next_item_id: &mut u64, moved: &mut HashMap<Origin, Origin>) -> usize {
    let mut repairs = 0;
    let mut seen: BTreeSet<ItemId> = used.clone();
    let ours = canvas.factors.iter().map(|f| f.id).chain(canvas.competitors.iter().map(|c| c.id));
    let highest = ours.chain(seen.iter().copied()).map(|id| id.counter()).max().unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    // An origin names the first factor (or competitor) with its id; if that one is given a new
    // id, the origin follows it.
    let mut factor_ids = BTreeSet::new();
    for factor in &mut canvas.factors {
        let first_of_its_id = factor_ids.insert(factor.id);
        if !seen.insert(factor.id) {
            let old = factor.id;
            factor.id = repair_id(next_item_id, |id| seen.contains(&id));
            seen.insert(factor.id);
            if first_of_its_id {
                moved.insert(Origin::Factor(old), Origin::Factor(factor.id));
            }
            repairs += 1;
        }
        valid(&mut factor.rating, 5, &mut repairs);
        valid(&mut factor.weight, MAX_WEIGHT, &mut repairs);
    }
    let mut competitor_ids = BTreeSet::new();
    for competitor in &mut canvas.competitors {
        let first_of_its_id = competitor_ids.insert(competitor.id);
        if !seen.insert(competitor.id) {
            let old = competitor.id;
            competitor.id = repair_id(next_item_id, |id| seen.contains(&id));
            seen.insert(competitor.id);
            if first_of_its_id {
                moved.insert(Origin::Competitor(old), Origin::Competitor(competitor.id));
            }
            repairs += 1;
        }
        valid(&mut competitor.threat, 5, &mut repairs);
    }
    let before = canvas.overrides.len();
    canvas.overrides.retain(|_, v| (1..=5).contains(v));
    repairs += before - canvas.overrides.len();
    repairs
}
