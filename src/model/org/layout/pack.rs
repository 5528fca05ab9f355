//! The packing step of the tidy layout: subtree outlines (left and right contours, deepest
//! level first, with a lazy shift) and the placing of siblings as close as their contours
//! allow, parents centred over their children. Iterative throughout.

use super::Entry;

/// One side of a subtree's outline: the outermost box centre on each level, deepest level
/// first (the subtree root's level is `last()`). A level's real value is its stored value plus
/// `shift`, so moving the whole subtree only changes `shift`.
struct Contour {
    levels: Vec<f64>,
    shift: f64,
}

impl Contour {
    fn single() -> Self {
        Contour { levels: vec![0.0], shift: 0.0 }
    }

    /// Real values, root level first.
    fn top_down(&self) -> impl Iterator<Item = f64> + '_ {
        self.levels.iter().rev().map(move |v| v + self.shift)
    }

    /// Puts a new root level (with real value `value`) above the current one.
    fn push_top(&mut self, value: f64) {
        self.levels.push(value - self.shift);
    }

    /// The contour of `front` where it has levels, `back` below them: the left contour of two
    /// packed neighbours is the left one's then the right one's deeper levels, and the other
    /// way round for the right contour. Costs the shorter one's height: the longer vector is
    /// kept and only its top levels rewritten.
    fn overlay(front: Contour, back: Contour) -> Contour {
        if front.levels.len() >= back.levels.len() {
            return front;
        }
        let mut out = back;
        let shift = out.shift;
        for (slot, value) in out.levels.iter_mut().rev().zip(front.top_down()) {
            *slot = value - shift;
        }
        out
    }
}

/// A subtree's (or a row of packed siblings') left and right contours.
struct Outline {
    left: Contour,
    right: Contour,
}

impl Outline {
    fn single() -> Self {
        Outline { left: Contour::single(), right: Contour::single() }
    }

    fn shift_by(&mut self, by: f64) {
        self.left.shift += by;
        self.right.shift += by;
    }

    /// Packs `next` to the right of the row `self`, as close as the contours allow on the
    /// levels both have. Returns the row with `next` in it and how far `next` moved.
    fn pack_right(self, mut next: Outline, step: f64) -> (Outline, f64) {
        // Never below one step: the root levels always meet, and the row's rightmost root is
        // at 0 or beyond, so this floor changes nothing; it only keeps the fold total.
        let by = self.right.top_down().zip(next.left.top_down()).map(|(right, left)| right - left + step).fold(step, f64::max);
        next.shift_by(by);
        let left = Contour::overlay(self.left, next.left);
        let right = Contour::overlay(next.right, self.right);
        (Outline { left, right }, by)
    }
}

/// What packing decides, per entry: its centre relative to its row of siblings (the first
/// sibling's centre is 0), and where its own children's row starts relative to its centre.
pub(super) struct Packed {
    pub(super) in_row: Vec<f64>,
    pub(super) row_start: Vec<f64>,
}

/// Packs every row of siblings bottom-up. Reverse pre-order visits children before parents,
/// so this is a post-order walk whose explicit stack holds the outlines of finished subtrees
/// whose parent is still to come: a parent's children are then its top `kids` entries, first
/// child on top.
pub(super) fn pack(entries: &[Entry], step: f64) -> Packed {
    let mut in_row = vec![0.0; entries.len()];
    let mut row_start = vec![0.0; entries.len()];
    let mut finished: Vec<(usize, Outline)> = Vec::new();
    for (at, entry) in entries.iter().enumerate().rev() {
        let outline = match pack_row(&mut finished, entry.kids, &mut in_row, step) {
            Some((mut row, last)) => {
                // Centred over the first child (at 0) and the last.
                let middle = last / 2.0;
                row_start[at] = -middle;
                row.shift_by(-middle);
                row.left.push_top(0.0);
                row.right.push_top(0.0);
                row
            }
            None => Outline::single(),
        };
        finished.push((at, outline));
    }
    // What is left are the tops, packed as children of an invisible root.
    let tops = finished.len();
    pack_row(&mut finished, tops, &mut in_row, step);
    Packed { in_row, row_start }
}

/// Pops `count` finished subtrees (leftmost first) and packs them into one row, recording each
/// one's centre in `in_row`. Returns the row's outline and its last centre, or `None` if empty.
fn pack_row(finished: &mut Vec<(usize, Outline)>, count: usize, in_row: &mut [f64], step: f64) -> Option<(Outline, f64)> {
    let mut row: Option<(Outline, f64)> = None;
    for _ in 0..count {
        let Some((at, outline)) = finished.pop() else { break };
        let (packed, centre) = match row {
            None => (outline, 0.0),
            Some((left, _)) => left.pack_right(outline, step),
        };
        in_row[at] = centre;
        row = Some((packed, centre));
    }
    row
}
