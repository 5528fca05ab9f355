//! Tests of the org chart's tidy layout (`model::org::layout`). Property tests build random
//! forests (parents drawn among earlier positions, some collapsed, a few tops, both directions)
//! and check the tidy-tree rules against simple oracles computed here: no two boxes overlap or
//! come closer than the sibling gap on a level, every parent is centred over its first and last
//! visible child, each level sits at its depth, exactly the positions not hidden by a collapsed
//! superior are drawn, once each and in pre-order, the chart starts at 0 and its extent covers
//! every box, and laying out twice gives the same result. Damaged canvases (missing parents,
//! self-parents, cycles) must lay out without panicking. Unit tests pin down the small shapes,
//! a 10,000-deep chain on a small stack, contour packing, the elbow connectors and hit testing.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::org::layout::{elbow, layout, layout_tree, ChartLayout, PlacedBox, BOX_HEIGHT, BOX_WIDTH, LEVEL_GAP, SIBLING_GAP};
use planning_workbench::model::org::{Direction, OrgCanvas, Position, PositionDetails, Tree};
use planning_workbench::model::ItemId;
use proptest::prelude::*;

const EPS: f64 = 1e-6;

/// Ids differ from indexes so that a mix-up between the two shows.
fn id_of(index: usize) -> ItemId {
    ItemId(index as u64 * 7 + 3)
}

fn position(index: usize, parent: Option<usize>, collapsed: bool) -> Position {
    Position {
        id: id_of(index),
        parent: parent.map(id_of),
        details: PositionDetails::titled("x"),
        job: Default::default(),
        duties: vec![],
        collapsed,
    }
}

/// A canvas from (parent index, collapsed) pairs.
fn canvas(shape: &[(Option<usize>, bool)], direction: Direction) -> OrgCanvas {
    OrgCanvas {
        positions: shape.iter().enumerate().map(|(i, &(parent, collapsed))| position(i, parent, collapsed)).collect(),
        direction,
        ..OrgCanvas::default()
    }
}

fn open(parents: &[Option<usize>]) -> Vec<(Option<usize>, bool)> {
    parents.iter().map(|&p| (p, false)).collect()
}

/// Box size across the levels and along the depth, for a direction.
fn sizes(direction: Direction) -> (f64, f64) {
    match direction {
        Direction::TopDown => (BOX_WIDTH, BOX_HEIGHT),
        Direction::LeftRight => (BOX_HEIGHT, BOX_WIDTH),
    }
}

/// A box's (across, along) top-left coordinates.
fn split(b: &PlacedBox, direction: Direction) -> (f64, f64) {
    match direction {
        Direction::TopDown => (b.x, b.y),
        Direction::LeftRight => (b.y, b.x),
    }
}

fn centre_across(b: &PlacedBox, direction: Direction) -> f64 {
    split(b, direction).0 + sizes(direction).0 / 2.0
}

/// Oracle for a well-formed canvas (every parent earlier or missing): children lists, the tops,
/// and the expected pre-order of visible positions with their depths.
fn expected_preorder(shape: &[(Option<usize>, bool)]) -> Vec<(usize, usize)> {
    let mut children = vec![Vec::new(); shape.len()];
    let mut tops = Vec::new();
    for (i, &(parent, _)) in shape.iter().enumerate() {
        match parent {
            Some(p) if p < shape.len() && p != i => children[p].push(i),
            _ => tops.push(i),
        }
    }
    let mut out = Vec::new();
    let mut stack: Vec<(usize, usize)> = tops.iter().rev().map(|&t| (t, 0)).collect();
    while let Some((at, depth)) = stack.pop() {
        out.push((at, depth));
        if !shape[at].1 {
            stack.extend(children[at].iter().rev().map(|&c| (c, depth + 1)));
        }
    }
    out
}

