//! Browser-only storage behaviour, run by wasm-bindgen-test in headless Chromium: what the
//! real localStorage does on a full quota, on corrupt data and on read-back — the parts the
//! in-memory store can only imitate.
#![cfg(target_arch = "wasm32")]

use planning_workbench::model::{Project, ProjectId, Timestamp};
use planning_workbench::persist::encode_project;
use planning_workbench::storage::local::{open_store, LocalStorageKv};
use planning_workbench::storage::{keys, KeyValue, Listed, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn project(name: &str) -> Project {
    Project::new(ProjectId::parse("p-tmp").unwrap(), name.into(), Timestamp(1))
}

/// Fills localStorage with filler keys until the browser refuses; returns their names.
fn fill_until_full() -> Vec<String> {
    let storage = storage();
    let mut keys = Vec::new();
    let mut chunk = "x".repeat(1 << 20);
    while chunk.len() > 4 {
        let key = format!("filler-{}", keys.len());
        match storage.set_item(&key, &chunk) {
            Ok(()) => keys.push(key),
            Err(_) => chunk.truncate(chunk.len() / 2),
        }
    }
    keys
}

fn remove(keys: &[String]) {
    for key in keys {
        storage().remove_item(key).unwrap();
    }
}

#[wasm_bindgen_test]
fn values_round_trip_through_local_storage() {
    storage().clear().unwrap();
    let kv = LocalStorageKv::open().expect("storage is available in the test browser");
    let text = "客服 <script>\"&' \u{202e} 😀";
    kv.set("pw1:test", text).unwrap();
    assert_eq!(kv.get("pw1:test").unwrap().as_deref(), Some(text));
    assert!(kv.keys().unwrap().contains(&"pw1:test".to_owned()));
    kv.remove("pw1:test").unwrap();
    assert_eq!(kv.get("pw1:test").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_quota_and_the_stored_copy_survives() {
    storage().clear().unwrap();
    let store = open_store().unwrap();
    let saved = store.add_as_new(project("before"), Timestamp(2)).unwrap();
    let fillers = fill_until_full();
    let used: usize = (0..storage().length().unwrap())
        .filter_map(|i| storage().key(i).unwrap())
        .map(|k| k.len() + storage().get_item(&k).unwrap().unwrap_or_default().len())
        .sum();
    console_log!("localStorage refused writes after {used} characters");

    let mut edited = saved.project.clone();
    edited.name = "after: a much longer name that no longer fits in the full storage".into();
    let result = store.save(&edited, saved.revision, Timestamp(3));
    // The list's "storage is full" comes from this probe, and counts every key of the site.
    assert_eq!(store.has_room(4096), Ok(false));
    let listing = store.list().unwrap();
    assert_eq!(listing.site_units, used, "the site's use counts the other keys too");
    assert!(listing.used_units < used);
    remove(&fillers);
    assert_eq!(store.has_room(4096), Ok(true));
    assert_eq!(storage().get_item(keys::PROBE).unwrap(), None, "the probe leaves nothing behind");
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    let reloaded = store.load(&saved.project.id).unwrap();
    assert_eq!(reloaded.project.name, "before");
    assert_eq!(reloaded.revision, saved.revision);
    // With room again the same edit saves.
    assert_eq!(store.save(&edited, saved.revision, Timestamp(4)), Ok(saved.revision + 1));
}

#[wasm_bindgen_test]
fn a_save_reads_back_exactly_what_it_wrote() {
    storage().clear().unwrap();
    let store = open_store().unwrap();
    let saved = store.add_as_new(project("read back"), Timestamp(5)).unwrap();
    let raw = storage().get_item(&keys::project_key(&saved.project.id)).unwrap().unwrap();
    assert_eq!(raw, encode_project(&saved.project, Timestamp(5)));
}

#[wasm_bindgen_test]
fn corrupt_and_foreign_keys_are_listed_as_damaged_and_never_rewritten() {
    storage().clear().unwrap();
    let store = open_store().unwrap();
    store.add_as_new(project("healthy"), Timestamp(6)).unwrap();
    storage().set_item("pw1:project:corrupt", "\u{0}\u{1} not json").unwrap();
    storage().set_item("someone-else", "{\"x\":1}").unwrap();
    let listing = store.list().unwrap();
    let damaged: Vec<_> = listing.projects.iter().filter(|p| matches!(p, Listed::Damaged { .. })).collect();
    assert_eq!(damaged.len(), 1);
    assert_eq!(damaged[0].id().as_str(), "corrupt");
    assert_eq!(listing.projects.len(), 2);
    assert_eq!(storage().get_item("pw1:project:corrupt").unwrap().as_deref(), Some("\u{0}\u{1} not json"));
    assert_eq!(storage().get_item("someone-else").unwrap().as_deref(), Some("{\"x\":1}"));
}
