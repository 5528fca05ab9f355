//! The service blueprint as a user edits it, driven through `model::apply` and `EditSession`:
//! steps (adding at an index, names trimmed and flattened, stage, minutes and emotion checks,
//! moving, deleting with their cards and connectors, undo); lanes (the five standard lanes,
//! adding below any lane, renaming and resetting, deleting only added lanes); cards (adding at
//! an index in a cell, text and note limits, marks, SERVQUAL, moving with their connectors,
//! deleting with their connectors); connectors; touchpoints across the line of interaction;
//! owners from the org chart; the fail point → SWOT weakness link; inserting drafts beside or
//! instead of the blueprint; repair of hand-written project files; and the project file round
//! trip. Random command sequences are in `tests/blueprint_props.rs`.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::blueprint::{
    standard_lanes, BlueprintCanvas, BlueprintCommand, BlueprintDraft, Card, Connector, DraftCard, DraftStep, Lane, LaneKey, Mark, Servqual, Step,
    MAX_EMOTION, MAX_MINUTES, MAX_NAME_CHARS,
};
use planning_workbench::model::links::{sent_item, Origin};
use planning_workbench::model::org::{DeleteMode, OrgCommand, PositionDetails};
use planning_workbench::model::swot::{Quadrant, SwotCommand, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};
use std::rc::Rc;

use BlueprintCommand as B;

fn new_project() -> Project {
    Project::new(ProjectId::parse("p1").unwrap(), "P".into(), Timestamp(0))
}

fn exec(p: &Project, command: BlueprintCommand) -> Result<Outcome, ModelError> {
    apply(p, &Command::Blueprint(command))
}

fn run_command(p: &mut Project, command: Command) {
    match apply(p, &command) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

fn run(p: &mut Project, command: BlueprintCommand) {
    run_command(p, Command::Blueprint(command));
}

/// Runs a command that must be refused with `error`.
fn refused(p: &Project, command: BlueprintCommand, error: ModelError) {
    assert_eq!(exec(p, command.clone()), Err(error), "{command:?}");
}

/// Runs a command that must be accepted without changing anything.
fn unchanged(p: &Project, command: BlueprintCommand) {
    assert_eq!(exec(p, command.clone()), Ok(Outcome::Unchanged), "{command:?}");
}

fn add_step(p: &mut Project, name: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, B::AddStep { index: None, name: name.into() });
    id
}

fn add_card(p: &mut Project, step: ItemId, lane: LaneKey, text: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, B::AddCard { step, lane, index: None, text: text.into() });
    id
}

fn add_lane(p: &mut Project, after: LaneKey, name: &str) -> LaneKey {
    let key = LaneKey::Custom(ItemId(p.next_item_id));
    run(p, B::AddLane { after, name: name.into() });
    key
}

fn connect(p: &mut Project, from: ItemId, to: ItemId) {
    run(p, B::Connect { from, to });
}

fn add_position(p: &mut Project, title: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run_command(p, Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: title.into() }));
    id
}

fn step_names(p: &Project) -> Vec<&str> {
    p.blueprint.steps.iter().map(|s| s.name.as_str()).collect()
}

fn lane_keys(p: &Project) -> Vec<LaneKey> {
    p.blueprint.lanes.iter().map(|l| l.key).collect()
}

/// Texts of one cell's cards, in order.
fn cell(p: &Project, step: ItemId, lane: LaneKey) -> Vec<&str> {
    p.blueprint.cell(step, lane).map(|c| c.text.as_str()).collect()
}

fn card(p: &Project, id: ItemId) -> &Card {
    p.blueprint.card(id).unwrap_or_else(|| panic!("card {id:?} is missing"))
}

fn line(from: ItemId, to: ItemId) -> Connector {
    Connector { from, to }
}

/// Two steps; step one has a card in each of the first four standard lanes, step two a
/// customer and a front-stage card:
///
/// ```text
///              s1                 s2
/// evidence     evidence
/// customer     customer   ──→    customer2
/// ──────────── line of interaction ─────────
/// front        front              front2
/// back         back
/// ```
/// Connectors: evidence → customer, customer → front, front → back, customer → customer2,
/// customer2 → front2.
struct Board {
    p: Project,
    s1: ItemId,
    s2: ItemId,
    evidence: ItemId,
    customer: ItemId,
    front: ItemId,
    back: ItemId,
    customer2: ItemId,
    front2: ItemId,
}

fn board() -> Board {
    let mut p = new_project();
    let s1 = add_step(&mut p, "Arrive");
    let s2 = add_step(&mut p, "Wait");
    let evidence = add_card(&mut p, s1, LaneKey::Evidence, "Shop sign");
    let customer = add_card(&mut p, s1, LaneKey::Customer, "Walks in");
    let front = add_card(&mut p, s1, LaneKey::FrontStage, "Greets the customer");
    let back = add_card(&mut p, s1, LaneKey::BackStage, "Checks the booking");
    let customer2 = add_card(&mut p, s2, LaneKey::Customer, "Sits down");
    let front2 = add_card(&mut p, s2, LaneKey::FrontStage, "Brings water");
    connect(&mut p, evidence, customer);
    connect(&mut p, customer, front);
    connect(&mut p, front, back);
    connect(&mut p, customer, customer2);
    connect(&mut p, customer2, front2);
    Board { p, s1, s2, evidence, customer, front, back, customer2, front2 }
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

#[test]
fn steps_are_added_at_an_index_or_at_the_end() {
    let mut p = new_project();
    let a = add_step(&mut p, "A");
    assert_eq!(a, ItemId(1));
    add_step(&mut p, "C");
    run(&mut p, B::AddStep { index: Some(1), name: "B".into() });
    run(&mut p, B::AddStep { index: Some(0), name: "First".into() });
    run(&mut p, B::AddStep { index: Some(99), name: "Last".into() });
    assert_eq!(step_names(&p), ["First", "A", "B", "C", "Last"]);
    assert_eq!(p.next_item_id, 6);
    // A new step has no stage, duration or emotion.
    assert_eq!(p.blueprint.step(a), Some(&Step { id: a, name: "A".into(), stage: String::new(), minutes: None, emotion: None }));
}

#[test]
fn step_names_are_trimmed_flattened_and_length_checked() {
    let mut p = new_project();
    let s = add_step(&mut p, "  Check\tin\n ");
    assert_eq!(p.blueprint.step(s).unwrap().name, "Check in");
    add_step(&mut p, "two\r\nlines");
    assert_eq!(step_names(&p), ["Check in", "two  lines"]);
    let at_limit = "字".repeat(MAX_NAME_CHARS);
    let long = add_step(&mut p, &at_limit);
    assert_eq!(p.blueprint.step(long).unwrap().name, at_limit);

    for blank in ["", "   ", " \n\t "] {
        refused(&p, B::AddStep { index: None, name: blank.into() }, ModelError::EmptyText);
    }
    let over = "y".repeat(MAX_NAME_CHARS + 1);
    let too_long = ModelError::TextTooLong { chars: MAX_NAME_CHARS + 1, max: MAX_NAME_CHARS };
    refused(&p, B::AddStep { index: None, name: over.clone() }, too_long.clone());
    let edit = |name: &str, stage: &str| B::EditStep { id: s, name: name.into(), stage: stage.into(), minutes: None, emotion: None };
    refused(&p, edit(" ", ""), ModelError::EmptyText);
    refused(&p, edit(&over, ""), too_long.clone());
    refused(&p, edit("ok", &over), too_long);
    // Hostile text is kept as typed (the UI shows it as text).
    let hostile = add_step(&mut p, "<script>alert(1)</script> \u{202e}😀");
    assert_eq!(p.blueprint.step(hostile).unwrap().name, "<script>alert(1)</script> \u{202e}😀");
}

#[test]
fn editing_a_step_sets_its_stage_minutes_and_emotion_within_range() {
    let Board { mut p, s1, .. } = board();
    let edit = |minutes: Option<u32>, emotion: Option<i8>| B::EditStep {
        id: s1,
        name: " Order \n".into(),
        stage: " Customer\narrives ".into(),
        minutes,
        emotion,
    };
    run(&mut p, edit(Some(MAX_MINUTES), Some(-MAX_EMOTION)));
    let expected = Step { id: s1, name: "Order".into(), stage: "Customer arrives".into(), minutes: Some(MAX_MINUTES), emotion: Some(-2) };
    assert_eq!(p.blueprint.step(s1), Some(&expected));
    // The same edit again is no edit.
    unchanged(&p, edit(Some(MAX_MINUTES), Some(-2)));
    for e in -MAX_EMOTION..=MAX_EMOTION {
        run(&mut p, edit(Some(0), Some(e)));
        assert_eq!(p.blueprint.step(s1).unwrap().emotion, Some(e));
    }
    refused(&p, edit(Some(MAX_MINUTES + 1), None), ModelError::DurationTooLong { minutes: MAX_MINUTES + 1, max: MAX_MINUTES });
    refused(&p, edit(Some(u32::MAX), None), ModelError::DurationTooLong { minutes: u32::MAX, max: MAX_MINUTES });
    for e in [3, -3, i8::MIN, i8::MAX] {
        refused(&p, edit(None, Some(e)), ModelError::EmotionOutOfRange(e));
    }
    // Stage, minutes and emotion can be cleared.
    run(&mut p, B::EditStep { id: s1, name: "Order".into(), stage: "  ".into(), minutes: None, emotion: None });
    assert_eq!(p.blueprint.step(s1), Some(&Step { id: s1, name: "Order".into(), stage: String::new(), minutes: None, emotion: None }));
    refused(
        &p,
        B::EditStep { id: ItemId(999), name: "x".into(), stage: String::new(), minutes: None, emotion: None },
        ModelError::ItemNotFound(ItemId(999)),
    );
}

#[test]
fn moving_a_step_clamps_the_index_and_keeps_its_cards() {
    let Board { mut p, s1, s2, customer, .. } = board();
    let s3 = add_step(&mut p, "Pay");
    let s4 = add_step(&mut p, "Leave");
    run(&mut p, B::MoveStep { id: s1, index: 2 });
    assert_eq!(step_names(&p), ["Wait", "Pay", "Arrive", "Leave"]);
    run(&mut p, B::MoveStep { id: s1, index: 99 });
    assert_eq!(step_names(&p), ["Wait", "Pay", "Leave", "Arrive"]);
    run(&mut p, B::MoveStep { id: s4, index: 0 });
    assert_eq!(step_names(&p), ["Leave", "Wait", "Pay", "Arrive"]);
    // Moving to where it already is: no edit.
    unchanged(&p, B::MoveStep { id: s3, index: 2 });
    unchanged(&p, B::MoveStep { id: s1, index: usize::MAX });
    assert_eq!(card(&p, customer).step, s1);
    assert_eq!(p.blueprint.cell(s2, LaneKey::Customer).count(), 1);
    refused(&p, B::MoveStep { id: customer, index: 0 }, ModelError::ItemNotFound(customer));
}

#[test]
fn deleting_a_step_removes_its_cards_and_every_connector_touching_them() {
    let Board { mut p, s1, s2, customer2, front2, .. } = board();
    run(&mut p, B::DeleteStep { id: s1 });
    assert_eq!(step_names(&p), ["Wait"]);
    let left: Vec<ItemId> = p.blueprint.cards.iter().map(|c| c.id).collect();
    assert_eq!(left, [customer2, front2]);
    // customer → customer2 went with the customer card; customer2 → front2 stays.
    assert_eq!(p.blueprint.connectors, [line(customer2, front2)]);
    assert!(p.blueprint.cards.iter().all(|c| c.step == s2));
    refused(&p, B::DeleteStep { id: s1 }, ModelError::ItemNotFound(s1));
}

#[test]
fn undoing_a_step_delete_restores_its_cards_and_connectors_exactly() {
    let b = board();
    let mut session = EditSession::new(b.p.clone());
    assert_eq!(session.execute(&Command::Blueprint(B::DeleteStep { id: b.s1 }), Timestamp(1)), Ok(true));
    let deleted = session.project().clone();
    assert_eq!(deleted.blueprint.cards.len(), 2);
    assert!(session.undo(Timestamp(2)));
    assert!(session.project().same_content(&b.p));
    assert_eq!(*session.project().blueprint, *b.p.blueprint);
    assert!(session.redo(Timestamp(3)));
    assert!(session.project().same_content(&deleted));
}

// ---------------------------------------------------------------------------------------------
// Lanes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_new_blueprint_has_the_five_standard_lanes_in_order() {
    let p = new_project();
    assert_eq!(lane_keys(&p), LaneKey::STANDARD);
    assert_eq!(LaneKey::STANDARD, [LaneKey::Evidence, LaneKey::Customer, LaneKey::FrontStage, LaneKey::BackStage, LaneKey::Support]);
    assert!(p.blueprint.lanes.iter().all(|l| l.name.is_empty()));
    assert_eq!(p.blueprint.lanes, standard_lanes());
    assert_eq!(*p.blueprint, BlueprintCanvas::default());
    assert!(p.blueprint.steps.is_empty() && p.blueprint.cards.is_empty() && p.blueprint.connectors.is_empty());
    assert_eq!(p.blueprint.budget_minutes, None);
}

