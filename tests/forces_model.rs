//! The five-forces canvas as a user edits it, driven through `model::apply` and `EditSession`:
//! intensities (weighted means, overrides, "not assessed" instead of 0), the verdict rule at its
//! boundaries, range and text checks, factor order, the competitor register, links to the SWOT
//! board (send, refuse, delete either side, undo), the project file round trip, the schema-1
//! fixture with five-forces content, repair of damaged files, and the sample project.
//! Random command sequences are in `tests/forces_props.rs`.

use planning_workbench::model::five_forces::score::{intensity, verdict, Attractiveness, IntensitySource, Verdict, HIGH_AT};
use planning_workbench::model::five_forces::{Force, ForcesCommand, MAX_WEIGHT};
use planning_workbench::model::links::{origin_exists, sent_item, Origin};
use planning_workbench::model::project::sample::swot::with_sample_swot;
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{CompetitorType, EnvFactor, Quadrant, SwotCommand, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};
use std::collections::BTreeSet;

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-forces").unwrap(), "Plan".into(), Timestamp(0))
}

fn exec(p: &Project, command: ForcesCommand) -> Result<Outcome, ModelError> {
    apply(p, &Command::Forces(command))
}

fn run_command(p: &mut Project, command: Command) {
    match apply(p, &command) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

fn run(p: &mut Project, command: ForcesCommand) {
    run_command(p, Command::Forces(command));
}

fn add(p: &mut Project, force: Force, text: &str) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, ForcesCommand::AddFactor { force, text: text.into() });
    id
}

/// Adds a factor with a rating and (optionally) a weight.
fn rated(p: &mut Project, force: Force, rating: u8, weight: Option<u8>) -> ItemId {
    let id = add(p, force, &format!("{force:?} {rating}"));
    run(p, ForcesCommand::RateFactor { id, rating: Some(rating) });
    if weight.is_some() {
        run(p, ForcesCommand::SetWeight { id, weight });
    }
    id
}

fn competitor(p: &mut Project, name: &str, kind: Option<CompetitorType>, threat: Option<u8>) -> ItemId {
    let id = ItemId(p.next_item_id);
    run(p, ForcesCommand::AddCompetitor { name: name.into(), kind });
    if threat.is_some() {
        let edit = ForcesCommand::EditCompetitor { id, name: name.into(), kind, strengths: String::new(), weaknesses: String::new(), threat };
        run(p, edit);
    }
    id
}

fn value(p: &Project, force: Force) -> Option<f64> {
    intensity(&p.five_forces, force).map(|i| i.value)
}

fn texts(p: &Project, force: Force) -> Vec<String> {
    p.five_forces.force_factors(force).map(|f| f.text.clone()).collect()
}

/// Sets every force's intensity by hand: `highs` forces at `high`, the rest at 2.
fn with_overrides(highs: usize, high: u8) -> Project {
    let mut p = new_project();
    for (i, force) in Force::ALL.into_iter().enumerate() {
        let value = if i < highs { high } else { 2 };
        run(&mut p, ForcesCommand::SetOverride { force, value: Some(value) });
    }
    p
}

// ---------------------------------------------------------------------------------------------
// Intensity and verdict
// ---------------------------------------------------------------------------------------------

#[test]
fn intensity_is_the_weighted_mean_of_rated_factors() {
    let mut p = new_project();
    let low = rated(&mut p, Force::Buyers, 2, None);
    let high = rated(&mut p, Force::Buyers, 5, None);
    assert_eq!(value(&p, Force::Buyers), Some(3.5), "unweighted: (2 + 5) / 2");
    run(&mut p, ForcesCommand::SetWeight { id: low, weight: Some(1) });
    run(&mut p, ForcesCommand::SetWeight { id: high, weight: Some(3) });
    assert_eq!(value(&p, Force::Buyers), Some(4.25), "weighted: (2×1 + 5×3) / 4");
    assert_eq!(intensity(&p.five_forces, Force::Buyers).unwrap().source, IntensitySource::Factors(2));
    // A weight of None counts as 1.
    run(&mut p, ForcesCommand::SetWeight { id: low, weight: None });
    assert_eq!(value(&p, Force::Buyers), Some(4.25));
    // Other forces are unaffected.
    assert_eq!(value(&p, Force::Suppliers), None);
}

#[test]
fn unrated_factors_are_ignored_and_a_force_without_ratings_is_not_assessed() {
    let mut p = new_project();
    assert_eq!(intensity(&p.five_forces, Force::Rivalry), None, "an empty force is not assessed, not 0");
    let unrated = add(&mut p, Force::Rivalry, "unrated");
    run(&mut p, ForcesCommand::SetWeight { id: unrated, weight: Some(10) });
    assert_eq!(intensity(&p.five_forces, Force::Rivalry), None, "only unrated factors: still not assessed");
    rated(&mut p, Force::Rivalry, 4, None);
    let found = intensity(&p.five_forces, Force::Rivalry).unwrap();
    assert_eq!((found.value, found.source), (4.0, IntensitySource::Factors(1)), "the heavy unrated factor does not count");
    // Clearing the last rating makes the force not assessed again.
    let only = p.five_forces.factors[1].id;
    run(&mut p, ForcesCommand::RateFactor { id: only, rating: None });
    assert_eq!(intensity(&p.five_forces, Force::Rivalry), None);
}

