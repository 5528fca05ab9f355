//! Repairs the five-forces canvas of a project that came from outside (an imported file, a
//! stored project written by hand or by a faulty build), after `swot::repair_swot`, so every
//! rule `apply` keeps holds again: factor and competitor ids unique across the project and
//! below its counter; ratings, threat levels and overrides 1–5; weights 1–`MAX_WEIGHT`. A
//! factor or competitor whose id had to change is reported in `moved`, so the SWOT items sent
//! from it keep their link (`links::repair_origins` checks every origin once all canvases are
//! repaired).

use super::{FiveForcesCanvas, MAX_WEIGHT};
use crate::model::ids::ItemId;
use crate::model::links::Origin;
use crate::model::swot::SwotCanvas;
use std::collections::{BTreeSet, HashMap};

fn valid(value: &mut Option<u8>, max: u8, repairs: &mut usize) {
    if value.is_some_and(|v| v == 0 || v > max) {
        *value = None;
        *repairs += 1;
    }
}

/// Fixes `canvas` in place; `next_item_id` is raised past every id in use (the SWOT ids in
/// `swot` included), and origins naming a renumbered factor or competitor are added to `moved`
/// (old → new). Returns the number of repairs made (0 for a healthy canvas).
pub fn repair_forces(canvas: &mut FiveForcesCanvas, swot: &SwotCanvas, next_item_id: &mut u64, moved: &mut HashMap<Origin, Origin>) -> usize {
    let mut repairs = 0;
    let mut seen: BTreeSet<ItemId> = swot.items.iter().map(|i| i.id).chain(swot.strategies.iter().map(|s| s.id)).collect();
    let ours = canvas.factors.iter().map(|f| f.id).chain(canvas.competitors.iter().map(|c| c.id));
    let highest = ours.chain(seen.iter().copied()).map(|id| id.0).max().unwrap_or(0);
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
            factor.id = ItemId(*next_item_id);
            *next_item_id = next_item_id.saturating_add(1);
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
            competitor.id = ItemId(*next_item_id);
            *next_item_id = next_item_id.saturating_add(1);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blueprint::BlueprintCanvas;
    use crate::model::five_forces::{Competitor, Factor, Force};
    use crate::model::links::repair_origins;
    use crate::model::swot::{Quadrant, SwotItem};

    /// The canvas repaired, then the SWOT origins checked against it, as `Project::repair` does.
    fn repair(canvas: &mut FiveForcesCanvas, swot: &mut SwotCanvas, next: &mut u64) -> usize {
        let mut moved = HashMap::new();
        let repairs = repair_forces(canvas, swot, next, &mut moved);
        repairs + repair_origins(swot, &moved, canvas, &BlueprintCanvas::default())
    }

    fn factor(id: u64, rating: Option<u8>, weight: Option<u8>) -> Factor {
        Factor { id: ItemId(id), force: Force::Rivalry, text: format!("f{id}"), note: String::new(), rating, weight }
    }

    fn competitor(id: u64, threat: Option<u8>) -> Competitor {
        Competitor { id: ItemId(id), name: format!("c{id}"), kind: None, strengths: String::new(), weaknesses: String::new(), threat }
    }

    fn item(id: u64, origin: Option<Origin>) -> SwotItem {
        SwotItem {
            id: ItemId(id),
            quadrant: Quadrant::Threats,
            text: format!("i{id}"),
            note: String::new(),
            priority: None,
            source: None,
            competitor: None,
            origin,
        }
    }

    #[test]
    fn a_healthy_canvas_is_left_alone() {
        let mut canvas =
            FiveForcesCanvas { factors: vec![factor(2, Some(3), Some(2))], competitors: vec![competitor(3, Some(5))], ..Default::default() };
        canvas.overrides.insert(Force::Buyers, 5);
        let mut swot = SwotCanvas { items: vec![item(1, Some(Origin::Factor(ItemId(2))))], ..Default::default() };
        let (canvas_before, swot_before) = (canvas.clone(), swot.clone());
        let mut next = 4;
        assert_eq!(repair(&mut canvas, &mut swot, &mut next), 0);
        assert_eq!((canvas, swot, next), (canvas_before, swot_before, 4));
    }

    #[test]
    fn broken_canvases_are_made_whole_and_links_follow_renumbered_ids() {
        let mut canvas = FiveForcesCanvas {
            // Factor 1 collides with SWOT item 1; factor 5 appears twice; competitor 5 collides with a factor.
            factors: vec![factor(1, Some(9), Some(0)), factor(5, Some(0), Some(11)), factor(5, Some(2), None)],
            competitors: vec![competitor(5, Some(6))],
            ..Default::default()
        };
        canvas.overrides.insert(Force::Rivalry, 0);
        canvas.overrides.insert(Force::Buyers, 6);
        canvas.overrides.insert(Force::Suppliers, 4);
        let mut swot = SwotCanvas {
            items: vec![
                item(1, Some(Origin::Factor(ItemId(1)))),
                item(2, Some(Origin::Competitor(ItemId(5)))),
                item(3, Some(Origin::Competitor(ItemId(5)))),
                item(4, Some(Origin::Factor(ItemId(99)))),
                item(6, Some(Origin::Factor(ItemId(5)))),
            ],
            ..Default::default()
        };
        let mut next = 2;
        assert!(repair(&mut canvas, &mut swot, &mut next) >= 10);
        let ids: Vec<ItemId> =
            swot.items.iter().map(|i| i.id).chain(canvas.factors.iter().map(|f| f.id)).chain(canvas.competitors.iter().map(|c| c.id)).collect();
        let distinct: BTreeSet<ItemId> = ids.iter().copied().collect();
        assert_eq!(distinct.len(), ids.len(), "ids are unique across canvases: {ids:?}");
        assert!(ids.iter().all(|id| id.0 < next), "the counter is past every id");
        assert!(canvas.factors.iter().all(|f| f.rating.is_none_or(|r| (1..=5).contains(&r))));
        assert!(canvas.factors.iter().all(|f| f.weight.is_none_or(|w| (1..=MAX_WEIGHT).contains(&w))));
        assert_eq!(canvas.competitors[0].threat, None);
        assert_eq!(canvas.overrides.len(), 1);
        // The renumbered factor keeps its link; the first factor 5 keeps its id and its link.
        assert_eq!(swot.items[0].origin, Some(Origin::Factor(canvas.factors[0].id)));
        assert_eq!(canvas.factors[1].id, ItemId(5));
        assert_eq!(swot.items[4].origin, Some(Origin::Factor(ItemId(5))));
        // The renumbered competitor keeps one link; the second item citing it and the dangling
        // origin lose theirs.
        assert_eq!(swot.items[1].origin, Some(Origin::Competitor(canvas.competitors[0].id)));
        assert_eq!(swot.items[2].origin, None);
        assert_eq!(swot.items[3].origin, None);
    }
}
