//! Repairs the org chart of a project that came from outside (an imported file, a CSV-built
//! chart saved by a faulty build, a hand-edited store) so every rule `apply` keeps holds again:
//! position ids unique across the project and below its counter, parents that exist, no
//! cycles, dotted lines between two different existing positions not already linked by a
//! solid line, a valid span range,
//! headcounts within `MAX_HEADCOUNT`, duties listed once, no empty design-principle answers. Runs in linear time without
//! recursion, so a 10,000-deep chain is fine.

use super::{OrgCanvas, DEFAULT_SPAN, MAX_HEADCOUNT, MAX_SPAN};
use crate::model::core::ids::repair_id;
use crate::model::core::ItemId;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Fixes `canvas` in place. `used` holds the ids other canvases already use; `next_item_id` is
/// raised past every id. Returns the number of repairs made (0 for a healthy chart).
pub fn repair_org(canvas: &mut OrgCanvas, used: &BTreeSet<ItemId>, next_item_id: &mut u64) -> usize {
    let mut repairs = 0;
    let highest = canvas.positions.iter().map(|p| p.id.counter()).chain(used.iter().map(|id| id.counter())).max().unwrap_or(0);
    if *next_item_id <= highest {
        *next_item_id = highest.saturating_add(1);
        repairs += 1;
    }
    let mut seen: HashSet<ItemId> = used.iter().copied().collect();
    for position in &mut canvas.positions {
        if !seen.insert(position.id) {
            position.id = repair_id(next_item_id, |id| seen.contains(&id));
            seen.insert(position.id);
            repairs += 1;
        }
        for count in [&mut position.details.planned, &mut position.details.filled] {
            if *count > MAX_HEADCOUNT {
                *count = MAX_HEADCOUNT;
                repairs += 1;
            }
        }
        let before = position.duties.len();
        position.duties.sort();
        position.duties.dedup();
        repairs += usize::from(before != position.duties.len());
    }
    let index: HashMap<ItemId, usize> = canvas.positions.iter().enumerate().map(|(i, p)| (p.id, i)).rev().collect();
    for i in 0..canvas.positions.len() {
        let parent = canvas.positions[i].parent;
        if parent.is_some_and(|p| index.get(&p).is_none_or(|&at| at == i)) {
            canvas.positions[i].parent = None;
            repairs += 1;
        }
    }
    repairs += break_cycles(canvas, &index);
    let before = canvas.dotted.len();
    let mut lines = HashSet::new();
    canvas.dotted.retain(|d| d.from != d.to && index.contains_key(&d.from) && index.contains_key(&d.to) && lines.insert(*d));
    super::edit::drop_dotted_beside_solid(canvas);
    repairs += before - canvas.dotted.len();
    let span = canvas.span;
    if span.min == 0 || span.min > span.max || span.max > MAX_SPAN {
        canvas.span = DEFAULT_SPAN;
        repairs += 1;
    }
    repairs + canvas.design.drop_empty_answers()
}

/// Walks up from every position, marking the path; meeting the current path again means a
/// cycle, which is cut by making the position where the walk started it a top position.
fn break_cycles(canvas: &mut OrgCanvas, index: &HashMap<ItemId, usize>) -> usize {
    const UNSEEN: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![UNSEEN; canvas.positions.len()];
    let mut repairs = 0;
    for start in 0..canvas.positions.len() {
        let mut path = Vec::new();
        let mut current = Some(start);
        while let Some(at) = current {
            match state[at] {
                DONE => break,
                ON_PATH => {
                    // `at` closes the loop: cut its parent link.
                    canvas.positions[at].parent = None;
                    repairs += 1;
                    break;
                }
                _ => {
                    state[at] = ON_PATH;
                    path.push(at);
                    current = canvas.positions[at].parent.and_then(|p| index.get(&p).copied());
                }
            }
        }
        for at in path {
            state[at] = DONE;
        }
    }
    repairs
}
