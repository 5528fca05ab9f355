#![cfg(not(target_arch = "wasm32"))]
//! The org chart's CSV table: the documented header (English and Chinese, with or without a
//! BOM), headcount forms, every row problem at its exact line (CRLF files and quoted multi-line
//! cells included), rows listed before their parents, a 10,000-deep chain child-first in a
//! small-stack thread, loops of parent links, hostile text, and property tests: any chart
//! survives export and import, and no byte string makes the reader panic.

use planning_workbench::model::ids::ItemId;
use planning_workbench::model::org::table::{
    read_csv, write_csv, CsvError, CsvImport, RowError, RowProblem, HEADER, HEADER_ZH, MAX_CSV_BYTES, MAX_CSV_ROWS,
};
use planning_workbench::model::org::{ChartDraft, OrgCanvas, OrgCommand, PositionDetails, Tree, MAX_FIELD_CHARS};
use planning_workbench::model::{apply, Command, Outcome, Project, ProjectId, Timestamp};
use proptest::prelude::*;

const HEADER_LINE: &str = "id,parent_id,title,holder,headcount,level,code,department";

fn new_project() -> Project {
    Project::new(ProjectId::parse("p1").unwrap(), "P".into(), Timestamp(0))
}

/// The project after inserting `draft` as the whole chart.
fn inserted(draft: &ChartDraft) -> Project {
    let project = new_project();
    match apply(&project, &Command::Org(OrgCommand::Insert { draft: draft.clone(), replace: true })) {
        Ok(Outcome::Changed(next)) => next,
        Ok(Outcome::Unchanged) => project,
        Err(error) => panic!("inserting the draft failed: {error}"),
    }
}

fn import(text: &str) -> CsvImport {
    read_csv(text.as_bytes()).unwrap_or_else(|e| panic!("{e}: {text:?}"))
}

/// `header` then `rows`, one per line.
fn file(rows: &[&str]) -> String {
    let mut text = String::from(HEADER_LINE);
    for row in rows {
        text.push('\n');
        text.push_str(row);
    }
    text
}

/// A chart reduced to what the table carries: in chart order, each position's parent (as an
/// index into this list) and details. Two charts that differ only in ids compare equal.
fn canonical(canvas: &OrgCanvas) -> Vec<(Option<usize>, PositionDetails)> {
    let tree = Tree::new(canvas);
    let order: Vec<usize> = tree.roots().iter().flat_map(|&root| tree.subtree(root)).collect();
    let mut place = vec![0; canvas.positions.len()];
    for (n, &at) in order.iter().enumerate() {
        place[at] = n;
    }
    order
        .iter()
        .map(|&at| {
            let position = &canvas.positions[at];
            let parent = position.parent.and_then(|p| tree.at(p)).map(|p| place[p]);
            (parent, position.details.clone())
        })
        .collect()
}

fn titles(draft: &ChartDraft) -> Vec<&str> {
    draft.positions.iter().map(|p| p.details.title.as_str()).collect()
}

fn parents(draft: &ChartDraft) -> Vec<Option<usize>> {
    draft.positions.iter().map(|p| p.parent).collect()
}

#[test]
fn the_documented_header_is_written_first_after_a_bom() {
    assert_eq!(HEADER.join(","), HEADER_LINE);
    assert_eq!(HEADER_ZH.join(","), "编号,上级编号,职务名称,任职者,编制,级别,岗位编码,部门");
    assert_eq!(write_csv(&OrgCanvas::default()), format!("\u{feff}{HEADER_LINE}\r\n"));
}

#[test]
fn rows_are_written_parents_first_with_filled_over_planned() {
    let draft = {
        let mut draft = ChartDraft::default();
        let top = draft.push(None, PositionDetails { holder: "Ann".into(), filled: 1, ..PositionDetails::titled("Head") });
        let desk = draft.push(Some(top), PositionDetails { planned: 3, filled: 2, ..PositionDetails::titled("Desk") });
        draft.push(Some(desk), PositionDetails { code: "C-1".into(), ..PositionDetails::titled("Clerk") });
        draft.push(Some(top), PositionDetails { department: "客服部".into(), ..PositionDetails::titled("Audit") });
        draft
    };
    let project = inserted(&draft);
    assert_eq!(
        write_csv(&project.org),
        format!("\u{feff}{HEADER_LINE}\r\n1,,Head,Ann,1/1,,,\r\n2,1,Desk,,2/3,,,\r\n3,2,Clerk,,0/1,,C-1,\r\n4,1,Audit,,0/1,,,客服部\r\n")
    );
}

