//! Property tests of the service blueprint: random sequences of every `BlueprintCommand`, fail
//! points sent to the SWOT board, a few SWOT moves and deletes and org-chart adds and deletes
//! (so sent items lose their link and owners dangle), mixed with undo and redo and run through
//! `EditSession`. Ids are drawn from live steps, cards, lanes, positions and SWOT items, and
//! bogus ones (0, far past the counter, the next id to be issued, another kind's id); values
//! in and out of range; texts empty, blank, at and past their limits, hostile. After every
//! step: nothing panicked; a refused or no-op command changed nothing; the five standard lanes
//! are present once each and in order; every card's step and lane exist; connectors join two
//! different existing cards, once each; ids are unique across the project and come from its
//! counter; minutes and emotions are in range; no customer action carries a SERVQUAL dimension; every fail-point origin names an existing card
//! still marked as a fail point and sits on a weakness, no two items sharing one; and `Project::repair` finds nothing to
//! fix. Undo, redo and save→load are checked by the shared shadow (`tests/common/shadow.rs`).
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::blueprint::{
    BlueprintCommand, BlueprintDraft, DraftCard, DraftStep, LaneKey, Mark, Servqual, MAX_EMOTION, MAX_MINUTES, MAX_NAME_CHARS,
};
use planning_workbench::model::links::{sent_item, Origin};
use planning_workbench::model::org::{DeleteMode, OrgCommand};
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use proptest::prelude::*;

mod common;
use common::shadow::Shadow;
use std::collections::{BTreeSet, HashSet};

use BlueprintCommand as B;

/// An id, resolved against the project when the step runs.
#[derive(Clone, Debug)]
enum Pick {
    /// The n-th live thing of the wanted kind (wrapping), or a bogus id if there is none.
    Live(usize),
    /// An id that names nothing of the wanted kind: 0, far beyond the counter, the next id to
    /// be issued, a SWOT item's, a step's, a card's or a position's id.
    Bogus(u8),
}

/// A lane: the n-th lane of the canvas (standard or added), or an added lane that is not
/// there (its key made from a bogus id).
#[derive(Clone, Debug)]
enum LanePick {
    Live(usize),
    Bogus(u8),
}

/// A draft. Well-formed ones have their indexes wrapped into range and self-connectors
/// dropped; the others keep the indexes as generated (some outside the draft, some lanes
/// custom, some connectors to themselves).
#[derive(Clone, Debug)]
struct DraftSpec {
    well_formed: bool,
    steps: Vec<(String, Option<u32>, Option<i8>)>,
    cards: Vec<(usize, usize, String, Option<Mark>)>,
    connectors: Vec<(usize, usize)>,
}

#[derive(Clone, Debug)]
enum Op {
    AddStep(Option<usize>, String),
    EditStep(Pick, String, String, Option<u32>, Option<i8>),
    MoveStep(Pick, usize),
    DeleteStep(Pick),
    AddLane(LanePick, String),
    RenameLane(LanePick, String),
    DeleteLane(LanePick),
    AddCard(Pick, LanePick, Option<usize>, String),
    EditCard(Pick, String, String),
    DeleteCard(Pick),
    MarkCard(Pick, Option<Mark>, Option<u32>),
    SetServqual(Pick, Option<Servqual>),
    /// Owner: None clears; Some(pick) names a position (or a bogus id).
    SetOwner(Pick, Option<Pick>),
    MoveCard(Pick, Pick, LanePick, usize),
    Connect(Pick, Pick),
    /// Connect a card to itself.
    ConnectToItself(Pick),
    /// Disconnect the n-th connector, or two picked cards.
    Disconnect(usize, Pick, Pick),
    SetBudget(Option<u32>),
    Insert(DraftSpec, bool),
    Send(Pick, Quadrant),
    SwotMove(Pick, Quadrant, usize),
    SwotDelete(Pick),
    OrgAdd(String),
    OrgDelete(Pick, DeleteMode),
    Undo,
    Redo,
}

fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-zA-Z 客服]{1,12}",
        1 => Just(String::new()),
        1 => Just(" \n\t ".to_owned()),
        1 => Just("<script>alert(1)</script>".to_owned()),
        1 => Just("\u{202e}\u{200d}😀 等待\u{1}\r\nline".to_owned()),
        1 => Just("字".repeat(max)),
        1 => Just("y".repeat(max + 1)),
        1 => "\\PC{0,20}",
    ]
}

