//! Tests of the blueprint grid's geometry (`model::blueprint::layout`). Canvases are built the
//! way a user builds them, through `model::apply`. A shared checker holds every layout to
//! oracles computed here: each card inside its cell (its step's column × its lane's band), no
//! two cards overlapping, the cards of a cell top-down in stored order, lanes stacked without
//! gaps in lane order and as tall as their fullest cell needs, every card on the grid drawn
//! once and found again by id, by point and by cell. Unit tests pin down the three lines (also
//! with lanes added between), stage headings, the emotion curve, cell and card lookup by point
//! at the exact card edges and in the headers, connector routes in every direction, an empty
//! and a damaged canvas. A property test runs random edit sequences; a big blueprint (100
//! steps × 6 lanes × 600 cards) is timed.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::model::blueprint::layout::{
    connector_route, layout, BlueprintLayout, CardBox, CARD_GAP, CARD_HEIGHT, CARD_WIDTH, COLUMN_WIDTH, EMOTION_HEIGHT, LANES_TOP, LANE_HEADER_WIDTH,
    MIN_LANE_HEIGHT, STAGE_HEIGHT, STEP_HEADER_HEIGHT,
};
use planning_workbench::model::blueprint::{BlueprintCanvas, BlueprintCommand, BlueprintLine, Card, LaneKey, Step};
use planning_workbench::model::{apply, Command, ItemId, Outcome, Project, ProjectId, Timestamp};
use proptest::prelude::*;
use std::collections::HashMap;
use std::time::Instant;

const EPS: f64 = 1e-9;

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-blueprint").unwrap(), "Plan".into(), Timestamp(0))
}

/// Applies a command that must change the project.
fn run(p: &mut Project, command: BlueprintCommand) {
    match apply(p, &Command::Blueprint(command.clone())) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

/// Applies a command, ignoring a refusal (random sequences make many).
fn try_run(p: &mut Project, command: BlueprintCommand) {
    if let Ok(Outcome::Changed(next)) = apply(p, &Command::Blueprint(command)) {
        *p = next;
    }
}

fn add_step(p: &mut Project, name: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, BlueprintCommand::AddStep { index: None, name: name.into() });
    id
}

fn add_card(p: &mut Project, step: ItemId, lane: LaneKey, text: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, BlueprintCommand::AddCard { step, lane, index: None, text: text.into() });
    id
}

fn add_lane(p: &mut Project, after: LaneKey, name: &str) -> LaneKey {
    let key = LaneKey::Custom(ItemId(p.next_item_id));
    run(p, BlueprintCommand::AddLane { after, name: name.into() });
    key
}

fn edit_step(p: &mut Project, id: ItemId, stage: &str, emotion: Option<i8>) {
    let name = p.blueprint.step(id).unwrap().name.clone();
    run(p, BlueprintCommand::EditStep { id, name, stage: stage.into(), minutes: None, emotion });
}

fn boxes_overlap(a: &CardBox, b: &CardBox) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

fn centre(b: &CardBox) -> (f64, f64) {
    (b.x + b.width / 2.0, b.y + b.height / 2.0)
}

