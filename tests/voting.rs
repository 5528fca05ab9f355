//! Dot voting: rounds take their ids from the project counter and only one is open at a time;
//! the current participant's dots are limited; totals and results rank votable items (SWOT
//! items, five-forces factors, fail points) with ties in document order; vote codes carry a
//! ballot from another device; rounds undo, save and load like any edit; `Project::repair`
//! fixes damaged rounds and finds nothing to fix after any sequence of voting commands mixed
//! with SWOT deletes, undo and redo (checked against the shared shadow, `tests/common/shadow.rs`).
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::blueprint::{BlueprintCommand, LaneKey, Mark};
use planning_workbench::model::five_forces::{Force, ForcesCommand};
use planning_workbench::model::org::OrgCommand;
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::voting::{parse_vote_code, vote_code, Round, VoteCommand, Voter, Voting, MAX_DOTS, MAX_PARTICIPANTS};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};
use proptest::prelude::*;
use std::rc::Rc;

mod common;
use common::shadow::Shadow;

fn empty() -> Project {
    Project::new(ProjectId::parse("p-vote").unwrap(), "Plan".into(), Timestamp(0))
}

/// Applies `command`, which must change the project.
fn run(project: &Project, command: Command) -> Project {
    match apply(project, &command) {
        Ok(Outcome::Changed(next)) => next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

/// A voting command applied through the project, which knows what is votable.
fn apply_vote(project: &Project, command: &VoteCommand) -> Result<Outcome, ModelError> {
    apply(project, &Command::Vote(command.clone()))
}

fn votable(project: &Project, id: ItemId) -> bool {
    project.votable(id)
}

fn results(project: &Project, round: &Round) -> Vec<(ItemId, u32)> {
    project.vote_results(round)
}

fn vote(project: &Project, command: VoteCommand) -> Project {
    run(project, Command::Vote(command))
}

/// Applies `command` and returns the id the counter issued for it.
fn added(project: &mut Project, command: Command) -> ItemId {
    *project = run(project, command);
    ItemId(project.next_item_id - 1)
}

/// A project with something of every kind, and their ids.
struct Board {
    project: Project,
    factor: ItemId,
    strength: ItemId,
    weakness: ItemId,
    fail: ItemId,
    plain: ItemId,
    wait: ItemId,
    step: ItemId,
    position: ItemId,
    strategy: ItemId,
}

fn board() -> Board {
    let mut p = empty();
    // The factor comes first by id but after the SWOT items in result ties.
    let factor = added(&mut p, Command::Forces(ForcesCommand::AddFactor { force: Force::Buyers, text: "Price".into() }));
    let strength = added(&mut p, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: "Staff".into(), source: None }));
    let weakness = added(&mut p, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Weaknesses, text: "Hours".into(), source: None }));
    let step = added(&mut p, Command::Blueprint(BlueprintCommand::AddStep { index: None, name: "Arrive".into() }));
    let card = |text: &str| Command::Blueprint(BlueprintCommand::AddCard { step, lane: LaneKey::FrontStage, index: None, text: text.into() });
    let fail = added(&mut p, card("Queue"));
    let plain = added(&mut p, card("Greet"));
    let wait = added(&mut p, card("Wait"));
    p = run(&p, Command::Blueprint(BlueprintCommand::MarkCard { id: fail, mark: Some(Mark::FailPoint), minutes: None }));
    p = run(&p, Command::Blueprint(BlueprintCommand::MarkCard { id: wait, mark: Some(Mark::WaitPoint), minutes: None }));
    let position = added(&mut p, Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: "Boss".into() }));
    let opportunity = added(&mut p, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Opportunities, text: "Mall".into(), source: None }));
    let strategy = added(
        &mut p,
        Command::Swot(SwotCommand::AddStrategy {
            cell: planning_workbench::model::swot::TowsCell::SO,
            text: "Go".into(),
            sources: vec![strength, opportunity],
        }),
    );
    Board { project: p, factor, strength, weakness, fail, plain, wait, step, position, strategy }
}

fn start(p: &Project, dots: u8, participants: u16) -> Project {
    vote(p, VoteCommand::Start { dots, participants, now: Timestamp(50) })
}

fn open(p: &Project) -> &Round {
    p.voting.open().expect("a round is open")
}

