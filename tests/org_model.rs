//! The org-chart canvas as a user edits it, driven through `model::apply` and `EditSession`:
//! adding tops, subordinates and siblings at an index; the details' text and headcount checks;
//! moving (re-parenting, reordering, refusing cycles); both delete modes; the dotted-line and
//! span-range rules; inserting a template beside or instead of the chart with ids from the
//! project counter; undo after a delete; repair of damaged files (duplicate ids, missing
//! parents, a loop of parent links, stale dotted lines, a bad span, a 10,000-deep chain on a
//! small stack); the project file round trip; the templates and the sample department; and the
//! design self-check (guided principles, computed principles, procedure steps).
//! Random command sequences are in `tests/org_props.rs`.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::org::checks::{findings, totals, Finding};
use planning_workbench::model::org::design::{
    computed_status, step_progress, Assessment, ComputedStatus, DesignStep, GuidedPrinciple, Principle, StepProgress,
};
use planning_workbench::model::org::templates::{template_draft, Template};
use planning_workbench::model::org::{
    repair_org, ChartDraft, DeleteMode, Direction, DottedLine, Duty, JobDescription, OrgCanvas, OrgCommand, Position, PositionDetails, SpanRange,
    Tree, DEFAULT_SPAN, MAX_FIELD_CHARS, MAX_HEADCOUNT, MAX_SPAN,
};
use planning_workbench::model::project::sample::org::with_sample_org;
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};
use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-org").unwrap(), "Plan".into(), Timestamp(0))
}

fn exec(p: &Project, command: OrgCommand) -> Result<Outcome, ModelError> {
    apply(p, &Command::Org(command))
}

fn run(p: &mut Project, command: OrgCommand) {
    match exec(p, command.clone()) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

/// Runs a command that must be refused with `error`, and checks it changed nothing.
fn refused(p: &Project, command: OrgCommand, error: ModelError) {
    assert_eq!(exec(p, command.clone()), Err(error), "{command:?}");
}

fn add(p: &mut Project, parent: Option<ItemId>, index: Option<usize>, title: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, OrgCommand::AddPosition { parent, index, title: title.into() });
    id
}

/// Titles in stored order.
fn titles(p: &Project) -> Vec<&str> {
    p.org.positions.iter().map(|q| q.details.title.as_str()).collect()
}

/// Titles of `parent`'s direct reports (None: the tops), in sibling order.
fn children(p: &Project, parent: Option<ItemId>) -> Vec<&str> {
    p.org.positions.iter().filter(|q| q.parent == parent).map(|q| q.details.title.as_str()).collect()
}

fn parent_of(p: &Project, id: ItemId) -> Option<ItemId> {
    p.org.position(id).unwrap().parent
}

fn details(p: &Project, id: ItemId) -> PositionDetails {
    p.org.position(id).unwrap().details.clone()
}

/// A manager with two supervisors, each with two staff:
/// M → A (A1, A2), B (B1, B2).
struct Chart {
    p: Project,
    m: ItemId,
    a: ItemId,
    a1: ItemId,
    a2: ItemId,
    b: ItemId,
    b1: ItemId,
    b2: ItemId,
}

fn chart() -> Chart {
    let mut p = new_project();
    let m = add(&mut p, None, None, "M");
    let a = add(&mut p, Some(m), None, "A");
    let b = add(&mut p, Some(m), None, "B");
    let a1 = add(&mut p, Some(a), None, "A1");
    let a2 = add(&mut p, Some(a), None, "A2");
    let b1 = add(&mut p, Some(b), None, "B1");
    let b2 = add(&mut p, Some(b), None, "B2");
    Chart { p, m, a, a1, a2, b, b1, b2 }
}

// ---------------------------------------------------------------------------------------------
// Adding and editing
// ---------------------------------------------------------------------------------------------

#[test]
fn positions_are_added_as_tops_subordinates_and_siblings_at_an_index() {
    let mut p = new_project();
    let m = add(&mut p, None, None, "  Manager \n");
    assert_eq!(m, ItemId(1));
    let x = add(&mut p, Some(m), None, "X");
    let z = add(&mut p, Some(m), None, "Z");
    let y = add(&mut p, Some(m), Some(1), "Y");
    let first = add(&mut p, Some(m), Some(0), "First");
    let last = add(&mut p, Some(m), Some(99), "Last");
    assert_eq!(children(&p, Some(m)), ["First", "X", "Y", "Z", "Last"]);
    let other_top = add(&mut p, None, Some(0), "Other top");
    assert_eq!(children(&p, None), ["Other top", "Manager"]);
    // A new position is vacant, one planned, titled as trimmed.
    let made = p.org.position(m).unwrap();
    assert_eq!(made.details, PositionDetails::titled("Manager"));
    assert!(made.is_vacant() && made.job.is_empty() && made.duties.is_empty());
    assert_eq!(p.next_item_id, 8);
    for id in [x, y, z, first, last] {
        assert_eq!(parent_of(&p, id), Some(m));
    }
    assert_eq!(parent_of(&p, other_top), None);
    // Under a missing parent, or with an empty title: refused.
    refused(&p, OrgCommand::AddPosition { parent: Some(ItemId(99)), index: None, title: "x".into() }, ModelError::ItemNotFound(ItemId(99)));
    refused(&p, OrgCommand::AddPosition { parent: None, index: None, title: " \t".into() }, ModelError::EmptyText);
}