#[test]
fn an_override_takes_precedence_until_it_is_cleared() {
    let mut p = new_project();
    rated(&mut p, Force::Suppliers, 2, None);
    rated(&mut p, Force::Suppliers, 5, Some(3));
    run(&mut p, ForcesCommand::SetOverride { force: Force::Suppliers, value: Some(2) });
    let found = intensity(&p.five_forces, Force::Suppliers).unwrap();
    assert_eq!((found.value, found.source), (2.0, IntensitySource::Override));
    // An override also assesses a force without factors.
    run(&mut p, ForcesCommand::SetOverride { force: Force::NewEntrants, value: Some(5) });
    assert_eq!(value(&p, Force::NewEntrants), Some(5.0));
    // Setting the same value again is no edit; clearing falls back to the factors.
    assert_eq!(exec(&p, ForcesCommand::SetOverride { force: Force::Suppliers, value: Some(2) }), Ok(Outcome::Unchanged));
    run(&mut p, ForcesCommand::SetOverride { force: Force::Suppliers, value: None });
    assert_eq!(value(&p, Force::Suppliers), Some(4.25));
    assert!(!p.five_forces.overrides.contains_key(&Force::Suppliers));
    run(&mut p, ForcesCommand::SetOverride { force: Force::NewEntrants, value: None });
    assert_eq!(value(&p, Force::NewEntrants), None);
    assert!(p.five_forces.overrides.is_empty());
    assert_eq!(exec(&p, ForcesCommand::SetOverride { force: Force::NewEntrants, value: None }), Ok(Outcome::Unchanged));
}

#[test]
fn a_force_is_high_from_exactly_the_threshold() {
    assert_eq!(HIGH_AT, 3.5);
    let mut p = new_project();
    rated(&mut p, Force::Rivalry, 3, None);
    rated(&mut p, Force::Rivalry, 4, None);
    let found = intensity(&p.five_forces, Force::Rivalry).unwrap();
    assert_eq!(found.value, 3.5);
    assert!(found.is_high(), "3.5 is high");
    // Just below: 3 (×10), 3 and 4 (×9) → 69 / 20 = 3.45.
    let mut q = new_project();
    rated(&mut q, Force::Rivalry, 3, Some(10));
    rated(&mut q, Force::Rivalry, 3, Some(1));
    rated(&mut q, Force::Rivalry, 4, Some(9));
    let found = intensity(&q.five_forces, Force::Rivalry).unwrap();
    assert!((found.value - 3.45).abs() < 1e-12 && !found.is_high(), "{found:?}");
}

#[test]
fn the_verdict_counts_high_forces_once_all_five_are_assessed() {
    let level = |highs| verdict(&with_overrides(highs, 4).five_forces).level;
    assert_eq!(level(0), Some(Attractiveness::Attractive));
    assert_eq!(level(1), Some(Attractiveness::Attractive));
    assert_eq!(level(2), Some(Attractiveness::Moderate));
    assert_eq!(level(3), Some(Attractiveness::Unattractive));
    assert_eq!(level(5), Some(Attractiveness::Unattractive));
    assert_eq!(verdict(&with_overrides(3, 4).five_forces), Verdict { assessed: 5, high: 3, level: Some(Attractiveness::Unattractive) });
    // Overrides are whole numbers, so the boundary is checked with factors: two forces at
    // exactly 3.5 and one at 3.45 make "moderate", not "unattractive".
    let mut p = with_overrides(0, 4);
    for force in [Force::Rivalry, Force::Buyers] {
        run(&mut p, ForcesCommand::SetOverride { force, value: None });
        rated(&mut p, force, 3, None);
        rated(&mut p, force, 4, None);
    }
    run(&mut p, ForcesCommand::SetOverride { force: Force::Suppliers, value: None });
    rated(&mut p, Force::Suppliers, 3, Some(10));
    rated(&mut p, Force::Suppliers, 3, Some(1));
    rated(&mut p, Force::Suppliers, 4, Some(9));
    assert_eq!(verdict(&p.five_forces), Verdict { assessed: 5, high: 2, level: Some(Attractiveness::Moderate) });
}

#[test]
fn fewer_than_five_assessed_forces_give_no_verdict() {
    let mut p = new_project();
    assert_eq!(verdict(&p.five_forces), Verdict { assessed: 0, high: 0, level: None });
    for (n, force) in Force::ALL.into_iter().take(4).enumerate() {
        run(&mut p, ForcesCommand::SetOverride { force, value: Some(5) });
        assert_eq!(verdict(&p.five_forces), Verdict { assessed: n + 1, high: n + 1, level: None });
    }
    // A force with only unrated factors still does not count.
    add(&mut p, Force::Buyers, "unrated");
    assert_eq!(verdict(&p.five_forces).level, None);
    run(&mut p, ForcesCommand::SetOverride { force: Force::Buyers, value: Some(1) });
    assert_eq!(verdict(&p.five_forces), Verdict { assessed: 5, high: 4, level: Some(Attractiveness::Unattractive) });
}

// ---------------------------------------------------------------------------------------------
// Checks on input
// ---------------------------------------------------------------------------------------------

