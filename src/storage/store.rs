//! `ProjectStore`: projects on top of a `KeyValue`. Layout: one key per project holding its
//! envelope (exactly the export format), plus the index key. Rules:
//! - a save writes only when the index still holds the revision this tab loaded (so a tab
//!   never overwrites a newer save from another tab), then reads the value back and compares;
//! - a project key that fails to decode is listed as damaged and never written automatically;
//! - the index is a cache: missing or unreadable, it is rebuilt from the project keys.

use super::index::{Index, IndexEntry};
use super::keys::{self, project_key};
use super::{KeyValue, StorageError};
use crate::model::project::RepairReport;
use crate::model::{Project, ProjectId, Timestamp};
use crate::persist::{decode_project, encode_project, peek_header, LoadError};

/// How many ids `create` tries before giving up (ids collide only within one millisecond).
const ID_ATTEMPTS: u32 = 1000;

pub struct ProjectStore<K> {
    kv: K,
}

/// An opened project and the revision it was stored at.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub project: Project,
    pub revision: u64,
    /// Repairs opening the stored copy made (none for anything this app wrote).
    pub repaired: RepairReport,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the project no longer exists")]
    NotFound,
    #[error("the stored project is damaged: {0}")]
    Damaged(LoadError),
}

/// One row of the project list.
#[derive(Clone, Debug, PartialEq)]
pub enum Listed {
    Ready { id: ProjectId, entry: IndexEntry },
    Damaged { id: ProjectId, error: LoadError, units: usize },
}