#[test]
fn adding_under_a_collapsed_position_shows_its_subordinates() {
    let Chart { mut p, a, .. } = chart();
    run(&mut p, OrgCommand::SetCollapsed { id: a, collapsed: true });
    assert!(p.org.position(a).unwrap().collapsed);
    add(&mut p, Some(a), None, "A3");
    assert!(!p.org.position(a).unwrap().collapsed);
}

#[test]
fn details_are_trimmed_flattened_and_checked() {
    let Chart { mut p, a, .. } = chart();
    let edited = PositionDetails {
        title: "  After-sales\tSupervisor \n".into(),
        holder: " Zhang\nWei ".into(),
        planned: 3,
        filled: 2,
        level: " Supervisor ".into(),
        code: "CS-03 ".into(),
        department: "".into(),
    };
    run(&mut p, OrgCommand::EditDetails { id: a, details: edited.clone() });
    let got = details(&p, a);
    assert_eq!(got.title, "After-sales Supervisor");
    assert_eq!(got.holder, "Zhang Wei");
    assert_eq!((got.level.as_str(), got.code.as_str(), got.planned, got.filled), ("Supervisor", "CS-03", 3, 2));
    // The same edit again changes nothing.
    assert_eq!(exec(&p, OrgCommand::EditDetails { id: a, details: edited.clone() }), Ok(Outcome::Unchanged));

    let with = |change: &dyn Fn(&mut PositionDetails)| {
        let mut d = edited.clone();
        change(&mut d);
        OrgCommand::EditDetails { id: a, details: d }
    };
    refused(&p, with(&|d| d.title = "  ".into()), ModelError::EmptyText);
    let over = "字".repeat(MAX_FIELD_CHARS + 1);
    let too_long = ModelError::TextTooLong { chars: MAX_FIELD_CHARS + 1, max: MAX_FIELD_CHARS };
    refused(&p, with(&|d| d.title = over.clone()), too_long.clone());
    refused(&p, with(&|d| d.holder = over.clone()), too_long.clone());
    refused(&p, with(&|d| d.level = over.clone()), too_long.clone());
    refused(&p, with(&|d| d.code = over.clone()), too_long.clone());
    refused(&p, with(&|d| d.department = over.clone()), too_long);
    let count = MAX_HEADCOUNT + 1;
    refused(&p, with(&|d| d.planned = count), ModelError::HeadcountTooLarge { count, max: MAX_HEADCOUNT });
    refused(&p, with(&|d| d.filled = count), ModelError::HeadcountTooLarge { count, max: MAX_HEADCOUNT });
    refused(&p, OrgCommand::EditDetails { id: ItemId(999), details: edited.clone() }, ModelError::ItemNotFound(ItemId(999)));
    // At the limits: accepted.
    run(
        &mut p,
        with(&|d| {
            d.title = "字".repeat(MAX_FIELD_CHARS);
            d.planned = MAX_HEADCOUNT;
            d.filled = MAX_HEADCOUNT;
        }),
    );
    assert_eq!(details(&p, a).title.chars().count(), MAX_FIELD_CHARS);
}

#[test]
fn job_descriptions_and_duties_are_cleaned() {
    let Chart { mut p, b, .. } = chart();
    let job = JobDescription {
        scope: " leads two ".into(),
        relations: "".into(),
        responsibilities: vec![" handle complaints ".into(), "  ".into(), "track commitments".into()],
        qualifications: "patient".into(),
        other: "".into(),
    };
    run(&mut p, OrgCommand::EditJob { id: b, job });
    let got = &p.org.position(b).unwrap().job;
    assert_eq!(got.scope, "leads two");
    assert_eq!(got.responsibilities, ["handle complaints", "track commitments"]);
    run(&mut p, OrgCommand::SetDuties { id: b, duties: vec![Duty::Complaints, Duty::AfterSales, Duty::Complaints] });
    // Listed once each, in the order of `Duty::ALL`.
    assert_eq!(p.org.position(b).unwrap().duties, [Duty::Complaints, Duty::AfterSales]);
}

// ---------------------------------------------------------------------------------------------
// Moving
// ---------------------------------------------------------------------------------------------

