//! The rules of `ProjectStore` on `MemoryKv`, as a user of the browser storage meets them:
//! create → list → open → save with revisions; two tabs sharing one storage (a stale save is a
//! conflict, never a silent overwrite or a resurrection of a deleted project); a full storage
//! (refused save, old copy intact, next save after freeing space works); disabled storage;
//! damaged, foreign-version and missing project keys and a corrupt index (listed, repaired,
//! never overwritten, nothing lost); delete → restore byte for byte; fresh ids for new
//! projects; explicit replace.

use planning_workbench::model::{Command, EditSession, Project, ProjectId, Timestamp};
use planning_workbench::persist::{encode_project, JsonKind, LoadError, CURRENT_SCHEMA_VERSION};
use planning_workbench::storage::keys::{self, project_key};
use planning_workbench::storage::{KeyValue, Listed, Listing, MemoryKv, OpenError, ProjectStore, StorageError};

fn t(ms: i64) -> Timestamp {
    Timestamp(1_764_000_000_000 + ms)
}

fn id(text: &str) -> ProjectId {
    ProjectId::parse(text).unwrap()
}

fn new_project(name: &str) -> Project {
    Project::new(id("placeholder"), name.to_owned(), t(0))
}

fn renamed(project: &Project, name: &str, now: Timestamp) -> Project {
    let mut session = EditSession::new(project.clone());
    assert_eq!(session.execute(&Command::RenameProject { name: name.into() }, now), Ok(true));
    session.project().clone()
}

fn ready_names(listing: &Listing) -> Vec<String> {
    listing
        .projects
        .iter()
        .filter_map(|listed| match listed {
            Listed::Ready { entry, .. } => Some(entry.name.clone()),
            Listed::Damaged { .. } => None,
        })
        .collect()
}

fn ready_ids(listing: &Listing) -> Vec<ProjectId> {
    listing.projects.iter().filter(|listed| matches!(listed, Listed::Ready { .. })).map(|listed| listed.id().clone()).collect()
}

