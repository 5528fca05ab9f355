//! The document part owned by the org-chart canvas (positions, relations, job descriptions).
//! It is part of every project from schema version 1 so that files written now keep loading
//! when the canvas gains content: new fields arrive with `#[serde(default)]` or a migration.

use serde::{Deserialize, Serialize};

/// Stored as an object; unknown fields from later builds are ignored, missing ones defaulted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgCanvas {}
