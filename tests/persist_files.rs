//! Project files as a user hands them to "Open / Import": the fixtures in `tests/fixtures/`.
//! Covers: every valid `v{N}_*.json` fixture decodes (and one exists for every schema version up
//! to `CURRENT_SCHEMA_VERSION`); every file in `tests/fixtures/invalid/` is refused with the
//! specific `LoadError` a user is told about, in words that exist in both languages; hostile
//! input (10,000-deep nesting, an 11 MB file) is refused cheaply without crashing; and
//! export → import keeps hostile project names exactly as typed.

use planning_workbench::i18n::{describe_load_error, Lang};
use planning_workbench::model::{Project, ProjectId, Timestamp};
use planning_workbench::persist::{
    decode_project, encode_project, peek_header, JsonKind, LoadError, CURRENT_SCHEMA_VERSION, FORMAT, MAX_FILE_BYTES, MAX_NESTING,
};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()))
}

fn fixture(relative: &str) -> String {
    read(&fixtures_dir().join(relative))
}

/// The `.json` files directly inside `dir`, sorted, as (file name, path).
fn json_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), path))
        .collect();
    files.sort();
    files
}

/// The schema version a valid fixture's name claims: `v3_anything.json` → 3.
fn claimed_version(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('v')?;
    let (digits, tail) = rest.split_once('_')?;
    (tail.ends_with(".json") && tail.len() > ".json".len()).then_some(())?;
    digits.parse().ok()
}