#[test]
fn move_reparents_and_reorders_siblings() {
    let Chart { mut p, m, a, a1, a2, b, b1, b2 } = chart();
    // Re-parent A2 under B, between B1 and B2.
    run(&mut p, OrgCommand::Move { id: a2, parent: Some(b), index: 1 });
    assert_eq!(children(&p, Some(b)), ["B1", "A2", "B2"]);
    assert_eq!(children(&p, Some(a)), ["A1"]);
    // Reorder among siblings: B2 first; an index past the end goes last.
    run(&mut p, OrgCommand::Move { id: b2, parent: Some(b), index: 0 });
    assert_eq!(children(&p, Some(b)), ["B2", "B1", "A2"]);
    run(&mut p, OrgCommand::Move { id: b2, parent: Some(b), index: 99 });
    assert_eq!(children(&p, Some(b)), ["B1", "A2", "B2"]);
    // Moving B (with its subordinates) under A keeps its branch.
    run(&mut p, OrgCommand::Move { id: b, parent: Some(a), index: 0 });
    assert_eq!(children(&p, Some(a)), ["B", "A1"]);
    assert_eq!(children(&p, Some(b)), ["B1", "A2", "B2"]);
    // To the top.
    run(&mut p, OrgCommand::Move { id: b1, parent: None, index: 0 });
    assert_eq!(children(&p, None), ["B1", "M"]);
    assert_eq!(parent_of(&p, a1), Some(a));
    assert_eq!(parent_of(&p, a), Some(m));
    // Where it already is: no change.
    assert_eq!(exec(&p, OrgCommand::Move { id: b1, parent: None, index: 0 }), Ok(Outcome::Unchanged));
}

#[test]
fn move_refuses_cycles_and_leaves_the_project_unchanged() {
    let Chart { p, m, a, a1, b, .. } = chart();
    let mut session = EditSession::new(p.clone());
    for (id, onto) in [(a, a), (m, a1), (m, b), (a, a1)] {
        assert_eq!(session.execute(&Command::Org(OrgCommand::Move { id, parent: Some(onto), index: 0 }), Timestamp(1)), Err(ModelError::Cycle));
        assert_eq!(session.project(), &p);
        assert!(!session.can_undo());
    }
    refused(&p, OrgCommand::Move { id: a, parent: Some(ItemId(77)), index: 0 }, ModelError::ItemNotFound(ItemId(77)));
    refused(&p, OrgCommand::Move { id: ItemId(77), parent: Some(a), index: 0 }, ModelError::ItemNotFound(ItemId(77)));
}

// ---------------------------------------------------------------------------------------------
// Deleting
// ---------------------------------------------------------------------------------------------

#[test]
fn deleting_with_lift_children_puts_them_in_its_place_in_order() {
    let Chart { mut p, m, a, b, b1, b2, .. } = chart();
    add(&mut p, Some(m), None, "C");
    run(&mut p, OrgCommand::Delete { id: b, mode: DeleteMode::LiftChildren });
    assert_eq!(children(&p, Some(m)), ["A", "B1", "B2", "C"]);
    assert_eq!((parent_of(&p, b1), parent_of(&p, b2)), (Some(m), Some(m)));
    assert!(p.org.position(b).is_none());
    // A top's subordinates become tops, where it stood.
    let other = add(&mut p, None, None, "Other");
    run(&mut p, OrgCommand::Move { id: other, parent: None, index: 0 });
    run(&mut p, OrgCommand::Delete { id: m, mode: DeleteMode::LiftChildren });
    assert_eq!(children(&p, None), ["Other", "A", "B1", "B2", "C"]);
    assert_eq!(children(&p, Some(a)), ["A1", "A2"]);
    refused(&p, OrgCommand::Delete { id: m, mode: DeleteMode::LiftChildren }, ModelError::ItemNotFound(m));
}

#[test]
fn deleting_a_whole_branch_removes_it_and_the_dotted_lines_touching_it() {
    let Chart { mut p, m, a, a1, a2, b, b1, b2 } = chart();
    run(&mut p, OrgCommand::AddDotted { from: b1, to: a });
    run(&mut p, OrgCommand::AddDotted { from: a1, to: b });
    run(&mut p, OrgCommand::AddDotted { from: b2, to: b1 });
    run(&mut p, OrgCommand::Delete { id: a, mode: DeleteMode::WholeBranch });
    assert_eq!(titles(&p), ["M", "B", "B1", "B2"]);
    for gone in [a, a1, a2] {
        assert!(p.org.position(gone).is_none());
    }
    assert_eq!(p.org.dotted, [DottedLine { from: b2, to: b1 }]);
    assert_eq!(children(&p, Some(m)), ["B"]);
    run(&mut p, OrgCommand::Delete { id: m, mode: DeleteMode::WholeBranch });
    assert!(p.org.positions.is_empty() && p.org.dotted.is_empty());
}