/// Checks every geometric rule that holds for any canvas, damaged or not: no overlaps (all pairs
/// for small charts, neighbours on each level otherwise), gaps respected, levels at their depth,
/// parents centred over their first and last drawn child, extents and origin, no box twice,
/// `box_of` and `hit` agreeing with the boxes, and determinism.
fn check_geometry(canvas: &OrgCanvas, chart: &ChartLayout) -> Result<(), TestCaseError> {
    let direction = canvas.direction;
    let (across, along) = sizes(direction);
    let level_step = along + LEVEL_GAP;
    prop_assert_eq!(chart, &layout(canvas), "laying out twice differs");
    if canvas.positions.is_empty() {
        prop_assert_eq!(chart, &ChartLayout::default());
        return Ok(());
    }
    prop_assert!(!chart.boxes.is_empty());

    // Each position at most once, and its id and index agree.
    let mut seen = vec![false; canvas.positions.len()];
    for b in &chart.boxes {
        prop_assert!(b.index < canvas.positions.len());
        prop_assert!(!seen[b.index], "position {} drawn twice", b.index);
        seen[b.index] = true;
        prop_assert_eq!(b.id, canvas.positions[b.index].id);
        prop_assert_eq!(chart.box_of(b.id), Some(b));
        let (x, y) = (b.x + BOX_WIDTH / 2.0, b.y + BOX_HEIGHT / 2.0);
        prop_assert_eq!(chart.hit(x, y), Some(b));
    }

    // Levels at their depth; origin at 0; extent covers every box exactly.
    for b in &chart.boxes {
        let (_, a) = split(b, direction);
        prop_assert!((a - b.depth as f64 * level_step).abs() < EPS, "box {:?} not at its level", b);
    }
    let min_x = chart.boxes.iter().map(|b| b.x).fold(f64::INFINITY, f64::min);
    let min_y = chart.boxes.iter().map(|b| b.y).fold(f64::INFINITY, f64::min);
    let max_x = chart.boxes.iter().map(|b| b.x + BOX_WIDTH).fold(f64::NEG_INFINITY, f64::max);
    let max_y = chart.boxes.iter().map(|b| b.y + BOX_HEIGHT).fold(f64::NEG_INFINITY, f64::max);
    prop_assert!(min_x.abs() < EPS && min_y.abs() < EPS, "chart starts at ({min_x}, {min_y})");
    prop_assert!((chart.width - max_x).abs() < EPS, "width {} but boxes reach {max_x}", chart.width);
    prop_assert!((chart.height - max_y).abs() < EPS, "height {} but boxes reach {max_y}", chart.height);

    // No overlap, and at least the sibling gap between boxes on one level.
    let n = chart.boxes.len();
    if n <= 60 {
        for (i, a) in chart.boxes.iter().enumerate() {
            for b in &chart.boxes[i + 1..] {
                let apart_x = a.x + BOX_WIDTH <= b.x + EPS || b.x + BOX_WIDTH <= a.x + EPS;
                let apart_y = a.y + BOX_HEIGHT <= b.y + EPS || b.y + BOX_HEIGHT <= a.y + EPS;
                prop_assert!(apart_x || apart_y, "{:?} overlaps {:?}", a, b);
                if a.depth == b.depth {
                    let gap = (centre_across(a, direction) - centre_across(b, direction)).abs() - across;
                    prop_assert!(gap >= SIBLING_GAP - EPS, "{:?} and {:?} only {gap} apart", a, b);
                }
            }
        }
    }
    // Whatever the size: pre-order lists each level left to right, at least a gap apart.
    let mut last_on_level: Vec<Option<&PlacedBox>> = vec![None; n];
    for b in &chart.boxes {
        if let Some(prev) = last_on_level[b.depth] {
            let gap = centre_across(b, direction) - centre_across(prev, direction) - across;
            prop_assert!(gap >= SIBLING_GAP - EPS, "{:?} and {:?} only {gap} apart", prev, b);
        }
        last_on_level[b.depth] = Some(b);
    }

    // Parents centred over their first and last drawn child. A drawn box's parent (as laid out)
    // is the nearest earlier box one level up, pre-order being what it is.
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut open_at_depth: Vec<usize> = Vec::new();
    for (i, b) in chart.boxes.iter().enumerate() {
        open_at_depth.truncate(b.depth);
        prop_assert_eq!(open_at_depth.len(), b.depth, "box {} skips a level", i);
        if let Some(&parent) = open_at_depth.last() {
            kids[parent].push(i);
        }
        open_at_depth.push(i);
    }
    for (i, children) in kids.iter().enumerate() {
        if let (Some(&first), Some(&last)) = (children.first(), children.last()) {
            let middle = (centre_across(&chart.boxes[first], direction) + centre_across(&chart.boxes[last], direction)) / 2.0;
            let parent = centre_across(&chart.boxes[i], direction);
            prop_assert!((parent - middle).abs() < EPS, "parent {} at {parent}, children centre {middle}", i);
        }
    }
    Ok(())
}

