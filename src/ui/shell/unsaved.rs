//! Edits this tab could not store, kept in memory after their editor closes: when storage is
//! full (or another tab owns a newer version) and the user goes back to the list, reopening the
//! project in the same tab brings back the session (document and undo history) and tries to
//! save it again. They live as long as the tab; the editor warns before that can happen.

use crate::model::{EditSession, ProjectId};
use std::cell::RefCell;
use std::collections::HashMap;

/// An editor's session that was not stored, and the stored revision it was based on.
pub struct Kept {
    pub session: EditSession,
    pub revision: u64,
}

thread_local! {
    static KEPT: RefCell<HashMap<ProjectId, Kept>> = RefCell::new(HashMap::new());
}

pub fn keep(id: ProjectId, kept: Kept) {
    KEPT.with(|all| all.borrow_mut().insert(id, kept));
}

/// Hands the kept session to the editor that reopens the project.
pub fn take(id: &ProjectId) -> Option<Kept> {
    KEPT.with(|all| all.borrow_mut().remove(id))
}

/// Whether the project has edits only this tab holds (shown in the project list).
pub fn has(id: &ProjectId) -> bool {
    KEPT.with(|all| all.borrow().contains_key(id))
}

/// Drops them: the project was deleted, or the user chose the stored version.
pub fn forget(id: &ProjectId) {
    KEPT.with(|all| all.borrow_mut().remove(id));
}
