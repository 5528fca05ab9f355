//! Property tests of the service-quality canvas: random sequences of every `QualityCommand`
//! (ids drawn from live statements, gaps, causes and positions, and bogus ones; points and
//! scores in and out of range; texts empty, blank, at and past their limits, hostile; survey
//! tallies consistent and impossible), gaps and causes sent to SWOT, SWOT deletes and moves,
//! org-chart adds and deletes (so owners dangle), mixed with undo and redo and run through
//! `EditSession`, starting from an empty project or the sample. After every step: nothing
//! panicked; a refused or no-op command changed nothing; points stay within 0–100 and entered
//! scores within 1.0–7.0; every tally is one answers could give; one gap record per kind, in
//! order; ids are unique across the project and below its counter; every gap or cause origin
//! names one that exists and sits on a weakness, no two items sharing one; and
//! `Project::repair` finds nothing to fix. Undo, redo and save→load are checked by the shared
//! shadow (`tests/common/shadow.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::shadow::Shadow;
use planning_workbench::model::links::Origin;
use planning_workbench::model::org::{DeleteMode, OrgCommand};
use planning_workbench::model::quality::{GapEdit, GapStatus, ProviderGap, QualityCommand, Servqual, Tally, MAX_WEIGHT, TENTHS_MAX, TENTHS_MIN};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand, MAX_TEXT_CHARS};
use planning_workbench::model::{Command, EditSession, ItemId, ModelError, Project, ProjectId, Timestamp};
use proptest::prelude::*;
use std::collections::{BTreeSet, HashSet};

use QualityCommand as Q;

#[derive(Clone, Debug)]
enum Pick {
    Live(usize),
    Bogus(u8),
}

#[derive(Clone, Debug)]
enum Op {
    Weight(Servqual, u8),
    Entered(Servqual, Option<u8>, Option<u8>),
    AddStatement(Servqual, String),
    EditStatement(Pick, Servqual, String),
    DeleteStatement(Pick),
    Insert(bool),
    Survey(Vec<(Pick, Vec<u8>, Vec<u8>)>, bool),
    ClearSurvey,
    EditGap(ProviderGap, String, String, Option<Pick>, GapStatus),
    AddCause(ProviderGap, String),
    EditCause(Pick, String),
    DeleteCause(Pick),
    SendGap(Pick, Quadrant),
    SendCause(Pick, Quadrant),
    SwotDelete(usize),
    SwotMove(usize, Quadrant),
    OrgAdd,
    OrgDelete(usize),
    Undo,
    Redo,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => "[a-zA-Z 服务]{1,12}",
        1 => Just(String::new()),
        1 => Just(" \n ".to_owned()),
        1 => Just("<b>\"x\"</b>&".to_owned()),
        1 => Just("字".repeat(MAX_TEXT_CHARS)),
        1 => Just("y".repeat(MAX_TEXT_CHARS + 1)),
    ]
}

fn dimension() -> impl Strategy<Value = Servqual> {
    prop::sample::select(Servqual::ALL.to_vec())
}

fn kind() -> impl Strategy<Value = ProviderGap> {
    prop::sample::select(ProviderGap::ALL.to_vec())
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![8 => (0..30usize).prop_map(Pick::Live), 1 => (0..3u8).prop_map(Pick::Bogus)]
}

fn score() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![4 => (TENTHS_MIN..=TENTHS_MAX).prop_map(Some), 1 => Just(None), 1 => Just(Some(TENTHS_MAX + 1)), 1 => Just(Some(0))]
}

fn answers() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..=8, 0..5)
}

fn quadrant() -> impl Strategy<Value = Quadrant> {
    prop_oneof![6 => Just(Quadrant::Weaknesses), 1 => Just(Quadrant::Strengths), 1 => Just(Quadrant::Threats)]
}

