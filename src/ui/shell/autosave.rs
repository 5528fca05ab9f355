//! Autosave of the open project. Edits queue the latest document; a timer (armed by the first
//! edit, never pushed back by later ones) writes it within `SAVE_DELAY_MS`;
//! `pagehide`/`visibilitychange` write it at once (`page_watch`). The policy — what is pending,
//! when to arm, halting on another tab's newer save — is `storage::SaveQueue`, tested natively;
//! this adds the timer and the browser. Each write's outcome goes back as `SaveDone`.

use super::editor_state::{EditorAction, EditorState};
use crate::model::{ProjectId, Timestamp};
use crate::storage::{SaveQueue, StorageError};
use crate::ui::browser;
use crate::ui::store::Store;
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

/// The save queue (`storage::SaveQueue`: what is pending, conflicts) with its timer and the
/// browser's store. Derefs to the queue.
pub struct SaveJob {
    queue: SaveQueue,
    store: Store,
    /// The last timer; kept so it is cancelled if the job is dropped. A fired timer is only
    /// replaced (never dropped from inside its own callback).
    timer: Option<Timeout>,
}

impl SaveJob {
    pub fn new(store: Store, id: ProjectId, revision: u64) -> Self {
        SaveJob { queue: SaveQueue::new(id, revision), store, timer: None }
    }

    /// The store this job writes to.
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn set_timer(&mut self, timer: Timeout) {
        self.timer = Some(timer);
    }

    /// Writes the pending document to local storage now (see `SaveQueue::flush`).
    pub fn flush(&mut self) -> Option<Result<Timestamp, StorageError>> {
        let (queue, store) = (&mut self.queue, &self.store);
        browser::measured("pw-save", || queue.flush(store, browser::now()))
    }
}

impl std::ops::Deref for SaveJob {
    type Target = SaveQueue;
    fn deref(&self) -> &SaveQueue {
        &self.queue
    }
}

impl std::ops::DerefMut for SaveJob {
    fn deref_mut(&mut self) -> &mut SaveQueue {
        &mut self.queue
    }
}