fn damaged(listing: &Listing) -> Vec<(ProjectId, LoadError)> {
    listing
        .projects
        .iter()
        .filter_map(|listed| match listed {
            Listed::Damaged { id, error, .. } => Some((id.clone(), error.clone())),
            Listed::Ready { .. } => None,
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// One tab
// ---------------------------------------------------------------------------------------------

#[test]
fn create_list_open_and_save_bump_the_revision() {
    let store = ProjectStore::new(MemoryKv::new());
    assert_eq!(store.list().unwrap().projects, vec![], "a fresh storage lists nothing");

    let created = store.add_as_new(new_project("季度计划"), t(1)).unwrap();
    assert_eq!(created.revision, 1);
    assert_eq!(created.project.updated, t(1));

    let listing = store.list().unwrap();
    assert_eq!(ready_names(&listing), vec!["季度计划".to_owned()]);
    let Listed::Ready { entry, .. } = &listing.projects[0] else { panic!("not ready: {listing:?}") };
    assert_eq!(entry.revision, 1);
    assert_eq!(entry.saved_at, t(1));
    assert_eq!(entry.units, store.raw(&created.project.id).unwrap().unwrap().encode_utf16().count());
    assert_eq!(listing.missing, 0);
    assert_eq!(listing.used_units, store.kv().used_units());

    let opened = store.load(&created.project.id).unwrap();
    assert_eq!(opened, created);

    let edited = renamed(&opened.project, "季度计划 v2", t(2));
    assert_eq!(store.save(&edited, opened.revision, t(3)), Ok(2));
    let reopened = store.load(&edited.id).unwrap();
    assert_eq!(reopened.project, edited);
    assert_eq!(reopened.revision, 2);
    assert_eq!(ready_names(&store.list().unwrap()), vec!["季度计划 v2".to_owned()]);

    // Saving twice from the same (now stale) revision is refused.
    assert_eq!(store.save(&edited, opened.revision, t(4)), Err(StorageError::Conflict { expected: Some(1), found: Some(2) }));
}

#[test]
fn the_list_shows_the_most_recently_changed_project_first() {
    let store = ProjectStore::new(MemoryKv::new());
    let a = store.add_as_new(new_project("old"), t(1)).unwrap();
    store.add_as_new(new_project("middle"), t(2)).unwrap();
    store.add_as_new(new_project("new"), t(3)).unwrap();
    assert_eq!(ready_names(&store.list().unwrap()), vec!["new", "middle", "old"]);
    let touched = renamed(&a.project, "old, edited", t(4));
    store.save(&touched, a.revision, t(4)).unwrap();
    assert_eq!(ready_names(&store.list().unwrap()), vec!["old, edited", "new", "middle"]);
}

#[test]
fn opening_a_project_that_does_not_exist_is_not_found() {
    let store = ProjectStore::new(MemoryKv::new());
    assert_eq!(store.load(&id("nope")), Err(OpenError::NotFound));
}

// ---------------------------------------------------------------------------------------------
// Two tabs
// ---------------------------------------------------------------------------------------------

#[test]
fn a_stale_tab_cannot_overwrite_the_other_tabs_save() {
    let kv = MemoryKv::new();
    let tab_a = ProjectStore::new(kv.clone());
    let tab_b = ProjectStore::new(kv.clone());
    let created = tab_a.add_as_new(new_project("shared"), t(1)).unwrap();

    let in_a = tab_a.load(&created.project.id).unwrap();
    let in_b = tab_b.load(&created.project.id).unwrap();
    assert_eq!(in_a.revision, in_b.revision);

    let b_version = renamed(&in_b.project, "B's edit", t(2));
    assert_eq!(tab_b.save(&b_version, in_b.revision, t(2)), Ok(in_b.revision + 1));

    let a_version = renamed(&in_a.project, "A's edit", t(3));
    assert_eq!(
        tab_a.save(&a_version, in_a.revision, t(3)),
        Err(StorageError::Conflict { expected: Some(in_a.revision), found: Some(in_b.revision + 1) })
    );
    // What is stored, and what either tab opens now, is B's version.
    assert_eq!(tab_a.load(&created.project.id).unwrap().project, b_version);
    assert_eq!(tab_b.load(&created.project.id).unwrap().project, b_version);
    assert_eq!(ready_names(&tab_a.list().unwrap()), vec!["B's edit".to_owned()]);

    // Tab A reloads (EditSession::reset) and can then save on top of B's version.
    let fresh = tab_a.load(&created.project.id).unwrap();
    let a_again = renamed(&fresh.project, "A on top of B", t(4));
    assert_eq!(tab_a.save(&a_again, fresh.revision, t(4)), Ok(fresh.revision + 1));
}

#[test]
fn saving_in_a_tab_after_the_other_tab_deleted_the_project_is_a_conflict_not_a_resurrection() {
    let kv = MemoryKv::new();
    let tab_a = ProjectStore::new(kv.clone());
    let tab_b = ProjectStore::new(kv.clone());
    let created = tab_a.add_as_new(new_project("doomed"), t(1)).unwrap();
    let in_a = tab_a.load(&created.project.id).unwrap();

    tab_b.delete(&created.project.id).unwrap();

    let a_version = renamed(&in_a.project, "still editing", t(2));
    assert_eq!(tab_a.save(&a_version, in_a.revision, t(2)), Err(StorageError::Conflict { expected: Some(in_a.revision), found: None }));
    assert_eq!(tab_b.raw(&created.project.id), Ok(None), "the deleted project came back");
    assert_eq!(tab_b.list().unwrap().projects, vec![]);
    assert_eq!(tab_a.load(&created.project.id), Err(OpenError::NotFound));
}

#[test]
fn two_tabs_creating_projects_at_the_same_millisecond_get_different_ids() {
    let kv = MemoryKv::new();
    let tab_a = ProjectStore::new(kv.clone());
    let tab_b = ProjectStore::new(kv.clone());
    let a = tab_a.add_as_new(new_project("from A"), t(1)).unwrap();
    let b = tab_b.add_as_new(new_project("from B"), t(1)).unwrap();
    assert_ne!(a.project.id, b.project.id);
    assert_eq!(tab_a.load(&a.project.id).unwrap().project.name, "from A");
    assert_eq!(tab_a.load(&b.project.id).unwrap().project.name, "from B");
}

// ---------------------------------------------------------------------------------------------
// Full and disabled storage
// ---------------------------------------------------------------------------------------------

#[test]
fn a_save_refused_for_lack_of_space_keeps_the_previous_copy_and_the_next_save_after_freeing_space_works() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let created = store.add_as_new(new_project("short"), t(1)).unwrap();
    let raw_before = store.raw(&created.project.id).unwrap().unwrap();
    let index_before = kv.get(keys::INDEX).unwrap();

    // Room for what is stored plus a little, not for a 200-character name.
    kv.set_capacity(Some(kv.used_units() + 20));
    let long_name = "长".repeat(200);
    let big = renamed(&created.project, &long_name, t(2));
    assert_eq!(store.save(&big, created.revision, t(2)), Err(StorageError::QuotaExceeded));

    assert_eq!(store.raw(&created.project.id).unwrap().as_deref(), Some(raw_before.as_str()));
    assert_eq!(kv.get(keys::INDEX).unwrap(), index_before);
    let still = store.load(&created.project.id).unwrap();
    assert_eq!(still.project.name, "short");
    assert_eq!(still.revision, created.revision);
    assert_eq!(ready_names(&store.list().unwrap()), vec!["short".to_owned()]);

    // Space freed: the same save (same expected revision) goes through.
    kv.set_capacity(Some(kv.used_units() + 10_000));
    assert_eq!(store.save(&big, created.revision, t(3)), Ok(created.revision + 1));
    assert_eq!(store.load(&created.project.id).unwrap().project.name, long_name);
}

#[test]
fn a_new_project_that_does_not_fit_is_refused_and_leaves_nothing_behind() {
    let kv = MemoryKv::with_capacity(300);
    let store = ProjectStore::new(kv.clone());
    assert_eq!(store.add_as_new(new_project(&"x".repeat(200)), t(1)).map(|_| ()), Err(StorageError::QuotaExceeded));
    assert_eq!(ready_names(&store.list().unwrap()), Vec::<String>::new());
    assert!(kv.keys().unwrap().iter().all(|k| keys::project_id_of(k).is_none()), "{:?}", kv.keys());
}

/// The contract in `StorageError::QuotaExceeded`'s doc: "the previous value is intact". Here the
/// project key still fits but the index write after it does not.
#[test]
fn quota_hit_on_the_index_write_does_not_leave_a_half_saved_project() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let created = store.add_as_new(new_project("short"), t(1)).unwrap();
    let raw_before = store.raw(&created.project.id).unwrap().unwrap();
    let big = renamed(&created.project, &"长".repeat(200), t(2));
    // Enough for the bigger project text (+199 units) but not also for the bigger index entry.
    kv.set_capacity(Some(kv.used_units() + 250));
    assert_eq!(store.save(&big, created.revision, t(2)), Err(StorageError::QuotaExceeded));
    assert_eq!(store.raw(&created.project.id).unwrap().as_deref(), Some(raw_before.as_str()));
}

#[test]
fn disabled_storage_is_unavailable_everywhere_and_loses_nothing() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let created = store.add_as_new(new_project("kept"), t(1)).unwrap();
    kv.set_disabled(true);

    assert!(matches!(store.list(), Err(StorageError::Unavailable(_))));
    assert!(matches!(store.load(&created.project.id), Err(OpenError::Storage(StorageError::Unavailable(_)))));
    assert!(matches!(store.save(&created.project, created.revision, t(2)), Err(StorageError::Unavailable(_))));
    assert!(matches!(store.add_as_new(new_project("new"), t(2)), Err(StorageError::Unavailable(_))));
    assert!(matches!(store.delete(&created.project.id), Err(StorageError::Unavailable(_))));
    assert!(matches!(store.replace(&created.project, t(2)), Err(StorageError::Unavailable(_))));

    kv.set_disabled(false);
    assert_eq!(ready_names(&store.list().unwrap()), vec!["kept".to_owned()]);
    assert_eq!(store.load(&created.project.id).unwrap(), created);
}