#[test]
fn a_lane_can_be_added_below_any_lane() {
    for (at, after) in LaneKey::STANDARD.into_iter().enumerate() {
        let mut p = new_project();
        let added = add_lane(&mut p, after, " Systems\n");
        let mut expected = LaneKey::STANDARD.to_vec();
        expected.insert(at + 1, added);
        assert_eq!(lane_keys(&p), expected, "after {after:?}");
        assert_eq!(p.blueprint.lane(added), Some(&Lane { key: added, name: "Systems".into() }));
        // Below an added lane too.
        let below = add_lane(&mut p, added, "Partners");
        expected.insert(at + 2, below);
        assert_eq!(lane_keys(&p), expected, "after the lane added after {after:?}");
        assert_ne!(below, added);
    }
    let p = new_project();
    refused(&p, B::AddLane { after: LaneKey::Customer, name: " ".into() }, ModelError::EmptyText);
    refused(
        &p,
        B::AddLane { after: LaneKey::Customer, name: "x".repeat(MAX_NAME_CHARS + 1) },
        ModelError::TextTooLong { chars: MAX_NAME_CHARS + 1, max: MAX_NAME_CHARS },
    );
    refused(&p, B::AddLane { after: LaneKey::Custom(ItemId(7)), name: "x".into() }, ModelError::LaneNotFound);
}

#[test]
fn a_standard_lane_renamed_to_nothing_gets_its_standard_name_back() {
    let mut p = new_project();
    run(&mut p, B::RenameLane { lane: LaneKey::Customer, name: " 客户\t行为 ".into() });
    assert_eq!(p.blueprint.lane(LaneKey::Customer).unwrap().name, "客户 行为");
    unchanged(&p, B::RenameLane { lane: LaneKey::Customer, name: "客户 行为".into() });
    run(&mut p, B::RenameLane { lane: LaneKey::Customer, name: "  ".into() });
    assert_eq!(p.blueprint.lane(LaneKey::Customer).unwrap().name, "");
    assert_eq!(p.blueprint.lanes, standard_lanes());
    // An unnamed standard lane renamed to nothing: no edit.
    unchanged(&p, B::RenameLane { lane: LaneKey::Support, name: String::new() });
    refused(
        &p,
        B::RenameLane { lane: LaneKey::Support, name: "字".repeat(MAX_NAME_CHARS + 1) },
        ModelError::TextTooLong { chars: MAX_NAME_CHARS + 1, max: MAX_NAME_CHARS },
    );
}

#[test]
fn an_added_lane_can_be_renamed_but_not_to_nothing() {
    let mut p = new_project();
    let systems = add_lane(&mut p, LaneKey::Support, "Systems");
    run(&mut p, B::RenameLane { lane: systems, name: "IT systems ".into() });
    assert_eq!(p.blueprint.lane(systems).unwrap().name, "IT systems");
    refused(&p, B::RenameLane { lane: systems, name: " \n".into() }, ModelError::EmptyText);
    refused(&p, B::RenameLane { lane: LaneKey::Custom(ItemId(99)), name: "x".into() }, ModelError::LaneNotFound);
}

#[test]
fn standard_lanes_cannot_be_deleted() {
    let Board { p, .. } = board();
    for lane in LaneKey::STANDARD {
        refused(&p, B::DeleteLane { lane }, ModelError::StandardLane);
    }
    refused(&p, B::DeleteLane { lane: LaneKey::Custom(ItemId(999)) }, ModelError::LaneNotFound);
}

#[test]
fn deleting_an_added_lane_deletes_its_cards_and_their_connectors() {
    let Board { mut p, s1, s2, front, customer2, .. } = board();
    let systems = add_lane(&mut p, LaneKey::BackStage, "Systems");
    let booking = add_card(&mut p, s1, systems, "Booking system");
    let pager = add_card(&mut p, s2, systems, "Pager");
    connect(&mut p, front, booking);
    connect(&mut p, pager, customer2);
    let before = p.clone();
    run(&mut p, B::DeleteLane { lane: systems });
    assert_eq!(lane_keys(&p), LaneKey::STANDARD);
    assert!(p.blueprint.card(booking).is_none() && p.blueprint.card(pager).is_none());
    assert_eq!(p.blueprint.cards.len(), before.blueprint.cards.len() - 2);
    let touching = |c: &&Connector| [booking, pager].iter().any(|id| c.from == *id || c.to == *id);
    assert_eq!(p.blueprint.connectors.len(), before.blueprint.connectors.len() - 2);
    assert!(!p.blueprint.connectors.iter().any(|c| touching(&c)));
    refused(&p, B::DeleteLane { lane: systems }, ModelError::LaneNotFound);
    refused(&p, B::AddCard { step: s1, lane: systems, index: None, text: "x".into() }, ModelError::LaneNotFound);
    refused(&p, B::RenameLane { lane: systems, name: "x".into() }, ModelError::LaneNotFound);
    // Undo brings the lane back in its place, with its cards and connectors.
    let mut session = EditSession::new(before.clone());
    assert_eq!(session.execute(&Command::Blueprint(B::DeleteLane { lane: systems }), Timestamp(1)), Ok(true));
    assert!(session.undo(Timestamp(2)));
    assert_eq!(*session.project().blueprint, *before.blueprint);
}

// ---------------------------------------------------------------------------------------------
// Cards
// ---------------------------------------------------------------------------------------------

