//! The document part owned by the five-forces canvas (forces, factors, competitor register).
//! It is part of every project from schema version 1 so that files written now keep loading
//! when the canvas gains content: new fields arrive with `#[serde(default)]` or a migration.

use serde::{Deserialize, Serialize};

/// Stored as an object; unknown fields from later builds are ignored, missing ones defaulted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FiveForcesCanvas {}
