//! Where the service-quality canvas meets the blueprint: per SERVQUAL dimension, its scores
//! beside the blueprint cards rated with it, and whether the dimension falls well short of
//! expectations while no touchpoint carries it ("no moment of truth carries this dimension") —
//! a gap with nowhere in the service design to close it. Derived, never stored.

use crate::model::blueprint::by_dimension::{by_dimension, DimensionCards};
use crate::model::blueprint::BlueprintCanvas;
use crate::model::quality::score::{dimension_scores, DimensionScore};
use crate::model::quality::QualityCanvas;

/// A gap at or below this (perception 1 point or more under expectation) is a large one.
pub const LARGE_GAP: f64 = -1.0;

/// One dimension's scores and blueprint cards.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionLink {
    pub score: DimensionScore,
    pub cards: DimensionCards,
    /// A large gap, and no touchpoint rated with the dimension.
    pub no_moment_of_truth: bool,
}

/// Every dimension's link, in `Servqual::ALL` order.
pub fn dimension_links(quality: &QualityCanvas, blueprint: &BlueprintCanvas) -> Vec<DimensionLink> {
    let scores = dimension_scores(quality);
    let cards = by_dimension(blueprint);
    scores
        .into_iter()
        .zip(cards)
        .map(|(score, cards)| {
            let no_moment_of_truth = score.gap().is_some_and(|g| g <= LARGE_GAP) && cards.touchpoints == 0;
            DimensionLink { score, cards, no_moment_of_truth }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blueprint::{BlueprintCommand, LaneKey};
    use crate::model::command::{apply, Command, Outcome};
    use crate::model::core::{ItemId, Servqual};
    use crate::model::project::Project;
    use crate::model::quality::QualityCommand;

    fn run(project: &mut Project, command: Command) {
        match apply(project, &command) {
            Ok(Outcome::Changed(next)) => *project = next,
            other => panic!("{command:?} gave {other:?}"),
        }
    }

    #[test]
    fn a_large_gap_without_a_rated_touchpoint_is_flagged_until_one_carries_it() {
        let mut p = super::super::test_project("Q");
        let entered = |dimension, e, q| Command::Quality(QualityCommand::SetEntered { dimension, expectation: Some(e), perception: Some(q) });
        run(&mut p, entered(Servqual::Responsiveness, 65, 50));
        run(&mut p, entered(Servqual::Empathy, 60, 55));
        let flags = |p: &Project| dimension_links(&p.quality, &p.blueprint).iter().map(|l| l.no_moment_of_truth).collect::<Vec<_>>();
        // Responsiveness falls 1.5 short; empathy only 0.5.
        assert_eq!(flags(&p), [false, false, true, false, false]);
        let step = ItemId(p.next_item_id);
        run(&mut p, Command::Blueprint(BlueprintCommand::AddStep { index: None, name: "Call".into() }));
        let customer = ItemId(p.next_item_id);
        run(&mut p, Command::Blueprint(BlueprintCommand::AddCard { step, lane: LaneKey::Customer, index: None, text: "Calls".into() }));
        let front = ItemId(p.next_item_id);
        run(&mut p, Command::Blueprint(BlueprintCommand::AddCard { step, lane: LaneKey::FrontStage, index: None, text: "Answers".into() }));
        run(&mut p, Command::Blueprint(BlueprintCommand::SetServqual { id: front, servqual: Some(Servqual::Responsiveness) }));
        // Rated but not yet a touchpoint: still flagged.
        assert!(flags(&p)[2]);
        run(&mut p, Command::Blueprint(BlueprintCommand::Connect { from: customer, to: front }));
        assert!(!flags(&p)[2]);
        assert_eq!(dimension_links(&p.quality, &p.blueprint)[2].cards.cards, [front]);
    }
}
