//! Tests of what the blueprint adds up to (`model::blueprint::summary`), on blueprints built
//! through `model::apply`: journey and waiting time, the time budget at and past its edge,
//! counts of marks and steps without a duration, touchpoints (across the line of interaction
//! only, evidence and lanes above the line on the customer side, matching
//! `BlueprintCanvas::is_touchpoint` card by card), owners as the org chart has them now
//! (renamed, deleted, never set), and the fail-point register's order and contents.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::blueprint::summary::{owner_of, register, summary, touchpoints, Owner, RegisterRow, Summary};
use planning_workbench::model::blueprint::{BlueprintCommand, LaneKey, Mark, Servqual};
use planning_workbench::model::org::{DeleteMode, OrgCommand, PositionDetails};
use planning_workbench::model::{apply, Command, ItemId, Outcome, Project, ProjectId, Timestamp};
use std::collections::HashSet;

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-summary").unwrap(), "Plan".into(), Timestamp(0))
}

fn run(p: &mut Project, command: Command) {
    match apply(p, &command) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

fn bp(p: &mut Project, command: BlueprintCommand) {
    run(p, Command::Blueprint(command));
}

fn add_step(p: &mut Project, name: &str, minutes: Option<u32>) -> ItemId {
    let id = ItemId(p.next_item_id);
    bp(p, BlueprintCommand::AddStep { index: None, name: name.into() });
    if minutes.is_some() {
        bp(p, BlueprintCommand::EditStep { id, name: name.into(), stage: String::new(), minutes, emotion: None });
    }
    id
}

fn add_card(p: &mut Project, step: ItemId, lane: LaneKey, text: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    bp(p, BlueprintCommand::AddCard { step, lane, index: None, text: text.into() });
    id
}

fn mark(p: &mut Project, id: ItemId, mark: Mark, minutes: Option<u32>) {
    bp(p, BlueprintCommand::MarkCard { id, mark: Some(mark), minutes });
}

fn connect(p: &mut Project, from: ItemId, to: ItemId) {
    bp(p, BlueprintCommand::Connect { from, to });
}

fn add_position(p: &mut Project, title: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: title.into() }));
    id
}

fn budget(p: &mut Project, minutes: Option<u32>) {
    bp(p, BlueprintCommand::SetBudget { minutes });
}

#[test]
fn totals_add_step_minutes_and_waiting_minutes() {
    let mut p = new_project();
    let empty = summary(&p.blueprint);
    assert_eq!(
        empty,
        Summary {
            total_minutes: 0,
            waiting_minutes: 0,
            budget: None,
            over_budget: vec![],
            fail_points: 0,
            wait_points: 0,
            touchpoints: 0,
            steps_without_minutes: 0
        }
    );

    let a = add_step(&mut p, "Arrive", Some(5));
    let b = add_step(&mut p, "Wait", Some(20));
    let _c = add_step(&mut p, "Order", None);
    let _d = add_step(&mut p, "Leave", Some(0));
    let queue = add_card(&mut p, b, LaneKey::Customer, "queue");
    let form = add_card(&mut p, a, LaneKey::Customer, "fill form");
    let lost = add_card(&mut p, b, LaneKey::BackStage, "order lost");
    let slow = add_card(&mut p, a, LaneKey::Support, "slow system");
    add_card(&mut p, a, LaneKey::FrontStage, "greet");
    mark(&mut p, queue, Mark::WaitPoint, Some(15));
    mark(&mut p, form, Mark::WaitPoint, None); // a wait of unknown length adds nothing
    mark(&mut p, lost, Mark::FailPoint, Some(30)); // a fail point's minutes are not waiting
    mark(&mut p, slow, Mark::WaitPoint, Some(7));

    let s = summary(&p.blueprint);
    assert_eq!(s.total_minutes, 25);
    assert_eq!(s.waiting_minutes, 22);
    assert_eq!((s.fail_points, s.wait_points), (1, 3));
    assert_eq!(s.steps_without_minutes, 1, "0 minutes is a duration, none is not");
    assert_eq!(s.budget, None);
    assert!(s.over_budget.is_empty(), "no budget, nothing over it");
    assert_eq!(s.touchpoints, 0);

    // The largest durations add up without overflow.
    let mut big = new_project();
    for i in 0..3 {
        add_step(&mut big, &format!("s{i}"), Some(100_000));
    }
    assert_eq!(summary(&big.blueprint).total_minutes, 300_000);
}