#[test]
fn a_round_takes_its_id_from_the_counter_and_only_one_is_open() {
    let b = board();
    let counter = b.project.next_item_id;
    let p = start(&b.project, 3, 4);
    let round = open(&p);
    assert_eq!(round.id, ItemId(counter));
    assert_eq!(p.next_item_id, counter + 1);
    assert_eq!((round.dots, round.participants, round.current, round.revealed, round.ended), (3, 4, 0, false, None));
    assert_eq!(round.ballots, vec![Vec::<ItemId>::new(); 4]);
    assert_eq!(round.started, Timestamp(50));
    let again = VoteCommand::Start { dots: 1, participants: 1, now: Timestamp(60) };
    assert_eq!(apply_vote(&p, &again), Err(ModelError::RoundOpen));
    // Once ended, a new round can start with the next id.
    let p = vote(&p, VoteCommand::End { now: Timestamp(70) });
    let p = vote(&p, again);
    assert_eq!(p.voting.rounds.len(), 2);
    assert_eq!(open(&p).id, ItemId(counter + 1));
}

#[test]
fn start_checks_dots_and_participants() {
    let p = empty();
    for (dots, participants) in [(0, 1), (MAX_DOTS + 1, 1), (1, 0), (1, MAX_PARTICIPANTS + 1), (0, 0), (u8::MAX, u16::MAX)] {
        let result = apply_vote(&p, &VoteCommand::Start { dots, participants, now: Timestamp(1) });
        assert_eq!(result, Err(ModelError::VoteRange), "{dots} dots, {participants} people");
    }
    for (dots, participants) in [(1, 1), (MAX_DOTS, MAX_PARTICIPANTS)] {
        let p = start(&p, dots, participants);
        assert_eq!(open(&p).ballots.len(), usize::from(participants));
    }
}

#[test]
fn dots_go_to_the_current_participant_up_to_the_limit() {
    let b = board();
    let mut p = start(&b.project, 3, 2);
    for id in [b.strength, b.strength, b.fail] {
        p = vote(&p, VoteCommand::Dot { id });
    }
    assert_eq!(apply_vote(&p, &VoteCommand::Dot { id: b.factor }), Err(ModelError::NoDotsLeft));
    let round = open(&p);
    assert_eq!(round.ballots[0], vec![b.strength, b.strength, b.fail]);
    assert_eq!(round.ballots[1], vec![]);
    assert_eq!((round.left(0), round.left(1), round.left(2)), (0, 3, 0));
    assert_eq!((round.mine(0, b.strength), round.mine(1, b.strength), round.mine(0, b.factor)), (2, 0, 0));
    // Undot takes back the last dot on that item only.
    let p = vote(&p, VoteCommand::Undot { id: b.strength });
    assert_eq!(open(&p).ballots[0], vec![b.strength, b.fail]);
    assert_eq!(apply_vote(&p, &VoteCommand::Undot { id: b.factor }), Ok(Outcome::Unchanged));
    assert_eq!(apply_vote(&p, &VoteCommand::Undot { id: ItemId(999) }), Ok(Outcome::Unchanged));
    assert_eq!(open(&p).left(0), 1);
}

#[test]
fn the_turn_passes_between_participants() {
    let b = board();
    let p = start(&b.project, 2, 3);
    let p = vote(&p, VoteCommand::SetParticipant { index: 2 });
    assert_eq!(open(&p).current, 2);
    let p = vote(&p, VoteCommand::Dot { id: b.weakness });
    assert_eq!(open(&p).ballots, vec![vec![], vec![], vec![b.weakness]]);
    assert_eq!(apply_vote(&p, &VoteCommand::SetParticipant { index: 2 }), Ok(Outcome::Unchanged));
    assert_eq!(apply_vote(&p, &VoteCommand::SetParticipant { index: 3 }), Err(ModelError::VoteRange));
    assert_eq!(apply_vote(&p, &VoteCommand::SetParticipant { index: u16::MAX }), Err(ModelError::VoteRange));
    // Undot works on the current participant's ballot only.
    let p = vote(&p, VoteCommand::SetParticipant { index: 0 });
    assert_eq!(apply_vote(&p, &VoteCommand::Undot { id: b.weakness }), Ok(Outcome::Unchanged));
}

#[test]
fn round_commands_need_an_open_round() {
    let b = board();
    let commands = [
        VoteCommand::Dot { id: b.strength },
        VoteCommand::Undot { id: b.strength },
        VoteCommand::SetParticipant { index: 0 },
        VoteCommand::AddCode { code: "V1-".into() },
        VoteCommand::Reveal,
        VoteCommand::End { now: Timestamp(1) },
    ];
    let ended = vote(&start(&b.project, 1, 1), VoteCommand::End { now: Timestamp(2) });
    for project in [&b.project, &ended] {
        for command in &commands {
            assert_eq!(apply_vote(project, command), Err(ModelError::NoOpenRound), "{command:?}");
        }
    }
}

