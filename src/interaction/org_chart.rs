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
mod tests {
    use super::*;
    use crate::interaction::tests::chart_of;
    use crate::model::org::layout::layout;

    fn key(name: &str) -> KeyPress {
        KeyPress { key: name.to_owned(), ..KeyPress::default() }
    }

    /// 1 over 2 and 3; 2 over 4.
    fn chart() -> (OrgCanvas, ChartLayout) {
        let org = chart_of(&[(1, None), (2, Some(1)), (3, Some(1)), (4, Some(2))]);
        let placed = layout(&org);
        (org, placed)
    }

    #[test]
    fn arrows_walk_the_tree_and_alt_arrows_reorder_siblings() {
        let (org, placed) = chart();
        let select = |id| ChartKey::Act(ChartAction::Select(Some(ItemId(id))));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(1)), &key("ArrowDown"), "New"), select(2));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(2)), &key("ArrowRight"), "New"), select(3));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(4)), &key("ArrowUp"), "New"), select(2));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(3)), &key("ArrowRight"), "New"), ChartKey::Nothing, "no sibling after the last");
        let alt = KeyPress { alt: true, ..key("ArrowLeft") };
        let moved = ChartKey::Act(ChartAction::Command(OrgCommand::Move { id: ItemId(3), parent: Some(ItemId(1)), index: 0 }));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(3)), &alt, "New"), moved);
        assert_eq!(chart_key(&org, &placed, None, &key("ArrowUp"), "New"), ChartKey::Pan(0.0, PAN_STEP), "nothing selected: the view moves");
    }

    #[test]
    fn enter_adds_a_sibling_after_tab_a_subordinate_and_text_keys_are_left_alone() {
        let (org, placed) = chart();
        let added = |parent: Option<u64>, index| {
            ChartKey::Act(ChartAction::AddAndEdit(OrgCommand::AddPosition { parent: parent.map(ItemId), index, title: "New".into() }))
        };
        assert_eq!(chart_key(&org, &placed, Some(ItemId(2)), &key("Enter"), "New"), added(Some(1), Some(1)));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(2)), &key("Tab"), "New"), added(Some(2), None));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(2)), &KeyPress { shift: true, ..key("Tab") }, "New"), ChartKey::Ignored);
        assert_eq!(chart_key(&OrgCanvas::default(), &ChartLayout::default(), None, &key("Enter"), "New"), added(None, None));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(2)), &key("a"), "New"), ChartKey::Ignored);
        assert_eq!(chart_key(&org, &placed, None, &KeyPress { command: true, ..key("0") }, "New"), ChartKey::Fit);
        let collapse = ChartKey::Act(ChartAction::Command(OrgCommand::SetCollapsed { id: ItemId(2), collapsed: true }));
        assert_eq!(chart_key(&org, &placed, Some(ItemId(2)), &key(" "), "New"), collapse);
        assert_eq!(chart_key(&org, &placed, Some(ItemId(4)), &key(" "), "New"), ChartKey::Ignored, "a leaf has nothing to collapse");
    }

    #[test]
    fn a_drop_before_after_or_on_a_box_moves_there_and_never_under_itself() {
        let (org, placed) = chart();
        let three = *placed.box_of(ItemId(3)).unwrap();
        let middle = (three.x + BOX_WIDTH / 2.0, three.y + BOX_HEIGHT / 2.0);
        let mark = drop_mark(&org, &placed, ItemId(4), middle).unwrap();
        assert_eq!((mark.target, mark.zone, mark.allowed), (ItemId(3), DropZone::Child, true));
        assert_eq!(drop_command(&org, ItemId(4), mark), Some(OrgCommand::Move { id: ItemId(4), parent: Some(ItemId(3)), index: usize::MAX }));
        let leading = (three.x + 2.0, three.y + 10.0);
        let before = drop_mark(&org, &placed, ItemId(4), leading).unwrap();
        assert_eq!(before.zone, DropZone::Before);
        assert_eq!(drop_command(&org, ItemId(4), before), Some(OrgCommand::Move { id: ItemId(4), parent: Some(ItemId(1)), index: 1 }));
        let four = *placed.box_of(ItemId(4)).unwrap();
        let onto_own_subordinate = drop_mark(&org, &placed, ItemId(2), (four.x + BOX_WIDTH / 2.0, four.y + 5.0)).unwrap();
        assert!(!onto_own_subordinate.allowed);
        assert_eq!(drop_mark(&org, &placed, ItemId(3), middle), None, "not onto itself");
    }

    #[test]
    fn pinches_toggles_and_windows() {
        assert_eq!(spread(&[(1, (0.0, 0.0)), (2, (30.0, 40.0))]), Some((50.0, (15.0, 20.0))));
        assert_eq!(spread(&[(1, (0.0, 0.0))]), None);
        assert!(on_toggle(BOX_WIDTH - 10.0, BOX_HEIGHT - 10.0));
        assert!(!on_toggle(10.0, 10.0));
        let window = Window::around(0.0, 0.0, 1.0, 800.0, 600.0);
        assert_eq!((window.left, window.top, window.right, window.bottom), (-400, -400, 1200, 1200));
        let (_, placed) = chart();
        assert!(placed.boxes.iter().all(|b| window.shows(b)));
    }
}
