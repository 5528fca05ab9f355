//! Property tests of the five-forces canvas and its links to the SWOT board: random sequences
//! of every `ForcesCommand`, `SendToSwot` and SWOT item additions and deletions (ids drawn from
//! live factors, competitors, linked items and a few bogus ids; values in and out of range;
//! texts empty, at and past the limit, hostile), mixed with undo and redo through `EditSession`.
//! After every step: nothing panicked; a refused or no-op command changed nothing; every SWOT
//! item's origin names a factor or competitor that exists, and no two items share an origin;
//! ids are unique across all canvases and come from the project counter; values stay in range
//! and intensities within 1–5. Every undo and redo restores exactly the document the history
//! says it should (`same_content`); after every step the project, autosaved through
//! `ProjectStore<MemoryKv>` (stored once with `add_as_new`, then saved at each revision), reopens
//! equal; undoing a random number of steps at the end restores exactly that earlier document,
//! and undoing everything gives back the starting document.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::five_forces::score::{intensity, verdict};
use planning_workbench::model::five_forces::{Force, ForcesCommand, MAX_WEIGHT};
use planning_workbench::model::links::{origin_exists, sent_item, Origin};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{CompetitorType, Quadrant, SwotCommand, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use planning_workbench::model::{Command, EditSession, ItemId, Project, ProjectId, Timestamp};
use proptest::prelude::*;

mod common;
use common::shadow::Shadow;
use std::collections::BTreeSet;

/// An id, resolved against the project when the step runs.
#[derive(Clone, Debug)]
enum Pick {
    /// The n-th factor (wrapping), or a bogus id if there is none.
    Factor(usize),
    Competitor(usize),
    /// The n-th SWOT item overall.
    Item(usize),
    /// The n-th SWOT item that carries an origin.
    Linked(usize),
    /// An id that names nothing now: 0, far beyond the counter, or the next id to be issued.
    Bogus(u8),
}

/// What to send: a factor, a competitor, or a wrong-kind id.
#[derive(Clone, Debug)]
enum OriginPick {
    Factor(Pick),
    Competitor(Pick),
}

#[derive(Clone, Debug)]
enum Op {
    AddFactor(Force, String),
    EditFactor(Pick, String, String),
    RateFactor(Pick, Option<u8>),
    SetWeight(Pick, Option<u8>),
    MoveFactor(Pick, usize),
    DeleteFactor(Pick),
    SetOverride(Force, Option<u8>),
    SetConclusion(String),
    AddCompetitor(String, Option<CompetitorType>),
    EditCompetitor(Pick, String, Option<CompetitorType>, String, String, Option<u8>),
    DeleteCompetitor(Pick),
    Send(OriginPick, Quadrant),
    AddSwotItem(Quadrant, String),
    DeleteSwotItem(Pick),
    Undo,
    Redo,
}

fn force() -> impl Strategy<Value = Force> {
    prop::sample::select(Force::ALL.to_vec())
}

fn quadrant() -> impl Strategy<Value = Quadrant> {
    prop::sample::select(Quadrant::ALL.to_vec())
}

fn kind() -> impl Strategy<Value = Option<CompetitorType>> {
    prop::option::of(prop::sample::select(CompetitorType::ALL.to_vec()))
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z ]{1,12}",
        1 => Just(String::new()),
        1 => Just(" \n\t ".to_owned()),
        1 => Just("<script>alert(1)</script>".to_owned()),
        1 => Just("\u{202e}\u{200d}😀 客服\u{1}".to_owned()),
        1 => Just("x".repeat(MAX_TEXT_CHARS)),
        1 => Just("y".repeat(MAX_TEXT_CHARS + 1)),
        1 => "\\PC{0,20}",
    ]
}

fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z ]{0,12}",
        1 => Just("n".repeat(MAX_NOTE_CHARS + 1)),
        1 => "\\PC{0,20}",
    ]
}

/// Ratings, weights, threats and overrides: mostly valid, sometimes 0 or past the top.
fn level(max: u8) -> impl Strategy<Value = Option<u8>> {
    prop::option::of(prop_oneof![6 => 1..=max, 1 => Just(0u8), 1 => (max + 1)..=255u8])
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![
        4 => (0..20usize).prop_map(Pick::Factor),
        2 => (0..8usize).prop_map(Pick::Competitor),
        1 => (0..30usize).prop_map(Pick::Item),
        3 => (0..4usize).prop_map(Pick::Linked),
        1 => (0..3u8).prop_map(Pick::Bogus),
    ]
}

