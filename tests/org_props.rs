//! Property tests of the org chart: random sequences of every `OrgCommand` (ids drawn from live
//! positions, a position's own branch for cycle attempts, and bogus ids — 0, far past the
//! counter, the next id to be issued, another canvas's item; texts empty, blank, at and past
//! the length limit, hostile; headcounts at and past the cap; spans in and out of range;
//! templates inserted beside or instead of the chart; design-principle answers and procedure
//! ticks) mixed with undo and redo, run through
//! `EditSession`. After every step: nothing panicked; a refused or no-op command changed
//! nothing; moving a position into its own branch is refused as a cycle; every parent exists
//! and no walk up the chart loops; ids are unique across all canvases and come from the
//! project counter; dotted lines join two different existing positions, once each; texts and
//! headcounts are within their limits; no empty or untrimmed design answer is kept; and
//! `Project::repair` finds nothing to fix. Undo, redo
//! and save→load are checked by the shared shadow (`tests/common/shadow.rs`).
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::org::design::{Assessment, DesignStep, GuidedPrinciple};
use planning_workbench::model::org::templates::{template_draft, Template};
use planning_workbench::model::org::{
    DeleteMode, Direction, Duty, JobDescription, OrgCommand, PositionDetails, SpanRange, Tree, MAX_FIELD_CHARS, MAX_HEADCOUNT, MAX_RESPONSIBILITIES,
    MAX_SPAN,
};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::{Command, EditSession, ItemId, ModelError, Project, ProjectId, Timestamp};
use proptest::prelude::*;

mod common;
use common::shadow::Shadow;
use std::collections::{BTreeSet, HashMap, HashSet};

/// An id, resolved against the project when the step runs.
#[derive(Clone, Debug)]
enum Pick {
    /// The n-th position (wrapping), or a bogus id if there is none.
    Live(usize),
    /// An id that names no position: 0, far beyond the counter, the next id to be issued, or
    /// a SWOT item's id.
    Bogus(u8),
}

#[derive(Clone, Debug)]
struct Details {
    title: String,
    holder: String,
    planned: u32,
    filled: u32,
    level: String,
    department: String,
}

#[derive(Clone, Debug)]
enum Op {
    Add(Option<Pick>, Option<usize>, String),
    EditDetails(Pick, Details),
    EditJob(Pick, Vec<String>, String),
    SetDuties(Pick, Vec<Duty>),
    Move(Pick, Option<Pick>, usize),
    /// Move a position under itself or one of its subordinates (the n-th of its branch).
    MoveIntoOwnBranch(Pick, usize, usize),
    Delete(Pick, DeleteMode),
    SetCollapsed(Pick, bool),
    AddDotted(Pick, Pick),
    /// Delete the n-th dotted line, or one between two picks.
    DeleteDotted(usize, Pick, Pick),
    SetSpan(u8, u8),
    SetDirection(Direction),
    Insert(usize, bool, bool),
    SetPrinciple(GuidedPrinciple, Option<Assessment>, String),
    SetStepDone(DesignStep, bool),
    Undo,
    Redo,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z 客服]{1,12}",
        1 => Just(String::new()),
        1 => Just(" \n\t ".to_owned()),
        1 => Just("<script>alert(1)</script>".to_owned()),
        1 => Just("\u{202e}\u{200d}😀 主管\u{1}".to_owned()),
        1 => Just("字".repeat(MAX_FIELD_CHARS)),
        1 => Just("y".repeat(MAX_FIELD_CHARS + 1)),
        1 => "\\PC{0,20}",
    ]
}

/// Optional fields: mostly empty or short.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![3 => Just(String::new()), 3 => "[a-z ]{0,10}", 1 => text()]
}

fn headcount() -> impl Strategy<Value = u32> {
    prop_oneof![6 => 0..=4u32, 1 => Just(MAX_HEADCOUNT), 1 => Just(MAX_HEADCOUNT + 1), 1 => any::<u32>()]
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![8 => (0..40usize).prop_map(Pick::Live), 1 => (0..4u8).prop_map(Pick::Bogus)]
}

fn duty() -> impl Strategy<Value = Duty> {
    prop::sample::select(Duty::ALL.to_vec())
}

fn delete_mode() -> impl Strategy<Value = DeleteMode> {
    prop::sample::select(vec![DeleteMode::LiftChildren, DeleteMode::WholeBranch])
}

fn details() -> impl Strategy<Value = Details> {
    (text(), field(), headcount(), headcount(), field(), field()).prop_map(|(title, holder, planned, filled, level, department)| Details {
        title,
        holder,
        planned,
        filled,
        level,
        department,
    })
}

