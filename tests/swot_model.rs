//! The SWOT canvas as a user edits it, driven through `model::apply` and `EditSession`:
//! adding items (ids from the project's counter), editing with Enter semantics, priorities,
//! environment tags, reordering and moving between quadrants, TOWS strategies and their sources
//! (including deleted ones and undo), priority sorting, the environment scan, the project file
//! round trip and the sample board. Random command sequences are in `tests/swot_props.rs`.

use planning_workbench::model::project::sample::swot::with_sample_swot;
use planning_workbench::model::swot::scan::coverage;
use planning_workbench::model::swot::{CompetitorType, EnvFactor, Quadrant, SwotCommand, TowsCell, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};
use Quadrant::{Opportunities as O, Strengths as S, Threats as T, Weaknesses as W};

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-swot").unwrap(), "Plan".into(), Timestamp(0))
}

fn exec(p: &Project, command: SwotCommand) -> Result<Outcome, ModelError> {
    apply(p, &Command::Swot(command))
}

fn run(p: &mut Project, command: SwotCommand) {
    match exec(p, command.clone()) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

fn add(p: &mut Project, quadrant: Quadrant, text: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, SwotCommand::AddItem { quadrant, text: text.into(), source: None });
    id
}

/// A quadrant's texts in display order.
fn texts(p: &Project, quadrant: Quadrant) -> Vec<String> {
    p.swot.quadrant_items(quadrant).iter().map(|i| i.text.clone()).collect()
}

fn move_item(id: ItemId, to: Quadrant, index: usize) -> SwotCommand {
    SwotCommand::MoveItem { id, to, index }
}

/// S1 S2 S3 / W1 / O1 O2 / T1 and an SO strategy citing S1 and O1.
fn board() -> (Project, [ItemId; 7], ItemId) {
    let mut p = new_project();
    let ids = [(S, "S1"), (S, "S2"), (S, "S3"), (W, "W1"), (O, "O1"), (O, "O2"), (T, "T1")].map(|(q, t)| add(&mut p, q, t));
    let strategy = ItemId(p.next_item_id);
    run(&mut p, SwotCommand::AddStrategy { cell: TowsCell::SO, text: "SO1".into(), sources: vec![ids[0], ids[4]] });
    (p, ids, strategy)
}

#[test]
fn items_get_ids_from_the_project_counter() {
    let mut p = new_project();
    let ids: Vec<ItemId> = Quadrant::ALL.iter().map(|q| add(&mut p, *q, &format!("{q:?}"))).collect();
    assert_eq!(ids, [ItemId(1), ItemId(2), ItemId(3), ItemId(4)]);
    assert_eq!(p.next_item_id, 5);
    for (q, id) in Quadrant::ALL.iter().zip(&ids) {
        assert_eq!(p.swot.item(*id).map(|i| i.quadrant), Some(*q));
    }
    // Internal items never carry an environment source, even when one is passed.
    run(&mut p, SwotCommand::AddItem { quadrant: S, text: "x".into(), source: Some(EnvFactor::Economy) });
    run(&mut p, SwotCommand::AddItem { quadrant: O, text: "y".into(), source: Some(EnvFactor::Economy) });
    assert_eq!(p.swot.item(ItemId(5)).unwrap().source, None);
    assert_eq!(p.swot.item(ItemId(6)).unwrap().source, Some(EnvFactor::Economy));
    // Replaying the same commands gives the same project: no randomness in ids.
    let mut again = new_project();
    for q in Quadrant::ALL {
        add(&mut again, q, &format!("{q:?}"));
    }
    assert_eq!(again.swot.items, p.swot.items[..4]);
}