fn name() -> impl Strategy<Value = String> {
    text(MAX_NAME_CHARS)
}

/// Stages and notes: mostly empty or short.
fn optional(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![3 => Just(String::new()), 3 => "[a-z ]{0,10}", 1 => text(max)]
}

fn minutes() -> impl Strategy<Value = Option<u32>> {
    prop_oneof![
        3 => Just(None),
        4 => (0..=120u32).prop_map(Some),
        1 => Just(Some(MAX_MINUTES)),
        1 => Just(Some(MAX_MINUTES + 1)),
        1 => any::<u32>().prop_map(Some),
    ]
}

fn emotion() -> impl Strategy<Value = Option<i8>> {
    prop_oneof![
        2 => Just(None),
        5 => (-MAX_EMOTION..=MAX_EMOTION).prop_map(Some),
        1 => prop::sample::select(vec![-MAX_EMOTION - 1, MAX_EMOTION + 1]).prop_map(Some),
        1 => any::<i8>().prop_map(Some),
    ]
}

fn pick() -> impl Strategy<Value = Pick> {
    prop_oneof![8 => (0..40usize).prop_map(Pick::Live), 1 => (0..7u8).prop_map(Pick::Bogus)]
}

fn lane_pick() -> impl Strategy<Value = LanePick> {
    prop_oneof![8 => (0..12usize).prop_map(LanePick::Live), 1 => (0..7u8).prop_map(LanePick::Bogus)]
}

fn mark() -> impl Strategy<Value = Option<Mark>> {
    prop_oneof![1 => Just(None), 2 => Just(Some(Mark::FailPoint)), 1 => Just(Some(Mark::WaitPoint))]
}

fn servqual() -> impl Strategy<Value = Option<Servqual>> {
    prop::option::of(prop::sample::select(Servqual::ALL.to_vec()))
}

fn quadrant() -> impl Strategy<Value = Quadrant> {
    prop_oneof![5 => Just(Quadrant::Weaknesses), 1 => prop::sample::select(Quadrant::ALL.to_vec())]
}

fn draft() -> impl Strategy<Value = DraftSpec> {
    let steps = prop::collection::vec((prop_oneof![6 => "[a-z]{1,8}", 1 => name()], minutes(), emotion()), 0..4);
    // Step indexes 0..4 against 0..4 steps and lane indexes 0..6 against five standard lanes:
    // some drafts are malformed.
    let cards = prop::collection::vec((0..4usize, 0..6usize, prop_oneof![8 => "[a-z]{1,8}", 1 => text(MAX_TEXT_CHARS)], mark()), 0..6);
    let connectors = prop::collection::vec((0..7usize, 0..7usize), 0..5);
    (prop::bool::weighted(0.8), steps, cards, connectors).prop_map(|(well_formed, steps, cards, connectors)| DraftSpec {
        well_formed,
        steps,
        cards,
        connectors,
    })
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => (prop::option::of(0..6usize), name()).prop_map(|(i, n)| Op::AddStep(i, n)),
        2 => (pick(), name(), optional(MAX_NAME_CHARS), minutes(), emotion()).prop_map(|(p, n, s, m, e)| Op::EditStep(p, n, s, m, e)),
        2 => (pick(), 0..8usize).prop_map(|(p, i)| Op::MoveStep(p, i)),
        2 => pick().prop_map(Op::DeleteStep),
        2 => (lane_pick(), name()).prop_map(|(l, n)| Op::AddLane(l, n)),
        1 => (lane_pick(), optional(MAX_NAME_CHARS)).prop_map(|(l, n)| Op::RenameLane(l, n)),
        2 => lane_pick().prop_map(Op::DeleteLane),
        8 => (pick(), lane_pick(), prop::option::of(0..5usize), text(MAX_TEXT_CHARS)).prop_map(|(s, l, i, t)| Op::AddCard(s, l, i, t)),
        2 => (pick(), text(MAX_TEXT_CHARS), optional(MAX_NOTE_CHARS)).prop_map(|(p, t, n)| Op::EditCard(p, t, n)),
        2 => pick().prop_map(Op::DeleteCard),
        3 => (pick(), mark(), minutes()).prop_map(|(p, m, n)| Op::MarkCard(p, m, n)),
        1 => (pick(), servqual()).prop_map(|(p, s)| Op::SetServqual(p, s)),
        3 => (pick(), prop::option::of(pick())).prop_map(|(p, o)| Op::SetOwner(p, o)),
        4 => (pick(), pick(), lane_pick(), 0..6usize).prop_map(|(c, s, l, i)| Op::MoveCard(c, s, l, i)),
        5 => (pick(), pick()).prop_map(|(a, b)| Op::Connect(a, b)),
        1 => pick().prop_map(Op::ConnectToItself),
        2 => (0..6usize, pick(), pick()).prop_map(|(n, a, b)| Op::Disconnect(n, a, b)),
        1 => minutes().prop_map(Op::SetBudget),
        2 => (draft(), prop::bool::weighted(0.2)).prop_map(|(d, r)| Op::Insert(d, r)),
        4 => (pick(), quadrant()).prop_map(|(p, q)| Op::Send(p, q)),
        2 => (pick(), prop::sample::select(Quadrant::ALL.to_vec()), 0..4usize).prop_map(|(p, q, i)| Op::SwotMove(p, q, i)),
        1 => pick().prop_map(Op::SwotDelete),
        2 => name().prop_map(Op::OrgAdd),
        1 => (pick(), prop::sample::select(vec![DeleteMode::LiftChildren, DeleteMode::WholeBranch])).prop_map(|(p, m)| Op::OrgDelete(p, m)),
        2 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ]
}