/// Checks a layout against oracles computed naively from the canvas.
fn check(canvas: &BlueprintCanvas, laid: &BlueprintLayout) {
    // Steps: one column each, left to right from the lane-name column.
    assert_eq!(laid.steps.len(), canvas.steps.len());
    for (i, (column, step)) in laid.steps.iter().zip(&canvas.steps).enumerate() {
        assert_eq!((column.id, column.index), (step.id, i));
        assert!((column.x - (LANE_HEADER_WIDTH + i as f64 * COLUMN_WIDTH)).abs() < EPS);
        assert!((column.width - COLUMN_WIDTH).abs() < EPS);
    }
    let width = LANE_HEADER_WIDTH + canvas.steps.len().max(1) as f64 * COLUMN_WIDTH;
    assert!((laid.width - width).abs() < EPS, "width {} != {width}", laid.width);

    // Lanes: stacked without gaps in lane order, each as tall as its fullest cell needs.
    let step_index = |id: ItemId| canvas.steps.iter().position(|s| s.id == id);
    let lane_index = |key: LaneKey| canvas.lanes.iter().position(|l| l.key == key);
    let on_grid: Vec<(usize, &Card)> =
        canvas.cards.iter().enumerate().filter(|(_, c)| step_index(c.step).is_some() && lane_index(c.lane).is_some()).collect();
    assert_eq!(laid.lanes.len(), canvas.lanes.len());
    let mut top = EMOTION_HEIGHT + STAGE_HEIGHT + STEP_HEADER_HEIGHT;
    for (i, (band, lane)) in laid.lanes.iter().zip(&canvas.lanes).enumerate() {
        assert_eq!((band.key, band.index), (lane.key, i));
        assert!((band.y - top).abs() < EPS, "lane {i} starts at {} not {top}", band.y);
        let fullest = canvas.steps.iter().map(|s| on_grid.iter().filter(|(_, c)| c.step == s.id && c.lane == lane.key).count()).max().unwrap_or(0);
        let expected = if lane_index(lane.key) == Some(i) {
            MIN_LANE_HEIGHT.max(CARD_GAP + fullest as f64 * (CARD_HEIGHT + CARD_GAP))
        } else {
            MIN_LANE_HEIGHT // a repeated key: its cards are in the first lane with it
        };
        assert!((band.height - expected).abs() < EPS, "lane {i} is {} tall, not {expected}", band.height);
        top += band.height;
    }
    assert!((laid.height - top).abs() < EPS);

    // Cards: every card on the grid once, in stored order, inside its cell.
    assert_eq!(laid.cards.len(), on_grid.len(), "every card on the grid and nothing else is drawn");
    let mut last_in_cell: HashMap<(ItemId, LaneKey), f64> = HashMap::new();
    for (placed, &(at, card)) in laid.cards.iter().zip(&on_grid) {
        assert_eq!((placed.id, placed.index), (card.id, at));
        assert!((placed.width - CARD_WIDTH).abs() < EPS && (placed.height - CARD_HEIGHT).abs() < EPS);
        let column = &laid.steps[step_index(card.step).unwrap()];
        let band = &laid.lanes[lane_index(card.lane).unwrap()];
        assert!(column.x <= placed.x && placed.x + placed.width <= column.x + column.width, "{placed:?} outside {column:?}");
        assert!(band.y <= placed.y && placed.y + placed.height <= band.y + band.height, "{placed:?} outside {band:?}");
        assert!((placed.x + placed.width / 2.0 - (column.x + column.width / 2.0)).abs() < EPS, "centred in the column");
        if let Some(above) = last_in_cell.insert((card.step, card.lane), placed.y) {
            assert!(above + CARD_HEIGHT + CARD_GAP <= placed.y + EPS, "cards of a cell go top-down in order");
        } else {
            assert!((placed.y - band.y - CARD_GAP).abs() < EPS, "the first card sits one gap below the lane top");
        }
    }
    if laid.cards.len() <= 200 {
        for (i, a) in laid.cards.iter().enumerate() {
            for b in &laid.cards[i + 1..] {
                assert!(!boxes_overlap(a, b), "{a:?} overlaps {b:?}");
            }
        }
    } else {
        // Sorted by (x, y), any overlap shows between neighbours of one column.
        let mut sorted = laid.cards.clone();
        sorted.sort_by(|a, b| (a.x, a.y).partial_cmp(&(b.x, b.y)).unwrap());
        for pair in sorted.windows(2) {
            assert!(!boxes_overlap(&pair[0], &pair[1]), "{:?} overlaps {:?}", pair[0], pair[1]);
        }
    }

    // Lookups: by id, by point and by cell.
    for placed in &laid.cards {
        let card = &canvas.cards[placed.index];
        if canvas.cards.iter().position(|c| c.id == card.id) == Some(placed.index) {
            assert_eq!(laid.card_box(card.id), Some(placed));
        }
        let (x, y) = centre(placed);
        assert_eq!(laid.hit_card(x, y), Some(placed));
        let (step, lane, at) = laid.cell_at(x, y).expect("a card is in a cell");
        assert_eq!((step, lane), (card.step, card.lane));
        let slot = on_grid.iter().filter(|(i, c)| *i < placed.index && c.step == card.step && c.lane == card.lane).count();
        assert_eq!(at, slot, "dropping on a card's middle puts the card before it");
    }

    // The lines: right below their lanes, when the lane is there.
    let expected: Vec<(BlueprintLine, f64)> = BlueprintLine::ALL
        .iter()
        .filter_map(|&line| {
            let band = &laid.lanes[lane_index(line.below())?];
            Some((line, band.y + band.height))
        })
        .collect();
    let got: Vec<(BlueprintLine, f64)> = laid.lines.iter().map(|l| (l.line, l.y)).collect();
    assert_eq!(got, expected);

    // The emotion curve: one point per step with an emotion, in the band, left to right.
    assert_eq!(laid.emotion.len(), canvas.steps.iter().filter(|s| s.emotion.is_some()).count());
    for pair in laid.emotion.windows(2) {
        assert!(pair[0].0 < pair[1].0);
    }
    for &(_, y) in &laid.emotion {
        assert!((0.0..=EMOTION_HEIGHT).contains(&y));
    }
}

fn laid_out(p: &Project) -> BlueprintLayout {
    let laid = layout(&p.blueprint);
    check(&p.blueprint, &laid);
    laid
}