#[test]
fn editing_trims_and_refuses_empty_or_overlong_text() {
    let (mut p, [s1, ..], _) = board();
    run(&mut p, SwotCommand::EditItem { id: s1, text: "  new text \n".into(), note: "\t a note ".into() });
    let item = p.swot.item(s1).unwrap();
    assert_eq!((item.text.as_str(), item.note.as_str()), ("new text", "a note"));
    let refused = [
        ("   ".to_owned(), String::new(), ModelError::EmptyText),
        ("x".repeat(MAX_TEXT_CHARS + 1), String::new(), ModelError::TextTooLong { chars: 1_001, max: MAX_TEXT_CHARS }),
        ("ok".into(), "n".repeat(MAX_NOTE_CHARS + 1), ModelError::TextTooLong { chars: 10_001, max: MAX_NOTE_CHARS }),
    ];
    for (text, note, error) in refused {
        assert_eq!(exec(&p, SwotCommand::EditItem { id: s1, text, note }), Err(error));
    }
    assert_eq!(exec(&p, SwotCommand::AddItem { quadrant: W, text: " \n ".into(), source: None }), Err(ModelError::EmptyText));
    let at_limit = "字".repeat(MAX_TEXT_CHARS);
    run(&mut p, SwotCommand::EditItem { id: s1, text: format!(" {at_limit} "), note: String::new() });
    assert_eq!(p.swot.item(s1).unwrap().text, at_limit);
    // Pressing Enter without changing anything is not an edit.
    assert_eq!(exec(&p, SwotCommand::EditItem { id: s1, text: at_limit, note: " ".into() }), Ok(Outcome::Unchanged));
    let missing = SwotCommand::EditItem { id: ItemId(999), text: "x".into(), note: String::new() };
    assert_eq!(exec(&p, missing), Err(ModelError::ItemNotFound(ItemId(999))));
}

#[test]
fn priorities_outside_one_to_five_are_refused() {
    let (mut p, [s1, ..], strategy) = board();
    for bad in [0, 6, 255] {
        assert_eq!(exec(&p, SwotCommand::SetPriority { id: s1, priority: Some(bad) }), Err(ModelError::PriorityOutOfRange(bad)));
    }
    for good in [Some(1), Some(5), None] {
        let _ = exec(&p, SwotCommand::SetPriority { id: s1, priority: good }).unwrap();
    }
    run(&mut p, SwotCommand::SetPriority { id: s1, priority: Some(3) });
    assert_eq!(p.swot.item(s1).unwrap().priority, Some(3));
    // Strategies are not items: they have no priority.
    assert_eq!(exec(&p, SwotCommand::SetPriority { id: strategy, priority: Some(3) }), Err(ModelError::ItemNotFound(strategy)));
}

#[test]
fn tags_live_on_external_items_only() {
    let (mut p, [s1, _, _, w1, o1, _, t1], _) = board();
    let tags = |id| SwotCommand::SetTags { id, source: Some(EnvFactor::Competitor), competitor: Some(CompetitorType::Brand) };
    assert_eq!(exec(&p, tags(s1)), Err(ModelError::TagOnInternalItem));
    assert_eq!(exec(&p, SwotCommand::SetTags { id: w1, source: None, competitor: None }), Ok(Outcome::Unchanged));
    run(&mut p, tags(o1));
    run(&mut p, tags(t1));
    // O → T keeps the tags; T → W clears them.
    run(&mut p, move_item(t1, O, 0));
    assert_eq!(p.swot.item(t1).unwrap().competitor, Some(CompetitorType::Brand));
    run(&mut p, move_item(t1, W, 0));
    let moved = p.swot.item(t1).unwrap();
    assert_eq!((moved.quadrant, moved.source, moved.competitor), (W, None, None));
}

#[test]
fn move_reorders_within_and_between_quadrants() {
    let (mut p, [_, s2, s3, w1, ..], _) = board();
    run(&mut p, move_item(s3, S, 0));
    assert_eq!(texts(&p, S), ["S3", "S1", "S2"]);
    run(&mut p, move_item(s3, S, 1));
    assert_eq!(texts(&p, S), ["S1", "S3", "S2"]);
    assert_eq!(exec(&p, move_item(s3, S, 1)), Ok(Outcome::Unchanged));
    run(&mut p, move_item(s2, W, 0));
    assert_eq!((texts(&p, S), texts(&p, W)), (vec!["S1".to_owned(), "S3".into()], vec!["S2".to_owned(), "W1".into()]));
    // An index past the end appends.
    run(&mut p, move_item(s2, W, 99));
    assert_eq!(texts(&p, W), ["W1", "S2"]);
    run(&mut p, move_item(w1, S, 99));
    assert_eq!(texts(&p, S), ["S1", "S3", "W1"]);
    // Into an empty quadrant, then the other quadrants are untouched.
    let mut q = new_project();
    let a = add(&mut q, S, "a");
    add(&mut q, O, "o");
    run(&mut q, move_item(a, T, 5));
    assert_eq!((texts(&q, S).len(), texts(&q, T), texts(&q, O)), (0, vec!["a".to_owned()], vec!["o".to_owned()]));
    assert_eq!(exec(&q, move_item(ItemId(99), S, 0)), Err(ModelError::ItemNotFound(ItemId(99))));
}

