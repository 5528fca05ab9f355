//! Storage key names. Every key starts with the layout version `pw1:`, so a future layout can
//! live beside this one and migrate from it instead of misreading it.

use crate::model::ProjectId;

/// Prefix of every key this app writes.
pub const PREFIX: &str = "pw1:";
/// The index of projects (metadata and revisions).
pub const INDEX: &str = "pw1:index";
/// User preferences (language…).
pub const PREFS: &str = "pw1:prefs";
/// Written and removed at once to learn whether storage has room left.
pub const PROBE: &str = "pw1:probe";
const PROJECT_PREFIX: &str = "pw1:project:";

/// The key holding one project's envelope.
pub fn project_key(id: &ProjectId) -> String {
    format!("{PROJECT_PREFIX}{id}")
}

/// The project id a key belongs to, if it is a project key.
pub fn project_id_of(key: &str) -> Option<ProjectId> {
    key.strip_prefix(PROJECT_PREFIX).and_then(ProjectId::parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_keys_round_trip() {
        let id = ProjectId::parse("p1-a").unwrap();
        assert_eq!(project_id_of(&project_key(&id)), Some(id));
        assert_eq!(project_id_of(INDEX), None);
        assert_eq!(project_id_of("pw1:project:../x"), None);
    }
}