fn responsibilities() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        6 => prop::collection::vec(field(), 0..4),
        1 => Just(vec!["r".to_owned(); MAX_RESPONSIBILITIES + 1]),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (prop::option::of(pick()), prop::option::of(0..6usize), text()).prop_map(|(p, i, t)| Op::Add(p, i, t)),
        3 => (pick(), details()).prop_map(|(p, d)| Op::EditDetails(p, d)),
        2 => (pick(), responsibilities(), field()).prop_map(|(p, r, s)| Op::EditJob(p, r, s)),
        2 => (pick(), prop::collection::vec(duty(), 0..6)).prop_map(|(p, d)| Op::SetDuties(p, d)),
        4 => (pick(), prop::option::of(pick()), 0..8usize).prop_map(|(p, q, i)| Op::Move(p, q, i)),
        2 => (pick(), 0..20usize, 0..4usize).prop_map(|(p, k, i)| Op::MoveIntoOwnBranch(p, k, i)),
        3 => (pick(), delete_mode()).prop_map(|(p, m)| Op::Delete(p, m)),
        2 => (pick(), any::<bool>()).prop_map(|(p, c)| Op::SetCollapsed(p, c)),
        3 => (pick(), pick()).prop_map(|(a, b)| Op::AddDotted(a, b)),
        1 => (0..4usize, pick(), pick()).prop_map(|(n, a, b)| Op::DeleteDotted(n, a, b)),
        1 => (0..=(MAX_SPAN + 2), 0..=(MAX_SPAN + 2)).prop_map(|(a, b)| Op::SetSpan(a, b)),
        1 => prop::sample::select(vec![Direction::TopDown, Direction::LeftRight]).prop_map(Op::SetDirection),
        1 => (0..Template::ALL.len(), any::<bool>(), prop::bool::weighted(0.2)).prop_map(|(t, zh, r)| Op::Insert(t, zh, r)),
        1 => (
            prop::sample::select(vec![GuidedPrinciple::Centralisation, GuidedPrinciple::Cooperation, GuidedPrinciple::Efficiency, GuidedPrinciple::Flexibility]),
            prop::option::of(prop::sample::select(Assessment::ALL.to_vec())),
            prop_oneof![2 => field(), 1 => Just("n".repeat(10_001))],
        )
            .prop_map(|(p, a, n)| Op::SetPrinciple(p, a, n)),
        1 => (prop::sample::select(DesignStep::ALL.to_vec()), any::<bool>()).prop_map(|(s, d)| Op::SetStepDone(s, d)),
        2 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ]
}

fn resolve(p: &Project, pick: &Pick) -> ItemId {
    let positions = &p.org.positions;
    match pick {
        Pick::Live(n) if !positions.is_empty() => positions[n % positions.len()].id,
        Pick::Live(_) | Pick::Bogus(0) => ItemId(0),
        Pick::Bogus(1) => ItemId(u64::MAX),
        Pick::Bogus(2) => ItemId(p.next_item_id),
        Pick::Bogus(_) => p.swot.items.first().map_or(ItemId(0), |item| item.id),
    }
}

/// The n-th position of `id`'s branch (itself first), if `id` exists.
fn in_branch(p: &Project, id: ItemId, n: usize) -> Option<ItemId> {
    let tree = Tree::new(&p.org);
    let branch = tree.subtree(tree.at(id)?);
    Some(p.org.positions[branch[n % branch.len()]].id)
}

fn command(p: &Project, op: &Op) -> Option<OrgCommand> {
    let id = |pick: &Pick| resolve(p, pick);
    Some(match op {
        Op::Add(parent, index, title) => OrgCommand::AddPosition { parent: parent.as_ref().map(id), index: *index, title: title.clone() },
        Op::EditDetails(pk, d) => OrgCommand::EditDetails {
            id: id(pk),
            details: PositionDetails {
                title: d.title.clone(),
                holder: d.holder.clone(),
                planned: d.planned,
                filled: d.filled,
                level: d.level.clone(),
                code: String::new(),
                department: d.department.clone(),
            },
        },
        Op::EditJob(pk, responsibilities, scope) => OrgCommand::EditJob {
            id: id(pk),
            job: JobDescription { scope: scope.clone(), responsibilities: responsibilities.clone(), ..JobDescription::default() },
        },
        Op::SetDuties(pk, duties) => OrgCommand::SetDuties { id: id(pk), duties: duties.clone() },
        Op::Move(pk, parent, index) => OrgCommand::Move { id: id(pk), parent: parent.as_ref().map(id), index: *index },
        Op::MoveIntoOwnBranch(pk, n, index) => {
            let moving = id(pk);
            let parent = in_branch(p, moving, *n).unwrap_or(moving);
            OrgCommand::Move { id: moving, parent: Some(parent), index: *index }
        }
        Op::Delete(pk, mode) => OrgCommand::Delete { id: id(pk), mode: *mode },
        Op::SetCollapsed(pk, collapsed) => OrgCommand::SetCollapsed { id: id(pk), collapsed: *collapsed },
        Op::AddDotted(a, b) => OrgCommand::AddDotted { from: id(a), to: id(b) },
        Op::DeleteDotted(n, a, b) => match p.org.dotted.get(*n) {
            Some(line) => OrgCommand::DeleteDotted { from: line.from, to: line.to },
            None => OrgCommand::DeleteDotted { from: id(a), to: id(b) },
        },
        Op::SetSpan(min, max) => OrgCommand::SetSpanRange { range: SpanRange { min: *min, max: *max } },
        Op::SetDirection(direction) => OrgCommand::SetDirection { direction: *direction },
        Op::SetPrinciple(principle, assessment, note) => {
            OrgCommand::SetPrinciple { principle: *principle, assessment: *assessment, note: note.clone() }
        }
        Op::SetStepDone(step, done) => OrgCommand::SetStepDone { step: *step, done: *done },
        Op::Insert(template, chinese, replace) => OrgCommand::Insert { draft: template_draft(Template::ALL[*template], *chinese), replace: *replace },
        Op::Undo | Op::Redo => return None,
    })
}