#[test]
fn links_survive_reordering_and_moves_their_cell_accepts() {
    let (mut p, [s1, s2, _, _, o1, ..], strategy) = board();
    run(&mut p, move_item(s1, S, 2));
    run(&mut p, move_item(o1, O, 1));
    run(&mut p, move_item(s2, O, 0));
    let cited = |p: &Project| p.swot.strategies.iter().find(|s| s.id == strategy).unwrap().sources.clone();
    assert_eq!(cited(&p), [s1, o1]);
    assert_eq!(texts(&p, S), ["S3", "S1"]);
    assert_eq!(texts(&p, O), ["S2", "O2", "O1"]);
}

#[test]
fn a_cited_item_moves_freely_and_keeps_its_links() {
    let (mut p, [s1, _, _, w1, o1, ..], strategy) = board();
    let cited = |p: &Project| p.swot.strategies.iter().find(|s| s.id == strategy).unwrap().sources.clone();
    // Reclassifying S1 as a weakness keeps the SO strategy's citation.
    run(&mut p, move_item(s1, W, 0));
    assert_eq!(cited(&p), [s1, o1]);
    // The strategy's text can still be edited with the moved source kept…
    run(&mut p, SwotCommand::EditStrategy { id: strategy, text: "SO1 reworded".into(), sources: vec![s1, o1] });
    assert_eq!(cited(&p), [s1, o1]);
    // …but a weakness that was never cited cannot be added to an SO strategy.
    let add_w1 = SwotCommand::EditStrategy { id: strategy, text: "x".into(), sources: vec![s1, o1, w1] };
    assert_eq!(exec(&p, add_w1), Err(ModelError::SourceNotInCell { cell: "SO" }));
    // Moving it back makes the strategy whole again.
    run(&mut p, move_item(s1, S, 0));
    assert_eq!(cited(&p), [s1, o1]);
}

#[test]
fn deleting_a_cited_item_keeps_the_strategy_and_undo_restores_it() {
    let (p, [s1, _, _, _, o1, ..], strategy) = board();
    let before = p.clone();
    let mut session = EditSession::new(p);
    assert_eq!(session.execute(&Command::Swot(SwotCommand::DeleteItem { id: s1 }), Timestamp(5)), Ok(true));
    let after = session.project();
    assert!(after.swot.item(s1).is_none());
    assert_eq!(after.swot.strategies.len(), 1);
    assert_eq!(after.swot.strategies[0].sources, [s1, o1], "the dangling id is kept");
    assert_eq!(after.swot.citing(s1).count(), 1);
    assert!(session.undo(Timestamp(6)));
    assert!(session.project().same_content(&before));
    assert_eq!(session.project().swot.item(s1).map(|i| i.text.as_str()), Some("S1"));
    assert_eq!(session.project().swot.strategies[0].id, strategy);
    assert!(session.redo(Timestamp(7)));
    assert!(session.project().swot.item(s1).is_none());
}

