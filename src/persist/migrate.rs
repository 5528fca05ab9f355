//! The migration chain: step `i` upgrades a project (as untyped JSON) from schema `i + 1` to
//! `i + 2`. The list is append-only: a shipped step is never edited, a new schema adds a step
//! named `vN_to_vN1_<what>` plus a fixture `tests/fixtures/vN_*.json`. A test checks that the
//! chain ends at `CURRENT_SCHEMA_VERSION`.

use super::envelope::CURRENT_SCHEMA_VERSION;
use serde_json::Value;

/// One upgrade of the `project` value by one schema version.
pub type Step = fn(&mut Value) -> Result<(), String>;

/// Every migration ever shipped, oldest first.
pub const MIGRATIONS: &[(&str, Step)] = &[
    ("v1_to_v2_id_spaces", v1_to_v2_id_spaces),
    ("v2_to_v3_servqual_provider_side", v2_to_v3_servqual_provider_side),
    ("v3_to_v4_quality_canvas", v3_to_v4_quality_canvas),
    ("v4_to_v5_device_rounds", v4_to_v5_device_rounds),
];

/// Schema 2 reads an item id as `space × 2^32 + counter` (see `model::core::ids`): each editing
/// session mints ids in a random space, so copies edited apart never collide. A schema-1 id was
/// a plain number from the project's counter, which is exactly an id of space 0 with the same
/// counter, so the data carries over unchanged; the version rises so that a schema-1 build
/// refuses a file it would misread (it would take a session's id for a stale counter).
fn v1_to_v2_id_spaces(project: &mut Value) -> Result<(), String> {
    project.as_object().map(|_| ()).ok_or_else(|| "the project is not an object".to_owned())
}

/// Schema 3 rates SERVQUAL only on the provider's cards (`LaneKey::takes_servqual`): the
/// dimensions judge what the customer meets, not what the customer does. A schema-2 card in the
/// customer lane loses its dimension here, so an old file opens without a repair notice; in a
/// schema-3 file the same thing is a repair. Anything that is not shaped like a blueprint is
/// left for decoding to judge.
fn v2_to_v3_servqual_provider_side(project: &mut Value) -> Result<(), String> {
    let project = project.as_object_mut().ok_or_else(|| "the project is not an object".to_owned())?;
    let cards = project.get_mut("blueprint").and_then(|b| b.get_mut("cards")).and_then(Value::as_array_mut);
    for card in cards.into_iter().flatten().filter_map(Value::as_object_mut) {
        if card.get("lane").and_then(Value::as_str) == Some("customer") {
            card.remove("servqual");
        }
    }
    Ok(())
}

/// Schema 4 adds the service-quality canvas (`quality`) and the blueprint cards' technical or
/// functional quality mark. An older file has neither and opens with their defaults; the
/// version rises so that a schema-3 build refuses a file whose quality canvas it would drop on
/// its next save.
fn v3_to_v4_quality_canvas(project: &mut Value) -> Result<(), String> {
    project.as_object().map(|_| ()).ok_or_else(|| "the project is not an object".to_owned())
}

/// Schema 5 adds voting rounds cast on each participant's own device (`voters`, `host`, and
/// `participants: 0`). A schema-4 round always has seats and reads unchanged; the version rises
/// so that a schema-4 build refuses a file whose device ballots it would drop on its next save.
fn v4_to_v5_device_rounds(project: &mut Value) -> Result<(), String> {
    project.as_object().map(|_| ()).ok_or_else(|| "the project is not an object".to_owned())
}

/// Upgrades `project` from schema `from` to the current one.
pub fn migrate(project: Value, from: u32) -> Result<Value, (u32, String)> {
    run_chain(MIGRATIONS, project, from, CURRENT_SCHEMA_VERSION)
}

/// Runs `steps[from-1 .. to-1]` in order. On failure returns the version it failed to leave
/// and the reason.
pub fn run_chain(steps: &[(&str, Step)], mut project: Value, from: u32, to: u32) -> Result<Value, (u32, String)> {
    if from == 0 || from > to || (to - 1) as usize > steps.len() {
        return Err((from, format!("no upgrade path from schema {from} to {to}")));
    }
    for version in from..to {
        let (name, step) = steps[(version - 1) as usize];
        step(&mut project).map_err(|reason| (version, format!("{name}: {reason}")))?;
    }
    Ok(project)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_chain_reaches_the_current_version() {
        assert_eq!(MIGRATIONS.len() + 1, CURRENT_SCHEMA_VERSION as usize);
        assert!(migrate(json!({"name": "x"}), CURRENT_SCHEMA_VERSION).is_ok());
    }

    #[test]
    fn schema_3_takes_servqual_off_customer_actions_only() {
        let v2 = json!({"blueprint": {"cards": [
            {"id": 1, "lane": "customer", "servqual": "empathy"},
            {"id": 2, "lane": "front_stage", "servqual": "empathy"},
            {"id": 3, "lane": {"custom": 9}, "servqual": "tangibles"},
            "not a card"
        ]}});
        let v3 = migrate(v2, 2).unwrap();
        assert_eq!(v3["blueprint"]["cards"][0], json!({"id": 1, "lane": "customer"}));
        assert_eq!(v3["blueprint"]["cards"][1]["servqual"], "empathy");
        assert_eq!(v3["blueprint"]["cards"][2]["servqual"], "tangibles");
        assert!(migrate(json!({"blueprint": 7}), 2).is_ok());
        assert!(migrate(json!({"name": "no blueprint"}), 2).is_ok());
    }

    fn add_tag(v: &mut Value) -> Result<(), String> {
        v.as_object_mut().ok_or("not an object")?.insert("tag".into(), json!(true));
        Ok(())
    }
    fn rename_title(v: &mut Value) -> Result<(), String> {
        let obj = v.as_object_mut().ok_or("not an object")?;
        let title = obj.remove("title").ok_or("no title")?;
        obj.insert("name".into(), title);
        Ok(())
    }
    const TEST_CHAIN: &[(&str, Step)] = &[("v1_to_v2_tag", add_tag), ("v2_to_v3_name", rename_title)];

    #[test]
    fn steps_run_in_order_from_the_stored_version() {
        let out = run_chain(TEST_CHAIN, json!({"title": "a"}), 1, 3).unwrap();
        assert_eq!(out, json!({"tag": true, "name": "a"}));
        let out = run_chain(TEST_CHAIN, json!({"title": "a"}), 2, 3).unwrap();
        assert_eq!(out, json!({"name": "a"}));
    }

    #[test]
    fn a_failing_step_names_itself_and_the_version() {
        let err = run_chain(TEST_CHAIN, json!({"no": "title"}), 1, 3).unwrap_err();
        assert_eq!(err.0, 2);
        assert!(err.1.contains("v2_to_v3_name"));
    }

    #[test]
    fn impossible_ranges_are_errors() {
        assert!(run_chain(TEST_CHAIN, json!({}), 0, 3).is_err());
        assert!(run_chain(TEST_CHAIN, json!({}), 1, 9).is_err());
    }
}
