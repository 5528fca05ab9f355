//! Property tests of the editing session as a user drives it: random sequences of renames
//! (empty, blank, overlong, multi-line, markup, right-to-left, emoji, any Unicode) mixed with
//! undo and redo. Checks that nothing panics, that the session matches a simple model of the
//! undo/redo stacks at every step, that undoing everything gives back the original document and
//! redoing everything the last one, and that every state autosaves through
//! `ProjectStore<MemoryKv>` and reopens unchanged.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::project::{normalize_name, MAX_NAME_CHARS};
use planning_workbench::model::session::HISTORY_LIMIT;
use planning_workbench::model::{Command, EditSession, ModelError, Project, ProjectId, Timestamp};
use planning_workbench::storage::{MemoryKv, ProjectStore};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Rename(String),
    Undo,
    Redo,
}

fn hostile_name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_owned()),
        Just("\n\t\r\u{0b}\u{0c}".to_owned()),
        Just("\u{3000}\u{a0}".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"&'".to_owned()),
        Just("\u{202e}gnp.exe".to_owned()),
        Just("👨\u{200d}👩\u{200d}👧".to_owned()),
        Just("x".repeat(MAX_NAME_CHARS)),
        Just("字".repeat(MAX_NAME_CHARS + 1)),
        Just(format!("  {}  ", "长".repeat(MAX_NAME_CHARS))),
        Just("Plan".to_owned()),
        Just(" Plan ".to_owned()),
        "[a-c ]{0,4}",
        "\\PC{0,12}",
        "[\\s\\S]{0,8}",
        any::<String>(),
        ("\\PC{0,3}", 195..210usize).prop_map(|(s, n)| format!("{s}{}", "é".repeat(n))),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => hostile_name().prop_map(Op::Rename),
        2 => Just(Op::Undo),
        2 => Just(Op::Redo),
    ]
}

/// The expected session: the name now plus the names on the undo and redo stacks.
struct Model {
    current: String,
    undo: Vec<String>,
    redo: Vec<String>,
}

fn start() -> Project {
    let mut p = Project::new(ProjectId::parse("p-prop").unwrap(), "Plan".into(), Timestamp(1_000));
    p.next_item_id = 3;
    p
}