impl Listed {
    pub fn id(&self) -> &ProjectId {
        match self {
            Listed::Ready { id, .. } | Listed::Damaged { id, .. } => id,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// Newest change first; damaged projects last.
    pub projects: Vec<Listed>,
    /// Index entries whose project key had vanished (dropped from the index).
    pub missing: usize,
    /// UTF-16 code units used by this app's keys and values.
    pub used_units: usize,
    /// UTF-16 code units used by every key and value of the site (what its quota counts).
    pub site_units: usize,
}

/// A deleted project, kept in memory so the deletion can be undone during the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Trashed {
    pub id: ProjectId,
    pub raw: String,
    pub entry: Option<IndexEntry>,
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl<K: KeyValue> ProjectStore<K> {
    pub fn new(kv: K) -> Self {
        ProjectStore { kv }
    }

    pub fn kv(&self) -> &K {
        &self.kv
    }

    /// Whether `units` more UTF-16 code units still fit: written under a scratch key and removed
    /// again, since browsers do not tell how much of the quota is left.
    pub fn has_room(&self, units: usize) -> Result<bool, StorageError> {
        match self.kv.set(keys::PROBE, &"x".repeat(units)) {
            Ok(()) => {
                self.kv.remove(keys::PROBE)?;
                Ok(true)
            }
            Err(StorageError::QuotaExceeded) => Ok(false),
            Err(other) => Err(other),
        }
    }

    /// Lists every stored project, repairing the index where it disagrees with the keys.
    pub fn list(&self) -> Result<Listing, StorageError> {
        let stored_index = self.read_stored_index()?;
        let mut index = stored_index.clone().unwrap_or_default();
        let mut listing = Listing::default();
        let mut present = Vec::new();
        for key in self.kv.keys()? {
            let Some(raw) = self.kv.get(&key)? else { continue };
            listing.site_units += units(&key) + units(&raw);
            if !key.starts_with(keys::PREFIX) {
                continue;
            }
            listing.used_units += units(&key) + units(&raw);
            let Some(id) = keys::project_id_of(&key) else { continue };
            present.push(id.clone());
            let checked = match index.projects.get(&id) {
                Some(_) => peek_header(&raw).map(|_| None),
                None => decode_project(&raw).map(|(project, header)| {
                    Some(IndexEntry {
                        name: project.name,
                        updated: project.updated,
                        saved_at: header.saved_at,
                        // The key exists, so it counts as saved once; 0 means "not stored".
                        revision: 1,
                        units: units(&raw),
                    })
                }),
            };
            match checked {
                Ok(Some(entry)) => {
                    index.projects.insert(id.clone(), entry);
                }
                Ok(None) => {}
                Err(error) => {
                    index.projects.remove(&id);
                    listing.projects.push(Listed::Damaged { id, error, units: units(&raw) });
                }
            }
        }
        let before = index.projects.len();
        index.projects.retain(|id, _| present.contains(id));
        listing.missing = before - index.projects.len();
        let mut ready: Vec<Listed> = index.projects.iter().map(|(id, entry)| Listed::Ready { id: id.clone(), entry: entry.clone() }).collect();
        ready.sort_by_key(|listed| match listed {
            Listed::Ready { entry, .. } => std::cmp::Reverse(entry.updated),
            Listed::Damaged { .. } => std::cmp::Reverse(Timestamp(0)),
        });
        ready.append(&mut listing.projects);
        listing.projects = ready;
        if stored_index.as_ref() != Some(&index) {
            // Best effort: the listing is right even when the repaired index cannot be written.
            let _ = self.write_index(&index);
        }
        Ok(listing)
    }

    /// Opens a project for editing.
    pub fn load(&self, id: &ProjectId) -> Result<Loaded, OpenError> {
        let raw = self.kv.get(&project_key(id))?.ok_or(OpenError::NotFound)?;
        let (mut project, header) = decode_project(&raw).map_err(OpenError::Damaged)?;
        // The key is authoritative: a file copied into another key is that key's project.
        project.id = id.clone();
        Ok(Loaded { project, revision: self.revision(id)?, repaired: header.repaired })
    }

    /// The revision the index holds for `id`; 0 when it has none.
    pub fn revision(&self, id: &ProjectId) -> Result<u64, StorageError> {
        Ok(self.index()?.projects.get(id).map_or(0, |entry| entry.revision))
    }

    /// Saves `project` if the stored revision is still `expected` (0 for a project not yet
    /// stored). Returns the new revision. On any failure the stored copy is what it was.
    pub fn save(&self, project: &Project, expected: u64, now: Timestamp) -> Result<u64, StorageError> {
        self.write(project, Some(expected), now)
    }

    fn write(&self, project: &Project, expected: Option<u64>, now: Timestamp) -> Result<u64, StorageError> {
        let mut index = self.index()?;
        let found = index.projects.get(&project.id).map_or(0, |entry| entry.revision);
        let key = project_key(&project.id);
        let previous = self.kv.get(&key)?;
        if let Some(expected) = expected {
            // A stored key without an index entry is damaged or foreign: never overwritten here.
            if found != expected || (expected == 0) == previous.is_some() {
                let found = previous.is_some().then_some(found);
                return Err(StorageError::Conflict { expected: Some(expected), found });
            }
        }
        let text = encode_project(project, now);
        let entry = IndexEntry { name: project.name.clone(), updated: project.updated, saved_at: now, revision: found + 1, units: units(&text) };
        index.projects.insert(project.id.clone(), entry);
        self.kv.set(&key, &text)?;
        let written = match self.kv.get(&key) {
            Ok(Some(back)) if back == text => self.write_index(&index),
            Ok(_) => Err(StorageError::ReadBackMismatch),
            Err(error) => Err(error),
        };
        if let Err(error) = written {
            // Put the previous copy back so "not saved" means exactly that.
            let _ = match &previous {
                Some(old) => self.kv.set(&key, old),
                None => self.kv.remove(&key),
            };
            return Err(error);
        }
        Ok(found + 1)
    }

    /// Stores `project` under a fresh id (for create, duplicate, sample and import-as-copy).
    pub fn add_as_new(&self, mut project: Project, now: Timestamp) -> Result<Loaded, StorageError> {
        let index = self.index()?;
        let mut attempt = 0;
        project.id = loop {
            let id = ProjectId::generate(now.0, attempt);
            if !index.projects.contains_key(&id) && self.kv.get(&project_key(&id))?.is_none() {
                break id;
            }
            attempt += 1;
            if attempt >= ID_ATTEMPTS {
                return Err(StorageError::Unavailable("no free project id".into()));
            }
        };
        project.updated = now;
        let revision = self.save(&project, 0, now)?;
        Ok(Loaded { project, revision, repaired: RepairReport::default() })
    }

    /// Overwrites the stored project with the same id, whatever its revision: only for an
    /// explicit user choice ("replace the existing project").
    pub fn replace(&self, project: &Project, now: Timestamp) -> Result<u64, StorageError> {
        self.write(project, None, now)
    }

    /// Removes a project, returning what is needed to restore it.
    pub fn delete(&self, id: &ProjectId) -> Result<Trashed, StorageError> {
        let key = project_key(id);
        let raw = self.kv.get(&key)?.unwrap_or_default();
        let mut index = self.index()?;
        let entry = index.projects.remove(id);
        self.kv.remove(&key)?;
        self.write_index(&index)?;
        Ok(Trashed { id: id.clone(), raw, entry })
    }

    /// Puts a deleted project back exactly as it was stored.
    pub fn restore(&self, trashed: &Trashed) -> Result<(), StorageError> {
        let key = project_key(&trashed.id);
        if self.kv.get(&key)?.is_some() {
            return Err(StorageError::Conflict { expected: Some(0), found: None });
        }
        self.kv.set(&key, &trashed.raw)?;
        if let Some(entry) = &trashed.entry {
            let mut index = self.index()?;
            index.projects.insert(trashed.id.clone(), entry.clone());
            self.write_index(&index)?;
        }
        Ok(())
    }

    /// The stored text of a project, exactly as it is (for "download raw data").
    pub fn raw(&self, id: &ProjectId) -> Result<Option<String>, StorageError> {
        self.kv.get(&project_key(id))
    }

    /// The index, rebuilt from the project keys when missing or unreadable.
    fn index(&self) -> Result<Index, StorageError> {
        match self.read_stored_index()? {
            Some(index) => Ok(index),
            None => {
                self.list()?;
                Ok(self.read_stored_index()?.unwrap_or_default())
            }
        }
    }

    fn read_stored_index(&self) -> Result<Option<Index>, StorageError> {
        Ok(self.kv.get(keys::INDEX)?.and_then(|text| serde_json::from_str(&text).ok()))
    }

    fn write_index(&self, index: &Index) -> Result<(), StorageError> {
        let text = serde_json::to_string(index).unwrap_or_default();
        self.kv.set(keys::INDEX, &text)
    }
}