fn op() -> impl Strategy<Value = Op> {
    let status = prop::sample::select(GapStatus::ALL.to_vec());
    prop_oneof![
        2 => (dimension(), prop_oneof![0..=MAX_WEIGHT, Just(MAX_WEIGHT + 1)]).prop_map(|(d, w)| Op::Weight(d, w)),
        2 => (dimension(), score(), score()).prop_map(|(d, e, p)| Op::Entered(d, e, p)),
        2 => (dimension(), text()).prop_map(|(d, t)| Op::AddStatement(d, t)),
        2 => (pick(), dimension(), text()).prop_map(|(s, d, t)| Op::EditStatement(s, d, t)),
        1 => pick().prop_map(Op::DeleteStatement),
        1 => any::<bool>().prop_map(Op::Insert),
        2 => (prop::collection::vec((pick(), answers(), answers()), 0..4), prop::bool::weighted(0.1)).prop_map(|(t, bad)| Op::Survey(t, bad)),
        1 => Just(Op::ClearSurvey),
        3 => (kind(), text(), text(), prop::option::of(pick()), status).prop_map(|(k, s, e, o, st)| Op::EditGap(k, s, e, o, st)),
        3 => (kind(), text()).prop_map(|(k, t)| Op::AddCause(k, t)),
        1 => (pick(), text()).prop_map(|(c, t)| Op::EditCause(c, t)),
        1 => pick().prop_map(Op::DeleteCause),
        2 => (pick(), quadrant()).prop_map(|(g, q)| Op::SendGap(g, q)),
        2 => (pick(), quadrant()).prop_map(|(c, q)| Op::SendCause(c, q)),
        1 => (0..10usize).prop_map(Op::SwotDelete),
        1 => (0..10usize, quadrant()).prop_map(|(i, q)| Op::SwotMove(i, q)),
        1 => Just(Op::OrgAdd),
        1 => (0..10usize).prop_map(Op::OrgDelete),
        2 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ]
}

fn resolve(ids: &[ItemId], p: &Project, pick: &Pick) -> ItemId {
    match pick {
        Pick::Live(n) if !ids.is_empty() => ids[n % ids.len()],
        Pick::Bogus(1) => ItemId(p.next_item_id),
        Pick::Bogus(2) => p.swot.items.first().map_or(ItemId(u64::MAX), |i| i.id),
        _ => ItemId(0),
    }
}

fn tally(answers: &[u8], impossible: bool) -> Tally {
    let mut t = Tally::default();
    for &a in answers {
        t.add(a);
    }
    if impossible {
        t.sum = t.sum.saturating_add(u64::from(t.n) * 7 + 1);
    }
    t
}

fn command(p: &Project, op: &Op) -> Option<Command> {
    let q = &p.quality;
    let statements: Vec<ItemId> = q.statements.iter().map(|s| s.id).collect();
    let gaps: Vec<ItemId> = q.gaps.iter().map(|g| g.id).collect();
    let causes: Vec<ItemId> = q.gaps.iter().flat_map(|g| g.causes.iter().map(|c| c.id)).collect();
    let positions: Vec<ItemId> = p.org.positions.iter().map(|x| x.id).collect();
    let quality = |c: QualityCommand| Some(Command::Quality(c));
    match op {
        Op::Weight(dimension, points) => quality(Q::SetWeight { dimension: *dimension, points: *points }),
        Op::Entered(dimension, e, pp) => quality(Q::SetEntered { dimension: *dimension, expectation: *e, perception: *pp }),
        Op::AddStatement(dimension, text) => quality(Q::AddStatement { dimension: *dimension, text: text.clone(), index: None }),
        Op::EditStatement(s, dimension, text) => {
            quality(Q::EditStatement { id: resolve(&statements, p, s), dimension: *dimension, text: text.clone() })
        }
        Op::DeleteStatement(s) => quality(Q::DeleteStatement { id: resolve(&statements, p, s) }),
        Op::Insert(replace) => quality(Q::InsertStatements {
            statements: vec![(Servqual::Empathy, "Listens".into()), (Servqual::Tangibles, "Tidy".into())],
            replace: *replace,
        }),
        Op::Survey(rows, impossible) => {
            let tallies = rows.iter().map(|(s, e, pp)| (resolve(&statements, p, s), tally(e, *impossible), tally(pp, false))).collect();
            quality(Q::ImportSurvey { respondents: rows.len() as u32, tallies })
        }
        Op::ClearSurvey => quality(Q::ClearSurvey),
        Op::EditGap(kind, summary, evidence, owner, status) => {
            let owner = owner.as_ref().map(|o| resolve(&positions, p, o));
            quality(Q::EditGap {
                kind: *kind,
                edit: GapEdit { summary: summary.clone(), evidence: evidence.clone(), actions: String::new(), owner, status: *status },
            })
        }
        Op::AddCause(kind, text) => quality(Q::AddCause { kind: *kind, text: text.clone() }),
        Op::EditCause(c, text) => quality(Q::EditCause { id: resolve(&causes, p, c), text: text.clone() }),
        Op::DeleteCause(c) => quality(Q::DeleteCause { id: resolve(&causes, p, c) }),
        Op::SendGap(g, quadrant) => Some(Command::SendToSwot { origin: Origin::Gap(resolve(&gaps, p, g)), quadrant: *quadrant }),
        Op::SendCause(c, quadrant) => Some(Command::SendToSwot { origin: Origin::Cause(resolve(&causes, p, c)), quadrant: *quadrant }),
        Op::SwotDelete(i) => p.swot.items.get(i % p.swot.items.len().max(1)).map(|item| Command::Swot(SwotCommand::DeleteItem { id: item.id })),
        Op::SwotMove(i, to) => {
            p.swot.items.get(i % p.swot.items.len().max(1)).map(|item| Command::Swot(SwotCommand::MoveItem { id: item.id, to: *to, index: 0 }))
        }
        Op::OrgAdd => Some(Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: "Lead".into() })),
        Op::OrgDelete(i) => {
            positions.get(i % positions.len().max(1)).map(|id| Command::Org(OrgCommand::Delete { id: *id, mode: DeleteMode::WholeBranch }))
        }
        Op::Undo | Op::Redo => None,
    }
}