#[test]
fn undo_restores_the_chart_after_a_delete() {
    let Chart { mut p, a, b1, .. } = chart();
    run(&mut p, OrgCommand::AddDotted { from: b1, to: a });
    let before = p.clone();
    let mut session = EditSession::new(p);
    assert_eq!(session.execute(&Command::Org(OrgCommand::Delete { id: a, mode: DeleteMode::WholeBranch }), Timestamp(5)), Ok(true));
    assert_eq!(session.project().org.positions.len(), 4);
    assert!(session.undo(Timestamp(6)));
    assert!(session.project().same_content(&before));
    assert!(session.redo(Timestamp(7)));
    assert_eq!(session.project().org.positions.len(), 4);
    assert!(session.project().org.dotted.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Dotted lines, span range, direction
// ---------------------------------------------------------------------------------------------

#[test]
fn dotted_lines_link_two_positions_not_already_linked() {
    let Chart { mut p, a, a1, b, .. } = chart();
    refused(&p, OrgCommand::AddDotted { from: a, to: a }, ModelError::DottedLineInvalid);
    // A1 already reports to A by a solid line.
    refused(&p, OrgCommand::AddDotted { from: a1, to: a }, ModelError::DottedLineInvalid);
    // … and the superior to its own direct report says the same thing backwards.
    refused(&p, OrgCommand::AddDotted { from: a, to: a1 }, ModelError::DottedLineInvalid);
    refused(&p, OrgCommand::AddDotted { from: a1, to: ItemId(50) }, ModelError::ItemNotFound(ItemId(50)));
    run(&mut p, OrgCommand::AddDotted { from: a1, to: b });
    // The same line again: accepted, no change (no undo step).
    assert_eq!(exec(&p, OrgCommand::AddDotted { from: a1, to: b }), Ok(Outcome::Unchanged));
    assert_eq!(p.org.dotted.len(), 1);
    // The other direction is a different line.
    run(&mut p, OrgCommand::AddDotted { from: b, to: a1 });
    assert_eq!(p.org.dotted.len(), 2);
    run(&mut p, OrgCommand::DeleteDotted { from: b, to: a1 });
    assert_eq!(p.org.dotted, [DottedLine { from: a1, to: b }]);
    assert_eq!(exec(&p, OrgCommand::DeleteDotted { from: b, to: a1 }), Ok(Outcome::Unchanged));
    // Moving A1 under B turns the dotted line into the solid one, so the dotted one goes.
    run(&mut p, OrgCommand::Move { id: a1, parent: Some(b), index: 0 });
    assert!(p.org.dotted.is_empty());
}

#[test]
fn a_delete_that_makes_a_dotted_line_solid_removes_it() {
    let Chart { mut p, m, a, a1, .. } = chart();
    run(&mut p, OrgCommand::AddDotted { from: a1, to: m });
    // Deleting A lifts A1 to report to M directly: the dotted line would repeat the solid one.
    run(&mut p, OrgCommand::Delete { id: a, mode: DeleteMode::LiftChildren });
    assert_eq!(parent_of(&p, a1), Some(m));
    assert!(p.org.dotted.is_empty());
    assert_eq!(p.clone().repair(), 0);
}

#[test]
fn moving_under_a_collapsed_position_expands_it() {
    let Chart { mut p, a, b, a1, .. } = chart();
    run(&mut p, OrgCommand::SetCollapsed { id: b, collapsed: true });
    run(&mut p, OrgCommand::Move { id: a1, parent: Some(b), index: 0 });
    assert!(!p.org.position(b).is_some_and(|q| q.collapsed));
    assert!(p.org.position(a).is_some());
}

#[test]
fn the_span_range_is_validated() {
    let mut p = new_project();
    assert_eq!(p.org.span, DEFAULT_SPAN);
    for bad in [SpanRange { min: 0, max: 5 }, SpanRange { min: 6, max: 5 }, SpanRange { min: 1, max: MAX_SPAN + 1 }] {
        refused(&p, OrgCommand::SetSpanRange { range: bad }, ModelError::SpanRangeInvalid { max: MAX_SPAN });
    }
    run(&mut p, OrgCommand::SetSpanRange { range: SpanRange { min: 1, max: MAX_SPAN } });
    run(&mut p, OrgCommand::SetSpanRange { range: SpanRange { min: 4, max: 4 } });
    assert_eq!(p.org.span, SpanRange { min: 4, max: 4 });
    assert_eq!(exec(&p, OrgCommand::SetSpanRange { range: SpanRange { min: 4, max: 4 } }), Ok(Outcome::Unchanged));
    run(&mut p, OrgCommand::SetDirection { direction: Direction::LeftRight });
    assert_eq!(p.org.direction, Direction::LeftRight);
}

// ---------------------------------------------------------------------------------------------
// Insert
// ---------------------------------------------------------------------------------------------

#[test]
fn insert_adds_beside_or_replaces_with_ids_from_the_project_counter() {
    let mut p = new_project();
    // Another canvas has used ids 1 and 2 already.
    for text in ["strength", "weakness"] {
        let next = apply(&p, &Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: text.into(), source: None }));
        let Ok(Outcome::Changed(next)) = next else { panic!("{next:?}") };
        p = next;
    }
    let own = add(&mut p, None, None, "Own chart");
    assert_eq!(own, ItemId(3));
    let draft = template_draft(Template::SampleDepartment, false);
    let n = draft.positions.len() as u64;
    run(&mut p, OrgCommand::Insert { draft: draft.clone(), replace: false });
    assert_eq!(children(&p, None), ["Own chart", "Customer Service Manager"]);
    let ids: Vec<u64> = p.org.positions.iter().map(|q| q.id.0).collect();
    assert_eq!(ids, (3..4 + n).collect::<Vec<_>>());
    assert_eq!(p.next_item_id, 4 + n);
    // Parents follow the draft.
    for (i, entry) in draft.positions.iter().enumerate() {
        let inserted = &p.org.positions[1 + i];
        assert_eq!(inserted.parent, entry.parent.map(|at| ItemId(4 + at as u64)));
        assert_eq!(inserted.details, entry.details);
    }
    let before_replace = p.next_item_id;
    let dotted_from = p.org.positions[5].id;
    run(&mut p, OrgCommand::AddDotted { from: dotted_from, to: own });
    // Replacing drops the old chart and its dotted lines; ids are never reused.
    run(&mut p, OrgCommand::Insert { draft: template_draft(Template::SampleDepartment, true), replace: true });
    assert_eq!(p.org.positions.len() as u64, n);
    assert!(p.org.dotted.is_empty());
    assert_eq!(p.org.positions[0].id, ItemId(before_replace));
    assert_eq!(p.org.positions[0].details.title, "客户服务部经理");
    assert_eq!(p.swot.items.len(), 2);
}

