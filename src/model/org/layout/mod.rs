//! Tidy layout of the org chart. This module owns the chart's geometry: where the box of each
//! visible position goes, how large the whole chart is, which box lies under a point and how a
//! reporting line bends between two boxes. The UI draws from [`ChartLayout`] and the SVG export
//! prints it; nothing here is stored, it is recomputed from the canvas.
//!
//! The layout is a Reingold–Tilford tidy tree. Every subtree is summarised by its outline: a
//! left and a right contour holding the outermost box centre on each of its levels. Siblings
//! are packed left to right, each as close to the ones before as their contours allow, so a
//! shallow subtree may tuck under a wide neighbour's deeper levels; a parent is then centred
//! over its first and last child. Several tops (a forest) are packed the same way, as if they
//! were children of an invisible root.
//!
//! Contours are stored deepest level first, so the subtree root's level is `last()` and putting
//! a parent on top is a push. Each contour carries a lazy shift, so moving a whole subtree is
//! O(1), and joining two contours rewrites only the levels the shorter one has. Summed over the
//! chart that is linear. Nothing recurses: the walks use explicit stacks, so a 10,000-deep chain
//! fits the small wasm stack.
//!
//! The layout is computed in two abstract axes: *across* (where siblings spread) and *along*
//! (where depth grows). Top-down maps them to x and y, left-to-right to y and x.

mod pack;

use super::{Direction, OrgCanvas, Tree};
use crate::model::core::ItemId;
use pack::{pack, Packed};
use std::collections::HashMap;

pub const BOX_WIDTH: f64 = 168.0;
pub const BOX_HEIGHT: f64 = 72.0;
/// Gap between neighbouring boxes of one level (siblings or cousins).
pub const SIBLING_GAP: f64 = 24.0;
/// Gap between a level and the next one.
pub const LEVEL_GAP: f64 = 56.0;

/// One visible position's box, in chart space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedBox {
    /// Index into `canvas.positions`.
    pub index: usize,
    pub id: ItemId,
    /// Top-left corner.
    pub x: f64,
    pub y: f64,
    /// Levels below its top of the chart (0 for a top).
    pub depth: usize,
}

/// The whole chart laid out: boxes parents-before-children (pre-order, siblings in order, tops
/// in order), and the extent of the drawing. Coordinates start at 0.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartLayout {
    pub boxes: Vec<PlacedBox>,
    pub width: f64,
    pub height: f64,
    /// Where each id's box is in `boxes` (the first, should a damaged file repeat an id).
    index: HashMap<ItemId, usize>,
    /// For each depth, the indexes into `boxes` of that level's boxes, in order across the
    /// level. Pre-order lists a level left to right, so these are sorted, which makes
    /// [`ChartLayout::hit`] a binary search instead of a scan of every box.
    rows: Vec<Vec<usize>>,
    direction: Direction,
}

impl ChartLayout {
    pub fn box_of(&self, id: ItemId) -> Option<&PlacedBox> {
        self.index.get(&id).and_then(|&at| self.boxes.get(at))
    }

    /// Box under a chart-space point, if any (for drop targets / clicks). Edges count as inside.
    pub fn hit(&self, x: f64, y: f64) -> Option<&PlacedBox> {
        let axes = Axes::of(self.direction);
        let (across, along) = axes.split(x, y);
        if across.is_nan() || along.is_nan() || across < 0.0 || along < 0.0 {
            return None;
        }
        let level = (along / axes.level_step()).floor();
        if along - level * axes.level_step() > axes.along {
            return None; // in the gap between two levels
        }
        // A float-to-int cast saturates, so an infinite point just finds no row.
        let row = self.rows.get(level as usize)?;
        let across_of = |b: &PlacedBox| axes.split(b.x, b.y).0;
        let first_not_before = row.partition_point(|&at| self.boxes.get(at).is_some_and(|b| across_of(b) + axes.across < across));
        let placed = self.boxes.get(*row.get(first_not_before)?)?;
        (across_of(placed) <= across).then_some(placed)
    }
}

/// Lays out the visible positions (children of a `collapsed` position are hidden,
/// recursively) in `canvas.direction`.
pub fn layout(canvas: &OrgCanvas) -> ChartLayout {
    layout_tree(&Tree::new(canvas))
}