#[test]
fn an_empty_blueprint_still_draws_its_lanes() {
    let p = new_project();
    let laid = laid_out(&p);
    assert!(laid.cards.is_empty() && laid.steps.is_empty() && laid.stages.is_empty() && laid.emotion.is_empty());
    assert_eq!(laid.lanes.len(), 5);
    assert_eq!(laid.width, LANE_HEADER_WIDTH + COLUMN_WIDTH);
    assert_eq!(laid.height, LANES_TOP + 5.0 * MIN_LANE_HEIGHT);
    assert_eq!(laid.lines.len(), 3);
    // No step: no cell to drop into, even where the empty column is drawn.
    assert_eq!(laid.cell_at(LANE_HEADER_WIDTH + 10.0, LANES_TOP + 10.0), None);
    assert_eq!(laid.hit_card(LANE_HEADER_WIDTH + 50.0, LANES_TOP + 30.0), None);
    assert_eq!(layout(&BlueprintCanvas::default()), laid);
}

#[test]
fn cards_sit_in_their_cells_top_down_in_order() {
    let mut p = new_project();
    let a = add_step(&mut p, "Arrive");
    let b = add_step(&mut p, "Order");
    let first = add_card(&mut p, b, LaneKey::FrontStage, "greet");
    let second = add_card(&mut p, b, LaneKey::FrontStage, "seat");
    // Inserted at the top of the cell: it comes first although added last.
    let top = ItemId(p.next_item_id);
    run(&mut p, BlueprintCommand::AddCard { step: b, lane: LaneKey::FrontStage, index: Some(0), text: "open door".into() });
    add_card(&mut p, a, LaneKey::Customer, "walk in");
    add_card(&mut p, a, LaneKey::Support, "booking system");
    let laid = laid_out(&p);

    let y = |id| laid.card_box(id).unwrap().y;
    assert!(y(top) < y(first) && y(first) < y(second));
    let band = laid.lanes.iter().find(|l| l.key == LaneKey::FrontStage).unwrap();
    assert_eq!(y(top), band.y + CARD_GAP);
    assert_eq!(y(first), band.y + CARD_GAP + CARD_HEIGHT + CARD_GAP);
    let column_b = laid.steps[1];
    assert_eq!(laid.card_box(first).unwrap().x, column_b.x + (COLUMN_WIDTH - CARD_WIDTH) / 2.0);

    // Moving a card to another cell's top keeps the rest in order.
    run(&mut p, BlueprintCommand::MoveCard { id: second, step: a, lane: LaneKey::Customer, index: 0 });
    let laid = laid_out(&p);
    assert!(laid.card_box(second).unwrap().x < laid.card_box(first).unwrap().x);
}

#[test]
fn lanes_stack_in_order_and_grow_with_their_fullest_cell() {
    let mut p = new_project();
    let a = add_step(&mut p, "A");
    let b = add_step(&mut p, "B");
    for i in 0..3 {
        add_card(&mut p, a, LaneKey::BackStage, &format!("a{i}"));
    }
    add_card(&mut p, b, LaneKey::BackStage, "b");
    let custom = add_lane(&mut p, LaneKey::FrontStage, "Systems");
    add_card(&mut p, b, custom, "one");
    add_card(&mut p, b, custom, "two");
    let laid = laid_out(&p);

    let heights: Vec<(LaneKey, f64)> = laid.lanes.iter().map(|l| (l.key, l.height)).collect();
    let pitch = CARD_HEIGHT + CARD_GAP;
    assert_eq!(
        heights,
        vec![
            (LaneKey::Evidence, MIN_LANE_HEIGHT),
            (LaneKey::Customer, MIN_LANE_HEIGHT),
            (LaneKey::FrontStage, MIN_LANE_HEIGHT),
            (custom, CARD_GAP + 2.0 * pitch),
            (LaneKey::BackStage, CARD_GAP + 3.0 * pitch),
            (LaneKey::Support, MIN_LANE_HEIGHT),
        ]
    );
    // One card fits an empty lane's height exactly.
    assert_eq!(CARD_GAP + pitch, MIN_LANE_HEIGHT);
    for pair in laid.lanes.windows(2) {
        assert_eq!(pair[0].y + pair[0].height, pair[1].y);
    }
    assert_eq!(laid.lanes[0].y, LANES_TOP);
    assert_eq!(laid.height, laid.lanes[5].y + laid.lanes[5].height);
}

