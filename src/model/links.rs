//! Links between canvases. A SWOT item sent from another canvas records where it came from in
//! `SwotItem::origin`; the other side reads "sent" from that, so the link is stored once and
//! deleting either side drops it cleanly (the SWOT item goes, or `origin` is cleared). Moving
//! the item to a quadrant its origin does not fit (see [`Origin::fits`]) clears it too, and so
//! does marking a sent fail point as something else.

use super::blueprint::{BlueprintCanvas, Mark};
use super::five_forces::FiveForcesCanvas;
use super::ids::ItemId;
use super::project::Project;
use super::swot::{SwotCanvas, SwotItem};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// What a SWOT item was sent from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A five-forces factor.
    Factor(ItemId),
    /// A competitor in the five-forces register.
    Competitor(ItemId),
    /// A fail point (a marked card) on the service blueprint.
    FailPoint(ItemId),
}

impl Origin {
    /// Whether an item from this origin may stand in `quadrant`: the five forces describe the
    /// environment (opportunities and threats), a fail point is a weakness.
    pub fn fits(self, quadrant: super::swot::Quadrant) -> bool {
        match self {
            Origin::Factor(_) | Origin::Competitor(_) => !quadrant.is_internal(),
            Origin::FailPoint(_) => quadrant == super::swot::Quadrant::Weaknesses,
        }
    }
}

/// The SWOT item sent from `origin`, if it still stands.
pub fn sent_item(project: &Project, origin: Origin) -> Option<&SwotItem> {
    project.swot.items.iter().find(|item| item.origin == Some(origin))
}

/// Checks every SWOT item's origin once the other canvases are repaired, by the rules `apply`
/// keeps: an origin whose factor, competitor or card was renumbered follows it (`moved`, old →
/// new); one that names nothing that exists (a card must still be marked as a fail point),
/// sits in a quadrant it does not fit, or repeats an earlier item's is cleared. Items always
/// stay. Returns the number of origins changed.
pub fn repair_origins(swot: &mut SwotCanvas, moved: &HashMap<Origin, Origin>, forces: &FiveForcesCanvas, blueprint: &BlueprintCanvas) -> usize {
    let factors: HashSet<ItemId> = forces.factors.iter().map(|f| f.id).collect();
    let competitors: HashSet<ItemId> = forces.competitors.iter().map(|c| c.id).collect();
    let fail_points: HashSet<ItemId> = blueprint.cards.iter().filter(|c| c.mark == Some(Mark::FailPoint)).map(|c| c.id).collect();
    let mut linked = HashSet::new();
    let mut repairs = 0;
    for item in &mut swot.items {
        let Some(written) = item.origin else { continue };
        let origin = moved.get(&written).copied().unwrap_or(written);
        let exists = match origin {
            Origin::Factor(id) => factors.contains(&id),
            Origin::Competitor(id) => competitors.contains(&id),
            Origin::FailPoint(id) => fail_points.contains(&id),
        };
        let kept = (exists && origin.fits(item.quadrant) && linked.insert(origin)).then_some(origin);
        if kept != item.origin {
            item.origin = kept;
            repairs += 1;
        }
    }
    repairs
}

/// Whether `origin` still exists on its own canvas.
pub fn origin_exists(project: &Project, origin: Origin) -> bool {
    match origin {
        Origin::Factor(id) => project.five_forces.factor(id).is_some(),
        Origin::Competitor(id) => project.five_forces.competitor(id).is_some(),
        Origin::FailPoint(id) => project.blueprint.card(id).is_some(),
    }
}
