//! The autosave policy, apart from timers and the browser: what is pending, when the timer
//! must be armed (by the first edit, never pushed back by later ones), what a write does with
//! the outcome (a refused write keeps the edit pending; another tab's newer save halts writing
//! until the user decides), and what loading theirs or keeping mine as a copy does. The
//! editor's `SaveJob` (`ui/shell/autosave.rs`) adds the timer and the browser's store.

use super::{KeyValue, ProjectStore, StorageError};
use crate::model::{Project, ProjectId, Timestamp};

#[derive(Debug)]
pub struct SaveQueue {
    id: ProjectId,
    /// The stored revision this tab's next write builds on.
    revision: u64,
    pending: Option<Project>,
    halted: bool,
    armed: bool,
}

impl SaveQueue {
    pub fn new(id: ProjectId, revision: u64) -> Self {
        SaveQueue { id, revision, pending: None, halted: false, armed: false }
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

    /// The timer went off: the next edit arms a new one.
    pub fn fired(&mut self) {
        self.armed = false;
    }

    /// Writes the pending document to `store` now. `None` when there was nothing to write or
    /// writing is halted by a conflict.
    pub fn flush<K: KeyValue>(&mut self, store: &ProjectStore<K>, now: Timestamp) -> Option<Result<Timestamp, StorageError>> {
        if self.halted {
            return None;
        }
        let project = self.pending.take()?;
        match store.save(&project, self.revision, now) {
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

    /// After loading the stored version: nothing pending, writing resumes from `revision`.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryKv;

    fn project(id: &ProjectId, name: &str) -> Project {
        Project::new(id.clone(), name.into(), Timestamp(1))
    }

    /// A store holding one project, and a queue on it.
    fn stored(kv: &MemoryKv) -> SaveQueue {
        let store = ProjectStore::new(kv.clone());
        let loaded = store.add_as_new(project(&ProjectId::parse("p1").unwrap(), "v0"), Timestamp(1)).unwrap();
        SaveQueue::new(loaded.project.id, loaded.revision)
    }

    fn store(kv: &MemoryKv) -> ProjectStore<MemoryKv> {
        ProjectStore::new(kv.clone())
    }

    #[test]
    fn the_first_edit_arms_the_timer_and_later_ones_ride_on_it() {
        let id = ProjectId::parse("p1").unwrap();
        let mut queue = SaveQueue::new(id.clone(), 0);
        assert!(queue.queue(project(&id, "a")));
        assert!(!queue.queue(project(&id, "b")), "the timer is not pushed back");
        queue.fired();
        assert!(queue.queue(project(&id, "c")));
        assert!(queue.is_dirty());
    }

    #[test]
    fn a_write_stores_the_latest_version_and_clears_what_is_pending() {
        let kv = MemoryKv::new();
        let mut queue = stored(&kv);
        let id = queue.id().clone();
        queue.queue(project(&id, "v1"));
        queue.queue(project(&id, "v2"));
        let before = queue.revision();
        assert_eq!(queue.flush(&store(&kv), Timestamp(5)), Some(Ok(Timestamp(5))));
        assert!(!queue.is_dirty() && queue.revision() > before);
        assert_eq!(ProjectStore::new(kv.clone()).load(&id).map(|l| l.project.name), Ok("v2".to_owned()));
        assert_eq!(queue.flush(&store(&kv), Timestamp(6)), None, "nothing left to write");
    }

    #[test]
    fn a_full_storage_keeps_the_edit_pending_and_a_retry_stores_it() {
        let kv = MemoryKv::new();
        let mut queue = stored(&kv);
        let id = queue.id().clone();
        kv.set_capacity(Some(kv.used_units()));
        queue.queue(project(&id, &"long name ".repeat(10)));
        assert_eq!(queue.flush(&store(&kv), Timestamp(5)), Some(Err(StorageError::QuotaExceeded)));
        assert!(queue.is_dirty(), "the edit is kept");
        kv.set_capacity(None);
        assert_eq!(queue.flush(&store(&kv), Timestamp(6)), Some(Ok(Timestamp(6))));
    }

    #[test]
    fn another_tabs_newer_save_halts_writing_until_the_user_decides() {
        let kv = MemoryKv::new();
        let mut mine = stored(&kv);
        let id = mine.id().clone();
        let mut theirs = SaveQueue::new(id.clone(), mine.revision());
        theirs.queue(project(&id, "theirs"));
        assert_eq!(theirs.flush(&store(&kv), Timestamp(3)), Some(Ok(Timestamp(3))));
        mine.queue(project(&id, "mine"));
        let refused = mine.flush(&store(&kv), Timestamp(4));
        assert!(matches!(refused, Some(Err(StorageError::Conflict { .. }))), "{refused:?}");
        mine.queue(project(&id, "mine again"));
        assert_eq!(mine.flush(&store(&kv), Timestamp(5)), None, "halted");
        assert!(mine.is_dirty());
        // Loading theirs: nothing pending, writing resumes from their revision.
        mine.adopt(theirs.revision());
        assert!(!mine.is_dirty());
        mine.queue(project(&id, "after"));
        assert_eq!(mine.flush(&store(&kv), Timestamp(6)), Some(Ok(Timestamp(6))));
        // Keeping mine as a copy elsewhere: this queue writes nothing more.
        mine.queue(project(&id, "dropped"));
        mine.abandon();
        assert_eq!(mine.flush(&store(&kv), Timestamp(7)), None);
    }

    #[test]
    fn an_unavailable_storage_is_an_error_not_a_halt() {
        let kv = MemoryKv::new();
        let mut queue = stored(&kv);
        let id = queue.id().clone();
        queue.queue(project(&id, "a"));
        kv.set_disabled(true);
        assert!(matches!(queue.flush(&store(&kv), Timestamp(1)), Some(Err(StorageError::Unavailable(_)))));
        assert!(queue.is_dirty());
        kv.set_disabled(false);
        assert_eq!(queue.flush(&store(&kv), Timestamp(2)), Some(Ok(Timestamp(2))));
    }
}