#[test]
fn only_swot_items_factors_and_fail_points_take_dots() {
    let b = board();
    let p = &b.project;
    for id in [b.strength, b.weakness, b.factor, b.fail] {
        assert!(votable(p, id), "{id:?} should be votable");
    }
    let competitor = {
        let mut p = p.clone();
        added(&mut p, Command::Forces(ForcesCommand::AddCompetitor { name: "Rival".into(), kind: None }))
    };
    for id in [b.plain, b.wait, b.step, b.position, b.strategy, competitor, ItemId(0), ItemId(p.next_item_id), ItemId(u64::MAX)] {
        assert!(!votable(p, id), "{id:?} should not be votable");
    }
    let p = start(p, 5, 1);
    for id in [b.plain, b.wait, b.step, b.position, ItemId(12345)] {
        assert_eq!(apply_vote(&p, &VoteCommand::Dot { id }), Err(ModelError::NotVotable(id)));
    }
    // Unmarking a fail point makes it unvotable; its dots stay cast but leave the results.
    let p = vote(&p, VoteCommand::Dot { id: b.fail });
    let unmarked = run(&p, Command::Blueprint(BlueprintCommand::MarkCard { id: b.fail, mark: None, minutes: None }));
    assert!(!votable(&unmarked, b.fail));
    assert_eq!(open(&unmarked).total(b.fail), 1);
    assert_eq!(results(&unmarked, open(&unmarked)), vec![]);
    assert_eq!(results(&p, open(&p)), vec![(b.fail, 1)]);
}

#[test]
fn results_rank_by_dots_with_ties_in_document_order() {
    let b = board();
    let mut p = start(&b.project, 4, 3);
    let ballots = [vec![b.fail, b.factor, b.weakness, b.strength], vec![b.fail, b.factor, b.weakness], vec![b.fail, b.fail]];
    for (who, ballot) in ballots.iter().enumerate() {
        if who > 0 {
            p = vote(&p, VoteCommand::SetParticipant { index: who as u16 });
        }
        for &id in ballot {
            p = vote(&p, VoteCommand::Dot { id });
        }
    }
    let round = open(&p);
    assert_eq!((round.total(b.fail), round.total(b.factor), round.total(b.strength), round.total(b.plain)), (4, 2, 1, 0));
    // The factor was added before the SWOT items, yet SWOT items come first among equals.
    assert_eq!(results(&p, round), vec![(b.fail, 4), (b.weakness, 2), (b.factor, 2), (b.strength, 1)]);
    // A deleted item leaves the results but keeps its dots in the ballots.
    let deleted = run(&p, Command::Swot(SwotCommand::DeleteItem { id: b.weakness }));
    assert_eq!(results(&deleted, open(&deleted)), vec![(b.fail, 4), (b.factor, 2), (b.strength, 1)]);
    assert_eq!(open(&deleted).total(b.weakness), 2);
}

#[test]
fn a_vote_code_fills_the_first_empty_ballot() {
    let b = board();
    let mut p = start(&b.project, 3, 3);
    for id in [b.factor, b.factor, b.fail] {
        p = vote(&p, VoteCommand::Dot { id });
    }
    let round = open(&p);
    let code = vote_code(round, 0);
    let base36 = |n: u64| {
        let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let (mut n, mut out) = (n, Vec::new());
        loop {
            out.insert(0, digits[(n % 36) as usize]);
            n /= 36;
            if n == 0 {
                break String::from_utf8(out).unwrap();
            }
        }
    };
    let (r, f, x) = (base36(round.id.0), base36(b.factor.0), base36(b.fail.0));
    assert_eq!(code, format!("V{r}-{f}.{f}.{x}"));
    assert_eq!(vote_code(round, 1), format!("V{r}-"));
    assert_eq!(vote_code(round, 99), format!("V{r}-"));
    assert_eq!(parse_vote_code(&code), Some((round.id, vec![b.factor, b.factor, b.fail])));
    assert_eq!(parse_vote_code(&format!("  {}\n", code.to_uppercase())), Some((round.id, vec![b.factor, b.factor, b.fail])));
    // Participant 0's code lands in ballot 1, the first empty one, whoever's turn it is.
    let q = vote(&p, VoteCommand::AddCode { code: format!(" {code}\t") });
    assert_eq!(open(&q).ballots[1], open(&q).ballots[0]);
    assert_eq!(open(&q).current, 0);
    let q = vote(&q, VoteCommand::AddCode { code: code.clone() });
    assert_eq!(open(&q).ballots[2], open(&q).ballots[0]);
    assert_eq!(apply_vote(&q, &VoteCommand::AddCode { code: code.clone() }), Err(ModelError::NoEmptyBallot));
    // An empty ballot's code changes nothing.
    assert_eq!(apply_vote(&p, &VoteCommand::AddCode { code: format!("V{r}-") }), Ok(Outcome::Unchanged));
}

