//! The page's side of the worker's messages without serde: what the page sends is built as
//! plain JavaScript objects in serde's externally tagged shape (the worker reads them with
//! serde), and what the worker sends is read field by field from `JSON.parse`. Generated
//! serde code for these two enums cost the first visit over 5 KB; this costs a fraction.
//! The e2e journeys exercise every message; one this cannot read is dropped.

use crate::live::messages::{FromWorker, Link, Presence, ToWorker};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn tagged(tag: &str, inner: JsValue) -> JsValue {
    object(&[(tag, inner)])
}

fn text(value: &Option<String>) -> JsValue {
    value.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

fn presence(p: &Presence) -> JsValue {
    let selection: Array = p.selection.iter().map(|id| JsValue::from_f64(*id as f64)).collect();
    object(&[
        ("name", JsValue::from_str(&p.name)),
        ("colour", JsValue::from_str(&p.colour)),
        ("canvas", JsValue::from_str(&p.canvas)),
        ("selection", selection.into()),
        ("timer", JsValue::from_str(&p.timer)),
        ("summon", JsValue::from_f64(f64::from(p.summon))),
    ])
}

/// A message for the worker.
pub fn encode(message: &ToWorker) -> JsValue {
    match message {
        ToWorker::Open { room, server, seed, saved, me } => tagged(
            "Open",
            object(&[
                ("room", JsValue::from_str(room)),
                ("server", JsValue::from_str(server)),
                ("seed", text(seed)),
                ("saved", text(saved)),
                ("me", presence(me)),
            ]),
        ),
        ToWorker::Edit { seen, file } => tagged("Edit", object(&[("seen", JsValue::from_f64(*seen as f64)), ("file", JsValue::from_str(file))])),
        ToWorker::Undo => JsValue::from_str("Undo"),
        ToWorker::Redo => JsValue::from_str("Redo"),
        ToWorker::Presence(me) => tagged("Presence", presence(me)),
    }
}

fn field(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(value: &JsValue, key: &str) -> Option<String> {
    field(value, key).as_string()
}

fn number(value: &JsValue, key: &str) -> Option<u64> {
    field(value, key).as_f64().filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as u64)
}

fn read_presence(value: &JsValue) -> Presence {
    let selection = Array::from(&field(value, "selection")).iter().filter_map(|id| id.as_f64()).map(|id| id as u64).collect();
    Presence {
        name: string(value, "name").unwrap_or_default(),
        colour: string(value, "colour").unwrap_or_default(),
        canvas: string(value, "canvas").unwrap_or_default(),
        selection,
        timer: string(value, "timer").unwrap_or_default(),
        summon: number(value, "summon").map_or(0, |n| n.min(u64::from(u32::MAX)) as u32),
    }
}

/// A message from the worker (JSON text), or `None` for anything else.
pub fn decode(text: &str) -> Option<FromWorker> {
    let value = js_sys::JSON::parse(text).ok()?;
    if let Some(unit) = value.as_string() {
        return (unit == "EmptyRoom").then_some(FromWorker::EmptyRoom);
    }
    let tag = Object::keys(value.dyn_ref::<Object>()?).get(0).as_string()?;
    let inner = field(&value, &tag);
    Some(match tag.as_str() {
        "State" => FromWorker::State { seq: number(&inner, "seq")?, file: string(&inner, "file")? },
        "History" => FromWorker::History { can_undo: field(&inner, "can_undo").as_bool()?, can_redo: field(&inner, "can_redo").as_bool()? },
        "Link" => FromWorker::Link {
            link: match string(&inner, "link")?.as_str() {
                "connected" => Link::Connected,
                "connecting" => Link::Connecting,
                _ => Link::Offline,
            },
            unsent: number(&inner, "unsent")?.min(u64::from(u32::MAX)) as u32,
        },
        "Peers" => FromWorker::Peers { peers: Array::from(&field(&inner, "peers")).iter().map(|p| read_presence(&p)).collect() },
        "Saved" => FromWorker::Saved { snapshot: string(&inner, "snapshot")? },
        "Denied" => FromWorker::Denied { reason: string(&inner, "reason")? },
        "Refused" => FromWorker::Refused { bytes: number(&inner, "bytes")? as usize },
        _ => return None,
    })
}
