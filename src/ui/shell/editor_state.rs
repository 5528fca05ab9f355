//! The editor's reducer state: the edit session (document + undo history), a counter of
//! document changes that drives autosave, and the save status shown in the top bar.
//! Pure transitions: storage is done by the autosave job, which reports back with actions.
//! In a live session undo and redo belong to the shared document (only this device's edits
//! are taken back), so here they are only counted for the live hook to carry out.

use crate::model::{Command, EditSession, ItemId, ModelError, Project, Timestamp};
use crate::storage::StorageError;
use std::rc::Rc;
use yew::{Callback, Reducible};

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved(Timestamp),
    Saving,
    Failed(StorageError),
}

#[derive(Clone)]
pub struct EditorState {
    /// Shared between states, so a save-status change does not copy the undo history; an
    /// edit copies it once (`Rc::make_mut`).
    pub session: Rc<EditSession>,
    /// Bumped by every edit, undo and redo (not by loading another tab's version).
    pub doc_version: u64,
    pub status: SaveStatus,
    pub last_error: Option<ModelError>,
    /// Set during a live session: what the shared document's own undo can do.
    pub live: Option<LiveHistory>,
    /// Bumped by every edit made here (not by a state from the live session): what a live
    /// session sends to the others.
    pub local_edits: u64,
    /// Undo and redo asked for during a live session, counted for the live hook.
    pub live_steps: LiveSteps,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiveHistory {
    pub can_undo: bool,
    pub can_redo: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LiveSteps {
    pub undo: u64,
    pub redo: u64,
}

pub enum EditorAction {
    Execute(Command, Timestamp),
    /// A command that adds something, and who is told the ids it created (to select or edit
    /// what was just added; `apply` says what it made, so nobody guesses).
    Create(Command, Timestamp, Callback<Vec<ItemId>>),
    Undo(Timestamp),
    Redo(Timestamp),
    /// Replace the document with the stored version; not an edit, so nothing is saved.
    Reset(Project),
    /// A live session began (`Some`) or ended; later history from the shared document.
    Live(Option<LiveHistory>),
    /// The live session's document: shown and saved here, but not this device's edit.
    Remote(Project),
    Saving,
    SaveDone(Result<Timestamp, StorageError>),
}

impl EditorState {
    /// The session on a project just loaded from storage: nothing to save yet.
    pub fn new(session: EditSession) -> Self {
        let saved = session.project().updated;
        EditorState::with(session, 0, SaveStatus::Saved(saved))
    }
}

impl EditorState {
    /// A session this tab kept unsaved (see `unsaved`): counted as one edit, so autosave
    /// tries to store it as soon as the editor opens.
    pub fn restored(session: EditSession) -> Self {
        let at = session.project().updated;
        EditorState::with(session, 1, SaveStatus::Saved(at))
    }
}

impl EditorState {
    fn with(session: EditSession, doc_version: u64, status: SaveStatus) -> Self {
        EditorState { session: Rc::new(session), doc_version, status, last_error: None, live: None, local_edits: 0, live_steps: LiveSteps::default() }
    }

    pub fn can_undo(&self) -> bool {
        self.live.map_or_else(|| self.session.can_undo(), |h| h.can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.live.map_or_else(|| self.session.can_redo(), |h| h.can_redo)
    }

    /// The document changed: autosave has something new, and from this very render on the
    /// status says it is not stored yet (a failure stays shown until a save succeeds).
    fn edited(&mut self) {
        self.doc_version += 1;
        if !matches!(self.status, SaveStatus::Failed(_)) {
            self.status = SaveStatus::Saving;
        }
    }
}

impl EditorState {
    fn execute(&mut self, command: &Command, now: Timestamp) {
        match Rc::make_mut(&mut self.session).execute(command, now) {
            Ok(true) => {
                self.edited();
                self.local_edits += 1;
                self.last_error = None;
            }
            Ok(false) => self.last_error = None,
            Err(error) => self.last_error = Some(error),
        }
    }
}

impl Reducible for EditorState {
    type Action = EditorAction;

    fn reduce(self: Rc<Self>, action: EditorAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            EditorAction::Execute(command, now) => next.execute(&command, now),
            EditorAction::Create(command, now, then) => {
                next.execute(&command, now);
                let created = next.session.created();
                if !created.is_empty() {
                    then.emit(created.to_vec());
                }
            }
            EditorAction::Undo(_) if next.live.is_some() => next.live_steps.undo += 1,
            EditorAction::Redo(_) if next.live.is_some() => next.live_steps.redo += 1,
            EditorAction::Undo(now) => {
                if Rc::make_mut(&mut next.session).undo(now) {
                    next.edited();
                    next.local_edits += 1;
                }
            }
            EditorAction::Redo(now) => {
                if Rc::make_mut(&mut next.session).redo(now) {
                    next.edited();
                    next.local_edits += 1;
                }
            }
            EditorAction::Live(history) => next.live = history,
            EditorAction::Remote(project) => {
                Rc::make_mut(&mut next.session).reset(project);
                next.edited();
            }
            EditorAction::Reset(project) => {
                next.status = SaveStatus::Saved(project.updated);
                Rc::make_mut(&mut next.session).reset(project);
            }
            EditorAction::Saving => {
                // A failure stays visible until a save succeeds.
                if !matches!(next.status, SaveStatus::Failed(_)) {
                    next.status = SaveStatus::Saving;
                }
            }
            EditorAction::SaveDone(Ok(at)) => next.status = SaveStatus::Saved(at),
            EditorAction::SaveDone(Err(error)) => next.status = SaveStatus::Failed(error),
        }
        Rc::new(next)
    }
}