#[test]
fn cards_are_added_at_an_index_in_their_cell_or_at_the_end() {
    let mut p = new_project();
    let s1 = add_step(&mut p, "One");
    let s2 = add_step(&mut p, "Two");
    add_card(&mut p, s1, LaneKey::Customer, " b ");
    add_card(&mut p, s2, LaneKey::Customer, "other step");
    add_card(&mut p, s1, LaneKey::FrontStage, "other lane");
    add_card(&mut p, s1, LaneKey::Customer, "d");
    let add_at =
        |p: &mut Project, index: usize, text: &str| run(p, B::AddCard { step: s1, lane: LaneKey::Customer, index: Some(index), text: text.into() });
    add_at(&mut p, 0, "a");
    add_at(&mut p, 2, "c");
    add_at(&mut p, 99, "z");
    assert_eq!(cell(&p, s1, LaneKey::Customer), ["a", "b", "c", "d", "z"]);
    assert_eq!(cell(&p, s2, LaneKey::Customer), ["other step"]);
    assert_eq!(cell(&p, s1, LaneKey::FrontStage), ["other lane"]);
    // Into an empty cell at any index.
    let empty = add_card(&mut p, s2, LaneKey::Support, "first");
    let c = card(&p, empty);
    assert_eq!(
        *c,
        Card {
            id: empty,
            step: s2,
            lane: LaneKey::Support,
            text: "first".into(),
            note: String::new(),
            mark: None,
            minutes: None,
            servqual: None,
            quality: None,
            owner: None
        }
    );
    run(&mut p, B::AddCard { step: s2, lane: LaneKey::Evidence, index: Some(5), text: "only".into() });
    assert_eq!(cell(&p, s2, LaneKey::Evidence), ["only"]);
    // Ids come from the project counter.
    let ids: Vec<u64> = p.blueprint.cards.iter().map(|c| c.id.0).collect();
    assert!(ids.iter().all(|&id| id > 2 && id < p.next_item_id));
    refused(&p, B::AddCard { step: ItemId(99), lane: LaneKey::Customer, index: None, text: "x".into() }, ModelError::ItemNotFound(ItemId(99)));
    refused(&p, B::AddCard { step: s1, lane: LaneKey::Custom(ItemId(1)), index: None, text: "x".into() }, ModelError::LaneNotFound);
}

#[test]
fn card_texts_and_notes_have_limits() {
    let Board { mut p, s1, customer, .. } = board();
    let add = |text: String| B::AddCard { step: s1, lane: LaneKey::Customer, index: None, text };
    refused(&p, add("  \n".into()), ModelError::EmptyText);
    refused(&p, add("x".repeat(MAX_TEXT_CHARS + 1)), ModelError::TextTooLong { chars: MAX_TEXT_CHARS + 1, max: MAX_TEXT_CHARS });
    let longest = add_card(&mut p, s1, LaneKey::Customer, &"字".repeat(MAX_TEXT_CHARS));
    assert_eq!(card(&p, longest).text.chars().count(), MAX_TEXT_CHARS);
    assert_eq!(MAX_TEXT_CHARS, 1_000);
    assert_eq!(MAX_NOTE_CHARS, 10_000);

    let edit = |text: &str, note: String| B::EditCard { id: customer, text: text.into(), note };
    run(&mut p, edit(" Walks in\nlooking around ", "  asks for help \n".into()));
    assert_eq!(card(&p, customer).text, "Walks in\nlooking around");
    assert_eq!(card(&p, customer).note, "asks for help");
    unchanged(&p, edit("Walks in\nlooking around", "asks for help".into()));
    run(&mut p, edit("Walks in", "n".repeat(MAX_NOTE_CHARS)));
    assert_eq!(card(&p, customer).note.chars().count(), MAX_NOTE_CHARS);
    refused(&p, edit("Walks in", "n".repeat(MAX_NOTE_CHARS + 1)), ModelError::TextTooLong { chars: MAX_NOTE_CHARS + 1, max: MAX_NOTE_CHARS });
    refused(&p, edit("", String::new()), ModelError::EmptyText);
    refused(&p, edit(&"x".repeat(MAX_TEXT_CHARS + 1), String::new()), ModelError::TextTooLong { chars: MAX_TEXT_CHARS + 1, max: MAX_TEXT_CHARS });
    // The note can be emptied again.
    run(&mut p, edit("Walks in", " ".into()));
    assert_eq!(card(&p, customer).note, "");
    refused(&p, B::EditCard { id: ItemId(999), text: "x".into(), note: String::new() }, ModelError::ItemNotFound(ItemId(999)));
}

#[test]
fn cards_are_marked_as_fail_or_wait_points_with_minutes() {
    let Board { mut p, front, .. } = board();
    run(&mut p, B::MarkCard { id: front, mark: Some(Mark::FailPoint), minutes: Some(15) });
    assert_eq!((card(&p, front).mark, card(&p, front).minutes), (Some(Mark::FailPoint), Some(15)));
    unchanged(&p, B::MarkCard { id: front, mark: Some(Mark::FailPoint), minutes: Some(15) });
    run(&mut p, B::MarkCard { id: front, mark: Some(Mark::WaitPoint), minutes: Some(MAX_MINUTES) });
    assert_eq!((card(&p, front).mark, card(&p, front).minutes), (Some(Mark::WaitPoint), Some(MAX_MINUTES)));
    refused(
        &p,
        B::MarkCard { id: front, mark: Some(Mark::WaitPoint), minutes: Some(MAX_MINUTES + 1) },
        ModelError::DurationTooLong { minutes: MAX_MINUTES + 1, max: MAX_MINUTES },
    );
    assert_eq!(card(&p, front).minutes, Some(MAX_MINUTES));
    run(&mut p, B::MarkCard { id: front, mark: None, minutes: None });
    assert_eq!((card(&p, front).mark, card(&p, front).minutes), (None, None));
    refused(&p, B::MarkCard { id: ItemId(999), mark: None, minutes: None }, ModelError::ItemNotFound(ItemId(999)));
}

#[test]
fn cards_carry_a_servqual_dimension() {
    let Board { mut p, front, .. } = board();
    for dimension in Servqual::ALL {
        run(&mut p, B::SetServqual { id: front, servqual: Some(dimension) });
        assert_eq!(card(&p, front).servqual, Some(dimension));
        unchanged(&p, B::SetServqual { id: front, servqual: Some(dimension) });
    }
    run(&mut p, B::SetServqual { id: front, servqual: None });
    assert_eq!(card(&p, front).servqual, None);
    refused(&p, B::SetServqual { id: ItemId(999), servqual: None }, ModelError::ItemNotFound(ItemId(999)));
}

#[test]
fn servqual_rates_the_providers_cards_never_the_customers_actions() {
    let Board { mut p, evidence, customer, back, .. } = board();
    for provider in [evidence, back] {
        run(&mut p, B::SetServqual { id: provider, servqual: Some(Servqual::Tangibles) });
        assert_eq!(card(&p, provider).servqual, Some(Servqual::Tangibles));
    }
    refused(&p, B::SetServqual { id: customer, servqual: Some(Servqual::Empathy) }, ModelError::ServqualOnCustomerAction);
    // Clearing is always allowed (it is a no-op here).
    unchanged(&p, B::SetServqual { id: customer, servqual: None });
}

#[test]
fn a_card_moved_into_the_customer_lane_leaves_its_servqual_behind_and_undo_restores_it() {
    let Board { p, s2, back, .. } = board();
    let mut session = EditSession::new(p);
    session.execute(&Command::Blueprint(B::SetServqual { id: back, servqual: Some(Servqual::Reliability) }), Timestamp(1)).unwrap();
    session.execute(&Command::Blueprint(B::MoveCard { id: back, step: s2, lane: LaneKey::Customer, index: 0 }), Timestamp(2)).unwrap();
    assert_eq!((card(session.project(), back).lane, card(session.project(), back).servqual), (LaneKey::Customer, None));
    session.undo(Timestamp(3));
    assert_eq!(card(session.project(), back).servqual, Some(Servqual::Reliability));
    // Moving between provider lanes keeps it.
    session.execute(&Command::Blueprint(B::MoveCard { id: back, step: s2, lane: LaneKey::Support, index: 0 }), Timestamp(4)).unwrap();
    assert_eq!(card(session.project(), back).servqual, Some(Servqual::Reliability));
}

#[test]
fn a_schema_2_file_loses_customer_ratings_silently_and_a_schema_3_file_is_repaired() {
    let blueprint = r#"{"steps":[{"id":1,"name":"One"}],"cards":[
        {"id":2,"step":1,"lane":"customer","text":"Calls","servqual":"empathy"},
        {"id":3,"step":1,"lane":"front_stage","text":"Answers","servqual":"responsiveness"}]}"#;
    let text = |version: u32| {
        format!(
            r#"{{"format":"planning-workbench","schema_version":{version},"saved_at":0,"project":{{"id":"p1","name":"P","created":0,"updated":0,"next_item_id":4,"blueprint":{blueprint}}}}}"#
        )
    };
    for (version, repairs) in [(2, 0), (3, 1)] {
        let (project, header) = decode_project(&text(version)).unwrap_or_else(|e| panic!("schema {version} refused: {e:?}"));
        assert_eq!(card(&project, ItemId(2)).servqual, None, "schema {version}");
        assert_eq!(card(&project, ItemId(3)).servqual, Some(Servqual::Responsiveness), "schema {version}");
        assert_eq!(header.repaired.total(), repairs, "schema {version}");
    }
}

#[test]
fn moving_a_card_to_another_cell_keeps_its_id_and_connectors() {
    let Board { mut p, s1, s2, customer, front, customer2, .. } = board();
    run(&mut p, B::MarkCard { id: front, mark: Some(Mark::FailPoint), minutes: Some(3) });
    let before = p.clone();
    run(&mut p, B::MoveCard { id: front, step: s2, lane: LaneKey::Customer, index: 0 });
    assert_eq!(cell(&p, s2, LaneKey::Customer), ["Greets the customer", "Sits down"]);
    assert!(cell(&p, s1, LaneKey::FrontStage).is_empty());
    let moved = card(&p, front);
    assert_eq!((moved.step, moved.lane, moved.mark, moved.minutes), (s2, LaneKey::Customer, Some(Mark::FailPoint), Some(3)));
    assert_eq!(moved.text, before.blueprint.card(front).unwrap().text);
    assert_eq!(p.blueprint.connectors, before.blueprint.connectors);
    assert_eq!(p.blueprint.cards.len(), before.blueprint.cards.len());
    // Past the end of the cell: last.
    run(&mut p, B::MoveCard { id: customer, step: s2, lane: LaneKey::Customer, index: 99 });
    assert_eq!(cell(&p, s2, LaneKey::Customer), ["Greets the customer", "Sits down", "Walks in"]);
    // Within its own cell.
    run(&mut p, B::MoveCard { id: customer, step: s2, lane: LaneKey::Customer, index: 0 });
    assert_eq!(cell(&p, s2, LaneKey::Customer), ["Walks in", "Greets the customer", "Sits down"]);
    unchanged(&p, B::MoveCard { id: customer2, step: s2, lane: LaneKey::Customer, index: 2 });
    // Into an added lane.
    let systems = add_lane(&mut p, LaneKey::Support, "Systems");
    run(&mut p, B::MoveCard { id: customer2, step: s1, lane: systems, index: 0 });
    assert_eq!(cell(&p, s1, systems), ["Sits down"]);
    assert_eq!(p.blueprint.connectors, before.blueprint.connectors);
}

