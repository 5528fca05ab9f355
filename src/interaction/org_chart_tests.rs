//! Tests of `org_chart.rs`.

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
