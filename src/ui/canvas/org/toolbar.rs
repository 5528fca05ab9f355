//! The org canvas's toolbar: add a top position, a subordinate or a sibling of the selected
//! one, delete, templates, layout direction, CSV import, and the export menu (SVG, PNG, CSV,
//! every job description printed).

use super::export::OrgExport;
use crate::i18n::{Lang, OrgText, Text};
use crate::interaction::org_chart::ChartAction;
use crate::model::org::{Direction, OrgCanvas, OrgCommand, Position};
use crate::model::ItemId;
use crate::ui::widgets::choice::{Choice, ChoiceOption};
use std::rc::Rc;
use yew::prelude::*;

/// What the toolbar shows and where its buttons go.
pub struct OrgToolbarProps {
    pub org: Rc<OrgCanvas>,
    pub selected: Option<ItemId>,
    pub on_action: Callback<ChartAction>,
    pub on_direction: Callback<Direction>,
    pub on_templates: Callback<()>,
    /// The CSV file input changed.
    pub on_csv: Callback<Event>,
    pub on_export: Callback<OrgExport>,
    pub on_print_all: Callback<()>,
}

/// Where "add" puts a new position, given the selected one: its parent (`None` for the top),
/// or `None` when it needs a selection there is not.
type ParentOf = fn(Option<&Position>) -> Option<Option<ItemId>>;

pub fn org_toolbar(lang: Lang, props: &OrgToolbarProps) -> Html {
    let add = |parent_of: ParentOf| {
        let (on_action, org, selected) = (props.on_action.clone(), props.org.clone(), props.selected);
        let title = lang.tr(OrgText::NewPosition).to_owned();
        Callback::from(move |_| {
            let current = selected.and_then(|id| org.position(id));
            if let Some(parent) = parent_of(current) {
                // A sibling goes just after the selected position.
                let index = current
                    .filter(|c| c.parent == parent)
                    .and_then(|c| org.positions.iter().filter(|p| p.parent == c.parent).position(|p| p.id == c.id).map(|i| i + 1));
                on_action.emit(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent, index, title: title.clone() }));
            }
        })
    };
    let delete_selected = {
        let (on_action, selected) = (props.on_action.clone(), props.selected);
        Callback::from(move |_| {
            if let Some(id) = selected {
                on_action.emit(ChartAction::Delete(id));
            }
        })
    };
    let set_direction = props.on_direction.reform(|value: String| if value == "left_right" { Direction::LeftRight } else { Direction::TopDown });
    let directions: Rc<[ChoiceOption]> =
        Rc::from([ChoiceOption::new("top_down", lang.tr(OrgText::TopDown)), ChoiceOption::new("left_right", lang.tr(OrgText::LeftRight))]);
    let export = |what: OrgExport, label: OrgText| {
        let on_export = props.on_export.clone();
        html! { <button class="button" onclick={Callback::from(move |_| on_export.emit(what))}>{ lang.tr(label) }</button> }
    };
    let left_right = props.org.direction == Direction::LeftRight;
    let has_selection = props.selected.is_some();
    html! {
        <div class="canvas-toolbar org-toolbar">
            <h2 class="canvas-title">{ lang.tr(OrgText::ChartTitle) }</h2>
            <button class="button" onclick={add(|_| Some(None))}>{ lang.tr(OrgText::AddTopPosition) }</button>
            <button class="button" disabled={!has_selection} onclick={add(|current| current.map(|p| Some(p.id)))}>{ lang.tr(OrgText::AddSubordinate) }</button>
            <button class="button" disabled={!has_selection} onclick={add(|current| current.map(|p| p.parent))}>{ lang.tr(OrgText::AddSibling) }</button>
            <button class="button danger" disabled={!has_selection} onclick={delete_selected}>{ lang.tr(Text::Delete) }</button>
            <button class="button" onclick={props.on_templates.reform(|_| ())}>{ lang.tr(OrgText::Templates) }</button>
            <label class="inline-field">{ lang.tr(OrgText::LayoutDirection) }
                <Choice value={if left_right { "left_right" } else { "top_down" }} options={directions} on_change={set_direction} />
            </label>
            <label class="button file-button">{ lang.tr(OrgText::ImportCsv) }
                <input type="file" class="visually-hidden" accept=".csv,text/csv" onchange={props.on_csv.clone()} />
            </label>
            <details class="export-menu">
                <summary class="button">{ lang.tr(Text::Export) }</summary>
                <div class="menu">
                    { export(OrgExport::ChartSvg, OrgText::ExportChartSvg) }
                    { export(OrgExport::ChartPng, OrgText::ExportChartPng) }
                    { export(OrgExport::Csv, OrgText::ExportCsv) }
                    <button class="button" onclick={props.on_print_all.reform(|_| ())}>{ lang.tr(OrgText::PrintAllJobs) }</button>
                </div>
            </details>
        </div>
    }
}
