//! Survey responses as CSV, read into per-statement tallies (the canvas keeps no single answer).
//!
//! The file has one header row, then one row per respondent:
//!
//! ```text
//! respondent,E1,P1,E2,P2,…
//! ```
//!
//! or the same columns under Chinese names: `受访者,期望1,感知1,期望2,感知2,…`. `E{k}` (`期望{k}`)
//! is what the respondent expects of an excellent service for statement `k` of the
//! questionnaire (1-based, in the questionnaire's order), `P{k}` (`感知{k}`) what they perceive
//! of this one. The `respondent` column is optional and its value is ignored; the score
//! columns may come in any order, and a file may hold one side of a statement without the
//! other, but no other columns. Header cells are trimmed and `E`/`P` and `respondent` match in
//! any case; a byte-order mark at the start is skipped. A cell holds an integer from 1 to 7, or
//! nothing (not answered).
//!
//! As with the org-chart table, import is strict per file and forgiving per row: a file that is
//! not a survey at all is refused whole ([`SurveyError`]), while a bad row is left out and
//! reported with the line it starts on ([`BadRow`]) so the user can fix it and import again.
//! Rows without a single score (a spreadsheet's empty lines, or respondents numbered in
//! advance who never answered) are skipped and counted as blank.

use super::{Tally, MAX_STATEMENTS, SCALE_MAX, SCALE_MIN};
use crate::model::core::csv_text::{unguarded, write_table, Lines, BOM};
use csv::{ByteRecord, ReaderBuilder};

/// Largest file read, in bytes. Decimal megabytes, so the limit reads "10.0 MB" in messages.
pub const MAX_SURVEY_BYTES: usize = 10 * 1000 * 1000;
/// Most data rows a file may have.
pub const MAX_SURVEY_ROWS: usize = 100_000;
/// Longest column name or cell value quoted back in a problem, in characters.
const QUOTE_CHARS: usize = 20;
/// The names of the respondent column.
const RESPONDENT: [&str; 2] = ["respondent", "受访者"];

/// What a survey file yielded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyPreview {
    /// Rows read with at least one score, not counting bad rows.
    pub respondents: u32,
    /// One (expectation, perception) tally per statement of the questionnaire, in its order.
    pub tallies: Vec<(Tally, Tally)>,
    /// The rows left out, in file order.
    pub bad_rows: Vec<BadRow>,
    /// Rows skipped for holding no score.
    pub blank_rows: u32,
}

/// A row left out of the survey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    /// 1-based line of the file where the row starts (the header is line 1; a quoted cell
    /// spanning several lines moves later rows down, as in a text editor).
    pub line: u64,
    pub problem: RowProblem,
}

/// Why one row was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The row has `found` cells where the header has `expected` columns.
    CellCount { found: usize, expected: usize },
    /// A cell under `column` (its header name) holds `value` (cut to 20 characters), which is
    /// not an integer from 1 to 7.
    NotAScore { column: String, value: String },
}

/// Why a whole file was refused. Column names are given as the header writes them, cut to 20
/// characters.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SurveyError {
    #[error("the file has {bytes} bytes; at most {max} are allowed")]
    TooLarge { bytes: usize, max: usize },
    #[error("the file is not UTF-8 text")]
    NotText,
    #[error("the file is empty or has no header row")]
    NoHeader,
    /// An empty name means a header cell with nothing in it.
    #[error("the header has an unknown column “{0}”")]
    UnknownColumn(String),
    #[error("column “{column}” names no statement of the {statements} in the questionnaire")]
    StatementOutOfRange { column: String, statements: usize },
    #[error("the header has column “{0}” more than once")]
    RepeatedColumn(String),
    #[error("the header has no expectation or perception column")]
    NoScoreColumns,
    #[error("the file has more than {max} data rows")]
    TooManyRows { max: usize },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Expectation,
    Perception,
}

/// What a header cell says about the cells below it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Column {
    Respondent,
    /// The 0-based statement, the side, and the name as written (for problems).
    Score(usize, Side, String),
}

