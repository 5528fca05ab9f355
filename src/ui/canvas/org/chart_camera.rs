//! The chart's camera in the browser: the viewport's size (read on open and on resize),
//! fitting the chart on open and when asked, keeping the selected position in view, and the
//! wheel (pan; Ctrl/⌘+wheel or a trackpad pinch zooms). The maths is `interaction::camera`.

use super::view::{View, ViewAction};
use crate::model::org::layout::{ChartLayout, BOX_HEIGHT, BOX_WIDTH};
use crate::model::ItemId;
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The camera and what it knows of the viewport.
#[derive(Clone)]
pub struct Camera {
    pub view: UseReducerHandle<View>,
    /// The viewport's size in pixels (0×0 until measured).
    pub size: (f64, f64),
    viewport: NodeRef,
    layout: Rc<ChartLayout>,
}

fn viewport_rect(node: &NodeRef) -> Option<web_sys::DomRect> {
    node.cast::<web_sys::Element>().map(|el| el.get_bounding_client_rect())
}

impl Camera {
    /// Zooms about the viewport's centre.
    pub fn zoom_by(&self, factor: f64) {
        let (w, h) = viewport_rect(&self.viewport).map_or((0.0, 0.0), |r| (r.width(), r.height()));
        self.view.dispatch(ViewAction::ZoomAt { factor, x: w / 2.0, y: h / 2.0 });
    }

    /// Shows the whole chart.
    pub fn fit(&self) {
        if let Some(rect) = viewport_rect(&self.viewport) {
            self.view.dispatch(ViewAction::Set(View::fit(&self.layout, rect.width(), rect.height())));
        }
    }

    pub fn pan_by(&self, dx: f64, dy: f64) {
        self.view.dispatch(ViewAction::PanBy(dx, dy));
    }
}

/// The camera of the chart drawn in `viewport`; `fit` and `reveal` are bumped to fit the whole
/// chart or bring `selected` into view.
#[hook]
pub fn use_chart_camera(viewport: &NodeRef, layout: &Rc<ChartLayout>, fit: u32, selected: Option<ItemId>, reveal: u32) -> Camera {
    let view = use_reducer(View::default);
    let size = use_state(|| (0.0f64, 0.0f64));
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
    let camera = Camera { view: view.clone(), size: *size, viewport: viewport.clone(), layout: layout.clone() };
    {
        let camera = camera.clone();
        use_effect_with(fit, move |_| camera.fit());
    }
    {
        let (viewport, view, layout) = (viewport.clone(), view.clone(), layout.clone());
        use_effect_with((selected, reveal), move |(selected, _)| {
            let placed = selected.and_then(|id| layout.box_of(id).copied());
            if let (Some(placed), Some(rect)) = (placed, viewport_rect(&viewport)) {
                let area = (placed.x, placed.y, BOX_WIDTH, BOX_HEIGHT);
                view.dispatch(ViewAction::Set(view.reveal(area, rect.width(), rect.height())));
            }
        });
    }
    // The listener must be active (not passive) to stop the page from scrolling or zooming.
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
    camera
}