// ---------------------------------------------------------------------------------------------
// Damaged storage
// ---------------------------------------------------------------------------------------------

#[test]
fn a_corrupt_project_is_listed_as_damaged_and_never_written_by_list_or_other_saves() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let good = store.add_as_new(new_project("good"), t(1)).unwrap();
    let other = store.add_as_new(new_project("other"), t(2)).unwrap();
    let bad_key = project_key(&id("broken"));
    kv.plant(&bad_key, "not json");

    let listing = store.list().unwrap();
    assert_eq!(ready_names(&listing), vec!["other".to_owned(), "good".to_owned()]);
    assert_eq!(damaged(&listing), vec![(id("broken"), LoadError::NotJson { line: 1, column: 2 })]);
    assert!(matches!(listing.projects.last(), Some(Listed::Damaged { units: 8, .. })), "damaged rows come last");
    assert_eq!(listing.used_units, kv.used_units());

    // Saving, creating and listing other projects never touch the damaged value.
    store.save(&renamed(&good.project, "good 2", t(3)), good.revision, t(3)).unwrap();
    store.add_as_new(new_project("third"), t(4)).unwrap();
    store.delete(&other.project.id).unwrap();
    store.list().unwrap();
    assert_eq!(kv.get(&bad_key).unwrap().as_deref(), Some("not json"));

    // Opening it says what is wrong; a save under its id does not overwrite it.
    assert!(matches!(store.load(&id("broken")), Err(OpenError::Damaged(LoadError::NotJson { .. }))));
    let mut impostor = new_project("impostor");
    impostor.id = id("broken");
    assert!(matches!(store.save(&impostor, 0, t(5)), Err(StorageError::Conflict { .. })));
    assert_eq!(kv.get(&bad_key).unwrap().as_deref(), Some("not json"));
    assert_eq!(damaged(&store.list().unwrap()).len(), 1);
}

