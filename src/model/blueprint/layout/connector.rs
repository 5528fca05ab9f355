//! How a connector's arrow runs between two cards: straight within a column, otherwise out of
//! the facing side, along the gap beside the target's column and into its facing side.

use super::{CardBox, COLUMN_PAD};

/// The arrow's route from one card to another as a polyline: if the cards are in the same
/// column, from the bottom (or top) edge middle of one to the facing edge of the other;
/// otherwise from the side facing the other card (right edge if the target is to the right) at
/// mid-height, horizontally to the middle of the gap between columns, vertically to the
/// target's mid-height, then horizontally to the target's facing edge. First and last points
/// lie exactly on the card edges.
///
/// Between columns that are not neighbours the vertical runs in the gap right beside the
/// target's column, so the arrowhead always comes in on a short straight piece and arrows into
/// one card share their last bend. Points that would repeat (cards at the same height) are
/// dropped.
pub fn connector_route(from: &CardBox, to: &CardBox) -> Vec<(f64, f64)> {
    let (from_x, from_y) = from.centre();
    let (to_x, to_y) = to.centre();
    let same_column = from.x < to.x + to.width && to.x < from.x + from.width;
    let route = if same_column {
        let (start, end) = if to_y >= from_y { ((from_x, from.y + from.height), (to_x, to.y)) } else { ((from_x, from.y), (to_x, to.y + to.height)) };
        // Cards of one column share their centre; should they not, jog halfway.
        let bend = (start.1 + end.1) / 2.0;
        vec![start, (start.0, bend), (end.0, bend), end]
    } else if to.x > from.x {
        let (start, end) = ((from.x + from.width, from_y), (to.x, to_y));
        let gap = (to.x - COLUMN_PAD).max(start.0);
        vec![start, (gap, start.1), (gap, end.1), end]
    } else {
        let (start, end) = ((from.x, from_y), (to.x + to.width, to_y));
        let gap = (end.0 + COLUMN_PAD).min(start.0);
        vec![start, (gap, start.1), (gap, end.1), end]
    };
    let mut points: Vec<(f64, f64)> = Vec::with_capacity(route.len());
    for point in route {
        if points.last() != Some(&point) {
            points.push(point);
        }
    }
    // A straight route keeps only its ends.
    if points.len() == 3 && (points[0].0 == points[2].0 || points[0].1 == points[2].1) {
        points.remove(1);
    }
    points
}