/// Full check of a well-formed canvas: the geometry, plus exactly the expected boxes in the
/// expected pre-order with the expected depths, and a laid-out parent being the real parent.
fn check_tree(shape: &[(Option<usize>, bool)], direction: Direction) -> Result<(), TestCaseError> {
    let canvas = canvas(shape, direction);
    let chart = layout(&canvas);
    check_geometry(&canvas, &chart)?;
    let got: Vec<(usize, usize)> = chart.boxes.iter().map(|b| (b.index, b.depth)).collect();
    prop_assert_eq!(got, expected_preorder(shape), "not the visible positions in pre-order");
    let tree = Tree::new(&canvas);
    prop_assert_eq!(&layout_tree(&tree), &chart);
    Ok(())
}

/// Random well-formed forests: position i's parent is an earlier one (or none, now and then).
fn forest() -> impl Strategy<Value = Vec<(Option<usize>, bool)>> {
    prop::collection::vec((any::<u32>(), 0u8..12, prop::bool::weighted(0.12)), 0..140).prop_map(|raw| {
        raw.iter()
            .enumerate()
            .map(|(i, &(pick, top, collapsed))| {
                let parent = (i > 0 && top != 0).then(|| {
                    // Biased to recent positions half the time, for deeper trees.
                    let window = if pick % 2 == 0 { i } else { i.min(4) };
                    i - 1 - (pick as usize / 2) % window
                });
                (parent, collapsed)
            })
            .collect()
    })
}

fn direction() -> impl Strategy<Value = Direction> {
    prop::sample::select(vec![Direction::TopDown, Direction::LeftRight])
}

/// Random damaged canvases: parents anywhere (later positions, itself, or an id naming
/// nothing), so cycles are common.
fn damaged() -> impl Strategy<Value = Vec<(u32, u8, bool)>> {
    prop::collection::vec((any::<u32>(), 0u8..10, prop::bool::weighted(0.1)), 0..60)
}

fn damaged_canvas(raw: &[(u32, u8, bool)], direction: Direction) -> OrgCanvas {
    let n = raw.len();
    let mut canvas = canvas(&[], direction);
    for (i, &(pick, kind, collapsed)) in raw.iter().enumerate() {
        let mut p = position(i, Some(pick as usize % n), collapsed);
        match kind {
            0 => p.parent = None,
            1 => p.parent = Some(ItemId(1_000_000 + pick as u64)), // names nothing
            2 => p.parent = Some(p.id),
            _ => {}
        }
        canvas.positions.push(p);
    }
    canvas
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_forests_lay_out_tidily(shape in forest(), direction in direction()) {
        check_tree(&shape, direction)?;
    }

    #[test]
    fn damaged_canvases_lay_out_without_panicking(raw in damaged(), direction in direction()) {
        let canvas = damaged_canvas(&raw, direction);
        let chart = layout(&canvas);
        check_geometry(&canvas, &chart)?;
        // With nothing collapsed, every position is drawn (cycles are cut, not dropped).
        let mut open = canvas.clone();
        open.positions.iter_mut().for_each(|p| p.collapsed = false);
        let all = layout(&open);
        check_geometry(&open, &all)?;
        prop_assert_eq!(all.boxes.len(), open.positions.len());
    }
}

