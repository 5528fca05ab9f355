//! The org-chart canvas: toolbar (add, templates, layout direction, CSV import, exports,
//! printing), the interactive chart, and a side panel with the selected position's job
//! description, the design checks, or the design self-check (principles and procedure). The document comes in as `org` and leaves as `Command`s;
//! selection, renaming, dialogs and the camera are view state and never enter the undo history.

mod chart;
mod chart_body;
mod chart_camera;
mod chart_pointer;
mod checks_panel;
mod csv_dialog;
mod design_panel;
mod export;
mod jd;
mod modals;
pub mod print;
mod register;
mod template_picker;
mod toolbar;
mod view;

pub use export::{chart_svg, export_org, OrgExport};
pub use register::CANVAS;

use crate::i18n::{DesignText, OrgText};
use crate::interaction::org_chart::ChartAction;
use crate::model::org::layout::layout;
use crate::model::org::{DeleteMode, Direction, OrgCanvas, OrgCommand, Tree};
use crate::model::{Command, ItemId};
use crate::ui::canvas::OnCreate;
use crate::ui::use_lang;
use crate::ui::widgets::printing::use_printing;
use crate::ui::widgets::toast::use_toaster;
use chart::OrgChart;
use checks_panel::ChecksPanel;
use design_panel::{DesignLink, DesignPanel};
use jd::JobPanel;
use modals::{modal_view, use_csv_picker, Modal, ModalContext};
use print::PrintJobs;
use std::rc::Rc;
use toolbar::{org_toolbar, OrgToolbarProps};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OrgViewProps {
    pub org: Rc<OrgCanvas>,
    pub on_command: Callback<Command>,
    /// Adds a position and says its id, to rename it at once.
    pub on_create: OnCreate,
    pub on_export: Callback<OrgExport>,
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Job,
    Checks,
    Design,
}

/// A counter the chart fits itself to whenever it changes, and a request to bump it once the
/// next version of the chart has arrived: a template, an import or a new direction come back
/// from the editor after this component's own state.
#[hook]
fn use_fit_after_change(org: &Rc<OrgCanvas>) -> (u32, Rc<dyn Fn()>) {
    let fit = use_state(|| 0u32);
    let waiting_on = use_mut_ref(|| None::<Rc<OrgCanvas>>);
    {
        let (waiting_on, fit) = (waiting_on.clone(), fit.clone());
        use_effect_with(org.clone(), move |org| {
            let due = waiting_on.borrow().as_ref().is_some_and(|before| !Rc::ptr_eq(before, org));
            if due {
                *waiting_on.borrow_mut() = None;
                fit.set(*fit + 1);
            }
        });
    }
    let org = org.clone();
    (*fit, Rc::new(move || *waiting_on.borrow_mut() = Some(org.clone())))
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
    // The job descriptions being printed, in order.
    let printing = use_printing::<Rc<Vec<ItemId>>>();
    let chart_layout = use_memo(props.org.clone(), |org| layout(org));
    let (fit, request_fit) = use_fit_after_change(&props.org);

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
    let on_csv = use_csv_picker(&modal, &toaster, lang);
    let on_direction = {
        let (org_command, request_fit) = (org_command.clone(), request_fit.clone());
        Callback::from(move |direction: Direction| {
            request_fit();
            org_command.emit(OrgCommand::SetDirection { direction });
        })
    };
    let on_templates = {
        let modal = modal.clone();
        Callback::from(move |_| modal.set(Some(Modal::Templates)))
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

    // The self-check's buttons lead to the feature each step or principle is done with; the
    // job description needs a position, so the first one is selected when none is.
    let on_link = {
        let (side, modal, selected, org) = (side.clone(), modal.clone(), selected.clone(), props.org.clone());
        Callback::from(move |link: DesignLink| match link {
            DesignLink::Checks => side.set(Side::Checks),
            DesignLink::Templates => modal.set(Some(Modal::Templates)),
            DesignLink::JobDescription => {
                if selected.filter(|id| org.position(*id).is_some()).is_none() {
                    let tree = Tree::new(&org);
                    selected.set(tree.roots().first().map(|&at| org.positions[at].id));
                }
                side.set(Side::Job);
            }
        })
    };

    let modal_view = modal_view(&ModalContext {
        lang,
        org: &props.org,
        modal: &modal,
        selected: &selected,
        org_command: &org_command,
        request_fit: &request_fit,
        toaster: &toaster,
    });

    let side_tab = |which: Side, label: &str| {
        let side = side.clone();
        let active = *side == which;
        html! {
            <button role="tab" class={classes!("side-tab", active.then_some("active"))} aria-selected={active.to_string()}
                onclick={Callback::from(move |_| side.set(which))}>{ label.to_owned() }</button>
        }
    };
    let side_view = match (*side, selected_id) {
        (Side::Checks, _) => html! { <ChecksPanel org={props.org.clone()} on_command={org_command.clone()} {on_show} /> },
        (Side::Design, _) => html! { <DesignPanel org={props.org.clone()} on_command={org_command.clone()} {on_link} /> },
        (Side::Job, Some(id)) => html! {
            <JobPanel key={id.0} org={props.org.clone()} {id}
                on_command={org_command.clone()} on_print={print_one} />
        },
        (Side::Job, None) => html! { <p class="hint">{ lang.tr(OrgText::NoSelection) }</p> },
    };
    html! {
        <section class="org">
            { org_toolbar(lang, &OrgToolbarProps { org: props.org.clone(), selected: selected_id, on_action: on_action.clone(), on_direction,
                on_templates, on_csv, on_export: props.on_export.clone(), on_print_all: print_all }) }
            <div class="org-body">
                <div class="org-main">
                    if props.org.positions.is_empty() {
                        <p class="org-empty">{ lang.tr(OrgText::EmptyChart) }</p>
                    }
                    <OrgChart org={props.org.clone()} layout={chart_layout.clone()} selected={selected_id} editing={*editing}
                        reveal={*reveal} {fit} {on_action} />
                    <p class="hint keys-hint">{ lang.tr(OrgText::ChartKeysHint) }</p>
                </div>
                <aside class="org-side">
                    <div class="side-tabs" role="tablist">
                        { side_tab(Side::Job, lang.tr(OrgText::JobDescription)) }
                        { side_tab(Side::Checks, lang.tr(OrgText::Checks)) }
                        { side_tab(Side::Design, lang.tr(DesignText::Tab)) }
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