#[test]
fn insert_refuses_a_draft_that_is_not_a_tree_or_breaks_a_rule() {
    let p = chart().p;
    let mut loops = ChartDraft::default();
    loops.push(None, PositionDetails::titled("a"));
    loops.push(Some(1), PositionDetails::titled("b"));
    refused(&p, OrgCommand::Insert { draft: loops, replace: true }, ModelError::InvalidDraft);
    let mut bad_text = ChartDraft::default();
    let top = bad_text.push(None, PositionDetails::titled("fine"));
    bad_text.push(Some(top), PositionDetails::titled(""));
    refused(&p, OrgCommand::Insert { draft: bad_text, replace: true }, ModelError::EmptyText);
    let mut big = ChartDraft::default();
    big.push(None, PositionDetails { planned: MAX_HEADCOUNT + 1, ..PositionDetails::titled("big") });
    refused(&p, OrgCommand::Insert { draft: big, replace: false }, ModelError::HeadcountTooLarge { count: MAX_HEADCOUNT + 1, max: MAX_HEADCOUNT });
    // An empty draft beside the chart changes nothing.
    assert_eq!(exec(&p, OrgCommand::Insert { draft: ChartDraft::default(), replace: false }), Ok(Outcome::Unchanged));
}

// ---------------------------------------------------------------------------------------------
// Repair
// ---------------------------------------------------------------------------------------------

fn pos(id: u64, parent: Option<u64>, title: &str) -> Position {
    Position {
        id: ItemId(id),
        parent: parent.map(ItemId),
        details: PositionDetails::titled(title),
        job: JobDescription::default(),
        duties: vec![],
        collapsed: false,
    }
}

fn repaired(canvas: OrgCanvas, next: u64) -> (OrgCanvas, u64, usize) {
    let mut canvas = canvas;
    let mut next = next;
    let repairs = repair_org(&mut canvas, &BTreeSet::new(), &mut next);
    (canvas, next, repairs)
}

/// Every parent exists and no walk up the chart loops: every position is reached from a top
/// (a position on a loop of parent links never is). Linear, for the 10,000-deep chain.
fn assert_tree(canvas: &OrgCanvas) {
    let ids: HashSet<ItemId> = canvas.positions.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), canvas.positions.len(), "duplicate ids");
    for position in &canvas.positions {
        assert!(position.parent.is_none_or(|parent| ids.contains(&parent)), "{position:?} has a missing parent");
    }
    let tree = Tree::new(canvas);
    let reached: usize = tree.roots().iter().map(|&top| tree.subtree(top).len()).sum();
    assert_eq!(reached, canvas.positions.len(), "some positions are on a loop");
}

#[test]
fn a_healthy_chart_needs_no_repair() {
    let mut p = sample_project(new_project(), true);
    assert_eq!(p.repair(), 0);
    let (_, _, repairs) = repaired((*chart().p.org).clone(), 8);
    assert_eq!(repairs, 0);
}