#[test]
fn a_project_saved_by_a_newer_version_is_listed_as_damaged_with_the_version() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    store.add_as_new(new_project("mine"), t(1)).unwrap();
    let future =
        r#"{"format":"planning-workbench","schema_version":99,"saved_at":1,"project":{"id":"pfuture","name":"later","created":1,"updated":1}}"#;
    kv.plant(&project_key(&id("pfuture")), future);

    let listing = store.list().unwrap();
    assert_eq!(ready_names(&listing), vec!["mine".to_owned()]);
    assert_eq!(damaged(&listing), vec![(id("pfuture"), LoadError::NewerVersion { found: 99, supported: CURRENT_SCHEMA_VERSION })]);
    assert_eq!(store.load(&id("pfuture")), Err(OpenError::Damaged(LoadError::NewerVersion { found: 99, supported: CURRENT_SCHEMA_VERSION })));
    assert_eq!(store.raw(&id("pfuture")).unwrap().as_deref(), Some(future), "the newer data was changed");
}

#[test]
fn other_kinds_of_damage_are_listed_with_their_reason() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    kv.plant(&project_key(&id("arr")), "[]");
    kv.plant(&project_key(&id("html")), "<!doctype html><p>oops");
    kv.plant(&project_key(&id("empty")), "");
    kv.plant(&project_key(&id("shape")), r#"{"format":"planning-workbench","schema_version":1,"project":{"id":"shape","name":5}}"#);
    let mut found = damaged(&store.list().unwrap());
    found.sort_by(|a, b| a.0.cmp(&b.0));
    let kinds: Vec<(&str, bool)> = found
        .iter()
        .map(|(id, e)| {
            let ok = match id.as_str() {
                "arr" => *e == LoadError::NotAnObject(JsonKind::Array),
                "html" => *e == LoadError::LooksLikeHtml,
                "empty" => *e == LoadError::Empty,
                "shape" => matches!(e, LoadError::BadShape { .. }),
                _ => false,
            };
            (id.as_str(), ok)
        })
        .collect();
    assert_eq!(kinds, vec![("arr", true), ("empty", true), ("html", true), ("shape", true)], "{found:?}");
}

#[test]
fn an_index_entry_whose_project_vanished_is_dropped_and_counted_once() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let keep = store.add_as_new(new_project("keep"), t(1)).unwrap();
    let gone = store.add_as_new(new_project("gone"), t(2)).unwrap();
    kv.remove(&project_key(&gone.project.id)).unwrap();

    let listing = store.list().unwrap();
    assert_eq!(listing.missing, 1);
    assert_eq!(ready_ids(&listing), vec![keep.project.id.clone()]);
    assert_eq!(store.revision(&gone.project.id), Ok(0));

    // The index was repaired: the next listing has nothing missing.
    let again = store.list().unwrap();
    assert_eq!(again.missing, 0);
    assert_eq!(ready_ids(&again), vec![keep.project.id.clone()]);
}

#[test]
fn a_corrupt_index_is_rebuilt_from_the_projects_and_nothing_is_lost() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let mut ids = Vec::new();
    let mut raws = Vec::new();
    for (i, name) in ["一", "two", "<three>"].into_iter().enumerate() {
        let loaded = store.add_as_new(new_project(name), t(i as i64)).unwrap();
        raws.push(store.raw(&loaded.project.id).unwrap().unwrap());
        ids.push(loaded.project.id);
    }
    for garbage in ["{not json", "[]", "{\"projects\": 7}", ""] {
        kv.plant(keys::INDEX, garbage);
        let listing = store.list().unwrap();
        assert_eq!(ready_names(&listing), vec!["<three>", "two", "一"], "index {garbage:?}");
        assert_eq!(damaged(&listing), vec![]);
        for (id, raw) in ids.iter().zip(&raws) {
            assert_eq!(store.raw(id).unwrap().as_ref(), Some(raw), "project text changed while rebuilding");
            assert!(store.load(id).is_ok());
        }
        // The rebuilt index was written back.
        let rebuilt = kv.get(keys::INDEX).unwrap().unwrap();
        assert!(rebuilt.contains("two"), "{rebuilt}");
    }
}

