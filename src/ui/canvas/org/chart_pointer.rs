//! Pointers on the chart: a press selects a position (or flips its collapse toggle) and
//! becomes a drag past a few pixels, dropping before, after or under another position; a press
//! on the background pans; two fingers pinch-zoom; a double-click renames. Where things land is
//! decided by `interaction::org_chart`.

use super::view::{View, ViewAction};
use crate::interaction::org_chart::{drop_command, drop_mark, on_toggle, spread, ChartAction, DropMark};
use crate::model::org::layout::ChartLayout;
use crate::model::org::{OrgCanvas, OrgCommand};
use crate::model::ItemId;
use crate::ui::widgets::pointer::PointerHandlers;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

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

/// A dragged position: where its ghost is (chart coordinates) and what it would drop on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drag {
    pub id: ItemId,
    pub at: (f64, f64),
    pub mark: Option<DropMark>,
}

const DRAG_THRESHOLD: f64 = 4.0;

/// The handlers and the drag in progress.
pub struct Pointer {
    pub handlers: PointerHandlers,
    pub drag: Option<Drag>,
}

/// The touches on the screen now: pointer id and where it is on the page.
type Touches = Rc<RefCell<Vec<(i32, (f64, f64))>>>;

/// What the chart needs to read pointers.
#[derive(Clone)]
struct Scene {
    viewport: NodeRef,
    view: UseReducerHandle<View>,
    org: Rc<OrgCanvas>,
    layout: Rc<ChartLayout>,
    on_action: Callback<ChartAction>,
    gesture: Rc<RefCell<Gesture>>,
    touches: Touches,
    drag: UseStateHandle<Option<Drag>>,
}

/// The viewport's top-left corner on the page.
fn origin(node: &NodeRef) -> (f64, f64) {
    node.cast::<web_sys::Element>().map_or((0.0, 0.0), |el| {
        let rect = el.get_bounding_client_rect();
        (rect.left(), rect.top())
    })
}

fn client(e: &MouseEvent) -> (f64, f64) {
    (f64::from(e.client_x()), f64::from(e.client_y()))
}

impl Scene {
    fn down(&self, e: &PointerEvent) {
        if e.button() != 0 {
            return;
        }
        // Where the pointer is, before focusing: focus may scroll the page.
        let corner = origin(&self.viewport);
        crate::ui::browser::focus_without_scrolling(&self.viewport);
        if let Some(element) = self.viewport.cast::<web_sys::Element>() {
            let _ = element.set_pointer_capture(e.pointer_id());
        }
        if e.pointer_type() == "touch" {
            let mut touches = self.touches.borrow_mut();
            touches.push((e.pointer_id(), client(e)));
            if let Some((distance, mid)) = spread(&touches) {
                *self.gesture.borrow_mut() = Gesture::Pinch { origin: corner, distance, mid };
                self.drag.set(None);
                return;
            }
        }
        let point = (f64::from(e.client_x()) - corner.0, f64::from(e.client_y()) - corner.1);
        let (cx, cy) = self.view.to_chart(point.0, point.1);
        let next = match self.layout.hit(cx, cy) {
            Some(hit) if on_toggle(cx - hit.x, cy - hit.y) => {
                let collapsed = self.org.position(hit.id).is_some_and(|p| p.collapsed);
                self.on_action.emit(ChartAction::Command(OrgCommand::SetCollapsed { id: hit.id, collapsed: !collapsed }));
                Gesture::Idle
            }
            Some(hit) => {
                self.on_action.emit(ChartAction::Select(Some(hit.id)));
                Gesture::Press { id: hit.id, origin: corner, start: point, dragging: false }
            }
            None => Gesture::Pan { last: client(e) },
        };
        *self.gesture.borrow_mut() = next;
    }

    fn moved(&self, e: &PointerEvent) {
        if let Some(touch) = self.touches.borrow_mut().iter_mut().find(|(id, _)| *id == e.pointer_id()) {
            touch.1 = client(e);
        }
        let current = *self.gesture.borrow();
        let next = match current {
            Gesture::Idle => return,
            Gesture::Pinch { origin, distance, mid } => {
                let Some((now_distance, now_mid)) = spread(&self.touches.borrow()) else { return };
                if distance > 0.0 {
                    let (x, y) = (now_mid.0 - origin.0, now_mid.1 - origin.1);
                    self.view.dispatch(ViewAction::ZoomAt { factor: now_distance / distance, x, y });
                }
                self.view.dispatch(ViewAction::PanBy(now_mid.0 - mid.0, now_mid.1 - mid.1));
                Gesture::Pinch { origin, distance: now_distance, mid: now_mid }
            }
            Gesture::Pan { last } => {
                let now = client(e);
                self.view.dispatch(ViewAction::PanBy(now.0 - last.0, now.1 - last.1));
                Gesture::Pan { last: now }
            }
            Gesture::Press { id, origin, start, dragging } => {
                let point = (f64::from(e.client_x()) - origin.0, f64::from(e.client_y()) - origin.1);
                let moved = (point.0 - start.0).hypot(point.1 - start.1) > DRAG_THRESHOLD;
                if !dragging && !moved {
                    return;
                }
                let at = self.view.to_chart(point.0, point.1);
                self.drag.set(Some(Drag { id, at, mark: drop_mark(&self.org, &self.layout, id, at) }));
                Gesture::Press { id, origin, start, dragging: true }
            }
        };
        *self.gesture.borrow_mut() = next;
    }

    fn end(&self, e: &PointerEvent, drop_it: bool) {
        self.touches.borrow_mut().retain(|(id, _)| *id != e.pointer_id());
        let ended = std::mem::replace(&mut *self.gesture.borrow_mut(), Gesture::Idle);
        if let (true, Gesture::Press { dragging: true, .. }, Some(current)) = (drop_it, ended, *self.drag) {
            // A refused drop still goes to the model, which says why it is refused.
            if let Some(command) = current.mark.and_then(|mark| drop_command(&self.org, current.id, mark)) {
                self.on_action.emit(ChartAction::Command(command));
            }
        }
        self.drag.set(None);
    }

    fn double_click(&self, e: &MouseEvent) {
        let ((left, top), (x, y)) = (origin(&self.viewport), client(e));
        let (cx, cy) = self.view.to_chart(x - left, y - top);
        if let Some(hit) = self.layout.hit(cx, cy).filter(|hit| !on_toggle(cx - hit.x, cy - hit.y)) {
            self.on_action.emit(ChartAction::Edit(Some(hit.id)));
        }
    }
}

#[hook]
pub fn use_chart_pointer(
    viewport: &NodeRef,
    view: &UseReducerHandle<View>,
    org: &Rc<OrgCanvas>,
    layout: &Rc<ChartLayout>,
    on_action: &Callback<ChartAction>,
) -> Pointer {
    let gesture = use_mut_ref(|| Gesture::Idle);
    let touches = use_mut_ref(Vec::<(i32, (f64, f64))>::new);
    let drag = use_state(|| None::<Drag>);
    let scene = Scene {
        viewport: viewport.clone(),
        view: view.clone(),
        org: org.clone(),
        layout: layout.clone(),
        on_action: on_action.clone(),
        gesture,
        touches,
        drag: drag.clone(),
    };
    let handlers =
        PointerHandlers::of(scene, Scene::down, Scene::moved, |scene, e| scene.end(e, true), |scene, e| scene.end(e, false), Scene::double_click);
    Pointer { handlers, drag: *drag }
}