#[test]
fn ratings_weights_overrides_and_threats_are_range_checked() {
    let mut p = new_project();
    let id = add(&mut p, Force::Rivalry, "f");
    let c = competitor(&mut p, "c", None, None);
    let threat =
        |threat| ForcesCommand::EditCompetitor { id: c, name: "c".into(), kind: None, strengths: String::new(), weaknesses: String::new(), threat };
    let refused = [
        (ForcesCommand::RateFactor { id, rating: Some(0) }, 0),
        (ForcesCommand::RateFactor { id, rating: Some(6) }, 6),
        (ForcesCommand::SetWeight { id, weight: Some(0) }, 0),
        (ForcesCommand::SetWeight { id, weight: Some(MAX_WEIGHT + 1) }, 11),
        (ForcesCommand::SetOverride { force: Force::Buyers, value: Some(6) }, 6),
        (ForcesCommand::SetOverride { force: Force::Buyers, value: Some(0) }, 0),
        (threat(Some(0)), 0),
        (threat(Some(6)), 6),
        (ForcesCommand::RateFactor { id, rating: Some(255) }, 255),
    ];
    for (command, bad) in refused {
        assert_eq!(exec(&p, command.clone()), Err(ModelError::OutOfRange(bad)), "{command:?}");
    }
    // The range is checked before the id: an unknown id with a bad value reports the value.
    assert_eq!(exec(&p, ForcesCommand::RateFactor { id: ItemId(999), rating: Some(9) }), Err(ModelError::OutOfRange(9)));
    assert_eq!(exec(&p, ForcesCommand::RateFactor { id: ItemId(999), rating: Some(3) }), Err(ModelError::ItemNotFound(ItemId(999))));
    for ok in [1, 5] {
        run(&mut p, ForcesCommand::RateFactor { id, rating: Some(ok) });
        run(&mut p, ForcesCommand::SetOverride { force: Force::Buyers, value: Some(ok) });
        run(&mut p, threat(Some(ok)));
    }
    for ok in [1, MAX_WEIGHT] {
        run(&mut p, ForcesCommand::SetWeight { id, weight: Some(ok) });
    }
    assert_eq!(p.five_forces.factor(id).unwrap().weight, Some(MAX_WEIGHT));
}

#[test]
fn texts_are_trimmed_and_length_checked() {
    let mut p = new_project();
    for blank in ["", "  \n\t "] {
        assert_eq!(exec(&p, ForcesCommand::AddFactor { force: Force::Rivalry, text: blank.into() }), Err(ModelError::EmptyText));
        assert_eq!(exec(&p, ForcesCommand::AddCompetitor { name: blank.into(), kind: None }), Err(ModelError::EmptyText));
    }
    let too_long = "字".repeat(MAX_TEXT_CHARS + 1);
    assert_eq!(
        exec(&p, ForcesCommand::AddFactor { force: Force::Rivalry, text: too_long.clone() }),
        Err(ModelError::TextTooLong { chars: MAX_TEXT_CHARS + 1, max: MAX_TEXT_CHARS })
    );
    // Exactly at the limit (after trimming) is fine.
    let id = add(&mut p, Force::Rivalry, &format!("  {}  ", "字".repeat(MAX_TEXT_CHARS)));
    assert_eq!(p.five_forces.factor(id).unwrap().text.chars().count(), MAX_TEXT_CHARS);
    run(&mut p, ForcesCommand::EditFactor { id, text: " <b>客服</b> 😀 ".into(), note: "  a note \n".into() });
    let factor = p.five_forces.factor(id).unwrap();
    assert_eq!((factor.text.as_str(), factor.note.as_str()), ("<b>客服</b> 😀", "a note"));
    let long_note = "n".repeat(MAX_NOTE_CHARS + 1);
    assert!(matches!(exec(&p, ForcesCommand::EditFactor { id, text: "t".into(), note: long_note.clone() }), Err(ModelError::TextTooLong { .. })));
    assert_eq!(exec(&p, ForcesCommand::EditFactor { id, text: " ".into(), note: String::new() }), Err(ModelError::EmptyText));
    // The conclusion may be empty but not overlong.
    run(&mut p, ForcesCommand::SetConclusion { text: " 结论 \n".into() });
    assert_eq!(p.five_forces.conclusion, "结论");
    assert!(matches!(exec(&p, ForcesCommand::SetConclusion { text: long_note.clone() }), Err(ModelError::TextTooLong { .. })));
    run(&mut p, ForcesCommand::SetConclusion { text: "  ".into() });
    assert_eq!(p.five_forces.conclusion, "");
    // Competitor texts.
    let c = competitor(&mut p, " Rival ", Some(CompetitorType::Brand), None);
    assert_eq!(p.five_forces.competitor(c).unwrap().name, "Rival");
    let edit = |name: &str, strengths: &str| ForcesCommand::EditCompetitor {
        id: c,
        name: name.into(),
        kind: None,
        strengths: strengths.into(),
        weaknesses: String::new(),
        threat: None,
    };
    assert_eq!(exec(&p, edit("", "")), Err(ModelError::EmptyText));
    assert!(matches!(exec(&p, edit("x", &long_note)), Err(ModelError::TextTooLong { .. })));
    assert!(matches!(exec(&p, edit(&too_long, "")), Err(ModelError::TextTooLong { .. })));
}

#[test]
fn unknown_ids_are_refused() {
    let p = new_project();
    let ghost = ItemId(7);
    let commands = [
        ForcesCommand::EditFactor { id: ghost, text: "t".into(), note: String::new() },
        ForcesCommand::RateFactor { id: ghost, rating: Some(3) },
        ForcesCommand::SetWeight { id: ghost, weight: Some(3) },
        ForcesCommand::MoveFactor { id: ghost, index: 0 },
        ForcesCommand::DeleteFactor { id: ghost },
        ForcesCommand::EditCompetitor { id: ghost, name: "n".into(), kind: None, strengths: String::new(), weaknesses: String::new(), threat: None },
        ForcesCommand::DeleteCompetitor { id: ghost },
    ];
    for command in commands {
        assert_eq!(exec(&p, command.clone()), Err(ModelError::ItemNotFound(ghost)), "{command:?}");
    }
}