/// The invariants every reachable document keeps.
fn check(p: &Project) -> Result<(), TestCaseError> {
    let q = &p.quality;
    prop_assert!(q.weights.iter().all(|w| *w <= MAX_WEIGHT));
    for entered in q.entered.values() {
        prop_assert!(!entered.is_empty());
        for side in [entered.expectation, entered.perception].into_iter().flatten() {
            prop_assert!((TENTHS_MIN..=TENTHS_MAX).contains(&side), "entered {}", side);
        }
    }
    for s in &q.statements {
        prop_assert!(!s.text.is_empty() && s.text.trim() == s.text && s.text.chars().count() <= MAX_TEXT_CHARS);
        prop_assert!(s.expectation.is_consistent() && s.perception.is_consistent(), "impossible tally on {:?}", s.id);
    }
    let ranks: Vec<usize> = q.statements.iter().map(|s| Servqual::ALL.iter().position(|d| *d == s.dimension).unwrap_or(0)).collect();
    prop_assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "statements not grouped by dimension: {:?}", ranks);
    let kinds: Vec<ProviderGap> = q.gaps.iter().map(|g| g.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    sorted.dedup();
    prop_assert_eq!(&kinds, &sorted, "gap records repeated or out of order");
    let mut ids = BTreeSet::new();
    for id in p.item_ids() {
        prop_assert!(ids.insert(id), "id {:?} used twice", id);
        prop_assert!(id.counter() < p.next_item_id, "id {:?} not below the counter", id);
    }
    let mut linked = HashSet::new();
    for item in &p.swot.items {
        let Some(origin) = item.origin else { continue };
        match origin {
            Origin::Gap(id) => prop_assert!(q.gap_by_id(id).is_some(), "item sent from missing gap {:?}", id),
            Origin::Cause(id) => prop_assert!(q.cause(id).is_some(), "item sent from missing cause {:?}", id),
            _ => continue,
        }
        prop_assert_eq!(item.quadrant, Quadrant::Weaknesses);
        prop_assert!(linked.insert(origin), "two items sent from {:?}", origin);
    }
    prop_assert_eq!(p.clone().repair(), 0, "repair changed a document reached through apply");
    Ok(())
}

fn check_effect(before: &Project, after: &Project, cmd: &Command, result: &Result<bool, ModelError>) -> Result<(), TestCaseError> {
    if let Command::SendToSwot { quadrant, origin: Origin::Gap(_) | Origin::Cause(_) } = cmd {
        if *quadrant != Quadrant::Weaknesses {
            prop_assert_eq!(result, &Err(ModelError::FailPointToWeakness));
        }
    }
    if result != &Ok(true) {
        prop_assert_eq!(after, before, "{:?} gave {:?} but changed the project", cmd, result);
    }
    Ok(())
}

fn run(seeded: bool, ops: &[Op], undo_back: usize) -> Result<(), TestCaseError> {
    let empty = Project::new(ProjectId::parse("p-quality-props").unwrap(), "Q".into(), Timestamp(0));
    let original = if seeded { sample_project(empty, false) } else { empty };
    check(&original)?;
    let (mut shadow, original) = Shadow::new(original)?;
    let mut session = EditSession::new(original.clone());
    let mut steps = 0usize;
    for (n, op) in ops.iter().enumerate() {
        let now = Timestamp(1 + n as i64);
        let before = session.project().clone();
        match command(&before, op) {
            Some(cmd) => {
                let result = session.execute(&cmd, now);
                check_effect(&before, session.project(), &cmd, &result)?;
                if result == Ok(true) {
                    steps += 1;
                    shadow.executed(before.clone());
                }
            }
            None if matches!(op, Op::Undo | Op::Redo) => shadow.undo_or_redo(&mut session, matches!(op, Op::Redo), now, &mut steps)?,
            None => {}
        }
        shadow.autosave(session.project(), now)?;
        check(session.project())?;
    }
    shadow.unwind(&mut session, undo_back, steps, &original)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn random_quality_edits_keep_every_rule(seeded in any::<bool>(), ops in prop::collection::vec(op(), 1..60), undo_back in 0..60usize) {
        run(seeded, &ops, undo_back)?;
    }
}