#[test]
fn moving_a_card_to_a_missing_step_or_lane_is_refused_and_changes_nothing() {
    let Board { p, s1, front, .. } = board();
    let mut session = EditSession::new(p.clone());
    let attempts = [
        (B::MoveCard { id: front, step: ItemId(999), lane: LaneKey::Customer, index: 0 }, ModelError::ItemNotFound(ItemId(999))),
        // A card's id is not a step.
        (B::MoveCard { id: front, step: front, lane: LaneKey::Customer, index: 0 }, ModelError::ItemNotFound(front)),
        (B::MoveCard { id: front, step: s1, lane: LaneKey::Custom(ItemId(999)), index: 0 }, ModelError::LaneNotFound),
        (B::MoveCard { id: ItemId(999), step: s1, lane: LaneKey::Customer, index: 0 }, ModelError::ItemNotFound(ItemId(999))),
    ];
    for (command, error) in attempts {
        assert_eq!(session.execute(&Command::Blueprint(command.clone()), Timestamp(1)), Err(error), "{command:?}");
        assert_eq!(session.project(), &p, "{command:?} changed the project");
        assert!(!session.can_undo());
    }
}

#[test]
fn deleting_a_card_removes_it_and_every_connector_touching_it() {
    let Board { mut p, evidence, customer, front, back, customer2, front2, .. } = board();
    run(&mut p, B::DeleteCard { id: customer });
    let left: Vec<ItemId> = p.blueprint.cards.iter().map(|c| c.id).collect();
    assert_eq!(left, [evidence, front, back, customer2, front2]);
    assert_eq!(p.blueprint.connectors, [line(front, back), line(customer2, front2)]);
    refused(&p, B::DeleteCard { id: customer }, ModelError::ItemNotFound(customer));
    let step = p.blueprint.steps[0].id;
    refused(&p, B::DeleteCard { id: step }, ModelError::ItemNotFound(step));
}

// ---------------------------------------------------------------------------------------------
// Connectors and touchpoints
// ---------------------------------------------------------------------------------------------

#[test]
fn a_connector_needs_two_different_existing_cards() {
    let Board { p, front, back, .. } = board();
    refused(&p, B::Connect { from: front, to: front }, ModelError::ConnectorToItself);
    refused(&p, B::Connect { from: front, to: ItemId(999) }, ModelError::ItemNotFound(ItemId(999)));
    refused(&p, B::Connect { from: ItemId(999), to: back }, ModelError::ItemNotFound(ItemId(999)));
    refused(&p, B::Connect { from: ItemId(999), to: ItemId(999) }, ModelError::ItemNotFound(ItemId(999)));
}

#[test]
fn connecting_the_same_cards_twice_is_no_edit() {
    let Board { p, front, back, .. } = board();
    let mut session = EditSession::new(p.clone());
    assert_eq!(session.execute(&Command::Blueprint(B::Connect { from: front, to: back }), Timestamp(1)), Ok(false));
    assert!(!session.can_undo());
    assert_eq!(session.project(), &p);
    // The other direction is another connector.
    assert_eq!(session.execute(&Command::Blueprint(B::Connect { from: back, to: front }), Timestamp(2)), Ok(true));
    assert_eq!(session.project().blueprint.connectors.last(), Some(&line(back, front)));
    assert_eq!(session.project().blueprint.connectors.len(), p.blueprint.connectors.len() + 1);
}

#[test]
fn disconnecting_removes_only_that_connector() {
    let Board { mut p, evidence, customer, front, back, .. } = board();
    let before = p.blueprint.connectors.clone();
    run(&mut p, B::Disconnect { from: customer, to: front });
    let expected: Vec<Connector> = before.iter().copied().filter(|c| *c != line(customer, front)).collect();
    assert_eq!(p.blueprint.connectors, expected);
    // A connector that is not there (or the wrong direction): no edit.
    unchanged(&p, B::Disconnect { from: customer, to: front });
    unchanged(&p, B::Disconnect { from: back, to: front });
    unchanged(&p, B::Disconnect { from: ItemId(999), to: evidence });
    assert_eq!(p.blueprint.cards.len(), 6);
}

#[test]
fn a_connector_across_the_line_of_interaction_makes_both_ends_touchpoints() {
    let Board { mut p, s1, evidence, customer, front, back, customer2, front2, .. } = board();
    let bp = &p.blueprint;
    // customer → front and customer2 → front2 cross the line; evidence → customer,
    // customer → customer2 and front → back do not.
    assert!(bp.is_touchpoint(customer) && bp.is_touchpoint(front));
    assert!(bp.is_touchpoint(customer2) && bp.is_touchpoint(front2));
    assert!(!bp.is_touchpoint(evidence));
    assert!(!bp.is_touchpoint(back));
    assert!(!bp.is_touchpoint(ItemId(999)));
    // A lone evidence ↔ customer pair is no touchpoint, in either direction.
    let mut q = new_project();
    let s = add_step(&mut q, "s");
    let e = add_card(&mut q, s, LaneKey::Evidence, "e");
    let c = add_card(&mut q, s, LaneKey::Customer, "c");
    connect(&mut q, c, e);
    assert!(!q.blueprint.is_touchpoint(e) && !q.blueprint.is_touchpoint(c));
    // The direction of the connector does not matter.
    let b = add_card(&mut q, s, LaneKey::Support, "b");
    connect(&mut q, b, c);
    assert!(q.blueprint.is_touchpoint(c) && q.blueprint.is_touchpoint(b) && !q.blueprint.is_touchpoint(e));

    // An added lane above the line is on the customer's side, one below it on the other.
    let above = add_lane(&mut p, LaneKey::Evidence, "Website");
    let below = add_lane(&mut p, LaneKey::Customer, "Phone staff");
    let web = add_card(&mut p, s1, above, "Booking page");
    let phone = add_card(&mut p, s1, below, "Call centre");
    connect(&mut p, web, evidence);
    connect(&mut p, web, phone);
    assert!(!p.blueprint.is_touchpoint(evidence));
    assert!(p.blueprint.is_touchpoint(web) && p.blueprint.is_touchpoint(phone));
}

#[test]
fn moving_a_card_across_the_line_of_interaction_changes_its_touchpoints() {
    let Board { mut p, s1, customer, front, back, .. } = board();
    assert!(!p.blueprint.is_touchpoint(back));
    // Front moves above the line: customer → front no longer crosses, front → back does.
    run(&mut p, B::MoveCard { id: front, step: s1, lane: LaneKey::Evidence, index: 0 });
    assert!(p.blueprint.is_touchpoint(front));
    assert!(p.blueprint.is_touchpoint(back));
    assert!(!p.blueprint.is_touchpoint(customer));
    // Back moves into the customer lane too: nothing crosses from front or back any more.
    run(&mut p, B::MoveCard { id: back, step: s1, lane: LaneKey::Customer, index: 0 });
    assert!(!p.blueprint.is_touchpoint(front));
    assert!(!p.blueprint.is_touchpoint(back));
}

// ---------------------------------------------------------------------------------------------
// Owners
// ---------------------------------------------------------------------------------------------

#[test]
fn a_card_owner_must_be_an_org_chart_position() {
    let Board { mut p, s1, front, back, .. } = board();
    let desk = add_position(&mut p, "Front desk");
    run(&mut p, B::SetOwner { id: front, owner: Some(desk) });
    assert_eq!(card(&p, front).owner, Some(desk));
    unchanged(&p, B::SetOwner { id: front, owner: Some(desk) });
    run_command(&mut p, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: "s".into(), source: None }));
    let swot_item = p.swot.items[0].id;
    for not_a_position in [swot_item, s1, back, ItemId(0), ItemId(999), ItemId(p.next_item_id)] {
        refused(&p, B::SetOwner { id: back, owner: Some(not_a_position) }, ModelError::ItemNotFound(not_a_position));
    }
    refused(&p, B::SetOwner { id: ItemId(999), owner: Some(desk) }, ModelError::ItemNotFound(ItemId(999)));
    run(&mut p, B::SetOwner { id: front, owner: None });
    assert_eq!(card(&p, front).owner, None);
}

#[test]
fn renaming_or_deleting_the_owner_position_keeps_the_owner_id() {
    let Board { mut p, front, .. } = board();
    let desk = add_position(&mut p, "Front desk");
    run(&mut p, B::SetOwner { id: front, owner: Some(desk) });
    run_command(&mut p, Command::Org(OrgCommand::EditDetails { id: desk, details: PositionDetails::titled("Reception") }));
    assert_eq!(card(&p, front).owner, Some(desk));
    assert_eq!(p.org.position(desk).unwrap().details.title, "Reception");

    let mut session = EditSession::new(p.clone());
    let delete = Command::Org(OrgCommand::Delete { id: desk, mode: DeleteMode::LiftChildren });
    assert_eq!(session.execute(&delete, Timestamp(1)), Ok(true));
    let deleted = session.project().clone();
    assert!(deleted.org.position(desk).is_none());
    // The card still names the position (the UI shows "unassigned") and the blueprint is untouched.
    assert_eq!(card(&deleted, front).owner, Some(desk));
    assert!(Rc::ptr_eq(&deleted.blueprint, &p.blueprint));
    // Repair keeps it: an owner naming nothing is a deleted position.
    let mut repaired = deleted.clone();
    assert_eq!(repaired.repair(), 0);
    assert_eq!(repaired, deleted);
    // Undo brings the position back under the same id.
    assert!(session.undo(Timestamp(2)));
    assert_eq!(session.project().org.position(desk).unwrap().details.title, "Reception");
    // A new position never reuses the deleted id.
    let mut q = deleted;
    let other = add_position(&mut q, "Other");
    assert_ne!(other, desk);
    refused(&q, B::SetOwner { id: front, owner: Some(desk) }, ModelError::ItemNotFound(desk));
}