/// Same, for a given tree (lets callers reuse a Tree they already built).
pub fn layout_tree(tree: &Tree) -> ChartLayout {
    if tree.canvas.positions.is_empty() {
        return ChartLayout::default();
    }
    let axes = Axes::of(tree.canvas.direction);
    // The two fields the walks need, copied in one sequential pass: a `Position` is hundreds
    // of bytes, and reading it in pre-order rather than storage order misses the cache on big
    // charts (copying nearly halves `layout_tree`'s time for 100,000 positions).
    let brief: Vec<Brief> = tree.canvas.positions.iter().map(|p| Brief { id: p.id, collapsed: p.collapsed }).collect();
    let (roots, is_top) = forest_tops(tree);
    let entries = visible_preorder(tree, &brief, &roots, &is_top);
    let packed = pack(&entries, axes.sibling_step());
    place(&brief, &entries, &packed, axes)
}

/// What the layout reads of a position.
struct Brief {
    id: ItemId,
    collapsed: bool,
}

/// The elbow connector from a parent box to a child box as 4 points (parent edge midpoint,
/// bend, bend, child edge midpoint): for TopDown from the parent's bottom centre down to the
/// middle of the level gap, across, down to the child's top centre; for LeftRight the same
/// turned 90° (parent's right middle → child's left middle). The bends sit halfway between the
/// two boxes, so all of a parent's connectors share one bar.
pub fn elbow(parent: &PlacedBox, child: &PlacedBox, direction: Direction) -> [(f64, f64); 4] {
    match direction {
        Direction::TopDown => {
            let from = (parent.x + BOX_WIDTH / 2.0, parent.y + BOX_HEIGHT);
            let to = (child.x + BOX_WIDTH / 2.0, child.y);
            let bend = (from.1 + to.1) / 2.0;
            [from, (from.0, bend), (to.0, bend), to]
        }
        Direction::LeftRight => {
            let from = (parent.x + BOX_WIDTH, parent.y + BOX_HEIGHT / 2.0);
            let to = (child.x, child.y + BOX_HEIGHT / 2.0);
            let bend = (from.0 + to.0) / 2.0;
            [from, (bend, from.1), (bend, to.1), to]
        }
    }
}

/// The box's extent in the two abstract axes of a direction.
#[derive(Clone, Copy)]
struct Axes {
    direction: Direction,
    /// Box size where siblings spread.
    across: f64,
    /// Box size where depth grows.
    along: f64,
}

impl Axes {
    fn of(direction: Direction) -> Self {
        match direction {
            Direction::TopDown => Axes { direction, across: BOX_WIDTH, along: BOX_HEIGHT },
            Direction::LeftRight => Axes { direction, across: BOX_HEIGHT, along: BOX_WIDTH },
        }
    }

    /// Closest distance between the centres of two neighbours on one level.
    fn sibling_step(self) -> f64 {
        self.across + SIBLING_GAP
    }

    /// Distance from one level to the next.
    fn level_step(self) -> f64 {
        self.along + LEVEL_GAP
    }

    /// Chart-space (x, y) as (across, along).
    fn split(self, x: f64, y: f64) -> (f64, f64) {
        match self.direction {
            Direction::TopDown => (x, y),
            Direction::LeftRight => (y, x),
        }
    }

    /// (across, along) as chart-space (x, y); the swap is its own inverse.
    fn join(self, across: f64, along: f64) -> (f64, f64) {
        self.split(across, along)
    }
}

/// The position above `at`, as [`Tree::new`] sees it (a missing or self parent is none).
fn parent_of(tree: &Tree, at: usize) -> Option<usize> {
    let parent = tree.canvas.positions.get(at)?.parent?;
    tree.at(parent).filter(|&p| p != at)
}