#[test]
fn add_strategy_checks_its_sources() {
    let (mut p, [s1, s2, _, w1, o1, _, t1], strategy) = board();
    let add_so = |sources: Vec<ItemId>| SwotCommand::AddStrategy { cell: TowsCell::SO, text: "x".into(), sources };
    assert_eq!(exec(&p, add_so(vec![s1, t1])), Err(ModelError::SourceNotInCell { cell: "SO" }));
    assert_eq!(exec(&p, add_so(vec![w1, o1])), Err(ModelError::SourceNotInCell { cell: "SO" }));
    assert_eq!(exec(&p, add_so(vec![s1, s2])), Err(ModelError::StrategyNeedsBothSides { cell: "SO" }));
    assert_eq!(exec(&p, add_so(vec![o1])), Err(ModelError::StrategyNeedsBothSides { cell: "SO" }));
    assert_eq!(exec(&p, add_so(vec![])), Err(ModelError::StrategyNeedsBothSides { cell: "SO" }));
    assert_eq!(exec(&p, add_so(vec![s1, ItemId(77)])), Err(ModelError::ItemNotFound(ItemId(77))));
    assert_eq!(exec(&p, add_so(vec![s1, strategy])), Err(ModelError::ItemNotFound(strategy)), "a strategy is no source");
    let empty_text = SwotCommand::AddStrategy { cell: TowsCell::SO, text: " ".into(), sources: vec![s1, o1] };
    assert_eq!(exec(&p, empty_text), Err(ModelError::EmptyText));
    let id = ItemId(p.next_item_id);
    run(&mut p, add_so(vec![o1, s1, o1, s1, s2]));
    let added = p.swot.strategies.iter().find(|s| s.id == id).unwrap();
    assert_eq!(added.sources, [o1, s1, s2], "duplicates collapse, order kept");
    let wt = SwotCommand::AddStrategy { cell: TowsCell::WT, text: "wt".into(), sources: vec![t1, w1] };
    run(&mut p, wt);
    assert_eq!(p.swot.cell_strategies(TowsCell::WT).count(), 1);
    run(&mut p, SwotCommand::DeleteStrategy { id });
    assert_eq!(exec(&p, SwotCommand::DeleteStrategy { id }), Err(ModelError::ItemNotFound(id)));
}

#[test]
fn edit_strategy_keeps_sources_removed_since() {
    let (mut p, [s1, s2, _, w1, o1, o2, ..], strategy) = board();
    run(&mut p, SwotCommand::DeleteItem { id: s1 });
    let edit = |text: &str, sources: Vec<ItemId>| SwotCommand::EditStrategy { id: strategy, text: text.into(), sources };
    let sources = |p: &Project| p.swot.strategies[0].sources.clone();
    // Changing only the text keeps the removed source.
    run(&mut p, edit("SO1 edited", vec![s1, o1]));
    assert_eq!((p.swot.strategies[0].text.as_str(), sources(&p)), ("SO1 edited", vec![s1, o1]));
    // Duplicates collapse even with a removed source present.
    run(&mut p, edit("SO1 edited", vec![o1, s1, o2, o1, s1]));
    assert_eq!(sources(&p), [o1, s1, o2]);
    // A live source must still fit the cell; an id never cited is not "removed" but unknown.
    assert_eq!(exec(&p, edit("x", vec![s1, w1])), Err(ModelError::SourceNotInCell { cell: "SO" }));
    assert_eq!(exec(&p, edit("x", vec![s1, ItemId(500)])), Err(ModelError::ItemNotFound(ItemId(500))));
    // Dropping the removed source means both sides must be live again.
    assert_eq!(exec(&p, edit("x", vec![o1])), Err(ModelError::StrategyNeedsBothSides { cell: "SO" }));
    run(&mut p, edit("x", vec![s2, o1]));
    assert_eq!(sources(&p), [s2, o1]);
    // Once dropped, a removed id cannot come back.
    assert_eq!(exec(&p, edit("x", vec![s1, s2, o1])), Err(ModelError::ItemNotFound(s1)));
    assert_eq!(exec(&p, edit(" ", vec![s2, o1])), Err(ModelError::EmptyText));
}

