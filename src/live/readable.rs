//! A merged document made readable as a project file before any page sees it. Edits that meet
//! can leave a list element the file format cannot read (one person deleted a card while
//! another changed it in a way the flat map keeps); every device finds the same such elements
//! in the same merged document and drops them the same way, so all end with one project.
//! What remains is checked and repaired by the page like any imported file.

use crate::persist::{decode_project, LoadError};
use serde_json::Value;

/// Most elements dropped from one state (each costs a decode of the whole file).
const MAX_DROPS: usize = 64;

/// `file` with every list element the project decoder refuses removed; unchanged when it
/// reads, or when what is wrong is not inside a list element (then the page says so).
pub fn readable(mut file: Value) -> Value {
    for _ in 0..MAX_DROPS {
        let path = match decode_project(&file.to_string()) {
            Err(LoadError::BadShape { path, .. }) => path,
            _ => return file,
        };
        if !drop_element(&mut file, &path) {
            return file;
        }
    }
    file
}

/// Removes the innermost list element on `path` (`project.swot.items[6].text`).
fn drop_element(file: &mut Value, path: &str) -> bool {
    let Some(open) = path.rfind('[') else { return false };
    let Some(index) = path[open + 1..].split(']').next().and_then(|n| n.parse::<usize>().ok()) else { return false };
    let mut node = file;
    for segment in path[..open].split('.') {
        let (name, indices) = match segment.find('[') {
            Some(at) => (&segment[..at], &segment[at..]),
            None => (segment, ""),
        };
        let Some(next) = node.get_mut(name) else { return false };
        node = next;
        for i in indices.split(['[', ']']).filter(|s| !s.is_empty()) {
            let Some(next) = i.parse::<usize>().ok().and_then(|i| node.get_mut(i)) else { return false };
            node = next;
        }
    }
    match node.as_array_mut() {
        Some(list) if index < list.len() => {
            list.remove(index);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_unreadable_element_is_dropped_and_the_rest_kept() {
        let file = json!({"format": "planning-workbench", "schema_version": 4, "saved_at": 0, "project": {
            "id": "p1", "name": "n", "created": 0, "updated": 0, "next_item_id": 9,
            "swot": {"items": [{"id": 1, "quadrant": "strengths", "text": "kept"}, {"id": 2, "quadrant": "strengths"}]}
        }});
        let fixed = readable(file);
        assert_eq!(fixed["project"]["swot"]["items"], json!([{"id": 1, "quadrant": "strengths", "text": "kept"}]));
        assert!(decode_project(&fixed.to_string()).is_ok());
        let broken = json!({"format": "planning-workbench", "schema_version": 4, "project": {"id": "p1"}});
        assert_eq!(readable(broken.clone()), broken, "nothing to drop: left for the page to refuse");
    }
}
