//! How a position is written in a file: its details flat beside its id, parent and job — the
//! layout since schema 1. Written out by hand rather than with `#[serde(flatten)]`, which
//! would buffer every position through serde's generic content type (slower, and more code
//! in the download).

use super::{one, Duty, JobDescription, Position, PositionDetails};
use crate::model::core::ItemId;
use serde::{Deserialize, Serialize, Serializer};

/// A position as read from a file.
#[derive(Deserialize)]
pub struct PositionWire {
    id: ItemId,
    #[serde(default)]
    parent: Option<ItemId>,
    title: String,
    #[serde(default)]
    holder: String,
    #[serde(default = "one")]
    planned: u32,
    #[serde(default)]
    filled: u32,
    #[serde(default)]
    level: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    job: JobDescription,
    #[serde(default)]
    duties: Vec<Duty>,
    #[serde(default)]
    collapsed: bool,
}

impl From<PositionWire> for Position {
    fn from(w: PositionWire) -> Self {
        let details = PositionDetails {
            title: w.title,
            holder: w.holder,
            planned: w.planned,
            filled: w.filled,
            level: w.level,
            code: w.code,
            department: w.department,
        };
        Position { id: w.id, parent: w.parent, details, job: w.job, duties: w.duties, collapsed: w.collapsed }
    }
}

/// A position as written to a file (borrowed: saving copies nothing).
#[derive(Serialize)]
struct PositionRef<'a> {
    id: ItemId,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<ItemId>,
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    holder: &'a str,
    planned: u32,
    filled: u32,
    #[serde(skip_serializing_if = "str::is_empty")]
    level: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    code: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    department: &'a str,
    #[serde(skip_serializing_if = "JobDescription::is_empty")]
    job: &'a JobDescription,
    #[serde(skip_serializing_if = "<[Duty]>::is_empty")]
    duties: &'a [Duty],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    collapsed: bool,
}

impl Serialize for Position {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let d = &self.details;
        PositionRef {
            id: self.id,
            parent: self.parent,
            title: &d.title,
            holder: &d.holder,
            planned: d.planned,
            filled: d.filled,
            level: &d.level,
            code: &d.code,
            department: &d.department,
            job: &self.job,
            duties: &self.duties,
            collapsed: self.collapsed,
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_reads_and_writes_its_details_flat_as_before() {
        let text = r#"{"id":3,"parent":1,"title":"客服专员","holder":"王芳","planned":3,"filled":2,"code":"CS-02","duties":["complaints"]}"#;
        let position: Position = serde_json::from_str(text).unwrap();
        assert_eq!((position.details.title.as_str(), position.details.planned, position.parent), ("客服专员", 3, Some(ItemId(1))));
        assert_eq!(serde_json::to_string(&position).unwrap(), text);
        let bare: Position = serde_json::from_str(r#"{"id":4,"title":"x","unknown":true}"#).unwrap();
        assert_eq!((bare.details.planned, bare.details.filled, bare.collapsed), (1, 0, false));
        assert_eq!(serde_json::to_string(&bare).unwrap(), r#"{"id":4,"title":"x","planned":1,"filled":0}"#);
    }
}
