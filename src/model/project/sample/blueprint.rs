//! The sample blueprint: the course's complaint-handling loop (the `ComplaintHandling`
//! template) with a time budget a little below the journey's total, so the summary has a step
//! past it to point at; owners taken from the sample org chart (the complaint reception
//! specialist, the after-sales supervisor and specialist, the customer-information specialist)
//! on the front- and back-stage cards they answer for; and one fail point — spare parts out of
//! stock — sent to the SWOT board as a weakness. Built through `apply`, so it obeys every rule
//! a user's blueprint does, and never panics: a refused step leaves the project as it was.

use super::run;
use crate::model::blueprint::summary::summary;
use crate::model::blueprint::templates::{template_draft, BlueprintTemplate};
use crate::model::blueprint::{BlueprintCommand, LaneKey, MAX_MINUTES};
use crate::model::core::{ItemId, Origin};
use crate::model::project::{command::Command, Project};
use crate::model::swot::Quadrant;

/// (step index, lane, position code): who answers for which card. Codes are those of the
/// sample department (`org::templates`, `SampleDepartment`).
const OWNERS: [(usize, LaneKey, &str); 11] = [
    // The complaint reception specialist receives, records and follows up complaints, and
    // offers the interim fix that limits the customer's loss.
    (0, LaneKey::FrontStage, "CS-05"),
    (1, LaneKey::FrontStage, "CS-05"),
    (2, LaneKey::FrontStage, "CS-05"),
    (3, LaneKey::FrontStage, "CS-05"),
    (7, LaneKey::FrontStage, "CS-05"),
    // The after-sales supervisor grades complaints, arranges loan units, approves
    // compensation, dispatches staff.
    (1, LaneKey::BackStage, "CS-03"),
    (2, LaneKey::BackStage, "CS-03"),
    (4, LaneKey::BackStage, "CS-03"),
    (5, LaneKey::BackStage, "CS-03"),
    // The after-sales specialist tests the product.
    (3, LaneKey::BackStage, "CS-04"),
    // The customer-information specialist keeps the CRM records.
    (1, LaneKey::Support, "CS-08"),
];

/// The fail point sent to SWOT: spare parts out of stock (step "Act", back stage).
const SENT: (usize, LaneKey) = (5, LaneKey::BackStage);

/// The budget: 90 % of the journey's total, rounded down to whole five minutes.
fn budget_below(total: u64) -> u32 {
    let budget = total.saturating_mul(9) / 10 / 5 * 5;
    u32::try_from(budget).unwrap_or(MAX_MINUTES).min(MAX_MINUTES)
}

/// Adds the sample complaint-handling blueprint after any steps `project` already has.
pub fn with_sample_blueprint(mut project: Project, chinese: bool) -> Project {
    let draft = template_draft(BlueprintTemplate::ComplaintHandling, chinese);
    let insert = Command::Blueprint(BlueprintCommand::Insert { draft: draft.clone(), replace: false });
    // Insert creates the draft's steps, then its cards, in draft order.
    let created = run(&mut project, insert);
    let card_ids = created.get(draft.steps.len()..).unwrap_or_default();
    let new_cards: Vec<(usize, LaneKey, ItemId)> = draft.cards.iter().zip(card_ids).map(|(planned, id)| (planned.step, planned.lane, *id)).collect();
    let card_at = |step: usize, lane: LaneKey| new_cards.iter().find(|c| c.0 == step && c.1 == lane).map(|c| c.2);
    let budget = budget_below(summary(&project.blueprint).total_minutes);
    run(&mut project, Command::Blueprint(BlueprintCommand::SetBudget { minutes: Some(budget) }));
    for (step, lane, code) in OWNERS {
        // The last position with the code: the sample chart is added after any chart the
        // project had, so the latest copy is the sample's.
        let owner = project.org.positions.iter().rev().find(|p| p.details.code == code).map(|p| p.id);
        let (Some(id), Some(owner)) = (card_at(step, lane), owner) else { continue };
        run(&mut project, Command::Blueprint(BlueprintCommand::SetOwner { id, owner: Some(owner) }));
    }
    if let Some(card) = card_at(SENT.0, SENT.1) {
        run(&mut project, Command::SendToSwot { origin: Origin::FailPoint(card), quadrant: Quadrant::Weaknesses });
    }
    project
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::blueprint::summary::{register, Owner};
    use crate::model::blueprint::Mark;
    use crate::model::project::sample::org::with_sample_org;

    fn empty() -> Project {
        crate::model::project::test_project("Plan")
    }

    #[test]
    fn the_sample_has_a_budget_owners_and_a_weakness_from_a_fail_point() {
        for chinese in [true, false] {
            let mut p = with_sample_blueprint(with_sample_org(empty(), chinese), chinese);
            let canvas = &p.blueprint;
            assert_eq!(canvas.steps.len(), 8);
            let s = summary(canvas);
            let budget = u64::from(s.budget.expect("a budget"));
            assert!(budget < s.total_minutes && budget * 10 >= s.total_minutes * 8, "{s:?}");
            assert!(!s.over_budget.is_empty());
            let owned: Vec<_> = canvas.cards.iter().filter_map(|c| c.owner).collect();
            assert_eq!(owned.len(), OWNERS.len());
            assert!(owned.iter().all(|id| p.org.position(*id).is_some()));
            let sent: Vec<_> = p.swot.items.iter().filter(|i| matches!(i.origin, Some(Origin::FailPoint(_)))).collect();
            assert_eq!(sent.len(), 1);
            let Some(Origin::FailPoint(card)) = sent[0].origin else { unreachable!() };
            assert_eq!(sent[0].quadrant, Quadrant::Weaknesses);
            assert_eq!(canvas.card(card).and_then(|c| c.mark), Some(Mark::FailPoint));
            // The register names the owners by their titles.
            let rows = register(canvas, &p.org);
            assert!(rows.iter().any(|r| matches!(&r.owner, Owner::Position { title, .. }
                if title == if chinese { "售后服务管理主管" } else { "After-sales Supervisor" })));
            assert_eq!(p.repair(), 0);
        }
    }

    #[test]
    fn without_an_org_chart_the_cards_stay_unassigned() {
        let p = with_sample_blueprint(empty(), false);
        assert_eq!(p.blueprint.steps.len(), 8);
        assert!(p.blueprint.cards.iter().all(|c| c.owner.is_none()));
        assert_eq!(p.swot.items.len(), 1);
    }

    #[test]
    fn the_budget_is_a_little_below_the_total() {
        assert_eq!(budget_below(103), 90);
        assert_eq!(budget_below(0), 0);
        assert_eq!(budget_below(u64::MAX), MAX_MINUTES);
    }
}