#[test]
fn an_empty_chart_has_no_boxes() {
    let chart = layout(&OrgCanvas::default());
    assert_eq!(chart, ChartLayout::default());
    assert!(chart.boxes.is_empty());
    assert_eq!((chart.width, chart.height), (0.0, 0.0));
    assert_eq!(chart.hit(0.0, 0.0), None);
}

#[test]
fn a_single_box_sits_at_the_origin() {
    for direction in [Direction::TopDown, Direction::LeftRight] {
        let chart = layout(&canvas(&open(&[None]), direction));
        assert_eq!(chart.boxes, vec![PlacedBox { index: 0, id: id_of(0), x: 0.0, y: 0.0, depth: 0 }]);
        assert_eq!((chart.width, chart.height), (BOX_WIDTH, BOX_HEIGHT));
    }
}

#[test]
fn three_children_are_evenly_spaced_under_a_centred_parent() {
    let chart = layout(&canvas(&open(&[None, Some(0), Some(0), Some(0)]), Direction::TopDown));
    let step = BOX_WIDTH + SIBLING_GAP;
    let level = BOX_HEIGHT + LEVEL_GAP;
    let xy: Vec<(f64, f64)> = chart.boxes.iter().map(|b| (b.x, b.y)).collect();
    assert_eq!(xy, vec![(step, 0.0), (0.0, level), (step, level), (2.0 * step, level)]);
    assert_eq!(chart.width, 2.0 * step + BOX_WIDTH);
    assert_eq!(chart.height, level + BOX_HEIGHT);
}

#[test]
fn left_right_swaps_the_axes() {
    let chart = layout(&canvas(&open(&[None, Some(0), Some(0)]), Direction::LeftRight));
    let step = BOX_HEIGHT + SIBLING_GAP;
    let level = BOX_WIDTH + LEVEL_GAP;
    let xy: Vec<(f64, f64)> = chart.boxes.iter().map(|b| (b.x, b.y)).collect();
    assert_eq!(xy, vec![(0.0, step / 2.0), (level, 0.0), (level, step)]);
    assert_eq!((chart.width, chart.height), (level + BOX_WIDTH, step + BOX_HEIGHT));
}

#[test]
fn several_tops_sit_side_by_side_in_order() {
    let chart = layout(&canvas(&open(&[None, None, Some(0), None]), Direction::TopDown));
    let order: Vec<usize> = chart.boxes.iter().map(|b| b.index).collect();
    assert_eq!(order, vec![0, 2, 1, 3]);
    let tops: Vec<f64> = chart.boxes.iter().filter(|b| b.depth == 0).map(|b| b.x).collect();
    assert!(tops.windows(2).all(|w| w[1] - w[0] >= BOX_WIDTH + SIBLING_GAP));
}

#[test]
fn collapsed_positions_hide_everything_below_them() {
    // 0 ─ 1 (collapsed) ─ 2 ─ 3, and 0 ─ 4.
    let shape = vec![(None, false), (Some(0), true), (Some(1), false), (Some(2), false), (Some(0), false)];
    let chart = layout(&canvas(&shape, Direction::TopDown));
    let shown: Vec<usize> = chart.boxes.iter().map(|b| b.index).collect();
    assert_eq!(shown, vec![0, 1, 4]);
    assert!(chart.box_of(id_of(2)).is_none() && chart.box_of(id_of(3)).is_none());
}