#[test]
fn the_english_or_chinese_header_is_read_with_or_without_a_bom() {
    let rows = "\n1,,总经理,张三,1,,,\n2,1,客服主管,,2/3,M1,KF-01,客服部";
    let english = format!("{HEADER_LINE}{rows}");
    let chinese = format!("{}{rows}", HEADER_ZH.join(","));
    let spaced = format!(" ID , parent_id,title ,holder,headcount,level,code,department{rows}");
    for text in [english.clone(), format!("\u{feff}{english}"), chinese.clone(), format!("\u{feff}{chinese}"), spaced] {
        let result = import(&text);
        assert!(result.errors.is_empty(), "{text:?}: {:?}", result.errors);
        assert_eq!(result.rows, 2);
        assert_eq!(titles(&result.draft), ["总经理", "客服主管"]);
        assert_eq!(parents(&result.draft), [None, Some(0)]);
        let second = &result.draft.positions[1].details;
        assert_eq!((second.filled, second.planned, second.level.as_str()), (2, 3, "M1"));
        assert_eq!((second.code.as_str(), second.department.as_str()), ("KF-01", "客服部"));
    }
}

#[test]
fn files_that_are_not_the_table_are_refused_whole() {
    assert_eq!(read_csv(b""), Err(CsvError::Empty));
    assert_eq!(read_csv("\u{feff}".as_bytes()), Err(CsvError::Empty));
    assert_eq!(read_csv(b"\r\n\n,,,\n"), Err(CsvError::Empty));
    let swapped = "parent_id,id,title,holder,headcount,level,code,department\n";
    assert_eq!(read_csv(swapped.as_bytes()), Err(CsvError::BadHeader { found: swapped.trim().into() }));
    let mixed = "id,上级编号,title,holder,headcount,level,code,department";
    assert!(matches!(read_csv(mixed.as_bytes()), Err(CsvError::BadHeader { .. })));
    let short = "id,parent_id,title";
    assert!(matches!(read_csv(short.as_bytes()), Err(CsvError::BadHeader { .. })));
    // "编号" in GBK, as Excel saves a CSV on a Chinese Windows unless told "CSV UTF-8".
    assert_eq!(read_csv(&[0xB1, 0xE0, 0xBA, 0xC5, b'\n']), Err(CsvError::NotText));
    assert_eq!(read_csv(&vec![b' '; MAX_CSV_BYTES + 1]), Err(CsvError::TooLarge { bytes: MAX_CSV_BYTES + 1, max: MAX_CSV_BYTES }));
    let rows: Vec<String> = (1..=MAX_CSV_ROWS + 1).map(|n| format!("{n},,T,,,,,")).collect();
    let text = file(&rows.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(read_csv(text.as_bytes()), Err(CsvError::TooManyRows { rows: MAX_CSV_ROWS + 1, max: MAX_CSV_ROWS }));
    let header_only = import(HEADER_LINE);
    assert_eq!((header_only.rows, header_only.draft, header_only.errors), (0, ChartDraft::default(), vec![]));
}

#[test]
fn the_most_rows_allowed_are_read() {
    let rows: Vec<String> = (1..=MAX_CSV_ROWS).map(|n| format!("{n},,T,,,,,")).collect();
    let result = import(&file(&rows.iter().map(String::as_str).collect::<Vec<_>>()));
    assert_eq!((result.rows, result.draft.positions.len()), (MAX_CSV_ROWS, MAX_CSV_ROWS));
}

#[test]
fn headcount_is_planned_or_filled_over_planned_or_empty() {
    let result = import(&file(&[
        "1,,Empty vacant,,,,,",
        "2,,Empty held,Ann,,,,",
        "3,,Three vacant,,3,,,",
        "4,,Three held,Bo,3,,,",
        "5,,Two of three,,2/3,,,",
        "6,,Spaced, Cy , 2 / 3 ,,,",
        "7,,Over,,4/3,,,",
        "8,,None planned,,0,,,",
    ]));
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    let counts: Vec<(u32, u32)> = result.draft.positions.iter().map(|p| (p.details.filled, p.details.planned)).collect();
    assert_eq!(counts, [(0, 1), (1, 1), (0, 3), (3, 3), (2, 3), (2, 3), (4, 3), (0, 0)]);
    assert_eq!(result.draft.positions[5].details.holder, "Cy");
    for bad in ["-1", "+2", "x", "1/2/3", "/3", "2/", "10000", "1/10000", "３", "2.5"] {
        let result = import(&file(&[&format!("1,,T,,{bad},,,")]));
        assert_eq!(result.errors, [RowError { line: 2, problem: RowProblem::BadHeadcount(bad.into()) }], "{bad}");
    }
}

/// Every row problem, each at the line where its row starts; the quoted title on line 11
/// spans two lines, so the rows after it are one line further down than their row number.
const PROBLEMS: &str = "id,parent_id,title,holder,headcount,level,code,department
1,,CEO,Ann,1,,,
2,1,,Bo,1,,,
,1,No id,,1,,,
1,,Second one,,1,,,
3,99,Orphan,,1,,,
4,2,Under a bad row,,1,,,
5,4,Deeper still,,1,,,
6,1,Bad headcount,,x/2,,,
7,1,Short
8,1,\"Multi
line\",,1,,,
9,1,Long,HOLDER,1,,,

10,11,Loop a,,,,,
11,10,Loop b,,,,,
12,12,Own parent,,,,,
13,10,Off the loop,,,,,
,,,,,,,
14,1,Last,,,,,
";

fn expected_problems() -> Vec<RowError> {
    let at = |line, problem| RowError { line, problem };
    vec![
        at(3, RowProblem::MissingTitle),
        at(4, RowProblem::MissingId),
        at(5, RowProblem::DuplicateId("1".into())),
        at(6, RowProblem::UnknownParent("99".into())),
        at(7, RowProblem::ParentRejected("2".into())),
        at(8, RowProblem::ParentRejected("4".into())),
        at(9, RowProblem::BadHeadcount("x/2".into())),
        at(10, RowProblem::WrongColumnCount { found: 3, expected: 8 }),
        at(13, RowProblem::TooLong { column: "holder", chars: MAX_FIELD_CHARS + 1 }),
        at(15, RowProblem::Cycle),
        at(16, RowProblem::Cycle),
        at(17, RowProblem::Cycle),
        at(18, RowProblem::ParentRejected("10".into())),
    ]
}

fn problems_file(line_end: &str) -> String {
    PROBLEMS.replace("HOLDER", &"h".repeat(MAX_FIELD_CHARS + 1)).replace('\n', line_end)
}

#[test]
fn each_row_problem_is_reported_at_its_line() {
    let result = import(&problems_file("\n"));
    assert_eq!(result.errors, expected_problems());
    assert_eq!(result.rows, 16, "blank lines and rows of empty cells are not rows");
    assert_eq!(titles(&result.draft), ["CEO", "Multi line", "Last"], "a line break in a cell becomes a space");
    assert_eq!(parents(&result.draft), [None, Some(0), Some(0)]);
}

#[test]
fn line_numbers_are_right_in_crlf_and_cr_files() {
    for line_end in ["\r\n", "\r"] {
        let result = import(&problems_file(line_end));
        assert_eq!(result.errors, expected_problems(), "{line_end:?}");
        // Each control character becomes a space, as when the model stores a title.
        let multi = if line_end == "\r\n" { "Multi  line" } else { "Multi line" };
        assert_eq!(titles(&result.draft), ["CEO", multi, "Last"]);
    }
}

#[test]
fn column_names_in_problems_follow_the_header_used() {
    let text = format!("{}\n1,,T,{},,,,", HEADER_ZH.join(","), "x".repeat(10_000));
    let result = import(&text);
    assert_eq!(result.errors, [RowError { line: 2, problem: RowProblem::TooLong { column: "任职者", chars: 10_000 } }]);
    let result = import(&file(&[&format!("1,,{},,,,,", "标".repeat(MAX_FIELD_CHARS)), "2,1,x,,,,,,"]));
    assert_eq!(result.errors, [RowError { line: 3, problem: RowProblem::WrongColumnCount { found: 9, expected: 8 } }]);
    assert_eq!(result.draft.positions.len(), 1, "200 characters is within the limit");
}

#[test]
fn children_may_come_before_their_parents() {
    let result = import(&file(&["g,c1,Grandchild,,,,,", "c2,t,Second child,,,,,", "c1,t,First child,,,,,", "t,,Top,,,,,", "u,,Other top,,,,,"]));
    assert!(result.errors.is_empty());
    // Parents first; under one parent, file order.
    assert_eq!(titles(&result.draft), ["Top", "Second child", "First child", "Grandchild", "Other top"]);
    assert_eq!(parents(&result.draft), [None, Some(0), Some(0), Some(2), None]);
    assert!(result.draft.is_well_formed());
}

#[test]
fn a_ten_thousand_deep_chain_listed_child_first_imports_in_a_small_stack() {
    const DEPTH: usize = 10_000;
    let rows: Vec<String> =
        (1..=DEPTH).rev().map(|n| if n == 1 { "1,,Level 1,,,,,".into() } else { format!("{n},{},Level {n},,,,,", n - 1) }).collect();
    let text = file(&rows.iter().map(String::as_str).collect::<Vec<_>>());
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let result = import(&text);
            assert!(result.errors.is_empty());
            assert_eq!(result.draft.positions.len(), DEPTH);
            assert_eq!(result.draft.positions[DEPTH - 1].details.title, format!("Level {DEPTH}"));
            assert!(parents(&result.draft).iter().enumerate().all(|(n, p)| *p == n.checked_sub(1)));
            let project = inserted(&result.draft);
            let written = write_csv(&project.org);
            let again = read_csv(written.as_bytes()).unwrap();
            assert_eq!(again.draft, result.draft);
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn a_file_that_is_all_loop_imports_nothing() {
    let result = import(&file(&["a,c,A,,,,,", "b,a,B,,,,,", "c,b,C,,,,,", "d,c,Below the loop,,,,,"]));
    assert!(result.draft.positions.is_empty());
    let problems: Vec<RowProblem> = result.errors.into_iter().map(|e| e.problem).collect();
    assert_eq!(problems, [RowProblem::Cycle, RowProblem::Cycle, RowProblem::Cycle, RowProblem::ParentRejected("c".into())]);
}

#[test]
fn control_characters_become_spaces_and_cells_are_trimmed() {
    let result = import(&file(&["  1 ,,\"\tTab\there\u{7}\",\"  Ann \",,,,"]));
    assert!(result.errors.is_empty(), "{:?}", result.errors);
    let details = &result.draft.positions[0].details;
    assert_eq!((details.title.as_str(), details.holder.as_str()), ("Tab here", "Ann"));
}

#[test]
fn hostile_text_round_trips_exactly() {
    let hostile = PositionDetails {
        title: "<script>alert(1)</script>".into(),
        holder: "\"quoted\", with comma".into(),
        planned: 9_999,
        filled: 0,
        level: "\u{202e}RTL".into(),
        code: "=HYPERLINK(\"x\");'a'".into(),
        department: "👩‍💼 客服部 \u{200d}".into(),
    };
    let mut draft = ChartDraft::default();
    let top = draft.push(None, hostile.clone());
    draft.push(Some(top), PositionDetails::titled("\\N,\"\",,"));
    let project = inserted(&draft);
    let written = write_csv(&project.org);
    // The formula is written as text: an apostrophe first, which spreadsheets do not run.
    assert!(written.contains(",\"'=HYPERLINK(\"\"x\"\");'a'\","), "{written}");
    let result = import(&written);
    assert!(result.errors.is_empty());
    assert_eq!(result.draft.positions[0].details, hostile);
    assert_eq!(canonical(&inserted(&result.draft).org), canonical(&project.org));
}

#[test]
fn a_ten_thousand_character_holder_is_too_long() {
    let result = import(&file(&[&format!("1,,Clerk,{},1,,,", "霸".repeat(10_000))]));
    assert_eq!(result.errors, [RowError { line: 2, problem: RowProblem::TooLong { column: "holder", chars: 10_000 } }]);
    assert!(result.draft.positions.is_empty());
}

#[test]
fn a_damaged_chart_still_writes_a_readable_table() {
    let mut project = inserted(&{
        let mut draft = ChartDraft::default();
        draft.push(None, PositionDetails::titled("A"));
        draft.push(None, PositionDetails::titled("B"));
        draft
    });
    // B reports to a position that does not exist.
    let mut org = (*project.org).clone();
    org.positions[1].parent = Some(ItemId(999));
    project.org = org.into();
    let result = import(&write_csv(&project.org));
    assert!(result.errors.is_empty());
    assert_eq!(parents(&result.draft), [None, None]);
}

/// Texts that stress quoting and trimming as well as arbitrary ones.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "(?s).{0,12}",
        1 => prop::sample::select(vec!["", ",", "\"", "\"\"", "a,\"b\"", " x ", "\n", "\r\n", "<b>", "\u{202e}", "👍", "编号"])
            .prop_map(String::from),
    ]
}

