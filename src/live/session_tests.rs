//! Tests of `session.rs`: the protocol between two sessions standing in for a client and
//! the server.

use super::*;
use serde_json::json;
use yrs::encoding::write::Write;
use yrs::updates::encoder::{Encoder, EncoderV1};

fn clock() -> Arc<dyn Clock> {
    Arc::new(|| 1_000u64)
}

fn me(name: &str) -> Presence {
    Presence { name: name.into(), colour: "#112233".into(), canvas: "swot".into(), ..Presence::default() }
}

fn sent(effects: &[Effect]) -> Vec<Vec<u8>> {
    effects.iter().filter_map(|e| if let Effect::Send(b) = e { Some(b.clone()) } else { None }).collect()
}

fn posted(effects: &[Effect]) -> Vec<FromWorker> {
    effects.iter().filter_map(|e| if let Effect::Post(m) = e { Some(m.clone()) } else { None }).collect()
}

/// Carries every frame `from` sent to `to` (the sync protocol is the same both ways, so two
/// sessions can stand in for a client and the server); returns what `to` answered.
fn carry(frames: &[Vec<u8>], to: &mut Session) -> Vec<Effect> {
    frames.iter().flat_map(|f| to.frame(f)).collect()
}

const ROOM: &str = "0123456789abcdef0123456789abcdef";

fn file(name: &str) -> Value {
    json!({"format": "planning-workbench", "schema_version": 4, "saved_at": 0,
        "project": {"id": "p1", "name": name, "created": 0, "updated": 0, "next_item_id": 1}})
}

#[test]
fn a_join_gets_the_room_s_project_and_who_is_there() {
    let (mut a, _) = Session::new(ROOM.into(), 1, clock(), Start::Seed(file("Workshop")), &me("Ana"));
    let (mut b, started) = Session::new(ROOM.into(), 2, clock(), Start::Join, &me("Bo"));
    assert!(!posted(&started).iter().any(|m| matches!(m, FromWorker::State { .. })), "nothing to show before the sync");
    let from_a = sent(&a.opened());
    let from_b = sent(&b.opened());
    let a_answers = carry(&from_b, &mut a);
    let b_got = carry(&sent(&a_answers), &mut b);
    let b_also = carry(&from_a, &mut b);
    let all: Vec<FromWorker> = posted(&b_got).into_iter().chain(posted(&b_also)).collect();
    let state = all.iter().find_map(|m| if let FromWorker::State { file, .. } = m { Some(file.clone()) } else { None });
    assert!(state.is_some_and(|f| f.contains("\"Workshop\"")), "{all:?}");
    assert!(all.contains(&FromWorker::Link { link: Link::Connected, unsent: 0 }));
    let names: Vec<String> = b.peers().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Ana"]);
}

#[test]
fn a_join_of_an_empty_room_says_so() {
    let (mut empty, _) = Session::new(ROOM.into(), 1, clock(), Start::Join, &me("Ana"));
    let (mut b, _) = Session::new(ROOM.into(), 2, clock(), Start::Join, &me("Bo"));
    let answers = carry(&sent(&b.opened()), &mut empty);
    assert!(posted(&carry(&sent(&answers), &mut b)).contains(&FromWorker::EmptyRoom));
}

#[test]
fn offline_edits_are_counted_and_go_with_the_next_sync() {
    let (mut a, _) = Session::new(ROOM.into(), 1, clock(), Start::Seed(file("v1")), &me("Ana"));
    let (mut server, _) = Session::new(ROOM.into(), 9, clock(), Start::Join, &me("server"));
    carry(&sent(&carry(&sent(&a.opened()), &mut server)), &mut a);
    carry(&sent(&carry(&sent(&server.opened()), &mut a)), &mut server);
    a.closed();
    let edit = a.page(ToWorker::Edit { seen: 0, file: file("v2").to_string() });
    assert!(sent(&edit).is_empty(), "nothing goes out while offline");
    assert!(posted(&edit).contains(&FromWorker::Link { link: Link::Offline, unsent: 1 }));
    assert!(edit.contains(&Effect::KeepNow));
    a.opened();
    let reply = a.frame(&wire::sync(ROOM, &SyncMessage::SyncStep1(server.replica.state_vector())));
    carry(&sent(&reply), &mut server);
    assert_eq!(server.replica.value()["project"]["name"], "v2");
    let mut status = EncoderV1::new();
    status.write_string(ROOM);
    status.write_var(8u8);
    status.write_var(1u8);
    assert!(posted(&a.frame(&status.to_vec())).contains(&FromWorker::Link { link: Link::Connecting, unsent: 0 }));
}

#[test]
fn garbage_and_foreign_frames_change_nothing() {
    let (mut a, _) = Session::new(ROOM.into(), 1, clock(), Start::Seed(file("kept")), &me("Ana"));
    let before = a.replica.value();
    for frame in
        [vec![], vec![0xff; 40], wire::sync("another-room", &SyncMessage::Update(vec![1, 2])), wire::sync(ROOM, &SyncMessage::Update(vec![9, 9, 9]))]
    {
        let effects = a.frame(&frame);
        assert!(sent(&effects).is_empty());
    }
    assert_eq!(a.replica.value(), before);
    assert!(a.page(ToWorker::Edit { seen: 0, file: "{not json".into() }).is_empty());
}
