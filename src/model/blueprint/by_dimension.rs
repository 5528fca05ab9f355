//! The blueprint seen by SERVQUAL dimension, for the service-quality canvas: per dimension the
//! cards rated with it, how many are touchpoints, fail points and wait points, and the minutes
//! its marked cards may cost; and how many cards carry the result's (technical) or the
//! process's (functional) quality. Derived on demand, linear in the canvas, never stored; cards
//! that sit off the grid in a damaged file are not counted.

use super::summary::{on_grid, touchpoints};
use super::{BlueprintCanvas, Mark, QualityKind, Servqual};
use crate::model::core::ItemId;

/// One dimension's cards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DimensionCards {
    /// The cards rated with it, in blueprint order.
    pub cards: Vec<ItemId>,
    pub touchpoints: usize,
    pub fail_points: usize,
    pub wait_points: usize,
    /// The minutes of its fail and wait points.
    pub marked_minutes: u64,
}

/// Every dimension's cards, in `Servqual::ALL` order.
pub fn by_dimension(canvas: &BlueprintCanvas) -> [DimensionCards; 5] {
    let touching = touchpoints(canvas);
    let mut out: [DimensionCards; 5] = Default::default();
    for card in on_grid(canvas) {
        let Some(dimension) = card.servqual else { continue };
        let Some(at) = Servqual::ALL.iter().position(|d| *d == dimension) else { continue };
        let entry = &mut out[at];
        entry.cards.push(card.id);
        entry.touchpoints += usize::from(touching.contains(&card.id));
        match card.mark {
            Some(Mark::FailPoint) => entry.fail_points += 1,
            Some(Mark::WaitPoint) => entry.wait_points += 1,
            None => {}
        }
        if card.mark.is_some() {
            entry.marked_minutes += u64::from(card.minutes.unwrap_or(0));
        }
    }
    out
}

/// How many cards on the grid carry technical and functional quality.
pub fn quality_kinds(canvas: &BlueprintCanvas) -> (usize, usize) {
    let count = |kind: QualityKind| on_grid(canvas).filter(|c| c.quality == Some(kind)).count();
    (count(QualityKind::Technical), count(QualityKind::Functional))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blueprint::templates::{template_draft, BlueprintTemplate};
    use crate::model::blueprint::BlueprintCommand;
    use crate::model::command::{apply, Command, Outcome};

    #[test]
    fn the_service_loop_template_spreads_its_cards_over_the_dimensions() {
        let draft = template_draft(BlueprintTemplate::ServiceLoop, false);
        let insert = Command::Blueprint(BlueprintCommand::Insert { draft, replace: false });
        let Ok(Outcome::Changed(project)) = apply(&crate::model::project::test_project("Q"), &insert) else { panic!("refused") };
        let rolled = by_dimension(&project.blueprint);
        // Six pieces of evidence rated tangibles, none of them a touchpoint.
        assert_eq!((rolled[0].cards.len(), rolled[0].touchpoints), (6, 0));
        // Reliability: the front stage's repair (a touchpoint) and two back-stage fail points.
        let reliability = &rolled[1];
        assert_eq!((reliability.fail_points, reliability.touchpoints), (2, 1));
        assert_eq!(reliability.marked_minutes, 30 + 120);
        let rated: usize = rolled.iter().map(|d| d.cards.len()).sum();
        assert_eq!(rated, project.blueprint.cards.iter().filter(|c| c.servqual.is_some()).count());
        assert_eq!(quality_kinds(&project.blueprint), (0, 0));
    }
}