#[test]
fn bad_vote_codes_are_refused() {
    let b = board();
    let p = start(&b.project, 2, 2);
    let round = open(&p).id;
    let code = |ids: &[ItemId]| vote_code(&Round { ballots: vec![ids.to_vec()], ..open(&p).clone() }, 0);
    let cases: Vec<(String, ModelError)> = vec![
        (String::new(), ModelError::BadVoteCode),
        ("hello".into(), ModelError::BadVoteCode),
        ("V".into(), ModelError::BadVoteCode),
        ("V-1".into(), ModelError::BadVoteCode),
        (format!("{}x", code(&[b.strength])).replace('-', ""), ModelError::BadVoteCode),
        (format!("{}..", code(&[b.strength])), ModelError::BadVoteCode),
        (format!("{}.+1", code(&[b.strength])), ModelError::BadVoteCode),
        (format!("{}.zzzzzzzzzzzzzzzz", code(&[b.strength])), ModelError::BadVoteCode),
        (format!("{} {}", code(&[b.strength]), "1"), ModelError::BadVoteCode),
        (code(&[b.strength]).replacen('V', "X", 1), ModelError::BadVoteCode),
        (vote_code(&Round { id: ItemId(round.0 + 1), ballots: vec![vec![b.strength]], ..open(&p).clone() }, 0), ModelError::WrongRound),
        (code(&[b.strength, b.strength, b.strength]), ModelError::NoDotsLeft),
        (code(&[b.strength; 40]), ModelError::NoDotsLeft),
        (code(&[b.strength, b.plain]), ModelError::NotVotable(b.plain)),
        (code(&[ItemId(9_999)]), ModelError::NotVotable(ItemId(9_999))),
    ];
    for (text, expected) in cases {
        assert_eq!(apply_vote(&p, &VoteCommand::AddCode { code: text.clone() }), Err(expected), "{text:?}");
    }
}

#[test]
fn reveal_end_and_delete() {
    let b = board();
    let p = start(&b.project, 1, 1);
    let id = open(&p).id;
    let p = vote(&p, VoteCommand::Reveal);
    assert!(open(&p).revealed);
    assert_eq!(apply_vote(&p, &VoteCommand::Reveal), Ok(Outcome::Unchanged));
    let p = vote(&p, VoteCommand::End { now: Timestamp(90) });
    assert!(p.voting.open().is_none());
    assert_eq!(p.voting.round(id).map(|r| r.ended), Some(Some(Timestamp(90))));
    assert_eq!(apply_vote(&p, &VoteCommand::DeleteRound { id: b.strength }), Err(ModelError::ItemNotFound(b.strength)));
    let p = vote(&p, VoteCommand::DeleteRound { id });
    assert!(p.voting.rounds.is_empty());
    // An open round can be deleted too, which frees the way for a new one.
    let q = start(&p, 2, 2);
    let q = vote(&q, VoteCommand::DeleteRound { id: open(&q).id });
    assert!(q.voting.open().is_none());
    start(&q, 2, 2);
}

#[test]
fn voting_edits_undo_and_redo() {
    let b = board();
    let mut session = EditSession::new(b.project.clone());
    let steps = [
        VoteCommand::Start { dots: 2, participants: 2, now: Timestamp(5) },
        VoteCommand::Dot { id: b.strength },
        VoteCommand::SetParticipant { index: 1 },
        VoteCommand::Dot { id: b.fail },
        VoteCommand::Reveal,
        VoteCommand::End { now: Timestamp(6) },
    ];
    let mut history = vec![session.project().clone()];
    for (n, step) in steps.iter().enumerate() {
        assert_eq!(session.execute(&Command::Vote(step.clone()), Timestamp(10 + n as i64)), Ok(true), "{step:?}");
        history.push(session.project().clone());
    }
    let done = session.project().clone();
    assert_eq!(done.voting.rounds[0].ballots, vec![vec![b.strength], vec![b.fail]]);
    for expected in history.iter().rev().skip(1) {
        assert!(session.undo(Timestamp(100)));
        assert!(session.project().same_content(expected));
    }
    assert!(session.project().same_content(&b.project));
    while session.redo(Timestamp(200)) {}
    assert!(session.project().same_content(&done));
    // Refused and no-op commands leave no undo step.
    assert_eq!(session.execute(&Command::Vote(VoteCommand::Reveal), Timestamp(300)), Err(ModelError::NoOpenRound));
    assert_eq!(session.execute(&Command::Vote(VoteCommand::Undot { id: b.strength }), Timestamp(300)), Err(ModelError::NoOpenRound));
    assert!(session.undo(Timestamp(301)));
    assert!(session.project().same_content(&history[history.len() - 2]));
}

