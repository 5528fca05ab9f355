//! The interactive chart: a focusable viewport (`role="tree"`) holding the SVG, with the
//! camera (pan by dragging the background, the wheel or Shift+arrows; zoom by Ctrl+wheel or
//! pinch, the buttons and +/−; Ctrl+0 fits), selection and tree navigation by keyboard,
//! drag-and-drop of positions (middle of a box: becomes its subordinate; left/right edge:
//! placed before/after it as a sibling), collapse toggles and in-place renaming. Hit-testing
//! uses the layout, so boxes carry no event handlers of their own.

use super::chart_body::{box_dom_id, on_toggle, ChartBody, DropMark, Window};
use super::view::{View, ViewAction};
use super::DropZone;
use crate::i18n::OrgText;
use crate::model::org::layout::{ChartLayout, PlacedBox, BOX_HEIGHT, BOX_WIDTH};
use crate::model::org::{Direction, OrgCanvas, OrgCommand, Tree, MAX_FIELD_CHARS};
use crate::model::ItemId;
use crate::ui::use_lang;
use crate::ui::widgets::field::Check;
use crate::ui::widgets::inline_edit::{Edited, InlineEdit, Place};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the chart asks of the canvas around it.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartAction {
    Select(Option<ItemId>),
    /// Start renaming a position in place.
    Edit(Option<ItemId>),
    /// Delete a position (the canvas asks what happens to its subordinates).
    Delete(ItemId),
    Command(OrgCommand),
    /// Add a position and start renaming it.
    AddAndEdit(OrgCommand),
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub org: Rc<OrgCanvas>,
    pub layout: Rc<ChartLayout>,
    pub selected: Option<ItemId>,
    pub editing: Option<ItemId>,
    /// Bumped to bring the selected position into view (a check's "Show").
    pub reveal: u32,
    /// Bumped to fit the whole chart (after a template or an import).
    pub fit: u32,
    pub on_action: Callback<ChartAction>,
}

/// A pointer gesture in progress.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Gesture {
    Idle,
    /// Dragging the background; `last` is the previous pointer position on the page.
    Pan {
        last: (f64, f64),
    },
    /// Pressed on a position; becomes a drag once the pointer moves a few pixels. `origin` is
    /// the viewport's corner on the page, read once so moves never force a layout.
    Press {
        id: ItemId,
        origin: (f64, f64),
        start: (f64, f64),
        dragging: bool,
    },
    /// Two fingers on a touch screen: their distance apart and midpoint at the last move.
    Pinch {
        origin: (f64, f64),
        distance: f64,
        mid: (f64, f64),
    },
}

/// Distance apart and midpoint of the first two touches.
fn spread(touches: &[(i32, (f64, f64))]) -> Option<(f64, (f64, f64))> {
    let [(_, a), (_, b), ..] = touches else { return None };
    Some(((a.0 - b.0).hypot(a.1 - b.1), ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)))
}

/// A dragged position: where its ghost is (chart coordinates) and what it would drop on.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Drag {
    id: ItemId,
    at: (f64, f64),
    mark: Option<DropMark>,
}

const DRAG_THRESHOLD: f64 = 4.0;
const PAN_STEP: f64 = 60.0;
const ZOOM_STEP: f64 = 1.2;
/// Below this scale the boxes' text is too small to read and is not drawn (a much cheaper
/// frame when the whole of a large chart is in view).
const TEXT_SCALE: f64 = 0.45;

fn viewport_rect(node: &NodeRef) -> Option<web_sys::DomRect> {
    node.cast::<web_sys::Element>().map(|el| el.get_bounding_client_rect())
}

/// The viewport's top-left corner on the page.
fn origin(node: &NodeRef) -> (f64, f64) {
    viewport_rect(node).map_or((0.0, 0.0), |r| (r.left(), r.top()))
}

fn client(e: &MouseEvent) -> (f64, f64) {
    (f64::from(e.client_x()), f64::from(e.client_y()))
}

/// The pointer's position in the viewport.
fn local(node: &NodeRef, e: &MouseEvent) -> (f64, f64) {
    let ((left, top), (x, y)) = (origin(node), client(e));
    (x - left, y - top)
}