/// Reads survey responses for a questionnaire of `statements` statements (at most
/// `MAX_STATEMENTS`; a larger count is taken as that). Never panics: anything that is not a
/// survey is a [`SurveyError`], anything wrong in a row is a [`BadRow`].
pub fn read_survey(bytes: &[u8], statements: usize) -> Result<SurveyPreview, SurveyError> {
    if bytes.len() > MAX_SURVEY_BYTES {
        return Err(SurveyError::TooLarge { bytes: bytes.len(), max: MAX_SURVEY_BYTES });
    }
    let statements = statements.min(MAX_STATEMENTS);
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| SurveyError::NotText)?;
    let mut reader = ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut record = ByteRecord::new();
    let columns = loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) if is_blank(&record) => continue,
            Ok(true) => break read_header(&record, statements)?,
            Ok(false) | Err(_) => return Err(SurveyError::NoHeader),
        }
    };
    let mut preview = SurveyPreview { respondents: 0, tallies: vec![Default::default(); statements], bad_rows: Vec::new(), blank_rows: 0 };
    let mut lines = Lines::new(text.as_bytes());
    let mut rows = 0;
    loop {
        let before = reader.position().byte();
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            // Records read from memory, of any length, cannot fail; stop rather than guess.
            Ok(false) | Err(_) => break,
        }
        rows += 1;
        if rows > MAX_SURVEY_ROWS {
            return Err(SurveyError::TooManyRows { max: MAX_SURVEY_ROWS });
        }
        // A row of empty cells is blank whatever its length: spreadsheets pad or trim them.
        if is_blank(&record) {
            preview.blank_rows += 1;
            continue;
        }
        match scores(&record, &columns) {
            Ok(found) if found.is_empty() => preview.blank_rows += 1,
            Ok(found) => {
                preview.respondents += 1;
                for (at, side, score) in found {
                    let (expectation, perception) = &mut preview.tallies[at];
                    match side {
                        Side::Expectation => expectation.add(score),
                        Side::Perception => perception.add(score),
                    }
                }
            }
            Err(problem) => {
                let line = lines.record_start(record.position().map_or(before, csv::Position::byte));
                preview.bad_rows.push(BadRow { line, problem });
            }
        }
    }
    Ok(preview)
}

/// The header of a blank response file for `statements` statements (respondent, E1, P1, E2,
/// P2, …), in Chinese or English, with a BOM, as CSV text.
pub fn blank_form_csv(statements: usize, chinese: bool) -> String {
    let (respondent, e, p) = if chinese { (RESPONDENT[1], "期望", "感知") } else { (RESPONDENT[0], "E", "P") };
    let scores = (1..=statements.min(MAX_STATEMENTS)).flat_map(|k| [format!("{e}{k}"), format!("{p}{k}")]);
    let header: Vec<String> = std::iter::once(respondent.to_owned()).chain(scores).collect();
    write_table([header])
}

/// A cell's text, trimmed. Every cell is UTF-8 because the whole file is and the reader splits
/// only at ASCII bytes; the empty fallback is never taken.
fn cell(field: &[u8]) -> &str {
    std::str::from_utf8(field).unwrap_or_default().trim()
}

