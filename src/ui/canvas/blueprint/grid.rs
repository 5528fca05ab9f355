//! The interactive blueprint grid: a focusable, natively scrolling area holding the SVG. Mouse:
//! click selects a card, cell or header, double-click edits or adds, dragging a card moves it
//! to the cell under the pointer. Keyboard: arrows move the selection, Enter edits or adds,
//! N adds, Delete deletes, Alt+arrows move a card, F and W mark fail and wait points, C starts
//! a connector that Enter (or a click) ends on another card. Hit-testing uses the layout, so
//! the drawing carries no handlers.

use super::drawing::{card_dom_id, selection_outline, Backdrop, CardView, Touchpoints};
use super::nav::{arrow, card_move, Selection};
use crate::i18n::{lane_name, BlueprintText};
use crate::model::blueprint::layout::{BlueprintLayout, CardBox, EMOTION_HEIGHT, LANE_HEADER_WIDTH, STAGE_HEIGHT, STEP_HEADER_HEIGHT};
use crate::model::blueprint::summary::Summary;
use crate::model::blueprint::{BlueprintCanvas, BlueprintCommand, LaneKey, Mark, MAX_NAME_CHARS};
use crate::model::org::OrgCanvas;
use crate::model::swot::MAX_TEXT_CHARS;
use crate::model::ItemId;
use crate::ui::widgets::field::Check;
use crate::ui::widgets::inline_edit::{Edited, InlineEdit, Place};
use crate::ui::{browser, use_lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What is being edited in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Editing {
    Card(ItemId),
    Step(ItemId),
}

/// What the grid asks of the canvas around it.
#[derive(Clone, Debug, PartialEq)]
pub enum GridAction {
    Select(Option<Selection>),
    Edit(Option<Editing>),
    Command(BlueprintCommand),
    /// Add a card or step and start editing it.
    AddAndEdit(BlueprintCommand),
    /// Start drawing a connector from a card.
    StartConnect(ItemId),
    CancelConnect,
    Delete(Selection),
}

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub canvas: Rc<BlueprintCanvas>,
    pub org: Rc<OrgCanvas>,
    pub layout: Rc<BlueprintLayout>,
    pub touchpoints: Touchpoints,
    /// The blueprint's summary (which steps are over the time budget).
    pub summary: Rc<Summary>,
    pub selected: Option<Selection>,
    pub editing: Option<Editing>,
    /// The card a connector is being drawn from.
    pub connecting: Option<ItemId>,
    pub on_action: Callback<GridAction>,
}

/// What is under a point of the drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Hit {
    Card(ItemId),
    /// A cell, with the index a card dropped there would take.
    Cell(ItemId, LaneKey, usize),
    Step(ItemId),
    Lane(LaneKey),
}

/// The drawing's height grows and shrinks in steps of this many pixels.
const HEIGHT_STEP: f64 = 240.0;

/// The height given to the `<svg>`: the layout's, rounded up to a whole [`HEIGHT_STEP`]. Resizing
/// an `<svg>` makes Chromium lay out everything in it again (24 ms for 600 cards), so a lane that
/// grows by a card row usually leaves the size, and that cost, alone. The surface around it
/// clips it to the layout's own height.
fn drawing_height(layout_height: f64) -> f64 {
    (layout_height / HEIGHT_STEP).ceil().max(1.0) * HEIGHT_STEP
}

fn hit(layout: &BlueprintLayout, x: f64, y: f64) -> Option<Hit> {
    if let Some(card) = layout.hit_card(x, y) {
        return Some(Hit::Card(card.id));
    }
    if let Some((step, lane, index)) = layout.cell_at(x, y) {
        return Some(Hit::Cell(step, lane, index));
    }
    let header_top = EMOTION_HEIGHT + STAGE_HEIGHT;
    if (header_top..header_top + STEP_HEADER_HEIGHT).contains(&y) {
        return layout.steps.iter().find(|c| (c.x..c.x + c.width).contains(&x)).map(|c| Hit::Step(c.id));
    }
    if x < LANE_HEADER_WIDTH {
        return layout.lanes.iter().find(|b| (b.y..b.y + b.height).contains(&y)).map(|b| Hit::Lane(b.key));
    }
    None
}