// ---------------------------------------------------------------------------------------------
// Fail point → SWOT weakness
// ---------------------------------------------------------------------------------------------

fn send(origin: Origin, quadrant: Quadrant) -> Command {
    Command::SendToSwot { origin, quadrant }
}

/// The board with `front` marked as a fail point and sent to the SWOT board.
fn sent_board() -> (Board, ItemId) {
    let mut b = board();
    run(&mut b.p, B::MarkCard { id: b.front, mark: Some(Mark::FailPoint), minutes: Some(10) });
    let item = ItemId(b.p.next_item_id);
    run_command(&mut b.p, send(Origin::FailPoint(b.front), Quadrant::Weaknesses));
    (b, item)
}

#[test]
fn sending_a_fail_point_adds_a_linked_weakness_with_the_card_text() {
    let (Board { p, front, .. }, item) = sent_board();
    let sent = sent_item(&p, Origin::FailPoint(front)).expect("linked");
    assert_eq!(sent.id, item);
    assert_eq!(sent.quadrant, Quadrant::Weaknesses);
    assert_eq!(sent.text, "Greets the customer");
    assert_eq!((sent.priority, sent.source, sent.competitor), (None, None, None));
    assert_eq!(sent.origin, Some(Origin::FailPoint(front)));
    assert_eq!(p.swot.items.len(), 1);
    assert_eq!(p.next_item_id, item.0 + 1);
    // The card itself is unchanged.
    assert_eq!(card(&p, front).mark, Some(Mark::FailPoint));
    assert_eq!(p.clone().repair(), 0);
}

#[test]
fn a_fail_point_is_sent_once_and_only_as_a_weakness() {
    let (Board { p, front, back, .. }, _) = sent_board();
    assert_eq!(apply(&p, &send(Origin::FailPoint(front), Quadrant::Weaknesses)), Err(ModelError::AlreadySent));
    for quadrant in [Quadrant::Strengths, Quadrant::Opportunities, Quadrant::Threats] {
        assert_eq!(apply(&p, &send(Origin::FailPoint(front), quadrant)), Err(ModelError::FailPointToWeakness), "{quadrant:?}");
        assert_eq!(apply(&p, &send(Origin::FailPoint(back), quadrant)), Err(ModelError::FailPointToWeakness), "{quadrant:?}");
    }
    assert_eq!(apply(&p, &send(Origin::FailPoint(ItemId(999)), Quadrant::Weaknesses)), Err(ModelError::ItemNotFound(ItemId(999))));
    // A step's id is not a card.
    let step = p.blueprint.steps[0].id;
    assert_eq!(apply(&p, &send(Origin::FailPoint(step), Quadrant::Weaknesses)), Err(ModelError::ItemNotFound(step)));
    // Only a card marked as a fail point goes: not an unmarked card, not a wait point.
    assert_eq!(apply(&p, &send(Origin::FailPoint(back), Quadrant::Weaknesses)), Err(ModelError::NotAFailPoint));
    let mut waiting = p.clone();
    run(&mut waiting, B::MarkCard { id: back, mark: Some(Mark::WaitPoint), minutes: None });
    assert_eq!(apply(&waiting, &send(Origin::FailPoint(back), Quadrant::Weaknesses)), Err(ModelError::NotAFailPoint));
}

#[test]
fn deleting_the_fail_points_step_keeps_the_weakness_unlinked_and_undo_relinks_it() {
    let (Board { p, s1, front, .. }, item) = sent_board();
    let mut session = EditSession::new(p.clone());
    assert_eq!(session.execute(&Command::Blueprint(B::DeleteStep { id: s1 }), Timestamp(1)), Ok(true));
    let now = session.project();
    assert!(now.blueprint.card(front).is_none());
    let kept = now.swot.item(item).expect("the weakness stays");
    assert_eq!((kept.quadrant, kept.text.as_str(), kept.origin), (Quadrant::Weaknesses, "Greets the customer", None));
    assert!(sent_item(now, Origin::FailPoint(front)).is_none());
    assert_eq!(now.clone().repair(), 0);
    assert!(session.undo(Timestamp(2)));
    assert!(session.project().same_content(&p));
    assert_eq!(sent_item(session.project(), Origin::FailPoint(front)).map(|i| i.id), Some(item));
    assert!(session.redo(Timestamp(3)));
    assert_eq!(session.project().swot.item(item).unwrap().origin, None);
}

#[test]
fn marking_a_sent_fail_point_otherwise_keeps_the_weakness_unlinked_and_undo_relinks_it() {
    for mark in [None, Some(Mark::WaitPoint)] {
        let (Board { p, front, .. }, item) = sent_board();
        let mut session = EditSession::new(p.clone());
        let command = Command::Blueprint(B::MarkCard { id: front, mark, minutes: Some(3) });
        assert_eq!(session.execute(&command, Timestamp(1)), Ok(true));
        let now = session.project();
        let kept = now.swot.item(item).expect("the weakness stays");
        assert_eq!((kept.quadrant, kept.text.as_str(), kept.origin), (Quadrant::Weaknesses, "Greets the customer", None));
        assert!(sent_item(now, Origin::FailPoint(front)).is_none());
        assert_eq!(now.clone().repair(), 0);
        assert!(session.undo(Timestamp(2)));
        assert_eq!(sent_item(session.project(), Origin::FailPoint(front)).map(|i| i.id), Some(item));
    }
    // Changing only the minutes of a fail point keeps the link.
    let (Board { mut p, front, .. }, item) = sent_board();
    run(&mut p, B::MarkCard { id: front, mark: Some(Mark::FailPoint), minutes: Some(25) });
    assert_eq!(sent_item(&p, Origin::FailPoint(front)).map(|i| i.id), Some(item));
}

#[test]
fn deleting_the_fail_points_lane_keeps_the_weakness_unlinked_and_undo_relinks_it() {
    let mut p = board().p;
    let s1 = p.blueprint.steps[0].id;
    let systems = add_lane(&mut p, LaneKey::Support, "Systems");
    let crash = add_card(&mut p, s1, systems, "Booking system crashes");
    run(&mut p, B::MarkCard { id: crash, mark: Some(Mark::FailPoint), minutes: None });
    let item = ItemId(p.next_item_id);
    run_command(&mut p, send(Origin::FailPoint(crash), Quadrant::Weaknesses));
    let mut session = EditSession::new(p.clone());
    assert_eq!(session.execute(&Command::Blueprint(B::DeleteLane { lane: systems }), Timestamp(1)), Ok(true));
    let kept = session.project().swot.item(item).expect("the weakness stays");
    assert_eq!((kept.text.as_str(), kept.origin), ("Booking system crashes", None));
    assert!(session.undo(Timestamp(2)));
    assert_eq!(session.project().swot.item(item).unwrap().origin, Some(Origin::FailPoint(crash)));
    assert!(session.project().same_content(&p));
}

#[test]
fn replacing_the_blueprint_with_a_draft_unlinks_its_sent_fail_points() {
    let (Board { p, front, .. }, item) = sent_board();
    let mut session = EditSession::new(p.clone());
    let replace = B::Insert { draft: small_draft(), replace: true };
    assert_eq!(session.execute(&Command::Blueprint(replace), Timestamp(1)), Ok(true));
    assert_eq!(session.project().swot.item(item).unwrap().origin, None);
    assert!(session.project().blueprint.card(front).is_none());
    assert!(session.undo(Timestamp(2)));
    assert_eq!(session.project().swot.item(item).unwrap().origin, Some(Origin::FailPoint(front)));
    // Inserting after the blueprint keeps the link.
    let mut q = p.clone();
    run(&mut q, B::Insert { draft: small_draft(), replace: false });
    assert_eq!(q.swot.item(item).unwrap().origin, Some(Origin::FailPoint(front)));
}

#[test]
fn moving_the_weakness_to_another_quadrant_drops_the_link() {
    let (Board { p, front, .. }, item) = sent_board();
    for to in [Quadrant::Strengths, Quadrant::Opportunities, Quadrant::Threats] {
        let mut q = p.clone();
        run_command(&mut q, Command::Swot(SwotCommand::MoveItem { id: item, to, index: 0 }));
        let moved = q.swot.item(item).unwrap();
        assert_eq!((moved.quadrant, moved.origin), (to, None), "{to:?}");
        assert!(sent_item(&q, Origin::FailPoint(front)).is_none());
        assert_eq!(q.clone().repair(), 0);
        // Moving it back does not relink it; the fail point can be sent again.
        run_command(&mut q, Command::Swot(SwotCommand::MoveItem { id: item, to: Quadrant::Weaknesses, index: 0 }));
        assert_eq!(q.swot.item(item).unwrap().origin, None);
        run_command(&mut q, send(Origin::FailPoint(front), Quadrant::Weaknesses));
        assert_eq!(q.swot.items.len(), 2);
        assert_ne!(sent_item(&q, Origin::FailPoint(front)).unwrap().id, item);
    }
    // Within the weaknesses: the link stays.
    let mut q = p.clone();
    run_command(&mut q, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Weaknesses, text: "w".into(), source: None }));
    run_command(&mut q, Command::Swot(SwotCommand::MoveItem { id: item, to: Quadrant::Weaknesses, index: 1 }));
    assert_eq!(q.swot.item(item).unwrap().origin, Some(Origin::FailPoint(front)));
}