/// Rows spreadsheets save for empty lines (`,,,,`) are not respondents.
fn is_blank(record: &ByteRecord) -> bool {
    record.iter().all(|field| cell(field).is_empty())
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The columns a header names, or why it is not a survey's header.
fn read_header(record: &ByteRecord, statements: usize) -> Result<Vec<Column>, SurveyError> {
    let mut seen = vec![[false; 2]; statements];
    let mut respondent = false;
    let mut columns = Vec::with_capacity(record.len());
    for field in record {
        let name = cell(field);
        let column = column_named(name, statements)?;
        let first = match &column {
            Column::Respondent => !std::mem::replace(&mut respondent, true),
            Column::Score(at, side, _) => !std::mem::replace(&mut seen[*at][*side as usize], true),
        };
        if !first {
            return Err(SurveyError::RepeatedColumn(cut(name)));
        }
        columns.push(column);
    }
    if columns.iter().all(|c| *c == Column::Respondent) {
        return Err(SurveyError::NoScoreColumns);
    }
    Ok(columns)
}

/// One header cell as a column. The respondent column is accepted in any place, since
/// spreadsheets make reordering columns easy and its value is ignored anyway.
fn column_named(name: &str, statements: usize) -> Result<Column, SurveyError> {
    if RESPONDENT.iter().any(|r| name.eq_ignore_ascii_case(r)) {
        return Ok(Column::Respondent);
    }
    const PREFIXES: [(&str, Side); 6] = [
        ("E", Side::Expectation),
        ("e", Side::Expectation),
        ("期望", Side::Expectation),
        ("P", Side::Perception),
        ("p", Side::Perception),
        ("感知", Side::Perception),
    ];
    let (side, digits) = PREFIXES
        .iter()
        .find_map(|(prefix, side)| name.strip_prefix(prefix).map(|rest| (*side, rest.trim_start())))
        .filter(|(_, digits)| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| SurveyError::UnknownColumn(cut(name)))?;
    // All digits, so only a number too big for usize fails to parse: out of range either way.
    let number = digits.parse::<usize>().unwrap_or(usize::MAX);
    if number == 0 || number > statements {
        return Err(SurveyError::StatementOutOfRange { column: cut(name), statements });
    }
    Ok(Column::Score(number - 1, side, name.to_owned()))
}

/// A row's answers as (statement, side, score), or why the row is left out.
fn scores(record: &ByteRecord, columns: &[Column]) -> Result<Vec<(usize, Side, u8)>, RowProblem> {
    if record.len() != columns.len() {
        return Err(RowProblem::CellCount { found: record.len(), expected: columns.len() });
    }
    let mut found = Vec::new();
    for (field, column) in record.iter().zip(columns) {
        let Column::Score(at, side, name) = column else { continue };
        // An exported cell may carry the apostrophe that keeps text from running as a formula.
        let value = unguarded(cell(field)).trim();
        if value.is_empty() {
            continue;
        }
        match score(value) {
            Some(score) => found.push((*at, *side, score)),
            None => return Err(RowProblem::NotAScore { column: cut(name), value: cut(value) }),
        }
    }
    Ok(found)
}

/// An integer on the 1–7 scale written in plain digits (`05` is 5; `5.0`, `+5` are not scores).
fn score(text: &str) -> Option<u8> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u8>().ok().filter(|s| (SCALE_MIN..=SCALE_MAX).contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, statements: usize) -> SurveyPreview {
        read_survey(text.as_bytes(), statements).expect("a survey")
    }

    fn refusal(text: &str, statements: usize) -> SurveyError {
        read_survey(text.as_bytes(), statements).expect_err("refused")
    }

    fn tally(answers: &[u8]) -> Tally {
        let mut t = Tally::default();
        answers.iter().for_each(|&a| t.add(a));
        t
    }

    #[test]
    fn an_english_survey_is_tallied_per_statement_and_side() {
        let preview = read("respondent,E1,P1,E2,P2\nr1,7,5,6,4\nr2,6,6,7,3\n", 2);
        assert_eq!(preview.respondents, 2);
        assert_eq!(preview.tallies, vec![(tally(&[7, 6]), tally(&[5, 6])), (tally(&[6, 7]), tally(&[4, 3]))]);
        assert!(preview.bad_rows.is_empty());
        assert_eq!(preview.blank_rows, 0);
    }

    #[test]
    fn a_chinese_header_reads_the_same() {
        let preview = read("受访者,期望1,感知1,期望2,感知2\n张三,7,5,6,4\n", 3);
        assert_eq!(preview.respondents, 1);
        assert_eq!(preview.tallies[1], (tally(&[6]), tally(&[4])));
        assert_eq!(preview.tallies[2], Default::default());
        assert_eq!(preview.tallies.len(), 3);
    }

    #[test]
    fn columns_come_in_any_order_in_any_case_and_without_a_respondent_column() {
        let preview = read(" p2 ,e1, 感知1 ,E2\n1,2,3,4\n", 2);
        assert_eq!(preview.tallies, vec![(tally(&[2]), tally(&[3])), (tally(&[4]), tally(&[1]))]);
        let preview = read("E1,RESPONDENT\n5,x\n", 1);
        assert_eq!((preview.respondents, preview.tallies[0].0), (1, tally(&[5])));
    }

    #[test]
    fn blank_cells_are_unanswered_and_rows_without_scores_are_blank() {
        let text = "respondent,E1,P1\nr1,,5\n,,\n\nr2, , \n,\n r3 , 7 ,6\n";
        let preview = read(text, 1);
        assert_eq!(preview.respondents, 2);
        assert_eq!(preview.tallies[0], (tally(&[7]), tally(&[5, 6])));
        assert_eq!(preview.blank_rows, 3, "`,,`, the numbered `r2` without answers and `,`");
        assert!(preview.bad_rows.is_empty());
    }

    #[test]
    fn a_bad_row_is_left_out_and_reported_at_the_line_it_starts_on() {
        let text = "respondent,E1,P1\r\n\"two\r\nlines\",5,6\r\nr2,5\r\n\r\nr3,8,6\r\n\"a\nb\nc\",\"abcdefghijklmnopqrstuvwxyz\",1\r\nr5,7,7\r\n";
        let preview = read(text, 1);
        assert_eq!(preview.respondents, 2);
        assert_eq!(preview.tallies[0], (tally(&[5, 7]), tally(&[6, 7])));
        let expected = vec![
            BadRow { line: 4, problem: RowProblem::CellCount { found: 2, expected: 3 } },
            BadRow { line: 6, problem: RowProblem::NotAScore { column: "E1".into(), value: "8".into() } },
            BadRow { line: 7, problem: RowProblem::NotAScore { column: "E1".into(), value: "abcdefghijklmnopqrst…".into() } },
        ];
        assert_eq!(preview.bad_rows, expected);
    }

    #[test]
    fn only_plain_integers_from_1_to_7_are_scores() {
        for bad in ["0", "8", "5.0", "+5", "-1", "1e0", "五", "255", "256", "99999999999999999999"] {
            let preview = read(&format!("E1\n{bad}\n"), 1);
            assert_eq!(preview.bad_rows.len(), 1, "{bad}");
            assert_eq!(preview.respondents, 0);
        }
        assert_eq!(read("E1\n07\n1\n", 1).tallies[0].0, tally(&[7, 1]));
        // The apostrophe an export puts before formula-like text is not part of the value.
        let guarded = read("期望1\n'=1\n", 1).bad_rows;
        assert_eq!(guarded[0].problem, RowProblem::NotAScore { column: "期望1".into(), value: "=1".into() });
    }

    #[test]
    fn unknown_out_of_range_and_repeated_columns_refuse_the_file() {
        assert_eq!(refusal("respondent,E1,Q1\n", 2), SurveyError::UnknownColumn("Q1".into()));
        assert_eq!(refusal("E1,P1,\n", 2), SurveyError::UnknownColumn(String::new()));
        assert_eq!(refusal("E,P1\n", 2), SurveyError::UnknownColumn("E".into()));
        assert_eq!(refusal("E1x\n", 2), SurveyError::UnknownColumn("E1x".into()));
        assert_eq!(refusal("E1,P3\n", 2), SurveyError::StatementOutOfRange { column: "P3".into(), statements: 2 });
        assert_eq!(refusal("期望0\n", 2), SurveyError::StatementOutOfRange { column: "期望0".into(), statements: 2 });
        let huge = refusal("E123456789012345678901234567890\n", 2);
        assert_eq!(huge, SurveyError::StatementOutOfRange { column: "E1234567890123456789…".into(), statements: 2 });
        assert_eq!(refusal("E1,P1,e1\n", 2), SurveyError::RepeatedColumn("e1".into()));
        assert_eq!(refusal("E1,期望1\n", 2), SurveyError::RepeatedColumn("期望1".into()));
        assert_eq!(refusal("受访者,E1,respondent\n", 2), SurveyError::RepeatedColumn("respondent".into()));
        assert_eq!(refusal("respondent\nr1\n", 2), SurveyError::NoScoreColumns);
    }

    #[test]
    fn files_that_are_not_a_survey_are_refused_whole() {
        assert_eq!(refusal("", 2), SurveyError::NoHeader);
        assert_eq!(refusal("\u{feff}", 2), SurveyError::NoHeader);
        assert_eq!(refusal("\n\r\n,,\n", 2), SurveyError::NoHeader);
        assert_eq!(read_survey(b"E1\n\xff\n", 2), Err(SurveyError::NotText));
        let big = vec![b' '; MAX_SURVEY_BYTES + 1];
        assert_eq!(read_survey(&big, 2), Err(SurveyError::TooLarge { bytes: MAX_SURVEY_BYTES + 1, max: MAX_SURVEY_BYTES }));
        let long = format!("E1\n{}", "1\n".repeat(MAX_SURVEY_ROWS + 1));
        assert_eq!(refusal(&long, 1), SurveyError::TooManyRows { max: MAX_SURVEY_ROWS });
        let most = format!("E1\n{}", "1\n".repeat(MAX_SURVEY_ROWS));
        assert_eq!(read(&most, 1).respondents, MAX_SURVEY_ROWS as u32);
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_blank_lines_may_come_first() {
        let preview = read("\u{feff}E1,P1\r\n6,5\r\n", 1);
        assert_eq!(preview.tallies[0], (tally(&[6]), tally(&[5])));
        let preview = read("\n\nE1\n9\n", 1);
        assert_eq!(preview.bad_rows[0].line, 4);
    }

    #[test]
    fn ten_thousand_rows_read_and_their_tallies_add_up() {
        let mut text = String::from("respondent,E1,P1,E2,P2\r\n");
        let (mut e1, mut p2) = (Tally::default(), Tally::default());
        for i in 0..10_000u32 {
            let (a, b) = ((i % 7 + 1) as u8, ((i * 3) % 7 + 1) as u8);
            text.push_str(&format!("r{i},{a},,6,{b}\r\n"));
            e1.add(a);
            p2.add(b);
        }
        let preview = read(&text, 22);
        assert_eq!(preview.respondents, 10_000);
        assert_eq!(preview.tallies[0], (e1, Tally::default()));
        assert_eq!(preview.tallies[1].0, Tally { n: 10_000, sum: 60_000, sum_sq: 360_000 });
        assert_eq!(preview.tallies[1].1, p2);
        assert_eq!(e1.sum, (0..10_000u64).map(|i| i % 7 + 1).sum::<u64>());
        assert!(preview.tallies.iter().all(|(e, p)| e.is_consistent() && p.is_consistent()));
    }

    #[test]
    fn a_blank_form_reads_back_as_an_empty_survey() {
        let english = blank_form_csv(2, false);
        assert_eq!(english, "\u{feff}respondent,E1,P1,E2,P2\r\n");
        assert_eq!(blank_form_csv(1, true), "\u{feff}受访者,期望1,感知1\r\n");
        for form in [blank_form_csv(22, true), blank_form_csv(22, false)] {
            let preview = read(&form, 22);
            assert_eq!((preview.respondents, preview.tallies.len()), (0, 22));
        }
        assert_eq!(read_survey(blank_form_csv(0, false).as_bytes(), 0), Err(SurveyError::NoScoreColumns));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// What holds for any file read: one tally pair per statement, tallies answers could give,
    /// no more answers than respondents, bad rows below the header in file order.
    fn assert_sound(preview: &SurveyPreview, statements: usize) {
        assert_eq!(preview.tallies.len(), statements);
        for (e, p) in &preview.tallies {
            assert!(e.is_consistent() && p.is_consistent());
            assert!(e.n <= preview.respondents && p.n <= preview.respondents);
        }
        assert!(preview.bad_rows.iter().all(|row| row.line >= 2));
        assert!(preview.bad_rows.windows(2).all(|w| w[0].line < w[1].line), "{:?}", preview.bad_rows);
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "E1",
            "P1",
            "e2",
            "p3",
            "期望1",
            "感知2",
            "受访者",
            "respondent",
            "E0",
            "P99999999999999999999",
            ",",
            ",",
            ",",
            "\"",
            "\"\"",
            "\n",
            "\r\n",
            "\r",
            "1",
            "4",
            "7",
            "8",
            "0",
            "'",
            " ",
            "x",
            "\u{feff}",
            "\u{0}",
            "é",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), statements in 0usize..30) {
            if let Ok(preview) = read_survey(&bytes, statements) {
                assert_sound(&preview, statements);
            }
        }

        #[test]
        fn mangled_surveys_never_panic(
            header in prop::collection::vec(piece(), 0..12),
            body in prop::collection::vec(piece(), 0..150),
            statements in 0usize..5,
            valid_header in any::<bool>(),
        ) {
            let header = if valid_header { "respondent,E1,P1,期望2".to_owned() } else { header.concat() };
            let text = format!("{header}\n{}", body.concat());
            match read_survey(text.as_bytes(), statements) {
                Ok(preview) => assert_sound(&preview, statements),
                // Under a good header only the questionnaire's size can refuse a file.
                Err(error) => prop_assert!(!valid_header || matches!(error, SurveyError::StatementOutOfRange { .. }), "{error:?}"),
            }
        }

        #[test]
        fn well_formed_surveys_are_counted_exactly(rows in prop::collection::vec(prop::collection::vec(0u8..=8, 4), 0..40)) {
            let mut text = String::from("E1,P1,E2,P2\n");
            for row in &rows {
                let cells: Vec<String> = row.iter().map(|&s| if s == 0 { String::new() } else { s.to_string() }).collect();
                text.push_str(&cells.join(","));
                text.push('\n');
            }
            let preview = read_survey(text.as_bytes(), 2).expect("a survey");
            assert_sound(&preview, 2);
            let bad = rows.iter().filter(|r| r.contains(&8)).count();
            let blank = rows.iter().filter(|r| r.iter().all(|&s| s == 0)).count();
            prop_assert_eq!(preview.bad_rows.len(), bad);
            prop_assert_eq!(preview.blank_rows as usize, blank);
            prop_assert_eq!(preview.respondents as usize, rows.len() - bad - blank);
        }
    }
}
