//! What the org chart does with pointers and keys, as pure functions the chart component
//! calls: which box part a point is on, where a dragged position would drop and the move that
//! means, which position an arrow key leads to, what every key does, and the part of the
//! chart worth drawing.

use super::KeyPress;
use crate::model::org::layout::{ChartLayout, PlacedBox, BOX_HEIGHT, BOX_WIDTH};
use crate::model::org::{Direction, OrgCanvas, OrgCommand, Tree};
use crate::model::ItemId;

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

/// Where a dragged position lands relative to the box it is dropped on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropZone {
    /// Just before it, as a sibling.
    Before,
    /// Under it, as its last subordinate.
    Child,
    /// Just after it, as a sibling.
    After,
}

/// The drop indication on one box while a position is dragged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DropMark {
    pub target: ItemId,
    pub zone: DropZone,
    /// False when the target is the dragged position's own subordinate (a cycle).
    pub allowed: bool,
}

/// The collapse toggle's box, at the bottom-right corner inside the position's box.
pub const TOGGLE_WIDTH: f64 = 40.0;
pub const TOGGLE_HEIGHT: f64 = 16.0;

/// Whether a point local to a box (0,0 = its top-left) is on its collapse toggle.
pub fn on_toggle(local_x: f64, local_y: f64) -> bool {
    let left = BOX_WIDTH - TOGGLE_WIDTH - 4.0;
    let top = BOX_HEIGHT - TOGGLE_HEIGHT - 4.0;
    (left..=left + TOGGLE_WIDTH).contains(&local_x) && (top..=top + TOGGLE_HEIGHT).contains(&local_y)
}

/// Distance apart and midpoint of the first two touches.
pub fn spread(touches: &[(i32, (f64, f64))]) -> Option<(f64, (f64, f64))> {
    let [(_, a), (_, b), ..] = touches else { return None };
    Some(((a.0 - b.0).hypot(a.1 - b.1), ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)))
}