prop_compose! {
    fn details()(title in text(), holder in text(), filled in 0u32..=9_999, planned in 0u32..=9_999,
                 level in text(), code in text(), department in text()) -> PositionDetails {
        PositionDetails { title: format!("T{title}"), holder, planned, filled, level, code, department }
    }
}

/// A random forest: each entry's parent is one of the entries before it, or none.
fn chart() -> impl Strategy<Value = ChartDraft> {
    prop::collection::vec((any::<prop::sample::Index>(), any::<bool>(), details()), 0..30).prop_map(|entries| {
        let mut draft = ChartDraft::default();
        for (n, (parent, top, details)) in entries.into_iter().enumerate() {
            let parent = (n > 0 && !top).then(|| parent.index(n));
            draft.push(parent, details);
        }
        draft
    })
}

/// What must hold for any import: a tree, every row accounted for once, lines in order, and a
/// draft the model accepts.
fn assert_sound(result: &CsvImport) {
    assert!(result.draft.is_well_formed());
    assert_eq!(result.rows, result.draft.positions.len() + result.errors.len());
    assert!(result.errors.iter().all(|e| e.line >= 2));
    assert!(result.errors.windows(2).all(|w| w[0].line < w[1].line), "{:?}", result.errors);
    let project = new_project();
    let insert = OrgCommand::Insert { draft: result.draft.clone(), replace: true };
    assert!(apply(&project, &Command::Org(insert)).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_chart_survives_export_and_import(draft in chart()) {
        let project = inserted(&draft);
        let result = read_csv(write_csv(&project.org).as_bytes()).unwrap();
        prop_assert!(result.errors.is_empty(), "{:?}", result.errors);
        prop_assert_eq!(result.rows, project.org.positions.len());
        prop_assert_eq!(canonical(&inserted(&result.draft).org), canonical(&project.org));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(result) = read_csv(&bytes) {
            assert_sound(&result);
        }
    }

    #[test]
    fn mangled_tables_never_panic(
        cells in prop::collection::vec(prop::sample::select(vec![
            ",", "\"", "\n", "\r", "\r\n", "1", "2", "3", "1/2", "x", "", " ", "\u{0}", "é", "\u{feff}",
        ]), 0..120),
        chinese in any::<bool>(),
    ) {
        let header = if chinese { HEADER_ZH.join(",") } else { HEADER_LINE.to_owned() };
        let text = format!("{header}\n{}", cells.concat());
        let result = read_csv(text.as_bytes()).unwrap();
        assert_sound(&result);
    }
}