#[test]
fn repair_renumbers_duplicate_ids_and_raises_the_counter() {
    let canvas =
        OrgCanvas { positions: vec![pos(1, None, "a"), pos(2, Some(1), "b"), pos(2, Some(1), "c"), pos(1, None, "d")], ..OrgCanvas::default() };
    let (canvas, next, repairs) = repaired(canvas, 1);
    assert_tree(&canvas);
    assert!(repairs >= 3);
    let ids: Vec<u64> = canvas.positions.iter().map(|p| p.id.0).collect();
    assert_eq!(ids, [1, 2, 3, 4]);
    assert_eq!(next, 5);
    assert_eq!(canvas.positions[3].details.title, "d");

    // Ids clashing with other canvases are renumbered too.
    let mut p = new_project();
    let added = apply(&p, &Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Threats, text: "t".into(), source: None }));
    let Ok(Outcome::Changed(next_p)) = added else { panic!() };
    p = next_p;
    p.org = Rc::new(OrgCanvas { positions: vec![pos(1, None, "clash")], ..OrgCanvas::default() });
    assert!(p.repair() > 0);
    assert_ne!(p.org.positions[0].id, p.swot.items[0].id);
    assert!(p.org.positions[0].id.0 < p.next_item_id);
}

#[test]
fn repair_makes_orphans_tops_and_breaks_loops() {
    let canvas = OrgCanvas {
        positions: vec![
            pos(1, Some(9), "orphan"),
            pos(2, Some(2), "own parent"),
            // A 3-cycle: 3 → 4 → 5 → 3, with 6 hanging below it.
            pos(3, Some(5), "x"),
            pos(4, Some(3), "y"),
            pos(5, Some(4), "z"),
            pos(6, Some(4), "below the loop"),
        ],
        ..OrgCanvas::default()
    };
    let (canvas, _, repairs) = repaired(canvas, 7);
    assert_tree(&canvas);
    assert!(repairs >= 3);
    assert_eq!(canvas.positions[0].parent, None);
    assert_eq!(canvas.positions[1].parent, None);
    // Exactly one link of the loop is cut; the rest of the branch stays.
    let tops = canvas.positions[2..5].iter().filter(|p| p.parent.is_none()).count();
    assert_eq!(tops, 1);
    assert_eq!(canvas.positions[5].parent, Some(ItemId(4)));
    assert_eq!(repaired(canvas, 7).2, 0);
}

#[test]
fn repair_drops_stale_dotted_lines_and_resets_a_bad_span() {
    let line = |from: u64, to: u64| DottedLine { from: ItemId(from), to: ItemId(to) };
    let canvas = OrgCanvas {
        positions: vec![pos(1, None, "a"), pos(2, Some(1), "b"), pos(3, Some(1), "c")],
        dotted: vec![line(2, 3), line(2, 3), line(2, 2), line(2, 40), line(40, 3), line(3, 2)],
        span: SpanRange { min: 9, max: 3 },
        direction: Direction::LeftRight,
        design: Default::default(),
    };
    let (canvas, _, repairs) = repaired(canvas, 4);
    assert_eq!(canvas.dotted, [line(2, 3), line(3, 2)]);
    assert_eq!(canvas.span, DEFAULT_SPAN);
    assert_eq!(repairs, 5);
    let (canvas, _, _) = repaired(OrgCanvas { span: SpanRange { min: 0, max: 0 }, ..canvas }, 4);
    assert_eq!(canvas.span, DEFAULT_SPAN);
    let (canvas, _, _) = repaired(OrgCanvas { span: SpanRange { min: 1, max: MAX_SPAN + 1 }, ..canvas }, 4);
    assert_eq!(canvas.span, DEFAULT_SPAN);
}

/// A 10,000-deep chain, damaged (its top points at its bottom, closing a 10,000-long loop, and
/// the bottom's id is a duplicate): repair, the tree walks, deleting and moving within it and
/// the file round trip all run on a 256 KiB stack.
#[test]
fn a_ten_thousand_deep_chain_is_repaired_and_edited_on_a_small_stack() {
    const DEPTH: u64 = 10_000;
    let worker = std::thread::Builder::new().stack_size(256 * 1024).spawn(|| {
        let mut positions: Vec<Position> = (1..=DEPTH).map(|i| pos(i, Some(i - 1), &format!("level {i}"))).collect();
        positions[0].parent = Some(ItemId(DEPTH));
        positions.push(pos(DEPTH, Some(DEPTH - 1), "duplicate"));
        let mut p = new_project();
        p.org = Rc::new(OrgCanvas { positions, ..OrgCanvas::default() });
        p.next_item_id = 1;
        assert!(p.repair() >= 3);
        assert_tree(&p.org);
        assert_eq!(p.repair(), 0);
        let tree = Tree::new(&p.org);
        let top = tree.roots().to_vec();
        assert_eq!(top.len(), 1, "one link of the loop is cut");
        // The renumbered duplicate hangs beside the bottom of the chain.
        assert_eq!(tree.subtree(top[0]).len() as u64, DEPTH + 1, "the chain hangs below its new top");
        drop(tree);
        // Deleting in the middle, moving the top under the bottom (a cycle), deleting a branch.
        let mid = ItemId(DEPTH / 2);
        run(&mut p, OrgCommand::Delete { id: mid, mode: DeleteMode::LiftChildren });
        assert_tree(&p.org);
        let top_id = p.org.positions[Tree::new(&p.org).roots()[0]].id;
        let bottom = ItemId(DEPTH - 1);
        assert_eq!(exec(&p, OrgCommand::Move { id: top_id, parent: Some(bottom), index: 0 }), Err(ModelError::Cycle));
        let text = encode_project(&p, Timestamp(1));
        let (back, _) = decode_project(&text).expect("the deep chart reopens");
        assert_eq!(back, p);
        run(&mut p, OrgCommand::Delete { id: ItemId(3), mode: DeleteMode::WholeBranch });
        assert!(p.org.positions.len() < 10);
    });
    worker.expect("thread starts").join().expect("no stack overflow or panic");
}