/// A bogus id for any kind: 0, far past the counter, the next id, or another kind's id.
fn bogus(p: &Project, n: u8) -> ItemId {
    let first = |ids: &mut dyn Iterator<Item = ItemId>| ids.next().unwrap_or(ItemId(0));
    match n {
        0 => ItemId(0),
        1 => ItemId(u64::MAX),
        2 => ItemId(p.next_item_id),
        3 => first(&mut p.swot.items.iter().map(|i| i.id)),
        4 => first(&mut p.blueprint.steps.iter().map(|s| s.id)),
        5 => first(&mut p.blueprint.cards.iter().map(|c| c.id)),
        _ => first(&mut p.org.positions.iter().map(|q| q.id)),
    }
}

fn live(ids: &[ItemId], pick: &Pick, p: &Project) -> ItemId {
    match pick {
        Pick::Live(n) if !ids.is_empty() => ids[n % ids.len()],
        Pick::Live(_) => ItemId(0),
        Pick::Bogus(n) => bogus(p, *n),
    }
}

fn step(p: &Project, pick: &Pick) -> ItemId {
    live(&p.blueprint.steps.iter().map(|s| s.id).collect::<Vec<_>>(), pick, p)
}

fn card(p: &Project, pick: &Pick) -> ItemId {
    live(&p.blueprint.cards.iter().map(|c| c.id).collect::<Vec<_>>(), pick, p)
}

fn position(p: &Project, pick: &Pick) -> ItemId {
    live(&p.org.positions.iter().map(|q| q.id).collect::<Vec<_>>(), pick, p)
}

fn swot_item(p: &Project, pick: &Pick) -> ItemId {
    // Items sent from fail points first, so moves and deletes often hit a link.
    let mut ids: Vec<ItemId> = p.swot.items.iter().filter(|i| i.origin.is_some()).map(|i| i.id).collect();
    ids.extend(p.swot.items.iter().filter(|i| i.origin.is_none()).map(|i| i.id));
    live(&ids, pick, p)
}

fn lane(p: &Project, pick: &LanePick) -> LaneKey {
    let lanes = &p.blueprint.lanes;
    match pick {
        LanePick::Live(n) => lanes[n % lanes.len()].key,
        LanePick::Bogus(n) => LaneKey::Custom(bogus(p, *n)),
    }
}

/// Mostly an added lane (when there is one), else any lane or a bogus one.
fn added_lane(p: &Project, pick: &LanePick) -> LaneKey {
    let added: Vec<LaneKey> = p.blueprint.lanes.iter().map(|l| l.key).filter(|k| !k.is_standard()).collect();
    match pick {
        LanePick::Live(n) if n % 4 != 0 && !added.is_empty() => added[n % added.len()],
        _ => lane(p, pick),
    }
}

