//! The SWOT canvas: three views of one board — the 2×2 board, the TOWS strategy matrix and the
//! environment scan — plus the export menu. Holds the view state (current view, selection,
//! drag, pending focus); the document comes in as `swot` and leaves as `Command`s.

mod board;
mod detail;
mod export;
mod item;
mod register;
mod scan;
mod tows;

pub use export::export_swot;
pub use register::CANVAS;

use crate::i18n::Text;
use crate::model::five_forces::FiveForcesCanvas;
use crate::model::swot::{Quadrant, SwotCanvas};
use crate::model::{Command, ItemId};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// What the editor should export for the SWOT canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SwotExport {
    BoardSvg,
    BoardPng,
    TowsSvg,
    TowsPng,
    Markdown,
    CopyMarkdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SwotPage {
    Board,
    Tows,
    Scan,
}

/// Board interaction state: not part of the document, never undone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardUi {
    pub selected: Option<ItemId>,
    pub editing: Option<ItemId>,
    pub dragging: Option<ItemId>,
    /// Where a dragged item would land: quadrant and index in its manual order.
    pub drop_at: Option<(Quadrant, usize)>,
    /// Item to focus after the next render (it may have moved to another list).
    pub focus: Option<ItemId>,
    /// Item awaiting confirmation of its deletion (it is cited by strategies).
    pub confirm_delete: Option<ItemId>,
}

pub enum UiAction {
    Select(Option<ItemId>),
    Edit(Option<ItemId>),
    DragStart(ItemId),
    DragOver(Quadrant, usize),
    DragLeave,
    DragEnd,
    Focus(ItemId),
    FocusDone,
    ConfirmDelete(Option<ItemId>),
}

impl Reducible for BoardUi {
    type Action = UiAction;
    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Select(id) => next.selected = id,
            UiAction::Edit(id) => next.editing = id,
            UiAction::DragStart(id) => {
                next.dragging = Some(id);
                next.selected = Some(id);
            }
            UiAction::DragOver(q, i) => next.drop_at = Some((q, i)),
            UiAction::DragLeave => next.drop_at = None,
            UiAction::DragEnd => {
                next.dragging = None;
                next.drop_at = None;
            }
            UiAction::Focus(id) => {
                next.focus = Some(id);
                next.selected = Some(id);
            }
            UiAction::FocusDone => next.focus = None,
            UiAction::ConfirmDelete(id) => next.confirm_delete = id,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SwotViewProps {
    pub swot: Rc<SwotCanvas>,
    /// To name the factor or competitor a linked item came from.
    pub forces: Rc<FiveForcesCanvas>,
    pub blueprint: Rc<crate::model::blueprint::BlueprintCanvas>,
    pub quality: Rc<crate::model::quality::QualityCanvas>,
    pub on_command: Callback<Command>,
    pub on_export: Callback<SwotExport>,
}

#[function_component(SwotView)]
pub fn swot_view(props: &SwotViewProps) -> Html {
    let lang = use_lang();
    let page = use_state(|| SwotPage::Board);
    let ui = use_reducer(BoardUi::default);
    let on_ui = {
        let dispatcher = ui.dispatcher();
        use_memo((), move |_| Callback::from(move |a: UiAction| dispatcher.dispatch(a)))
    };
    // Focus follows an item across moves: its element is new when it changed lists.
    {
        let on_ui = (*on_ui).clone();
        use_effect_with(ui.focus, move |focus| {
            if let Some(id) = focus {
                let element = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&item::dom_id(*id)))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
                if let Some(element) = element {
                    let _ = element.focus();
                }
                on_ui.emit(UiAction::FocusDone);
            }
        });
    }
    let tab = |target: SwotPage, label: Text| {
        let page = page.clone();
        let active = *page == target;
        html! {
            <button class={classes!("subview", active.then_some("active"))} aria-pressed={active.to_string()}
                onclick={Callback::from(move |_| page.set(target))}>{ lang.tr(label) }</button>
        }
    };
    let export = |what: SwotExport, label: Text| {
        let on_export = props.on_export.clone();
        html! { <button class="button" onclick={Callback::from(move |_| on_export.emit(what))}>{ lang.tr(label) }</button> }
    };
    let (svg, png) = if *page == SwotPage::Tows { (SwotExport::TowsSvg, SwotExport::TowsPng) } else { (SwotExport::BoardSvg, SwotExport::BoardPng) };
    let body = match *page {
        SwotPage::Board => html! {
            <board::Board swot={props.swot.clone()} forces={props.forces.clone()} blueprint={props.blueprint.clone()} quality={props.quality.clone()} ui={(*ui).clone()} on_ui={(*on_ui).clone()} on_command={props.on_command.clone()} />
        },
        SwotPage::Tows => html! { <tows::TowsMatrix swot={props.swot.clone()} on_command={props.on_command.clone()} /> },
        SwotPage::Scan => html! { <scan::ScanView swot={props.swot.clone()} on_command={props.on_command.clone()} /> },
    };
    html! {
        <section class="swot">
            <div class="canvas-toolbar">
                <div class="subviews" role="group">
                    { tab(SwotPage::Board, Text::ViewBoard) }
                    { tab(SwotPage::Tows, Text::ViewTows) }
                    { tab(SwotPage::Scan, Text::ViewScan) }
                </div>
                <details class="export-menu">
                    <summary class="button">{ lang.tr(Text::Export) }</summary>
                    <div class="menu">
                        { export(svg, Text::ExportSvg) }
                        { export(png, Text::ExportPng) }
                        { export(SwotExport::Markdown, Text::ExportMarkdown) }
                        { export(SwotExport::CopyMarkdown, Text::CopyMarkdown) }
                    </div>
                </details>
            </div>
            { body }
        </section>
    }
}
