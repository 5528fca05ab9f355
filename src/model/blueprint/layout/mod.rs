//! Geometry of the blueprint grid. This module owns where everything of a blueprint is drawn:
//! the emotion band at the top, the stage headings, the step headers, the lanes stacked below
//! them, each card's box in its cell, the three lines, the emotion curve, which cell or card
//! lies under a point and how a connector's arrow runs between two cards. The UI draws one SVG
//! from [`BlueprintLayout`] and the SVG export prints the same layout, so the two never
//! disagree; nothing here is stored, it is recomputed from the canvas.
//!
//! From the top: the emotion band, the stage band (always there so the grid does not jump
//! when the first stage is named), the step headers, then the lanes in `canvas.lanes` order.
//! Columns are one step each, right of the column of lane names. A lane is as tall as its
//! fullest cell needs, so a busy lane does not squeeze its cards and an empty one stays a
//! comfortable drop target.
//!
//! The layout takes time linear in the size of the canvas: cards are grouped into cells with
//! a hash map, never by scanning the cards once per cell. Lookups by point are arithmetic on
//! the regular grid plus a binary search over the lanes. A damaged canvas (a card in a step
//! or lane that does not exist, a repeated id) lays out without panicking: such cards are
//! left out, and a repeated id counts where it first appears.

mod connector;

use super::{BlueprintCanvas, BlueprintLine, LaneKey, MAX_EMOTION};
use crate::model::core::ItemId;
pub use connector::connector_route;
use std::collections::HashMap;

/// Width of the left column holding the lane names.
pub const LANE_HEADER_WIDTH: f64 = 150.0;
/// Width of one step's column.
pub const COLUMN_WIDTH: f64 = 184.0;
/// Width of a card, centred in its column.
pub const CARD_WIDTH: f64 = 164.0;
pub const CARD_HEIGHT: f64 = 56.0;
/// Gap between the cards of one cell, and the cell's padding above the first and below the last.
pub const CARD_GAP: f64 = 8.0;
/// Height of a lane without cards (room for exactly one card and its padding).
pub const MIN_LANE_HEIGHT: f64 = 72.0;
/// Height of the band at the very top holding the emotion curve.
pub const EMOTION_HEIGHT: f64 = 88.0;
/// Height of the band of stage headings, drawn even when no step has a stage.
pub const STAGE_HEIGHT: f64 = 26.0;
/// Height of the band of step names.
pub const STEP_HEADER_HEIGHT: f64 = 52.0;

/// Top of the stage band.
pub const STAGE_TOP: f64 = EMOTION_HEIGHT;
/// Top of the step headers.
pub const STEP_HEADER_TOP: f64 = STAGE_TOP + STAGE_HEIGHT;
/// Top of the first lane.
pub const LANES_TOP: f64 = STEP_HEADER_TOP + STEP_HEADER_HEIGHT;
/// Room kept between the emotion curve's extremes and the band's edges, so the dots and their
/// labels are not clipped.
pub const EMOTION_PAD: f64 = 12.0;

/// Space between a card and the edge of its column: half the gap between two columns' cards.
const COLUMN_PAD: f64 = (COLUMN_WIDTH - CARD_WIDTH) / 2.0;
/// Distance from one card of a cell to the next.
const CARD_PITCH: f64 = CARD_HEIGHT + CARD_GAP;

/// One card's box, in blueprint space (top-left corner and size).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardBox {
    pub id: ItemId,
    /// Index into `canvas.cards`.
    pub index: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl CardBox {
    fn centre(&self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    /// Whether the point is on the box; edges count as inside.
    fn contains(&self, x: f64, y: f64) -> bool {
        (self.x..=self.x + self.width).contains(&x) && (self.y..=self.y + self.height).contains(&y)
    }
}

/// One lane's horizontal band, spanning the whole width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LaneBand {
    pub key: LaneKey,
    /// Index into `canvas.lanes`.
    pub index: usize,
    pub y: f64,
    pub height: f64,
}

/// One step's column, spanning from the step header to the bottom of the last lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepColumn {
    pub id: ItemId,
    /// Index into `canvas.steps`.
    pub index: usize,
    pub x: f64,
    pub width: f64,
}

/// A stage heading over a run of consecutive steps with the same non-empty stage.
#[derive(Clone, Debug, PartialEq)]
pub struct StageSpan {
    pub name: String,
    pub x: f64,
    pub width: f64,
}

/// One of the three lines, at the bottom edge of the lane it runs below.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinePlacement {
    pub line: BlueprintLine,
    pub y: f64,
}

