//! Links between canvases. A SWOT item sent from another canvas records where it came from in
//! `SwotItem::origin`; the other side reads "sent" from that, so the link is stored once and
//! deleting either side drops it cleanly (the SWOT item goes, or `origin` is cleared). Moving
//! the item to a quadrant its origin does not fit (see `Quadrant::takes`) clears it too, and so
//! does marking a sent fail point as something else, or deleting a gap's cause. A canvas's
//! `apply` reports the origins it ended; [`unlink`] clears them here, in one place.

use super::Project;
use crate::model::blueprint::Mark;
use crate::model::core::{IdMint, ItemId, ModelError};
use crate::model::swot::{apply_swot, EnvFactor, Quadrant, SwotCanvas, SwotCommand, SwotItem};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub use crate::model::core::Origin;

/// The SWOT item sent from `origin`, if it still stands.
pub fn sent_item(project: &Project, origin: Origin) -> Option<&SwotItem> {
    project.swot.items.iter().find(|item| item.origin == Some(origin))
}

/// Checks every SWOT item's origin once the other canvases are repaired, by the rules `apply`
/// keeps: an origin whose factor, competitor or card was renumbered follows it (`moved`, old →
/// new); one that names nothing that exists (a card must still be marked as a fail point),
/// sits in a quadrant it does not fit, or repeats an earlier item's is cleared. Items always
/// stay. Returns the number of origins changed.
pub fn repair_origins(swot: &mut SwotCanvas, moved: &HashMap<Origin, Origin>, project: &Project) -> usize {
    let (forces, blueprint, quality) = (&project.five_forces, &project.blueprint, &project.quality);
    let factors: HashSet<ItemId> = forces.factors.iter().map(|f| f.id).collect();
    let competitors: HashSet<ItemId> = forces.competitors.iter().map(|c| c.id).collect();
    let fail_points: HashSet<ItemId> = blueprint.cards.iter().filter(|c| c.mark == Some(Mark::FailPoint)).map(|c| c.id).collect();
    let gaps: HashSet<ItemId> = quality.gaps.iter().map(|g| g.id).collect();
    let causes: HashSet<ItemId> = quality.gaps.iter().flat_map(|g| g.causes.iter().map(|c| c.id)).collect();
    let mut linked = HashSet::new();
    let mut repairs = 0;
    for item in &mut swot.items {
        let Some(written) = item.origin else { continue };
        let origin = moved.get(&written).copied().unwrap_or(written);
        let exists = match origin {
            Origin::Factor(id) => factors.contains(&id),
            Origin::Competitor(id) => competitors.contains(&id),
            Origin::FailPoint(id) => fail_points.contains(&id),
            Origin::Gap(id) => gaps.contains(&id),
            Origin::Cause(id) => causes.contains(&id),
        };
        let kept = (exists && item.quadrant.takes(origin) && linked.insert(origin)).then_some(origin);
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
        Origin::Gap(id) => project.quality.gap_by_id(id).is_some(),
        Origin::Cause(id) => project.quality.cause(id).is_some(),
    }
}

/// Clears the link of every SWOT item sent from one of `ended`; the items stay.
pub fn unlink(swot: &mut Rc<SwotCanvas>, ended: &[Origin]) {
    let ended: HashSet<Origin> = ended.iter().copied().collect();
    let linked = |item: &SwotItem| item.origin.is_some_and(|o| ended.contains(&o));
    if swot.items.iter().any(linked) {
        for item in Rc::make_mut(swot).items.iter_mut().filter(|i| linked(i)) {
            item.origin = None;
        }
    }
}

/// Makes a SWOT item from a factor or competitor (an opportunity or threat) or from a fail
/// point (a weakness), linked back to it. Its text and priority come from the source (a
/// factor's rating, a competitor's threat level; a fail point has no priority).
pub fn send_to_swot(project: &Project, origin: Origin, quadrant: Quadrant, ids: &mut IdMint) -> Result<SwotCanvas, ModelError> {
    if !quadrant.takes(origin) {
        return Err(match origin {
            Origin::FailPoint(_) | Origin::Gap(_) | Origin::Cause(_) => ModelError::FailPointToWeakness,
            _ => ModelError::SendToInternal,
        });
    }
    if sent_item(project, origin).is_some() {
        return Err(ModelError::AlreadySent);
    }
    if !origin_exists(project, origin) {
        return Err(ModelError::ItemNotFound(origin.id()));
    }
    // Only a card marked as a fail point is sent; the link then stays with the card even if
    // its mark changes later, like a factor's link survives a new rating.
    if let Origin::FailPoint(id) = origin {
        if project.blueprint.card(id).is_some_and(|c| c.mark != Some(Mark::FailPoint)) {
            return Err(ModelError::NotAFailPoint);
        }
    }
    let forces = &project.five_forces;
    let (text, priority, competitor) = match origin {
        Origin::Factor(id) => forces.factor(id).map(|f| (f.text.clone(), f.rating, None)),
        Origin::Competitor(id) => forces.competitor(id).map(|c| (c.name.clone(), c.threat, c.kind)),
        Origin::FailPoint(id) => project.blueprint.card(id).map(|c| (c.text.clone(), None, None)),
        // A gap goes as its summary, which must be written first; a cause as its text.
        Origin::Gap(id) => project.quality.gap_by_id(id).map(|g| (g.summary.clone(), None, None)),
        Origin::Cause(id) => project.quality.cause(id).map(|(_, c)| (c.text.clone(), None, None)),
    }
    .ok_or(ModelError::EmptyText)?;
    // The five forces are part of the competitor environment (DOMAIN.md §1); a fail point is
    // internal and has no environment source.
    let source = (!quadrant.is_internal()).then_some(EnvFactor::Competitor);
    let add = SwotCommand::AddItem { quadrant, text, source };
    let Some(change) = apply_swot(&project.swot, &add, ids)? else { return Err(ModelError::EmptyText) };
    let mut swot = change.canvas;
    if let Some(item) = swot.items.last_mut() {
        item.origin = Some(origin);
        item.priority = priority;
        item.competitor = competitor;
    }
    Ok(swot)
}
