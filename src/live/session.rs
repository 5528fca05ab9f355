//! A live session as a state machine with no I/O: it is told what happened (the socket opened,
//! a frame arrived, the socket closed, the page said something, a presence tick) and answers
//! with effects (frames to send, messages for the page). The worker (`src/bin/live_worker/main.rs`)
//! only carries them, so the protocol is tested natively against real `yrs` documents.

use super::messages::{FromWorker, Link, Presence, ToWorker};
use super::readable::readable;
use super::replica::{RemoteError, Replica};
use super::wire::{self, Incoming};
use serde_json::Value;
use std::collections::VecDeque;
use std::sync::Arc;
use yrs::sync::time::Clock;
use yrs::sync::{Awareness, SyncMessage};

/// A participant not heard from for this long is gone (y-protocols' own timeout).
pub const PRESENCE_TIMEOUT_MS: u64 = 30_000;
/// The largest page file or peer presence read (the file limit of `persist::decode`).
const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
const MAX_PRESENCE_BYTES: usize = 4 * 1024;

#[derive(Debug, PartialEq)]
pub enum Effect {
    Send(Vec<u8>),
    Post(FromWorker),
    /// The document changed from the network: keep a copy on this device soon (the worker
    /// spaces these out; the server has these changes anyway).
    Keep,
    /// This device changed the document: keep a copy now, so a reload while offline keeps it
    /// (a background page's timers may wait a long time).
    KeepNow,
}

pub struct Session {
    room: String,
    replica: Replica,
    awareness: Awareness,
    clock: Arc<dyn Clock>,
    link: Link,
    /// Edits the server has not confirmed: those made while offline, then those in flight
    /// (one count per update frame sent).
    offline: u32,
    in_flight: VecDeque<u32>,
    /// A join: the page has no project until the first sync says what the room holds.
    joining: bool,
}

/// How a session begins.
pub enum Start {
    /// A new room, from the project the page has open.
    Seed(Value),
    /// This device's copy of the document from an earlier visit.
    Resume(Vec<u8>),
    Join,
}

impl Session {
    pub fn new(room: String, client_id: u64, clock: Arc<dyn Clock>, start: Start, me: &Presence) -> (Session, Vec<Effect>) {
        let mut replica = Replica::new(client_id, clock.clone());
        let mut effects = Vec::new();
        let joining = match start {
            Start::Seed(file) => {
                replica.seed(&file);
                false
            }
            Start::Resume(saved) => {
                if replica.apply(&saved).is_err() {
                    effects.push(Effect::Post(FromWorker::Refused { bytes: saved.len() }));
                }
                false
            }
            Start::Join => true,
        };
        let clock_for_awareness = clock.clone();
        let mut awareness = Awareness::with_clock(replica.doc().clone(), move || clock_for_awareness.now());
        awareness.set_local_state_raw(presence_json(me));
        let mut session = Session { room, replica, awareness, clock, link: Link::Connecting, offline: 0, in_flight: VecDeque::new(), joining };
        if !session.joining {
            session.post_state(&mut effects);
        }
        effects.push(session.link_effect());
        (session, effects)
    }

    fn unsent(&self) -> u32 {
        self.offline + self.in_flight.iter().sum::<u32>()
    }

    fn link_effect(&self) -> Effect {
        Effect::Post(FromWorker::Link { link: self.link, unsent: self.unsent() })
    }

    /// The socket opened: join the room, say what we have and who we are.
    pub fn opened(&mut self) -> Vec<Effect> {
        self.link = Link::Connecting;
        // Whatever an earlier socket did not confirm goes again with this one's first sync.
        self.offline += self.in_flight.drain(..).sum::<u32>();
        let mut effects = vec![Effect::Send(wire::auth(&self.room))];
        effects.push(Effect::Send(wire::sync(&self.room, &SyncMessage::SyncStep1(self.replica.state_vector()))));
        if let Ok(update) = self.awareness.update_with_clients([self.awareness.client_id()]) {
            effects.push(Effect::Send(wire::awareness(&self.room, &update)));
        }
        effects.push(self.link_effect());
        effects
    }

    /// The socket closed: what was in flight counts as unsent until the next sync, and nobody
    /// else is known to be here any more.
    pub fn closed(&mut self) -> Vec<Effect> {
        self.link = Link::Offline;
        self.offline += self.in_flight.drain(..).sum::<u32>();
        let others: Vec<_> = self.awareness.iter().map(|(id, _)| id).filter(|id| *id != self.awareness.client_id()).collect();
        for id in others {
            self.awareness.remove_state(id);
        }
        vec![self.link_effect(), Effect::Post(FromWorker::Peers { peers: Vec::new() })]
    }

    pub fn frame(&mut self, bytes: &[u8]) -> Vec<Effect> {
        let mut effects = Vec::new();
        match wire::read(&self.room, bytes) {
            Some(Incoming::Sync(SyncMessage::SyncStep1(theirs))) => {
                // Our reply carries everything the server lacks, edits made offline included.
                if let Ok(Some(reply)) = self.replica.sync(SyncMessage::SyncStep1(theirs)) {
                    effects.push(Effect::Send(wire::sync(&self.room, &reply)));
                    if self.offline > 0 {
                        self.in_flight.push_back(std::mem::take(&mut self.offline));
                    }
                }
            }
            Some(Incoming::Sync(message)) => {
                let first = matches!(message, SyncMessage::SyncStep2(_)) && self.link != Link::Connected;
                match self.replica.sync(message) {
                    Ok(_) => {
                        if first {
                            self.link = Link::Connected;
                            effects.push(self.link_effect());
                        }
                        if self.joining && first {
                            self.joining = false;
                            if self.replica.flat().is_empty() {
                                effects.push(Effect::Post(FromWorker::EmptyRoom));
                                return effects;
                            }
                        }
                        if !self.joining {
                            self.post_state(&mut effects);
                            effects.push(Effect::Keep);
                        }
                    }
                    Err(error) => effects.push(refused(error, bytes.len())),
                }
            }
            Some(Incoming::Awareness(update)) => {
                // A peer's presence is a few hundred bytes; more is not a presence.
                let small = update.clients.values().all(|e| e.json.len() <= MAX_PRESENCE_BYTES);
                if small && self.awareness.apply_update(update).is_ok() {
                    effects.push(Effect::Post(FromWorker::Peers { peers: self.peers() }));
                }
            }
            Some(Incoming::Applied(_)) => {
                self.in_flight.pop_front();
                effects.push(self.link_effect());
            }
            Some(Incoming::Denied(reason)) => effects.push(Effect::Post(FromWorker::Denied { reason })),
            Some(Incoming::Granted) => {}
            None => {}
        }
        effects
    }