/// The whole blueprint laid out. Coordinates start at 0 in the top-left corner.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct BlueprintLayout {
    /// Boxes of the cards that sit in an existing cell, in `canvas.cards` order.
    pub cards: Vec<CardBox>,
    /// Every lane, top to bottom (`canvas.lanes` order), stacked without gaps.
    pub lanes: Vec<LaneBand>,
    /// Every step, left to right.
    pub steps: Vec<StepColumn>,
    /// Stage headings, left to right.
    pub stages: Vec<StageSpan>,
    /// The lines whose lane exists, in [`BlueprintLine::ALL`] order.
    pub lines: Vec<LinePlacement>,
    /// Points of the emotion curve: (step centre x, y) for steps with an emotion, in step
    /// order; y inside the emotion band (+2 near its top, −2 near its bottom, 0 in the middle).
    pub emotion: Vec<(f64, f64)>,
    pub width: f64,
    pub height: f64,
    /// Where each card id's box is in `cards` (the first, should a damaged file repeat an id).
    index: HashMap<ItemId, usize>,
    /// For each cell holding cards, keyed by (index into `steps`, index into `lanes`), the
    /// indexes into `cards` of its cards, top to bottom. Lets point lookups go straight to a
    /// cell instead of scanning every card.
    cells: HashMap<(usize, usize), Vec<usize>>,
}

impl BlueprintLayout {
    pub fn card_box(&self, id: ItemId) -> Option<&CardBox> {
        self.index.get(&id).and_then(|&at| self.cards.get(at))
    }

    /// The card under a point, if any (for clicks and drag starts). Edges count as inside.
    pub fn hit_card(&self, x: f64, y: f64) -> Option<&CardBox> {
        let (column, lane) = self.cell_indexes(x, y)?;
        let band = self.lanes.get(lane)?;
        let cards = self.cells.get(&(column, lane))?;
        // The regular stacking names the one card that can be under the point.
        let slot = ((y - band.y - CARD_GAP) / CARD_PITCH).floor();
        if slot < 0.0 {
            return None;
        }
        let placed = self.cards.get(*cards.get(slot as usize)?)?;
        placed.contains(x, y).then_some(placed)
    }

    /// The cell under a point and the index a card dropped there at height y would take among
    /// that cell's cards (0..=count): it goes before every card whose middle is below y. None
    /// outside the grid (headers, lane-name column, beyond the edges).
    pub fn cell_at(&self, x: f64, y: f64) -> Option<(ItemId, LaneKey, usize)> {
        let (column, lane) = self.cell_indexes(x, y)?;
        let step = self.steps.get(column)?;
        let band = self.lanes.get(lane)?;
        let count = self.cells.get(&(column, lane)).map_or(0, Vec::len);
        // The middle of card k is at `first_middle + k * CARD_PITCH`; count the ones above y.
        let first_middle = band.y + CARD_GAP + CARD_HEIGHT / 2.0;
        let above = ((y - first_middle) / CARD_PITCH).ceil().max(0.0);
        // A float-to-int cast saturates, and `count` caps it.
        Some((step.id, band.key, (above as usize).min(count)))
    }

    /// The y of the emotion band's value 0 line and the band's top and bottom (for drawing
    /// the axis).
    pub fn emotion_axis(&self) -> (f64, f64, f64) {
        (emotion_y(0), 0.0, EMOTION_HEIGHT)
    }

    /// (index into `steps`, index into `lanes`) of the cell under a point, if the point is in
    /// the grid of cells.
    fn cell_indexes(&self, x: f64, y: f64) -> Option<(usize, usize)> {
        let right = LANE_HEADER_WIDTH + self.steps.len() as f64 * COLUMN_WIDTH;
        // `contains` is false for NaN, so a NaN point finds nothing.
        if !(LANE_HEADER_WIDTH..right).contains(&x) || !(LANES_TOP..self.height).contains(&y) {
            return None;
        }
        let column = (((x - LANE_HEADER_WIDTH) / COLUMN_WIDTH).floor() as usize).min(self.steps.len().checked_sub(1)?);
        // Lanes are stacked top-down, so the first lane whose bottom is below y holds it.
        let lane = self.lanes.partition_point(|band| band.y + band.height <= y);
        let band = self.lanes.get(lane)?;
        (band.y <= y).then_some((column, lane))
    }
}

/// The y of an emotion score on the curve: +`MAX_EMOTION` near the band's top, −`MAX_EMOTION`
/// near its bottom, 0 in the middle. Scores beyond the range (a damaged file) are clamped so
/// the curve never leaves its band.
pub fn emotion_y(emotion: i8) -> f64 {
    let middle = EMOTION_HEIGHT / 2.0;
    let per_point = (middle - EMOTION_PAD) / f64::from(MAX_EMOTION);
    middle - f64::from(emotion.clamp(-MAX_EMOTION, MAX_EMOTION)) * per_point
}

