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
#[path = "survey_tests.rs"]
mod tests;