#[test]
fn deleting_the_weakness_leaves_the_fail_point_card() {
    let (Board { p, front, .. }, item) = sent_board();
    let mut q = p.clone();
    run_command(&mut q, Command::Swot(SwotCommand::DeleteItem { id: item }));
    assert!(q.swot.items.is_empty());
    assert!(Rc::ptr_eq(&q.blueprint, &p.blueprint));
    assert!(sent_item(&q, Origin::FailPoint(front)).is_none());
    // It can be sent again.
    run_command(&mut q, send(Origin::FailPoint(front), Quadrant::Weaknesses));
    assert!(sent_item(&q, Origin::FailPoint(front)).is_some());
}

#[test]
fn deleting_a_fail_point_card_keeps_the_weakness_unlinked_and_undo_relinks_it() {
    let (Board { p, front, customer, back, .. }, item) = sent_board();
    let mut session = EditSession::new(p.clone());
    assert_eq!(session.execute(&Command::Blueprint(B::DeleteCard { id: front }), Timestamp(1)), Ok(true));
    let now = session.project();
    assert!(now.blueprint.card(front).is_none());
    assert_eq!(now.blueprint.cards.len(), p.blueprint.cards.len() - 1);
    assert!(!now.blueprint.connectors.contains(&line(customer, front)));
    assert!(!now.blueprint.connectors.contains(&line(front, back)));
    assert_eq!(now.blueprint.connectors.len(), p.blueprint.connectors.len() - 2);
    assert_eq!(now.swot.item(item).unwrap().origin, None);
    assert!(session.undo(Timestamp(2)));
    assert!(session.project().same_content(&p));
    assert_eq!(session.project().swot.item(item).unwrap().origin, Some(Origin::FailPoint(front)));
    assert_eq!(apply(&p, &Command::Blueprint(B::DeleteCard { id: ItemId(999) })), Err(ModelError::ItemNotFound(ItemId(999))));
}

// ---------------------------------------------------------------------------------------------
// Inserting drafts (templates)
// ---------------------------------------------------------------------------------------------

fn draft_step(name: &str, stage: &str, minutes: Option<u32>, emotion: Option<i8>) -> DraftStep {
    DraftStep { name: name.into(), stage: stage.into(), minutes, emotion }
}

fn draft_card(step: usize, lane: LaneKey, text: &str) -> DraftCard {
    DraftCard { step, lane, text: text.into(), mark: None, minutes: None, servqual: None }
}

/// Two steps, three cards, two connectors (one given twice).
fn small_draft() -> BlueprintDraft {
    BlueprintDraft {
        steps: vec![draft_step(" Arrive ", "Arrival", Some(5), Some(1)), draft_step("Pay", "", None, Some(-1))],
        cards: vec![
            draft_card(0, LaneKey::Customer, "Walks in"),
            DraftCard {
                mark: Some(Mark::FailPoint),
                minutes: Some(3),
                servqual: Some(Servqual::Empathy),
                ..draft_card(0, LaneKey::FrontStage, "Greets")
            },
            draft_card(1, LaneKey::Customer, "Pays"),
        ],
        connectors: vec![(0, 1), (1, 2), (0, 1)],
    }
}

#[test]
fn a_draft_inserted_after_the_blueprint_takes_ids_from_the_project_counter() {
    let Board { mut p, .. } = board();
    let before = p.clone();
    let first = p.next_item_id;
    run(&mut p, B::Insert { draft: small_draft(), replace: false });
    let bp = &p.blueprint;
    // The old blueprint stays as it was, in front.
    assert_eq!(bp.steps[..2], before.blueprint.steps[..]);
    assert_eq!(bp.cards[..6], before.blueprint.cards[..]);
    assert_eq!(bp.connectors[..5], before.blueprint.connectors[..]);
    assert_eq!(step_names(&p), ["Arrive", "Wait", "Arrive", "Pay"]);
    let (s1, s2) = (ItemId(first), ItemId(first + 1));
    assert_eq!(bp.steps[2], Step { id: s1, name: "Arrive".into(), stage: "Arrival".into(), minutes: Some(5), emotion: Some(1) });
    assert_eq!(bp.steps[3], Step { id: s2, name: "Pay".into(), stage: String::new(), minutes: None, emotion: Some(-1) });
    let (a, b, c) = (ItemId(first + 2), ItemId(first + 3), ItemId(first + 4));
    assert_eq!(cell(&p, s1, LaneKey::Customer), ["Walks in"]);
    let greets = card(&p, b);
    assert_eq!(
        (greets.step, greets.lane, greets.mark, greets.minutes, greets.servqual),
        (s1, LaneKey::FrontStage, Some(Mark::FailPoint), Some(3), Some(Servqual::Empathy))
    );
    assert_eq!(card(&p, c).step, s2);
    assert_eq!(card(&p, a).text, "Walks in");
    // The repeated connector is added once.
    assert_eq!(bp.connectors[5..], [line(a, b), line(b, c)]);
    assert_eq!(p.next_item_id, first + 5);
    assert_eq!(p.clone().repair(), 0);
    // Inserting it again gives new ids.
    run(&mut p, B::Insert { draft: small_draft(), replace: false });
    assert_eq!(p.blueprint.steps.len(), 6);
    assert_eq!(p.next_item_id, first + 10);
    // An empty draft after the blueprint changes nothing.
    unchanged(&p, B::Insert { draft: BlueprintDraft::default(), replace: false });
}

#[test]
fn a_draft_inserted_in_place_replaces_steps_cards_and_connectors_but_keeps_lanes() {
    let Board { mut p, .. } = board();
    let systems = add_lane(&mut p, LaneKey::BackStage, "Systems");
    run(&mut p, B::RenameLane { lane: LaneKey::Customer, name: "Guest".into() });
    run(&mut p, B::SetBudget { minutes: Some(30) });
    let lanes = p.blueprint.lanes.clone();
    let first = p.next_item_id;
    run(&mut p, B::Insert { draft: small_draft(), replace: true });
    assert_eq!(step_names(&p), ["Arrive", "Pay"]);
    assert_eq!(p.blueprint.steps[0].id, ItemId(first));
    let texts: Vec<&str> = p.blueprint.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Walks in", "Greets", "Pays"]);
    assert_eq!(p.blueprint.connectors.len(), 2);
    assert_eq!(p.blueprint.lanes, lanes);
    assert!(p.blueprint.lane(systems).is_some());
    assert_eq!(p.next_item_id, first + 5);
    assert_eq!(p.clone().repair(), 0);
}