fn origin_pick() -> impl Strategy<Value = OriginPick> {
    prop_oneof![3 => pick().prop_map(OriginPick::Factor), 2 => pick().prop_map(OriginPick::Competitor)]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => (force(), text()).prop_map(|(f, t)| Op::AddFactor(f, t)),
        2 => (pick(), text(), note()).prop_map(|(p, t, n)| Op::EditFactor(p, t, n)),
        3 => (pick(), level(5)).prop_map(|(p, r)| Op::RateFactor(p, r)),
        2 => (pick(), level(MAX_WEIGHT)).prop_map(|(p, w)| Op::SetWeight(p, w)),
        2 => (pick(), 0..6usize).prop_map(|(p, i)| Op::MoveFactor(p, i)),
        2 => pick().prop_map(Op::DeleteFactor),
        2 => (force(), level(5)).prop_map(|(f, v)| Op::SetOverride(f, v)),
        1 => note().prop_map(Op::SetConclusion),
        3 => (text(), kind()).prop_map(|(t, k)| Op::AddCompetitor(t, k)),
        2 => (pick(), text(), kind(), note(), note(), level(5))
            .prop_map(|(p, n, k, s, w, t)| Op::EditCompetitor(p, n, k, s, w, t)),
        1 => pick().prop_map(Op::DeleteCompetitor),
        5 => (origin_pick(), quadrant()).prop_map(|(o, q)| Op::Send(o, q)),
        1 => (quadrant(), text()).prop_map(|(q, t)| Op::AddSwotItem(q, t)),
        3 => pick().prop_map(Op::DeleteSwotItem),
        2 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ]
}

fn resolve(p: &Project, pick: &Pick) -> ItemId {
    let nth = |ids: Vec<ItemId>, n: usize| if ids.is_empty() { ItemId(0) } else { ids[n % ids.len()] };
    let forces = &p.five_forces;
    match pick {
        Pick::Factor(n) => nth(forces.factors.iter().map(|f| f.id).collect(), *n),
        Pick::Competitor(n) => nth(forces.competitors.iter().map(|c| c.id).collect(), *n),
        Pick::Item(n) => nth(p.swot.items.iter().map(|i| i.id).collect(), *n),
        Pick::Linked(n) => nth(p.swot.items.iter().filter(|i| i.origin.is_some()).map(|i| i.id).collect(), *n),
        Pick::Bogus(0) => ItemId(0),
        Pick::Bogus(1) => ItemId(u64::MAX),
        Pick::Bogus(_) => ItemId(p.next_item_id),
    }
}

fn command(p: &Project, op: &Op) -> Option<Command> {
    let id = |pick: &Pick| resolve(p, pick);
    let forces = |c: ForcesCommand| Some(Command::Forces(c));
    match op {
        Op::AddFactor(force, text) => forces(ForcesCommand::AddFactor { force: *force, text: text.clone() }),
        Op::EditFactor(pk, text, note) => forces(ForcesCommand::EditFactor { id: id(pk), text: text.clone(), note: note.clone() }),
        Op::RateFactor(pk, rating) => forces(ForcesCommand::RateFactor { id: id(pk), rating: *rating }),
        Op::SetWeight(pk, weight) => forces(ForcesCommand::SetWeight { id: id(pk), weight: *weight }),
        Op::MoveFactor(pk, index) => forces(ForcesCommand::MoveFactor { id: id(pk), index: *index }),
        Op::DeleteFactor(pk) => forces(ForcesCommand::DeleteFactor { id: id(pk) }),
        Op::SetOverride(force, value) => forces(ForcesCommand::SetOverride { force: *force, value: *value }),
        Op::SetConclusion(text) => forces(ForcesCommand::SetConclusion { text: text.clone() }),
        Op::AddCompetitor(name, kind) => forces(ForcesCommand::AddCompetitor { name: name.clone(), kind: *kind }),
        Op::EditCompetitor(pk, name, kind, strengths, weaknesses, threat) => forces(ForcesCommand::EditCompetitor {
            id: id(pk),
            name: name.clone(),
            kind: *kind,
            strengths: strengths.clone(),
            weaknesses: weaknesses.clone(),
            threat: *threat,
        }),
        Op::DeleteCompetitor(pk) => forces(ForcesCommand::DeleteCompetitor { id: id(pk) }),
        Op::Send(origin, quadrant) => {
            let origin = match origin {
                OriginPick::Factor(pk) => Origin::Factor(id(pk)),
                OriginPick::Competitor(pk) => Origin::Competitor(id(pk)),
            };
            Some(Command::SendToSwot { origin, quadrant: *quadrant })
        }
        Op::AddSwotItem(quadrant, text) => Some(Command::Swot(SwotCommand::AddItem { quadrant: *quadrant, text: text.clone(), source: None })),
        Op::DeleteSwotItem(pk) => Some(Command::Swot(SwotCommand::DeleteItem { id: id(pk) })),
        Op::Undo | Op::Redo => None,
    }
}

