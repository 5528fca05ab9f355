//! What the grid's selection is and where the arrow keys take it: between cards of a cell,
//! cells of neighbouring lanes and steps, and the step and lane headers. Pure functions of the
//! document, so the rules read in one place.

use crate::model::blueprint::{BlueprintCanvas, LaneKey};
use crate::model::ItemId;

/// What is selected in the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A cell (an empty one, or one whose cards are not selected).
    Cell {
        step: ItemId,
        lane: LaneKey,
    },
    Card(ItemId),
    /// A step's header.
    Step(ItemId),
    /// A lane's header.
    Lane(LaneKey),
}

impl Selection {
    /// The cell the selection is in, if it is in one.
    pub fn cell(self, canvas: &BlueprintCanvas) -> Option<(ItemId, LaneKey)> {
        match self {
            Selection::Cell { step, lane } => Some((step, lane)),
            Selection::Card(id) => canvas.card(id).map(|c| (c.step, c.lane)),
            _ => None,
        }
    }

    /// Whether the selection still names something that exists.
    pub fn exists(self, canvas: &BlueprintCanvas) -> bool {
        match self {
            Selection::Cell { step, lane } => canvas.step(step).is_some() && canvas.lane(lane).is_some(),
            Selection::Card(id) => canvas.card(id).is_some(),
            Selection::Step(id) => canvas.step(id).is_some(),
            Selection::Lane(key) => canvas.lane(key).is_some(),
        }
    }
}

/// Entering a cell from above selects its first card, from below its last; an empty cell is
/// selected as a cell.
fn enter(canvas: &BlueprintCanvas, step: ItemId, lane: LaneKey, from_below: bool) -> Selection {
    let mut cards = canvas.cell(step, lane).map(|c| c.id);
    let card = if from_below { cards.last() } else { cards.next() };
    card.map_or(Selection::Cell { step, lane }, Selection::Card)
}

fn neighbour<T: Copy + PartialEq>(items: &[T], of: T, step: isize) -> Option<T> {
    let at = items.iter().position(|i| *i == of)?;
    items.get(at.checked_add_signed(step)?).copied()
}

/// Where an arrow key (`"ArrowUp"` …) moves `from`; `None` at the edges.
pub fn arrow(canvas: &BlueprintCanvas, from: Selection, key: &str) -> Option<Selection> {
    let steps: Vec<ItemId> = canvas.steps.iter().map(|s| s.id).collect();
    let lanes: Vec<LaneKey> = canvas.lanes.iter().map(|l| l.key).collect();
    let across = |step: ItemId, lane: LaneKey, dir: isize| {
        neighbour(&steps, step, dir).map(|s| enter(canvas, s, lane, false)).or_else(|| {
            // Left of the first step is the lane's header.
            (dir < 0).then_some(Selection::Lane(lane))
        })
    };
    let vertical = |step: ItemId, lane: LaneKey, dir: isize| {
        neighbour(&lanes, lane, dir).map(|l| enter(canvas, step, l, dir < 0)).or_else(|| {
            // Above the first lane is the step's header.
            (dir < 0).then_some(Selection::Step(step))
        })
    };
    match (from, key) {
        (Selection::Card(id), "ArrowUp" | "ArrowDown") => {
            let card = canvas.card(id)?;
            let cell: Vec<ItemId> = canvas.cell(card.step, card.lane).map(|c| c.id).collect();
            let dir = if key == "ArrowUp" { -1 } else { 1 };
            neighbour(&cell, id, dir).map(Selection::Card).or_else(|| vertical(card.step, card.lane, dir))
        }
        (Selection::Card(id), "ArrowLeft" | "ArrowRight") => {
            let card = canvas.card(id)?;
            across(card.step, card.lane, if key == "ArrowLeft" { -1 } else { 1 })
        }
        (Selection::Cell { step, lane }, "ArrowUp") => vertical(step, lane, -1),
        (Selection::Cell { step, lane }, "ArrowDown") => vertical(step, lane, 1),
        (Selection::Cell { step, lane }, "ArrowLeft") => across(step, lane, -1),
        (Selection::Cell { step, lane }, "ArrowRight") => across(step, lane, 1),
        (Selection::Step(id), "ArrowLeft") => neighbour(&steps, id, -1).map(Selection::Step),
        (Selection::Step(id), "ArrowRight") => neighbour(&steps, id, 1).map(Selection::Step),
        (Selection::Step(id), "ArrowDown") => lanes.first().map(|&lane| enter(canvas, id, lane, false)),
        (Selection::Lane(key), "ArrowUp") => neighbour(&lanes, key, -1).map(Selection::Lane),
        (Selection::Lane(key), "ArrowDown") => neighbour(&lanes, key, 1).map(Selection::Lane),
        (Selection::Lane(key), "ArrowRight") => steps.first().map(|&step| enter(canvas, step, key, false)),
        _ => None,
    }
}

/// Where Alt+arrow moves a card: up/down within its cell, past the cell's edge into the lane
/// above or below; left/right to the same lane of the neighbouring step. Returns the target
/// cell and the index in it.
pub fn card_move(canvas: &BlueprintCanvas, id: ItemId, key: &str) -> Option<(ItemId, LaneKey, usize)> {
    let card = canvas.card(id)?;
    let cell: Vec<ItemId> = canvas.cell(card.step, card.lane).map(|c| c.id).collect();
    let at = cell.iter().position(|c| *c == id)?;
    let lanes: Vec<LaneKey> = canvas.lanes.iter().map(|l| l.key).collect();
    let steps: Vec<ItemId> = canvas.steps.iter().map(|s| s.id).collect();
    match key {
        "ArrowUp" if at > 0 => Some((card.step, card.lane, at - 1)),
        "ArrowUp" => neighbour(&lanes, card.lane, -1).map(|l| (card.step, l, usize::MAX)),
        "ArrowDown" if at + 1 < cell.len() => Some((card.step, card.lane, at + 1)),
        "ArrowDown" => neighbour(&lanes, card.lane, 1).map(|l| (card.step, l, 0)),
        "ArrowLeft" => neighbour(&steps, card.step, -1).map(|s| (s, card.lane, usize::MAX)),
        "ArrowRight" => neighbour(&steps, card.step, 1).map(|s| (s, card.lane, usize::MAX)),
        _ => None,
    }
}