fn decode_ok(text: &str, what: &str) -> Project {
    match decode_project(text) {
        Ok((project, _)) => project,
        Err(e) => panic!("{what} was refused: {e:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Valid files
// ---------------------------------------------------------------------------------------------

#[test]
fn every_valid_fixture_opens_at_the_version_its_name_claims() {
    let files = json_files(&fixtures_dir());
    let valid: Vec<_> = files.iter().filter(|(name, _)| claimed_version(name).is_some()).collect();
    assert!(!valid.is_empty(), "no v{{N}}_*.json fixtures found in {}", fixtures_dir().display());
    for (name, path) in valid {
        let text = read(path);
        let (project, header) = decode_project(&text).unwrap_or_else(|e| panic!("{name} was refused: {e:?}"));
        assert_eq!(Some(header.schema_version), claimed_version(name), "{name}: envelope version differs from its name");
        assert!(!project.name.trim().is_empty(), "{name}: opened with an empty name");
        // The list view's cheap check must agree with the full decode.
        assert_eq!(peek_header(&text).as_ref(), Ok(&header), "{name}: peek_header disagrees with decode_project");
    }
}

#[test]
fn minimal_v1_file_opens_with_defaults_for_everything_it_leaves_out() {
    let project = decode_ok(&fixture("v1_minimal.json"), "v1_minimal.json");
    assert_eq!(project.id, ProjectId::parse("p-minimal").unwrap());
    assert_eq!(project.name, "Minimal plan");
    assert_eq!(project.created, Timestamp(1_763_990_000_000));
    assert_eq!(project.updated, Timestamp(1_763_995_000_000));
    // Left-out `next_item_id` starts where a new project's counter starts.
    let empty = Project::new(project.id.clone(), project.name.clone(), project.created);
    assert_eq!(project.swot, empty.swot);
    assert_eq!(project.five_forces, empty.five_forces);
    assert_eq!(project.org, empty.org);
    assert_eq!(project.blueprint, empty.blueprint);
    assert_eq!(project.next_item_id, empty.next_item_id);
}

#[test]
fn full_v1_file_keeps_every_field_including_the_chinese_name() {
    let text = fixture("v1_full.json");
    let (project, header) = decode_project(&text).expect("v1_full.json refused");
    assert_eq!(header.saved_at, Timestamp(1_764_000_000_000));
    assert_eq!(project.id.as_str(), "pmi0abcd-0");
    assert_eq!(project.name, "客服部 2026 年度规划");
    assert_eq!(project.created, Timestamp(1_763_990_000_000));
    assert_eq!(project.updated, Timestamp(1_763_999_999_999));
    assert_eq!(project.next_item_id, 42);

    // Re-exporting it and opening the export gives the same project back.
    let again = decode_ok(&encode_project(&project, Timestamp(5)), "re-export of v1_full.json");
    assert_eq!(again, project);
}

#[test]
fn a_byte_order_mark_and_leading_blank_lines_do_not_stop_a_file_from_opening() {
    let text = format!("\u{feff}\r\n\n  {}", fixture("v1_minimal.json"));
    assert_eq!(decode_ok(&text, "v1_minimal.json with BOM").name, "Minimal plan");
}

#[test]
fn every_schema_version_up_to_the_current_one_has_a_fixture() {
    let names: Vec<String> = json_files(&fixtures_dir()).into_iter().map(|(name, _)| name).collect();
    for version in 1..=CURRENT_SCHEMA_VERSION {
        assert!(
            names.iter().any(|name| claimed_version(name) == Some(version)),
            "schema version {version} has no fixture tests/fixtures/v{version}_*.json; \
             add a file written by that version so its migration stays tested (found: {names:?})"
        );
    }
    // A fixture for a version this build cannot read would be a mistake too.
    for name in &names {
        if let Some(version) = claimed_version(name) {
            assert!(
                (1..=CURRENT_SCHEMA_VERSION).contains(&version),
                "{name} claims schema {version}, but this build reads 1..={CURRENT_SCHEMA_VERSION}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Invalid files
// ---------------------------------------------------------------------------------------------

/// Every file in `tests/fixtures/invalid/` and the error it must produce.
fn expected_invalid() -> Vec<(&'static str, LoadError)> {
    vec![
        ("not_json.json", LoadError::NotJson { line: 4, column: 42 }),
        ("array.json", LoadError::NotAnObject(JsonKind::Array)),
        ("other_app.json", LoadError::NotAProject),
        ("html_renamed.json", LoadError::LooksLikeHtml),
        ("newer_version.json", LoadError::NewerVersion { found: 99, supported: CURRENT_SCHEMA_VERSION }),
        ("wrong_format.json", LoadError::WrongFormat { found: "mindmap-studio".into() }),
        ("bad_shape.json", LoadError::BadShape { path: String::new(), detail: String::new() }),
        ("empty.json", LoadError::Empty),
    ]
}

fn invalid_fixture_errors() -> Vec<(String, LoadError)> {
    json_files(&fixtures_dir().join("invalid"))
        .into_iter()
        .map(|(name, path)| match decode_project(&read(&path)) {
            Ok((project, _)) => panic!("invalid/{name} was accepted as {project:?}"),
            Err(error) => (name, error),
        })
        .collect()
}

#[test]
fn every_invalid_fixture_is_refused_with_its_specific_reason() {
    let expected = expected_invalid();
    let found = invalid_fixture_errors();
    let found_names: Vec<&str> = found.iter().map(|(name, _)| name.as_str()).collect();
    for (name, _) in &expected {
        assert!(found_names.contains(name), "fixture invalid/{name} is missing");
    }
    for (name, error) in &found {
        let Some((_, want)) = expected.iter().find(|(n, _)| n == name) else {
            panic!("invalid/{name} has no expected error in this test; add it to expected_invalid()");
        };
        match (want, error) {
            // The path is what the user is shown; the detail is serde's wording, so only its
            // presence is checked.
            (LoadError::BadShape { .. }, LoadError::BadShape { path, detail }) => {
                assert_eq!(path, "project.name", "invalid/{name}: wrong field reported");
                assert!(!detail.is_empty(), "invalid/{name}: no detail");
            }
            _ => assert_eq!(error, want, "invalid/{name}"),
        }
        // Listing must reject the same files, except those whose envelope is fine and only the
        // project content is wrong (peek_header does not look inside `project`).
        if !matches!(error, LoadError::BadShape { .. }) {
            assert_eq!(peek_header(&read(&fixtures_dir().join("invalid").join(name))).as_ref(), Err(error));
        }
    }
}

#[test]
fn every_invalid_fixture_is_explained_in_both_languages() {
    for (name, error) in invalid_fixture_errors() {
        let zh = describe_load_error(Lang::ZhCn, &error);
        let en = describe_load_error(Lang::En, &error);
        assert!(!zh.trim().is_empty(), "invalid/{name}: no Chinese explanation");
        assert!(!en.trim().is_empty(), "invalid/{name}: no English explanation");
        assert_ne!(zh, en, "invalid/{name}: both languages show the same text: {zh}");
        for text in [&zh, &en] {
            assert!(!text.contains("{0}") && !text.contains("{1}"), "invalid/{name}: unfilled placeholder in {text:?}");
            assert!(!text.contains("LoadError") && !text.contains(" {"), "invalid/{name}: debug output in {text:?}");
        }
        assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "invalid/{name}: Chinese text has no Chinese: {zh}");
    }
}

#[test]
fn other_json_values_are_named_by_kind() {
    for (text, kind) in [("\"a string\"", JsonKind::String), ("42", JsonKind::Number), ("true", JsonKind::Bool), ("null", JsonKind::Null)] {
        assert_eq!(decode_project(text).map(|_| ()), Err(LoadError::NotAnObject(kind)), "{text}");
    }
    // Whitespace only is an empty file, not broken JSON.
    assert_eq!(decode_project(" \n\t\r\n").map(|_| ()), Err(LoadError::Empty));
}

#[test]
fn envelope_without_a_usable_version_is_refused() {
    for version in ["0", "-1", "1.5", "\"1\"", "null"] {
        let text = format!(r#"{{"format":"{FORMAT}","schema_version":{version},"project":{{}}}}"#);
        assert_eq!(decode_project(&text).map(|_| ()), Err(LoadError::BadVersion), "schema_version {version}");
    }
    let text = format!(r#"{{"format":"{FORMAT}","project":{{}}}}"#);
    assert_eq!(decode_project(&text).map(|_| ()), Err(LoadError::BadVersion), "no schema_version");
}

#[test]
fn a_non_string_format_is_reported_as_a_short_wrong_format() {
    let text = format!(r#"{{"format":{{"x":"{}"}},"schema_version":1}}"#, "y".repeat(500));
    match decode_project(&text) {
        Err(LoadError::WrongFormat { found }) => assert!(found.chars().count() <= 40, "{found}"),
        other => panic!("expected WrongFormat, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Hostile input
// ---------------------------------------------------------------------------------------------

#[test]
fn ten_thousand_nested_arrays_are_too_deep_not_a_stack_overflow() {
    let deep = "[".repeat(10_000);
    assert_eq!(decode_project(&deep).map(|_| ()), Err(LoadError::TooDeep { limit: MAX_NESTING }));
    let closed = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(decode_project(&closed).map(|_| ()), Err(LoadError::TooDeep { limit: MAX_NESTING }));
    // Deep nesting hidden inside an otherwise valid project is caught the same way.
    let inside = format!(
        r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p1","name":"x","created":1,"updated":1,"swot":{{"items":{}{}}}}}}}"#,
        "{\"a\":".repeat(10_000),
        "}".repeat(10_000)
    );
    assert_eq!(decode_project(&inside).map(|_| ()), Err(LoadError::TooDeep { limit: MAX_NESTING }));
    assert_eq!(peek_header(&inside), Err(LoadError::TooDeep { limit: MAX_NESTING }));
}

#[test]
fn brackets_inside_names_do_not_count_as_nesting() {
    let name = "[[[[{{{{".repeat(20);
    let project = Project::new(ProjectId::parse("p1").unwrap(), name.clone(), Timestamp(1));
    assert_eq!(decode_ok(&encode_project(&project, Timestamp(2)), "bracket name").name, name);
}

#[test]
fn an_eleven_megabyte_file_is_too_large_before_anything_else_is_checked() {
    let eleven_mb = 11 * 1024 * 1024;
    // Each of these would fail differently if it were parsed; size must win.
    let deep = "[".repeat(eleven_mb);
    let html = format!("<html>{}", " ".repeat(eleven_mb));
    let mut huge_valid = fixture("v1_minimal.json");
    huge_valid.push_str(&" ".repeat(eleven_mb));
    for (what, text) in [("deep", &deep), ("html", &html), ("valid but padded", &huge_valid)] {
        assert_eq!(decode_project(text).map(|_| ()), Err(LoadError::TooLarge { bytes: text.len(), limit: MAX_FILE_BYTES }), "{what}");
    }
    let message = describe_load_error(Lang::En, &LoadError::TooLarge { bytes: deep.len(), limit: MAX_FILE_BYTES });
    assert!(message.contains("MB"), "size should be shown in MB: {message}");
}

#[test]
fn a_file_of_exactly_the_size_limit_still_opens() {
    let mut text = fixture("v1_minimal.json");
    text.push_str(&" ".repeat(MAX_FILE_BYTES - text.len()));
    assert_eq!(text.len(), MAX_FILE_BYTES);
    assert_eq!(decode_ok(&text, "file at the limit").name, "Minimal plan");
    text.push(' ');
    assert!(matches!(decode_project(&text), Err(LoadError::TooLarge { .. })));
}

#[test]
fn hostile_names_survive_export_and_import_exactly() {
    let names = [
        "<script>alert(1)</script>",
        "\"&'",
        "\u{202e}txt.exe",
        "abc\u{202e}def\u{202c} ghi",
        "😀🎉 plan",
        "👨\u{200d}👩\u{200d}👧\u{200d}👦 family",
        "a\u{200d}b\u{200b}c",
        "\\\"},\"format\":\"evil\"",
        "</script><img src=x onerror=alert(1)>",
        "{0} {1} %s %n",
        "客服部 \u{202e}规划\u{202c} 😀",
        "\u{2066}isolate\u{2069}",
    ];
    for name in names {
        let mut project = Project::new(ProjectId::parse("p-hostile").unwrap(), name.to_owned(), Timestamp(10));
        project.updated = Timestamp(20);
        project.next_item_id = 7;
        let file = encode_project(&project, Timestamp(30));
        let (back, header) = decode_project(&file).unwrap_or_else(|e| panic!("{name:?}: export refused on import: {e:?}"));
        assert_eq!(back, project, "{name:?} changed on the way through a file");
        assert_eq!(back.name.as_bytes(), name.as_bytes());
        assert_eq!(header.schema_version, CURRENT_SCHEMA_VERSION);
        assert_eq!(header.saved_at, Timestamp(30));
    }
}

#[test]
fn names_in_files_are_normalised_like_typed_names() {
    let text = format!(r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"p1","name":"  two\nlines\t ","created":1,"updated":1}}}}"#);
    assert_eq!(decode_ok(&text, "multi-line name").name, "two lines");
    let blank = text.replace(r#""  two\nlines\t ""#, r#"" \n ""#);
    assert!(matches!(decode_project(&blank), Err(LoadError::BadShape { ref path, .. }) if path == "project.name"));
    let long = text.replace(r#""  two\nlines\t ""#, &format!("\"{}\"", "长".repeat(201)));
    assert!(matches!(decode_project(&long), Err(LoadError::BadShape { ref path, .. }) if path == "project.name"));
}

#[test]
fn a_bad_project_id_in_a_file_is_reported_at_its_path() {
    let text = format!(r#"{{"format":"{FORMAT}","schema_version":1,"project":{{"id":"../../etc","name":"x","created":1,"updated":1}}}}"#);
    assert!(matches!(decode_project(&text), Err(LoadError::BadShape { ref path, .. }) if path == "project.id"), "{:?}", decode_project(&text));
}

/// A hand-edited or foreign-built file with a stale id counter and duplicate ids opens with
/// its content kept and the counter moved past every id, so new items never collide.
#[test]
fn stale_counters_and_duplicate_ids_are_repaired_on_load() {
    let text = r#"{"format":"planning-workbench","schema_version":1,"saved_at":0,"project":{
        "id":"p1","name":"Hand edited","created":0,"updated":0,"next_item_id":1,
        "swot":{"items":[
            {"id":5,"quadrant":"strengths","text":"a"},
            {"id":5,"quadrant":"threats","text":"b","priority":42}],
          "strategies":[]}}}"#;
    let (project, header) = planning_workbench::persist::decode_project(text).expect("repairable file opens");
    // The duplicate id, the stale counter and the priority out of range: counted, so the user is told.
    assert!(header.repaired.total() >= 3, "repairs counted: {:?}", header.repaired);
    let again = planning_workbench::persist::encode_project(&project, Timestamp(1));
    assert_eq!(decode_project(&again).map(|(_, h)| h.repaired.total()), Ok(0), "a repaired project needs no repair");
    let ids: Vec<u64> = project.swot.items.iter().map(|i| i.id.0).collect();
    assert_eq!(project.swot.items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    assert_ne!(ids[0], ids[1]);
    assert!(ids.iter().all(|id| *id < project.next_item_id));
    assert_eq!(project.swot.items[1].priority, None);
}

/// A hand-made counter at the top of the u64 range is refused with the field named, instead
/// of overflowing when the next item is added.
#[test]
fn an_absurd_id_counter_is_refused() {
    let text = r#"{"format":"planning-workbench","schema_version":1,"saved_at":0,"project":{
        "id":"p1","name":"Huge","created":0,"updated":0,"next_item_id":18446744073709551615}}"#;
    match planning_workbench::persist::decode_project(text) {
        Err(planning_workbench::persist::LoadError::BadShape { path, .. }) => assert_eq!(path, "project.next_item_id"),
        other => panic!("expected a refusal naming the counter, got {other:?}"),
    }
}

/// A refused file names the field as the UI does and says what is wrong in the user's own
/// language: no serde wording and no JSON path in the Chinese text.
#[test]
fn a_refused_field_is_named_in_words_in_both_languages() {
    let text = r#"{"format":"planning-workbench","schema_version":2,"saved_at":0,"project":{"id":"p1","name":"P","created":0,"updated":0,
        "swot":{"items":[{"id":1,"quadrant":"strengths","text":"a","priority":"high"}]}}}"#;
    let error = decode_project(text).map(|_| ()).unwrap_err();
    assert_eq!(describe_load_error(Lang::ZhCn, &error), "项目数据有误（SWOT 矩阵 › 第 1 个条目 › 优先级）：类型错误：应为整数。");
    assert_eq!(
        describe_load_error(Lang::En, &error),
        "The project data is wrong at SWOT board › item 1 › priority: it has the wrong type: a whole number expected."
    );
    let missing = r#"{"format":"planning-workbench","schema_version":2,"saved_at":0,"project":{"id":"p1","name":"P","created":0,"updated":0,
        "org":{"positions":[{"id":1}]}}}"#;
    let error = decode_project(missing).map(|_| ()).unwrap_err();
    assert_eq!(describe_load_error(Lang::ZhCn, &error), "项目数据有误（组织结构图 › 第 1 个岗位）：缺少“职务名称”。");
}