/// The invariants every reachable document keeps.
fn check(p: &Project) -> Result<(), TestCaseError> {
    let forces = &p.five_forces;
    let swot = &p.swot;
    let mut ids = BTreeSet::new();
    let all = swot.items.iter().map(|i| i.id).chain(swot.strategies.iter().map(|s| s.id));
    let all = all.chain(forces.factors.iter().map(|f| f.id)).chain(forces.competitors.iter().map(|c| c.id));
    for id in all {
        prop_assert!(ids.insert(id), "id {:?} used twice across canvases", id);
        prop_assert!(id.0 >= 1 && id.0 < p.next_item_id, "id {:?} not from the counter", id);
    }
    let mut origins = BTreeSet::new();
    for item in swot.items.iter().filter(|i| i.origin.is_some()) {
        let origin = item.origin.unwrap();
        prop_assert!(origin_exists(p, origin), "{:?} names a source that is gone", item);
        prop_assert!(origins.insert(format!("{origin:?}")), "two SWOT items share {:?}", origin);
        // Factors and competitors stand in O or T; a blueprint fail point (the sample sends
        // one) in W.
        prop_assert!(item.quadrant.takes(origin), "an item linked to {:?} is in {:?}", origin, item.quadrant);
        prop_assert_eq!(sent_item(p, origin).map(|i| i.id), Some(item.id));
    }
    for factor in &forces.factors {
        prop_assert!(factor.rating.is_none_or(|r| (1..=5).contains(&r)));
        prop_assert!(factor.weight.is_none_or(|w| (1..=MAX_WEIGHT).contains(&w)));
        prop_assert!(!factor.text.trim().is_empty() && factor.text.chars().count() <= MAX_TEXT_CHARS);
        prop_assert!(factor.note.chars().count() <= MAX_NOTE_CHARS);
    }
    for competitor in &forces.competitors {
        prop_assert!(competitor.threat.is_none_or(|t| (1..=5).contains(&t)));
        prop_assert!(!competitor.name.trim().is_empty() && competitor.name.chars().count() <= MAX_TEXT_CHARS);
    }
    prop_assert!(forces.overrides.values().all(|v| (1..=5).contains(v)));
    for force in Force::ALL {
        if let Some(found) = intensity(forces, force) {
            prop_assert!((1.0..=5.0).contains(&found.value), "{:?} intensity {}", force, found.value);
        }
    }
    let v = verdict(forces);
    prop_assert!(v.assessed <= 5 && v.high <= v.assessed && (v.level.is_some() == (v.assessed == 5)));
    Ok(())
}

fn run(start_with_sample: bool, ops: &[Op], undo_back: usize) -> Result<(), TestCaseError> {
    let base = Project::new(ProjectId::parse("p-props").unwrap(), "Plan".into(), Timestamp(0));
    let original = if start_with_sample { sample_project(base, false) } else { base };
    check(&original)?;
    let (mut shadow, original) = Shadow::new(original)?;
    let mut session = EditSession::new(original.clone());
    let mut steps = 0usize;
    for (n, op) in ops.iter().enumerate() {
        let now = Timestamp(1 + n as i64);
        let before = session.project().clone();
        match command(&before, op) {
            Some(cmd) => match session.execute(&cmd, now) {
                Ok(true) => {
                    steps += 1;
                    shadow.executed(before.clone());
                    if let Command::SendToSwot { origin, quadrant } = &cmd {
                        // The new item is linked, in the chosen quadrant, judged like its source.
                        let item = sent_item(session.project(), *origin).expect("a sent item is linked");
                        prop_assert_eq!(item.quadrant, *quadrant);
                        let expected = match origin {
                            Origin::Factor(id) => before.five_forces.factor(*id).map(|f| f.rating),
                            Origin::Competitor(id) => before.five_forces.competitor(*id).map(|c| c.threat),
                            Origin::FailPoint(_) | Origin::Gap(_) | Origin::Cause(_) => Some(None),
                        };
                        prop_assert_eq!(Some(item.priority), expected);
                    }
                }
                Ok(false) => prop_assert_eq!(session.project(), &before, "{:?} was no change but changed", cmd),
                Err(_) => prop_assert_eq!(session.project(), &before, "refused {:?} changed the project", cmd),
            },
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
    fn random_forces_edits_keep_links_and_ids_valid(sample in any::<bool>(), ops in prop::collection::vec(op(), 1..80), undo_back in 0..80usize) {
        run(sample, &ops, undo_back)?;
    }
}

/// A fixed sequence through every link path: send, delete either side, undo, resend, redo.
#[test]
fn send_delete_undo_and_resend_in_one_run() {
    let ops = vec![
        Op::AddFactor(Force::Buyers, "buyers compare prices".into()),
        Op::RateFactor(Pick::Factor(0), Some(5)),
        Op::AddCompetitor("platform".into(), Some(CompetitorType::Brand)),
        Op::Send(OriginPick::Factor(Pick::Factor(0)), Quadrant::Threats),
        Op::Send(OriginPick::Factor(Pick::Factor(0)), Quadrant::Opportunities),
        Op::Send(OriginPick::Competitor(Pick::Competitor(0)), Quadrant::Strengths),
        Op::Send(OriginPick::Competitor(Pick::Competitor(0)), Quadrant::Opportunities),
        Op::DeleteFactor(Pick::Factor(0)),
        Op::Undo,
        Op::DeleteSwotItem(Pick::Linked(0)),
        Op::Send(OriginPick::Factor(Pick::Factor(0)), Quadrant::Threats),
        Op::Undo,
        Op::Undo,
        Op::Redo,
        Op::DeleteCompetitor(Pick::Competitor(0)),
        Op::Send(OriginPick::Competitor(Pick::Factor(0)), Quadrant::Threats),
        Op::Undo,
        Op::Redo,
    ];
    run(false, &ops, 3).unwrap();
    run(true, &ops, 3).unwrap();
}