/// The tops of the drawn forest, in `positions` order, and a flag per position marking them.
/// They are the tree's roots plus, for a damaged file, one position of each cycle of parents
/// (the lowest index on it): such positions hang from no root, and rather than losing them the
/// cycle is cut there. Walks must then not follow the edge into a top, which the flag tells.
fn forest_tops(tree: &Tree) -> (Vec<usize>, Vec<bool>) {
    let n = tree.canvas.positions.len();
    let mut is_top = vec![false; n];
    let mut reached = vec![false; n];
    let mut stack = Vec::new();
    let mut tops = tree.roots().to_vec();
    for &root in tree.roots() {
        is_top[root] = true;
        reach(tree, root, &mut reached, &mut stack);
    }
    // Which walk last stepped on each position. Every position a walk steps on ends up
    // reached, and walks start only from unreached ones, so each is stepped on once overall.
    let mut walked = vec![usize::MAX; n];
    for start in 0..n {
        if reached[start] {
            continue;
        }
        // An unreached position's superiors are all unreached and all have parents, so going
        // up must come round to a position of this walk: that one is on the cycle.
        let mut on_cycle = start;
        while walked[on_cycle] != start {
            walked[on_cycle] = start;
            match parent_of(tree, on_cycle) {
                Some(up) => on_cycle = up,
                None => break,
            }
        }
        let mut top = on_cycle;
        let mut at = on_cycle;
        for _ in 0..n {
            match parent_of(tree, at) {
                Some(up) if up != on_cycle => {
                    at = up;
                    top = top.min(up);
                }
                _ => break,
            }
        }
        if reached[top] {
            top = start; // cannot happen (see above); keeps the walk total all the same
        }
        is_top[top] = true;
        tops.push(top);
        reach(tree, top, &mut reached, &mut stack);
    }
    tops.sort_unstable();
    (tops, is_top)
}

/// Marks `top` and everything below it not yet reached (hidden or not).
fn reach(tree: &Tree, top: usize, reached: &mut [bool], stack: &mut Vec<usize>) {
    stack.push(top);
    while let Some(at) = stack.pop() {
        if std::mem::replace(&mut reached[at], true) {
            continue;
        }
        stack.extend(tree.children(at).iter().copied().filter(|&c| !reached[c]));
    }
}

/// One visible position in pre-order.
struct Entry {
    /// Index into `positions`.
    node: usize,
    /// Index of the parent's entry (always an earlier one).
    parent: Option<usize>,
    depth: usize,
    /// How many visible children it has; they follow it in pre-order, each with its subtree.
    kids: usize,
}

/// The visible forest in pre-order, tops in order, siblings in order. A collapsed position
/// shows, its subordinates do not.
fn visible_preorder(tree: &Tree, positions: &[Brief], tops: &[usize], is_top: &[bool]) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::with_capacity(positions.len());
    // The forest of `forest_tops` has no cycle, so this guard never fires; it is there so no
    // damaged input could ever make the walk loop or show a box twice.
    let mut shown = vec![false; positions.len()];
    let mut stack: Vec<(usize, Option<usize>, usize)> = tops.iter().rev().map(|&t| (t, None, 0)).collect();
    while let Some((node, parent, depth)) = stack.pop() {
        if std::mem::replace(&mut shown[node], true) {
            continue;
        }
        let here = entries.len();
        if let Some(up) = parent.and_then(|p| entries.get_mut(p)) {
            up.kids += 1;
        }
        entries.push(Entry { node, parent, depth, kids: 0 });
        if !positions[node].collapsed {
            let below = tree.children(node).iter().rev().copied().filter(|&c| !is_top[c]);
            stack.extend(below.map(|c| (c, Some(here), depth + 1)));
        }
    }
    entries
}

/// Turns the relative centres into boxes: absolute centres top-down (a parent's entry comes
/// before its children's), then moved so the chart starts at 0.
fn place(positions: &[Brief], entries: &[Entry], packed: &Packed, axes: Axes) -> ChartLayout {
    if entries.is_empty() {
        return ChartLayout::default();
    }
    let mut centre = packed.in_row.clone();
    for (at, entry) in entries.iter().enumerate() {
        if let Some(up) = entry.parent {
            centre[at] += centre[up] + packed.row_start[up];
        }
    }
    let low = centre.iter().copied().fold(f64::INFINITY, f64::min);
    let high = centre.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let deepest = entries.iter().map(|e| e.depth).max().unwrap_or(0);

    let mut boxes = Vec::with_capacity(entries.len());
    let mut index = HashMap::with_capacity(entries.len());
    let mut rows = vec![Vec::new(); deepest + 1];
    for (entry, centre) in entries.iter().zip(&centre) {
        let id = positions[entry.node].id;
        let (x, y) = axes.join(centre - low, entry.depth as f64 * axes.level_step());
        index.entry(id).or_insert(boxes.len());
        rows[entry.depth].push(boxes.len());
        boxes.push(PlacedBox { index: entry.node, id, x, y, depth: entry.depth });
    }
    let (width, height) = axes.join(high - low + axes.across, deepest as f64 * axes.level_step() + axes.along);
    ChartLayout { boxes, width, height, index, rows, direction: axes.direction }
}