#[test]
fn factors_move_within_their_force_only() {
    let mut p = new_project();
    let a = add(&mut p, Force::Rivalry, "a");
    add(&mut p, Force::Buyers, "x");
    let b = add(&mut p, Force::Rivalry, "b");
    add(&mut p, Force::Buyers, "y");
    let c = add(&mut p, Force::Rivalry, "c");
    run(&mut p, ForcesCommand::MoveFactor { id: c, index: 0 });
    assert_eq!(texts(&p, Force::Rivalry), ["c", "a", "b"]);
    run(&mut p, ForcesCommand::MoveFactor { id: c, index: 1 });
    assert_eq!(texts(&p, Force::Rivalry), ["a", "c", "b"]);
    // Past the end is clamped to the end.
    run(&mut p, ForcesCommand::MoveFactor { id: a, index: 99 });
    assert_eq!(texts(&p, Force::Rivalry), ["c", "b", "a"]);
    assert_eq!(texts(&p, Force::Buyers), ["x", "y"], "other forces keep their order");
    // Moving to where it already is changes nothing.
    assert_eq!(exec(&p, ForcesCommand::MoveFactor { id: b, index: 1 }), Ok(Outcome::Unchanged));
    assert_eq!(exec(&p, ForcesCommand::MoveFactor { id: a, index: 2 }), Ok(Outcome::Unchanged));
}

#[test]
fn competitors_are_added_edited_and_deleted() {
    let mut p = new_project();
    let first = ItemId(p.next_item_id);
    run(&mut p, ForcesCommand::AddCompetitor { name: "Online platform".into(), kind: Some(CompetitorType::Brand) });
    let second = competitor(&mut p, "Rental", None, None);
    assert_eq!((first, second), (ItemId(1), ItemId(2)));
    assert_eq!(p.next_item_id, 3);
    let c = p.five_forces.competitor(first).unwrap();
    assert_eq!((c.name.as_str(), c.kind, c.threat, c.strengths.as_str()), ("Online platform", Some(CompetitorType::Brand), None, ""));
    let edit = ForcesCommand::EditCompetitor {
        id: second,
        name: "Rental platforms".into(),
        kind: Some(CompetitorType::Generic),
        strengths: " cheap ".into(),
        weaknesses: "narrow range".into(),
        threat: Some(3),
    };
    run(&mut p, edit.clone());
    let c = p.five_forces.competitor(second).unwrap();
    assert_eq!((c.name.as_str(), c.kind, c.threat), ("Rental platforms", Some(CompetitorType::Generic), Some(3)));
    assert_eq!((c.strengths.as_str(), c.weaknesses.as_str()), ("cheap", "narrow range"));
    assert_eq!(exec(&p, edit), Ok(Outcome::Unchanged), "the same edit again is no edit");
    run(&mut p, ForcesCommand::DeleteCompetitor { id: first });
    assert_eq!(p.five_forces.competitors.iter().map(|c| c.id).collect::<Vec<_>>(), [second]);
    assert_eq!(exec(&p, ForcesCommand::DeleteCompetitor { id: first }), Err(ModelError::ItemNotFound(first)));
    // Ids are never reused.
    assert_eq!(competitor(&mut p, "new", None, None), ItemId(3));
}

#[test]
fn factors_and_competitors_share_the_project_counter_with_swot() {
    let mut p = new_project();
    let f = add(&mut p, Force::Rivalry, "f");
    run_command(&mut p, Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: "s".into(), source: None }));
    let c = competitor(&mut p, "c", None, None);
    assert_eq!((f, c, p.swot.items[0].id, p.next_item_id), (ItemId(1), ItemId(3), ItemId(2), 4));
}

// ---------------------------------------------------------------------------------------------
// Links to the SWOT board
// ---------------------------------------------------------------------------------------------

/// A rated factor (4) and a typed competitor (threat 5).
fn linkable() -> (Project, ItemId, ItemId) {
    let mut p = new_project();
    let factor = rated(&mut p, Force::Substitutes, 4, Some(2));
    let rival = competitor(&mut p, "Online platform", Some(CompetitorType::Brand), Some(5));
    (p, factor, rival)
}

fn send(origin: Origin, quadrant: Quadrant) -> Command {
    Command::SendToSwot { origin, quadrant }
}

#[test]
fn sending_makes_a_linked_threat_or_opportunity() {
    let (mut p, factor, rival) = linkable();
    let item_id = ItemId(p.next_item_id);
    run_command(&mut p, send(Origin::Factor(factor), Quadrant::Threats));
    let item = p.swot.item(item_id).unwrap();
    assert_eq!(item.quadrant, Quadrant::Threats);
    assert_eq!(item.text, p.five_forces.factor(factor).unwrap().text);
    assert_eq!(item.origin, Some(Origin::Factor(factor)));
    assert_eq!(item.priority, Some(4), "priority comes from the rating");
    assert_eq!(item.source, Some(EnvFactor::Competitor));
    assert_eq!(item.competitor, None);
    assert_eq!(sent_item(&p, Origin::Factor(factor)).map(|i| i.id), Some(item_id));
    let item_id = ItemId(p.next_item_id);
    run_command(&mut p, send(Origin::Competitor(rival), Quadrant::Opportunities));
    let item = p.swot.item(item_id).unwrap();
    assert_eq!((item.quadrant, item.text.as_str()), (Quadrant::Opportunities, "Online platform"));
    assert_eq!((item.priority, item.competitor), (Some(5), Some(CompetitorType::Brand)));
    assert_eq!(item.origin, Some(Origin::Competitor(rival)));
    // An unrated factor gives an unjudged item.
    let unrated = add(&mut p, Force::Buyers, "unrated");
    run_command(&mut p, send(Origin::Factor(unrated), Quadrant::Threats));
    assert_eq!(sent_item(&p, Origin::Factor(unrated)).unwrap().priority, None);
}