#[test]
fn missing_and_self_parents_make_tops_and_cycles_are_cut() {
    let mut chart_canvas = canvas(&open(&[None, Some(0)]), Direction::TopDown);
    chart_canvas.positions.push(position(2, Some(9_999), false)); // names nothing
    let mut own = position(3, None, false);
    own.parent = Some(own.id);
    chart_canvas.positions.push(own);
    // 4 → 5 → 6 → 4, with 7 hanging below 5.
    chart_canvas.positions.extend([
        position(4, Some(6), false),
        position(5, Some(4), false),
        position(6, Some(5), false),
        position(7, Some(5), false),
    ]);
    let chart = layout(&chart_canvas);
    let got: Vec<(usize, usize)> = chart.boxes.iter().map(|b| (b.index, b.depth)).collect();
    // The cycle is cut above its lowest index, 4, keeping 7 under 5.
    assert_eq!(got, vec![(0, 0), (1, 1), (2, 0), (3, 0), (4, 0), (5, 1), (6, 2), (7, 2)]);
}

#[test]
fn a_ten_thousand_deep_chain_lays_out_on_a_small_stack() {
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let parents: Vec<Option<usize>> = (0..10_000).map(|i: usize| i.checked_sub(1)).collect();
            let chain = canvas(&open(&parents), Direction::TopDown);
            let chart = layout(&chain);
            assert_eq!(chart.boxes.len(), 10_000);
            let last = chart.boxes.last().copied();
            assert_eq!(last.map(|b| (b.index, b.depth)), Some((9_999, 9_999)));
            assert!(chart.boxes.iter().all(|b| b.x == 0.0));
            assert_eq!(chart.width, BOX_WIDTH);
            assert_eq!(chart.height, 9_999.0 * (BOX_HEIGHT + LEVEL_GAP) + BOX_HEIGHT);
            // A cycle of the same length, too.
            let mut ring = chain.clone();
            ring.positions[0].parent = Some(id_of(9_999));
            assert_eq!(layout(&ring).boxes.len(), 10_000);
            drop(chart);
        })
        .expect("spawn a thread");
    worker.join().expect("the chain lays out without overflowing the stack");
}

#[test]
fn a_hundred_thousand_positions_lay_out_on_a_small_stack() {
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let parents: Vec<Option<usize>> = (0..100_000).map(|i: usize| i.checked_sub(1).map(|p| p / 3)).collect();
            let chart = layout(&canvas(&open(&parents), Direction::LeftRight));
            assert_eq!(chart.boxes.len(), 100_000);
        })
        .expect("spawn a thread");
    worker.join().expect("a big chart lays out without overflowing the stack");
}

/// Across-extent of the boxes of `indexes`.
fn span(chart: &ChartLayout, indexes: &[usize]) -> f64 {
    let boxes: Vec<&PlacedBox> = chart.boxes.iter().filter(|b| indexes.contains(&b.index)).collect();
    let low = boxes.iter().map(|b| b.x).fold(f64::INFINITY, f64::min);
    let high = boxes.iter().map(|b| b.x + BOX_WIDTH).fold(f64::NEG_INFINITY, f64::max);
    high - low
}

#[test]
fn contours_pack_tighter_than_bounding_boxes() {
    // Root 0 with two children. 1 is narrow at first and wide deep down (1 → 2 → 3..=8);
    // 9 is shallow but two wide (9 → 10, 11). 9's level-2 boxes fit beside 2, above 3..=8's level.
    let mut parents = vec![None, Some(0), Some(1)];
    parents.extend([Some(2); 6]);
    parents.extend([Some(0), Some(9), Some(9)]);
    let chart = layout(&canvas(&open(&parents), Direction::TopDown));
    let left = span(&chart, &[1, 2, 3, 4, 5, 6, 7, 8]);
    let right = span(&chart, &[9, 10, 11]);
    assert!(chart.width < left + right, "width {} not below {left} + {right}", chart.width);
    // And the rules still hold: 10 sits just a gap right of 2.
    let gap = chart.box_of(id_of(10)).map(|b| b.x).unwrap_or_default() - chart.box_of(id_of(2)).map(|b| b.x + BOX_WIDTH).unwrap_or_default();
    assert_eq!(gap, SIBLING_GAP);
}

