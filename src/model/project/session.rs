//! An editing session on one project: the current document plus its undo and redo stacks.
//! View state (current canvas, zoom, selection) never enters here, so it is never undone.
//! Snapshots share unchanged canvases through `Rc`, so a deep history costs little memory, and
//! the stacks are persistent (`history.rs`), so copying a session copies no history.

use super::command::{apply_in, Command, ModelError};
use super::history::Snapshots;
use super::Project;
use crate::model::core::{IdSpace, ItemId, Timestamp};

/// How many edits can be undone in one session (the oldest are dropped beyond this).
pub const HISTORY_LIMIT: usize = 200;

/// The open project and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct EditSession {
    project: Project,
    undo: Snapshots,
    redo: Snapshots,
    /// Where this session mints new ids (see `core::ids`).
    space: IdSpace,
    /// The ids the last edit created, so the UI can select or edit what it just added.
    created: Vec<ItemId>,
}

impl EditSession {
    /// A session minting ids in the file's own space (replays and tests).
    pub fn new(project: Project) -> Self {
        EditSession::in_space(project, IdSpace::FILE)
    }

    /// A session minting ids in `space`, drawn at random for each editor that opens.
    pub fn in_space(project: Project, space: IdSpace) -> Self {
        // Redo holds at most what undo held.
        EditSession { project, undo: Snapshots::new(HISTORY_LIMIT), redo: Snapshots::new(HISTORY_LIMIT), space, created: Vec::new() }
    }

    /// What the last successful edit created, in order (empty after undo, redo or a refusal).
    pub fn created(&self) -> &[ItemId] {
        &self.created
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies `command`; on a change records an undo step, clears redo and stamps `now`.
    /// Returns whether the document changed.
    pub fn execute(&mut self, command: &Command, now: Timestamp) -> Result<bool, ModelError> {
        self.created.clear();
        match apply_in(&self.project, command, self.space)? {
            None => Ok(false),
            Some(applied) => {
                let mut next = applied.project;
                self.created = applied.created;
                next.updated = now;
                let previous = std::mem::replace(&mut self.project, next);
                self.undo.push(previous);
                self.redo.clear();
                Ok(true)
            }
        }
    }

    /// Steps back one edit. Returns false when there is nothing to undo.
    pub fn undo(&mut self, now: Timestamp) -> bool {
        self.created.clear();
        let Some(mut previous) = self.undo.pop() else { return false };
        previous.updated = now;
        let current = std::mem::replace(&mut self.project, previous);
        self.redo.push(current);
        true
    }

    /// Re-applies the last undone edit. Returns false when there is nothing to redo.
    pub fn redo(&mut self, now: Timestamp) -> bool {
        self.created.clear();
        let Some(mut next) = self.redo.pop() else { return false };
        next.updated = now;
        let current = std::mem::replace(&mut self.project, next);
        self.undo.push(current);
        true
    }

    /// Replaces the document with a version loaded from elsewhere (e.g. another tab's save).
    /// The history is dropped: its steps belong to a document that no longer exists.
    pub fn reset(&mut self, project: Project) {
        *self = EditSession::in_space(project, self.space);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProjectId;

    fn session() -> EditSession {
        EditSession::new(Project::new(ProjectId::parse("p1").unwrap(), "v0".into(), Timestamp(0)))
    }

    fn rename(s: &mut EditSession, name: &str, t: i64) {
        assert_eq!(s.execute(&Command::RenameProject { name: name.into() }, Timestamp(t)), Ok(true));
    }

    #[test]
    fn undo_and_redo_walk_the_history_and_stamp_the_time() {
        let mut s = session();
        rename(&mut s, "v1", 1);
        rename(&mut s, "v2", 2);
        assert!(s.undo(Timestamp(3)));
        assert_eq!(s.project().name, "v1");
        assert_eq!(s.project().updated, Timestamp(3));
        assert!(s.undo(Timestamp(4)));
        assert_eq!(s.project().name, "v0");
        assert!(!s.undo(Timestamp(5)));
        assert!(s.redo(Timestamp(6)));
        assert!(s.redo(Timestamp(7)));
        assert_eq!(s.project().name, "v2");
        assert!(!s.redo(Timestamp(8)));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut s = session();
        rename(&mut s, "v1", 1);
        s.undo(Timestamp(2));
        rename(&mut s, "other", 3);
        assert!(!s.can_redo());
    }

    #[test]
    fn unchanged_and_refused_commands_leave_no_undo_step() {
        let mut s = session();
        assert_eq!(s.execute(&Command::RenameProject { name: "v0".into() }, Timestamp(1)), Ok(false));
        assert!(s.execute(&Command::RenameProject { name: "".into() }, Timestamp(1)).is_err());
        assert!(!s.can_undo());
        assert_eq!(s.project().updated, Timestamp(0));
    }

    #[test]
    fn at_least_one_hundred_steps_undo_exactly() {
        let mut s = session();
        let mut seen = vec![s.project().clone()];
        for i in 1..=HISTORY_LIMIT {
            rename(&mut s, &format!("v{i}"), i as i64);
            seen.push(s.project().clone());
        }
        for expected in seen.iter().rev().skip(1) {
            assert!(s.undo(Timestamp(0)));
            assert!(s.project().same_content(expected));
        }
        assert!(!s.can_undo());
    }

    #[test]
    fn history_is_capped() {
        let mut s = session();
        for i in 0..HISTORY_LIMIT + 50 {
            rename(&mut s, &format!("n{i}"), 1);
        }
        let mut steps = 0;
        while s.undo(Timestamp(0)) {
            steps += 1;
        }
        assert_eq!(steps, HISTORY_LIMIT);
    }

    #[test]
    fn reset_drops_history() {
        let mut s = session();
        rename(&mut s, "v1", 1);
        let other = Project::new(ProjectId::parse("p1").unwrap(), "theirs".into(), Timestamp(9));
        s.reset(other.clone());
        assert_eq!(s.project(), &other);
        assert!(!s.can_undo() && !s.can_redo());
    }
}