#[test]
fn sending_is_refused_to_internal_quadrants_twice_and_from_nothing() {
    let (mut p, factor, rival) = linkable();
    for quadrant in [Quadrant::Strengths, Quadrant::Weaknesses] {
        assert_eq!(apply(&p, &send(Origin::Factor(factor), quadrant)), Err(ModelError::SendToInternal));
        assert_eq!(apply(&p, &send(Origin::Competitor(rival), quadrant)), Err(ModelError::SendToInternal));
    }
    run_command(&mut p, send(Origin::Factor(factor), Quadrant::Threats));
    for quadrant in [Quadrant::Threats, Quadrant::Opportunities] {
        assert_eq!(apply(&p, &send(Origin::Factor(factor), quadrant)), Err(ModelError::AlreadySent));
    }
    let ghost = ItemId(500);
    assert_eq!(apply(&p, &send(Origin::Factor(ghost), Quadrant::Threats)), Err(ModelError::ItemNotFound(ghost)));
    assert_eq!(apply(&p, &send(Origin::Competitor(ghost), Quadrant::Threats)), Err(ModelError::ItemNotFound(ghost)));
    // Ids are typed: the factor's id is no competitor.
    assert_eq!(apply(&p, &send(Origin::Competitor(factor), Quadrant::Threats)), Err(ModelError::ItemNotFound(factor)));
    assert_eq!(p.swot.items.iter().filter(|i| i.origin.is_some()).count(), 1);
}

#[test]
fn deleting_the_source_keeps_the_swot_item_unlinked_and_undo_restores_the_link() {
    let (p, factor, rival) = linkable();
    let mut s = EditSession::new(p);
    s.execute(&send(Origin::Factor(factor), Quadrant::Threats), Timestamp(1)).unwrap();
    s.execute(&send(Origin::Competitor(rival), Quadrant::Threats), Timestamp(2)).unwrap();
    let linked = s.project().clone();
    let item = sent_item(&linked, Origin::Factor(factor)).unwrap().clone();

    s.execute(&Command::Forces(ForcesCommand::DeleteFactor { id: factor }), Timestamp(3)).unwrap();
    let kept = s.project().swot.item(item.id).expect("the SWOT item stays");
    assert_eq!(kept.origin, None, "its link is cleared");
    assert_eq!((kept.text.as_str(), kept.priority), (item.text.as_str(), item.priority));
    assert!(sent_item(s.project(), Origin::Competitor(rival)).is_some(), "other links are untouched");
    assert!(s.undo(Timestamp(4)));
    assert!(s.project().same_content(&linked), "undo restores the factor and the link exactly");

    s.execute(&Command::Forces(ForcesCommand::DeleteCompetitor { id: rival }), Timestamp(5)).unwrap();
    assert!(s.project().swot.items.iter().all(|i| i.origin != Some(Origin::Competitor(rival))));
    assert_eq!(s.project().swot.items.len(), linked.swot.items.len());
    assert!(s.undo(Timestamp(6)));
    assert!(s.project().same_content(&linked));
    assert!(s.redo(Timestamp(7)));
    assert!(sent_item(s.project(), Origin::Competitor(rival)).is_none());
}

#[test]
fn deleting_the_swot_item_makes_the_source_sendable_again_and_undo_relinks() {
    let (p, factor, _) = linkable();
    let mut s = EditSession::new(p);
    s.execute(&send(Origin::Factor(factor), Quadrant::Threats), Timestamp(1)).unwrap();
    let linked = s.project().clone();
    let item = sent_item(&linked, Origin::Factor(factor)).unwrap().id;
    s.execute(&Command::Swot(SwotCommand::DeleteItem { id: item }), Timestamp(2)).unwrap();
    assert!(sent_item(s.project(), Origin::Factor(factor)).is_none());
    assert!(s.project().five_forces.factor(factor).is_some(), "the factor stays");
    // Sendable again: a new item with a new id.
    let next = ItemId(s.project().next_item_id);
    assert_eq!(apply(s.project(), &send(Origin::Factor(factor), Quadrant::Opportunities)).map(|_| ()), Ok(()));
    assert!(s.undo(Timestamp(3)));
    assert!(s.project().same_content(&linked), "undo brings back the item and its link exactly");
    assert_eq!(apply(s.project(), &send(Origin::Factor(factor), Quadrant::Threats)), Err(ModelError::AlreadySent));
    s.execute(&Command::Swot(SwotCommand::DeleteItem { id: item }), Timestamp(4)).unwrap();
    s.execute(&send(Origin::Factor(factor), Quadrant::Opportunities), Timestamp(5)).unwrap();
    assert_eq!(sent_item(s.project(), Origin::Factor(factor)).map(|i| (i.id, i.quadrant)), Some((next, Quadrant::Opportunities)));
}

