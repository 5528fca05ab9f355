//! Property tests of the SWOT canvas: random sequences of every `SwotCommand` (ids drawn from
//! live items, strategies, sources already cited and a few bogus ids; texts empty, blank, at and
//! past the length limit, hostile) mixed with undo and redo, run through `EditSession`. After
//! every step: nothing panicked, a refused command changed nothing, ids are unique, tags and
//! priorities stay valid, and each strategy cites distinct sources, each an item that exists or
//! existed earlier. Every undo and redo restores exactly the document the history says it
//! should (`same_content`); after every step the project, autosaved through
//! `ProjectStore<MemoryKv>` (stored once with `add_as_new`, then saved at each revision), reopens
//! equal; undoing a random number of steps at the end restores exactly that earlier document,
//! and undoing everything gives back the starting document.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::project::sample::swot::with_sample_swot;
use planning_workbench::model::swot::{CompetitorType, EnvFactor, Quadrant, SwotCommand, TowsCell, MAX_TEXT_CHARS};
use planning_workbench::model::{Command, EditSession, ItemId, Project, ProjectId, Timestamp};
use proptest::prelude::*;

mod common;
use common::shadow::Shadow;
use std::collections::BTreeSet;

/// An id, resolved against the project when the step runs.
#[derive(Clone, Debug)]
enum Pick {
    /// The n-th item of a quadrant (wrapping), or a bogus id if it is empty.
    InQuadrant(Quadrant, usize),
    /// The n-th item overall.
    Item(usize),
    /// The n-th strategy.
    Strategy(usize),
    /// The n-th id cited by any strategy (often a deleted item).
    Cited(usize),
    /// An id that names nothing now: 0, far beyond the counter, or the next id to be issued.
    Bogus(u8),
}

#[derive(Clone, Debug)]
enum Op {
    AddItem(Quadrant, String, Option<EnvFactor>),
    EditItem(Pick, String, String),
    SetPriority(Pick, Option<u8>),
    SetTags(Pick, Option<EnvFactor>, Option<CompetitorType>),
    MoveItem(Pick, Quadrant, usize),
    DeleteItem(Pick),
    AddStrategy(TowsCell, String, Vec<Pick>),
    EditStrategy(Pick, String, Vec<Pick>),
    DeleteStrategy(Pick),
    SetSorted(Quadrant, bool),
    Undo,
    Redo,
}

fn quadrant() -> impl Strategy<Value = Quadrant> {
    prop::sample::select(Quadrant::ALL.to_vec())
}

fn factor() -> impl Strategy<Value = Option<EnvFactor>> {
    prop::option::of(prop::sample::select(EnvFactor::ALL.to_vec()))
}