#[test]
fn the_lines_run_below_customer_front_stage_and_back_stage() {
    let mut p = new_project();
    let step = add_step(&mut p, "A");
    add_card(&mut p, step, LaneKey::Customer, "x");
    add_card(&mut p, step, LaneKey::Customer, "y");
    let bottom = |laid: &BlueprintLayout, key: LaneKey| {
        let band = laid.lanes.iter().find(|l| l.key == key).unwrap();
        band.y + band.height
    };
    let lines = |laid: &BlueprintLayout| laid.lines.iter().map(|l| (l.line, l.y)).collect::<Vec<_>>();

    let laid = laid_out(&p);
    assert_eq!(
        lines(&laid),
        vec![
            (BlueprintLine::Interaction, bottom(&laid, LaneKey::Customer)),
            (BlueprintLine::Visibility, bottom(&laid, LaneKey::FrontStage)),
            (BlueprintLine::InternalInteraction, bottom(&laid, LaneKey::BackStage)),
        ]
    );

    // Lanes added right below customer and front stage sit below the lines, which stay put.
    let below_customer = add_lane(&mut p, LaneKey::Customer, "Self-service");
    let below_front = add_lane(&mut p, LaneKey::FrontStage, "Phone");
    add_card(&mut p, step, below_customer, "kiosk");
    let laid = laid_out(&p);
    let interaction = laid.lines[0].y;
    assert_eq!(interaction, bottom(&laid, LaneKey::Customer));
    assert_eq!(laid.lanes.iter().find(|l| l.key == below_customer).unwrap().y, interaction);
    assert_eq!(laid.lines[1].y, bottom(&laid, LaneKey::FrontStage));
    assert_eq!(laid.lanes.iter().find(|l| l.key == below_front).unwrap().y, laid.lines[1].y);
    assert_eq!(laid.lines[2].y, bottom(&laid, LaneKey::BackStage));
    assert!(laid.lines[0].y < laid.lines[1].y && laid.lines[1].y < laid.lines[2].y);

    // A lane only a damaged file lacks: its line is not drawn.
    let mut canvas = (*p.blueprint).clone();
    canvas.lanes.retain(|l| l.key != LaneKey::FrontStage);
    let laid = layout(&canvas);
    check(&canvas, &laid);
    assert_eq!(laid.lines.iter().map(|l| l.line).collect::<Vec<_>>(), vec![BlueprintLine::Interaction, BlueprintLine::InternalInteraction]);
}

#[test]
fn stage_headings_merge_consecutive_equal_stages_only() {
    let mut p = new_project();
    let stages = ["Arrive", "Arrive", "Eat", "", "Arrive", "Arrive", "Pay"];
    for (i, stage) in stages.iter().enumerate() {
        let id = add_step(&mut p, &format!("s{i}"));
        if !stage.is_empty() {
            edit_step(&mut p, id, stage, None);
        }
    }
    let laid = laid_out(&p);
    let spans: Vec<(&str, f64, f64)> = laid.stages.iter().map(|s| (s.name.as_str(), s.x, s.width)).collect();
    let x = |i: f64| LANE_HEADER_WIDTH + i * COLUMN_WIDTH;
    assert_eq!(
        spans,
        vec![
            ("Arrive", x(0.0), 2.0 * COLUMN_WIDTH),
            ("Eat", x(2.0), COLUMN_WIDTH),
            ("Arrive", x(4.0), 2.0 * COLUMN_WIDTH),
            ("Pay", x(6.0), COLUMN_WIDTH),
        ]
    );
    // Steps without a stage: no heading, the band stays (the lanes do not move).
    let mut bare = new_project();
    add_step(&mut bare, "x");
    let plain = laid_out(&bare);
    assert!(plain.stages.is_empty());
    assert_eq!(plain.lanes[0].y, laid.lanes[0].y);
}

#[test]
fn the_emotion_curve_runs_left_to_right_inside_its_band() {
    let mut p = new_project();
    let emotions = [Some(2), None, Some(-2), Some(0), Some(1), Some(-1)];
    for (i, emotion) in emotions.iter().enumerate() {
        let id = add_step(&mut p, &format!("s{i}"));
        if emotion.is_some() {
            edit_step(&mut p, id, "", *emotion);
        }
    }
    let laid = laid_out(&p);
    let (zero, top, bottom) = laid.emotion_axis();
    assert_eq!((top, bottom), (0.0, EMOTION_HEIGHT));
    assert!(top < zero && zero < bottom);
    assert_eq!(zero, EMOTION_HEIGHT / 2.0);

    let centre = |i: f64| LANE_HEADER_WIDTH + i * COLUMN_WIDTH + COLUMN_WIDTH / 2.0;
    let xs: Vec<f64> = laid.emotion.iter().map(|p| p.0).collect();
    assert_eq!(xs, vec![centre(0.0), centre(2.0), centre(3.0), centre(4.0), centre(5.0)]);
    let ys: Vec<f64> = laid.emotion.iter().map(|p| p.1).collect();
    let (plus2, minus2, zero_y, plus1, minus1) = (ys[0], ys[1], ys[2], ys[3], ys[4]);
    assert!(top < plus2 && plus2 < plus1 && plus1 < zero_y && zero_y < minus1 && minus1 < minus2 && minus2 < bottom);
    assert_eq!(zero_y, zero);
    assert!(plus2 < EMOTION_HEIGHT / 4.0, "+2 is near the top");
    assert!(minus2 > EMOTION_HEIGHT * 3.0 / 4.0, "−2 is near the bottom");
    assert_eq!(plus2 - zero, zero - minus2, "symmetric about the axis");

    // A damaged score is clamped into the band.
    let mut canvas = (*p.blueprint).clone();
    canvas.steps[0].emotion = Some(i8::MAX);
    canvas.steps[2].emotion = Some(i8::MIN);
    let damaged = layout(&canvas);
    assert_eq!(damaged.emotion[0].1, plus2);
    assert_eq!(damaged.emotion[1].1, minus2);
}