#[test]
fn elbows_join_the_right_box_edges() {
    let parents = open(&[None, Some(0), Some(0)]);
    for direction in [Direction::TopDown, Direction::LeftRight] {
        let chart = layout(&canvas(&parents, direction));
        let parent = chart.boxes[0];
        for child in &chart.boxes[1..] {
            let [from, bend_a, bend_b, to] = elbow(&parent, child, direction);
            match direction {
                Direction::TopDown => {
                    assert_eq!(from, (parent.x + BOX_WIDTH / 2.0, parent.y + BOX_HEIGHT));
                    assert_eq!(to, (child.x + BOX_WIDTH / 2.0, child.y));
                    let middle = parent.y + BOX_HEIGHT + LEVEL_GAP / 2.0;
                    assert_eq!((bend_a, bend_b), ((from.0, middle), (to.0, middle)));
                }
                Direction::LeftRight => {
                    assert_eq!(from, (parent.x + BOX_WIDTH, parent.y + BOX_HEIGHT / 2.0));
                    assert_eq!(to, (child.x, child.y + BOX_HEIGHT / 2.0));
                    let middle = parent.x + BOX_WIDTH + LEVEL_GAP / 2.0;
                    assert_eq!((bend_a, bend_b), ((middle, from.1), (middle, to.1)));
                }
            }
        }
    }
}

#[test]
fn hit_finds_boxes_and_misses_gaps() {
    let parents = open(&[None, Some(0), Some(0)]);
    for direction in [Direction::TopDown, Direction::LeftRight] {
        let chart = layout(&canvas(&parents, direction));
        for b in &chart.boxes {
            assert_eq!(chart.hit(b.x + 1.0, b.y + 1.0), Some(b));
            assert_eq!(chart.hit(b.x, b.y), Some(b), "the top-left corner counts");
            assert_eq!(chart.hit(b.x + BOX_WIDTH, b.y + BOX_HEIGHT), Some(b), "so does the bottom-right");
        }
        let (first, second) = (chart.boxes[1], chart.boxes[2]);
        let (between_siblings, between_levels) = match direction {
            Direction::TopDown => ((first.x + BOX_WIDTH + SIBLING_GAP / 2.0, first.y + 1.0), (first.x + 1.0, first.y - LEVEL_GAP / 2.0)),
            Direction::LeftRight => ((first.x + 1.0, first.y + BOX_HEIGHT + SIBLING_GAP / 2.0), (first.x - LEVEL_GAP / 2.0, first.y + 1.0)),
        };
        assert_eq!(chart.hit(between_siblings.0, between_siblings.1), None);
        assert_eq!(chart.hit(between_levels.0, between_levels.1), None);
        assert_eq!(chart.hit(second.x + 1.0, second.y + 1.0), Some(&second));
        // Beside the root, outside the chart, and nonsense.
        assert_eq!(chart.hit(1.0, 1.0), None);
        for (x, y) in [(-1.0, 5.0), (5.0, -1.0), (chart.width + 1.0, 5.0), (5.0, chart.height + 1.0), (f64::NAN, 1.0), (f64::INFINITY, f64::INFINITY)]
        {
            assert_eq!(chart.hit(x, y), None, "hit({x}, {y})");
        }
    }
}

#[test]
fn box_of_finds_drawn_positions_only() {
    let shape = vec![(None, true), (Some(0), false)];
    let chart = layout(&canvas(&shape, Direction::TopDown));
    assert_eq!(chart.box_of(id_of(0)).map(|b| b.index), Some(0));
    assert_eq!(chart.box_of(id_of(1)), None);
    assert_eq!(chart.box_of(ItemId(424_242)), None);
}