fn build_draft(spec: &DraftSpec) -> BlueprintDraft {
    let lanes = [LaneKey::Evidence, LaneKey::Customer, LaneKey::FrontStage, LaneKey::BackStage, LaneKey::Support, LaneKey::Custom(ItemId(1))];
    let steps: Vec<DraftStep> = spec
        .steps
        .iter()
        .map(|(name, minutes, emotion)| DraftStep { name: name.clone(), stage: String::new(), minutes: *minutes, emotion: *emotion })
        .collect();
    let card = |(step, lane, text, mark): &(usize, usize, String, Option<Mark>)| DraftCard {
        step: *step,
        lane: lanes[*lane],
        text: text.clone(),
        mark: *mark,
        minutes: None,
        servqual: None,
    };
    if !spec.well_formed {
        return BlueprintDraft { steps, cards: spec.cards.iter().map(card).collect(), connectors: spec.connectors.clone() };
    }
    let cards: Vec<DraftCard> = match steps.len() {
        0 => Vec::new(),
        n => spec.cards.iter().map(|c| DraftCard { step: c.0 % n, lane: lanes[c.1 % 5], ..card(c) }).collect(),
    };
    let connectors = match cards.len() {
        0 => Vec::new(),
        n => spec.connectors.iter().map(|&(a, b)| (a % n, b % n)).filter(|(a, b)| a != b).collect(),
    };
    let draft = BlueprintDraft { steps, cards, connectors };
    assert!(draft.is_well_formed());
    draft
}

fn command(p: &Project, op: &Op) -> Option<Command> {
    let blueprint = |c: BlueprintCommand| Some(Command::Blueprint(c));
    match op {
        Op::AddStep(index, name) => blueprint(B::AddStep { index: *index, name: name.clone() }),
        Op::EditStep(s, name, stage, minutes, emotion) => {
            blueprint(B::EditStep { id: step(p, s), name: name.clone(), stage: stage.clone(), minutes: *minutes, emotion: *emotion })
        }
        Op::MoveStep(s, index) => blueprint(B::MoveStep { id: step(p, s), index: *index }),
        Op::DeleteStep(s) => blueprint(B::DeleteStep { id: step(p, s) }),
        Op::AddLane(l, name) => blueprint(B::AddLane { after: lane(p, l), name: name.clone() }),
        Op::RenameLane(l, name) => blueprint(B::RenameLane { lane: lane(p, l), name: name.clone() }),
        Op::DeleteLane(l) => blueprint(B::DeleteLane { lane: added_lane(p, l) }),
        Op::AddCard(s, l, index, text) => blueprint(B::AddCard { step: step(p, s), lane: lane(p, l), index: *index, text: text.clone() }),
        Op::EditCard(c, text, note) => blueprint(B::EditCard { id: card(p, c), text: text.clone(), note: note.clone() }),
        Op::DeleteCard(c) => blueprint(B::DeleteCard { id: card(p, c) }),
        Op::MarkCard(c, mark, minutes) => blueprint(B::MarkCard { id: card(p, c), mark: *mark, minutes: *minutes }),
        Op::SetServqual(c, servqual) => blueprint(B::SetServqual { id: card(p, c), servqual: *servqual }),
        Op::SetOwner(c, owner) => blueprint(B::SetOwner { id: card(p, c), owner: owner.as_ref().map(|o| position(p, o)) }),
        Op::MoveCard(c, s, l, index) => blueprint(B::MoveCard { id: card(p, c), step: step(p, s), lane: lane(p, l), index: *index }),
        Op::Connect(a, b) => blueprint(B::Connect { from: card(p, a), to: card(p, b) }),
        Op::ConnectToItself(c) => {
            let id = card(p, c);
            blueprint(B::Connect { from: id, to: id })
        }
        Op::Disconnect(n, a, b) => match p.blueprint.connectors.get(*n) {
            Some(c) => blueprint(B::Disconnect { from: c.from, to: c.to }),
            None => blueprint(B::Disconnect { from: card(p, a), to: card(p, b) }),
        },
        Op::SetBudget(minutes) => blueprint(B::SetBudget { minutes: *minutes }),
        Op::Insert(spec, replace) => blueprint(B::Insert { draft: build_draft(spec), replace: *replace }),
        Op::Send(c, quadrant) => Some(Command::SendToSwot { origin: Origin::FailPoint(card(p, c)), quadrant: *quadrant }),
        Op::SwotMove(i, to, index) => Some(Command::Swot(SwotCommand::MoveItem { id: swot_item(p, i), to: *to, index: *index })),
        Op::SwotDelete(i) => Some(Command::Swot(SwotCommand::DeleteItem { id: swot_item(p, i) })),
        Op::OrgAdd(title) => Some(Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: title.clone() })),
        Op::OrgDelete(q, mode) => Some(Command::Org(OrgCommand::Delete { id: position(p, q), mode: *mode })),
        Op::Undo | Op::Redo => None,
    }
}