fn competitor() -> impl Strategy<Value = Option<CompetitorType>> {
    prop::option::of(prop::sample::select(CompetitorType::ALL.to_vec()))
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z ]{1,12}",
        1 => Just(String::new()),
        1 => Just(" \n\t ".to_owned()),
        1 => Just("<script>alert(1)</script>".to_owned()),
        1 => Just("\u{202e}\u{200d}😀 客服".to_owned()),
        1 => Just("x".repeat(MAX_TEXT_CHARS)),
        1 => Just(format!(" {} ", "字".repeat(MAX_TEXT_CHARS))),
        1 => Just("y".repeat(MAX_TEXT_CHARS + 1)),
        1 => "\\PC{0,20}",
    ]
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![
        4 => (quadrant(), 0..6usize).prop_map(|(q, n)| Pick::InQuadrant(q, n)),
        2 => (0..40usize).prop_map(Pick::Item),
        1 => (0..6usize).prop_map(Pick::Strategy),
        2 => (0..12usize).prop_map(Pick::Cited),
        1 => (0..3u8).prop_map(Pick::Bogus),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (quadrant(), text(), factor()).prop_map(|(q, t, f)| Op::AddItem(q, t, f)),
        2 => (pick(), text(), text()).prop_map(|(p, t, n)| Op::EditItem(p, t, n)),
        2 => (pick(), prop::option::of(0..8u8)).prop_map(|(p, n)| Op::SetPriority(p, n)),
        2 => (pick(), factor(), competitor()).prop_map(|(p, f, c)| Op::SetTags(p, f, c)),
        4 => (pick(), quadrant(), 0..8usize).prop_map(|(p, q, i)| Op::MoveItem(p, q, i)),
        2 => pick().prop_map(Op::DeleteItem),
        3 => (prop::sample::select(TowsCell::ALL.to_vec()), text(), prop::collection::vec(pick(), 0..5))
            .prop_map(|(c, t, s)| Op::AddStrategy(c, t, s)),
        3 => (pick(), text(), prop::collection::vec(pick(), 0..5)).prop_map(|(p, t, s)| Op::EditStrategy(p, t, s)),
        1 => pick().prop_map(Op::DeleteStrategy),
        1 => (quadrant(), any::<bool>()).prop_map(|(q, b)| Op::SetSorted(q, b)),
        1 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

fn resolve(p: &Project, pick: &Pick) -> ItemId {
    let canvas = &p.swot;
    let nth = |ids: Vec<ItemId>, n: usize| if ids.is_empty() { ItemId(0) } else { ids[n % ids.len()] };
    match pick {
        Pick::InQuadrant(q, n) => nth(canvas.quadrant_items(*q).iter().map(|i| i.id).collect(), *n),
        Pick::Item(n) => nth(canvas.items.iter().map(|i| i.id).collect(), *n),
        Pick::Strategy(n) => nth(canvas.strategies.iter().map(|s| s.id).collect(), *n),
        Pick::Cited(n) => nth(canvas.strategies.iter().flat_map(|s| s.sources.clone()).collect(), *n),
        Pick::Bogus(0) => ItemId(0),
        Pick::Bogus(1) => ItemId(u64::MAX),
        Pick::Bogus(_) => ItemId(p.next_item_id),
    }
}

fn command(p: &Project, op: &Op) -> Option<SwotCommand> {
    let id = |pick: &Pick| resolve(p, pick);
    let ids = |picks: &[Pick]| picks.iter().map(id).collect::<Vec<_>>();
    Some(match op {
        Op::AddItem(quadrant, text, source) => SwotCommand::AddItem { quadrant: *quadrant, text: text.clone(), source: *source },
        Op::EditItem(p, text, note) => SwotCommand::EditItem { id: id(p), text: text.clone(), note: note.clone() },
        Op::SetPriority(p, priority) => SwotCommand::SetPriority { id: id(p), priority: *priority },
        Op::SetTags(p, source, competitor) => SwotCommand::SetTags { id: id(p), source: *source, competitor: *competitor },
        Op::MoveItem(p, to, index) => SwotCommand::MoveItem { id: id(p), to: *to, index: *index },
        Op::DeleteItem(p) => SwotCommand::DeleteItem { id: id(p) },
        Op::AddStrategy(cell, text, sources) => SwotCommand::AddStrategy { cell: *cell, text: text.clone(), sources: ids(sources) },
        Op::EditStrategy(p, text, sources) => SwotCommand::EditStrategy { id: id(p), text: text.clone(), sources: ids(sources) },
        Op::DeleteStrategy(p) => SwotCommand::DeleteStrategy { id: id(p) },
        Op::SetSorted(quadrant, by_priority) => SwotCommand::SetSorted { quadrant: *quadrant, by_priority: *by_priority },
        Op::Undo | Op::Redo => return None,
    })
}

/// The invariants every reachable document keeps. `ever` holds every item id seen so far.
fn check(p: &Project, ever: &BTreeSet<ItemId>) -> Result<(), TestCaseError> {
    let canvas = &p.swot;
    let mut ids = BTreeSet::new();
    for id in canvas.items.iter().map(|i| i.id).chain(canvas.strategies.iter().map(|s| s.id)) {
        prop_assert!(ids.insert(id), "id {:?} used twice", id);
        prop_assert!(id.0 >= 1 && id.0 < p.next_item_id, "id {:?} not from the counter", id);
    }
    for item in &canvas.items {
        prop_assert!(item.priority.is_none_or(|n| (1..=5).contains(&n)));
        prop_assert!(!item.quadrant.is_internal() || (item.source.is_none() && item.competitor.is_none()));
        prop_assert!(!item.text.trim().is_empty() && item.text.chars().count() <= MAX_TEXT_CHARS);
    }
    for strategy in &canvas.strategies {
        prop_assert!(!strategy.sources.is_empty());
        let distinct: BTreeSet<_> = strategy.sources.iter().collect();
        prop_assert_eq!(distinct.len(), strategy.sources.len(), "duplicate sources in {:?}", strategy);
        for source in &strategy.sources {
            // Live or deleted since, every source is an item that really existed (moved items
            // keep their links even outside the strategy's quadrants).
            prop_assert!(ever.contains(source), "{:?} cites {:?}, which never existed", strategy, source);
        }
    }
    Ok(())
}

fn run(start_with_sample: bool, ops: &[Op], undo_back: usize) -> Result<(), TestCaseError> {
    let base = Project::new(ProjectId::parse("p-props").unwrap(), "Plan".into(), Timestamp(0));
    let original = if start_with_sample { with_sample_swot(base, false) } else { base };
    let mut ever: BTreeSet<ItemId> = original.swot.items.iter().map(|i| i.id).collect();
    check(&original, &ever)?;
    let (mut shadow, original) = Shadow::new(original)?;
    let mut session = EditSession::new(original.clone());
    let mut steps = 0usize;
    for (n, op) in ops.iter().enumerate() {
        let now = Timestamp(1 + n as i64);
        let before = session.project().clone();
        match command(&before, op) {
            Some(cmd) => match session.execute(&Command::Swot(cmd.clone()), now) {
                Ok(true) => {
                    steps += 1;
                    shadow.executed(before.clone());
                }
                Ok(false) => prop_assert_eq!(session.project(), &before, "{:?} was no change but changed", cmd),
                Err(_) => prop_assert_eq!(session.project(), &before, "refused {:?} changed the project", cmd),
            },
            None => shadow.undo_or_redo(&mut session, !matches!(op, Op::Undo), now, &mut steps)?,
        }
        shadow.autosave(session.project(), now)?;
        ever.extend(session.project().swot.items.iter().map(|i| i.id));
        check(session.project(), &ever)?;
    }
    shadow.unwind(&mut session, undo_back, steps, &original)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_swot_edits_keep_the_canvas_valid(sample in any::<bool>(), ops in prop::collection::vec(op(), 1..80), undo_back in 0..80usize) {
        run(sample, &ops, undo_back)?;
    }
}

/// A fixed sequence that once needed care: citing, moving, deleting and re-editing.
#[test]
fn cite_move_delete_and_edit_in_one_run() {
    let ops = vec![
        Op::AddItem(Quadrant::Strengths, "s".into(), None),
        Op::AddItem(Quadrant::Opportunities, "o".into(), None),
        Op::AddStrategy(TowsCell::SO, "so".into(), vec![Pick::InQuadrant(Quadrant::Strengths, 0), Pick::InQuadrant(Quadrant::Opportunities, 0)]),
        Op::MoveItem(Pick::InQuadrant(Quadrant::Strengths, 0), Quadrant::Weaknesses, 0),
        Op::DeleteItem(Pick::InQuadrant(Quadrant::Strengths, 0)),
        Op::EditStrategy(Pick::Strategy(0), "so2".into(), vec![Pick::Cited(1), Pick::Cited(0), Pick::Cited(1)]),
        Op::MoveItem(Pick::InQuadrant(Quadrant::Opportunities, 0), Quadrant::Threats, 0),
        Op::Undo,
        Op::Redo,
    ];
    run(false, &ops, 3).unwrap();
}
