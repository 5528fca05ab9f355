//! The sample project's blueprint, as a user opening the sample meets it: the complaint-handling
//! loop with its fail and wait points, owners that are positions of the sample org chart, a
//! time budget the journey overruns, and one fail point sent to the SWOT board as a weakness
//! that still points at its card — all in a project that needs no repair, in both languages.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::blueprint::summary::{owner_of, register, summary, Owner};
use planning_workbench::model::blueprint::Mark;
use planning_workbench::model::links::{origin_exists, Origin};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::Quadrant;
use planning_workbench::model::{Project, ProjectId, Timestamp};

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-blueprint-sample").unwrap(), "Plan".into(), Timestamp(0))
}

#[test]
fn the_sample_blueprint_has_owners_a_budget_and_a_linked_weakness() {
    for chinese in [true, false] {
        let mut p = sample_project(new_project(), chinese);
        let canvas = &p.blueprint;
        assert_eq!(canvas.steps.len(), 8);
        let s = summary(canvas);
        assert!((2..=3).contains(&s.fail_points) && (1..=2).contains(&s.wait_points), "{s:?}");
        assert!(s.touchpoints > 0 && s.steps_without_minutes == 0);
        assert!(s.budget.is_some_and(|b| u64::from(b) < s.total_minutes), "{s:?}");
        assert!(!s.over_budget.is_empty());

        // Owners resolve to positions of the sample chart, never to a deleted one.
        let owners: Vec<Owner> = canvas.cards.iter().filter(|c| c.owner.is_some()).map(|c| owner_of(c, &p.org)).collect();
        assert!(owners.len() >= 3);
        assert!(owners.iter().all(|o| matches!(o, Owner::Position { .. })), "{owners:?}");
        let titles: Vec<&str> =
            owners.iter().filter_map(|o| if let Owner::Position { title, .. } = o { Some(title.as_str()) } else { None }).collect();
        let (reception, supervisor) = if chinese {
            ("客户投诉接待专员", "售后服务管理主管")
        } else {
            ("Complaint Reception Specialist", "After-sales Supervisor")
        };
        assert!(titles.contains(&reception) && titles.contains(&supervisor), "{titles:?}");
        // Most fail and wait points in the register have someone answering for them.
        let rows = register(canvas, &p.org);
        assert!(rows.iter().filter(|r| matches!(r.owner, Owner::Position { .. })).count() >= rows.len() - 1);

        // Exactly one weakness comes from a fail point, and that card exists and is one.
        let sent: Vec<_> = p.swot.items.iter().filter(|i| matches!(i.origin, Some(Origin::FailPoint(_)))).collect();
        assert_eq!(sent.len(), 1);
        let item = sent[0];
        assert_eq!(item.quadrant, Quadrant::Weaknesses);
        let origin = item.origin.unwrap();
        assert!(origin_exists(&p, origin));
        let Origin::FailPoint(card) = origin else { unreachable!() };
        let card = canvas.card(card).unwrap();
        assert_eq!(card.mark, Some(Mark::FailPoint));
        assert_eq!(item.text, card.text);

        assert_eq!(p.repair(), 0);
        // Deterministic.
        assert_eq!(sample_project(new_project(), chinese), p);
    }
}