#[test]
fn sorted_quadrants_list_by_priority_with_unrated_last() {
    let mut p = new_project();
    let priorities = [None, Some(2), Some(5), Some(2), None, Some(3)];
    for (i, priority) in priorities.into_iter().enumerate() {
        let id = add(&mut p, S, &format!("s{i}"));
        if priority.is_some() {
            run(&mut p, SwotCommand::SetPriority { id, priority });
        }
    }
    let w = add(&mut p, W, "w");
    run(&mut p, SwotCommand::SetPriority { id: w, priority: Some(1) });
    add(&mut p, W, "w-top");
    let manual = texts(&p, S);
    assert_eq!(manual, ["s0", "s1", "s2", "s3", "s4", "s5"]);
    run(&mut p, SwotCommand::SetSorted { quadrant: S, by_priority: true });
    assert_eq!(texts(&p, S), ["s2", "s5", "s1", "s3", "s0", "s4"], "highest first, ties in manual order, unrated last");
    assert_eq!(texts(&p, W), ["w", "w-top"], "other quadrants keep manual order");
    assert_eq!(exec(&p, SwotCommand::SetSorted { quadrant: S, by_priority: true }), Ok(Outcome::Unchanged));
    run(&mut p, SwotCommand::SetSorted { quadrant: S, by_priority: false });
    assert_eq!(texts(&p, S), manual);
}

#[test]
fn the_scan_counts_tagged_opportunities_and_threats() {
    let (mut p, [_, _, _, _, o1, o2, t1], _) = board();
    for (id, factor) in [(o1, EnvFactor::Technology), (o2, EnvFactor::Technology), (t1, EnvFactor::Competitor)] {
        run(&mut p, SwotCommand::SetTags { id, source: Some(factor), competitor: None });
    }
    let scan = coverage(&p.swot);
    assert_eq!(scan.len(), 9);
    let of = |f: EnvFactor| scan.iter().find(|c| c.factor == f).map(|c| (c.opportunities, c.threats)).unwrap();
    assert_eq!((of(EnvFactor::Technology), of(EnvFactor::Competitor), of(EnvFactor::Economy)), ((2, 0), (0, 1), (0, 0)));
    assert_eq!(scan.iter().filter(|c| c.is_empty()).count(), 7);
    // Moving an item inside drops its tag and so its count.
    run(&mut p, move_item(o2, W, 0));
    assert_eq!(coverage(&p.swot).iter().find(|c| c.factor == EnvFactor::Technology).unwrap().opportunities, 1);
}

#[test]
fn a_full_canvas_survives_the_project_file() {
    let mut p = with_sample_swot(new_project(), true);
    let o = p.swot.quadrant_items(O)[0].id;
    run(&mut p, SwotCommand::EditItem { id: o, text: "<b>\"&\u{202e} 😀".into(), note: "第一行\n第二行".into() });
    run(&mut p, SwotCommand::SetSorted { quadrant: T, by_priority: true });
    let cited = p.swot.strategies[0].sources[0];
    run(&mut p, SwotCommand::DeleteItem { id: cited });
    let file = encode_project(&p, Timestamp(42));
    let (back, header) = decode_project(&file).expect("a saved project opens");
    assert_eq!(header.saved_at, Timestamp(42));
    assert_eq!(back, p);
    assert_eq!(back.swot.strategies[0].sources[0], cited, "dangling ids are kept in the file");
}

#[test]
fn the_sample_board_is_complete_in_both_languages() {
    for chinese in [true, false] {
        let p = with_sample_swot(new_project(), chinese);
        assert_eq!(p.swot.items.len(), 13);
        assert_eq!(p.swot.strategies.len(), 4);
        assert_eq!(Quadrant::ALL.map(|q| p.swot.quadrant_items(q).len()), [3, 3, 3, 4]);
        assert!(p.swot.items.iter().all(|i| i.priority.is_some() && (i.source.is_some() != i.quadrant.is_internal())));
        for (strategy, cell) in p.swot.strategies.iter().zip(TowsCell::ALL) {
            assert_eq!(strategy.cell, cell);
            assert_eq!(strategy.sources.len(), 2);
            for id in &strategy.sources {
                let item = p.swot.item(*id).expect("every sample source is live");
                assert!(cell.accepts(item.quadrant));
            }
        }
        let has_cjk = p.swot.items.iter().any(|i| i.text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        assert_eq!(has_cjk, chinese);
        assert_eq!(p.next_item_id, 18, "13 items and 4 strategies drew ids 1–17");
    }
}
