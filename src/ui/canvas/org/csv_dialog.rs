//! The CSV import preview: how many rows can be imported, every bad row by line number with
//! its reason, the first rows as they will be imported, and the choice to replace the chart
//! or add beside it. Nothing changes until the user confirms.

use crate::i18n::{format_bytes, Lang, OrgText, Text};
use crate::model::org::table::{CsvError, CsvImport, RowError, RowProblem};
use crate::ui::use_lang;
use crate::ui::widgets::dialog::use_modal;
use std::rc::Rc;
use yew::prelude::*;

/// Rows shown in the preview table.
const PREVIEW_ROWS: usize = 50;
/// Problems listed (the count says how many more there are).
const LISTED_ERRORS: usize = 200;

pub fn describe_csv_error(lang: Lang, error: &CsvError) -> String {
    match error {
        CsvError::Empty => lang.tr(OrgText::CsvEmpty).to_owned(),
        CsvError::BadHeader { found } => {
            let found: String = found.chars().take(120).collect();
            format!("{} {}", lang.trf(OrgText::CsvBadHeader, &[&found]), lang.tr(OrgText::CsvHeaderHelp))
        }
        CsvError::TooLarge { bytes, max } => lang.trf(OrgText::CsvTooLarge, &[&format_bytes(*bytes), &format_bytes(*max)]),
        CsvError::TooManyRows { rows, max } => lang.trf(OrgText::CsvTooManyRows, &[&rows.to_string(), &max.to_string()]),
        CsvError::NotText => lang.tr(OrgText::CsvNotText).to_owned(),
    }
}

pub fn describe_row_error(lang: Lang, error: &RowError) -> String {
    let reason = match &error.problem {
        RowProblem::MissingId => lang.tr(OrgText::CsvMissingId).to_owned(),
        RowProblem::MissingTitle => lang.tr(OrgText::CsvMissingTitle).to_owned(),
        RowProblem::DuplicateId(id) => lang.trf(OrgText::CsvDuplicateId, &[id]),
        RowProblem::UnknownParent(id) => lang.trf(OrgText::CsvUnknownParent, &[id]),
        RowProblem::Cycle => lang.tr(OrgText::CsvCycle).to_owned(),
        RowProblem::ParentRejected(id) => lang.trf(OrgText::CsvParentRejected, &[id]),
        RowProblem::BadHeadcount(value) => lang.trf(OrgText::CsvBadHeadcount, &[value]),
        RowProblem::WrongColumnCount { found, expected } => lang.trf(OrgText::CsvColumnCount, &[&found.to_string(), &expected.to_string()]),
        RowProblem::TooLong { column, chars } => lang.trf(OrgText::CsvTooLong, &[column, &chars.to_string()]),
        RowProblem::Unreadable(why) => lang.trf(OrgText::CsvUnreadable, &[why]),
    };
    lang.trf(OrgText::CsvLine, &[&error.line.to_string(), &reason])
}

#[derive(Properties, PartialEq)]
pub struct CsvDialogProps {
    pub import: Rc<CsvImport>,
    /// How many positions the chart has now.
    pub existing: usize,
    /// Import, replacing the chart (`true`) or beside it.
    pub on_import: Callback<bool>,
    pub on_cancel: Callback<()>,
}

#[function_component(CsvDialog)]
pub fn csv_dialog(props: &CsvDialogProps) -> Html {
    let lang = use_lang();
    let first = use_node_ref();
    use_modal(first.clone(), props.on_cancel.clone());
    let import = &props.import;
    let good = import.draft.positions.len();
    let bad = import.errors.len();
    let errors = import.errors.iter().take(LISTED_ERRORS).map(|e| html! { <li>{ describe_row_error(lang, e) }</li> });
    let parent_title = |p: Option<usize>| p.and_then(|i| import.draft.positions.get(i)).map(|d| d.details.title.clone()).unwrap_or_default();
    let rows = import.draft.positions.iter().take(PREVIEW_ROWS).map(|p| {
        let holder = if p.details.holder.is_empty() { lang.tr(OrgText::Vacant).to_owned() } else { p.details.holder.clone() };
        html! {
            <tr>
                <td>{ &p.details.title }</td><td>{ parent_title(p.parent) }</td><td>{ holder }</td>
                <td>{ format!("{}/{}", p.details.filled, p.details.planned) }</td>
                <td>{ &p.details.level }</td><td>{ &p.details.code }</td><td>{ &p.details.department }</td>
            </tr>
        }
    });
    let import_as = |replace: bool| props.on_import.reform(move |_| replace);
    html! {
        <div class="dialog-backdrop">
            <div class="dialog csv-dialog" role="dialog" aria-modal="true" aria-labelledby="csv-title">
                <h2 id="csv-title">{ lang.tr(OrgText::CsvPreviewTitle) }</h2>
                <p>{ lang.trf(OrgText::CsvSummary, &[&import.rows.to_string(), &good.to_string(), &bad.to_string()]) }</p>
                if bad > 0 {
                    <ul class="csv-errors" role="alert">{ for errors }</ul>
                }
                if good == 0 {
                    <p>{ lang.tr(OrgText::CsvNothing) }</p>
                } else {
                    <div class="csv-preview">
                        <table>
                            <thead><tr>
                                <th scope="col">{ lang.tr(OrgText::PositionTitle) }</th>
                                <th scope="col">{ lang.tr(OrgText::ReportsTo) }</th>
                                <th scope="col">{ lang.tr(OrgText::Holder) }</th>
                                <th scope="col">{ lang.tr(OrgText::FilledColumn) }{ "/" }{ lang.tr(OrgText::PlannedColumn) }</th>
                                <th scope="col">{ lang.tr(OrgText::Level) }</th>
                                <th scope="col">{ lang.tr(OrgText::Code) }</th>
                                <th scope="col">{ lang.tr(OrgText::Department) }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                }
                <div class="dialog-buttons">
                    if good > 0 && props.existing > 0 {
                        <button class="button primary" ref={first.clone()} onclick={import_as(false)}>{ lang.tr(OrgText::AddBeside) }</button>
                        <button class="button danger" onclick={import_as(true)}>{ lang.tr(OrgText::ReplaceChart) }</button>
                    } else if good > 0 {
                        <button class="button primary" ref={first.clone()} onclick={import_as(true)}>{ lang.tr(OrgText::Import) }</button>
                    }
                    <button class="button" onclick={props.on_cancel.reform(|_| ())}>{ lang.tr(Text::Cancel) }</button>
                </div>
            </div>
        </div>
    }
}