#[test]
fn the_budget_is_exceeded_only_past_it() {
    let mut p = new_project();
    let a = add_step(&mut p, "A", Some(10));
    let b = add_step(&mut p, "B", Some(20));
    let _gap = add_step(&mut p, "no time", None);
    let zero = add_step(&mut p, "zero", Some(0));
    let c = add_step(&mut p, "C", Some(5));
    let d = add_step(&mut p, "D", Some(1));

    // Exactly at the budget after B: not over; C is the first step past it, D follows.
    budget(&mut p, Some(30));
    let s = summary(&p.blueprint);
    assert_eq!(s.budget, Some(30));
    assert_eq!(s.over_budget, vec![c, d]);
    assert!(!s.over_budget.contains(&zero), "a step adding no time is not listed");

    // One minute less: B is the first over, and every later step with minutes follows.
    budget(&mut p, Some(29));
    assert_eq!(summary(&p.blueprint).over_budget, vec![b, c, d]);

    // The whole journey fits exactly: nothing over.
    budget(&mut p, Some(36));
    assert!(summary(&p.blueprint).over_budget.is_empty());
    budget(&mut p, Some(35));
    assert_eq!(summary(&p.blueprint).over_budget, vec![d]);

    // A zero budget: every step that takes time is over it.
    budget(&mut p, Some(0));
    assert_eq!(summary(&p.blueprint).over_budget, vec![a, b, c, d]);

    budget(&mut p, None);
    assert!(summary(&p.blueprint).over_budget.is_empty());
}

#[test]
fn touchpoints_join_the_two_sides_of_the_line_of_interaction() {
    let mut p = new_project();
    let a = add_step(&mut p, "A", None);
    let b = add_step(&mut p, "B", None);
    let asks = add_card(&mut p, a, LaneKey::Customer, "asks");
    let answers = add_card(&mut p, a, LaneKey::FrontStage, "answers");
    let pays = add_card(&mut p, b, LaneKey::Customer, "pays");
    let leaves = add_card(&mut p, b, LaneKey::Customer, "leaves");
    let receipt = add_card(&mut p, b, LaneKey::Evidence, "receipt");
    let prints = add_card(&mut p, b, LaneKey::BackStage, "prints");
    let logs = add_card(&mut p, b, LaneKey::Support, "logs");
    let alone = add_card(&mut p, a, LaneKey::Support, "alone");

    connect(&mut p, asks, answers); // customer → front stage: both ends
    connect(&mut p, pays, leaves); // customer → customer: neither
    connect(&mut p, prints, logs); // back stage → support: neither
    connect(&mut p, prints, receipt); // evidence is on the customer side: both ends
    let found = touchpoints(&p.blueprint);
    assert_eq!(found, HashSet::from([asks, answers, prints, receipt]));

    // A lane added above the line of interaction counts as the customer's side; below it, not.
    let above = LaneKey::Custom(ItemId(p.next_item_id));
    bp(&mut p, BlueprintCommand::AddLane { after: LaneKey::Evidence, name: "Web".into() });
    let below = LaneKey::Custom(ItemId(p.next_item_id));
    bp(&mut p, BlueprintCommand::AddLane { after: LaneKey::Customer, name: "Kiosk".into() });
    let site = add_card(&mut p, a, above, "website");
    let kiosk = add_card(&mut p, a, below, "kiosk");
    connect(&mut p, site, leaves); // customer side ↔ customer side: neither
    connect(&mut p, kiosk, site); // organisation side ↔ customer side: both
    let found = touchpoints(&p.blueprint);
    assert_eq!(found, HashSet::from([asks, answers, prints, receipt, site, kiosk]));
    assert!(!found.contains(&alone) && !found.contains(&pays) && !found.contains(&leaves) && !found.contains(&logs));
    assert_eq!(summary(&p.blueprint).touchpoints, 6);

    // The same rule as the canvas's own check, card by card.
    for card in &p.blueprint.cards {
        assert_eq!(found.contains(&card.id), p.blueprint.is_touchpoint(card.id), "{}", card.text);
    }

    // Disconnecting takes the touchpoint away again.
    bp(&mut p, BlueprintCommand::Disconnect { from: asks, to: answers });
    let found = touchpoints(&p.blueprint);
    assert!(!found.contains(&asks) && !found.contains(&answers));

    // A damaged file without a customer lane has no line of interaction, so no touchpoints.
    let mut canvas = (*p.blueprint).clone();
    canvas.lanes.retain(|l| l.key != LaneKey::Customer);
    assert!(touchpoints(&canvas).is_empty());
}