#[test]
fn rounds_save_and_load_unchanged() {
    let b = board();
    let mut p = start(&b.project, 3, 2);
    p = vote(&p, VoteCommand::Dot { id: b.factor });
    p = vote(&p, VoteCommand::Dot { id: b.factor });
    p = vote(&p, VoteCommand::End { now: Timestamp(77) });
    p = start(&p, 1, 1);
    p = vote(&p, VoteCommand::Reveal);
    let text = encode_project(&p, Timestamp(1_000));
    assert!(text.contains("\"voting\""));
    let (back, _) = decode_project(&text).expect("decodes");
    assert_eq!(back, p);
    // A project without rounds stores no voting field, and older files load with none.
    let plain = encode_project(&b.project, Timestamp(1_000));
    assert!(!plain.contains("voting"));
    let (back, _) = decode_project(&plain).expect("decodes");
    assert_eq!(back.voting, Rc::new(Voting::default()));
    let sample = sample_project(empty(), true);
    let (back, _) = decode_project(&encode_project(&sample, Timestamp(1))).expect("decodes");
    assert_eq!(back, sample);
}

#[test]
fn on_devices_each_device_keeps_its_own_ballot() {
    let b = board();
    let p = vote(&b.project, VoteCommand::StartOnDevices { dots: 2, host: "host1".into(), now: Timestamp(50) });
    let r = open(&p);
    assert!(r.on_devices() && r.ballots.is_empty());
    assert_eq!((r.host.as_str(), r.left_on("host1"), r.left_on("guest")), ("host1", 2, 2));
    let dot = |p: &Project, device: &str, id| vote(p, VoteCommand::DeviceDot { device: device.into(), name: format!(" {device}\u{1b}[31m "), id });
    let p = dot(&p, "guest", b.strength);
    let p = dot(&p, "guest", b.strength);
    let p = dot(&p, "host1", b.fail);
    let r = open(&p);
    assert_eq!(r.voters.len(), 2);
    assert_eq!(r.voters[0].name, "guest[31m", "control characters dropped, trimmed");
    assert_eq!((r.mine_on("guest", b.strength), r.left_on("guest"), r.left_on("host1")), (2, 0, 1));
    assert_eq!((r.total(b.strength), r.total(b.fail), r.voted()), (2, 1, 2));
    assert_eq!(results(&p, r), vec![(b.strength, 2), (b.fail, 1)]);
    assert_ne!(r.voters[0].id, r.voters[1].id);
    assert!(r.voters.iter().all(|v| v.id.0 < p.next_item_id), "ballot ids come from the counter");

    let refused = |p: &Project, command: VoteCommand| apply_vote(p, &command).err();
    let dot_cmd = |device: &str, id| VoteCommand::DeviceDot { device: device.into(), name: String::new(), id };
    assert_eq!(refused(&p, dot_cmd("guest", b.fail)), Some(ModelError::NoDotsLeft));
    assert_eq!(refused(&p, dot_cmd("guest", b.plain)), Some(ModelError::NotVotable(b.plain)));
    assert_eq!(refused(&p, dot_cmd("../x", b.fail)), Some(ModelError::VoteRange));
    assert_eq!(refused(&p, VoteCommand::Dot { id: b.fail }), Some(ModelError::NoDotsLeft), "no seats to dot for");
    let bad_host = VoteCommand::StartOnDevices { dots: 2, host: String::new(), now: Timestamp(1) };
    assert_eq!(refused(&b.project, bad_host), Some(ModelError::VoteRange));

    let p = vote(&p, VoteCommand::DeviceUndot { device: "guest".into(), id: b.strength });
    assert_eq!(open(&p).mine_on("guest", b.strength), 1);
    let same = apply_vote(&p, &VoteCommand::DeviceUndot { device: "nobody".into(), id: b.strength });
    assert!(matches!(same, Ok(Outcome::Unchanged)), "{same:?}");

    // Saved and read back unchanged; a round of seats saves no voters.
    let (back, _) = decode_project(&encode_project(&p, Timestamp(1))).expect("decodes");
    assert_eq!(back.voting, p.voting);
    assert_eq!(back.clone().repair(), 0);
}

#[test]
fn repair_keeps_one_ballot_per_device() {
    let b = board();
    let (s, f) = (b.strength, b.fail);
    let base = b.project.next_item_id;
    let voter = |id: u64, device: &str, dots: Vec<ItemId>| Voter { id: ItemId(id), device: device.into(), name: "N\u{0}".into(), dots };
    let mut r = round(base, 2, 0, vec![], None);
    r.host = "bad host!".into();
    // The same device twice (two tabs at once), a malformed key, a ballot over the dots, a
    // voter id taken by an item.
    r.voters =
        vec![voter(base + 1, "d1", vec![s]), voter(base + 2, "d1", vec![f, f]), voter(base + 3, "<x>", vec![s]), voter(s.0, "d2", vec![s, s, s])];
    let mut p = with_rounds(&b.project, vec![r]);
    p.next_item_id = base + 4;
    assert!(p.repair() > 0);
    let r = &p.voting.rounds[0];
    assert_eq!(r.host, "");
    let kept: Vec<(&str, &[ItemId], &str)> = r.voters.iter().map(|v| (v.device.as_str(), v.dots.as_slice(), v.name.as_str())).collect();
    assert_eq!(kept, vec![("d1", &[s, f][..], "N"), ("d2", &[s, s][..], "N")]);
    assert_ne!(r.voters[1].id, s, "renumbered");
    assert_eq!(p.repair(), 0);

    // Voters in a round of seats are dropped.
    let mut seats = round(base, 2, 1, vec![vec![]], None);
    seats.voters = vec![voter(base + 1, "d1", vec![s])];
    let mut p = with_rounds(&b.project, vec![seats]);
    p.next_item_id = base + 2;
    assert_eq!(p.repair(), 1);
    assert!(p.voting.rounds[0].voters.is_empty());
}