// ---------------------------------------------------------------------------------------------
// Files, templates, sample
// ---------------------------------------------------------------------------------------------

#[test]
fn a_filled_chart_survives_the_project_file_round_trip() {
    let mut p = with_sample_org(new_project(), false);
    let top = p.org.positions[0].id;
    let second = p.org.positions[2].id;
    run(&mut p, OrgCommand::SetCollapsed { id: second, collapsed: true });
    run(&mut p, OrgCommand::SetDirection { direction: Direction::LeftRight });
    run(&mut p, OrgCommand::SetSpanRange { range: SpanRange { min: 3, max: 6 } });
    let job = JobDescription { other: "<script>alert(\"x\")</script> 😀 \u{202e}".into(), ..p.org.position(top).unwrap().job.clone() };
    run(&mut p, OrgCommand::EditJob { id: top, job });
    let text = encode_project(&p, Timestamp(42));
    let (back, header) = decode_project(&text).expect("the file reopens");
    assert_eq!(header.saved_at, Timestamp(42));
    assert_eq!(back, p);
    assert_eq!(*back.org, *p.org);
    // Defaults stay out of the file: a vacant post writes no holder, a top-level file no parent.
    assert!(!text.contains("\"holder\":\"\""));
    assert!(!text.contains("\"parent\":null"));
}

#[test]
fn every_template_is_a_well_formed_tree_with_unique_titles() {
    for template in Template::ALL {
        for chinese in [true, false] {
            let draft = template_draft(template, chinese);
            assert!(draft.is_well_formed(), "{template:?}");
            assert!(!draft.positions.is_empty(), "{template:?}");
            let titles: HashSet<&str> = draft.positions.iter().map(|p| p.details.title.as_str()).collect();
            assert_eq!(titles.len(), draft.positions.len(), "{template:?} repeats a title");
            // Inserted, a template passes the design checks except for its empty posts.
            let mut p = new_project();
            run(&mut p, OrgCommand::Insert { draft, replace: false });
            assert_eq!(p.repair(), 0);
            let problems: Vec<Finding> = findings(&p.org).into_iter().filter(|f| !matches!(f, Finding::Vacant { .. })).collect();
            assert!(problems.is_empty(), "{template:?} ({chinese}): {problems:?}");
        }
    }
}

#[test]
fn the_sample_department_assigns_all_eight_duties() {
    let p = with_sample_org(new_project(), true);
    let assigned: HashSet<Duty> = p.org.positions.iter().flat_map(|q| q.duties.iter().copied()).collect();
    assert_eq!(assigned.len(), Duty::ALL.len());
    let found = findings(&p.org);
    assert!(!found.iter().any(|f| matches!(f, Finding::DutyUnassigned { .. })), "{found:?}");
    // What the sample is meant to show: one vacancy and two posts short of their headcount.
    assert_eq!(found.iter().filter(|f| matches!(f, Finding::Vacant { .. })).count(), 1, "{found:?}");
    assert_eq!(found.iter().filter(|f| matches!(f, Finding::HeadcountGap { .. })).count(), 2, "{found:?}");
    assert_eq!(found.len(), 3, "{found:?}");
    // The whole sample project carries the chart.
    let whole = sample_project(new_project(), false);
    assert_eq!(whole.org.positions.len(), 11);
    assert_eq!(whole.org.positions[0].details.holder, "Wang Min");
}

// ---------------------------------------------------------------------------------------------
// The design self-check: principles and procedure
// ---------------------------------------------------------------------------------------------

#[test]
fn a_guided_principle_records_its_assessment_and_note_and_undo_takes_it_back() {
    let mut session = EditSession::new(new_project());
    let set =
        |assessment, note: &str| Command::Org(OrgCommand::SetPrinciple { principle: GuidedPrinciple::Flexibility, assessment, note: note.into() });
    session.execute(&set(Some(Assessment::Partly), "  Peaks need temporary staff  "), Timestamp(1)).unwrap();
    let answer = session.project().org.design.answer(GuidedPrinciple::Flexibility).cloned().unwrap();
    assert_eq!((answer.assessment, answer.note.as_str()), (Some(Assessment::Partly), "Peaks need temporary staff"));
    assert_eq!(session.project().org.design.answer(GuidedPrinciple::Cooperation), None);
    // Clearing both forgets the answer: nothing empty is kept.
    session.execute(&set(None, " "), Timestamp(2)).unwrap();
    assert!(session.project().org.design.is_empty());
    session.undo(Timestamp(3));
    assert_eq!(session.project().org.design.answer(GuidedPrinciple::Flexibility).map(|a| a.assessment), Some(Some(Assessment::Partly)));
    let p = session.project().clone();
    refused(
        &p,
        OrgCommand::SetPrinciple { principle: GuidedPrinciple::Efficiency, assessment: None, note: "x".repeat(10_001) },
        ModelError::TextTooLong { chars: 10_001, max: 10_000 },
    );
}

