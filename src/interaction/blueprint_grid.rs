//! What the blueprint grid does with pointers and keys, as pure functions the grid component
//! calls: what the selection is and where the arrow keys take it (between cards of a cell,
//! cells of neighbouring lanes and steps, and the step and lane headers), where Alt+arrow moves
//! a card, what is under a point, and what every key does.

use super::KeyPress;
use crate::model::blueprint::layout::{BlueprintLayout, EMOTION_HEIGHT, LANE_HEADER_WIDTH, STAGE_HEIGHT, STEP_HEADER_HEIGHT};
use crate::model::blueprint::{BlueprintCanvas, BlueprintCommand, LaneKey, Mark};
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

/// What is under a point of the drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hit {
    Card(ItemId),
    /// A cell, with the index a card dropped there would take.
    Cell(ItemId, LaneKey, usize),
    Step(ItemId),
    Lane(LaneKey),
}

/// What is at drawing point (`x`, `y`): a card, a cell, a step's or a lane's header.
pub fn hit(layout: &BlueprintLayout, x: f64, y: f64) -> Option<Hit> {
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

/// What a press on `hit` selects.
pub fn selection_of(hit: Hit) -> Selection {
    match hit {
        Hit::Card(id) => Selection::Card(id),
        Hit::Cell(step, lane, _) => Selection::Cell { step, lane },
        Hit::Step(id) => Selection::Step(id),
        Hit::Lane(key) => Selection::Lane(key),
    }
}

/// The rectangle (drawing coordinates) a selection occupies, to scroll it into view.
pub fn area(layout: &BlueprintLayout, selected: Selection) -> Option<(f64, f64, f64, f64)> {
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

/// What a double-click on `hit` does: edit a card or a step, or add a card to a cell.
pub fn double_click(hit: Hit, new_card: &str) -> Option<GridAction> {
    match hit {
        Hit::Card(id) => Some(GridAction::Edit(Some(Editing::Card(id)))),
        Hit::Step(id) => Some(GridAction::Edit(Some(Editing::Step(id)))),
        Hit::Cell(step, lane, _) => Some(GridAction::AddAndEdit(BlueprintCommand::AddCard { step, lane, index: None, text: new_card.to_owned() })),
        Hit::Lane(_) => None,
    }
}

/// What `key` does on the grid: the actions to take in order, or `None` when the key is not
/// the grid's (the browser keeps it). `connecting` is the card a connector is drawn from;
/// `new_card` is the text of an added card.
pub fn grid_key(
    canvas: &BlueprintCanvas,
    selected: Option<Selection>,
    connecting: Option<ItemId>,
    key: &KeyPress,
    new_card: &str,
) -> Option<Vec<GridAction>> {
    if key.command {
        return None;
    }
    let add_card =
        |step: ItemId, lane: LaneKey| GridAction::AddAndEdit(BlueprintCommand::AddCard { step, lane, index: None, text: new_card.to_owned() });
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
    let name = key.key.as_str();
    let arrow_key = matches!(name, "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight");
    let action = match (name, selected) {
        (_, Some(Selection::Card(id))) if arrow_key && key.alt => {
            card_move(canvas, id, name).map(|(step, lane, index)| GridAction::Command(BlueprintCommand::MoveCard { id, step, lane, index }))
        }
        (_, Some(from)) if arrow_key => arrow(canvas, from, name).map(|s| GridAction::Select(Some(s))),
        (_, None) if arrow_key || name == "Home" => first().map(|s| GridAction::Select(Some(s))),
        ("Enter", Some(Selection::Card(to))) if connecting.is_some_and(|from| from != to) => {
            let from = connecting.unwrap_or(to);
            return Some(vec![GridAction::Command(BlueprintCommand::Connect { from, to }), GridAction::CancelConnect]);
        }
        ("Enter" | "F2", Some(Selection::Card(id))) => Some(GridAction::Edit(Some(Editing::Card(id)))),
        ("Enter" | "F2", Some(Selection::Step(id))) => Some(GridAction::Edit(Some(Editing::Step(id)))),
        ("Enter", Some(Selection::Cell { step, lane })) => Some(add_card(step, lane)),
        ("n" | "N", Some(sel)) => sel.cell(canvas).map(|(step, lane)| add_card(step, lane)),
        ("Delete" | "Backspace", Some(sel)) => Some(GridAction::Delete(sel)),
        ("f" | "F", Some(Selection::Card(id))) => toggle_mark(id, Mark::FailPoint),
        ("w" | "W", Some(Selection::Card(id))) => toggle_mark(id, Mark::WaitPoint),
        ("c" | "C", Some(Selection::Card(id))) => Some(GridAction::StartConnect(id)),
        ("Escape", _) if connecting.is_some() => Some(GridAction::CancelConnect),
        ("Escape", Some(_)) => Some(GridAction::Select(None)),
        _ => return None,
    };
    Some(action.into_iter().collect())
}

#[cfg(test)]
#[path = "blueprint_grid_tests.rs"]
mod tests;
