//! A project file's JSON as one flat map of path → JSON text: the shape the shared document
//! stores. Flat, so no two people ever race to create the same nested container (a Yjs map
//! written at once by two peers keeps only one of them, with the other's items inside).
//!
//! Paths are segments joined by `/`: `.name` an object's field, `#id` an element of a list of
//! objects with unique `id`s (so concurrent additions to one list are different keys), and a
//! final `^` that element's place in its list, a number. Everything else (text, numbers, lists
//! of plain values, empty lists and objects) is one leaf holding its JSON text.
//!
//! Reading is total: any map, however a hostile or broken peer wrote it, reads as some JSON
//! value, the same on every device, which the page then validates like an imported file.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

/// Path → JSON text (or a list place, for `^` paths).
pub type Flat = BTreeMap<String, String>;

/// The document as a flat map. `base` is what the document held before this version: list
/// elements keep the places they had there, so an edit writes only what it changed.
pub fn flatten(value: &Value, base: &Flat) -> Flat {
    let mut out = Flat::new();
    let mut lists = Vec::new();
    // The root is always its fields: a key must start with `/`.
    for (key, field) in value.as_object().into_iter().flatten() {
        write(field, format!("/.{}", escape(key)), &mut out, &mut lists);
    }
    for (path, ids) in lists {
        for (id, place) in ids.iter().zip(places(&path, &ids, base)) {
            out.insert(format!("{path}/#{id}/^"), place_text(place));
        }
    }
    out
}

/// What changed from `base` to `next`: keys to write, keys to delete.
pub fn delta<'a>(base: &'a Flat, next: &'a Flat) -> (Vec<(&'a str, &'a str)>, Vec<&'a str>) {
    let writes = next.iter().filter(|(k, v)| base.get(*k) != Some(*v)).map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let deletes = base.keys().filter(|k| !next.contains_key(*k)).map(String::as_str).collect();
    (writes, deletes)
}

fn write(value: &Value, path: String, out: &mut Flat, lists: &mut Vec<(String, Vec<String>)>) {
    match value {
        // An object of one plain field is one value: it is how an enum with data is written
        // ({"factor": 3}), and two people choosing two variants must not leave both.
        Value::Object(fields) if fields.len() > 1 || fields.values().any(|v| v.is_object() || v.is_array()) => {
            for (key, field) in fields {
                write(field, format!("{path}/.{}", escape(key)), out, lists);
            }
        }
        Value::Array(items) if is_id_list(items) => {
            let mut ids = Vec::with_capacity(items.len());
            for item in items {
                let id = item.get("id").map(Value::to_string).unwrap_or_default();
                let id = escape(&id);
                // An element is always its fields (its id among them), whatever their number.
                for (key, field) in item.as_object().into_iter().flatten() {
                    write(field, format!("{path}/#{id}/.{}", escape(key)), out, lists);
                }
                ids.push(id);
            }
            lists.push((path, ids));
        }
        leaf => {
            out.insert(path, leaf.to_string());
        }
    }
}