#[test]
fn cell_at_finds_the_cell_and_the_drop_index_at_card_edges() {
    let mut p = new_project();
    let a = add_step(&mut p, "A");
    let b = add_step(&mut p, "B");
    let cards: Vec<ItemId> = (0..3).map(|i| add_card(&mut p, b, LaneKey::FrontStage, &format!("c{i}"))).collect();
    let laid = laid_out(&p);
    let boxes: Vec<CardBox> = cards.iter().map(|&id| *laid.card_box(id).unwrap()).collect();
    let x = boxes[0].x + 5.0;

    // Above a card's middle: before it; below it: after it.
    for (k, placed) in boxes.iter().enumerate() {
        assert_eq!(laid.cell_at(x, placed.y), Some((b, LaneKey::FrontStage, k)), "top edge of card {k}");
        assert_eq!(laid.cell_at(x, placed.y + CARD_HEIGHT / 2.0), Some((b, LaneKey::FrontStage, k)), "middle of card {k}");
        assert_eq!(laid.cell_at(x, placed.y + CARD_HEIGHT / 2.0 + 0.5), Some((b, LaneKey::FrontStage, k + 1)));
        assert_eq!(laid.cell_at(x, placed.y + CARD_HEIGHT), Some((b, LaneKey::FrontStage, k + 1)), "bottom edge of card {k}");
    }
    let band = laid.lanes.iter().find(|l| l.key == LaneKey::FrontStage).unwrap();
    assert_eq!(laid.cell_at(x, band.y), Some((b, LaneKey::FrontStage, 0)), "lane top");
    assert_eq!(laid.cell_at(x, band.y + band.height - 0.001), Some((b, LaneKey::FrontStage, 3)), "lane bottom");
    // The next lane starts exactly at the band's bottom edge.
    assert_eq!(laid.cell_at(x, band.y + band.height), Some((b, LaneKey::BackStage, 0)));
    // The same height in the empty neighbouring cell of the same lane.
    assert_eq!(laid.cell_at(laid.steps[0].x + 1.0, boxes[2].y + CARD_HEIGHT), Some((a, LaneKey::FrontStage, 0)));
    // Column edges: the left edge belongs to the column, the right one to the next.
    assert_eq!(laid.cell_at(laid.steps[1].x, band.y + 1.0).map(|c| c.0), Some(b));
    assert_eq!(laid.cell_at(laid.steps[1].x - 0.001, band.y + 1.0).map(|c| c.0), Some(a));
    let first_lane = laid.lanes[0];
    assert_eq!(laid.cell_at(LANE_HEADER_WIDTH, first_lane.y), Some((a, LaneKey::Evidence, 0)));

    // Outside the grid: headers, the lane-name column, beyond the edges, not a number.
    let inside_x = laid.steps[0].x + 20.0;
    for y in [0.0, EMOTION_HEIGHT / 2.0, EMOTION_HEIGHT + 1.0, LANES_TOP - 0.001, laid.height, laid.height + 50.0, -1.0] {
        assert_eq!(laid.cell_at(inside_x, y), None, "y = {y}");
    }
    for x in [0.0, LANE_HEADER_WIDTH - 0.001, laid.width, laid.width + 1.0, -5.0] {
        assert_eq!(laid.cell_at(x, band.y + 10.0), None, "x = {x}");
    }
    assert_eq!(laid.cell_at(f64::NAN, band.y + 10.0), None);
    assert_eq!(laid.cell_at(inside_x, f64::NAN), None);
    assert_eq!(laid.cell_at(f64::INFINITY, f64::INFINITY), None);
}