/// The invariants every reachable document keeps.
fn check(p: &Project) -> Result<(), TestCaseError> {
    let org = &p.org;
    let mut ids = BTreeSet::new();
    let all = p.swot.items.iter().map(|i| i.id).chain(p.swot.strategies.iter().map(|s| s.id));
    let all = all.chain(p.five_forces.factors.iter().map(|f| f.id)).chain(p.five_forces.competitors.iter().map(|c| c.id));
    for id in all.chain(org.positions.iter().map(|q| q.id)) {
        prop_assert!(ids.insert(id), "id {:?} used twice across canvases", id);
        prop_assert!(id.0 >= 1 && id.0 < p.next_item_id, "id {:?} not from the counter", id);
    }
    let parents: HashMap<ItemId, Option<ItemId>> = org.positions.iter().map(|q| (q.id, q.parent)).collect();
    for position in &org.positions {
        // Walk up: every parent exists and the top is reached within as many steps as there
        // are positions (a loop never reaches it).
        let mut current = position.parent;
        let mut steps = 0;
        while let Some(parent) = current {
            prop_assert!(parents.contains_key(&parent), "{:?} has a missing superior {:?}", position.id, parent);
            prop_assert!(parent != position.id && steps <= org.positions.len(), "{:?} is on a loop", position.id);
            current = parents[&parent];
            steps += 1;
        }
        let d = &position.details;
        prop_assert!(!d.title.trim().is_empty() && d.title.trim() == d.title);
        for text in [&d.title, &d.holder, &d.level, &d.code, &d.department] {
            prop_assert!(text.chars().count() <= MAX_FIELD_CHARS && !text.chars().any(char::is_control));
        }
        prop_assert!(d.planned <= MAX_HEADCOUNT && d.filled <= MAX_HEADCOUNT);
        prop_assert!(position.job.responsibilities.len() <= MAX_RESPONSIBILITIES);
        prop_assert!(position.job.responsibilities.iter().all(|r| !r.trim().is_empty()));
        prop_assert!(position.duties.windows(2).all(|w| w[0] < w[1]), "duties not listed once each: {:?}", position.duties);
    }
    let mut lines = HashSet::new();
    for line in &org.dotted {
        let solid = parents.get(&line.from) == Some(&Some(line.to)) || parents.get(&line.to) == Some(&Some(line.from));
        prop_assert!(!solid, "dotted line beside a solid one: {:?}", line);
        prop_assert!(line.from != line.to, "dotted line to itself: {:?}", line);
        prop_assert!(parents.contains_key(&line.from) && parents.contains_key(&line.to), "dotted line to nothing: {:?}", line);
        prop_assert!(lines.insert(*line), "dotted line twice: {:?}", line);
    }
    let span = org.span;
    prop_assert!(span.min >= 1 && span.min <= span.max && span.max <= MAX_SPAN);
    for answer in p.org.design.answers.values() {
        prop_assert!(!answer.is_empty() && answer.note.trim() == answer.note && answer.note.chars().count() <= 10_000, "design answer {:?}", answer);
    }
    prop_assert_eq!(p.clone().repair(), 0, "repair changed a document reached through apply");
    Ok(())
}

