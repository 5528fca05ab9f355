//! The service-blueprint canvas: toolbar (add a step, templates, exports), the grid of steps ×
//! lanes with its cards and connectors, a side panel for the selected card, step or lane, and
//! the summary with the fail-point register below. The document comes in as `blueprint` (and
//! `org` for owners, `swot` for sent fail points) and leaves as `Command`s; selection, in-place
//! editing, connecting and dialogs are view state and never enter the undo history.

mod drawing;
mod export;
mod grid;
mod grid_editor;
mod grid_pointer;
mod panels;
mod register;
mod summary_panel;

pub use export::{export_blueprint, BlueprintExport};
pub use register::CANVAS;

use crate::i18n::{BlueprintText, Lang, Text};
use crate::interaction::blueprint_grid::{Editing, GridAction, Selection};
use crate::model::blueprint::layout::layout;
use crate::model::blueprint::summary::{summary, touchpoints};
use crate::model::blueprint::templates::{template_draft, BlueprintTemplate};
use crate::model::blueprint::{BlueprintCanvas, BlueprintCommand};
use crate::model::org::OrgCanvas;
use crate::model::swot::SwotCanvas;
use crate::model::{Command, ItemId};
use crate::ui::canvas::OnCreate;
use crate::ui::use_lang;
use crate::ui::widgets::dialog::use_modal;
use grid::Grid;
use panels::Panel;
use std::rc::Rc;
use summary_panel::SummaryPanel;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BlueprintViewProps {
    pub blueprint: Rc<BlueprintCanvas>,
    pub org: Rc<OrgCanvas>,
    pub swot: Rc<SwotCanvas>,
    pub on_command: Callback<Command>,
    /// Adds a step or card and says its id, to edit it at once.
    pub on_create: OnCreate,
    pub on_export: Callback<BlueprintExport>,
    /// A card to select when the view opens (shown from another canvas).
    #[prop_or_default]
    pub reveal: Option<ItemId>,
}