/// Where on `target` a drop at chart point `(x, y)` lands: its leading edge, middle or
/// trailing edge along the sibling axis.
pub fn zone(target: &PlacedBox, (x, y): (f64, f64), direction: Direction) -> DropZone {
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

/// The drop mark for `moving` dragged to chart point `at`: on the box under it (not its own).
pub fn drop_mark(org: &OrgCanvas, layout: &ChartLayout, moving: ItemId, at: (f64, f64)) -> Option<DropMark> {
    let hit = layout.hit(at.0, at.1).filter(|hit| hit.id != moving)?;
    let tree = Tree::new(org);
    let allowed = match (tree.at(moving), tree.at(hit.id)) {
        (Some(moving), Some(target)) => !tree.is_ancestor_or_self(moving, target),
        _ => false,
    };
    Some(DropMark { target: hit.id, zone: zone(hit, at, org.direction), allowed })
}

/// The move that dropping `moving` on `mark` means.
pub fn drop_command(org: &OrgCanvas, moving: ItemId, mark: DropMark) -> Option<OrgCommand> {
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
pub fn neighbour(org: &OrgCanvas, layout: &ChartLayout, from: ItemId, key: &str) -> Option<ItemId> {
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
pub fn reorder(org: &OrgCanvas, id: ItemId, step: isize) -> Option<OrgCommand> {
    let position = org.position(id)?;
    let siblings: Vec<ItemId> = org.positions.iter().filter(|p| p.parent == position.parent).map(|p| p.id).collect();
    let at = siblings.iter().position(|&s| s == id)?;
    let index = at.checked_add_signed(step)?;
    (index < siblings.len()).then_some(OrgCommand::Move { id, parent: position.parent, index })
}

/// Pan step of an arrow key with nothing selected, in screen pixels.
pub const PAN_STEP: f64 = 60.0;
/// Zoom factor of one `+` or `-`.
pub const ZOOM_STEP: f64 = 1.2;

/// What a key pressed on the chart does.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartKey {
    /// Fit the whole chart in view.
    Fit,
    /// Zoom about the viewport's centre by this factor.
    Zoom(f64),
    /// Move the view by this many pixels.
    Pan(f64, f64),
    /// Ask the canvas for something.
    Act(ChartAction),
    /// Handled, nothing more to do (a key that found no neighbour, say).
    Nothing,
    /// Not the chart's key: the browser keeps it.
    Ignored,
}

/// What `key` does on the chart with `selected` chosen; `new_title` names an added position.
pub fn chart_key(org: &OrgCanvas, layout: &ChartLayout, selected: Option<ItemId>, key: &KeyPress, new_title: &str) -> ChartKey {
    let selected = selected.and_then(|id| org.position(id));
    let add = |parent, index| ChartKey::Act(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent, index, title: new_title.to_owned() }));
    let act = |action: Option<ChartAction>| action.map_or(ChartKey::Nothing, ChartKey::Act);
    let arrow = matches!(key.key.as_str(), "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight");
    match (key.key.as_str(), selected) {
        ("0", _) if key.command => ChartKey::Fit,
        ("+" | "=", _) if !key.command => ChartKey::Zoom(ZOOM_STEP),
        ("-" | "_", _) if !key.command => ChartKey::Zoom(1.0 / ZOOM_STEP),
        ("Tab", Some(p)) if !key.shift && !key.command && !key.alt => add(Some(p.id), None),
        ("Enter", Some(p)) => {
            let index = org.positions.iter().filter(|q| q.parent == p.parent).position(|q| q.id == p.id);
            add(p.parent, index.map(|i| i + 1))
        }
        ("Enter", None) if org.positions.is_empty() => add(None, None),
        ("F2", Some(p)) => ChartKey::Act(ChartAction::Edit(Some(p.id))),
        ("Delete" | "Backspace", Some(p)) => ChartKey::Act(ChartAction::Delete(p.id)),
        ("Escape", Some(_)) => ChartKey::Act(ChartAction::Select(None)),
        (" ", Some(p)) if org.positions.iter().any(|q| q.parent == Some(p.id)) => {
            ChartKey::Act(ChartAction::Command(OrgCommand::SetCollapsed { id: p.id, collapsed: !p.collapsed }))
        }
        (name, Some(p)) if arrow && key.alt => {
            let earlier = match org.direction {
                Direction::TopDown => name == "ArrowLeft" || name == "ArrowUp",
                Direction::LeftRight => name == "ArrowUp" || name == "ArrowLeft",
            };
            act(reorder(org, p.id, if earlier { -1 } else { 1 }).map(ChartAction::Command))
        }
        (name, Some(p)) if arrow && !key.shift => act(neighbour(org, layout, p.id, name).map(|id| ChartAction::Select(Some(id)))),
        (name, _) if arrow => match name {
            "ArrowUp" => ChartKey::Pan(0.0, PAN_STEP),
            "ArrowDown" => ChartKey::Pan(0.0, -PAN_STEP),
            "ArrowLeft" => ChartKey::Pan(PAN_STEP, 0.0),
            _ => ChartKey::Pan(-PAN_STEP, 0.0),
        },
        ("Home", _) => act(layout.boxes.first().map(|b| ChartAction::Select(Some(b.id)))),
        _ => ChartKey::Ignored,
    }
}

/// The part of the chart worth drawing (chart coordinates, snapped outward to a coarse grid so
/// that panning redraws boxes only when the view crosses a grid line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub left: i64,
    pub top: i64,
    pub right: i64,
    pub bottom: i64,
}

/// Grid step of [`Window`], in chart units.
const WINDOW_STEP: f64 = 400.0;

impl Window {
    /// The chart area seen through a `width`×`height` viewport at `scale` with offset
    /// (`x`, `y`), widened by one grid step on every side and snapped to the grid.
    pub fn around(x: f64, y: f64, scale: f64, width: f64, height: f64) -> Window {
        let snap_down = |v: f64| ((v / WINDOW_STEP).floor() as i64 - 1) * WINDOW_STEP as i64;
        let snap_up = |v: f64| ((v / WINDOW_STEP).ceil() as i64 + 1) * WINDOW_STEP as i64;
        Window { left: snap_down(-x / scale), top: snap_down(-y / scale), right: snap_up((width - x) / scale), bottom: snap_up((height - y) / scale) }
    }

    /// Whether any of `placed`'s box is inside the window.
    pub fn shows(&self, placed: &PlacedBox) -> bool {
        placed.x + BOX_WIDTH >= self.left as f64
            && placed.x <= self.right as f64
            && placed.y + BOX_HEIGHT >= self.top as f64
            && placed.y <= self.bottom as f64
    }
}

#[cfg(test)]
#[path = "org_chart_tests.rs"]
mod tests;