#[test]
fn owners_follow_the_org_chart() {
    let mut p = new_project();
    let manager = add_position(&mut p, "Shift manager");
    let step = add_step(&mut p, "A", None);
    let card = add_card(&mut p, step, LaneKey::FrontStage, "greet");
    let find = |p: &Project| p.blueprint.card(card).unwrap().clone();

    assert_eq!(owner_of(&find(&p), &p.org), Owner::Unassigned);

    bp(&mut p, BlueprintCommand::SetOwner { id: card, owner: Some(manager) });
    assert_eq!(owner_of(&find(&p), &p.org), Owner::Position { id: manager, title: "Shift manager".into() });

    // Renaming the position renames the owner: the card holds the id, not the title.
    run(&mut p, Command::Org(OrgCommand::EditDetails { id: manager, details: PositionDetails::titled("Duty manager") }));
    assert_eq!(owner_of(&find(&p), &p.org), Owner::Position { id: manager, title: "Duty manager".into() });

    // Deleting the position leaves the card naming it, shown as removed.
    let before_delete = p.clone();
    run(&mut p, Command::Org(OrgCommand::Delete { id: manager, mode: DeleteMode::LiftChildren }));
    assert_eq!(find(&p).owner, Some(manager));
    assert_eq!(owner_of(&find(&p), &p.org), Owner::Removed(manager));
    // With the position back (as an undo brings it), the owner is back too.
    assert_eq!(owner_of(&find(&p), &before_delete.org), Owner::Position { id: manager, title: "Duty manager".into() });

    bp(&mut p, BlueprintCommand::SetOwner { id: card, owner: None });
    assert_eq!(owner_of(&find(&p), &p.org), Owner::Unassigned);
}

