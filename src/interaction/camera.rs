//! The org chart's camera: a scale and a screen offset (screen = chart × scale + offset),
//! fitting the chart, revealing a box, panning and zooming about a point. The chart keeps it
//! in a reducer (`ui::canvas::org::view`) so long-lived listeners act on the latest view.

use crate::model::org::layout::ChartLayout;

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

impl View {
    /// The view after `action`.
    pub fn after(self, action: ViewAction) -> View {
        match action {
            ViewAction::PanBy(dx, dy) => View { x: self.x + dx, y: self.y + dy, ..self },
            ViewAction::ZoomAt { factor, x, y } => {
                let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
                let ratio = scale / self.scale;
                View { scale, x: x - (x - self.x) * ratio, y: y - (y - self.y) * ratio }
            }
            ViewAction::Set(view) => view,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interaction::tests::chart_of;
    use crate::model::org::layout::layout;

    #[test]
    fn zooming_keeps_the_point_under_the_pointer_still_and_stays_in_range() {
        let view = View { scale: 1.0, x: 10.0, y: 20.0 };
        let before = view.to_chart(200.0, 100.0);
        let zoomed = view.after(ViewAction::ZoomAt { factor: 2.0, x: 200.0, y: 100.0 });
        assert_eq!(zoomed.scale, 2.0);
        let after = zoomed.to_chart(200.0, 100.0);
        assert!((after.0 - before.0).abs() < 1e-9 && (after.1 - before.1).abs() < 1e-9);
        assert_eq!(view.after(ViewAction::ZoomAt { factor: 100.0, x: 0.0, y: 0.0 }).scale, MAX_SCALE);
        assert_eq!(view.after(ViewAction::ZoomAt { factor: 0.0001, x: 0.0, y: 0.0 }).scale, MIN_SCALE);
        assert_eq!(view.after(ViewAction::PanBy(5.0, -5.0)), View { scale: 1.0, x: 15.0, y: 15.0 });
    }

    #[test]
    fn fitting_shows_the_whole_chart_centred_never_above_full_size() {
        let small = layout(&chart_of(&[(1, None), (2, Some(1))]));
        let fitted = View::fit(&small, 2000.0, 1500.0);
        assert_eq!(fitted.scale, 1.0);
        assert!((fitted.x - (2000.0 - small.width) / 2.0).abs() < 1e-9 && (fitted.y - (1500.0 - small.height) / 2.0).abs() < 1e-9);
        let wide: Vec<(u64, Option<u64>)> = std::iter::once((1, None)).chain((2..40).map(|i| (i, Some(1)))).collect();
        let wide = layout(&chart_of(&wide));
        let fitted = View::fit(&wide, 800.0, 600.0);
        assert!(fitted.scale < 1.0 && wide.width * fitted.scale <= 800.0 - 2.0 * FIT_MARGIN + 1e-9);
        assert_eq!(View::fit(&ChartLayout::default(), 800.0, 600.0), View::default());
    }

    #[test]
    fn revealing_moves_only_as_far_as_needed() {
        let view = View { scale: 1.0, x: 0.0, y: 0.0 };
        assert_eq!(view.reveal((100.0, 100.0, 50.0, 50.0), 800.0, 600.0), view, "already in view");
        let moved = view.reveal((1000.0, 100.0, 50.0, 50.0), 800.0, 600.0);
        assert_eq!((moved.x, moved.y), (800.0 - FIT_MARGIN - 1050.0, 0.0));
        let back = view.reveal((-200.0, 0.0, 50.0, 50.0), 800.0, 600.0);
        assert_eq!(back.x, FIT_MARGIN + 200.0);
    }
}
