//! The index key: one small record per project (name, times, size, revision) so the project
//! list shows without reading every project, and so each save can check the revision cheaply.
//! It is a cache of the project keys: when it is lost or damaged it is rebuilt from them.

use crate::model::{ProjectId, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    #[serde(default)]
    pub projects: BTreeMap<ProjectId, IndexEntry>,
}

/// What the list needs to know about a project without opening it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub name: String,
    pub updated: Timestamp,
    pub saved_at: Timestamp,
    /// Bumped by every save; a tab only writes when the revision is the one it loaded.
    pub revision: u64,
    /// Size of the stored envelope, in UTF-16 code units (what browsers count against quota).
    pub units: usize,
}