#[test]
fn the_register_lists_marked_cards_by_step_lane_and_cell_order() {
    let mut p = new_project();
    let waiter = add_position(&mut p, "Waiter");
    let cook = add_position(&mut p, "Cook");
    let first = add_step(&mut p, "Arrive", Some(5));
    let second = add_step(&mut p, "Eat", Some(30));

    // Added out of order on purpose: the register walks the blueprint, not the card list.
    let burnt = add_card(&mut p, second, LaneKey::BackStage, "food burnt");
    let cold = add_card(&mut p, second, LaneKey::FrontStage, "served cold");
    let queue = add_card(&mut p, first, LaneKey::Customer, "queue at door");
    let unmarked = add_card(&mut p, first, LaneKey::FrontStage, "greet");
    let no_table = add_card(&mut p, first, LaneKey::FrontStage, "no table");
    let late = add_card(&mut p, second, LaneKey::BackStage, "order late");
    let extra = LaneKey::Custom(ItemId(p.next_item_id));
    bp(&mut p, BlueprintCommand::AddLane { after: LaneKey::Customer, name: "App".into() });
    let app = add_card(&mut p, first, extra, "app crashes");
    // `early` goes to the top of its cell, above `late`… and `burnt`.
    let early = ItemId(p.next_item_id);
    bp(&mut p, BlueprintCommand::AddCard { step: second, lane: LaneKey::BackStage, index: Some(0), text: "ticket lost".into() });

    mark(&mut p, burnt, Mark::FailPoint, None);
    mark(&mut p, cold, Mark::FailPoint, Some(3));
    mark(&mut p, queue, Mark::WaitPoint, Some(10));
    mark(&mut p, no_table, Mark::WaitPoint, None);
    mark(&mut p, late, Mark::WaitPoint, Some(12));
    mark(&mut p, app, Mark::FailPoint, None);
    mark(&mut p, early, Mark::FailPoint, None);
    bp(&mut p, BlueprintCommand::SetServqual { id: cold, servqual: Some(Servqual::Reliability) });
    bp(&mut p, BlueprintCommand::SetOwner { id: cold, owner: Some(waiter) });
    bp(&mut p, BlueprintCommand::SetOwner { id: burnt, owner: Some(cook) });
    connect(&mut p, queue, no_table); // customer ↔ front stage
    connect(&mut p, burnt, cold); // back stage ↔ front stage: not a touchpoint
    run(&mut p, Command::Org(OrgCommand::Delete { id: cook, mode: DeleteMode::LiftChildren }));

    let rows = register(&p.blueprint, &p.org);
    let order: Vec<ItemId> = rows.iter().map(|r| r.card).collect();
    assert_eq!(order, vec![queue, app, no_table, cold, early, burnt, late]);
    assert!(!order.contains(&unmarked));

    let row = |id: ItemId| rows.iter().find(|r| r.card == id).unwrap().clone();
    assert_eq!(
        row(cold),
        RegisterRow {
            card: cold,
            step: second,
            step_name: "Eat".into(),
            lane: LaneKey::FrontStage,
            text: "served cold".into(),
            mark: Mark::FailPoint,
            servqual: Some(Servqual::Reliability),
            touchpoint: false,
            owner: Owner::Position { id: waiter, title: "Waiter".into() },
            minutes: Some(3),
        }
    );
    assert_eq!(
        row(queue),
        RegisterRow {
            card: queue,
            step: first,
            step_name: "Arrive".into(),
            lane: LaneKey::Customer,
            text: "queue at door".into(),
            mark: Mark::WaitPoint,
            servqual: None,
            touchpoint: true,
            owner: Owner::Unassigned,
            minutes: Some(10),
        }
    );
    assert!(row(no_table).touchpoint);
    assert_eq!(row(burnt).owner, Owner::Removed(cook));
    assert_eq!(row(app).lane, extra);

    // Rows agree with the other views of the same cards.
    for r in &rows {
        let card = p.blueprint.card(r.card).unwrap();
        assert_eq!(r.owner, owner_of(card, &p.org));
        assert_eq!(r.touchpoint, p.blueprint.is_touchpoint(r.card));
        assert_eq!(Some(r.mark), card.mark);
    }
    let s = summary(&p.blueprint);
    assert_eq!(s.fail_points + s.wait_points, rows.len());
    assert_eq!(s.waiting_minutes, 22);

    // Moving a step first moves its points first; unmarking takes a card out.
    bp(&mut p, BlueprintCommand::MoveStep { id: second, index: 0 });
    bp(&mut p, BlueprintCommand::MarkCard { id: late, mark: None, minutes: None });
    let order: Vec<ItemId> = register(&p.blueprint, &p.org).iter().map(|r| r.card).collect();
    assert_eq!(order, vec![cold, early, burnt, queue, app, no_table]);
}

#[test]
fn cards_off_the_grid_of_a_damaged_file_are_not_counted() {
    let mut p = new_project();
    let a = add_step(&mut p, "A", None);
    let card = add_card(&mut p, a, LaneKey::Customer, "wait");
    mark(&mut p, card, Mark::WaitPoint, Some(4));
    let mut canvas = (*p.blueprint).clone();
    let mut stray = canvas.cards[0].clone();
    stray.id = ItemId(900);
    stray.step = ItemId(901);
    canvas.cards.push(stray.clone());
    stray.id = ItemId(902);
    stray.step = a;
    stray.lane = LaneKey::Custom(ItemId(903));
    canvas.cards.push(stray);
    let s = summary(&canvas);
    assert_eq!((s.wait_points, s.waiting_minutes), (1, 4));
    let rows = register(&canvas, &p.org);
    assert_eq!(rows.iter().map(|r| r.card).collect::<Vec<_>>(), vec![card]);
}
