//! The org-chart canvas: toolbar (add, templates, layout direction, CSV import, exports,
//! printing), the interactive chart, and a side panel with the selected position's job
//! description or the design checks. The document comes in as `org` and leaves as `Command`s;
//! selection, renaming, dialogs and the camera are view state and never enter the undo history.

mod chart;
mod chart_body;
mod chart_camera;
mod chart_pointer;
mod checks_panel;
mod csv_dialog;
mod export;
mod jd;
pub mod print;
mod register;
mod template_picker;
mod view;

pub use export::{chart_svg, export_org, OrgExport};
pub use register::CANVAS;

use crate::i18n::{OrgText, Text};
use crate::interaction::org_chart::ChartAction;
use crate::model::org::layout::layout;
use crate::model::org::table::{read_csv, CsvImport, MAX_CSV_BYTES};
use crate::model::org::templates::{template_draft, Template};
use crate::model::org::{DeleteMode, Direction, OrgCanvas, OrgCommand, Tree};
use crate::model::{Command, ItemId};
use crate::ui::canvas::OnCreate;
use crate::ui::use_lang;
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::printing::use_printing;
use crate::ui::widgets::toast::{use_toaster, Toast};
use chart::OrgChart;
use checks_panel::ChecksPanel;
use csv_dialog::{describe_csv_error, CsvDialog};
use gloo::file::callbacks::{read_as_bytes, FileReader};
use jd::JobPanel;
use print::PrintJobs;
use std::rc::Rc;
use template_picker::TemplatePicker;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OrgViewProps {
    pub org: Rc<OrgCanvas>,
    pub on_command: Callback<Command>,
    /// Adds a position and says its id, to rename it at once.
    pub on_create: OnCreate,
    pub on_export: Callback<OrgExport>,
}

#[derive(Clone, PartialEq)]
enum Modal {
    Delete(ItemId),
    Templates,
    Csv(Rc<CsvImport>),
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Job,
    Checks,
}