#[function_component(BlueprintView)]
pub fn blueprint_view(props: &BlueprintViewProps) -> Html {
    let lang = use_lang();
    let reveal = props.reveal;
    let selected = use_state(move || reveal.map(Selection::Card));
    let editing = use_state(|| None::<Editing>);
    let connecting = use_state(|| None::<ItemId>);
    let templates = use_state(|| false);
    let chart = use_memo(props.blueprint.clone(), |canvas| layout(canvas));
    let touch = use_memo(props.blueprint.clone(), |canvas| touchpoints(canvas));
    // Computed once per document for the grid (steps over budget) and the summary panel.
    let totals = use_memo(props.blueprint.clone(), |canvas| summary(canvas));
    let canvas = &props.blueprint;
    let selected_now = selected.filter(|s| s.exists(canvas));
    let command = {
        let on_command = props.on_command.clone();
        use_memo((), move |_| on_command.reform(Command::Blueprint))
    };
    let command = (*command).clone();

    let on_action = {
        let (selected, editing, connecting, command, canvas, on_create) =
            (selected.clone(), editing.clone(), connecting.clone(), command.clone(), props.blueprint.clone(), props.on_create.clone());
        Callback::from(move |action: GridAction| match action {
            GridAction::Select(s) => selected.set(s),
            GridAction::Edit(e) => editing.set(e),
            GridAction::Command(c) => command.emit(c),
            GridAction::AddAndEdit(c) => {
                let is_step = matches!(c, BlueprintCommand::AddStep { .. });
                let (selected, editing) = (selected.clone(), editing.clone());
                let edit_it = Callback::from(move |created: Vec<ItemId>| {
                    let Some(&id) = created.first() else { return };
                    selected.set(Some(if is_step { Selection::Step(id) } else { Selection::Card(id) }));
                    editing.set(Some(if is_step { Editing::Step(id) } else { Editing::Card(id) }));
                });
                on_create.emit((Command::Blueprint(c), edit_it));
            }
            GridAction::StartConnect(id) => connecting.set(Some(id)),
            GridAction::CancelConnect => connecting.set(None),
            GridAction::Delete(target) => match target {
                Selection::Card(id) => {
                    let cell = canvas.card(id).map(|c| (c.step, c.lane));
                    command.emit(BlueprintCommand::DeleteCard { id });
                    selected.set(cell.map(|(step, lane)| Selection::Cell { step, lane }));
                }
                Selection::Step(id) => command.emit(BlueprintCommand::DeleteStep { id }),
                Selection::Lane(lane) if !lane.is_standard() => command.emit(BlueprintCommand::DeleteLane { lane }),
                _ => {}
            },
        })
    };
    let add_step = {
        let on_action = on_action.clone();
        let name = lang.tr(BlueprintText::NewStep).to_owned();
        Callback::from(move |_| on_action.emit(GridAction::AddAndEdit(BlueprintCommand::AddStep { index: None, name: name.clone() })))
    };
    // Stable callbacks: a panel whose props change re-renders, and a re-render puts the
    // stored value back into a field the user is still typing in.
    let on_connect = {
        let connecting = connecting.clone();
        use_callback((), move |id: ItemId, _| connecting.set(Some(id)))
    };
    let on_show = {
        let selected = selected.clone();
        use_callback((), move |id: ItemId, _| selected.set(Some(Selection::Card(id))))
    };
    let export = |what: BlueprintExport, label: BlueprintText| {
        let on_export = props.on_export.clone();
        html! { <button class="button" onclick={Callback::from(move |_| on_export.emit(what))}>{ lang.tr(label) }</button> }
    };
    let dialog = (*templates).then(|| {
        let (shown, command) = (templates.clone(), command.clone());
        let chinese = lang == Lang::ZhCn;
        let on_apply = Callback::from(move |(template, replace): (BlueprintTemplate, bool)| {
            shown.set(false);
            command.emit(BlueprintCommand::Insert { draft: template_draft(template, chinese), replace });
        });
        let close = templates.clone();
        html! { <TemplateDialog existing={canvas.steps.len()} {on_apply} on_cancel={Callback::from(move |_| close.set(false))} /> }
    });
    let open_templates = {
        let templates = templates.clone();
        Callback::from(move |_| templates.set(true))
    };
    let touchpoint = matches!(selected_now, Some(Selection::Card(id)) if touch.contains(&id));
    html! {
        <section class="blueprint">
            <div class="canvas-toolbar bp-toolbar">
                <h2 class="canvas-title">{ lang.tr(BlueprintText::Title) }</h2>
                <button class="button" onclick={add_step}>{ lang.tr(BlueprintText::AddStep) }</button>
                <button class="button" onclick={open_templates}>{ lang.tr(BlueprintText::Templates) }</button>
                <details class="export-menu">
                    <summary class="button">{ lang.tr(Text::Export) }</summary>
                    <div class="menu">
                        { export(BlueprintExport::Svg, BlueprintText::ExportSvg) }
                        { export(BlueprintExport::Png, BlueprintText::ExportPng) }
                        { export(BlueprintExport::RegisterCsv, BlueprintText::ExportRegisterCsv) }
                        { export(BlueprintExport::RegisterMarkdown, BlueprintText::ExportRegisterMarkdown) }
                    </div>
                </details>
            </div>
            if connecting.is_some() {
                <p class="connect-hint" role="status">{ lang.tr(BlueprintText::ConnectHint) }</p>
            }
            <div class="bp-body">
                <div class="bp-main">
                    if canvas.steps.is_empty() {
                        <p class="bp-empty">{ lang.tr(BlueprintText::Empty) }</p>
                    }
                    <Grid canvas={props.blueprint.clone()} org={props.org.clone()} layout={chart.clone()}
                        touchpoints={touch.clone()} summary={totals.clone()}
                        selected={selected_now} editing={*editing} connecting={*connecting} {on_action} />
                    <p class="hint keys-hint">{ lang.tr(BlueprintText::KeysHint) }</p>
                </div>
                <aside class="bp-side">
                    if let Some(current) = selected_now {
                        <Panel canvas={props.blueprint.clone()} org={props.org.clone()} swot={props.swot.clone()}
                            selected={current} {touchpoint} on_command={props.on_command.clone()} {on_connect} />
                    } else {
                        <p class="hint">{ lang.tr(BlueprintText::NothingSelected) }</p>
                    }
                </aside>
            </div>
            <SummaryPanel summary={totals.clone()} canvas={props.blueprint.clone()} org={props.org.clone()} on_command={props.on_command.clone()} {on_show} />
            { for dialog }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TemplateDialogProps {
    existing: usize,
    on_apply: Callback<(BlueprintTemplate, bool)>,
    on_cancel: Callback<()>,
}

/// Choosing a blueprint template; with steps already there, replace them or add after them.
#[function_component(TemplateDialog)]
fn template_dialog(props: &TemplateDialogProps) -> Html {
    let lang = use_lang();
    let chosen = use_state(|| BlueprintTemplate::ComplaintHandling);
    let first = use_node_ref();
    use_modal(first.clone(), props.on_cancel.clone());
    let describe = |t: BlueprintTemplate| match t {
        BlueprintTemplate::ComplaintHandling => (BlueprintText::TemplateComplaint, BlueprintText::TemplateComplaintBlurb),
        BlueprintTemplate::ServiceLoop => (BlueprintText::TemplateServiceLoop, BlueprintText::TemplateServiceLoopBlurb),
        BlueprintTemplate::ServiceHallVisit => (BlueprintText::TemplateHallVisit, BlueprintText::TemplateHallVisitBlurb),
    };
    let options = BlueprintTemplate::ALL.iter().enumerate().map(|(i, &template)| {
        let checked = *chosen == template;
        let chosen = chosen.clone();
        let node = if checked { first.clone() } else { NodeRef::default() };
        let (name, blurb) = describe(template);
        let id = format!("bp-template-{i}");
        html! {
            <div class="template-option">
                <input type="radio" name="bp-template" id={id.clone()} ref={node} {checked}
                    onchange={Callback::from(move |_| chosen.set(template))} />
                <label for={id}><strong>{ lang.tr(name) }</strong>{ " — " }{ lang.tr(blurb) }</label>
            </div>
        }
    });
    let apply = |replace: bool| {
        let (on_apply, chosen) = (props.on_apply.clone(), chosen.clone());
        Callback::from(move |_| on_apply.emit((*chosen, replace)))
    };
    html! {
        <div class="dialog-backdrop">
            <div class="dialog template-dialog" role="dialog" aria-modal="true" aria-labelledby="bp-template-title">
                <h2 id="bp-template-title">{ lang.tr(BlueprintText::TemplatesTitle) }</h2>
                <div class="template-list" role="radiogroup" aria-labelledby="bp-template-title">{ for options }</div>
                if props.existing > 0 {
                    <p>{ lang.trf(BlueprintText::TemplateNonEmpty, &[&props.existing.to_string()]) }</p>
                }
                <div class="dialog-buttons">
                    if props.existing > 0 {
                        <button class="button primary" onclick={apply(false)}>{ lang.tr(BlueprintText::AddAfter) }</button>
                        <button class="button danger" onclick={apply(true)}>{ lang.tr(BlueprintText::ReplaceBlueprint) }</button>
                    } else {
                        <button class="button primary" onclick={apply(true)}>{ lang.tr(BlueprintText::ApplyTemplate) }</button>
                    }
                    <button class="button" onclick={props.on_cancel.reform(|_| ())}>{ lang.tr(Text::Cancel) }</button>
                </div>
            </div>
        </div>
    }
}
