//! Identifiers. A `ProjectId` names a project in storage and is chosen by the store; it is
//! validated so it is always safe inside a storage key or a file name. An `ItemId` names a thing
//! inside one project and is issued by the project's own counter, so replaying the same commands
//! gives the same ids (no randomness in the core).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest project id accepted, in characters.
pub const MAX_PROJECT_ID_CHARS: usize = 64;

/// A project's identity: 1–64 ASCII letters, digits, `-` or `_`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProjectId(String);

impl ProjectId {
    /// Returns `None` unless `text` is a well-formed id.
    pub fn parse(text: &str) -> Option<Self> {
        let well_formed =
            !text.is_empty() && text.len() <= MAX_PROJECT_ID_CHARS && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        well_formed.then(|| ProjectId(text.to_owned()))
    }

    /// The id for the `attempt`-th try at a project created at `millis`: short, sortable by
    /// creation time, and different for each attempt so a caller can step past ids in use.
    pub fn generate(millis: i64, attempt: u32) -> Self {
        ProjectId(format!("p{}-{}", to_base36(millis.max(0) as u64), to_base36(attempt as u64)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ProjectId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        ProjectId::parse(&text).ok_or_else(|| "a project id is 1–64 letters, digits, '-' or '_'".to_owned())
    }
}

impl From<ProjectId> for String {
    fn from(id: ProjectId) -> String {
        id.0
    }
}

impl fmt::Display for ProjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An item inside one project (a SWOT item, a position, a card…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u64);

pub(crate) fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_are_valid_and_distinct_per_attempt() {
        let a = ProjectId::generate(1_764_000_000_000, 0);
        let b = ProjectId::generate(1_764_000_000_000, 1);
        assert_ne!(a, b);
        assert!(ProjectId::parse(a.as_str()).is_some());
        assert!(ProjectId::parse(ProjectId::generate(-1, u32::MAX).as_str()).is_some());
    }

    #[test]
    fn hostile_ids_are_rejected() {
        for bad in ["", "a/b", "../x", "<script>", "a b", "项目", &"x".repeat(65)] {
            assert!(ProjectId::parse(bad).is_none(), "{bad:?} accepted");
        }
        assert!(ProjectId::parse("p-1_Z").is_some());
    }

    #[test]
    fn ids_deserialize_only_when_valid() {
        assert!(serde_json::from_str::<ProjectId>("\"ok-1\"").is_ok());
        assert!(serde_json::from_str::<ProjectId>("\"no way\"").is_err());
    }
}