/// An index rebuilt from the project keys must leave every project savable (revision 0 means
/// "not stored yet", so rebuilt entries must not get it).
#[test]
fn a_project_can_still_be_saved_after_its_index_entry_was_rebuilt() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let created = store.add_as_new(new_project("survivor"), t(1)).unwrap();
    kv.plant(keys::INDEX, "{not json");
    store.list().unwrap();

    let opened = store.load(&created.project.id).unwrap();
    let edited = renamed(&opened.project, "survivor, edited", t(2));
    assert!(store.save(&edited, opened.revision, t(2)).is_ok(), "autosave after reopening failed");
    assert!(store.replace(&edited, t(3)).is_ok(), "explicit replace failed");
}

// ---------------------------------------------------------------------------------------------
// Delete / restore, new ids, replace
// ---------------------------------------------------------------------------------------------

#[test]
fn delete_then_restore_gives_back_the_identical_stored_text() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let created = store.add_as_new(new_project("恢复我 😀"), t(1)).unwrap();
    let saved = renamed(&created.project, "恢复我 😀 v2", t(2));
    let revision = store.save(&saved, created.revision, t(2)).unwrap();
    let raw_before = store.raw(&saved.id).unwrap().unwrap();
    let listing_before = store.list().unwrap();

    let trashed = store.delete(&saved.id).unwrap();
    assert_eq!(trashed.raw, raw_before);
    assert_eq!(store.raw(&saved.id), Ok(None));
    assert_eq!(store.list().unwrap().projects, vec![]);

    store.restore(&trashed).unwrap();
    assert_eq!(store.raw(&saved.id).unwrap().as_deref(), Some(raw_before.as_str()));
    assert_eq!(store.list().unwrap().projects, listing_before.projects);
    let back = store.load(&saved.id).unwrap();
    assert_eq!(back.project, saved);
    assert_eq!(back.revision, revision);
    // The tab that had it open can keep saving.
    assert_eq!(store.save(&renamed(&saved, "v3", t(3)), revision, t(3)), Ok(revision + 1));
}

#[test]
fn a_damaged_project_can_be_deleted_and_restored_unchanged() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    kv.plant(&project_key(&id("junk")), "{\"half\": ");
    let trashed = store.delete(&id("junk")).unwrap();
    assert_eq!(trashed.raw, "{\"half\": ");
    assert_eq!(store.list().unwrap().projects, vec![]);
    store.restore(&trashed).unwrap();
    assert_eq!(store.raw(&id("junk")).unwrap().as_deref(), Some("{\"half\": "));
    assert_eq!(damaged(&store.list().unwrap()).len(), 1);
}

#[test]
fn restore_does_not_overwrite_a_project_created_in_the_meantime() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let created = store.add_as_new(new_project("first"), t(1)).unwrap();
    let trashed = store.delete(&created.project.id).unwrap();
    let mut newcomer = new_project("newcomer");
    newcomer.id = created.project.id.clone();
    store.save(&newcomer, 0, t(2)).unwrap();
    assert!(matches!(store.restore(&trashed), Err(StorageError::Conflict { .. })));
    assert_eq!(store.load(&created.project.id).unwrap().project.name, "newcomer");
}

#[test]
fn new_projects_never_take_an_id_already_in_use() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let now = t(7);
    // The first id this millisecond would produce is taken by a damaged key (not in the index).
    kv.plant(&project_key(&ProjectId::generate(now.0, 0)), "garbage");
    let mut ids = Vec::new();
    for i in 0..20 {
        let loaded = store.add_as_new(new_project(&format!("n{i}")), now).unwrap();
        assert!(!ids.contains(&loaded.project.id), "id {} reused", loaded.project.id);
        ids.push(loaded.project.id);
    }
    assert!(!ids.contains(&ProjectId::generate(now.0, 0)));
    assert_eq!(kv.get(&project_key(&ProjectId::generate(now.0, 0))).unwrap().as_deref(), Some("garbage"));

    // Adding a copy of an existing project (duplicate / import-as-copy) makes a new one.
    let original = store.load(&ids[0]).unwrap();
    let copy = store.add_as_new(original.project.clone(), now).unwrap();
    assert_ne!(copy.project.id, original.project.id);
    assert_eq!(store.load(&ids[0]).unwrap(), original, "the original changed");
    assert_eq!(ready_ids(&store.list().unwrap()).len(), 21);
}