/// Height of a lane whose fullest cell holds `cards` cards.
pub fn lane_height(cards: usize) -> f64 {
    (CARD_GAP + cards as f64 * CARD_PITCH).max(MIN_LANE_HEIGHT)
}

/// Lays out the blueprint.
pub fn layout(canvas: &BlueprintCanvas) -> BlueprintLayout {
    let steps: Vec<StepColumn> =
        canvas.steps.iter().enumerate().map(|(index, step)| StepColumn { id: step.id, index, x: column_x(index), width: COLUMN_WIDTH }).collect();
    let mut step_at: HashMap<ItemId, usize> = HashMap::with_capacity(steps.len());
    for (at, step) in canvas.steps.iter().enumerate() {
        step_at.entry(step.id).or_insert(at);
    }
    let mut lane_at: HashMap<LaneKey, usize> = HashMap::with_capacity(canvas.lanes.len());
    for (at, lane) in canvas.lanes.iter().enumerate() {
        lane_at.entry(lane.key).or_insert(at);
    }

    // Each placed card's cell and slot in it, and the fullest cell of every lane.
    let mut cells: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    let mut fullest = vec![0usize; canvas.lanes.len()];
    let mut placed: Vec<(usize, usize, usize, usize)> = Vec::with_capacity(canvas.cards.len());
    for (at, card) in canvas.cards.iter().enumerate() {
        let (Some(&column), Some(&lane)) = (step_at.get(&card.step), lane_at.get(&card.lane)) else { continue };
        let cell = cells.entry((column, lane)).or_default();
        let slot = cell.len();
        // `placed.len()` is the index the card's box will have in `cards`.
        cell.push(placed.len());
        if let Some(most) = fullest.get_mut(lane) {
            *most = (*most).max(slot + 1);
        }
        placed.push((at, column, lane, slot));
    }

    let mut lanes = Vec::with_capacity(canvas.lanes.len());
    let mut top = LANES_TOP;
    for (index, (lane, &most)) in canvas.lanes.iter().zip(&fullest).enumerate() {
        let height = lane_height(most);
        lanes.push(LaneBand { key: lane.key, index, y: top, height });
        top += height;
    }

    let mut cards = Vec::with_capacity(placed.len());
    let mut index = HashMap::with_capacity(placed.len());
    for &(at, column, lane, slot) in &placed {
        let (Some(card), Some(band)) = (canvas.cards.get(at), lanes.get(lane)) else { continue };
        index.entry(card.id).or_insert(cards.len());
        cards.push(CardBox {
            id: card.id,
            index: at,
            x: column_x(column) + COLUMN_PAD,
            y: band.y + CARD_GAP + slot as f64 * CARD_PITCH,
            width: CARD_WIDTH,
            height: CARD_HEIGHT,
        });
    }

    let lines = BlueprintLine::ALL
        .iter()
        .filter_map(|&line| {
            let band = lanes.get(*lane_at.get(&line.below())?)?;
            Some(LinePlacement { line, y: band.y + band.height })
        })
        .collect();

    let emotion =
        canvas.steps.iter().enumerate().filter_map(|(at, step)| Some((column_x(at) + COLUMN_WIDTH / 2.0, emotion_y(step.emotion?)))).collect();

    BlueprintLayout {
        cards,
        lanes,
        steps,
        stages: stage_spans(canvas),
        lines,
        emotion,
        width: LANE_HEADER_WIDTH + canvas.steps.len().max(1) as f64 * COLUMN_WIDTH,
        height: top,
        index,
        cells,
    }
}

/// Left edge of the column of the step at `index`.
fn column_x(index: usize) -> f64 {
    LANE_HEADER_WIDTH + index as f64 * COLUMN_WIDTH
}

/// One heading per run of consecutive steps sharing a non-empty stage: the same stage name
/// further on, after another stage or none, starts a new heading, since the journey has left
/// the stage and come back.
fn stage_spans(canvas: &BlueprintCanvas) -> Vec<StageSpan> {
    let mut spans: Vec<StageSpan> = Vec::new();
    let mut previous: Option<&str> = None;
    for (at, step) in canvas.steps.iter().enumerate() {
        let stage = step.stage.as_str();
        match spans.last_mut() {
            Some(span) if !stage.is_empty() && previous == Some(stage) => span.width += COLUMN_WIDTH,
            _ if !stage.is_empty() => spans.push(StageSpan { name: stage.to_owned(), x: column_x(at), width: COLUMN_WIDTH }),
            _ => {}
        }
        previous = Some(stage);
    }
    spans
}
