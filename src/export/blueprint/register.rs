//! The fail-point register as CSV (for a spreadsheet) and as a Markdown table (for a report).

use super::style::TOUCHPOINT_SYMBOL;
use super::summary_lines;
use crate::export::markdown::escape_markdown;
use crate::i18n::{lane_name, mark_label, servqual_label, BlueprintText, Lang};
use crate::model::blueprint::summary::{register, Owner, RegisterRow};
use crate::model::blueprint::BlueprintCanvas;
use crate::model::core::csv_text::write_table;
use crate::model::project::Project;
use std::fmt::Write as _;

/// The register's columns, in order.
const COLUMNS: [BlueprintText; 8] = [
    BlueprintText::Step,
    BlueprintText::Lane,
    BlueprintText::CardText,
    BlueprintText::Mark,
    BlueprintText::Servqual,
    BlueprintText::Touchpoint,
    BlueprintText::Owner,
    BlueprintText::Minutes,
];

fn header(lang: Lang) -> [String; 8] {
    COLUMNS.map(|column| lang.tr(column).to_owned())
}

/// One register row's cells in `lang`, as plain text. Nothing set (no SERVQUAL dimension, not
/// a touchpoint, no owner, no minutes) is an empty cell; a touchpoint is "★", as on the SVG.
fn cells(row: &RegisterRow, canvas: &BlueprintCanvas, lang: Lang) -> [String; 8] {
    let lane = canvas.lane(row.lane).map(|lane| lane_name(lang, lane)).unwrap_or_default();
    let owner = match &row.owner {
        Owner::Unassigned => String::new(),
        Owner::Position { title, .. } => title.clone(),
        Owner::Removed(_) => lang.tr(BlueprintText::OwnerRemoved).to_owned(),
    };
    [
        row.step_name.clone(),
        lane,
        row.text.clone(),
        lang.tr(mark_label(row.mark)).to_owned(),
        row.servqual.map(|d| lang.tr(servqual_label(d)).to_owned()).unwrap_or_default(),
        if row.touchpoint { TOUCHPOINT_SYMBOL.to_owned() } else { String::new() },
        owner,
        row.minutes.map(|m| m.to_string()).unwrap_or_default(),
    ]
}

/// The fail-point register of `project` as CSV: a BOM, the header in `lang`, then one row per
/// fail or wait point in blueprint order. Cells holding commas, quotes or line breaks are
/// quoted; CRLF line ends, as spreadsheets write them.
pub fn register_csv(project: &Project, lang: Lang) -> String {
    let canvas = &*project.blueprint;
    let rows = register(canvas, &project.org).into_iter().map(|row| cells(&row, canvas, lang));
    write_table(std::iter::once(header(lang)).chain(rows))
}

/// One Markdown table row; every cell is made one line of literal text.
fn table_row(out: &mut String, cells: &[String]) {
    out.push('|');
    for cell in cells {
        let _ = write!(out, " {} |", escape_markdown(cell));
    }
    out.push('\n');
}

/// The fail-point register of `project` as Markdown: `# name`, `## register`, the summary as
/// a list, then a table with a row per fail or wait point (or a note that there are none).
pub fn register_markdown(project: &Project, lang: Lang) -> String {
    let canvas = &*project.blueprint;
    let mut out = format!("# {}\n\n## {}\n\n", escape_markdown(&project.name), lang.tr(BlueprintText::Register));
    for line in summary_lines(canvas, lang, escape_markdown) {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
    let rows = register(canvas, &project.org);
    if rows.is_empty() {
        let _ = writeln!(out, "*{}*", lang.tr(BlueprintText::NoMarkedCards));
        return out;
    }
    table_row(&mut out, &header(lang));
    out.push('|');
    out.push_str(&" --- |".repeat(COLUMNS.len()));
    out.push('\n');
    for row in &rows {
        table_row(&mut out, &cells(row, canvas, lang));
    }
    out
}