/// A one-line name: trimmed, no control characters, within the limit.
fn clean_name(name: &str) -> bool {
    name.trim() == name && !name.chars().any(char::is_control) && name.chars().count() <= MAX_NAME_CHARS
}

/// The invariants every reachable document keeps.
fn check(p: &Project) -> Result<(), TestCaseError> {
    let bp = &p.blueprint;

    // Lanes: the five standard ones once each and in order; added lanes once each, named.
    let standard: Vec<LaneKey> = bp.lanes.iter().map(|l| l.key).filter(|k| k.is_standard()).collect();
    prop_assert_eq!(&standard[..], &LaneKey::STANDARD[..], "standard lanes missing, repeated or out of order");
    let mut lanes = HashSet::new();
    for lane in &bp.lanes {
        prop_assert!(lanes.insert(lane.key), "lane {:?} twice", lane.key);
        prop_assert!(clean_name(&lane.name), "lane name {:?}", lane.name);
        prop_assert!(lane.key.is_standard() || !lane.name.is_empty(), "added lane {:?} without a name", lane.key);
    }

    // Ids: unique across every canvas, issued by the counter.
    let mut ids = BTreeSet::new();
    let swot = p.swot.items.iter().map(|i| i.id).chain(p.swot.strategies.iter().map(|s| s.id));
    let forces = p.five_forces.factors.iter().map(|f| f.id).chain(p.five_forces.competitors.iter().map(|c| c.id));
    let org = p.org.positions.iter().map(|q| q.id);
    let added = bp.lanes.iter().filter_map(|l| match l.key {
        LaneKey::Custom(id) => Some(id),
        _ => None,
    });
    let blueprint = bp.steps.iter().map(|s| s.id).chain(bp.cards.iter().map(|c| c.id)).chain(added);
    for id in swot.chain(forces).chain(org).chain(blueprint) {
        prop_assert!(ids.insert(id), "id {:?} used twice", id);
        prop_assert!(id.0 >= 1 && id.0 < p.next_item_id, "id {:?} not from the counter ({})", id, p.next_item_id);
    }

    let steps: HashSet<ItemId> = bp.steps.iter().map(|s| s.id).collect();
    for step in &bp.steps {
        prop_assert!(!step.name.is_empty() && clean_name(&step.name), "step name {:?}", step.name);
        prop_assert!(clean_name(&step.stage), "stage {:?}", step.stage);
        prop_assert!(step.minutes.is_none_or(|m| m <= MAX_MINUTES));
        prop_assert!(step.emotion.is_none_or(|e| (-MAX_EMOTION..=MAX_EMOTION).contains(&e)));
    }
    prop_assert!(bp.budget_minutes.is_none_or(|m| m <= MAX_MINUTES));

    let positions: HashSet<ItemId> = p.org.positions.iter().map(|q| q.id).collect();
    let cards: HashSet<ItemId> = bp.cards.iter().map(|c| c.id).collect();
    for card in &bp.cards {
        prop_assert!(steps.contains(&card.step), "card {:?} in missing step {:?}", card.id, card.step);
        prop_assert!(lanes.contains(&card.lane), "card {:?} in missing lane {:?}", card.id, card.lane);
        prop_assert!(!card.text.is_empty() && card.text.trim() == card.text && card.text.chars().count() <= MAX_TEXT_CHARS);
        prop_assert!(card.note.trim() == card.note && card.note.chars().count() <= MAX_NOTE_CHARS);
        prop_assert!(card.minutes.is_none_or(|m| m <= MAX_MINUTES));
        prop_assert!(card.servqual.is_none() || card.lane.takes_servqual(), "customer action {:?} rated by SERVQUAL", card.id);
        if let Some(owner) = card.owner {
            // A live position, or a deleted one: never another kind of item.
            prop_assert!(positions.contains(&owner) || !ids.contains(&owner), "card {:?} owned by non-position {:?}", card.id, owner);
            prop_assert!(owner.0 >= 1 && owner.0 < p.next_item_id, "owner {:?} not from the counter", owner);
        }
    }

    let mut connectors = HashSet::new();
    for c in &bp.connectors {
        prop_assert!(c.from != c.to, "connector to itself: {:?}", c);
        prop_assert!(cards.contains(&c.from) && cards.contains(&c.to), "connector to nothing: {:?}", c);
        prop_assert!(connectors.insert(*c), "connector twice: {:?}", c);
    }

    let mut linked = HashSet::new();
    for item in &p.swot.items {
        if let Some(Origin::FailPoint(id)) = item.origin {
            prop_assert!(cards.contains(&id), "item {:?} sent from missing card {:?}", item.id, id);
            let mark = bp.card(id).and_then(|c| c.mark);
            prop_assert_eq!(mark, Some(Mark::FailPoint), "item {:?} linked to card {:?}, which is not a fail point", item.id, id);
            prop_assert_eq!(item.quadrant, Quadrant::Weaknesses, "fail point {:?} sent to {:?}", id, item.quadrant);
            prop_assert!(linked.insert(id), "two items sent from card {:?}", id);
        }
    }
    prop_assert_eq!(p.clone().repair(), 0, "repair changed a document reached through apply");
    Ok(())
}

