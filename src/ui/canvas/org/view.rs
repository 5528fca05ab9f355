//! The chart's camera: a scale and a screen offset, kept as a reducer so long-lived listeners
//! (the wheel listener) always act on the latest view. screen = chart × scale + offset.

use crate::model::org::layout::ChartLayout;
use std::rc::Rc;
use yew::Reducible;

pub const MIN_SCALE: f64 = 0.1;
pub const MAX_SCALE: f64 = 3.0;
/// Space kept around the chart when fitting it.
const FIT_MARGIN: f64 = 32.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for View {
    fn default() -> Self {
        View { scale: 1.0, x: FIT_MARGIN, y: FIT_MARGIN }
    }
}

impl View {
    /// The chart point under a screen (viewport) point.
    pub fn to_chart(self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.x) / self.scale, (sy - self.y) / self.scale)
    }

    /// The view showing the whole chart in a `width`×`height` viewport, never above 100 %.
    pub fn fit(layout: &ChartLayout, width: f64, height: f64) -> View {
        if layout.boxes.is_empty() || width <= 0.0 || height <= 0.0 {
            return View::default();
        }
        let sx = (width - 2.0 * FIT_MARGIN) / layout.width.max(1.0);
        let sy = (height - 2.0 * FIT_MARGIN) / layout.height.max(1.0);
        let scale = sx.min(sy).clamp(MIN_SCALE, 1.0);
        View { scale, x: (width - layout.width * scale) / 2.0, y: (height - layout.height * scale) / 2.0 }
    }

    /// The same view moved just enough to show the rectangle (chart coordinates) inside the
    /// viewport, with a margin.
    pub fn reveal(self, (x, y, w, h): (f64, f64, f64, f64), width: f64, height: f64) -> View {
        let (left, top) = (x * self.scale + self.x, y * self.scale + self.y);
        let (right, bottom) = (left + w * self.scale, top + h * self.scale);
        let shift = |low: f64, high: f64, size: f64| {
            if low < FIT_MARGIN {
                FIT_MARGIN - low
            } else if high > size - FIT_MARGIN {
                (size - FIT_MARGIN - high).max(FIT_MARGIN - low)
            } else {
                0.0
            }
        };
        View { x: self.x + shift(left, right, width), y: self.y + shift(top, bottom, height), ..self }
    }
}

pub enum ViewAction {
    PanBy(f64, f64),
    /// Multiply the scale by `factor`, keeping the screen point (`x`, `y`) still.
    ZoomAt {
        factor: f64,
        x: f64,
        y: f64,
    },
    Set(View),
}

impl Reducible for View {
    type Action = ViewAction;

    fn reduce(self: Rc<Self>, action: ViewAction) -> Rc<Self> {
        let next = match action {
            ViewAction::PanBy(dx, dy) => View { x: self.x + dx, y: self.y + dy, ..*self },
            ViewAction::ZoomAt { factor, x, y } => {
                let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
                let ratio = scale / self.scale;
                View { scale, x: x - (x - self.x) * ratio, y: y - (y - self.y) * ratio }
            }
            ViewAction::Set(view) => view,
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
