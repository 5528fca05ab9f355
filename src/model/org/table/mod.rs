//! The org chart as a CSV table, so a chart can be drafted or reviewed in a spreadsheet.
//!
//! The file has one header row and then one row per position:
//!
//! ```text
//! id,parent_id,title,holder,headcount,level,code,department
//! ```
//!
//! or the same columns under the Chinese header `编号,上级编号,职务名称,任职者,编制,级别,岗位编码,部门`.
//! `id` is any text naming the row; `parent_id` names the row of the position it reports to
//! (empty for a top position). `headcount` is `planned` (`3`: three planned, all filled if a
//! holder is named, none otherwise), `filled/planned` (`2/3`), or empty (one planned).
//! Job descriptions, duties and dotted lines are not part of the table.
//!
//! Import is forgiving per row and strict per file: a file that is not the table at all (not
//! UTF-8, wrong header, too big) is refused as a whole, while a bad row is left out and
//! reported with its line number so the user can fix it and import again. Rows under a left-out
//! row are left out too (the branch would otherwise silently move to the top). Every walk is
//! iterative: a 10,000-deep chain listed child-first imports without recursion.

mod resolve;

use resolve::assemble;

use super::checks::chart_order;
use super::{ChartDraft, OrgCanvas, PositionDetails, Tree, MAX_FIELD_CHARS, MAX_HEADCOUNT};
use crate::model::core::csv_text::{unguarded, write_table, Lines, BOM};
use csv::{ReaderBuilder, StringRecord};

/// The header row written, and accepted on import.
pub const HEADER: [&str; 8] = ["id", "parent_id", "title", "holder", "headcount", "level", "code", "department"];
/// The Chinese header row, also accepted on import (same columns, same order).
pub const HEADER_ZH: [&str; 8] = ["编号", "上级编号", "职务名称", "任职者", "编制", "级别", "岗位编码", "部门"];
/// Largest CSV file accepted, in bytes.
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;
/// Most data rows a CSV file may have.
pub const MAX_CSV_ROWS: usize = 20_000;

/// Writes the chart: a BOM, [`HEADER`], then one row per position in chart order (parents
/// first, siblings in order). `id` and `parent_id` are the positions' id numbers; headcount is
/// written as `filled/planned`, which keeps both figures.
pub fn write_csv(canvas: &OrgCanvas) -> String {
    let tree = Tree::new(canvas);
    let rows = chart_order(&tree).into_iter().map(|at| row_of(&tree, at));
    write_table(std::iter::once(HEADER.map(str::to_owned)).chain(rows))
}

/// The cells of the position at `at`. The parent is written only when it exists in the chart,
/// so a dangling link in a damaged canvas does not make the file unreadable.
fn row_of(tree: &Tree, at: usize) -> [String; 8] {
    let position = &tree.canvas.positions[at];
    let parent = position.parent.filter(|&p| tree.at(p).is_some_and(|p| p != at));
    let details = &position.details;
    [
        position.id.0.to_string(),
        parent.map(|p| p.0.to_string()).unwrap_or_default(),
        details.title.clone(),
        details.holder.clone(),
        format!("{}/{}", details.filled, details.planned),
        details.level.clone(),
        details.code.clone(),
        details.department.clone(),
    ]
}

/// Why one row was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    MissingId,
    MissingTitle,
    /// An earlier row already has this id (the first row with an id owns it).
    DuplicateId(String),
    /// No row has the id given as parent.
    UnknownParent(String),
    /// The row is part of a loop of parent links.
    Cycle,
    /// The row's parent (this id) was left out, so the row cannot be placed.
    ParentRejected(String),
    /// The headcount cell (this text) is not `planned`, `filled/planned` or empty, or a figure
    /// is above `MAX_HEADCOUNT`.
    BadHeadcount(String),
    /// The row has the wrong number of cells.
    WrongColumnCount {
        found: usize,
        expected: usize,
    },
    /// A cell is longer than `MAX_FIELD_CHARS` characters; `column` is its header name.
    TooLong {
        column: &'static str,
        chars: usize,
    },
    /// The CSV reader could not read the row.
    Unreadable(String),
}

/// A row left out of the import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line of the file where the row starts (the header is line 1; a quoted cell
    /// spanning several lines moves later rows down, as in a text editor).
    pub line: u64,
    pub problem: RowProblem,
}

/// Why a whole file was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error("the first row is not the expected header")]
    BadHeader { found: String },
    #[error("the file has {bytes} bytes; at most {max} are allowed")]
    TooLarge { bytes: usize, max: usize },
    #[error("the file has {rows} rows; at most {max} are allowed")]
    TooManyRows { rows: usize, max: usize },
    #[error("the file is not UTF-8 text")]
    NotText,
}

/// What an import produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvImport {
    /// The good rows, parents before children, ready for `OrgCommand::Insert`.
    pub draft: ChartDraft,
    /// The rows left out, in file order.
    pub errors: Vec<RowError>,
    /// Data rows read (good and bad; blank lines are skipped).
    pub rows: usize,
}

/// Reads a chart from CSV bytes. Never panics: anything that is not a table is a [`CsvError`],
/// anything wrong in a row is a [`RowError`].
pub fn read_csv(bytes: &[u8]) -> Result<CsvImport, CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge { bytes: bytes.len(), max: MAX_CSV_BYTES });
    }
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| CsvError::NotText)?;
    let mut reader = ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut lines = Lines::new(text.as_bytes());
    let columns = read_header(&mut reader)?;
    let (rows, count) = read_rows(&mut reader, &mut lines, columns);
    if count > MAX_CSV_ROWS {
        return Err(CsvError::TooManyRows { rows: count, max: MAX_CSV_ROWS });
    }
    Ok(assemble(rows))
}