fn selection_of(hit: Hit) -> Selection {
    match hit {
        Hit::Card(id) => Selection::Card(id),
        Hit::Cell(step, lane, _) => Selection::Cell { step, lane },
        Hit::Step(id) => Selection::Step(id),
        Hit::Lane(key) => Selection::Lane(key),
    }
}

/// A press on a card that becomes a drag once the pointer moves a few pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Press {
    card: ItemId,
    start: (f64, f64),
    dragging: bool,
}

/// A card being dragged: the ghost's place and the cell it would land in.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Drag {
    card: ItemId,
    at: (f64, f64),
    target: Option<(ItemId, LaneKey, usize)>,
}

const DRAG_THRESHOLD: f64 = 4.0;

/// The rectangle (drawing coordinates) a selection occupies, to scroll it into view.
fn area(layout: &BlueprintLayout, selected: Selection) -> Option<(f64, f64, f64, f64)> {
    match selected {
        Selection::Card(id) => layout.card_box(id).map(|b| (b.x, b.y, b.width, b.height)),
        Selection::Cell { step, lane } => {
            let column = layout.steps.iter().find(|c| c.id == step)?;
            let band = layout.lanes.iter().find(|b| b.key == lane)?;
            Some((column.x, band.y, column.width, band.height))
        }
        Selection::Step(id) => {
            layout.steps.iter().find(|c| c.id == id).map(|c| (c.x, 0.0, c.width, EMOTION_HEIGHT + STAGE_HEIGHT + STEP_HEADER_HEIGHT))
        }
        Selection::Lane(key) => layout.lanes.iter().find(|b| b.key == key).map(|b| (0.0, b.y, LANE_HEADER_WIDTH, b.height)),
    }
}

/// Scrolls the grid just enough to show `rect` (drawing coordinates).
fn scroll_into_view(scroller: &web_sys::Element, (x, y, w, h): (f64, f64, f64, f64)) {
    let (left, top) = (f64::from(scroller.scroll_left()), f64::from(scroller.scroll_top()));
    let (width, height) = (f64::from(scroller.client_width()), f64::from(scroller.client_height()));
    // The lane names stay readable at the left edge while scrolling through the steps.
    let margin = 24.0;
    let sticky = if x >= LANE_HEADER_WIDTH { LANE_HEADER_WIDTH } else { 0.0 };
    if x - sticky - margin < left {
        scroller.set_scroll_left((x - sticky - margin).max(0.0) as i32);
    } else if x + w + margin > left + width {
        scroller.set_scroll_left((x + w + margin - width) as i32);
    }
    if y - margin < top {
        scroller.set_scroll_top((y - margin).max(0.0) as i32);
    } else if y + h + margin > top + height {
        scroller.set_scroll_top((y + h + margin - height) as i32);
    }
}