#[test]
fn hit_card_finds_the_card_under_a_point_edges_included() {
    let mut p = new_project();
    let a = add_step(&mut p, "A");
    let b = add_step(&mut p, "B");
    let first = add_card(&mut p, a, LaneKey::Customer, "one");
    let second = add_card(&mut p, a, LaneKey::Customer, "two");
    let other = add_card(&mut p, b, LaneKey::Support, "three");
    let laid = laid_out(&p);
    let one = *laid.card_box(first).unwrap();
    let two = *laid.card_box(second).unwrap();

    let id_at = |x: f64, y: f64| laid.hit_card(x, y).map(|c| c.id);
    for (x, y) in [(one.x, one.y), (one.x + one.width, one.y + one.height), (one.x + 1.0, one.y + one.height)] {
        assert_eq!(id_at(x, y), Some(first), "({x}, {y})");
    }
    assert_eq!(id_at(two.x + two.width, two.y), Some(second));
    let (cx, cy) = centre(laid.card_box(other).unwrap());
    assert_eq!(id_at(cx, cy), Some(other));
    // Misses: the gap between two cards, the column padding, the lane padding, outside.
    assert_eq!(id_at(one.x + 10.0, one.y + one.height + CARD_GAP / 2.0), None);
    assert_eq!(id_at(one.x - 1.0, one.y + 10.0), None);
    assert_eq!(id_at(one.x + one.width + 1.0, one.y + 10.0), None);
    assert_eq!(id_at(one.x + 10.0, one.y - 1.0), None);
    assert_eq!(id_at(two.x + 10.0, two.y + two.height + 1.0), None);
    assert_eq!(id_at(one.x + 10.0, 5.0), None);
    assert_eq!(id_at(5.0, one.y + 10.0), None);
    assert_eq!(id_at(f64::NAN, one.y), None);
    assert_eq!(laid.card_box(ItemId(9_999)), None);
}

/// Every piece of a route runs straight across or down.
fn assert_orthogonal(route: &[(f64, f64)]) {
    assert!(route.len() >= 2, "{route:?}");
    for pair in route.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(a.0 == b.0 || a.1 == b.1, "diagonal piece {a:?} → {b:?} in {route:?}");
        assert_ne!(a, b, "repeated point in {route:?}");
    }
}

#[test]
fn connectors_run_from_edge_to_facing_edge() {
    let mut p = new_project();
    let a = add_step(&mut p, "A");
    let b = add_step(&mut p, "B");
    let _c = add_step(&mut p, "C");
    let d = add_step(&mut p, "D");
    let customer = add_card(&mut p, a, LaneKey::Customer, "ask");
    let back = add_card(&mut p, a, LaneKey::BackStage, "check");
    let front = add_card(&mut p, b, LaneKey::FrontStage, "answer");
    let beside = add_card(&mut p, b, LaneKey::Customer, "same height");
    let far = add_card(&mut p, d, LaneKey::Support, "log");
    let laid = laid_out(&p);
    let at = |id| *laid.card_box(id).unwrap();
    let (customer, back, front, beside, far) = (at(customer), at(back), at(front), at(beside), at(far));

    // Same column, downwards: bottom middle to top middle, straight.
    let down = connector_route(&customer, &back);
    assert_orthogonal(&down);
    assert_eq!(down.first(), Some(&(customer.x + CARD_WIDTH / 2.0, customer.y + CARD_HEIGHT)));
    assert_eq!(down.last(), Some(&(back.x + CARD_WIDTH / 2.0, back.y)));
    assert_eq!(down.len(), 2);
    // Same column, upwards: top middle to bottom middle.
    let up = connector_route(&back, &customer);
    assert_eq!(up, vec![(back.x + CARD_WIDTH / 2.0, back.y), (customer.x + CARD_WIDTH / 2.0, customer.y + CARD_HEIGHT)]);

    // Left to right: right edge at mid-height, across to the gap, down, across to the left edge.
    let right = connector_route(&customer, &front);
    assert_orthogonal(&right);
    assert_eq!(right.len(), 4);
    assert_eq!(right[0], (customer.x + CARD_WIDTH, customer.y + CARD_HEIGHT / 2.0));
    assert_eq!(right[3], (front.x, front.y + CARD_HEIGHT / 2.0));
    let gap = (customer.x + CARD_WIDTH + front.x) / 2.0;
    assert_eq!(right[1].0, gap, "the bend is in the middle of the gap between the columns");
    assert_eq!(gap, laid.steps[1].x);

    // Right to left: left edge to the target's right edge.
    let left = connector_route(&front, &customer);
    assert_orthogonal(&left);
    assert_eq!(left.first(), Some(&(front.x, front.y + CARD_HEIGHT / 2.0)));
    assert_eq!(left.last(), Some(&(customer.x + CARD_WIDTH, customer.y + CARD_HEIGHT / 2.0)));
    assert_eq!(left[1].0, gap);

    // Cards at the same height: one straight piece.
    assert_eq!(
        connector_route(&customer, &beside),
        vec![(customer.x + CARD_WIDTH, beside.y + CARD_HEIGHT / 2.0), (beside.x, beside.y + CARD_HEIGHT / 2.0)]
    );

    // Columns apart: the bend is in the gap beside the target's column, never inside a card.
    for route in [connector_route(&customer, &far), connector_route(&far, &customer)] {
        assert_orthogonal(&route);
        let bend_x = route[1].0;
        assert!(laid.steps.iter().any(|s| s.x == bend_x), "bend at a column boundary: {route:?}");
    }
    let to_far = connector_route(&customer, &far);
    assert_eq!(to_far.last(), Some(&(far.x, far.y + CARD_HEIGHT / 2.0)));
    assert_eq!(to_far[1].0, laid.steps[3].x);
    let from_far = connector_route(&far, &customer);
    assert_eq!(from_far.first(), Some(&(far.x, far.y + CARD_HEIGHT / 2.0)));
    assert_eq!(from_far.last(), Some(&(customer.x + CARD_WIDTH, customer.y + CARD_HEIGHT / 2.0)));
    assert_eq!(from_far[1].0, laid.steps[1].x);
}

