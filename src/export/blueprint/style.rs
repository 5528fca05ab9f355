//! The blueprint export's palette, text styles and symbols, and how blueprint coordinates land
//! in the document.

use crate::export::svg::Style;

pub(super) const MARGIN: f64 = 24.0;
/// The narrowest document, so the title and summary have room above a one-step blueprint.
pub(super) const MIN_WIDTH: f64 = 640.0;
pub(super) const GAP: f64 = 16.0;
/// Inner padding of the header column, the step headers and the stage headings.
pub(super) const PAD: f64 = 6.0;
/// Inner padding of a card: cards are small, so it is tighter than `PAD`.
pub(super) const CARD_PAD: f64 = 3.0;
/// Most lines of the title, and of the summary lines together.
pub(super) const TITLE_LINES: usize = 2;
pub(super) const SUMMARY_LINES: usize = 4;

pub(super) const INK: &str = "#1f2328";
pub(super) const MUTED: &str = "#57606a";
pub(super) const RULE: &str = "#d0d7de";
pub(super) const GRID: &str = "#e1e4e8";
pub(super) const LANE_FILLS: [&str; 2] = ["#f6f8fa", "#ffffff"];
pub(super) const STAGE_FILL: &str = "#eaeef2";
pub(super) const LINE: &str = "#57606a";
pub(super) const CONNECTOR: &str = "#6e7781";
pub(super) const CURVE: &str = "#0969da";
pub(super) const FAIL: &str = "#cf222e";
pub(super) const WAIT: &str = "#9a6700";

pub(super) const TITLE: Style = Style { size: 22, line_height: 30, fill: INK, bold: true, italic: false, end: false };
pub(super) const SUMMARY: Style = Style { size: 13, line_height: 18, fill: MUTED, bold: false, italic: false, end: false };
pub(super) const LANE: Style = Style { size: 12, line_height: 15, fill: INK, bold: true, italic: false, end: false };
pub(super) const LINE_LABEL: Style = Style { size: 10, line_height: 12, fill: LINE, bold: false, italic: true, end: false };
pub(super) const EMOTION_LABEL: Style = Style { size: 11, line_height: 14, fill: MUTED, bold: true, italic: false, end: false };
pub(super) const TICK: Style = Style { size: 10, line_height: 12, fill: MUTED, bold: false, italic: false, end: true };
pub(super) const STAGE: Style = Style { size: 11, line_height: 14, fill: MUTED, bold: true, italic: false, end: false };
pub(super) const STEP: Style = Style { size: 12, line_height: 15, fill: INK, bold: true, italic: false, end: false };
pub(super) const STEP_MINUTES: Style = Style { size: 10, line_height: 12, fill: MUTED, bold: false, italic: false, end: false };
pub(super) const CARD_TEXT: Style = Style { size: 11, line_height: 13, fill: INK, bold: false, italic: false, end: false };
/// The mark line at the top of a card and the owner line at its bottom.
pub(super) const CARD_SMALL: Style = Style { size: 9, line_height: 10, fill: MUTED, bold: false, italic: false, end: false };
pub(super) const FAIL_LABEL: Style = Style { fill: FAIL, bold: true, ..CARD_SMALL };
pub(super) const WAIT_LABEL: Style = Style { fill: WAIT, bold: true, ..CARD_SMALL };
pub(super) const STAR: Style = Style { fill: "#bf8700", bold: true, end: true, ..CARD_SMALL };
pub(super) const OWNER: Style = CARD_SMALL;
pub(super) const OWNER_REMOVED: Style = Style { italic: true, fill: WAIT, ..CARD_SMALL };
pub(super) const LEGEND: Style = Style { size: 11, line_height: 15, fill: MUTED, bold: false, italic: false, end: false };

/// The symbols that say what a card is, besides its colours.
pub(super) const FAIL_SYMBOL: &str = "✕";
pub(super) const WAIT_SYMBOL: &str = "⏳";
pub(super) const TOUCHPOINT_SYMBOL: &str = "★";

/// A coordinate as a whole pixel for the writer's text and rules (layout coordinates are
/// non-negative; anything else is clamped rather than wrapped).
pub(super) fn px(value: f64) -> u32 {
    if value.is_finite() && value > 0.0 {
        value.round().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// Shifts blueprint-space points to the document (the grid starts at `origin`).
pub(super) struct Place {
    pub(super) origin: (f64, f64),
}

impl Place {
    pub(super) fn point(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.origin.0 + x, self.origin.1 + y)
    }

    pub(super) fn x(&self, x: f64) -> u32 {
        px(self.origin.0 + x)
    }

    pub(super) fn y(&self, y: f64) -> u32 {
        px(self.origin.1 + y)
    }
}
