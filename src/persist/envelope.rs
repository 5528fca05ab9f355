//! The envelope every project file and stored project is wrapped in:
//! `{ "format": "planning-workbench", "schema_version": N, "saved_at": ms, "project": {…} }`.
//! `format` tells our files from other JSON; `schema_version` says which migrations to run.

use crate::model::{Project, Timestamp};
use serde::Serialize;

/// The value of the envelope's `format` field.
pub const FORMAT: &str = "planning-workbench";

/// The schema version this build writes. Raise it only together with a new migration step
/// (see `migrate::MIGRATIONS`) and a fixture in `tests/fixtures/`.
pub const CURRENT_SCHEMA_VERSION: u32 = 5;

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'static str,
    schema_version: u32,
    saved_at: Timestamp,
    project: &'a Project,
}

/// Serialises `project` into a file at the current schema version.
pub fn encode_project(project: &Project, saved_at: Timestamp) -> String {
    let envelope = EnvelopeRef { format: FORMAT, schema_version: CURRENT_SCHEMA_VERSION, saved_at, project };
    // Serialising plain structs with string keys cannot fail; fall back to an empty string so
    // the read-back check in storage reports it rather than panicking.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// A safe download name for a project: the name with characters that file systems refuse
/// replaced by `_`, at most 80 characters, ending in `.json`.
pub fn export_file_name(project_name: &str) -> String {
    let stem: String = project_name.chars().map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { '_' } else { c }).take(80).collect();
    let stem = stem.trim().trim_matches('.');
    if stem.is_empty() {
        "project.json".to_owned()
    } else {
        format!("{stem}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_are_safe_file_names() {
        assert_eq!(export_file_name("客服部 2026"), "客服部 2026.json");
        assert_eq!(export_file_name("../<script>"), "__script_.json");
        assert_eq!(export_file_name("..."), "project.json");
        assert_eq!(export_file_name(&"长".repeat(500)).chars().count(), 85);
    }
}
