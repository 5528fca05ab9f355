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
#[path = "session_tests.rs"]
mod tests;