/// A non-empty list of objects, each with a distinct text or number `id`.
fn is_id_list(items: &[Value]) -> bool {
    let mut seen = std::collections::HashSet::new();
    !items.is_empty()
        && items.iter().all(|item| match item.get("id") {
            Some(id @ (Value::String(_) | Value::Number(_))) => item.is_object() && seen.insert(id.to_string()),
            _ => false,
        })
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

fn place_text(place: f64) -> String {
    format!("{place}")
}

/// Places for `ids` in their new order. Elements whose old places are still in increasing
/// order (the longest such run) keep them; the rest, new or moved, are spread between their
/// neighbours, so a move or an insert writes one key per element it touches.
fn places(path: &str, ids: &[String], base: &Flat) -> Vec<f64> {
    let old: Vec<Option<f64>> =
        ids.iter().map(|id| base.get(&format!("{path}/#{id}/^")).and_then(|t| t.parse::<f64>().ok()).filter(|p| p.is_finite())).collect();
    let kept = longest_increasing(&old);
    let mut out: Vec<Option<f64>> = (0..ids.len()).map(|i| if kept[i] { old[i] } else { None }).collect();
    let mut i = 0;
    while i < out.len() {
        if out[i].is_some() {
            i += 1;
            continue;
        }
        let start = i;
        while i < out.len() && out[i].is_none() {
            i += 1;
        }
        let low = if start == 0 { None } else { out[start - 1] };
        let high = out.get(i).copied().flatten();
        let count = (i - start) as f64;
        for (k, slot) in out[start..i].iter_mut().enumerate() {
            let step = (k + 1) as f64;
            *slot = Some(match (low, high) {
                (Some(lo), Some(hi)) => lo + (hi - lo) * step / (count + 1.0),
                (Some(lo), None) => lo + step,
                (None, Some(hi)) => hi - (count + 1.0 - step),
                (None, None) => step,
            });
        }
    }
    out.into_iter().map(|p| p.unwrap_or(0.0)).collect()
}

/// Marks the longest strictly increasing run (by place) among the elements that have one.
fn longest_increasing(places: &[Option<f64>]) -> Vec<bool> {
    let known: Vec<(usize, f64)> = places.iter().enumerate().filter_map(|(i, p)| p.map(|p| (i, p))).collect();
    // Patience sorting: tails[k] = index into `known` of the smallest tail of a run of k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous = vec![usize::MAX; known.len()];
    for (j, &(_, place)) in known.iter().enumerate() {
        let at = tails.partition_point(|&t| known[t].1 < place);
        if at > 0 {
            previous[j] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(j);
        } else {
            tails[at] = j;
        }
    }
    let mut kept = vec![false; places.len()];
    let mut cursor = tails.last().copied();
    while let Some(j) = cursor {
        kept[known[j].0] = true;
        cursor = (previous[j] != usize::MAX).then_some(previous[j]);
    }
    kept
}

#[derive(Default)]
struct Node {
    leaf: Option<String>,
    place: Option<f64>,
    fields: BTreeMap<String, Node>,
    elements: HashMap<String, Node>,
}

/// Reads a flat map back into JSON. Where concurrent edits left a path holding more than one
/// kind of value, a fixed order decides (list elements, then fields, then a plain value), so
/// every device reads the same thing. Elements that lost their place (deleted by one person
/// while another edited them) are gone: a delete wins over an edit.
pub fn unflatten<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Value {
    let mut root = Node::default();
    for (key, text) in entries {
        if !key.starts_with('/') {
            continue;
        }
        let mut node = &mut root;
        let mut segments = key.split('/').skip(1).peekable();
        while let Some(segment) = segments.next() {
            let last = segments.peek().is_none();
            if let Some(name) = segment.strip_prefix('.') {
                node = node.fields.entry(unescape(name)).or_default();
            } else if let Some(id) = segment.strip_prefix('#') {
                node = node.elements.entry(id.to_owned()).or_default();
            } else if segment == "^" && last {
                node.place = text.parse::<f64>().ok().filter(|p| p.is_finite()).or(Some(0.0));
                break;
            } else {
                break;
            }
            if last {
                node.leaf = Some(text.to_owned());
            }
        }
    }
    read(root)
}

/// An element stands while it has its place and its id: deleting it removes both, so an edit
/// made meanwhile (a new text, or a move that writes a new place) cannot bring back a part of it.
fn stands(element: &Node) -> bool {
    element.place.is_some() && element.fields.contains_key("id")
}

fn read(node: Node) -> Value {
    if node.elements.values().any(stands) {
        let mut live: Vec<(f64, String, Node)> =
            node.elements.into_iter().filter(|(_, e)| stands(e)).filter_map(|(id, e)| e.place.map(|p| (p, id, e))).collect();
        live.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        return Value::Array(live.into_iter().map(|(_, _, e)| read_object(e)).collect());
    }
    if !node.fields.is_empty() {
        return read_object(node);
    }
    match node.leaf {
        Some(text) => serde_json::from_str(&text).unwrap_or(Value::Null),
        None if !node.elements.is_empty() => Value::Array(Vec::new()),
        None => Value::Null,
    }
}

fn read_object(node: Node) -> Value {
    Value::Object(node.fields.into_iter().map(|(k, v)| (k, read(v))).collect::<Map<String, Value>>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round(value: &Value) -> Value {
        let flat = flatten(value, &Flat::new());
        unflatten(flat.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    #[test]
    fn values_round_trip() {
        let value = json!({
            "name": "a/b~c", "n": 1.5, "none": null, "empty": {}, "list": [], "plain": [1, 2],
            "items": [{"id": 3, "text": "x", "tags": ["a"]}, {"id": 1, "sub": {"items": [{"id": "k", "v": true}]}}],
            "mixed": [{"id": 1}, {"no": 2}], "odd/key": {"#": "~1"}
        });
        assert_eq!(round(&value), value);
    }

    #[test]
    fn an_unchanged_list_keeps_its_places_and_an_insert_writes_one_element() {
        let before = json!({"items": [{"id": 1}, {"id": 2}, {"id": 3}]});
        let base = flatten(&before, &Flat::new());
        assert_eq!(flatten(&before, &base), base);
        let after = json!({"items": [{"id": 1}, {"id": 9}, {"id": 2}, {"id": 3}]});
        let next = flatten(&after, &base);
        let (writes, deletes) = delta(&base, &next);
        assert!(deletes.is_empty());
        assert_eq!(writes.len(), 2, "{writes:?}");
        assert_eq!(round(&after), after);
        assert_eq!(unflatten(next.iter().map(|(k, v)| (k.as_str(), v.as_str()))), after);
    }

    #[test]
    fn a_move_rewrites_only_the_moved_element() {
        let base = flatten(&json!({"items": [{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4}]}), &Flat::new());
        let after = json!({"items": [{"id": 2}, {"id": 3}, {"id": 1}, {"id": 4}]});
        let next = flatten(&after, &base);
        let (writes, _) = delta(&base, &next);
        assert_eq!(writes, vec![("/.items/#1/^", "3.5")]);
        assert_eq!(unflatten(next.iter().map(|(k, v)| (k.as_str(), v.as_str()))), after);
    }

    #[test]
    fn an_element_without_its_place_is_gone_and_garbage_still_reads() {
        let value = unflatten([
            ("/.items/#1/^", "1"),
            ("/.items/#1/.id", "1"),
            ("/.items/#2/.text", "\"edited\""),
            ("/.items/#3/^", "2"),
            ("/.items/#3/.text", "\"moved while deleted\""),
        ]);
        assert_eq!(value, json!({"items": [{"id": 1}]}));
        let garbage = unflatten([("no-slash", "1"), ("/.a/^", "x"), ("/.b", "{not json"), ("/.c/zz/.d", "1"), ("/.e/#1/^", "NaN")]);
        assert_eq!(garbage, json!({"a": null, "b": null, "c": null, "e": []}));
    }
}
