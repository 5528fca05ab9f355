//! Pointers on the grid: a press selects what is under it (or, while a connector is being
//! drawn, ends it on a card), a press on a card becomes a drag past a few pixels and drops the
//! card into the cell under the pointer; a double-click edits a card or step or adds a card.
//! What is where is decided by `interaction::blueprint_grid`.

use crate::interaction::blueprint_grid::{double_click, hit, selection_of, GridAction, Hit};
use crate::model::blueprint::layout::BlueprintLayout;
use crate::model::blueprint::{BlueprintCommand, LaneKey};
use crate::model::ItemId;
use crate::ui::browser;
use crate::ui::widgets::pointer::PointerHandlers;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A press on a card that becomes a drag once the pointer moves a few pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Press {
    card: ItemId,
    start: (f64, f64),
    dragging: bool,
}

/// A card being dragged: the ghost's place and the cell it would land in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drag {
    pub card: ItemId,
    pub at: (f64, f64),
    pub target: Option<(ItemId, LaneKey, usize)>,
}

const DRAG_THRESHOLD: f64 = 4.0;

/// The handlers and the drag in progress.
pub struct Pointer {
    pub handlers: PointerHandlers,
    pub drag: Option<Drag>,
}

#[derive(Clone)]
struct Scene {
    scroller: NodeRef,
    surface: NodeRef,
    layout: Rc<BlueprintLayout>,
    connecting: Option<ItemId>,
    on_action: Callback<GridAction>,
    press: Rc<RefCell<Option<Press>>>,
    drag: UseStateHandle<Option<Drag>>,
    new_card: Rc<str>,
}

impl Scene {
    /// The pointer's place in drawing coordinates (the surface scrolls with the drawing).
    fn point(&self, e: &MouseEvent) -> (f64, f64) {
        let (left, top) = self.surface.cast::<web_sys::Element>().map_or((0.0, 0.0), |s| {
            let r = s.get_bounding_client_rect();
            (r.left(), r.top())
        });
        (f64::from(e.client_x()) - left, f64::from(e.client_y()) - top)
    }

    fn down(&self, e: &PointerEvent) {
        if e.button() != 0 {
            return;
        }
        // Where the pointer is, before focusing: focus may scroll the page.
        let at = self.point(e);
        browser::focus_without_scrolling(&self.scroller);
        let Some(found) = hit(&self.layout, at.0, at.1) else { return };
        if let (Some(from), Hit::Card(to)) = (self.connecting, found) {
            if from != to {
                self.on_action.emit(GridAction::Command(BlueprintCommand::Connect { from, to }));
            }
            self.on_action.emit(GridAction::CancelConnect);
            return;
        }
        self.on_action.emit(GridAction::Select(Some(selection_of(found))));
        if let Hit::Card(card) = found {
            if let Some(element) = self.scroller.cast::<web_sys::Element>() {
                let _ = element.set_pointer_capture(e.pointer_id());
            }
            *self.press.borrow_mut() = Some(Press { card, start: at, dragging: false });
        }
    }

    fn moved(&self, e: &PointerEvent) {
        let Some(current) = *self.press.borrow() else { return };
        let at = self.point(e);
        let moved = (at.0 - current.start.0).hypot(at.1 - current.start.1) > DRAG_THRESHOLD;
        if !current.dragging && !moved {
            return;
        }
        *self.press.borrow_mut() = Some(Press { dragging: true, ..current });
        self.drag.set(Some(Drag { card: current.card, at, target: self.layout.cell_at(at.0, at.1) }));
    }

    fn end(&self, drop_it: bool) {
        let ended = self.press.borrow_mut().take();
        if let (true, Some(Press { dragging: true, card, .. }), Some(Drag { target: Some((step, lane, index)), .. })) = (drop_it, ended, *self.drag) {
            self.on_action.emit(GridAction::Command(BlueprintCommand::MoveCard { id: card, step, lane, index }));
        }
        self.drag.set(None);
    }

    fn double_click(&self, e: &MouseEvent) {
        let at = self.point(e);
        if let Some(action) = hit(&self.layout, at.0, at.1).and_then(|found| double_click(found, &self.new_card)) {
            self.on_action.emit(action);
        }
    }
}

#[hook]
pub fn use_grid_pointer(
    scroller: &NodeRef,
    surface: &NodeRef,
    layout: &Rc<BlueprintLayout>,
    connecting: Option<ItemId>,
    on_action: &Callback<GridAction>,
    new_card: &str,
) -> Pointer {
    let press = use_mut_ref(|| None::<Press>);
    let drag = use_state(|| None::<Drag>);
    let scene = Scene {
        scroller: scroller.clone(),
        surface: surface.clone(),
        layout: layout.clone(),
        connecting,
        on_action: on_action.clone(),
        press,
        drag: drag.clone(),
        new_card: Rc::from(new_card),
    };
    let handlers =
        PointerHandlers::of(scene, Scene::down, Scene::moved, |scene, _| scene.end(true), |scene, _| scene.end(false), Scene::double_click);
    Pointer { handlers, drag: *drag }
}