/// The cards of `before` that a successful command removed.
fn removed_cards(before: &Project, after: &Project) -> Vec<ItemId> {
    before.blueprint.cards.iter().map(|c| c.id).filter(|id| after.blueprint.card(*id).is_none()).collect()
}

/// What a command must have done (or why it must have been refused), beyond the invariants.
fn check_effect(before: &Project, after: &Project, cmd: &Command, result: &Result<bool, ModelError>) -> Result<(), TestCaseError> {
    // Refusals the rules promise.
    match cmd {
        Command::Blueprint(B::Connect { from, to }) if from == to && before.blueprint.card(*from).is_some() => {
            prop_assert_eq!(result, &Err(ModelError::ConnectorToItself));
        }
        Command::Blueprint(B::DeleteLane { lane }) if lane.is_standard() => {
            prop_assert_eq!(result, &Err(ModelError::StandardLane));
        }
        Command::Blueprint(B::SetServqual { id, servqual: Some(_) }) if before.blueprint.card(*id).is_some_and(|c| !c.lane.takes_servqual()) => {
            prop_assert_eq!(result, &Err(ModelError::ServqualOnCustomerAction));
        }
        Command::Blueprint(B::Insert { draft, .. }) if !draft.is_well_formed() => {
            prop_assert_eq!(result, &Err(ModelError::InvalidDraft));
        }
        Command::SendToSwot { quadrant, .. } if *quadrant != Quadrant::Weaknesses => {
            prop_assert_eq!(result, &Err(ModelError::FailPointToWeakness));
        }
        Command::SendToSwot { origin, .. } if sent_item(before, *origin).is_some() => {
            prop_assert_eq!(result, &Err(ModelError::AlreadySent));
        }
        _ => {}
    }
    if result != &Ok(true) {
        prop_assert_eq!(after, before, "{:?} gave {:?} but changed the project", cmd, result);
        return Ok(());
    }
    let (b0, b1) = (&before.blueprint, &after.blueprint);
    // Cards removed by this command leave their weaknesses in place, unlinked.
    for gone in removed_cards(before, after) {
        if let Some(item) = sent_item(before, Origin::FailPoint(gone)) {
            let kept = after.swot.item(item.id);
            prop_assert!(kept.is_some_and(|i| i.origin.is_none()), "the weakness sent from {:?} was not kept unlinked", gone);
        }
    }
    match cmd {
        Command::Blueprint(B::AddStep { index, .. }) => {
            let id = ItemId(before.next_item_id.max(1));
            let at = b1.steps.iter().position(|s| s.id == id).expect("the new step");
            prop_assert_eq!(at, index.map_or(b0.steps.len(), |i| i.min(b0.steps.len())));
        }
        Command::Blueprint(B::DeleteStep { id }) => {
            prop_assert!(b1.step(*id).is_none());
            prop_assert_eq!(b1.cards.len(), b0.cards.len() - b0.cards.iter().filter(|c| c.step == *id).count());
        }
        Command::Blueprint(B::DeleteLane { lane }) => {
            prop_assert!(b1.lane(*lane).is_none());
            prop_assert_eq!(b1.cards.len(), b0.cards.len() - b0.cards.iter().filter(|c| c.lane == *lane).count());
        }
        Command::Blueprint(B::DeleteCard { id }) => {
            prop_assert_eq!(removed_cards(before, after), vec![*id]);
            prop_assert_eq!(b1.cards.len(), b0.cards.len() - 1);
            let touching = b0.connectors.iter().filter(|c| c.from == *id || c.to == *id).count();
            prop_assert_eq!(b1.connectors.len(), b0.connectors.len() - touching);
        }
        Command::Blueprint(B::AddLane { after: above, .. }) => {
            let at = b1.lanes.iter().position(|l| l.key == LaneKey::Custom(ItemId(before.next_item_id.max(1)))).expect("the new lane");
            prop_assert_eq!(b1.lanes[at - 1].key, *above);
        }
        Command::Blueprint(B::AddCard { step, lane, index, .. }) => {
            let id = ItemId(before.next_item_id.max(1));
            let in_cell: Vec<ItemId> = b1.cell(*step, *lane).map(|c| c.id).collect();
            let at = in_cell.iter().position(|c| *c == id).expect("the new card in its cell");
            prop_assert_eq!(at, index.map_or(in_cell.len() - 1, |i| i.min(in_cell.len() - 1)));
        }
        Command::Blueprint(B::MoveCard { id, step, lane, index }) => {
            let in_cell: Vec<ItemId> = b1.cell(*step, *lane).map(|c| c.id).collect();
            let at = in_cell.iter().position(|c| c == id).expect("the moved card in its new cell");
            prop_assert_eq!(at, (*index).min(in_cell.len() - 1));
            prop_assert_eq!(&b1.connectors, &b0.connectors, "moving a card changed connectors");
            prop_assert_eq!(b1.cards.len(), b0.cards.len());
        }
        Command::Blueprint(B::Connect { from, to }) => {
            prop_assert_eq!(b1.connectors.last().map(|c| (c.from, c.to)), Some((*from, *to)));
        }
        Command::Blueprint(B::Insert { draft, replace }) => {
            let (steps, cards) = if *replace { (0, 0) } else { (b0.steps.len(), b0.cards.len()) };
            prop_assert_eq!(b1.steps.len(), steps + draft.steps.len());
            prop_assert_eq!(b1.cards.len(), cards + draft.cards.len());
            prop_assert_eq!(after.next_item_id, before.next_item_id.max(1) + (draft.steps.len() + draft.cards.len()) as u64);
            prop_assert_eq!(&b1.lanes, &b0.lanes);
        }
        Command::SendToSwot { origin: Origin::FailPoint(id), .. } => {
            let item = sent_item(after, Origin::FailPoint(*id)).expect("a linked weakness");
            prop_assert_eq!(item.quadrant, Quadrant::Weaknesses);
            prop_assert_eq!(&item.text, &b0.card(*id).expect("the card exists").text);
            prop_assert_eq!(after.swot.items.len(), before.swot.items.len() + 1);
            prop_assert!(std::rc::Rc::ptr_eq(b0, b1), "sending changed the blueprint");
        }
        Command::Swot(_) | Command::Org(_) => {
            // SWOT and org edits never touch the blueprint: owners of deleted positions stay.
            prop_assert!(std::rc::Rc::ptr_eq(b0, b1), "{:?} changed the blueprint", cmd);
        }
        _ => {}
    }
    Ok(())
}

