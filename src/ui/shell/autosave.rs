//! Autosave of the open project. Edits queue the latest document; a timer (armed by the first
//! edit, never pushed back by later ones) writes it within `SAVE_DELAY_MS`;
//! `pagehide`/`visibilitychange` write it at once (`page_watch`). Writes go through
//! `ProjectStore::save`, which refuses when another tab saved meanwhile: the job then halts
//! until the user decides. Each write's outcome goes back to the editor as `SaveDone`.

use super::editor_state::{EditorAction, EditorState};
use crate::model::{Project, ProjectId, Timestamp};
use crate::storage::local::open_store;
use crate::storage::StorageError;
use crate::ui::browser;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The open project's save job, shared by the editor's hooks.
pub type Job = Rc<RefCell<SaveJob>>;

/// Writes what is pending now and reports the outcome to the editor.
pub fn flush_and_report(job: &Job, dispatcher: &UseReducerDispatcher<EditorState>) {
    let result = job.borrow_mut().flush();
    if let Some(result) = result {
        dispatcher.dispatch(EditorAction::SaveDone(result));
    }
}

/// Queues each new document version; the first queued edit arms the timer.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<EditorState>, job: &Job) {
    let (job, dispatcher) = (job.clone(), state.dispatcher());
    let project = state.session.project().clone();
    use_effect_with(state.doc_version, move |version| {
        if *version > 0 {
            dispatcher.dispatch(EditorAction::Saving);
            if job.borrow_mut().queue(project) {
                let (timer_job, dispatcher) = (job.clone(), dispatcher.clone());
                let timer = Timeout::new(SAVE_DELAY_MS, move || {
                    timer_job.borrow_mut().fired();
                    flush_and_report(&timer_job, &dispatcher);
                });
                job.borrow_mut().set_timer(timer);
            }
        }
    });
}

/// Longest time between an edit and its save, in milliseconds.
pub const SAVE_DELAY_MS: u32 = 500;

pub struct SaveJob {
    id: ProjectId,
    revision: u64,
    pending: Option<Project>,
    halted: bool,
    armed: bool,
    /// The last timer; kept so it is cancelled if the job is dropped. A fired timer is only
    /// replaced (never dropped from inside its own callback).
    timer: Option<Timeout>,
}

impl SaveJob {
    pub fn new(id: ProjectId, revision: u64) -> Self {
        SaveJob { id, revision, pending: None, halted: false, armed: false, timer: None }
    }

    pub fn id(&self) -> &ProjectId {
        &self.id
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether edits exist that are not stored yet.
    pub fn is_dirty(&self) -> bool {
        self.pending.is_some()
    }

    /// Records the latest document. Returns true when the caller must arm the timer.
    pub fn queue(&mut self, project: Project) -> bool {
        self.pending = Some(project);
        let arm = !self.armed;
        self.armed = true;
        arm
    }

    pub fn set_timer(&mut self, timer: Timeout) {
        self.timer = Some(timer);
    }

    /// Called by the timer.
    pub fn fired(&mut self) {
        self.armed = false;
    }

    /// Writes the pending document now. `None` when there was nothing to write or saving is
    /// halted by a conflict.
    pub fn flush(&mut self) -> Option<Result<Timestamp, StorageError>> {
        if self.halted {
            return None;
        }
        let project = self.pending.take()?;
        let now = browser::now();
        let saved = browser::measured("pw-save", || open_store().and_then(|store| store.save(&project, self.revision, now)));
        match saved {
            Ok(revision) => {
                self.revision = revision;
                Some(Ok(now))
            }
            Err(error) => {
                self.halted = matches!(error, StorageError::Conflict { .. });
                self.pending = Some(project);
                Some(Err(error))
            }
        }
    }

    /// Stops writing: another tab owns a newer version (or deleted the project).
    pub fn halt(&mut self) {
        self.halted = true;
    }

    /// After loading the stored version: nothing pending, saving resumes from `revision`.
    pub fn adopt(&mut self, revision: u64) {
        self.revision = revision;
        self.pending = None;
        self.halted = false;
    }

    /// After saving this tab's version elsewhere (as a copy): drop it, write nothing more.
    pub fn abandon(&mut self) {
        self.pending = None;
        self.halted = true;
    }
}