#[test]
fn a_damaged_canvas_lays_out_without_the_cards_it_cannot_place() {
    let mut p = new_project();
    let a = add_step(&mut p, "A");
    add_card(&mut p, a, LaneKey::Customer, "ok");
    let mut canvas = (*p.blueprint).clone();
    let card = canvas.cards[0].clone();
    let stray = |id: u64, step: ItemId, lane: LaneKey| Card { id: ItemId(id), step, lane, ..card.clone() };
    canvas.cards.push(stray(500, ItemId(404), LaneKey::Customer)); // no such step
    canvas.cards.push(stray(501, a, LaneKey::Custom(ItemId(405)))); // no such lane
    canvas.cards.push(stray(card.id.0, a, LaneKey::Customer)); // a repeated id
    canvas.steps.push(Step { id: a, name: "again".into(), stage: String::new(), minutes: None, emotion: Some(9) });
    let repeated_lane = canvas.lanes[1].clone();
    canvas.lanes.push(repeated_lane);
    let laid = layout(&canvas);
    check(&canvas, &laid);
    assert_eq!(laid.cards.len(), 2);
    assert_eq!(laid.card_box(card.id).map(|b| b.index), Some(0), "a repeated id finds its first card");
    assert_eq!(laid.card_box(ItemId(500)), None);

    let mut no_lanes = canvas.clone();
    no_lanes.lanes.clear();
    let laid = layout(&no_lanes);
    assert!(laid.cards.is_empty() && laid.lanes.is_empty() && laid.lines.is_empty());
    assert_eq!(laid.height, LANES_TOP);
    assert_eq!(laid.cell_at(LANE_HEADER_WIDTH + 1.0, LANES_TOP), None);
}

#[test]
fn a_big_blueprint_lays_out() {
    let mut canvas = BlueprintCanvas::default();
    let mut p = new_project();
    let custom = add_lane(&mut p, LaneKey::BackStage, "Systems");
    canvas.lanes = p.blueprint.lanes.clone();
    assert_eq!(canvas.lanes.len(), 6);
    for i in 0..100u64 {
        canvas.steps.push(Step {
            id: ItemId(1_000 + i),
            name: format!("step {i}"),
            stage: format!("stage {}", i / 7),
            minutes: Some(5),
            emotion: Some((i % 5) as i8 - 2),
        });
    }
    let template = Card {
        id: ItemId(0),
        step: ItemId(0),
        lane: LaneKey::Customer,
        text: "card".into(),
        note: String::new(),
        mark: None,
        minutes: None,
        servqual: None,
        quality: None,
        owner: None,
    };
    for i in 0..600u64 {
        // Spread unevenly: some cells hold several cards.
        let step = ItemId(1_000 + (i * 37 % 100));
        let lane = canvas.lanes[(i * 13 % 6) as usize].key;
        canvas.cards.push(Card { id: ItemId(10_000 + i), step, lane, ..template.clone() });
    }
    assert!(canvas.cards.iter().any(|c| c.lane == custom));

    let started = Instant::now();
    let laid = layout(&canvas);
    let took = started.elapsed();
    println!("laid out 100 steps × 6 lanes × 600 cards in {took:?}");
    assert_eq!(laid.cards.len(), 600);
    check(&canvas, &laid);
    assert_eq!(layout(&canvas), laid);
}

/// A random edit; indexes pick among what exists when it runs (wrapping).
#[derive(Clone, Debug)]
enum Op {
    AddStep(usize),
    MoveStep(usize, usize),
    DeleteStep(usize),
    AddLane(usize),
    DeleteLane(usize),
    AddCard(usize, usize, Option<usize>),
    MoveCard(usize, usize, usize, usize),
    DeleteCardsStep(usize),
    SetStage(usize, u8, Option<i8>),
}

fn op() -> impl Strategy<Value = Op> {
    let n = 0..40usize;
    prop_oneof![
        2 => n.clone().prop_map(Op::AddStep),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::MoveStep(a, b)),
        1 => n.clone().prop_map(Op::DeleteStep),
        1 => n.clone().prop_map(Op::AddLane),
        1 => n.clone().prop_map(Op::DeleteLane),
        6 => (n.clone(), n.clone(), proptest::option::of(0..6usize)).prop_map(|(s, l, i)| Op::AddCard(s, l, i)),
        3 => (n.clone(), n.clone(), n.clone(), 0..6usize).prop_map(|(c, s, l, i)| Op::MoveCard(c, s, l, i)),
        1 => n.clone().prop_map(Op::DeleteCardsStep),
        1 => (n, 0..3u8, proptest::option::of(-2..=2i8)).prop_map(|(s, g, e)| Op::SetStage(s, g, e)),
    ]
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