fn round(id: u64, dots: u8, participants: u16, ballots: Vec<Vec<ItemId>>, ended: Option<i64>) -> Round {
    Round {
        id: ItemId(id),
        started: Timestamp(id as i64 * 10),
        dots,
        participants,
        ballots,
        current: 0,
        revealed: false,
        ended: ended.map(Timestamp),
        voters: Vec::new(),
        host: String::new(),
    }
}

fn with_rounds(p: &Project, rounds: Vec<Round>) -> Project {
    Project { voting: Rc::new(Voting { rounds }), ..p.clone() }
}

#[test]
fn repair_fixes_damaged_rounds() {
    let b = board();
    let s = b.strength;
    let base = ItemId(b.project.next_item_id).0;

    // Too few and too many ballots for the participants.
    let mut p = with_rounds(&b.project, vec![round(base, 2, 3, vec![vec![s]], Some(1)), round(base + 1, 2, 1, vec![vec![], vec![s], vec![]], None)]);
    p.next_item_id = base + 2;
    assert_eq!(p.repair(), 2);
    assert_eq!(p.voting.rounds[0].ballots, vec![vec![s], vec![], vec![]]);
    assert_eq!(p.voting.rounds[1].ballots, vec![Vec::<ItemId>::new()]);
    assert_eq!(p.repair(), 0);

    // An over-long ballot is cut to the dots; ballots naming deleted items are kept.
    let mut p = with_rounds(&b.project, vec![round(base, 2, 1, vec![vec![s, ItemId(9_000), s, s]], None)]);
    p.next_item_id = base + 1;
    assert_eq!(p.repair(), 1);
    assert_eq!(p.voting.rounds[0].ballots, vec![vec![s, ItemId(9_000)]]);

    // Out-of-range dots and current (no seats reads as a round voted on devices).
    let mut bad = round(base, 0, 0, vec![], None);
    bad.current = 7;
    let mut p = with_rounds(&b.project, vec![bad]);
    p.next_item_id = base + 1;
    assert_eq!(p.repair(), 2);
    let r = &p.voting.rounds[0];
    assert_eq!((r.dots, r.participants, r.current, r.ballots.len()), (1, 0, 0, 0));
    assert!(r.on_devices());
    let mut p = with_rounds(&b.project, vec![round(base, 200, 500, vec![vec![]; 500], None)]);
    p.next_item_id = base + 1;
    assert!(p.repair() > 0);
    let r = &p.voting.rounds[0];
    assert_eq!((r.dots, r.participants, r.ballots.len()), (MAX_DOTS, MAX_PARTICIPANTS, usize::from(MAX_PARTICIPANTS)));

    // Two open rounds: all but the last are ended at their start.
    let mut p = with_rounds(
        &b.project,
        vec![round(base, 1, 1, vec![vec![]], None), round(base + 1, 1, 1, vec![vec![]], None), round(base + 2, 1, 1, vec![vec![]], Some(5))],
    );
    p.next_item_id = base + 3;
    assert_eq!(p.repair(), 1);
    assert_eq!(p.voting.rounds[0].ended, Some(p.voting.rounds[0].started));
    assert_eq!(p.voting.open().map(|r| r.id), Some(ItemId(base + 1)));

    // A round id taken by an item, another round, or beyond the counter.
    let mut p = with_rounds(
        &b.project,
        vec![round(s.0, 1, 1, vec![vec![]], Some(1)), round(base + 5, 1, 1, vec![vec![]], Some(1)), round(base + 5, 1, 1, vec![vec![]], Some(1))],
    );
    let repairs = p.repair();
    assert_eq!(repairs, 3, "counter raised, two ids renumbered");
    let ids: Vec<ItemId> = p.voting.rounds.iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![ItemId(base + 6), ItemId(base + 5), ItemId(base + 7)]);
    assert_eq!(p.next_item_id, base + 8);
    assert!(p.swot.item(s).is_some());
    assert_eq!(p.repair(), 0);

    // Damage arriving through a file is repaired on load.
    let mut damaged = with_rounds(&b.project, vec![round(s.0, 3, 2, vec![vec![s; 9]], None), round(base, 3, 2, vec![], None)]);
    damaged.next_item_id = base + 1;
    let (loaded, _) = decode_project(&encode_project(&damaged, Timestamp(1))).expect("decodes");
    assert_eq!(loaded.clone().repair(), 0);
    assert_eq!(loaded.voting.rounds.iter().filter(|r| r.ended.is_none()).count(), 1);
}

