//! One device's copy of a live session's shared document (a `yrs` document holding the project
//! file as one flat map, see `flat.rs`), and the bookkeeping that lets the page keep editing
//! plain `Project`s: each page edit arrives as a whole file *based on* the last state the page
//! was shown, and only what changed since that base is written, so a remote change the page
//! had not yet seen is never written over. Undo is the document's own undo manager, tracking
//! only this device's edits: Ctrl+Z never takes back what someone else did.

use super::flat::{delta, flatten, unflatten, Flat};
use serde_json::Value;
use std::collections::{HashSet, VecDeque};
use std::sync::Arc;
use yrs::sync::time::Clock;
use yrs::sync::SyncMessage;
use yrs::undo::{Options as UndoOptions, UndoManager};
use yrs::updates::decoder::Decode;
use yrs::{ClientID, Doc, Map, MapRef, Options, Out, ReadTxn, StateVector, Transact, Update};

/// The shared map's name in the document.
pub const ROOT: &str = "project";
/// Largest update accepted from the network (the largest file is 10 MB; its first sync is
/// about as big).
pub const MAX_UPDATE_BYTES: usize = 24 * 1024 * 1024;
/// Origin of this device's own edits, the only ones undo takes back.
const LOCAL: &str = "local";
const REMOTE: &str = "remote";
/// How many states sent to the page are kept to find the base of a late page edit.
const KEPT_STATES: usize = 32;

#[derive(Debug, PartialEq, Eq)]
pub enum RemoteError {
    TooLarge(usize),
    Unreadable,
}

pub struct Replica {
    doc: Doc,
    map: MapRef,
    undo: UndoManager<()>,
    /// The number of the last state handed to the page.
    seq: u64,
    sent: VecDeque<(u64, Flat)>,
    /// The page's latest edit: the state number it was based on, and the document it made.
    lineage: Option<(u64, Flat)>,
}

impl Replica {
    /// `client_id` must be unique per device and run (53 random bits); `clock` paces nothing
    /// but is what the undo manager stamps its steps with.
    pub fn new(client_id: u64, clock: Arc<dyn Clock>) -> Self {
        let doc = Doc::with_options(Options::with_client_id(ClientID::new(client_id)));
        let map = doc.get_or_insert_map(ROOT);
        // Every page edit is its own undo step, as it is without a session.
        let options = UndoOptions {
            capture_timeout_millis: 0,
            tracked_origins: HashSet::from([LOCAL.into()]),
            capture_transaction: None,
            timestamp: clock,
            init_undo_stack: Vec::new(),
            init_redo_stack: Vec::new(),
        };
        let mut undo = UndoManager::with_options(options);
        undo.expand_scope(&doc, &map);
        Replica { doc, map, undo, seq: 0, sent: VecDeque::new(), lineage: None }
    }

    pub fn doc(&self) -> &Doc {
        &self.doc
    }

    /// The document as a flat map (values that are not text, which only a foreign writer
    /// leaves, are skipped).
    pub fn flat(&self) -> Flat {
        let txn = self.doc.transact();
        self.map
            .iter(&txn)
            .filter_map(|(key, value)| match value {
                Out::Any(yrs::Any::String(text)) => Some((key.to_owned(), text.to_string())),
                _ => None,
            })
            .collect()
    }