fn play(ops: &[Op]) -> Project {
    let mut p = new_project();
    for op in ops {
        let steps: Vec<ItemId> = p.blueprint.steps.iter().map(|s| s.id).collect();
        let lanes: Vec<LaneKey> = p.blueprint.lanes.iter().map(|l| l.key).collect();
        let cards: Vec<ItemId> = p.blueprint.cards.iter().map(|c| c.id).collect();
        match *op {
            Op::AddStep(i) => try_run(&mut p, BlueprintCommand::AddStep { index: Some(i % (steps.len() + 1)), name: "s".into() }),
            Op::MoveStep(s, i) => {
                if let Some(id) = pick(&steps, s) {
                    try_run(&mut p, BlueprintCommand::MoveStep { id, index: i });
                }
            }
            Op::DeleteStep(s) => {
                if let Some(id) = pick(&steps, s) {
                    try_run(&mut p, BlueprintCommand::DeleteStep { id });
                }
            }
            Op::AddLane(l) => {
                if let Some(after) = pick(&lanes, l) {
                    try_run(&mut p, BlueprintCommand::AddLane { after, name: "lane".into() });
                }
            }
            Op::DeleteLane(l) => {
                if let Some(lane) = pick(&lanes, l) {
                    try_run(&mut p, BlueprintCommand::DeleteLane { lane });
                }
            }
            Op::AddCard(s, l, index) => {
                if let (Some(step), Some(lane)) = (pick(&steps, s), pick(&lanes, l)) {
                    try_run(&mut p, BlueprintCommand::AddCard { step, lane, index, text: "card".into() });
                }
            }
            Op::MoveCard(c, s, l, index) => {
                if let (Some(id), Some(step), Some(lane)) = (pick(&cards, c), pick(&steps, s), pick(&lanes, l)) {
                    try_run(&mut p, BlueprintCommand::MoveCard { id, step, lane, index });
                }
            }
            Op::DeleteCardsStep(s) => {
                // Deleting a step with cards, then adding a step back: a column empties.
                if let Some(id) = pick(&steps, s) {
                    try_run(&mut p, BlueprintCommand::DeleteStep { id });
                    try_run(&mut p, BlueprintCommand::AddStep { index: Some(0), name: "again".into() });
                }
            }
            Op::SetStage(s, stage, emotion) => {
                if let Some(id) = pick(&steps, s) {
                    let stage = ["", "Arrive", "Leave"][usize::from(stage)];
                    try_run(&mut p, BlueprintCommand::EditStep { id, name: "s".into(), stage: stage.into(), minutes: None, emotion });
                }
            }
        }
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_blueprints_lay_out_without_overlaps(ops in proptest::collection::vec(op(), 0..60)) {
        let p = play(&ops);
        let laid = layout(&p.blueprint);
        check(&p.blueprint, &laid);
        prop_assert_eq!(&layout(&p.blueprint), &laid, "the layout is deterministic");
        // Stage spans tile runs of steps: together they cover exactly the steps with a stage.
        let staged = p.blueprint.steps.iter().filter(|s| !s.stage.is_empty()).count() as f64;
        let covered: f64 = laid.stages.iter().map(|s| s.width).sum();
        prop_assert!((covered - staged * COLUMN_WIDTH).abs() < EPS);
        for pair in laid.stages.windows(2) {
            prop_assert!(pair[0].x + pair[0].width <= pair[1].x + EPS);
            let touching = (pair[0].x + pair[0].width - pair[1].x).abs() < EPS;
            prop_assert!(!(touching && pair[0].name == pair[1].name), "neighbouring equal stages merge");
        }
        // Every connector route between two cards starts and ends on their edges.
        for (i, a) in laid.cards.iter().enumerate().take(8) {
            for b in laid.cards.iter().skip(i + 1).take(8) {
                for (from, to) in [(a, b), (b, a)] {
                    let route = connector_route(from, to);
                    assert_orthogonal(&route);
                    let on_edge = |b: &CardBox, (x, y): (f64, f64)| {
                        let inside = (b.x..=b.x + b.width).contains(&x) && (b.y..=b.y + b.height).contains(&y);
                        inside && (x == b.x || x == b.x + b.width || y == b.y || y == b.y + b.height)
                    };
                    prop_assert!(on_edge(from, route[0]), "{:?} starts off {:?}", route, from);
                    prop_assert!(on_edge(to, route[route.len() - 1]), "{:?} ends off {:?}", route, to);
                }
            }
        }
    }
}