/// Reads the first non-blank row and returns the column names to report problems with: the
/// English or the Chinese ones, whichever the file uses.
fn read_header(reader: &mut csv::Reader<&[u8]>) -> Result<&'static [&'static str; 8], CsvError> {
    let mut record = StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Err(CsvError::Empty),
            Ok(true) if is_blank(&record) => continue,
            Ok(true) => break,
            Err(_) => return Err(CsvError::BadHeader { found: String::new() }),
        }
    }
    let cells: Vec<&str> = record.iter().map(str::trim).collect();
    let matches = |header: &[&str; 8]| cells.len() == header.len() && cells.iter().zip(header).all(|(cell, name)| cell.eq_ignore_ascii_case(name));
    if matches(&HEADER) {
        Ok(&HEADER)
    } else if matches(&HEADER_ZH) {
        Ok(&HEADER_ZH)
    } else {
        Err(CsvError::BadHeader { found: shortened(&cells.join(","), 100) })
    }
}

/// Rows spreadsheets save for empty lines (`,,,,,,,`) are not rows of the chart.
fn is_blank(record: &StringRecord) -> bool {
    record.iter().all(|cell| cell.trim().is_empty())
}

fn shortened(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// One data row as read, before the rows are linked to each other.
struct Row {
    line: u64,
    /// The id cell, cleaned; empty when missing. Even a bad row claims its id, so rows below
    /// it are reported as under a rejected parent rather than under an unknown one.
    id: String,
    parent: String,
    details: Result<PositionDetails, RowProblem>,
}

/// Reads every data row; returns those kept (at most [`MAX_CSV_ROWS`] + 1, enough to know the
/// file is too long) and how many there are in all.
fn read_rows(reader: &mut csv::Reader<&[u8]>, lines: &mut Lines, columns: &'static [&'static str; 8]) -> (Vec<Row>, usize) {
    let mut rows = Vec::new();
    let mut count = 0;
    let mut record = StringRecord::new();
    loop {
        let before = reader.position().byte();
        let row = match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) if is_blank(&record) => continue,
            Ok(true) => {
                let line = lines.record_start(record.position().map_or(before, csv::Position::byte));
                parse_row(&record, line, columns)
            }
            Err(error) => {
                // A reader that fails without moving on would fail the same way forever.
                if reader.position().byte() == before {
                    break;
                }
                let line = lines.record_start(error.position().map_or(before, csv::Position::byte));
                Row { line, id: String::new(), parent: String::new(), details: Err(RowProblem::Unreadable(error.to_string())) }
            }
        };
        count += 1;
        if rows.len() <= MAX_CSV_ROWS {
            rows.push(row);
        }
    }
    (rows, count)
}

/// Control characters become spaces and the ends are trimmed, as the model does when a
/// position's details are edited; the apostrophe an export puts before formula-like text is
/// dropped (see [`crate::model::core::csv_text::guarded`]); everything else is kept exactly.
fn clean(cell: &str) -> String {
    let flat: String = cell.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    unguarded(flat.trim()).to_owned()
}

/// Checks one row's cells on their own (its links to other rows are checked later).
fn parse_row(record: &StringRecord, line: u64, columns: &'static [&'static str; 8]) -> Row {
    let cells: Vec<String> = record.iter().map(clean).collect();
    let id = cells.first().cloned().unwrap_or_default();
    let parent = cells.get(1).cloned().unwrap_or_default();
    let details = match <[String; 8]>::try_from(cells) {
        Ok(cells) => details_of(cells, columns),
        Err(cells) => Err(RowProblem::WrongColumnCount { found: cells.len(), expected: HEADER.len() }),
    };
    Row { line, id, parent, details }
}

fn details_of(cells: [String; 8], columns: &'static [&'static str; 8]) -> Result<PositionDetails, RowProblem> {
    for (cell, column) in cells.iter().zip(columns) {
        let chars = cell.chars().count();
        if chars > MAX_FIELD_CHARS {
            return Err(RowProblem::TooLong { column, chars });
        }
    }
    let [id, _parent, title, holder, headcount, level, code, department] = cells;
    if id.is_empty() {
        return Err(RowProblem::MissingId);
    }
    if title.is_empty() {
        return Err(RowProblem::MissingTitle);
    }
    let (filled, planned) = parse_headcount(&headcount, !holder.is_empty()).ok_or(RowProblem::BadHeadcount(headcount))?;
    Ok(PositionDetails { title, holder, planned, filled, level, code, department })
}

/// `(filled, planned)` from a headcount cell: empty is one planned, `n` is n planned, and
/// `f/p` is f filled of p planned. Without a `/`, a post with a named holder counts as filled.
fn parse_headcount(cell: &str, held: bool) -> Option<(u32, u32)> {
    if cell.is_empty() {
        return Some((u32::from(held), 1));
    }
    match cell.split_once('/') {
        Some((filled, planned)) => Some((count(filled)?, count(planned)?)),
        None => count(cell).map(|planned| (if held { planned } else { 0 }, planned)),
    }
}

/// A figure of plain digits (no sign) up to `MAX_HEADCOUNT`.
fn count(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|&n| n <= MAX_HEADCOUNT)
}