#[test]
fn add_as_new_skips_ids_the_index_still_holds() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let now = t(9);
    let first = store.add_as_new(new_project("first"), now).unwrap();
    assert_eq!(first.project.id, ProjectId::generate(now.0, 0));
    // Its key disappears but the index has not been repaired yet.
    kv.remove(&project_key(&first.project.id)).unwrap();
    let second = store.add_as_new(new_project("second"), now).unwrap();
    assert_ne!(second.project.id, first.project.id);
}

#[test]
fn replace_overwrites_whatever_is_stored() {
    let kv = MemoryKv::new();
    let tab_a = ProjectStore::new(kv.clone());
    let tab_b = ProjectStore::new(kv.clone());
    let created = tab_a.add_as_new(new_project("base"), t(1)).unwrap();
    let b_rev = tab_b.save(&renamed(&created.project, "B", t(2)), created.revision, t(2)).unwrap();

    // A's save conflicts; the user chooses "replace the stored project with mine".
    let mine = renamed(&created.project, "A wins", t(3));
    assert!(matches!(tab_a.save(&mine, created.revision, t(3)), Err(StorageError::Conflict { .. })));
    assert_eq!(tab_a.replace(&mine, t(4)), Ok(b_rev + 1));
    let stored = tab_b.load(&created.project.id).unwrap();
    assert_eq!(stored.project, mine);
    assert_eq!(stored.revision, b_rev + 1);
    assert_eq!(ready_names(&tab_b.list().unwrap()), vec!["A wins".to_owned()]);

    // Replacing with an imported file whose id is not stored yet simply stores it.
    let mut imported = new_project("imported");
    imported.id = id("from-file");
    assert_eq!(tab_a.replace(&imported, t(5)), Ok(1));
    assert_eq!(tab_a.load(&id("from-file")).unwrap().project, imported);
}

#[test]
fn keys_of_other_apps_are_neither_listed_counted_nor_touched() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    kv.plant("other-app:state", "{\"format\":\"planning-workbench\"}");
    kv.plant("pw2:project:x", "future layout");
    store.add_as_new(new_project("mine"), t(1)).unwrap();
    let listing = store.list().unwrap();
    assert_eq!(ready_names(&listing), vec!["mine".to_owned()]);
    assert_eq!(damaged(&listing), vec![]);
    let ours: usize = kv
        .keys()
        .unwrap()
        .iter()
        .filter(|k| k.starts_with(keys::PREFIX))
        .map(|k| k.encode_utf16().count() + kv.get(k).unwrap().unwrap().encode_utf16().count())
        .sum();
    assert_eq!(listing.used_units, ours);
    assert_eq!(listing.site_units, kv.used_units(), "the site's quota counts every key");
    assert!(listing.site_units > ours);
    assert_eq!(kv.get("other-app:state").unwrap().as_deref(), Some("{\"format\":\"planning-workbench\"}"));
    assert_eq!(kv.get("pw2:project:x").unwrap().as_deref(), Some("future layout"));
}

#[test]
fn a_project_file_copied_into_another_key_opens_as_that_keys_project() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    let mut p = new_project("copied");
    p.id = id("original");
    kv.plant(&project_key(&id("copy")), &encode_project(&p, t(1)));
    let listing = store.list().unwrap();
    assert_eq!(ready_ids(&listing), vec![id("copy")]);
    assert_eq!(store.load(&id("copy")).unwrap().project.id, id("copy"));
}

#[test]
fn room_left_is_probed_and_the_probe_leaves_nothing_behind() {
    let kv = MemoryKv::new();
    let store = ProjectStore::new(kv.clone());
    store.add_as_new(new_project("mine"), t(1)).unwrap();
    let before = kv.keys().unwrap();
    kv.set_capacity(Some(kv.used_units() + 5_000));
    assert_eq!(store.has_room(1_000), Ok(true));
    assert_eq!(kv.keys().unwrap(), before, "the probe key is removed again");
    kv.set_capacity(Some(kv.used_units() + 100));
    assert_eq!(store.has_room(1_000), Ok(false), "a full storage says so");
    assert_eq!(kv.keys().unwrap(), before);
}