    pub fn page(&mut self, message: ToWorker) -> Vec<Effect> {
        let mut effects = Vec::new();
        let update = match message {
            ToWorker::Edit { seen, file } => {
                let Some(file) = (file.len() <= MAX_FILE_BYTES).then(|| serde_json::from_str::<Value>(&file).ok()).flatten() else {
                    return effects;
                };
                self.replica.edit(seen, &file)
            }
            ToWorker::Undo => self.replica.undo(),
            ToWorker::Redo => self.replica.redo(),
            ToWorker::Presence(me) => {
                self.awareness.set_local_state_raw(presence_json(&me));
                if let Ok(update) = self.awareness.update_with_clients([self.awareness.client_id()]) {
                    effects.push(Effect::Send(wire::awareness(&self.room, &update)));
                }
                return effects;
            }
            ToWorker::Open { .. } => return effects,
        };
        if !update.is_empty() {
            self.send_update(update, &mut effects);
        }
        self.post_state(&mut effects);
        effects
    }

    /// Sends one of this device's updates, or counts it as unsent while offline (the next
    /// sync carries it).
    fn send_update(&mut self, update: Vec<u8>, effects: &mut Vec<Effect>) {
        if self.link == Link::Offline {
            self.offline += 1;
        } else {
            effects.push(Effect::Send(wire::sync(&self.room, &SyncMessage::Update(update))));
            self.in_flight.push_back(1);
        }
        effects.push(self.link_effect());
        effects.push(Effect::KeepNow);
    }

    /// Every few seconds: tell the others we are still here, and forget who went quiet.
    pub fn tick(&mut self) -> Vec<Effect> {
        let mut effects = Vec::new();
        if self.link != Link::Offline {
            if let Ok(update) = self.awareness.update_with_clients([self.awareness.client_id()]) {
                effects.push(Effect::Send(wire::awareness(&self.room, &update)));
            }
            effects.push(Effect::Send(wire::query_awareness(&self.room)));
        }
        effects.push(Effect::Post(FromWorker::Peers { peers: self.peers() }));
        effects
    }

    /// This device's copy of the document.
    pub fn snapshot(&self) -> Vec<u8> {
        self.replica.snapshot()
    }

    fn post_state(&mut self, effects: &mut Vec<Effect>) {
        if let Some(state) = self.replica.next_state(readable) {
            if !state.repair.is_empty() {
                self.send_update(state.repair, effects);
            }
            effects.push(Effect::Post(FromWorker::State { seq: state.seq, file: state.file.to_string() }));
        }
        let (can_undo, can_redo) = (self.replica.can_undo(), self.replica.can_redo());
        effects.push(Effect::Post(FromWorker::History { can_undo, can_redo }));
    }

    /// The others here now, as they describe themselves (checked).
    pub fn peers(&self) -> Vec<Presence> {
        let now = self.clock.now();
        let me = self.awareness.client_id();
        let mut peers: Vec<(u64, Presence)> = self
            .awareness
            .iter()
            .filter(|(id, state)| *id != me && now.saturating_sub(state.last_updated) < PRESENCE_TIMEOUT_MS)
            .filter_map(|(id, state)| {
                let json = state.data?;
                let presence: Presence = serde_json::from_str(&json).ok()?;
                Some((id.get(), presence.checked()))
            })
            .collect();
        peers.sort_by_key(|(id, _)| *id);
        peers.into_iter().map(|(_, p)| p).collect()
    }
}

fn refused(error: RemoteError, bytes: usize) -> Effect {
    let bytes = match error {
        RemoteError::TooLarge(n) => n,
        RemoteError::Unreadable => bytes,
    };
    Effect::Post(FromWorker::Refused { bytes })
}

fn presence_json(me: &Presence) -> String {
    serde_json::to_string(&me.clone().checked()).unwrap_or_else(|_| "{}".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use yrs::encoding::write::Write;
    use yrs::updates::encoder::{Encoder, EncoderV1};

    fn clock() -> Arc<dyn Clock> {
        Arc::new(|| 1_000u64)
    }

    fn me(name: &str) -> Presence {
        Presence { name: name.into(), colour: "#112233".into(), canvas: "swot".into(), selection: vec![] }
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
        for frame in [
            vec![],
            vec![0xff; 40],
            wire::sync("another-room", &SyncMessage::Update(vec![1, 2])),
            wire::sync(ROOM, &SyncMessage::Update(vec![9, 9, 9])),
        ] {
            let effects = a.frame(&frame);
            assert!(sent(&effects).is_empty());
        }
        assert_eq!(a.replica.value(), before);
        assert!(a.page(ToWorker::Edit { seen: 0, file: "{not json".into() }).is_empty());
    }
}