    /// The document as JSON (a project file's envelope when peers behave).
    pub fn value(&self) -> Value {
        let flat = self.flat();
        unflatten(flat.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Fills an empty document with the project this device starts the session on. Not an
    /// undoable edit: there is nothing before it to go back to.
    pub fn seed(&mut self, file: &Value) -> Vec<u8> {
        let next = flatten(file, &Flat::new());
        let update = self.write(&Flat::new(), &next, REMOTE);
        self.lineage = Some((0, next));
        update
    }

    /// The page edited: `file` is its whole document, made on state number `seen`. Writes
    /// what changed since that base and returns the update to send (empty when nothing did).
    pub fn edit(&mut self, seen: u64, file: &Value) -> Vec<u8> {
        let base = match self.lineage.take() {
            Some((on, flat)) if on == seen => flat,
            _ => self.sent.iter().find(|(n, _)| *n == seen).map(|(_, f)| f.clone()).unwrap_or_else(|| self.flat()),
        };
        let next = flatten(file, &base);
        let update = self.write(&base, &next, LOCAL);
        self.lineage = Some((seen, next));
        update
    }

    fn write(&mut self, base: &Flat, next: &Flat, origin: &str) -> Vec<u8> {
        let (writes, deletes) = delta(base, next);
        if writes.is_empty() && deletes.is_empty() {
            return Vec::new();
        }
        let before = self.doc.transact().state_vector();
        {
            let mut txn = self.doc.transact_mut_with(origin);
            for key in deletes {
                self.map.remove(&mut txn, key);
            }
            for (key, value) in writes {
                self.map.insert(&mut txn, key, value);
            }
        }
        self.doc.transact().encode_diff_v1(&before)
    }

    /// Applies an update from the network (or this device's saved copy of the document).
    pub fn apply(&mut self, bytes: &[u8]) -> Result<(), RemoteError> {
        if bytes.len() > MAX_UPDATE_BYTES {
            return Err(RemoteError::TooLarge(bytes.len()));
        }
        let update = Update::decode_v1(bytes).map_err(|_| RemoteError::Unreadable)?;
        self.doc.transact_mut_with(REMOTE).apply_update(update).map_err(|_| RemoteError::Unreadable)
    }

    /// Answers the sync protocol: a peer's state vector gets what it lacks; its updates are
    /// applied. Returns the reply to send, if any.
    pub fn sync(&mut self, message: SyncMessage) -> Result<Option<SyncMessage>, RemoteError> {
        match message {
            SyncMessage::SyncStep1(theirs) => Ok(Some(SyncMessage::SyncStep2(self.doc.transact().encode_diff_v1(&theirs)))),
            SyncMessage::SyncStep2(update) | SyncMessage::Update(update) => self.apply(&update).map(|_| None),
        }
    }

    pub fn state_vector(&self) -> StateVector {
        self.doc.transact().state_vector()
    }

    /// The whole document, to keep on this device while offline.
    pub fn snapshot(&self) -> Vec<u8> {
        self.doc.transact().encode_diff_v1(&StateVector::default())
    }

    pub fn can_undo(&self) -> bool {
        self.undo.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.undo.can_redo()
    }

    /// Takes back this device's last edit; returns the update to send.
    pub fn undo(&mut self) -> Vec<u8> {
        self.step(true)
    }

    pub fn redo(&mut self) -> Vec<u8> {
        self.step(false)
    }

    fn step(&mut self, back: bool) -> Vec<u8> {
        let before = self.state_vector();
        let changed = if back { self.undo.undo_blocking() } else { self.undo.redo_blocking() };
        if !changed {
            return Vec::new();
        }
        self.doc.transact().encode_diff_v1(&before)
    }

    /// Whether every update received could be applied (none waits for an earlier one).
    pub fn complete(&self) -> bool {
        let txn = self.doc.transact();
        txn.store().pending_update().is_none() && txn.store().pending_ds().is_none()
    }

    /// The next state for the page, when the document differs from what the page shows (or
    /// will once it has read the last state sent): its number, the file made readable by
    /// `clean`, and the update that writes what `clean` removed (the same on every device).
    /// None while the document is empty or waits for updates it depends on: such a state is
    /// only part of what was sent.
    pub fn next_state(&mut self, clean: impl Fn(Value) -> Value) -> Option<State> {
        let current = self.flat();
        if current.is_empty() || !self.complete() {
            return None;
        }
        let target = match &self.lineage {
            Some((on, flat)) if *on == self.seq => Some(flat),
            _ => self.sent.back().map(|(_, f)| f),
        };
        if target == Some(&current) {
            return None;
        }
        let raw = unflatten(current.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let file = clean(raw.clone());
        let (current, repair) = if file == raw {
            (current, Vec::new())
        } else {
            let cleaned = flatten(&file, &current);
            let update = self.write(&current, &cleaned, REMOTE);
            (cleaned, update)
        };
        self.seq += 1;
        self.sent.push_back((self.seq, current));
        if self.sent.len() > KEPT_STATES {
            self.sent.pop_front();
        }
        Some(State { seq: self.seq, file, repair })
    }
}

/// A state for the page.
#[derive(Debug, PartialEq)]
pub struct State {
    pub seq: u64,
    pub file: Value,
    /// What making it readable wrote, to send to the others (empty when nothing).
    pub repair: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn clock() -> Arc<dyn Clock> {
        Arc::new(|| 0u64)
    }

    fn pair() -> (Replica, Replica) {
        (Replica::new(1, clock()), Replica::new(2, clock()))
    }

    #[test]
    fn a_page_edit_made_before_a_remote_change_arrived_keeps_that_change() {
        let (mut a, mut b) = pair();
        let start = json!({"project": {"name": "n", "items": [{"id": 1, "text": "x"}]}});
        b.apply(&a.seed(&start)).unwrap();
        assert_eq!(b.next_state(|v| v).map(|s| (s.seq, s.file)), Some((1, start.clone())));
        // B adds an item; A's page, not having seen it, renames the project.
        let b_edit = b.edit(1, &json!({"project": {"name": "n", "items": [{"id": 1, "text": "x"}, {"id": 2, "text": "y"}]}}));
        a.apply(&b_edit).unwrap();
        let a_edit = a.edit(0, &json!({"project": {"name": "renamed", "items": [{"id": 1, "text": "x"}]}}));
        b.apply(&a_edit).unwrap();
        let both = json!({"project": {"name": "renamed", "items": [{"id": 1, "text": "x"}, {"id": 2, "text": "y"}]}});
        assert_eq!(a.value(), both);
        assert_eq!(b.value(), both);
        assert_eq!(a.next_state(|v| v).map(|s| s.file), Some(both));
    }

    #[test]
    fn undo_takes_back_only_this_device_s_edit() {
        let (mut a, mut b) = pair();
        b.apply(&a.seed(&json!({"a": 1, "b": 1}))).unwrap();
        let mine = a.edit(0, &json!({"a": 2, "b": 1}));
        b.apply(&mine).unwrap();
        b.next_state(|v| v);
        let theirs = b.edit(1, &json!({"a": 2, "b": 3}));
        a.apply(&theirs).unwrap();
        assert!(a.can_undo());
        let back = a.undo();
        b.apply(&back).unwrap();
        assert_eq!(a.value(), json!({"a": 1, "b": 3}));
        assert_eq!(b.value(), json!({"a": 1, "b": 3}));
        assert!(a.can_redo());
        b.apply(&a.redo()).unwrap();
        assert_eq!(b.value(), json!({"a": 2, "b": 3}));
    }

    #[test]
    fn hostile_bytes_are_refused_and_change_nothing() {
        let (mut a, _) = pair();
        a.seed(&json!({"a": 1}));
        assert_eq!(a.apply(&[0xff, 0x01, 0x02]), Err(RemoteError::Unreadable));
        assert_eq!(a.apply(&vec![0; MAX_UPDATE_BYTES + 1]), Err(RemoteError::TooLarge(MAX_UPDATE_BYTES + 1)));
        assert_eq!(a.value(), json!({"a": 1}));
    }
}
