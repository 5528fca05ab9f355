//! Repair of a whole project that came from outside (an imported file, a stored copy written by
//! hand or by a faulty build): each canvas's own repair in a fixed order, then the links
//! between canvases, so every rule `apply` keeps holds again. Deterministic (the same damaged
//! file repairs to the same project on every device: new ids come from the file's own space),
//! idempotent (a repaired project needs no repair), and it keeps every id it can: only a
//! duplicate is renumbered. What it changed is counted per canvas, so the user can be told.

use super::Project;
use crate::model::blueprint::{repair_blueprint, LaneKey};
use crate::model::core::ids::COUNTER_END;
use crate::model::core::ItemId;
use crate::model::five_forces::repair_forces;
use crate::model::org::repair_org;
use crate::model::quality::repair_quality;
use crate::model::swot::repair_swot;
use crate::model::voting::repair_voting;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

/// What a repair changed, by where.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RepairReport {
    pub swot: usize,
    pub five_forces: usize,
    pub org: usize,
    pub blueprint: usize,
    pub quality: usize,
    pub voting: usize,
    /// SWOT items whose link to a factor, competitor or fail point was dropped or followed a
    /// renumbered item.
    pub links: usize,
    /// A counter outside 1..=2^32 started again from 1 (a canvas that raises it past its ids
    /// counts that).
    pub counter: usize,
}

impl RepairReport {
    /// Every repair counted once.
    pub fn total(&self) -> usize {
        self.swot + self.five_forces + self.org + self.blueprint + self.quality + self.voting + self.links + self.counter
    }
}

impl Project {
    /// Restores the rules `apply` keeps; returns how many repairs were made (see
    /// [`Project::repair_with_report`]).
    pub fn repair(&mut self) -> usize {
        self.repair_with_report().total()
    }

    /// Restores the rules `apply` keeps (see each canvas's `repair_*` and, for the links
    /// between canvases, `links::repair_origins`) and says what it changed.
    pub fn repair_with_report(&mut self) -> RepairReport {
        let mut report = RepairReport::default();
        // A counter outside 1..=2^32 cannot be a counter: it starts again from 1 and each
        // canvas raises it past the ids it holds.
        let mut next = if (1..=COUNTER_END).contains(&self.next_item_id) { self.next_item_id } else { 1 };
        report.counter = usize::from(next != self.next_item_id);
        // Renumbered factors, competitors and cards (old origin → new), for the links.
        let mut moved = HashMap::new();
        let mut swot = (*self.swot).clone();
        report.swot = repair_swot(&mut swot, &mut next);
        let mut used: BTreeSet<ItemId> = swot.items.iter().map(|i| i.id).chain(swot.strategies.iter().map(|s| s.id)).collect();
        report.five_forces = repaired(&mut self.five_forces, |forces| repair_forces(forces, &used, &mut next, &mut moved));
        used.extend(self.five_forces.factors.iter().map(|f| f.id));
        used.extend(self.five_forces.competitors.iter().map(|c| c.id));
        report.org = repaired(&mut self.org, |org| repair_org(org, &used, &mut next));
        used.extend(self.org.positions.iter().map(|p| p.id));
        let org = Rc::clone(&self.org);
        report.blueprint = repaired(&mut self.blueprint, |blueprint| repair_blueprint(blueprint, org.as_ref(), &used, &mut next, &mut moved));
        used.extend(self.blueprint.steps.iter().map(|s| s.id));
        used.extend(self.blueprint.cards.iter().map(|c| c.id));
        used.extend(self.blueprint.lanes.iter().filter_map(|l| match l.key {
            LaneKey::Custom(id) => Some(id),
            _ => None,
        }));
        report.quality = repaired(&mut self.quality, |quality| repair_quality(quality, org.as_ref(), &used, &mut next, &mut moved));
        used.extend(self.quality.item_ids());
        // The links last: they depend on what the repairs above kept and renumbered.
        report.links = super::links::repair_origins(&mut swot, &moved, self);
        if report.swot + report.links > 0 {
            self.swot = Rc::new(swot);
        }
        report.voting = repaired(&mut self.voting, |voting| repair_voting(voting, &used, &mut next));
        self.next_item_id = next;
        report
    }
}

/// Runs `repair` on a copy of `part` and keeps the copy only if something changed, so an
/// untouched canvas stays shared with the project it came from.
fn repaired<T: Clone>(part: &mut Rc<T>, repair: impl FnOnce(&mut T) -> usize) -> usize {
    let mut copy = (**part).clone();
    let repairs = repair(&mut copy);
    if repairs > 0 {
        *part = Rc::new(copy);
    }
    repairs
}

#[cfg(test)]
mod forces_tests {
    //! The five forces repaired with the SWOT links that point into them.
    use crate::model::core::{ItemId, Origin};
    use crate::model::five_forces::{repair_forces, Competitor, Factor, FiveForcesCanvas, Force, MAX_WEIGHT};
    use crate::model::project::links::repair_origins;
    use crate::model::swot::{Quadrant, SwotCanvas, SwotItem};
    use std::collections::{BTreeSet, HashMap};

    /// The canvas repaired, then the SWOT origins checked against it, as `Project::repair` does.
    fn repair(canvas: &mut FiveForcesCanvas, swot: &mut SwotCanvas, next: &mut u64) -> usize {
        let mut moved = HashMap::new();
        let used: BTreeSet<ItemId> = swot.items.iter().map(|i| i.id).chain(swot.strategies.iter().map(|s| s.id)).collect();
        let repairs = repair_forces(canvas, &used, next, &mut moved);
        let mut project = crate::model::project::test_project("Forces");
        project.five_forces = std::rc::Rc::new(canvas.clone());
        repairs + repair_origins(swot, &moved, &project)
    }

    fn factor(id: u64, rating: Option<u8>, weight: Option<u8>) -> Factor {
        Factor { id: ItemId(id), force: Force::Rivalry, text: format!("f{id}"), note: String::new(), rating, weight }
    }

    fn competitor(id: u64, threat: Option<u8>) -> Competitor {
        Competitor { threat, ..Competitor::named(ItemId(id), format!("c{id}"), None) }
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
