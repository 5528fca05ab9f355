//! Untrusted text → `Project`. Used for imported files and for what storage hands back, which
//! may be damaged, foreign or from a newer build. Checks run cheapest first: size, then a byte
//! scan for HTML and deep nesting (before any recursive parser sees the text), then JSON,
//! envelope, version, migrations and finally the project's shape, reported with its path.

use super::envelope::{CURRENT_SCHEMA_VERSION, FORMAT};
use super::error::{JsonKind, LoadError};
use super::error_path::path_at;
use super::migrate::migrate;
use crate::model::project::{normalize_name, RepairReport};
use crate::model::{Project, Timestamp};
use serde_json::{Map, Value};

/// Largest file accepted, in bytes (checked before parsing).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// Deepest nesting of arrays and objects accepted. Projects store trees flat, so real files
/// stay far below this; the limit keeps hostile files from exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// Largest item id counter accepted: JavaScript's exact-integer limit, far beyond any real
/// project; it keeps id arithmetic from ever overflowing.
pub const MAX_ITEM_ID: u64 = 1 << 53;

/// What the envelope says, and how many repairs decoding the project made.
#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub schema_version: u32,
    pub saved_at: Timestamp,
    /// Duplicate ids, broken links and the like that decoding fixed, counted by where (see
    /// `Project::repair_with_report`); none for a healthy file and from [`peek_header`], which
    /// does not look at the content.
    pub repaired: RepairReport,
}

/// Checks everything except the project's own shape. Cheaper than [`decode_project`] only in
/// that it builds no `Project`; used to list stored projects quickly.
pub fn peek_header(text: &str) -> Result<Header, LoadError> {
    open_envelope(text).map(|(header, _)| header)
}

/// Fully validates `text` and returns the project, upgraded to the current schema.
pub fn decode_project(text: &str) -> Result<(Project, Header), LoadError> {
    let (mut header, mut envelope) = open_envelope(text)?;
    let project = envelope.remove("project").ok_or_else(|| bad_shape("project", "missing"))?;
    if !project.is_object() {
        return Err(bad_shape("project", "not an object"));
    }
    let project = migrate(project, header.schema_version).map_err(|(from, reason)| LoadError::MigrationFailed { from, reason })?;
    // Read from text rather than from the value: one deserializer for every field, and the
    // refusal's column locates the field (`error_path`).
    let text = project.to_string();
    let mut project: Project = serde_json::from_str(&text).map_err(|e| {
        let path = path_at(&text, e.column());
        let reason = e.to_string();
        // serde_json appends where it stopped; the path says it better.
        let reason = reason.rsplit_once(" at line ").map_or(reason.as_str(), |(reason, _)| reason);
        bad_shape(&if path.is_empty() { "project".to_owned() } else { format!("project.{path}") }, reason)
    })?;
    project.name = normalize_name(&project.name).map_err(|e| bad_shape("project.name", &e.to_string()))?;
    // Duplicate ids, a stale id counter and the like are fixed, not refused: the content is
    // the user's, and each fix keeps it.
    // JavaScript reads numbers exactly only below 2^53, and every id the app mints is.
    if project.next_item_id > MAX_ITEM_ID {
        return Err(bad_shape("project.next_item_id", "item ids beyond 2^53 are not supported"));
    }
    header.repaired = project.repair_with_report();
    if project.item_ids().any(|id| id.0 >= MAX_ITEM_ID) {
        return Err(bad_shape("project.next_item_id", "item ids beyond 2^53 are not supported"));
    }
    Ok((project, header))
}

fn open_envelope(text: &str) -> Result<(Header, Map<String, Value>), LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES });
    }
    let body = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if body.is_empty() {
        return Err(LoadError::Empty);
    }
    if body.starts_with('<') {
        return Err(LoadError::LooksLikeHtml);
    }
    check_nesting(body)?;
    let value: Value = serde_json::from_str(body).map_err(|e| LoadError::NotJson { line: e.line(), column: e.column() })?;
    let mut envelope = match value {
        Value::Object(map) => map,
        Value::Array(_) => return Err(LoadError::NotAnObject(JsonKind::Array)),
        Value::String(_) => return Err(LoadError::NotAnObject(JsonKind::String)),
        Value::Number(_) => return Err(LoadError::NotAnObject(JsonKind::Number)),
        Value::Bool(_) => return Err(LoadError::NotAnObject(JsonKind::Bool)),
        Value::Null => return Err(LoadError::NotAnObject(JsonKind::Null)),
    };
    match envelope.get("format") {
        None => return Err(LoadError::NotAProject),
        Some(Value::String(format)) if format == FORMAT => {}
        Some(other) => {
            let found = match other {
                Value::String(s) => s.clone(),
                v => v.to_string(),
            };
            return Err(LoadError::WrongFormat { found: found.chars().take(40).collect() });
        }
    }
    let version = envelope.get("schema_version").and_then(Value::as_u64).filter(|v| *v >= 1);
    let version = version.ok_or(LoadError::BadVersion)?;
    if version > u64::from(CURRENT_SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion { found: version, supported: CURRENT_SCHEMA_VERSION });
    }
    let saved_at = Timestamp(envelope.get("saved_at").and_then(Value::as_i64).unwrap_or(0));
    envelope.remove("format");
    Ok((Header { schema_version: version as u32, saved_at, repaired: RepairReport::default() }, envelope))
}

/// Refuses text whose arrays/objects nest deeper than [`MAX_NESTING`], without recursion.
fn check_nesting(text: &str) -> Result<(), LoadError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(LoadError::TooDeep { limit: MAX_NESTING });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn bad_shape(path: &str, detail: &str) -> LoadError {
    LoadError::BadShape { path: path.trim_end_matches('.').to_owned(), detail: detail.chars().take(200).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_inside_strings_does_not_count() {
        let deep_string = format!("\"{}\"", "[".repeat(1000));
        assert!(check_nesting(&deep_string).is_ok());
        assert!(check_nesting(r#"["\"[[[[", {"a": "\\"}]"#).is_ok());
        assert_eq!(check_nesting(&"[".repeat(MAX_NESTING + 1)), Err(LoadError::TooDeep { limit: MAX_NESTING }));
        assert!(check_nesting(&"[".repeat(MAX_NESTING)).is_ok());
    }
}