/// Where on `target` a drop at chart point `(x, y)` lands: its leading edge, middle or
/// trailing edge along the sibling axis.
fn zone(target: &PlacedBox, (x, y): (f64, f64), direction: Direction) -> DropZone {
    let fraction = match direction {
        Direction::TopDown => (x - target.x) / BOX_WIDTH,
        Direction::LeftRight => (y - target.y) / BOX_HEIGHT,
    };
    if fraction < 0.25 {
        DropZone::Before
    } else if fraction > 0.75 {
        DropZone::After
    } else {
        DropZone::Child
    }
}

/// The move that dropping `moving` on `mark` means.
fn drop_command(org: &OrgCanvas, moving: ItemId, mark: DropMark) -> Option<OrgCommand> {
    let target = org.position(mark.target)?;
    match mark.zone {
        DropZone::Child => Some(OrgCommand::Move { id: moving, parent: Some(mark.target), index: usize::MAX }),
        zone => {
            let siblings: Vec<ItemId> = org.positions.iter().filter(|p| p.parent == target.parent && p.id != moving).map(|p| p.id).collect();
            let at = siblings.iter().position(|&s| s == mark.target)?;
            let index = if zone == DropZone::After { at + 1 } else { at };
            Some(OrgCommand::Move { id: moving, parent: target.parent, index })
        }
    }
}

/// The position a navigation key leads to from `from`, among visible positions.
fn neighbour(org: &OrgCanvas, layout: &ChartLayout, from: ItemId, key: &str) -> Option<ItemId> {
    let tree = Tree::new(org);
    let at = tree.at(from)?;
    let position = &org.positions[at];
    let (to_parent, to_child, previous, next) = match org.direction {
        Direction::TopDown => ("ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"),
        Direction::LeftRight => ("ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"),
    };
    let siblings: Vec<usize> = match position.parent.and_then(|p| tree.at(p)) {
        Some(parent) => tree.children(parent).to_vec(),
        None => tree.roots().to_vec(),
    };
    let sibling_at = siblings.iter().position(|&s| s == at)?;
    let found = if key == to_parent {
        position.parent.and_then(|p| tree.at(p))
    } else if key == to_child {
        tree.children(at).first().copied().filter(|_| !position.collapsed)
    } else if key == previous {
        sibling_at.checked_sub(1).and_then(|i| siblings.get(i).copied())
    } else if key == next {
        siblings.get(sibling_at + 1).copied()
    } else {
        None
    };
    found.map(|i| org.positions[i].id).filter(|id| layout.box_of(*id).is_some())
}

/// The command that moves `id` one place earlier (`-1`) or later (`+1`) among its siblings.
fn reorder(org: &OrgCanvas, id: ItemId, step: isize) -> Option<OrgCommand> {
    let position = org.position(id)?;
    let siblings: Vec<ItemId> = org.positions.iter().filter(|p| p.parent == position.parent).map(|p| p.id).collect();
    let at = siblings.iter().position(|&s| s == id)?;
    let index = at.checked_add_signed(step)?;
    (index < siblings.len()).then_some(OrgCommand::Move { id, parent: position.parent, index })
}