#[test]
fn editing_a_linked_item_or_its_source_keeps_the_link() {
    let (mut p, factor, _) = linkable();
    run_command(&mut p, send(Origin::Factor(factor), Quadrant::Threats));
    let item = sent_item(&p, Origin::Factor(factor)).unwrap().id;
    run(&mut p, ForcesCommand::EditFactor { id: factor, text: "renamed".into(), note: String::new() });
    run(&mut p, ForcesCommand::RateFactor { id: factor, rating: Some(1) });
    run_command(&mut p, Command::Swot(SwotCommand::EditItem { id: item, text: "mine now".into(), note: String::new() }));
    run_command(&mut p, Command::Swot(SwotCommand::MoveItem { id: item, to: Quadrant::Opportunities, index: 0 }));
    let linked = sent_item(&p, Origin::Factor(factor)).unwrap();
    assert_eq!((linked.id, linked.text.as_str(), linked.priority), (item, "mine now", Some(4)), "the two sides are edited separately");
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

fn forces_project() -> Project {
    let (mut p, factor, rival) = linkable();
    rated(&mut p, Force::Rivalry, 5, None);
    run(&mut p, ForcesCommand::EditFactor { id: factor, text: "第三方维修平台 <b>".into(), note: "note \"q\"".into() });
    run(&mut p, ForcesCommand::SetOverride { force: Force::Rivalry, value: Some(4) });
    run(&mut p, ForcesCommand::SetOverride { force: Force::NewEntrants, value: Some(2) });
    run(&mut p, ForcesCommand::SetConclusion { text: "结论\n第二行".into() });
    let edit = ForcesCommand::EditCompetitor {
        id: rival,
        name: "Online platform".into(),
        kind: Some(CompetitorType::Brand),
        strengths: "fast".into(),
        weaknesses: "few outlets".into(),
        threat: Some(5),
    };
    run(&mut p, edit);
    run_command(&mut p, send(Origin::Factor(factor), Quadrant::Threats));
    run_command(&mut p, send(Origin::Competitor(rival), Quadrant::Threats));
    p
}

#[test]
fn forces_content_survives_the_project_file_round_trip() {
    let p = forces_project();
    let file = encode_project(&p, Timestamp(42));
    let json: serde_json::Value = serde_json::from_str(&file).unwrap();
    let forces = &json["project"]["five_forces"];
    assert_eq!(forces["overrides"], serde_json::json!({"rivalry": 4, "new_entrants": 2}), "overrides are an object keyed by force");
    assert_eq!(forces["factors"][0]["force"], "substitutes");
    assert_eq!(forces["factors"][0]["weight"], 2);
    assert!(forces["factors"][1].get("weight").is_none(), "unset fields are left out");
    assert_eq!(forces["competitors"][0]["kind"], "brand");
    assert_eq!(json["project"]["swot"]["items"][0]["origin"], serde_json::json!({"factor": 1}));
    assert_eq!(json["project"]["swot"]["items"][1]["origin"], serde_json::json!({"competitor": 2}));
    let (back, header) = decode_project(&file).expect("the file opens");
    assert_eq!(header.saved_at, Timestamp(42));
    assert_eq!(back, p, "every field comes back exactly");
    assert_eq!(verdict(&back.five_forces), verdict(&p.five_forces));
}

fn fixture() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1_forces.json");
    std::fs::read_to_string(path).expect("fixture is readable")
}

#[test]
fn the_schema_1_five_forces_fixture_opens_with_its_links() {
    let (p, header) = decode_project(&fixture()).expect("v1_forces.json opens");
    assert_eq!(header.schema_version, 1);
    let forces = &p.five_forces;
    assert_eq!(forces.factors.len(), 6);
    assert_eq!(forces.competitors.len(), 2);
    assert_eq!(forces.overrides.get(&Force::NewEntrants), Some(&2));
    assert!(!forces.conclusion.is_empty());
    assert_eq!(value(&p, Force::Buyers), Some(4.25));
    assert_eq!(intensity(forces, Force::NewEntrants).map(|i| i.source), Some(IntensitySource::Override));
    assert_eq!(verdict(forces), Verdict { assessed: 5, high: 2, level: Some(Attractiveness::Moderate) });
    let linked: Vec<Origin> = p.swot.items.iter().filter_map(|i| i.origin).collect();
    assert_eq!(linked, [Origin::Factor(ItemId(5)), Origin::Competitor(ItemId(7))]);
    assert!(linked.iter().all(|o| origin_exists(&p, *o)));
    // The file is healthy: nothing needed repairing and it re-encodes to the same content.
    let mut repaired = p.clone();
    assert_eq!(repaired.repair(), 0);
    let (again, _) = decode_project(&encode_project(&p, Timestamp(0))).unwrap();
    assert_eq!(again, p);
}

#[test]
fn damaged_five_forces_content_is_repaired_on_load() {
    let text = r#"{"format":"planning-workbench","schema_version":1,"saved_at":0,"project":{
        "id":"p1","name":"Hand edited","created":0,"updated":0,"next_item_id":1,
        "swot":{"items":[
            {"id":1,"quadrant":"threats","text":"t1","origin":{"factor":2}},
            {"id":3,"quadrant":"threats","text":"t2","origin":{"factor":2}},
            {"id":4,"quadrant":"threats","text":"t3","origin":{"competitor":99}}]},
        "five_forces":{
            "factors":[
                {"id":2,"force":"rivalry","text":"a","rating":9,"weight":0},
                {"id":2,"force":"buyers","text":"b","rating":3,"weight":11},
                {"id":1,"force":"suppliers","text":"c","rating":4}],
            "overrides":{"substitutes":0,"buyers":6,"suppliers":5},
            "competitors":[{"id":3,"name":"c","threat":7}]}}}"#;
    let (p, _) = decode_project(text).expect("a repairable file opens");
    let ids: Vec<ItemId> = p
        .swot
        .items
        .iter()
        .map(|i| i.id)
        .chain(p.five_forces.factors.iter().map(|f| f.id))
        .chain(p.five_forces.competitors.iter().map(|c| c.id))
        .collect();
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), ids.len(), "ids unique across canvases: {ids:?}");
    assert!(ids.iter().all(|id| id.0 < p.next_item_id));
    assert_eq!(p.five_forces.factors.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(), ["a", "b", "c"], "content is kept");
    assert_eq!(p.five_forces.factors[0].id, ItemId(2));
    assert_eq!((p.five_forces.factors[0].rating, p.five_forces.factors[0].weight), (None, None));
    assert_eq!((p.five_forces.factors[1].rating, p.five_forces.factors[1].weight), (Some(3), None));
    assert_eq!(p.five_forces.competitors[0].threat, None);
    assert_eq!(p.five_forces.overrides.iter().map(|(f, v)| (*f, *v)).collect::<Vec<_>>(), [(Force::Suppliers, 5)]);
    assert_eq!(intensity(&p.five_forces, Force::Substitutes), None, "an override of 0 is no intensity");
    // One link per origin, and only to things that exist.
    assert_eq!(p.swot.items[0].origin, Some(Origin::Factor(ItemId(2))));
    assert_eq!((p.swot.items[1].origin, p.swot.items[2].origin), (None, None));
    // New content gets fresh ids.
    let mut p = p;
    let fresh = add(&mut p, Force::Rivalry, "new");
    assert!(!ids.contains(&fresh));
}