#[test]
fn procedure_steps_are_ticked_and_survive_a_template_and_a_file_round_trip() {
    let mut p = new_project();
    run(&mut p, OrgCommand::SetStepDone { step: DesignStep::FunctionAnalysis, done: true });
    run(&mut p, OrgCommand::SetStepDone { step: DesignStep::Staffing, done: true });
    assert_eq!(exec(&p, OrgCommand::SetStepDone { step: DesignStep::Staffing, done: true }), Ok(Outcome::Unchanged));
    run(&mut p, OrgCommand::SetStepDone { step: DesignStep::Staffing, done: false });
    run(&mut p, OrgCommand::SetPrinciple { principle: GuidedPrinciple::Cooperation, assessment: Some(Assessment::Met), note: String::new() });
    run(&mut p, OrgCommand::Insert { draft: template_draft(Template::SampleDepartment, false), replace: true });
    assert_eq!(p.org.design.done.iter().copied().collect::<Vec<_>>(), [DesignStep::FunctionAnalysis]);
    let (back, header) = decode_project(&encode_project(&p, Timestamp(5))).unwrap();
    assert_eq!(back.org.design, p.org.design);
    assert_eq!(header.repaired.total(), 0);
}

#[test]
fn a_file_with_an_empty_principle_answer_is_repaired() {
    let text = r#"{"format":"planning-workbench","schema_version":3,"saved_at":0,"project":{"id":"p1","name":"P","created":0,"updated":0,"next_item_id":1,
        "org":{"design":{"answers":{"efficiency":{},"flexibility":{"assessment":"not_met"}},"done":["feedback","feedback"]}}}}"#;
    let (p, header) = decode_project(text).unwrap();
    assert_eq!(header.repaired.org, 1);
    assert_eq!(p.org.design.answers.len(), 1);
    assert_eq!(p.org.design.done.len(), 1);
}

#[test]
fn the_computed_principles_follow_the_design_checks() {
    let Chart { mut p, a, .. } = chart();
    let status = |p: &Project, principle| computed_status(principle, &p.org, &findings(&p.org));
    assert_eq!(status(&new_project(), Principle::SpanOfControl), Some(ComputedStatus::NothingToJudge));
    assert_eq!(status(&p, Principle::Guided(GuidedPrinciple::Efficiency)), None);
    // M has 2 reports and each supervisor 2: within 2–8.
    assert_eq!(status(&p, Principle::SpanOfControl), Some(ComputedStatus::Holds));
    run(&mut p, OrgCommand::SetSpanRange { range: SpanRange { min: 3, max: 8 } });
    assert_eq!(status(&p, Principle::SpanOfControl), Some(ComputedStatus::Breaks(3)));
    // Nobody has responsibilities yet: each of the seven posts breaks authority = responsibility.
    assert_eq!(status(&p, Principle::AuthorityMatchesResponsibility), Some(ComputedStatus::Breaks(7)));
    let job = JobDescription { responsibilities: vec!["Handle complaints".into()], ..JobDescription::default() };
    run(&mut p, OrgCommand::EditJob { id: a, job });
    assert_eq!(status(&p, Principle::AuthorityMatchesResponsibility), Some(ComputedStatus::Breaks(6)));
}

#[test]
fn each_procedure_step_reports_what_the_chart_has_produced() {
    let Chart { mut p, a, b1, .. } = chart();
    run(&mut p, OrgCommand::SetDuties { id: a, duties: vec![Duty::Complaints, Duty::AfterSales] });
    run(&mut p, OrgCommand::AddDotted { from: b1, to: a });
    let job = JobDescription { relations: "Works with sales".into(), ..JobDescription::default() };
    run(&mut p, OrgCommand::EditJob { id: a, job });
    let found = findings(&p.org);
    let progress = |step| step_progress(step, &p.org, &found, totals(&p.org));
    assert_eq!(progress(DesignStep::FunctionAnalysis), StepProgress::DutiesCarried { carried: 2, of: 8 });
    assert_eq!(progress(DesignStep::BasicStructure), StepProgress::Positions(7));
    assert_eq!(progress(DesignStep::LinksAndRules), StepProgress::Links { dotted: 1, relations: 1, positions: 7 });
    assert_eq!(progress(DesignStep::Staffing), StepProgress::Staffing(totals(&p.org)));
    assert_eq!(progress(DesignStep::Feedback), StepProgress::Findings(found.len()));
}