#[function_component(OrgChart)]
pub fn org_chart(props: &ChartProps) -> Html {
    let lang = use_lang();
    let viewport = use_node_ref();
    let view = use_reducer(View::default);
    let gesture = use_mut_ref(|| Gesture::Idle);
    let touches = use_mut_ref(Vec::<(i32, (f64, f64))>::new);
    let drag = use_state(|| None::<Drag>);
    let size = use_state(|| (0.0f64, 0.0f64));

    // The viewport's size decides which boxes are drawn; read it on open and on resize.
    {
        let (viewport, size) = (viewport.clone(), size.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(rect) = viewport_rect(&viewport) {
                    size.set((rect.width(), rect.height()));
                }
            };
            measure();
            let listener = web_sys::window().map(|w| EventListener::new(&w, "resize", move |_| measure()));
            move || drop(listener)
        });
    }

    // Fit the chart when the canvas opens and whenever asked to.
    {
        let (viewport, view, layout) = (viewport.clone(), view.dispatcher(), props.layout.clone());
        use_effect_with(props.fit, move |_| {
            if let Some(rect) = viewport_rect(&viewport) {
                view.dispatch(ViewAction::Set(View::fit(&layout, rect.width(), rect.height())));
            }
        });
    }
    // Keep the selected position in view (keyboard moves, "Show" in the checks).
    {
        let (viewport, view, layout) = (viewport.clone(), view.clone(), props.layout.clone());
        use_effect_with((props.selected, props.reveal), move |(selected, _)| {
            let placed = selected.and_then(|id| layout.box_of(id).copied());
            if let (Some(placed), Some(rect)) = (placed, viewport_rect(&viewport)) {
                let area = (placed.x, placed.y, BOX_WIDTH, BOX_HEIGHT);
                view.dispatch(ViewAction::Set(view.reveal(area, rect.width(), rect.height())));
            }
        });
    }
    // The wheel pans, Ctrl/⌘+wheel (and a trackpad pinch, which arrives as one) zooms. The
    // listener must be active to stop the page from scrolling or zooming instead.
    {
        let (viewport, view) = (viewport.clone(), view.dispatcher());
        use_effect_with((), move |_| {
            let listener = viewport.cast::<web_sys::Element>().map(|element| {
                let target = element.clone();
                EventListener::new_with_options(&element, "wheel", EventListenerOptions::enable_prevent_default(), move |event| {
                    let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else { return };
                    wheel.prevent_default();
                    let unit = if wheel.delta_mode() == web_sys::WheelEvent::DOM_DELTA_LINE { 16.0 } else { 1.0 };
                    let (dx, dy) = (wheel.delta_x() * unit, wheel.delta_y() * unit);
                    if wheel.ctrl_key() || wheel.meta_key() {
                        let rect = target.get_bounding_client_rect();
                        let (x, y) = (f64::from(wheel.client_x()) - rect.left(), f64::from(wheel.client_y()) - rect.top());
                        view.dispatch(ViewAction::ZoomAt { factor: (-dy * 0.002).exp(), x, y });
                    } else if wheel.shift_key() && dx == 0.0 {
                        view.dispatch(ViewAction::PanBy(-dy, 0.0));
                    } else {
                        view.dispatch(ViewAction::PanBy(-dx, -dy));
                    }
                })
            });
            move || drop(listener)
        });
    }

    let zoom_by = {
        let (viewport, view) = (viewport.clone(), view.dispatcher());
        move |factor: f64| {
            let (w, h) = viewport_rect(&viewport).map_or((0.0, 0.0), |r| (r.width(), r.height()));
            view.dispatch(ViewAction::ZoomAt { factor, x: w / 2.0, y: h / 2.0 });
        }
    };
    let fit_now = {
        let (viewport, view, layout) = (viewport.clone(), view.dispatcher(), props.layout.clone());
        move || {
            if let Some(rect) = viewport_rect(&viewport) {
                view.dispatch(ViewAction::Set(View::fit(&layout, rect.width(), rect.height())));
            }
        }
    };

    let onpointerdown = {
        let (viewport, view, gesture, layout, org, on_action, touches, drag) = (
            viewport.clone(),
            view.clone(),
            gesture.clone(),
            props.layout.clone(),
            props.org.clone(),
            props.on_action.clone(),
            touches.clone(),
            drag.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            // Where the pointer is, before focusing: focus may scroll the page.
            let corner = origin(&viewport);
            crate::ui::browser::focus_without_scrolling(&viewport);
            if let Some(element) = viewport.cast::<web_sys::Element>() {
                let _ = element.set_pointer_capture(e.pointer_id());
            }
            if e.pointer_type() == "touch" {
                let mut touches = touches.borrow_mut();
                touches.push((e.pointer_id(), client(&e)));
                if let Some((distance, mid)) = spread(&touches) {
                    *gesture.borrow_mut() = Gesture::Pinch { origin: corner, distance, mid };
                    drag.set(None);
                    return;
                }
            }
            let point = (f64::from(e.client_x()) - corner.0, f64::from(e.client_y()) - corner.1);
            let (cx, cy) = view.to_chart(point.0, point.1);
            match layout.hit(cx, cy) {
                Some(hit) if on_toggle(cx - hit.x, cy - hit.y) => {
                    let collapsed = org.position(hit.id).is_some_and(|p| p.collapsed);
                    on_action.emit(ChartAction::Command(OrgCommand::SetCollapsed { id: hit.id, collapsed: !collapsed }));
                    *gesture.borrow_mut() = Gesture::Idle;
                }
                Some(hit) => {
                    on_action.emit(ChartAction::Select(Some(hit.id)));
                    *gesture.borrow_mut() = Gesture::Press { id: hit.id, origin: corner, start: point, dragging: false };
                }
                None => *gesture.borrow_mut() = Gesture::Pan { last: client(&e) },
            }
        })
    };
    let onpointermove = {
        let (view, gesture, drag, layout, org, touches) =
            (view.clone(), gesture.clone(), drag.clone(), props.layout.clone(), props.org.clone(), touches.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(touch) = touches.borrow_mut().iter_mut().find(|(id, _)| *id == e.pointer_id()) {
                touch.1 = client(&e);
            }
            let current = *gesture.borrow();
            match current {
                Gesture::Idle => {}
                Gesture::Pinch { origin, distance, mid } => {
                    let Some((now_distance, now_mid)) = spread(&touches.borrow()) else { return };
                    if distance > 0.0 {
                        let (x, y) = (now_mid.0 - origin.0, now_mid.1 - origin.1);
                        view.dispatch(ViewAction::ZoomAt { factor: now_distance / distance, x, y });
                    }
                    view.dispatch(ViewAction::PanBy(now_mid.0 - mid.0, now_mid.1 - mid.1));
                    *gesture.borrow_mut() = Gesture::Pinch { origin, distance: now_distance, mid: now_mid };
                }
                Gesture::Pan { last } => {
                    let now = client(&e);
                    view.dispatch(ViewAction::PanBy(now.0 - last.0, now.1 - last.1));
                    *gesture.borrow_mut() = Gesture::Pan { last: now };
                }
                Gesture::Press { id, origin, start, dragging } => {
                    let point = (f64::from(e.client_x()) - origin.0, f64::from(e.client_y()) - origin.1);
                    let moved = (point.0 - start.0).hypot(point.1 - start.1) > DRAG_THRESHOLD;
                    if !dragging && !moved {
                        return;
                    }
                    *gesture.borrow_mut() = Gesture::Press { id, origin, start, dragging: true };
                    let at = view.to_chart(point.0, point.1);
                    let mark = layout.hit(at.0, at.1).filter(|hit| hit.id != id).map(|hit| {
                        let tree = Tree::new(&org);
                        let allowed = match (tree.at(id), tree.at(hit.id)) {
                            (Some(moving), Some(target)) => !tree.is_ancestor_or_self(moving, target),
                            _ => false,
                        };
                        DropMark { target: hit.id, zone: zone(hit, at, org.direction), allowed }
                    });
                    drag.set(Some(Drag { id, at, mark }));
                }
            }
        })
    };
    let end_gesture = {
        let (gesture, drag, org, on_action) = (gesture.clone(), drag.clone(), props.org.clone(), props.on_action.clone());
        let touches = touches.clone();
        move |e: &PointerEvent, drop_it: bool| {
            touches.borrow_mut().retain(|(id, _)| *id != e.pointer_id());
            let ended = std::mem::replace(&mut *gesture.borrow_mut(), Gesture::Idle);
            if let (true, Gesture::Press { dragging: true, .. }, Some(current)) = (drop_it, ended, *drag) {
                // A refused drop still goes to the model, which says why it is refused.
                if let Some(command) = current.mark.and_then(|mark| drop_command(&org, current.id, mark)) {
                    on_action.emit(ChartAction::Command(command));
                }
            }
            drag.set(None);
        }
    };
    let onpointerup = {
        let end = end_gesture.clone();
        Callback::from(move |e: PointerEvent| end(&e, true))
    };
    let onpointercancel = Callback::from(move |e: PointerEvent| end_gesture(&e, false));
    let ondblclick = {
        let (viewport, view, layout, on_action) = (viewport.clone(), view.clone(), props.layout.clone(), props.on_action.clone());
        Callback::from(move |e: MouseEvent| {
            let point = local(&viewport, &e);
            let (cx, cy) = view.to_chart(point.0, point.1);
            if let Some(hit) = layout.hit(cx, cy).filter(|hit| !on_toggle(cx - hit.x, cy - hit.y)) {
                on_action.emit(ChartAction::Edit(Some(hit.id)));
            }
        })
    };

    let onkeydown = {
        let (viewport, view, org, layout, on_action, selected) =
            (viewport.clone(), view.dispatcher(), props.org.clone(), props.layout.clone(), props.on_action.clone(), props.selected);
        let (zoom_by, fit_now) = (zoom_by.clone(), fit_now.clone());
        let new_title = lang.tr(OrgText::NewPosition).to_owned();
        Callback::from(move |e: KeyboardEvent| {
            // Keys typed into the rename field are its own.
            let on_viewport = e
                .target()
                .zip(viewport.get())
                .is_some_and(|(target, node)| target.dyn_ref::<web_sys::Node>().is_some_and(|t| t.is_same_node(Some(&node))));
            if !on_viewport {
                return;
            }
            let key = e.key();
            let command_key = e.ctrl_key() || e.meta_key();
            let selected = selected.and_then(|id| org.position(id));
            let action = match (key.as_str(), selected) {
                ("0", _) if command_key => {
                    fit_now();
                    None
                }
                ("+" | "=", _) if !command_key => {
                    zoom_by(ZOOM_STEP);
                    None
                }
                ("-" | "_", _) if !command_key => {
                    zoom_by(1.0 / ZOOM_STEP);
                    None
                }
                ("Tab", Some(p)) if !e.shift_key() && !command_key && !e.alt_key() => {
                    Some(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent: Some(p.id), index: None, title: new_title.clone() }))
                }
                ("Enter", Some(p)) => {
                    let index = org.positions.iter().filter(|q| q.parent == p.parent).position(|q| q.id == p.id);
                    Some(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent: p.parent, index: index.map(|i| i + 1), title: new_title.clone() }))
                }
                ("Enter", None) if org.positions.is_empty() => {
                    Some(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent: None, index: None, title: new_title.clone() }))
                }
                ("F2", Some(p)) => Some(ChartAction::Edit(Some(p.id))),
                ("Delete" | "Backspace", Some(p)) => Some(ChartAction::Delete(p.id)),
                ("Escape", Some(_)) => Some(ChartAction::Select(None)),
                (" ", Some(p)) if org.positions.iter().any(|q| q.parent == Some(p.id)) => {
                    Some(ChartAction::Command(OrgCommand::SetCollapsed { id: p.id, collapsed: !p.collapsed }))
                }
                ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight", Some(p)) if e.alt_key() => {
                    let earlier = match org.direction {
                        Direction::TopDown => key == "ArrowLeft" || key == "ArrowUp",
                        Direction::LeftRight => key == "ArrowUp" || key == "ArrowLeft",
                    };
                    reorder(&org, p.id, if earlier { -1 } else { 1 }).map(ChartAction::Command)
                }
                ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight", Some(p)) if !e.shift_key() => {
                    neighbour(&org, &layout, p.id, &key).map(|id| ChartAction::Select(Some(id)))
                }
                ("ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight", _) => {
                    let (dx, dy) = match key.as_str() {
                        "ArrowUp" => (0.0, PAN_STEP),
                        "ArrowDown" => (0.0, -PAN_STEP),
                        "ArrowLeft" => (PAN_STEP, 0.0),
                        _ => (-PAN_STEP, 0.0),
                    };
                    view.dispatch(ViewAction::PanBy(dx, dy));
                    None
                }
                ("Home", _) => layout.boxes.first().map(|b| ChartAction::Select(Some(b.id))),
                _ => return,
            };
            e.prevent_default();
            if let Some(action) = action {
                on_action.emit(action);
            }
        })
    };

    let editor = props.editing.and_then(|id| Some((props.org.position(id)?, props.layout.box_of(id)?))).map(|(position, placed)| {
        let (org, on_action, viewport) = (props.org.clone(), props.on_action.clone(), viewport.clone());
        let id = position.id;
        let on_done = Callback::from(move |edited: Edited| {
            if let Some(element) = viewport.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            on_action.emit(ChartAction::Edit(None));
            let details = org.position(id).map(|p| p.details.clone());
            if let (Some(title), Some(details)) = (edited.text, details) {
                on_action
                    .emit(ChartAction::Command(OrgCommand::EditDetails { id, details: crate::model::org::PositionDetails { title, ..details } }));
            }
        });
        let screen = (placed.x * view.scale + view.x, placed.y * view.scale + view.y);
        html! {
            <InlineEdit key={id.0} initial={position.details.title.clone()} label={lang.tr(OrgText::EditTitleLabel)}
                check={Check::text(MAX_FIELD_CHARS)} place={Place { x: screen.0, y: screen.1, width: BOX_WIDTH * view.scale }} {on_done} />
        }
    });
    let ghost = drag.as_ref().map(|d| {
        let title = props.org.position(d.id).map(|p| p.details.title.clone()).unwrap_or_default();
        html! {
            <g class="org-ghost" transform={format!("translate({:.1} {:.1})", d.at.0 - BOX_WIDTH / 2.0, d.at.1 - BOX_HEIGHT / 2.0)}>
                <rect width={BOX_WIDTH.to_string()} height={BOX_HEIGHT.to_string()} rx="8" />
                <text x="10" y="24">{ title }</text>
            </g>
        }
    });
    let zoom_in = {
        let zoom_by = zoom_by.clone();
        Callback::from(move |_| zoom_by(ZOOM_STEP))
    };
    let zoom_out = Callback::from(move |_| zoom_by(1.0 / ZOOM_STEP));
    let fit = Callback::from(move |_| fit_now());
    let count = props.org.positions.len().to_string();
    let window = (size.0 > 0.0).then(|| Window::around(view.x, view.y, view.scale, size.0, size.1));
    html! {
        <div class="org-chart-frame">
            <div ref={viewport} class={classes!("org-viewport", drag.is_some().then_some("dragging"))} tabindex="0" role="tree"
                aria-label={lang.trf(OrgText::ChartLabel, &[&count])}
                aria-activedescendant={props.selected.map(box_dom_id)}
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {ondblclick} {onkeydown}>
                // The drawing itself is no part of the tree: only the positions' boxes are.
                <svg class={classes!("org-svg", (view.scale < TEXT_SCALE).then_some("far"))} xmlns="http://www.w3.org/2000/svg" role="none">
                    <g role="none" transform={format!("translate({:.2} {:.2}) scale({:.4})", view.x, view.y, view.scale)}>
                        <ChartBody org={props.org.clone()} layout={props.layout.clone()} selected={props.selected}
                            drop={drag.as_ref().and_then(|d| d.mark)} {window} />
                        { for ghost }
                    </g>
                </svg>
            </div>
            // A fixed slot, so the frame always has the same children and the viewport (which
            // holds the keyboard focus) is never rebuilt when renaming starts or ends.
            <div class="inline-edit-slot">{ for editor }</div>
            <div class="zoom-controls">
                <button class="button small" aria-label={lang.tr(OrgText::ZoomOut)} title={lang.tr(OrgText::ZoomOut)} onclick={zoom_out}>{ "−" }</button>
                <span class="zoom-level" aria-live="polite">{ format!("{:.0}%", view.scale * 100.0) }</span>
                <button class="button small" aria-label={lang.tr(OrgText::ZoomIn)} title={lang.tr(OrgText::ZoomIn)} onclick={zoom_in}>{ "+" }</button>
                <button class="button small" onclick={fit}>{ lang.tr(OrgText::FitView) }</button>
            </div>
        </div>
    }
}