#[test]
fn a_malformed_draft_is_refused_and_changes_nothing() {
    let Board { p, .. } = board();
    let mut session = EditSession::new(p.clone());
    let with = |change: &dyn Fn(&mut BlueprintDraft)| {
        let mut draft = small_draft();
        change(&mut draft);
        draft
    };
    let attempts = [
        (with(&|d| d.cards[2].step = 2), ModelError::InvalidDraft),
        (with(&|d| d.connectors.push((1, 1))), ModelError::InvalidDraft),
        (with(&|d| d.connectors.push((0, 3))), ModelError::InvalidDraft),
        (with(&|d| d.cards[0].lane = LaneKey::Custom(ItemId(1))), ModelError::InvalidDraft),
        (with(&|d| d.steps.clear()), ModelError::InvalidDraft),
        (with(&|d| d.steps[1].name = " ".into()), ModelError::EmptyText),
        (with(&|d| d.cards[1].text = String::new()), ModelError::EmptyText),
        (with(&|d| d.steps[0].emotion = Some(3)), ModelError::EmotionOutOfRange(3)),
        (with(&|d| d.steps[0].minutes = Some(MAX_MINUTES + 1)), ModelError::DurationTooLong { minutes: MAX_MINUTES + 1, max: MAX_MINUTES }),
        (with(&|d| d.cards[0].minutes = Some(MAX_MINUTES + 1)), ModelError::DurationTooLong { minutes: MAX_MINUTES + 1, max: MAX_MINUTES }),
        (with(&|d| d.cards[0].text = "x".repeat(MAX_TEXT_CHARS + 1)), ModelError::TextTooLong { chars: MAX_TEXT_CHARS + 1, max: MAX_TEXT_CHARS }),
    ];
    for (draft, error) in attempts {
        for replace in [false, true] {
            let command = Command::Blueprint(B::Insert { draft: draft.clone(), replace });
            assert_eq!(session.execute(&command, Timestamp(1)), Err(error.clone()), "{draft:?}");
            assert_eq!(session.project(), &p, "a refused insert changed the project");
            assert!(!session.can_undo());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------------------------

#[test]
fn the_time_budget_is_capped() {
    let mut p = new_project();
    run(&mut p, B::SetBudget { minutes: Some(MAX_MINUTES) });
    assert_eq!(p.blueprint.budget_minutes, Some(MAX_MINUTES));
    unchanged(&p, B::SetBudget { minutes: Some(MAX_MINUTES) });
    refused(&p, B::SetBudget { minutes: Some(MAX_MINUTES + 1) }, ModelError::DurationTooLong { minutes: MAX_MINUTES + 1, max: MAX_MINUTES });
    run(&mut p, B::SetBudget { minutes: None });
    assert_eq!(p.blueprint.budget_minutes, None);
}

// ---------------------------------------------------------------------------------------------
// Repair of hand-written files
// ---------------------------------------------------------------------------------------------

/// A project file with the given counter and canvases (JSON objects).
fn file(next_item_id: u64, swot: &str, org: &str, blueprint: &str) -> String {
    format!(
        r#"{{"format":"planning-workbench","schema_version":1,"saved_at":0,"project":{{"id":"p1","name":"P","created":0,"updated":0,"next_item_id":{next_item_id},"swot":{swot},"org":{org},"blueprint":{blueprint}}}}}"#
    )
}

/// The project in `text` repaired by `Project::repair`, and the number of repairs counted.
/// `decode_project` must give the same repaired project, and a second repair finds nothing.
fn repaired(text: &str) -> (Project, usize) {
    let envelope: serde_json::Value = serde_json::from_str(text).expect("test file is JSON");
    let mut project: Project = serde_json::from_value(envelope["project"].clone()).expect("test file is a project");
    let repairs = project.repair();
    let (decoded, _) = decode_project(text).unwrap_or_else(|e| panic!("decode refused the file: {e:?}"));
    assert_eq!(decoded, project, "decode_project repaired differently");
    assert_eq!(project.clone().repair(), 0, "a second repair found more");
    (project, repairs)
}

fn blueprint_only(next_item_id: u64, blueprint: &str) -> (Project, usize) {
    repaired(&file(next_item_id, "{}", "{}", blueprint))
}

const TWO_STEPS: &str = r#""steps":[{"id":1,"name":"One"},{"id":2,"name":"Two"}]"#;

#[test]
fn repair_puts_back_missing_standard_lanes_in_order_and_keeps_added_lanes_in_place() {
    let (p, repairs) = blueprint_only(10, r#"{"lanes":[{"key":"customer","name":"Guest"},{"key":{"custom":7},"name":"Systems"},{"key":"support"}]}"#);
    assert!(repairs >= 1);
    let systems = LaneKey::Custom(ItemId(7));
    assert_eq!(lane_keys(&p), [LaneKey::Evidence, LaneKey::Customer, systems, LaneKey::FrontStage, LaneKey::BackStage, LaneKey::Support]);
    assert_eq!(p.blueprint.lane(LaneKey::Customer).unwrap().name, "Guest");
    assert_eq!(p.blueprint.lane(systems).unwrap().name, "Systems");
    assert_eq!(p.blueprint.lane(LaneKey::Evidence).unwrap().name, "");
    // No lanes at all: the five standard ones.
    let (p, repairs) = blueprint_only(1, r#"{"lanes":[]}"#);
    assert_eq!(p.blueprint.lanes, standard_lanes());
    assert_eq!(repairs, 1);
    // No "lanes" field: the default canvas, nothing to repair.
    let (p, repairs) = blueprint_only(1, "{}");
    assert_eq!(p.blueprint.lanes, standard_lanes());
    assert_eq!(repairs, 0);
}

#[test]
fn repair_removes_duplicate_and_out_of_order_lanes() {
    let (p, repairs) = blueprint_only(
        10,
        r#"{"lanes":[{"key":"evidence"},{"key":"customer","name":"First"},{"key":"customer","name":"Second"},
            {"key":{"custom":7},"name":"Systems"},{"key":{"custom":7},"name":"Again"},{"key":"front_stage"},
            {"key":"back_stage"},{"key":"support"},{"key":"evidence","name":"Late"}]}"#,
    );
    assert!(repairs >= 1);
    let systems = LaneKey::Custom(ItemId(7));
    assert_eq!(lane_keys(&p), [LaneKey::Evidence, LaneKey::Customer, systems, LaneKey::FrontStage, LaneKey::BackStage, LaneKey::Support]);
    assert_eq!(p.blueprint.lane(LaneKey::Customer).unwrap().name, "First");
    assert_eq!(p.blueprint.lane(systems).unwrap().name, "Systems");
    // Support before evidence: the standard order wins.
    let (p, _) = blueprint_only(1, r#"{"lanes":[{"key":"support"},{"key":"back_stage"},{"key":"evidence"}]}"#);
    assert_eq!(lane_keys(&p), LaneKey::STANDARD);
}

#[test]
fn repair_renumbers_duplicate_step_and_card_ids_and_raises_the_counter() {
    let (p, repairs) = blueprint_only(
        2,
        r#"{"steps":[{"id":1,"name":"One"},{"id":1,"name":"Again"}],
            "cards":[{"id":3,"step":1,"lane":"customer","text":"a"},{"id":3,"step":1,"lane":"front_stage","text":"b"},
                     {"id":1,"step":1,"lane":"support","text":"c"}],
            "connectors":[{"from":3,"to":1}]}"#,
    );
    assert!(repairs >= 4, "{repairs}");
    let steps: Vec<u64> = p.blueprint.steps.iter().map(|s| s.id.0).collect();
    let cards: Vec<u64> = p.blueprint.cards.iter().map(|c| c.id.0).collect();
    assert_eq!(steps, [1, 4]);
    assert_eq!(cards, [3, 5, 6]);
    assert_eq!(p.next_item_id, 7);
    assert_eq!(step_names(&p), ["One", "Again"]);
    // Cards stay in the step that kept the id; texts and lanes unchanged.
    assert!(p.blueprint.cards.iter().all(|c| c.step == ItemId(1)));
    let texts: Vec<&str> = p.blueprint.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["a", "b", "c"]);
    // 3 → 1 follows the card that had id 1 to its new id (the first "3" keeps its id).
    assert_eq!(p.blueprint.connectors, [Connector { from: ItemId(3), to: ItemId(6) }]);

    // Clashes with other canvases' ids are renumbered too.
    let (p, _) = repaired(&file(
        9,
        r#"{"items":[{"id":1,"quadrant":"strengths","text":"s"}]}"#,
        r#"{"positions":[{"id":2,"title":"Lead"}]}"#,
        r#"{"steps":[{"id":3,"name":"One"}],"cards":[{"id":1,"step":3,"lane":"customer","text":"a"},{"id":2,"step":3,"lane":"customer","text":"b"}]}"#,
    ));
    let mut ids: Vec<u64> = p.blueprint.cards.iter().map(|c| c.id.0).collect();
    ids.extend([p.swot.items[0].id.0, p.org.positions[0].id.0, p.blueprint.steps[0].id.0]);
    let distinct: std::collections::BTreeSet<u64> = ids.iter().copied().collect();
    assert_eq!(distinct.len(), ids.len(), "{ids:?}");
    assert!(ids.iter().all(|&id| id < p.next_item_id));
    assert_eq!(p.blueprint.cards.len(), 2);
}

#[test]
fn repair_drops_cards_whose_step_or_lane_is_missing() {
    let (p, repairs) = blueprint_only(
        20,
        &format!(
            r#"{{{TWO_STEPS},"lanes":[{{"key":"evidence"}},{{"key":"customer"}},{{"key":{{"custom":5}},"name":"Systems"}},{{"key":"front_stage"}},{{"key":"back_stage"}},{{"key":"support"}}],
            "cards":[{{"id":10,"step":1,"lane":"customer","text":"kept"}},{{"id":11,"step":9,"lane":"customer","text":"no step"}},
                     {{"id":12,"step":2,"lane":{{"custom":6}},"text":"no lane"}},{{"id":13,"step":2,"lane":{{"custom":5}},"text":"kept too"}}],
            "connectors":[{{"from":10,"to":11}},{{"from":10,"to":13}}]}}"#
        ),
    );
    let texts: Vec<&str> = p.blueprint.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["kept", "kept too"]);
    assert_eq!(p.blueprint.connectors, [line(ItemId(10), ItemId(13))]);
    assert_eq!(repairs, 3);
}

#[test]
fn repair_drops_connectors_to_missing_cards_to_themselves_and_repeated() {
    let (p, repairs) = blueprint_only(
        20,
        &format!(
            r#"{{{TWO_STEPS},"cards":[{{"id":10,"step":1,"lane":"customer","text":"a"}},{{"id":11,"step":2,"lane":"front_stage","text":"b"}}],
            "connectors":[{{"from":10,"to":11}},{{"from":10,"to":11}},{{"from":10,"to":10}},{{"from":10,"to":99}},{{"from":99,"to":11}},{{"from":11,"to":10}},{{"from":1,"to":2}}]}}"#
        ),
    );
    assert_eq!(p.blueprint.connectors, [line(ItemId(10), ItemId(11)), line(ItemId(11), ItemId(10))]);
    assert_eq!(repairs, 5);
}

#[test]
fn repair_caps_minutes_and_clamps_emotions() {
    let (p, repairs) = blueprint_only(
        20,
        r#"{"steps":[{"id":1,"name":"One","minutes":200000,"emotion":5},{"id":2,"name":"Two","minutes":100000,"emotion":-100},{"id":3,"name":"Three","emotion":-2}],
            "cards":[{"id":10,"step":1,"lane":"customer","text":"a","mark":"wait_point","minutes":4294967295},{"id":11,"step":1,"lane":"customer","text":"b","minutes":60}]}"#,
    );
    let steps: Vec<(Option<u32>, Option<i8>)> = p.blueprint.steps.iter().map(|s| (s.minutes, s.emotion)).collect();
    assert_eq!(steps, [(Some(MAX_MINUTES), Some(2)), (Some(MAX_MINUTES), Some(-2)), (None, Some(-2))]);
    let cards: Vec<Option<u32>> = p.blueprint.cards.iter().map(|c| c.minutes).collect();
    assert_eq!(cards, [Some(MAX_MINUTES), Some(60)]);
    assert_eq!(p.blueprint.cards[0].mark, Some(Mark::WaitPoint));
    assert_eq!(repairs, 4);
}

#[test]

fn repair_caps_the_time_budget() {
    let (p, repairs) = blueprint_only(1, r#"{"budget_minutes":4000000000}"#);
    assert_eq!(p.blueprint.budget_minutes, Some(MAX_MINUTES));
    assert_eq!(repairs, 1);
}

#[test]
fn repair_clears_an_owner_naming_another_canvas_item_and_keeps_a_deleted_position() {
    let (p, repairs) = repaired(&file(
        30,
        r#"{"items":[{"id":2,"quadrant":"strengths","text":"s"}]}"#,
        r#"{"positions":[{"id":1,"title":"Lead"}]}"#,
        &format!(
            r#"{{{},"cards":[{{"id":10,"step":5,"lane":"customer","text":"live","owner":1}},{{"id":11,"step":5,"lane":"customer","text":"swot","owner":2}},
                {{"id":12,"step":5,"lane":"customer","text":"deleted","owner":20}}]}}"#,
            r#""steps":[{"id":5,"name":"One"}]"#
        ),
    ));
    let owners: Vec<Option<ItemId>> = p.blueprint.cards.iter().map(|c| c.owner).collect();
    assert_eq!(owners, [Some(ItemId(1)), None, Some(ItemId(20))]);
    assert_eq!(repairs, 1);
}

