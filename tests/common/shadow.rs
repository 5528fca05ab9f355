//! The property tests' shadow of an edit session: the undo and redo stacks kept as snapshots
//! beside `EditSession`, and the project autosaved through `ProjectStore<MemoryKv>` after every
//! step, so each canvas's property test checks undo, redo and save→load the same way.

use planning_workbench::model::session::HISTORY_LIMIT;
use planning_workbench::model::{EditSession, Project, ProjectId, Timestamp};
use planning_workbench::storage::{MemoryKv, ProjectStore};
use proptest::prelude::*;

/// What the session should hold, kept beside it: the undo and redo stacks as snapshots, and
/// the project as autosaved through `ProjectStore<MemoryKv>` after every step (stored once with
/// `add_as_new`, which chooses the id every later state keeps, then saved at each revision).
pub struct Shadow {
    store: ProjectStore<MemoryKv>,
    id: ProjectId,
    revision: u64,
    /// The document as last saved (saving it again would store the same text).
    saved: Project,
    undo: Vec<Project>,
    redo: Vec<Project>,
}

pub fn storage_failure(what: &str, e: impl std::fmt::Display) -> TestCaseError {
    TestCaseError::fail(format!("{what}: {e}"))
}

impl Shadow {
    /// Stores `project` as a new project; returns the shadow and the project as stored.
    pub fn new(project: Project) -> Result<(Shadow, Project), TestCaseError> {
        let store = ProjectStore::new(MemoryKv::new());
        let added = store.add_as_new(project, Timestamp(0)).map_err(|e| storage_failure("add_as_new", e))?;
        let reopened = store.load(&added.project.id).map_err(|e| storage_failure("load", e))?;
        prop_assert_eq!(&reopened.project, &added.project);
        let (id, revision, saved) = (added.project.id.clone(), added.revision, added.project.clone());
        let shadow = Shadow { store, id, revision, saved, undo: vec![], redo: vec![] };
        Ok((shadow, added.project))
    }

    /// An edit changed the document that was `before`.
    pub fn executed(&mut self, before: Project) {
        self.undo.push(before);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// `session.undo()` returned `did`; `before` is the document it started from.
    pub fn undone(&mut self, did: bool, before: Project, now: &Project) -> Result<(), TestCaseError> {
        prop_assert_eq!(did, !self.undo.is_empty(), "undo availability differs from the history");
        if did {
            let expected = self.undo.pop().unwrap();
            prop_assert!(now.same_content(&expected), "undo did not restore the exact previous document");
            self.redo.push(before);
        } else {
            prop_assert_eq!(now, &before, "a refused undo changed the project");
        }
        Ok(())
    }

    /// `session.redo()` returned `did`; `before` is the document it started from.
    pub fn redone(&mut self, did: bool, before: Project, now: &Project) -> Result<(), TestCaseError> {
        prop_assert_eq!(did, !self.redo.is_empty(), "redo availability differs from the history");
        if did {
            let expected = self.redo.pop().unwrap();
            prop_assert!(now.same_content(&expected), "redo did not restore the exact undone document");
            self.undo.push(before);
        } else {
            prop_assert_eq!(now, &before, "a refused redo changed the project");
        }
        Ok(())
    }

    /// Saves `project` at the current revision, unless it is what was saved last, and reopens
    /// it: it must come back equal.
    pub fn autosave(&mut self, project: &Project, now: Timestamp) -> Result<(), TestCaseError> {
        prop_assert_eq!(&project.id, &self.id);
        if project == &self.saved {
            return Ok(());
        }
        self.revision = self.store.save(project, self.revision, now).map_err(|e| storage_failure("save", e))?;
        let reopened = self.store.load(&self.id).map_err(|e| storage_failure("load", e))?;
        prop_assert_eq!(reopened.revision, self.revision);
        prop_assert_eq!(&reopened.project, project, "the saved project reopened differently");
        self.saved = reopened.project;
        Ok(())
    }

    /// Undoes `wanted % (depth + 1)` steps and checks the session is back at exactly that
    /// earlier document, which also saves and reopens unchanged.
    pub fn undo_some(&mut self, session: &mut EditSession, wanted: usize, now: Timestamp) -> Result<usize, TestCaseError> {
        let n = wanted % (self.undo.len() + 1);
        let target = (n > 0).then(|| self.undo[self.undo.len() - n].clone());
        for _ in 0..n {
            let before = session.project().clone();
            let did = session.undo(now);
            prop_assert!(did, "the session ran out of undo before the history did");
            self.undone(did, before, session.project())?;
        }
        if let Some(target) = target {
            prop_assert!(session.project().same_content(&target), "undoing {} steps did not restore that document", n);
        }
        self.autosave(session.project(), now)?;
        Ok(n)
    }

    /// One undo (or redo) step of a random sequence: the session steps, `steps` follows the
    /// undo depth, and the shadow checks the document is the one its history says.
    pub fn undo_or_redo(&mut self, session: &mut EditSession, redo: bool, now: Timestamp, steps: &mut usize) -> Result<(), TestCaseError> {
        let before = session.project().clone();
        if redo {
            let did = session.redo(now);
            *steps += usize::from(did);
            self.redone(did, before, session.project())
        } else {
            let did = session.undo(now);
            *steps -= usize::from(did);
            self.undone(did, before, session.project())
        }
    }

    /// The end of a random sequence: undo `undo_back` steps (checked by [`Shadow::undo_some`]),
    /// then everything, which must give back exactly the starting document.
    pub fn unwind(&mut self, session: &mut EditSession, undo_back: usize, mut steps: usize, original: &Project) -> Result<(), TestCaseError> {
        steps -= self.undo_some(session, undo_back, Timestamp(9_999))?;
        while session.undo(Timestamp(10_000)) {
            steps = steps.saturating_sub(1);
        }
        prop_assert_eq!(steps, 0);
        prop_assert!(session.project().same_content(original), "undoing everything did not restore the start");
        Ok(())
    }
}