/// A random step of the property test. Indices wrap over what exists when the step runs.
#[derive(Clone, Debug)]
enum Op {
    Start(u8, u16),
    Dot(usize),
    Undot(usize),
    SetParticipant(u16),
    /// Add the code of the n-th ballot of the open round (often empty, so refused or no-op),
    /// or of a fresh ballot of the n-th candidates.
    AddOwnCode(u16),
    AddMadeCode(Vec<usize>),
    AddGarbage(String),
    StartOnDevices(u8, usize),
    /// The n-th device (of a few, one of them with a malformed key) dots the m-th candidate.
    DeviceDot(usize, usize),
    DeviceUndot(usize, usize),
    Reveal,
    End,
    DeleteRound(usize),
    DeleteSwotItem(usize),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (prop_oneof![5 => 1..=4u8, 1 => Just(0u8), 1 => Just(MAX_DOTS), 1 => Just(MAX_DOTS + 1)],
              prop_oneof![5 => 1..=4u16, 1 => Just(0u16), 1 => Just(MAX_PARTICIPANTS + 1)]).prop_map(|(d, n)| Op::Start(d, n)),
        1 => (prop_oneof![5 => 1..=4u8, 1 => Just(0u8), 1 => Just(MAX_DOTS + 1)], 0..4usize).prop_map(|(d, n)| Op::StartOnDevices(d, n)),
        8 => (0..12usize).prop_map(Op::Dot),
        6 => (0..4usize, 0..12usize).prop_map(|(d, n)| Op::DeviceDot(d, n)),
        2 => (0..4usize, 0..12usize).prop_map(|(d, n)| Op::DeviceUndot(d, n)),
        3 => (0..12usize).prop_map(Op::Undot),
        3 => (0..6u16).prop_map(Op::SetParticipant),
        2 => (0..5u16).prop_map(Op::AddOwnCode),
        2 => prop::collection::vec(0..12usize, 0..6).prop_map(Op::AddMadeCode),
        1 => "\\PC{0,12}".prop_map(Op::AddGarbage),
        1 => Just(Op::Reveal),
        2 => Just(Op::End),
        1 => (0..4usize).prop_map(Op::DeleteRound),
        2 => (0..6usize).prop_map(Op::DeleteSwotItem),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

/// Ids to vote on: every votable item, other items, and ids that name nothing.
fn candidates(p: &Project) -> Vec<ItemId> {
    let mut ids: Vec<ItemId> = p.swot.items.iter().map(|i| i.id).collect();
    ids.extend(p.five_forces.factors.iter().map(|f| f.id));
    ids.extend(p.blueprint.cards.iter().map(|c| c.id));
    ids.extend(p.blueprint.steps.iter().map(|s| s.id));
    ids.extend([ItemId(0), ItemId(p.next_item_id), ItemId(u64::MAX)]);
    ids
}

fn command(p: &Project, op: &Op, now: Timestamp) -> Option<Command> {
    let pick = |n: usize| {
        let ids = candidates(p);
        ids[n % ids.len()]
    };
    let open_round = p.voting.open();
    let command = match op {
        Op::Start(dots, participants) => VoteCommand::Start { dots: *dots, participants: *participants, now },
        Op::StartOnDevices(dots, host) => VoteCommand::StartOnDevices { dots: *dots, host: DEVICES[*host].into(), now },
        Op::DeviceDot(device, n) => VoteCommand::DeviceDot { device: DEVICES[*device].into(), name: format!("P{device}\u{7}"), id: pick(*n) },
        Op::DeviceUndot(device, n) => VoteCommand::DeviceUndot { device: DEVICES[*device].into(), id: pick(*n) },
        Op::Dot(n) => VoteCommand::Dot { id: pick(*n) },
        Op::Undot(n) => VoteCommand::Undot { id: pick(*n) },
        Op::SetParticipant(index) => VoteCommand::SetParticipant { index: *index },
        Op::AddOwnCode(who) => VoteCommand::AddCode { code: open_round.map(|r| vote_code(r, *who)).unwrap_or_else(|| "V1-1".into()) },
        Op::AddMadeCode(picks) => {
            let template = open_round.cloned().unwrap_or_else(|| round(1, 1, 1, vec![], None));
            VoteCommand::AddCode { code: vote_code(&Round { ballots: vec![picks.iter().map(|&n| pick(n)).collect()], ..template }, 0) }
        }
        Op::AddGarbage(text) => VoteCommand::AddCode { code: text.clone() },
        Op::Reveal => VoteCommand::Reveal,
        Op::End => VoteCommand::End { now },
        Op::DeleteRound(n) => {
            let id = p.voting.rounds.get(*n).map_or(ItemId(*n as u64), |r| r.id);
            VoteCommand::DeleteRound { id }
        }
        Op::DeleteSwotItem(n) => {
            let items = &p.swot.items;
            let id = if items.is_empty() { ItemId(0) } else { items[n % items.len()].id };
            return Some(Command::Swot(SwotCommand::DeleteItem { id }));
        }
        Op::Undo | Op::Redo => return None,
    };
    Some(Command::Vote(command))
}

/// Device keys the property test votes from; the last one is not a key.
const DEVICES: [&str; 4] = ["a1", "b2", "c3", "no key"];

/// The invariants every reachable document keeps.
fn check(p: &Project) -> Result<(), TestCaseError> {
    let rounds = &p.voting.rounds;
    prop_assert!(rounds.iter().filter(|r| r.ended.is_none()).count() <= 1, "two open rounds");
    for r in rounds.iter() {
        prop_assert!((1..=MAX_DOTS).contains(&r.dots) && r.participants <= MAX_PARTICIPANTS);
        prop_assert_eq!(r.ballots.len(), usize::from(r.participants));
        prop_assert!(r.current < r.participants.max(1));
        if r.on_devices() {
            let bell = char::from(7);
            prop_assert!(r.voters.iter().all(|v| v.dots.len() <= usize::from(r.dots) && !v.name.contains(bell)));
            let devices: std::collections::HashSet<&str> = r.voters.iter().map(|v| v.device.as_str()).collect();
            prop_assert_eq!(devices.len(), r.voters.len(), "two ballots of one device");
            prop_assert!(!devices.contains("no key"));
        } else {
            prop_assert!(r.voters.is_empty() && r.host.is_empty());
        }
        prop_assert!(r.ballots.iter().all(|b| b.len() <= usize::from(r.dots)));
        prop_assert!(r.id.0 >= 1 && r.id.0 < p.next_item_id);
        let ranked = results(p, r);
        prop_assert!(ranked.windows(2).all(|w| w[0].1 >= w[1].1), "results not ranked: {:?}", ranked);
        prop_assert!(ranked.iter().all(|&(id, total)| votable(p, id) && total == r.total(id) && total > 0));
    }
    prop_assert_eq!(p.clone().repair(), 0, "repair changed a document reached through apply");
    Ok(())
}

fn run_ops(ops: &[Op], undo_back: usize) -> Result<(), TestCaseError> {
    let original = sample_project(empty(), false);
    check(&original)?;
    let (mut shadow, original) = Shadow::new(original)?;
    let mut session = EditSession::new(original.clone());
    for (n, op) in ops.iter().enumerate() {
        let now = Timestamp(1 + n as i64);
        let before = session.project().clone();
        match command(&before, op, now) {
            Some(cmd) => {
                let result = session.execute(&cmd, now);
                if let (Command::Vote(VoteCommand::Dot { id }), Err(e)) = (&cmd, &result) {
                    let expected = if before.voting.open().is_none() {
                        ModelError::NoOpenRound
                    } else if !votable(&before, *id) {
                        ModelError::NotVotable(*id)
                    } else {
                        ModelError::NoDotsLeft
                    };
                    prop_assert_eq!(e, &expected);
                }
                match result {
                    Ok(true) => shadow.executed(before.clone()),
                    Ok(false) => prop_assert_eq!(session.project(), &before, "{:?} was no change but changed", cmd),
                    Err(_) => prop_assert_eq!(session.project(), &before, "refused {:?} changed the project", cmd),
                }
            }
            None if matches!(op, Op::Undo) => {
                let did = session.undo(now);
                shadow.undone(did, before.clone(), session.project())?;
            }
            None => {
                let did = session.redo(now);
                shadow.redone(did, before.clone(), session.project())?;
            }
        }
        shadow.autosave(session.project(), now)?;
        check(session.project())?;
    }
    shadow.undo_some(&mut session, undo_back, Timestamp(9_999))?;
    while session.undo(Timestamp(10_000)) {}
    prop_assert!(session.project().same_content(&original), "undoing everything did not restore the start");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn random_voting_keeps_rounds_valid_and_repair_idle(ops in prop::collection::vec(op(), 1..60), undo_back in 0..60usize) {
        run_ops(&ops, undo_back)?;
    }
}