/// What a successful command must have done, beyond the invariants.
fn check_effect(before: &Project, after: &Project, cmd: &OrgCommand) -> Result<(), TestCaseError> {
    match cmd {
        OrgCommand::Move { id, parent, index } => {
            let moved = after.org.position(*id).expect("moved position exists");
            prop_assert_eq!(moved.parent, *parent);
            let siblings: Vec<ItemId> = after.org.positions.iter().filter(|q| q.parent == *parent).map(|q| q.id).collect();
            let at = siblings.iter().position(|s| s == id).expect("among its siblings");
            prop_assert_eq!(at, (*index).min(siblings.len() - 1));
        }
        OrgCommand::Delete { id, mode } => {
            let tree = Tree::new(&before.org);
            let target = tree.at(*id).expect("deleted position existed");
            let gone: Vec<ItemId> = match mode {
                DeleteMode::LiftChildren => vec![*id],
                DeleteMode::WholeBranch => tree.subtree(target).into_iter().map(|i| before.org.positions[i].id).collect(),
            };
            for gone in &gone {
                prop_assert!(after.org.position(*gone).is_none());
            }
            prop_assert_eq!(after.org.positions.len(), before.org.positions.len() - gone.len());
            if *mode == DeleteMode::LiftChildren {
                let parent = before.org.positions[target].parent;
                for &child in tree.children(target) {
                    prop_assert_eq!(after.org.position(before.org.positions[child].id).map(|q| q.parent), Some(parent));
                }
            }
        }
        OrgCommand::Insert { draft, replace } => {
            let kept = if *replace { 0 } else { before.org.positions.len() };
            prop_assert_eq!(after.org.positions.len(), kept + draft.positions.len());
            prop_assert_eq!(after.next_item_id, before.next_item_id.max(1) + draft.positions.len() as u64);
        }
        _ => {}
    }
    Ok(())
}

fn run(start_with_sample: bool, ops: &[Op], undo_back: usize) -> Result<(), TestCaseError> {
    let base = Project::new(ProjectId::parse("p-org-props").unwrap(), "Plan".into(), Timestamp(0));
    let original = if start_with_sample { sample_project(base, false) } else { base };
    check(&original)?;
    let (mut shadow, original) = Shadow::new(original)?;
    let mut session = EditSession::new(original.clone());
    let mut steps = 0usize;
    for (n, op) in ops.iter().enumerate() {
        let now = Timestamp(1 + n as i64);
        let before = session.project().clone();
        match command(&before, op) {
            Some(cmd) => {
                let result = session.execute(&Command::Org(cmd.clone()), now);
                if let (Op::MoveIntoOwnBranch(..), OrgCommand::Move { id, .. }) = (op, &cmd) {
                    if before.org.position(*id).is_some() {
                        prop_assert_eq!(&result, &Err(ModelError::Cycle), "a move into its own branch was not refused");
                    }
                }
                match result {
                    Ok(true) => {
                        steps += 1;
                        shadow.executed(before.clone());
                        check_effect(&before, session.project(), &cmd)?;
                    }
                    Ok(false) => prop_assert_eq!(session.project(), &before, "{:?} was no change but changed", cmd),
                    Err(_) => prop_assert_eq!(session.project(), &before, "refused {:?} changed the project", cmd),
                }
            }
            None => shadow.undo_or_redo(&mut session, !matches!(op, Op::Undo), now, &mut steps)?,
        }
        shadow.autosave(session.project(), now)?;
        check(session.project())?;
    }
    shadow.unwind(&mut session, undo_back, steps, &original)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_org_edits_keep_the_chart_a_valid_tree(sample in any::<bool>(), ops in prop::collection::vec(op(), 1..80), undo_back in 0..80usize) {
        run(sample, &ops, undo_back)?;
    }
}

/// A fixed sequence through the tricky paths: cycles, both deletes with dotted lines, a
/// template beside and instead of the chart, undo and redo across them.
#[test]
fn cycles_deletes_and_templates_in_one_run() {
    use Op::*;
    let ops = vec![
        Add(None, None, "Manager".into()),
        Add(Some(Pick::Live(0)), None, "A".into()),
        Add(Some(Pick::Live(1)), None, "A1".into()),
        Add(Some(Pick::Live(0)), Some(0), "B".into()),
        MoveIntoOwnBranch(Pick::Live(0), 2, 0),
        MoveIntoOwnBranch(Pick::Live(0), 0, 0),
        AddDotted(Pick::Live(3), Pick::Live(1)),
        AddDotted(Pick::Live(3), Pick::Live(3)),
        Delete(Pick::Live(2), DeleteMode::LiftChildren),
        Undo,
        Delete(Pick::Live(2), DeleteMode::WholeBranch),
        Undo,
        Redo,
        Insert(4, true, false),
        Move(Pick::Live(5), Some(Pick::Live(0)), 1),
        Insert(0, false, true),
        Undo,
        Undo,
        SetSpan(0, 3),
        SetSpan(3, 2),
        SetSpan(2, 3),
    ];
    run(false, &ops, 3).unwrap();
    run(true, &ops, 3).unwrap();
}