#[test]
fn a_five_forces_link_on_a_strength_or_weakness_is_dropped_on_load() {
    // `apply` drops the link when the item moves to S or W; a file must not keep one either.
    let text = r#"{"format":"planning-workbench","schema_version":1,"saved_at":0,"project":{
        "id":"p1","name":"Hand edited","created":0,"updated":0,"next_item_id":10,
        "swot":{"items":[
            {"id":1,"quadrant":"strengths","text":"s","origin":{"factor":5}},
            {"id":2,"quadrant":"weaknesses","text":"w","origin":{"competitor":6}},
            {"id":3,"quadrant":"opportunities","text":"o","origin":{"factor":7}}]},
        "five_forces":{
            "factors":[{"id":5,"force":"rivalry","text":"a"},{"id":7,"force":"buyers","text":"b"}],
            "competitors":[{"id":6,"name":"c"}]}}}"#;
    let (p, _) = decode_project(text).expect("a repairable file opens");
    let origins: Vec<Option<Origin>> = p.swot.items.iter().map(|i| i.origin).collect();
    assert_eq!(origins, [None, None, Some(Origin::Factor(ItemId(7)))]);
    assert_eq!(p.clone().repair(), 0);
}

// ---------------------------------------------------------------------------------------------
// The sample project
// ---------------------------------------------------------------------------------------------

#[test]
fn the_sample_project_has_a_complete_analysis_with_live_links_in_both_languages() {
    for chinese in [true, false] {
        let p = sample_project(new_project(), chinese);
        let forces = &p.five_forces;
        // The SWOT sample is there in full.
        let swot_only = with_sample_swot(new_project(), chinese);
        assert_eq!(p.swot.strategies, swot_only.swot.strategies);
        assert_eq!(&p.swot.items[..swot_only.swot.items.len()], &swot_only.swot.items[..]);
        for force in Force::ALL {
            let factors: Vec<_> = forces.force_factors(force).collect();
            assert!((2..=4).contains(&factors.len()), "{force:?} has {} factors", factors.len());
            assert!(factors.iter().all(|f| f.rating.is_some_and(|r| (1..=5).contains(&r))));
            let found = intensity(forces, force).unwrap_or_else(|| panic!("{force:?} not assessed"));
            assert!(matches!(found.source, IntensitySource::Factors(_)), "all intensities are computed");
        }
        assert!(forces.overrides.is_empty());
        assert!(forces.factors.iter().filter(|f| f.weight.is_some()).count() >= 2, "a couple of weights");
        let v = verdict(forces);
        assert_eq!((v.assessed, v.level.is_some()), (5, true), "{v:?}");
        assert_eq!(v.level, Some(Attractiveness::Unattractive));
        let kinds: BTreeSet<String> = forces.competitors.iter().filter_map(|c| c.kind.map(|k| format!("{k:?}"))).collect();
        assert_eq!(kinds.len(), 4, "all four competitor types");
        assert!((3..=4).contains(&forces.competitors.len()));
        for c in &forces.competitors {
            assert!(!c.strengths.is_empty() && !c.weaknesses.is_empty() && c.threat.is_some(), "{c:?}");
        }
        assert!(!forces.conclusion.is_empty());
        // One factor and one competitor are linked threats, with priorities from their ratings
        // (the blueprint's fail point, sent as a weakness, is checked in tests/blueprint_sample.rs).
        let links: Vec<_> = p.swot.items.iter().filter(|i| matches!(i.origin, Some(Origin::Factor(_) | Origin::Competitor(_)))).collect();
        assert_eq!(links.len(), 2);
        assert!(links.iter().all(|i| i.quadrant == Quadrant::Threats && origin_exists(&p, i.origin.unwrap())));
        let factor_link = links.iter().find(|i| matches!(i.origin, Some(Origin::Factor(_)))).unwrap();
        let Some(Origin::Factor(fid)) = factor_link.origin else { unreachable!() };
        let factor = forces.factor(fid).unwrap();
        assert!(factor.rating >= Some(4), "a high-rated factor was sent");
        assert_eq!((factor_link.priority, factor_link.text.as_str()), (factor.rating, factor.text.as_str()));
        assert!(links.iter().any(|i| matches!(i.origin, Some(Origin::Competitor(_)))));
        // Ids are unique across canvases and below the counter; the project is healthy.
        let ids: Vec<ItemId> = p
            .swot
            .items
            .iter()
            .map(|i| i.id)
            .chain(p.swot.strategies.iter().map(|s| s.id))
            .chain(forces.factors.iter().map(|f| f.id))
            .chain(forces.competitors.iter().map(|c| c.id))
            .collect();
        assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), ids.len());
        assert!(ids.iter().all(|id| id.0 < p.next_item_id));
        assert_eq!(p.clone().repair(), 0);
        // Deterministic.
        assert_eq!(sample_project(new_project(), chinese), p);
    }
    let zh = sample_project(new_project(), true);
    assert!(zh.five_forces.factors[0].text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    let en = sample_project(new_project(), false);
    assert!(en.five_forces.factors[0].text.is_ascii());
}