/// A starting document: empty, or the sample project (SWOT, five forces, org chart) with a
/// small blueprint, an owner and a sent fail point.
fn start(seeded: bool) -> Project {
    let base = Project::new(ProjectId::parse("p1").unwrap(), "P".into(), Timestamp(0));
    if !seeded {
        return base;
    }
    let mut p = sample_project(base, false);
    let n = p.next_item_id;
    let (s1, s2, c1, c2, c3) = (ItemId(n), ItemId(n + 1), ItemId(n + 2), ItemId(n + 3), ItemId(n + 4));
    let owner = p.org.positions.first().map(|q| q.id);
    let commands = [
        Command::Blueprint(B::AddStep { index: None, name: "Arrive".into() }),
        Command::Blueprint(B::AddStep { index: None, name: "Wait".into() }),
        Command::Blueprint(B::AddCard { step: s1, lane: LaneKey::Customer, index: None, text: "Walks in".into() }),
        Command::Blueprint(B::AddCard { step: s1, lane: LaneKey::FrontStage, index: None, text: "Greets".into() }),
        Command::Blueprint(B::AddCard { step: s2, lane: LaneKey::BackStage, index: None, text: "Checks".into() }),
        Command::Blueprint(B::Connect { from: c1, to: c2 }),
        Command::Blueprint(B::Connect { from: c2, to: c3 }),
        Command::Blueprint(B::MarkCard { id: c2, mark: Some(Mark::FailPoint), minutes: Some(5) }),
        Command::Blueprint(B::SetOwner { id: c2, owner }),
        Command::SendToSwot { origin: Origin::FailPoint(c2), quadrant: Quadrant::Weaknesses },
    ];
    for command in commands {
        match apply(&p, &command) {
            Ok(Outcome::Changed(next)) => p = next,
            other => panic!("seeding: {command:?} gave {other:?}"),
        }
    }
    p
}

