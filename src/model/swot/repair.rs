//! Repairs a SWOT canvas that came from outside (an imported file, a stored project written by
//! hand or by a faulty build) so every rule `apply` keeps holds again: unique ids, ids below
//! the project's counter, priorities 1–5, tags only on external items. Strategies keep their
//! citations. Returns how many things were repaired, so loading can say so.

use super::SwotCanvas;
use crate::model::core::ids::repair_id;
use std::collections::BTreeSet;

/// Fixes `canvas` in place; `next_item_id` is raised past every id in use. Returns the number
/// of repairs made (0 for a healthy canvas).
pub fn repair_swot(canvas: &mut SwotCanvas, next_item_id: &mut u64) -> usize {
    let mut repairs = 0;
    // Cited ids count too: a source the counter has yet to issue would capture a future item.
    let highest = canvas
        .items
        .iter()
        .map(|i| i.id.counter())
        .chain(canvas.strategies.iter().flat_map(|s| s.sources.iter().chain([&s.id]).map(|id| id.counter())))
        .max()
        .unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    let mut seen = BTreeSet::new();
    for item in &mut canvas.items {
        if !seen.insert(item.id) {
            item.id = repair_id(next_item_id, |id| seen.contains(&id));
            seen.insert(item.id);
            repairs += 1;
        }
        if item.priority.is_some_and(|p| !(1..=5).contains(&p)) {
            item.priority = None;
            repairs += 1;
        }
        if item.quadrant.is_internal() && (item.source.is_some() || item.competitor.is_some()) {
            item.source = None;
            item.competitor = None;
            repairs += 1;
        }
    }
    for strategy in &mut canvas.strategies {
        if !seen.insert(strategy.id) {
            strategy.id = repair_id(next_item_id, |id| seen.contains(&id));
            seen.insert(strategy.id);
            repairs += 1;
        }
        let before = strategy.sources.len();
        let mut distinct = Vec::with_capacity(before);
        for source in strategy.sources.drain(..) {
            if !distinct.contains(&source) {
                distinct.push(source);
            }
        }
        repairs += before - distinct.len();
        strategy.sources = distinct;
    }
    repairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::core::ItemId;
    use crate::model::swot::{EnvFactor, Quadrant, Strategy, SwotItem, TowsCell};

    fn item(id: u64, quadrant: Quadrant) -> SwotItem {
        SwotItem {
            id: ItemId(id),
            quadrant,
            text: format!("i{id}"),
            note: String::new(),
            priority: None,
            source: None,
            competitor: None,
            origin: None,
        }
    }

    #[test]
    fn a_healthy_canvas_is_left_alone() {
        let mut canvas = SwotCanvas { items: vec![item(1, Quadrant::Strengths)], ..Default::default() };
        let mut next = 2;
        assert_eq!(repair_swot(&mut canvas, &mut next), 0);
        assert_eq!(next, 2);
    }

    #[test]
    fn broken_files_are_made_whole() {
        let mut bad_strength = item(3, Quadrant::Strengths);
        bad_strength.priority = Some(9);
        bad_strength.source = Some(EnvFactor::Economy);
        let mut canvas = SwotCanvas {
            items: vec![item(3, Quadrant::Opportunities), bad_strength],
            strategies: vec![Strategy { id: ItemId(3), cell: TowsCell::SO, text: "s".into(), sources: vec![ItemId(3), ItemId(3)] }],
            ..Default::default()
        };
        let mut next = 1;
        assert!(repair_swot(&mut canvas, &mut next) >= 5);
        let ids: BTreeSet<_> = canvas.items.iter().map(|i| i.id).chain(canvas.strategies.iter().map(|s| s.id)).collect();
        assert_eq!(ids.len(), 3, "ids are unique");
        assert!(ids.iter().all(|id| id.0 < next), "the counter is past every id");
        assert_eq!(canvas.items[1].priority, None);
        assert_eq!(canvas.items[1].source, None);
        assert_eq!(canvas.strategies[0].sources, vec![ItemId(3)]);
    }
}