/// A linked threat reclassified as a weakness is no longer "from the five forces": the link
/// goes with the move (the factor can be sent again), and undo brings it back.
#[test]
fn moving_a_linked_item_to_an_internal_quadrant_drops_the_link() {
    let mut p = new_project();
    let factor = rated(&mut p, Force::Buyers, 5, None);
    run_command(&mut p, Command::SendToSwot { origin: Origin::Factor(factor), quadrant: Quadrant::Threats });
    let item = sent_item(&p, Origin::Factor(factor)).expect("sent").id;
    let mut session = EditSession::new(p.clone());
    let move_to_w = Command::Swot(SwotCommand::MoveItem { id: item, to: Quadrant::Weaknesses, index: 0 });
    assert_eq!(session.execute(&move_to_w, Timestamp(1)), Ok(true));
    assert!(sent_item(session.project(), Origin::Factor(factor)).is_none());
    assert!(session.project().swot.item(item).is_some(), "the item itself stays");
    assert!(session.undo(Timestamp(2)));
    assert_eq!(sent_item(session.project(), Origin::Factor(factor)).map(|i| i.id), Some(item));
}

/// The course's competitive responses and benchmarking: a competitor can be marked as the
/// benchmark, given a response and compared on the three aspects; the conclusion settles on a
/// response. All of it saves, undoes, survives editing the rest of the row, and is refused
/// (not cut) when a comparison is overlong.
#[test]
fn stance_comparison_and_the_conclusions_response_are_kept() {
    use planning_workbench::model::five_forces::{Comparison, Response};
    use planning_workbench::model::swot::MAX_NOTE_CHARS;
    let mut p = new_project();
    let id = competitor(&mut p, "Platform", Some(CompetitorType::Brand), Some(5));
    run(&mut p, ForcesCommand::SetStance { id, benchmark: true, response: Some(Response::ConcentrateAttack) });
    let comparison = Comparison { strategy: " membership ".into(), operations: "fast exchange".into(), management: String::new() };
    run(&mut p, ForcesCommand::SetComparison { id, comparison });
    run(&mut p, ForcesCommand::SetResponse { response: Some(Response::StrengthenDefence) });
    // Editing the rest of the row keeps the stance.
    let edit = ForcesCommand::EditCompetitor {
        id,
        name: "Platform B".into(),
        kind: Some(CompetitorType::Brand),
        strengths: "s".into(),
        weaknesses: "w".into(),
        threat: Some(4),
    };
    run(&mut p, edit);
    let c = p.five_forces.competitor(id).unwrap();
    assert_eq!((c.benchmark, c.response), (true, Some(Response::ConcentrateAttack)));
    assert_eq!(c.comparison.strategy, "membership", "trimmed");
    assert_eq!(p.five_forces.response, Some(Response::StrengthenDefence));
    // A file keeps it all.
    let (back, _) = decode_project(&encode_project(&p, Timestamp(1))).unwrap();
    assert_eq!(back.five_forces, p.five_forces);
    let text = encode_project(&p, Timestamp(1));
    assert!(text.contains(r#""benchmark":true"#) && text.contains(r#""response":"concentrate_attack""#), "{text}");
    // Refusals change nothing and say why.
    let long = Comparison { operations: "x".repeat(MAX_NOTE_CHARS + 1), ..Comparison::default() };
    assert_eq!(
        exec(&p, ForcesCommand::SetComparison { id, comparison: long }),
        Err(ModelError::TextTooLong { chars: MAX_NOTE_CHARS + 1, max: MAX_NOTE_CHARS })
    );
    assert_eq!(exec(&p, ForcesCommand::SetStance { id: ItemId(999), benchmark: true, response: None }), Err(ModelError::ItemNotFound(ItemId(999))));
    assert_eq!(exec(&p, ForcesCommand::SetResponse { response: Some(Response::StrengthenDefence) }), Ok(Outcome::Unchanged));
    // Files from before the stance existed open with none.
    let old = r#"{"format":"planning-workbench","schema_version":1,"saved_at":0,"project":{"id":"p1","name":"P","created":0,"updated":0,"next_item_id":2,
        "five_forces":{"competitors":[{"id":1,"name":"Old"}]}}}"#;
    let (old, _) = decode_project(old).unwrap();
    let c = &old.five_forces.competitors[0];
    assert_eq!((c.benchmark, c.response, c.comparison.is_empty(), old.five_forces.response), (false, None, true, None));
}

#[test]
fn the_sample_settles_on_a_response_and_compares_itself_with_its_benchmark() {
    use planning_workbench::i18n::{Lang, Text};
    use planning_workbench::model::five_forces::Response;
    for chinese in [true, false] {
        let p = sample_project(new_project(), chinese);
        let forces = &p.five_forces;
        assert_eq!(forces.response, Some(Response::StrengthenDefence));
        let benchmarks: Vec<_> = forces.competitors.iter().filter(|c| c.benchmark).collect();
        assert_eq!(benchmarks.len(), 1);
        assert!(!benchmarks[0].comparison.strategy.is_empty() && !benchmarks[0].comparison.management.is_empty());
        assert!(forces.competitors.iter().all(|c| c.response.is_some()));
        let md = planning_workbench::export::forces::forces_markdown(&p, if chinese { Lang::ZhCn } else { Lang::En });
        let lang = if chinese { Lang::ZhCn } else { Lang::En };
        assert!(md.contains(lang.tr(Text::ResponseDefend)) && md.contains(lang.tr(Text::Benchmark)), "{md}");
    }
}