fn run(seeded: bool, ops: &[Op], undo_back: usize) -> Result<(), TestCaseError> {
    let original = start(seeded);
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
    fn random_blueprint_edits_keep_every_rule(seeded in any::<bool>(), ops in prop::collection::vec(op(), 1..80), undo_back in 0..80usize) {
        run(seeded, &ops, undo_back)?;
    }
}

/// A fixed sequence through the tricky paths: a fail point sent, sent again, sent to the
/// wrong quadrant, its step deleted and undone, its lane deleted, its weakness moved out of
/// W; an owner whose position is deleted; connectors to itself and twice; a malformed draft;
/// a draft replacing the blueprint; undo and redo across them.
#[test]
fn fail_points_owners_and_drafts_in_one_run() {
    use Op::*;
    let good = DraftSpec {
        well_formed: true,
        steps: vec![("a".into(), Some(3), Some(1)), ("b".into(), None, None)],
        cards: vec![(0, 1, "x".into(), Some(Mark::FailPoint)), (1, 2, "y".into(), None)],
        connectors: vec![(0, 1), (0, 1)],
    };
    let bad = DraftSpec { well_formed: false, connectors: vec![(1, 1)], ..good.clone() };
    let ops = vec![
        AddStep(None, "Arrive".into()),
        AddStep(Some(0), "Before".into()),
        AddLane(LanePick::Live(4), "Systems".into()),
        AddCard(Pick::Live(1), LanePick::Live(1), None, "Walks in".into()),
        AddCard(Pick::Live(1), LanePick::Live(5), None, "Server".into()),
        AddCard(Pick::Live(0), LanePick::Live(2), Some(0), "Greets".into()),
        Connect(Pick::Live(0), Pick::Live(1)),
        Connect(Pick::Live(0), Pick::Live(1)),
        ConnectToItself(Pick::Live(0)),
        MarkCard(Pick::Live(1), Some(Mark::FailPoint), Some(MAX_MINUTES + 1)),
        MarkCard(Pick::Live(1), Some(Mark::FailPoint), Some(9)),
        Send(Pick::Live(1), Quadrant::Strengths),
        Send(Pick::Live(1), Quadrant::Weaknesses),
        Send(Pick::Live(1), Quadrant::Weaknesses),
        OrgAdd("Lead".into()),
        SetOwner(Pick::Live(0), Some(Pick::Live(0))),
        SetOwner(Pick::Live(1), Some(Pick::Bogus(3))),
        OrgDelete(Pick::Live(0), DeleteMode::WholeBranch),
        DeleteStep(Pick::Live(1)),
        Undo,
        DeleteCard(Pick::Live(1)),
        Undo,
        DeleteCard(Pick::Bogus(1)),
        Redo,
        Undo,
        DeleteLane(LanePick::Live(5)),
        DeleteLane(LanePick::Live(0)),
        Undo,
        SwotMove(Pick::Live(0), Quadrant::Threats, 0),
        Send(Pick::Live(1), Quadrant::Weaknesses),
        Insert(bad, false),
        Insert(good.clone(), false),
        Insert(good, true),
        Undo,
        Undo,
        Redo,
    ];
    run(false, &ops, 3).unwrap();
    run(true, &ops, 3).unwrap();
}