fn run(ops: &[Op]) -> Result<(), TestCaseError> {
    let original = start();
    let store = ProjectStore::new(MemoryKv::new());
    let mut revision = store.save(&original, 0, Timestamp(1_000)).expect("first save");
    let mut session = EditSession::new(store.load(&original.id).expect("open").project);
    prop_assert_eq!(session.project(), &original);
    let mut model = Model { current: original.name.clone(), undo: vec![], redo: vec![] };
    let mut states = vec![original.clone()];

    for (step, op) in ops.iter().enumerate() {
        let now = Timestamp(2_000 + step as i64);
        let before = session.project().clone();
        match op {
            Op::Rename(raw) => {
                let result = session.execute(&Command::RenameProject { name: raw.clone() }, now);
                match normalize_name(raw) {
                    Err(e) => {
                        prop_assert_eq!(result, Err(ModelError::InvalidName(e)));
                        prop_assert_eq!(session.project(), &before, "a refused rename changed the project");
                    }
                    Ok(name) if name == model.current => {
                        prop_assert_eq!(result, Ok(false));
                        prop_assert_eq!(session.project(), &before, "a no-op rename changed the project");
                    }
                    Ok(name) => {
                        prop_assert_eq!(result, Ok(true));
                        prop_assert!(name.chars().count() <= MAX_NAME_CHARS);
                        prop_assert!(!name.trim().is_empty());
                        model.undo.push(std::mem::replace(&mut model.current, name));
                        model.redo.clear();
                        prop_assert_eq!(session.project().updated, now);
                    }
                }
            }
            Op::Undo => {
                let expected = model.undo.pop();
                prop_assert_eq!(session.undo(now), expected.is_some());
                if let Some(name) = expected {
                    model.redo.push(std::mem::replace(&mut model.current, name));
                    prop_assert_eq!(session.project().updated, now);
                }
            }
            Op::Redo => {
                let expected = model.redo.pop();
                prop_assert_eq!(session.redo(now), expected.is_some());
                if let Some(name) = expected {
                    model.undo.push(std::mem::replace(&mut model.current, name));
                    prop_assert_eq!(session.project().updated, now);
                }
            }
        }
        prop_assert_eq!(&session.project().name, &model.current);
        prop_assert_eq!(session.can_undo(), !model.undo.is_empty());
        prop_assert_eq!(session.can_redo(), !model.redo.is_empty());
        // Only the name and the time ever change.
        let p = session.project();
        prop_assert_eq!(&p.id, &original.id);
        prop_assert_eq!(p.created, original.created);
        prop_assert_eq!(p.next_item_id, original.next_item_id);

        // Autosave after every step that changed something; reopening gives the same project.
        if session.project() != &before {
            revision = store.save(session.project(), revision, now).map_err(|e| TestCaseError::fail(format!("save: {e}")))?;
            let reopened = store.load(&original.id).map_err(|e| TestCaseError::fail(format!("load: {e}")))?;
            prop_assert_eq!(&reopened.project, session.project());
            prop_assert_eq!(reopened.revision, revision);
        }
        states.push(session.project().clone());
    }

    // Undo all the way: back to the original document (only the time differs).
    let last = session.project().clone();
    let mut undone = 0;
    while session.undo(Timestamp(9_000)) {
        undone += 1;
        prop_assert!(undone <= HISTORY_LIMIT, "undo never stops");
    }
    prop_assert_eq!(undone, model.undo.len());
    prop_assert!(session.project().same_content(&original), "undo-all gave {:?}", session.project().name);

    // Redo all the way: to the newest edit in the history (further than `last` when the user
    // had undone some steps before the end of the sequence).
    let tip_name = model.redo.first().unwrap_or(&model.current).clone();
    while session.redo(Timestamp(9_001)) {}
    prop_assert_eq!(&session.project().name, &tip_name);
    prop_assert!(session.project().same_content(&Project { name: tip_name.clone(), ..last.clone() }), "redo-all changed more than the name");

    // And that state round-trips through storage too.
    let revision = store.save(session.project(), revision, Timestamp(9_002)).map_err(|e| TestCaseError::fail(format!("{e}")))?;
    let reopened = store.load(&original.id).map_err(|e| TestCaseError::fail(format!("{e}")))?;
    prop_assert_eq!(&reopened.project, session.project());
    prop_assert_eq!(reopened.revision, revision);
    prop_assert!(states.iter().all(|s| s.id == original.id));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_renames_with_undo_and_redo_behave_and_round_trip(ops in prop::collection::vec(op(), 0..60)) {
        run(&ops)?;
    }

    #[test]
    fn any_accepted_name_survives_save_and_reopen(raw in hostile_name()) {
        let store = ProjectStore::new(MemoryKv::new());
        let mut session = EditSession::new(start());
        let revision = store.save(session.project(), 0, Timestamp(1)).unwrap();
        if session.execute(&Command::RenameProject { name: raw }, Timestamp(2)).unwrap_or(false) {
            store.save(session.project(), revision, Timestamp(3)).unwrap();
        }
        let reopened = store.load(&session.project().id).unwrap();
        prop_assert_eq!(&reopened.project, session.project());
    }
}

/// Deterministic companion to the property: more edits than the history keeps. Undo stops at
/// the limit and the oldest reachable state is the one `HISTORY_LIMIT` edits back.
#[test]
fn undo_past_the_history_limit_stops_at_the_oldest_kept_edit() {
    let mut session = EditSession::new(start());
    for i in 0..HISTORY_LIMIT + 5 {
        assert_eq!(session.execute(&Command::RenameProject { name: format!("name {i}") }, Timestamp(i as i64)), Ok(true));
    }
    let mut steps = 0;
    while session.undo(Timestamp(0)) {
        steps += 1;
    }
    assert_eq!(steps, HISTORY_LIMIT);
    assert_eq!(session.project().name, "name 4");
}