#[function_component(OrgView)]
pub fn org_view(props: &OrgViewProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let selected = use_state(|| None::<ItemId>);
    let editing = use_state(|| None::<ItemId>);
    let side = use_state(|| Side::Job);
    let modal = use_state(|| None::<Modal>);
    let reveal = use_state(|| 0u32);
    let fit = use_state(|| 0u32);
    // The job descriptions being printed, in order.
    let printing = use_printing::<Rc<Vec<ItemId>>>();
    let reader = use_mut_ref(|| None::<FileReader>);
    let chart_layout = use_memo(props.org.clone(), |org| layout(org));
    // A template, an import or a new direction fits the chart to the view once the document
    // that results has arrived (it comes back from the editor after this component's state).
    let fit_after = use_mut_ref(|| None::<Rc<OrgCanvas>>);
    {
        let (fit_after, fit) = (fit_after.clone(), fit.clone());
        use_effect_with(props.org.clone(), move |org| {
            let due = fit_after.borrow().as_ref().is_some_and(|before| !Rc::ptr_eq(before, org));
            if due {
                *fit_after.borrow_mut() = None;
                fit.set(*fit + 1);
            }
        });
    }
    let request_fit = {
        let (fit_after, org) = (fit_after.clone(), props.org.clone());
        move || *fit_after.borrow_mut() = Some(org.clone())
    };

    // A selection whose position is gone (deleted, undone) is no selection.
    let selected_id = selected.filter(|id| props.org.position(*id).is_some());
    let org_command = {
        let on_command = props.on_command.clone();
        use_memo((), move |_| on_command.reform(Command::Org))
    };
    let org_command = (*org_command).clone();

    let on_action = {
        let (selected, editing, modal, org, org_command, on_create) =
            (selected.clone(), editing.clone(), modal.clone(), props.org.clone(), org_command.clone(), props.on_create.clone());
        Callback::from(move |action: ChartAction| match action {
            ChartAction::Select(id) => selected.set(id),
            ChartAction::Edit(id) => editing.set(id),
            ChartAction::Delete(id) => {
                let has_children = org.positions.iter().any(|p| p.parent == Some(id));
                if has_children {
                    modal.set(Some(Modal::Delete(id)));
                } else {
                    selected.set(org.position(id).and_then(|p| p.parent));
                    org_command.emit(OrgCommand::Delete { id, mode: DeleteMode::LiftChildren });
                }
            }
            ChartAction::Command(command) => org_command.emit(command),
            ChartAction::AddAndEdit(command) => {
                let (selected, editing) = (selected.clone(), editing.clone());
                let edit_it = Callback::from(move |created: Vec<ItemId>| {
                    selected.set(created.first().copied());
                    editing.set(created.first().copied());
                });
                on_create.emit((Command::Org(command), edit_it));
            }
        })
    };
    let add = |parent_of: fn(Option<&crate::model::org::Position>) -> Option<Option<ItemId>>| {
        let (on_action, org, selected_id) = (on_action.clone(), props.org.clone(), selected_id);
        let title = lang.tr(OrgText::NewPosition).to_owned();
        Callback::from(move |_| {
            let current = selected_id.and_then(|id| org.position(id));
            if let Some(parent) = parent_of(current) {
                let index = current
                    .filter(|c| c.parent == parent)
                    .and_then(|c| org.positions.iter().filter(|p| p.parent == c.parent).position(|p| p.id == c.id).map(|i| i + 1));
                on_action.emit(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent, index, title: title.clone() }));
            }
        })
    };
    let add_top = add(|_| Some(None));
    let add_child = add(|current| current.map(|p| Some(p.id)));
    let add_sibling = add(|current| current.map(|p| p.parent));
    let delete_selected = {
        let on_action = on_action.clone();
        Callback::from(move |_| {
            if let Some(id) = selected_id {
                on_action.emit(ChartAction::Delete(id));
            }
        })
    };
    let set_direction = {
        let (org_command, request_fit) = (org_command.clone(), request_fit.clone());
        Callback::from(move |e: Event| {
            request_fit();
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let direction = if select.value() == "left_right" { Direction::LeftRight } else { Direction::TopDown };
            org_command.emit(OrgCommand::SetDirection { direction });
        })
    };
    let on_csv = {
        let (reader, modal, toaster) = (reader.clone(), modal.clone(), toaster.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            // The same file can be chosen again after fixing it.
            input.set_value("");
            let size = file.size() as usize;
            if size > MAX_CSV_BYTES {
                let error = crate::model::org::table::CsvError::TooLarge { bytes: size, max: MAX_CSV_BYTES };
                toaster.show(Toast::text(describe_csv_error(lang, &error)));
                return;
            }
            let (modal, toaster) = (modal.clone(), toaster.clone());
            let task = read_as_bytes(&gloo::file::File::from(file), move |result| match result.map(|bytes| read_csv(&bytes)) {
                Ok(Ok(import)) => modal.set(Some(Modal::Csv(Rc::new(import)))),
                Ok(Err(error)) => toaster.show(Toast::text(describe_csv_error(lang, &error))),
                Err(error) => toaster.show(Toast::text(error.to_string())),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let export = |what: OrgExport, label: OrgText| {
        let on_export = props.on_export.clone();
        html! { <button class="button" onclick={Callback::from(move |_| on_export.emit(what))}>{ lang.tr(label) }</button> }
    };
    let print_all = {
        let (printing, org) = (printing.clone(), props.org.clone());
        Callback::from(move |_| {
            let tree = Tree::new(&org);
            let order: Vec<ItemId> = tree.roots().iter().flat_map(|&r| tree.subtree(r)).map(|i| org.positions[i].id).collect();
            printing.set(Some(Rc::new(order)));
        })
    };
    let print_one = {
        let printing = printing.clone();
        use_callback(selected_id, move |_: (), selected_id| {
            if let Some(id) = selected_id {
                printing.set(Some(Rc::new(vec![*id])));
            }
        })
    };
    // Stable between "Show" clicks: the checks panel's fields keep what is being typed.
    let on_show = {
        let (selected, reveal, side) = (selected.clone(), reveal.clone(), side.clone());
        use_callback(*reveal, move |id: ItemId, count| {
            selected.set(Some(id));
            reveal.set(*count + 1);
            side.set(Side::Job);
        })
    };

    let modal_view = match &*modal {
        None => html! {},
        Some(Modal::Delete(id)) => {
            let id = *id;
            let title = props.org.position(id).map(|p| p.details.title.clone()).unwrap_or_default();
            let tree = Tree::new(&props.org);
            let below = tree.at(id).map_or(0, |at| tree.hidden_below(at));
            let choose = |mode: DeleteMode| {
                let (org_command, modal, selected, parent) =
                    (org_command.clone(), modal.clone(), selected.clone(), props.org.position(id).and_then(|p| p.parent));
                Callback::from(move |_| {
                    modal.set(None);
                    selected.set(parent);
                    org_command.emit(OrgCommand::Delete { id, mode });
                })
            };
            let close = {
                let modal = modal.clone();
                Callback::from(move |_| modal.set(None))
            };
            let buttons = vec![
                DialogButton {
                    label: lang.tr(OrgText::LiftChildren).into(),
                    primary: true,
                    danger: false,
                    onclick: choose(DeleteMode::LiftChildren),
                },
                DialogButton { label: lang.tr(OrgText::DeleteBranch).into(), primary: false, danger: true, onclick: choose(DeleteMode::WholeBranch) },
                DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: close.clone() },
            ];
            html! {
                <Dialog title={lang.trf(OrgText::DeleteTitle, &[&title])} message={lang.trf(OrgText::DeleteBody, &[&below.to_string()])}
                    {buttons} on_cancel={close} />
            }
        }
        Some(Modal::Templates) => {
            let (org_command, close, request_fit) = (org_command.clone(), modal.clone(), request_fit.clone());
            let chinese = lang == crate::i18n::Lang::ZhCn;
            let on_apply = Callback::from(move |(template, replace): (Template, bool)| {
                close.set(None);
                request_fit();
                org_command.emit(OrgCommand::Insert { draft: template_draft(template, chinese), replace });
            });
            let modal = modal.clone();
            html! { <TemplatePicker existing={props.org.positions.len()} {on_apply} on_cancel={Callback::from(move |_| modal.set(None))} /> }
        }
        Some(Modal::Csv(import)) => {
            let (org_command, close, request_fit, toaster) = (org_command.clone(), modal.clone(), request_fit.clone(), toaster.clone());
            let draft_import = import.clone();
            let on_import = Callback::from(move |replace: bool| {
                close.set(None);
                request_fit();
                let count = draft_import.draft.positions.len();
                org_command.emit(OrgCommand::Insert { draft: draft_import.draft.clone(), replace });
                toaster.show(Toast::text(lang.trf(OrgText::CsvImported, &[&count.to_string()])));
            });
            let modal = modal.clone();
            html! {
                <CsvDialog import={import.clone()} existing={props.org.positions.len()} {on_import}
                    on_cancel={Callback::from(move |_| modal.set(None))} />
            }
        }
    };

    let side_tab = |which: Side, label: OrgText| {
        let side = side.clone();
        let active = *side == which;
        html! {
            <button role="tab" class={classes!("side-tab", active.then_some("active"))} aria-selected={active.to_string()}
                onclick={Callback::from(move |_| side.set(which))}>{ lang.tr(label) }</button>
        }
    };
    let side_view = match (*side, selected_id) {
        (Side::Checks, _) => html! { <ChecksPanel org={props.org.clone()} on_command={org_command.clone()} {on_show} /> },
        (Side::Job, Some(id)) => html! {
            <JobPanel key={id.0} org={props.org.clone()} {id}
                on_command={org_command.clone()} on_print={print_one} />
        },
        (Side::Job, None) => html! { <p class="hint">{ lang.tr(OrgText::NoSelection) }</p> },
    };
    let direction_value = match props.org.direction {
        Direction::TopDown => "top_down",
        Direction::LeftRight => "left_right",
    };
    let has_selection = selected_id.is_some();
    html! {
        <section class="org">
            <div class="canvas-toolbar org-toolbar">
                <h2 class="canvas-title">{ lang.tr(OrgText::ChartTitle) }</h2>
                <button class="button" onclick={add_top}>{ lang.tr(OrgText::AddTopPosition) }</button>
                <button class="button" disabled={!has_selection} onclick={add_child}>{ lang.tr(OrgText::AddSubordinate) }</button>
                <button class="button" disabled={!has_selection} onclick={add_sibling}>{ lang.tr(OrgText::AddSibling) }</button>
                <button class="button danger" disabled={!has_selection} onclick={delete_selected}>{ lang.tr(Text::Delete) }</button>
                <button class="button" onclick={let modal = modal.clone(); Callback::from(move |_| modal.set(Some(Modal::Templates)))}>
                    { lang.tr(OrgText::Templates) }</button>
                <label class="inline-field">{ lang.tr(OrgText::LayoutDirection) }
                    <select onchange={set_direction}>
                        <option value="top_down" selected={direction_value == "top_down"}>{ lang.tr(OrgText::TopDown) }</option>
                        <option value="left_right" selected={direction_value == "left_right"}>{ lang.tr(OrgText::LeftRight) }</option>
                    </select>
                </label>
                <label class="button file-button">{ lang.tr(OrgText::ImportCsv) }
                    <input type="file" class="visually-hidden" accept=".csv,text/csv" onchange={on_csv} />
                </label>
                <details class="export-menu">
                    <summary class="button">{ lang.tr(Text::Export) }</summary>
                    <div class="menu">
                        { export(OrgExport::ChartSvg, OrgText::ExportChartSvg) }
                        { export(OrgExport::ChartPng, OrgText::ExportChartPng) }
                        { export(OrgExport::Csv, OrgText::ExportCsv) }
                        <button class="button" onclick={print_all}>{ lang.tr(OrgText::PrintAllJobs) }</button>
                    </div>
                </details>
            </div>
            <div class="org-body">
                <div class="org-main">
                    if props.org.positions.is_empty() {
                        <p class="org-empty">{ lang.tr(OrgText::EmptyChart) }</p>
                    }
                    <OrgChart org={props.org.clone()} layout={chart_layout.clone()} selected={selected_id} editing={*editing}
                        reveal={*reveal} fit={*fit} {on_action} />
                    <p class="hint keys-hint">{ lang.tr(OrgText::ChartKeysHint) }</p>
                </div>
                <aside class="org-side">
                    <div class="side-tabs" role="tablist">
                        { side_tab(Side::Job, OrgText::JobDescription) }
                        { side_tab(Side::Checks, OrgText::Checks) }
                    </div>
                    { side_view }
                </aside>
            </div>
            { modal_view }
            if let Some(ids) = &*printing {
                <PrintJobs org={props.org.clone()} ids={ids.clone()} />
            }
        </section>
    }
}