#[function_component(Grid)]
pub fn grid(props: &GridProps) -> Html {
    let lang = use_lang();
    let scroller = use_node_ref();
    let surface = use_node_ref();
    // The surface is exactly as tall as what is drawn; the `<svg>` in it is taller (its height
    // changes in steps, see `drawing_height`) and the rest of it is clipped (`overflow: clip`,
    // which unlike `hidden` makes no scroll container that focusing the in-place editor could
    // scroll), so no empty band shows below the last lane. Set through the CSSOM: the CSP
    // refuses style attributes.
    {
        let surface = surface.clone();
        let height = props.layout.height;
        use_effect_with(height.to_bits(), move |_| {
            if let Some(element) = surface.cast::<web_sys::HtmlElement>() {
                let _ = element.style().set_property("height", &format!("{height:.0}px"));
            }
        });
    }
    let press = use_mut_ref(|| None::<Press>);
    let drag = use_state(|| None::<Drag>);

    {
        let (scroller, layout) = (scroller.clone(), props.layout.clone());
        use_effect_with(props.selected, move |selected| {
            if let (Some(selected), Some(element)) = (selected, scroller.cast::<web_sys::Element>()) {
                if let Some(rect) = area(&layout, *selected) {
                    scroll_into_view(&element, rect);
                }
            }
        });
    }

    // The pointer's place in drawing coordinates (the surface scrolls with the drawing).
    let point = {
        let surface = surface.clone();
        move |e: &MouseEvent| {
            let (left, top) = surface.cast::<web_sys::Element>().map_or((0.0, 0.0), |s| {
                let r = s.get_bounding_client_rect();
                (r.left(), r.top())
            });
            (f64::from(e.client_x()) - left, f64::from(e.client_y()) - top)
        }
    };

    let onpointerdown = {
        let (scroller, layout, on_action, press, point, connecting) =
            (scroller.clone(), props.layout.clone(), props.on_action.clone(), press.clone(), point.clone(), props.connecting);
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            // Where the pointer is, before focusing: focus may scroll the page.
            let at = point(&e);
            browser::focus_without_scrolling(&scroller);
            let Some(found) = hit(&layout, at.0, at.1) else { return };
            if let (Some(from), Hit::Card(to)) = (connecting, found) {
                if from != to {
                    on_action.emit(GridAction::Command(BlueprintCommand::Connect { from, to }));
                }
                on_action.emit(GridAction::CancelConnect);
                return;
            }
            on_action.emit(GridAction::Select(Some(selection_of(found))));
            if let Hit::Card(card) = found {
                if let Some(element) = scroller.cast::<web_sys::Element>() {
                    let _ = element.set_pointer_capture(e.pointer_id());
                }
                *press.borrow_mut() = Some(Press { card, start: at, dragging: false });
            }
        })
    };
    let onpointermove = {
        let (layout, press, drag, point) = (props.layout.clone(), press.clone(), drag.clone(), point.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(current) = *press.borrow() else { return };
            let at = point(&e);
            let moved = (at.0 - current.start.0).hypot(at.1 - current.start.1) > DRAG_THRESHOLD;
            if !current.dragging && !moved {
                return;
            }
            *press.borrow_mut() = Some(Press { dragging: true, ..current });
            drag.set(Some(Drag { card: current.card, at, target: layout.cell_at(at.0, at.1) }));
        })
    };
    let finish = {
        let (press, drag, on_action) = (press.clone(), drag.clone(), props.on_action.clone());
        move |drop_it: bool| {
            let ended = press.borrow_mut().take();
            if let (true, Some(Press { dragging: true, card, .. }), Some(Drag { target: Some((step, lane, index)), .. })) = (drop_it, ended, *drag) {
                on_action.emit(GridAction::Command(BlueprintCommand::MoveCard { id: card, step, lane, index }));
            }
            drag.set(None);
        }
    };
    let onpointerup = {
        let finish = finish.clone();
        Callback::from(move |_: PointerEvent| finish(true))
    };
    let onpointercancel = Callback::from(move |_: PointerEvent| finish(false));
    let ondblclick = {
        let (layout, on_action, point) = (props.layout.clone(), props.on_action.clone(), point.clone());
        let new_card = lang.tr(BlueprintText::NewCard).to_owned();
        Callback::from(move |e: MouseEvent| {
            let at = point(&e);
            match hit(&layout, at.0, at.1) {
                Some(Hit::Card(id)) => on_action.emit(GridAction::Edit(Some(Editing::Card(id)))),
                Some(Hit::Step(id)) => on_action.emit(GridAction::Edit(Some(Editing::Step(id)))),
                Some(Hit::Cell(step, lane, _)) => {
                    on_action.emit(GridAction::AddAndEdit(BlueprintCommand::AddCard { step, lane, index: None, text: new_card.clone() }))
                }
                _ => {}
            }
        })
    };

    let onkeydown = {
        let (scroller, canvas, on_action, selected, connecting) =
            (scroller.clone(), props.canvas.clone(), props.on_action.clone(), props.selected, props.connecting);
        let new_card = lang.tr(BlueprintText::NewCard).to_owned();
        Callback::from(move |e: KeyboardEvent| {
            // Keys typed into an in-place field are the field's own.
            let on_grid = e
                .target()
                .zip(scroller.get())
                .is_some_and(|(target, node)| target.dyn_ref::<web_sys::Node>().is_some_and(|t| t.is_same_node(Some(&node))));
            if !on_grid || e.ctrl_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            let add_card =
                |step: ItemId, lane: LaneKey| GridAction::AddAndEdit(BlueprintCommand::AddCard { step, lane, index: None, text: new_card.clone() });
            let toggle_mark = |id: ItemId, mark: Mark| {
                let card = canvas.card(id)?;
                let next = (card.mark != Some(mark)).then_some(mark);
                Some(GridAction::Command(BlueprintCommand::MarkCard { id, mark: next, minutes: card.minutes }))
            };
            let first = || {
                let step = canvas.steps.first()?.id;
                let lane = canvas.lanes.first()?.key;
                Some(Selection::Cell { step, lane })
            };
            let action = match (key.as_str(), selected) {
                ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight", Some(Selection::Card(id))) if e.alt_key() => {
                    card_move(&canvas, id, &key).map(|(step, lane, index)| GridAction::Command(BlueprintCommand::MoveCard { id, step, lane, index }))
                }
                ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight", Some(from)) => arrow(&canvas, from, &key).map(|s| GridAction::Select(Some(s))),
                ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home", None) => first().map(|s| GridAction::Select(Some(s))),
                ("Enter", Some(Selection::Card(to))) if connecting.is_some_and(|from| from != to) => {
                    let from = connecting.unwrap_or(to);
                    on_action.emit(GridAction::Command(BlueprintCommand::Connect { from, to }));
                    Some(GridAction::CancelConnect)
                }
                ("Enter" | "F2", Some(Selection::Card(id))) => Some(GridAction::Edit(Some(Editing::Card(id)))),
                ("Enter" | "F2", Some(Selection::Step(id))) => Some(GridAction::Edit(Some(Editing::Step(id)))),
                ("Enter", Some(Selection::Cell { step, lane })) => Some(add_card(step, lane)),
                ("n" | "N", Some(sel)) => sel.cell(&canvas).map(|(step, lane)| add_card(step, lane)),
                ("Delete" | "Backspace", Some(sel)) => Some(GridAction::Delete(sel)),
                ("f" | "F", Some(Selection::Card(id))) => toggle_mark(id, Mark::FailPoint),
                ("w" | "W", Some(Selection::Card(id))) => toggle_mark(id, Mark::WaitPoint),
                ("c" | "C", Some(Selection::Card(id))) => Some(GridAction::StartConnect(id)),
                ("Escape", _) if connecting.is_some() => Some(GridAction::CancelConnect),
                ("Escape", Some(_)) => Some(GridAction::Select(None)),
                _ => return,
            };
            e.prevent_default();
            if let Some(action) = action {
                on_action.emit(action);
            }
        })
    };

    let (layout, canvas) = (&props.layout, &props.canvas);
    // Cards are drawn in one group per lane, placed relative to their lane: when a lane grows,
    // only the groups below move, and the cards in them keep their props and are not redrawn.
    let lane_groups = layout.lanes.iter().map(|band| {
        let in_lane = layout.cards.iter().filter(|placed| canvas.cards.get(placed.index).is_some_and(|c| c.lane == band.key));
        let cards = in_lane.map(|placed| {
            html! {
                <CardView key={placed.id.0} canvas={props.canvas.clone()} org={props.org.clone()}
                    placed={CardBox { y: placed.y - band.y, ..*placed }}
                    selected={props.selected == Some(Selection::Card(placed.id))}
                    touchpoint={props.touchpoints.contains(&placed.id)}
                    source={props.connecting == Some(placed.id)} />
            }
        });
        html! {
            <g key={band.index} class="bp-lane-cards" transform={format!("translate(0 {:.1})", band.y)}>{ for cards }</g>
        }
    });
    let editor = props.editing.and_then(|editing| {
        let on_action = props.on_action.clone();
        let (scroller, document) = (scroller.clone(), props.canvas.clone());
        let on_done = Callback::from(move |edited: Edited| {
            if let Some(element) = scroller.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            on_action.emit(GridAction::Edit(None));
            let Some(text) = edited.text else { return };
            let command = match editing {
                Editing::Card(id) => document.card(id).map(|c| BlueprintCommand::EditCard { id, text, note: c.note.clone() }),
                Editing::Step(id) => document.step(id).map(|s| BlueprintCommand::EditStep {
                    id,
                    name: text,
                    stage: s.stage.clone(),
                    minutes: s.minutes,
                    emotion: s.emotion,
                }),
            };
            if let Some(command) = command {
                on_action.emit(GridAction::Command(command));
            }
        });
        let (initial, label, check, x, y, width) = match editing {
            Editing::Card(id) => {
                let (card, placed) = (canvas.card(id)?, layout.card_box(id)?);
                (card.text.clone(), lang.tr(BlueprintText::CardText), Check::text(MAX_TEXT_CHARS), placed.x, placed.y, placed.width)
            }
            Editing::Step(id) => {
                let (step, column) = (canvas.step(id)?, layout.steps.iter().find(|c| c.id == id)?);
                let y = EMOTION_HEIGHT + STAGE_HEIGHT + 8.0;
                (step.name.clone(), lang.tr(BlueprintText::StepName), Check::text(MAX_NAME_CHARS), column.x, y, column.width)
            }
        };
        let key = match editing {
            Editing::Card(id) | Editing::Step(id) => id.0,
        };
        Some(html! { <InlineEdit {key} {initial} label={label.to_owned()} {check} place={Place { x, y, width }} {on_done} /> })
    });
    let ghost = drag.as_ref().map(|d| {
        let text = canvas.card(d.card).map(|c| c.text.clone()).unwrap_or_default();
        html! {
            <g class="bp-ghost" transform={format!("translate({:.1} {:.1})", d.at.0 - 40.0, d.at.1 - 14.0)}>
                <rect width="164" height="28" rx="6" />
                <text x="8" y="18">{ text }</text>
            </g>
        }
    });
    let drop_outline = drag.as_ref().and_then(|d| d.target).map(|(step, lane, _)| selection_outline(layout, Some(Selection::Cell { step, lane })));
    let active = match props.selected {
        Some(Selection::Card(id)) => Some(card_dom_id(id)),
        _ => None,
    };
    let status = match props.selected {
        Some(Selection::Cell { step, lane }) => {
            let step = canvas.step(step).map(|s| s.name.clone()).unwrap_or_default();
            let lane = canvas.lane(lane).map(|l| lane_name(lang, l)).unwrap_or_default();
            lang.trf(BlueprintText::CellLabel, &[&step, &lane])
        }
        Some(Selection::Step(id)) => canvas.step(id).map(|s| format!("{}: {}", lang.tr(BlueprintText::Step), s.name)).unwrap_or_default(),
        Some(Selection::Lane(key)) => {
            canvas.lane(key).map(|l| format!("{}: {}", lang.tr(BlueprintText::Lane), lane_name(lang, l))).unwrap_or_default()
        }
        _ => String::new(),
    };
    html! {
        <div ref={scroller} class={classes!("bp-scroller", props.connecting.is_some().then_some("connecting"), drag.is_some().then_some("dragging"))}
            tabindex="0" role="application"
            aria-label={lang.trf(BlueprintText::GridLabel, &[&canvas.steps.len().to_string(), &canvas.lanes.len().to_string()])}
            aria-activedescendant={active}
            {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {ondblclick} {onkeydown}>
            <div ref={surface} class="bp-surface">
                <svg class="bp-svg" xmlns="http://www.w3.org/2000/svg" width={format!("{:.0}", layout.width)} height={format!("{:.0}", drawing_height(layout.height))}>
                    <Backdrop canvas={props.canvas.clone()} layout={props.layout.clone()} summary={props.summary.clone()} />
                    { selection_outline(layout, props.selected) }
                    { for lane_groups }
                    { for drop_outline }
                    { for ghost }
                </svg>
                { for editor }
            </div>
            <p class="visually-hidden" aria-live="polite">{ status }</p>
        </div>
    }
}
