//! Tests of `blueprint_grid.rs`.

use super::*;
use crate::model::blueprint::layout::layout;
use crate::model::blueprint::{apply_blueprint, BlueprintDraft, DraftCard, DraftStep};
use crate::model::core::{IdMint, IdSpace};

fn key(name: &str) -> KeyPress {
    KeyPress { key: name.to_owned(), ..KeyPress::default() }
}

/// Two steps (ids 1, 2); cards 3 and 4 in step 1's customer cell, 5 in its front stage,
/// 6 in step 2's customer cell.
fn grid() -> BlueprintCanvas {
    let card = |step, lane, text: &str| DraftCard { step, lane, text: text.into(), mark: None, minutes: None, servqual: None };
    let step = |name: &str| DraftStep { name: name.into(), stage: String::new(), minutes: None, emotion: None };
    let draft = BlueprintDraft {
        steps: vec![step("Call"), step("Visit")],
        cards: vec![
            card(0, LaneKey::Customer, "a"),
            card(0, LaneKey::Customer, "b"),
            card(0, LaneKey::FrontStage, "c"),
            card(1, LaneKey::Customer, "d"),
        ],
        connectors: Vec::new(),
    };
    let insert = BlueprintCommand::Insert { draft, replace: false };
    let mut ids = IdMint::new(IdSpace::FILE, 1);
    apply_blueprint(&BlueprintCanvas::default(), &insert, &mut ids, &crate::model::org::OrgCanvas::default()).unwrap().unwrap().canvas
}

#[test]
fn arrows_move_through_cards_cells_and_headers() {
    let canvas = grid();
    let card = |id| Some(Selection::Card(ItemId(id)));
    assert_eq!(arrow(&canvas, Selection::Card(ItemId(3)), "ArrowDown"), card(4));
    assert_eq!(arrow(&canvas, Selection::Card(ItemId(4)), "ArrowDown"), card(5), "past the cell, into the lane below");
    assert_eq!(arrow(&canvas, Selection::Card(ItemId(3)), "ArrowRight"), card(6));
    assert_eq!(arrow(&canvas, Selection::Card(ItemId(3)), "ArrowLeft"), Some(Selection::Lane(LaneKey::Customer)));
    assert_eq!(arrow(&canvas, Selection::Card(ItemId(5)), "ArrowUp"), card(4), "from below, the cell's last card");
    assert_eq!(arrow(&canvas, Selection::Step(ItemId(1)), "ArrowRight"), Some(Selection::Step(ItemId(2))));
    assert_eq!(arrow(&canvas, Selection::Step(ItemId(2)), "ArrowRight"), None);
}

#[test]
fn alt_arrows_move_a_card_within_its_cell_and_across() {
    let canvas = grid();
    assert_eq!(card_move(&canvas, ItemId(4), "ArrowUp"), Some((ItemId(1), LaneKey::Customer, 0)));
    assert_eq!(card_move(&canvas, ItemId(3), "ArrowUp"), Some((ItemId(1), LaneKey::Evidence, usize::MAX)));
    assert_eq!(card_move(&canvas, ItemId(3), "ArrowRight"), Some((ItemId(2), LaneKey::Customer, usize::MAX)));
    let alt = KeyPress { alt: true, ..key("ArrowDown") };
    let moved = vec![GridAction::Command(BlueprintCommand::MoveCard { id: ItemId(3), step: ItemId(1), lane: LaneKey::Customer, index: 1 })];
    assert_eq!(grid_key(&canvas, Some(Selection::Card(ItemId(3))), None, &alt, "New"), Some(moved));
}

#[test]
fn keys_mark_connect_add_and_leave_typing_alone() {
    let canvas = grid();
    let on = |id| Some(Selection::Card(ItemId(id)));
    let marked = grid_key(&canvas, on(3), None, &key("f"), "New");
    let fail = BlueprintCommand::MarkCard { id: ItemId(3), mark: Some(Mark::FailPoint), minutes: None };
    assert_eq!(marked, Some(vec![GridAction::Command(fail)]));
    let connected = grid_key(&canvas, on(6), Some(ItemId(3)), &key("Enter"), "New");
    let connect = GridAction::Command(BlueprintCommand::Connect { from: ItemId(3), to: ItemId(6) });
    assert_eq!(connected, Some(vec![connect, GridAction::CancelConnect]));
    let cell = Some(Selection::Cell { step: ItemId(2), lane: LaneKey::Support });
    let add = GridAction::AddAndEdit(BlueprintCommand::AddCard { step: ItemId(2), lane: LaneKey::Support, index: None, text: "New".into() });
    assert_eq!(grid_key(&canvas, cell, None, &key("Enter"), "New"), Some(vec![add]));
    assert_eq!(grid_key(&canvas, on(3), None, &key("x"), "New"), None);
    assert_eq!(grid_key(&canvas, on(3), None, &KeyPress { command: true, ..key("c") }, "New"), None, "Ctrl+C copies");
    let first = Selection::Cell { step: ItemId(1), lane: LaneKey::Evidence };
    assert_eq!(grid_key(&canvas, None, None, &key("Home"), "New"), Some(vec![GridAction::Select(Some(first))]));
}

#[test]
fn a_point_finds_what_is_drawn_there() {
    let canvas = grid();
    let placed = layout(&canvas);
    let card = *placed.card_box(ItemId(5)).unwrap();
    let found = hit(&placed, card.x + 2.0, card.y + 2.0);
    assert_eq!(found, Some(Hit::Card(ItemId(5))));
    assert_eq!(found.map(selection_of), Some(Selection::Card(ItemId(5))));
    assert_eq!(area(&placed, Selection::Card(ItemId(5))), Some((card.x, card.y, card.width, card.height)));
    let header = hit(&placed, card.x + 2.0, EMOTION_HEIGHT + STAGE_HEIGHT + 2.0);
    assert_eq!(header, Some(Hit::Step(ItemId(1))));
    assert_eq!(header.and_then(|h| double_click(h, "New")), Some(GridAction::Edit(Some(Editing::Step(ItemId(1))))));
}