#[test]

fn repair_clears_an_owner_naming_a_blueprint_item() {
    let (p, _) = blueprint_only(
        30,
        r#"{"lanes":[{"key":"evidence"},{"key":"customer"},{"key":"front_stage"},{"key":"back_stage"},{"key":"support"},{"key":{"custom":7},"name":"X"}],
            "steps":[{"id":5,"name":"One"}],
            "cards":[{"id":10,"step":5,"lane":"customer","text":"card","owner":11},{"id":11,"step":5,"lane":"customer","text":"step","owner":5},
                     {"id":12,"step":5,"lane":"customer","text":"lane","owner":7},{"id":13,"step":5,"lane":"customer","text":"itself","owner":13}]}"#,
    );
    let owners: Vec<Option<ItemId>> = p.blueprint.cards.iter().map(|c| c.owner).collect();
    assert_eq!(owners, [None, None, None, None]);
}

#[test]

fn repair_keeps_owner_ids_below_the_counter() {
    let (p, _) = blueprint_only(
        10,
        r#"{"steps":[{"id":5,"name":"One"}],"cards":[{"id":6,"step":5,"lane":"customer","text":"card","owner":10},{"id":7,"step":5,"lane":"customer","text":"far","owner":500}]}"#,
    );
    for c in &p.blueprint.cards {
        assert!(c.owner.is_none_or(|o| o.0 < p.next_item_id), "owner {:?} of {:?} is not below the counter {}", c.owner, c.id, p.next_item_id);
    }
    // What goes wrong otherwise: the next item gets the owner's id, and the card then names
    // a SWOT item, which repair would clear — an edit through `apply` that repair undoes.
    let mut q = p.clone();
    run_command(&mut q, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: "s".into(), source: None }));
    assert_eq!(q.clone().repair(), 0);
}

#[test]

fn repair_keeps_the_cards_of_a_step_renumbered_for_a_clash_with_another_canvas() {
    let (p, _) = repaired(&file(
        20,
        r#"{"items":[{"id":1,"quadrant":"weaknesses","text":"w","origin":{"fail_point":3}}]}"#,
        "{}",
        r#"{"lanes":[{"key":"evidence"},{"key":"customer"},{"key":"front_stage"},{"key":"back_stage"},{"key":"support"},{"key":{"custom":1},"name":"Systems"}],
            "steps":[{"id":1,"name":"Clashes with the SWOT item"}],
            "cards":[{"id":3,"step":1,"lane":"customer","text":"a","mark":"fail_point"},{"id":4,"step":1,"lane":{"custom":1},"text":"b"}],
            "connectors":[{"from":3,"to":4}]}"#,
    ));
    assert_eq!(p.blueprint.steps.len(), 1);
    assert_ne!(p.blueprint.steps[0].id, ItemId(1));
    assert_eq!(p.blueprint.cards.len(), 2, "the cards went with the renumbered step or lane");
    assert!(p.blueprint.cards.iter().all(|c| c.step == p.blueprint.steps[0].id));
    assert_eq!(p.blueprint.connectors.len(), 1);
    assert_eq!(p.swot.items[0].origin, Some(Origin::FailPoint(ItemId(3))));
}

#[test]
fn repair_clears_fail_point_origins_naming_a_missing_card_or_shared() {
    let (p, repairs) = repaired(&file(
        30,
        r#"{"items":[{"id":1,"quadrant":"weaknesses","text":"kept","origin":{"fail_point":10}},
                     {"id":2,"quadrant":"weaknesses","text":"missing","origin":{"fail_point":99}},
                     {"id":3,"quadrant":"weaknesses","text":"shared","origin":{"fail_point":10}},
                     {"id":4,"quadrant":"weaknesses","text":"a step","origin":{"fail_point":5}}]}"#,
        "{}",
        r#"{"steps":[{"id":5,"name":"One"}],"cards":[{"id":10,"step":5,"lane":"front_stage","text":"fails","mark":"fail_point"}]}"#,
    ));
    let origins: Vec<Option<Origin>> = p.swot.items.iter().map(|i| i.origin).collect();
    assert_eq!(origins, [Some(Origin::FailPoint(ItemId(10))), None, None, None]);
    assert_eq!(p.swot.items.len(), 4, "the items stay");
    assert_eq!(repairs, 3);
}

#[test]
fn repair_clears_a_fail_point_origin_naming_a_card_that_is_not_a_fail_point() {
    let (p, repairs) = repaired(&file(
        30,
        r#"{"items":[{"id":1,"quadrant":"weaknesses","text":"w","origin":{"fail_point":10}},
                     {"id":2,"quadrant":"weaknesses","text":"u","origin":{"fail_point":11}}]}"#,
        "{}",
        r#"{"steps":[{"id":5,"name":"One"}],"cards":[{"id":10,"step":5,"lane":"front_stage","text":"a","mark":"wait_point"},{"id":11,"step":5,"lane":"front_stage","text":"b"}]}"#,
    ));
    assert!(p.swot.items.iter().all(|i| i.origin.is_none()));
    assert_eq!(p.swot.items.len(), 2, "the items stay");
    assert_eq!(repairs, 2);
}

#[test]
fn repair_clears_a_fail_point_origin_on_an_opportunity_or_threat() {
    let (p, repairs) = repaired(&file(
        30,
        r#"{"items":[{"id":1,"quadrant":"opportunities","text":"o","origin":{"fail_point":10}},
                     {"id":2,"quadrant":"threats","text":"t","origin":{"fail_point":11}}]}"#,
        "{}",
        r#"{"steps":[{"id":5,"name":"One"}],"cards":[{"id":10,"step":5,"lane":"front_stage","text":"a"},{"id":11,"step":5,"lane":"front_stage","text":"b"}]}"#,
    ));
    assert!(p.swot.items.iter().all(|i| i.origin.is_none()));
    assert_eq!(repairs, 2);
}

#[test]

fn repair_clears_a_fail_point_origin_on_a_strength() {
    let (p, repairs) = repaired(&file(
        30,
        r#"{"items":[{"id":1,"quadrant":"strengths","text":"s","origin":{"fail_point":10}}]}"#,
        "{}",
        r#"{"steps":[{"id":5,"name":"One"}],"cards":[{"id":10,"step":5,"lane":"front_stage","text":"a"}]}"#,
    ));
    assert_eq!(p.swot.items[0].origin, None);
    assert_eq!(repairs, 1);
}

/// Everything a blueprint can hold, built through `apply`.
fn filled() -> Project {
    let (Board { mut p, s1, s2, customer, front, back, .. }, _) = sent_board();
    let systems = add_lane(&mut p, LaneKey::BackStage, "Systems <b>");
    run(&mut p, B::RenameLane { lane: LaneKey::Customer, name: "顾客 \u{202e}😀".into() });
    run(&mut p, B::EditStep { id: s1, name: "到达".into(), stage: "Arrival \"quoted\"".into(), minutes: Some(5), emotion: Some(-2) });
    run(&mut p, B::EditStep { id: s2, name: "Wait".into(), stage: "Arrival \"quoted\"".into(), minutes: Some(MAX_MINUTES), emotion: Some(2) });
    run(&mut p, B::EditCard { id: customer, text: "<script>alert(\"x\")</script>\nline two".into(), note: "note & more".into() });
    run(&mut p, B::MarkCard { id: back, mark: Some(Mark::WaitPoint), minutes: Some(0) });
    run(&mut p, B::SetServqual { id: front, servqual: Some(Servqual::Assurance) });
    let lead = add_position(&mut p, "Lead");
    let gone = add_position(&mut p, "Gone");
    run(&mut p, B::SetOwner { id: front, owner: Some(lead) });
    run(&mut p, B::SetOwner { id: back, owner: Some(gone) });
    run_command(&mut p, Command::Org(OrgCommand::Delete { id: gone, mode: DeleteMode::LiftChildren }));
    let server = add_card(&mut p, s2, systems, "Server");
    connect(&mut p, back, server);
    run(&mut p, B::SetBudget { minutes: Some(45) });
    run(&mut p, B::Insert { draft: small_draft(), replace: false });
    p
}

#[test]
fn a_healthy_blueprint_needs_no_repair() {
    assert_eq!(new_project().repair(), 0);
    assert_eq!(board().p.repair(), 0);
    let mut p = filled();
    let before = p.clone();
    assert_eq!(p.repair(), 0);
    assert_eq!(p, before);
}

#[test]
fn a_filled_blueprint_survives_the_project_file_round_trip() {
    let p = filled();
    let text = encode_project(&p, Timestamp(42));
    let (back, header) = decode_project(&text).expect("the file reopens");
    assert_eq!(header.saved_at, Timestamp(42));
    assert_eq!(back, p);
    assert_eq!(*back.blueprint, *p.blueprint);
    assert_eq!(*back.swot, *p.swot);
    // Through plain serde too.
    let json = serde_json::to_string(&*p.blueprint).unwrap();
    let again: BlueprintCanvas = serde_json::from_str(&json).unwrap();
    assert_eq!(again, *p.blueprint);
    // Defaults stay out of the file: no empty notes, stages or lane names, no nulls.
    assert!(!json.contains("null"), "{json}");
    assert!(!json.contains(":\"\""), "{json}");
    assert!(text.contains(r#"{"key":"evidence"}"#), "an unnamed standard lane writes only its key");
}
