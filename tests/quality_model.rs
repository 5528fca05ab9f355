//! The service-quality canvas as a user edits it, driven through `model::apply` and
//! `EditSession`: importance points and averages entered by hand (ranges, clearing); statements
//! added, reworded, moved to another dimension, deleted, and the built-in questionnaire
//! inserted; a survey imported and cleared; gap records made on their first edit, causes added
//! and deleted; owners from the org chart; gaps and causes sent to SWOT as linked weaknesses
//! (deleting a cause unlinks, undo relinks); dots on gaps and causes; repair of hand-written
//! files; and the file round trip.
#![cfg(not(target_arch = "wasm32"))]

use planning_workbench::i18n::{describe_repairs, Lang};
use planning_workbench::model::links::{sent_item, Origin};
use planning_workbench::model::org::OrgCommand;
use planning_workbench::model::quality::questionnaire::built_in;
use planning_workbench::model::quality::score::{dimension_scores, overall};
use planning_workbench::model::quality::{GapEdit, GapStatus, ProviderGap, QualityCommand, Servqual, Tally};
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::{apply, Command, EditSession, ItemId, ModelError, Outcome, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};

use QualityCommand as Q;

fn new_project() -> Project {
    Project::new(ProjectId::parse("p-quality").unwrap(), "Quality".into(), Timestamp(0))
}

fn exec(p: &Project, command: Command) -> Result<Outcome, ModelError> {
    apply(p, &command)
}

fn run(p: &mut Project, command: QualityCommand) {
    run_command(p, Command::Quality(command));
}

fn run_command(p: &mut Project, command: Command) {
    match exec(p, command.clone()) {
        Ok(Outcome::Changed(next)) => *p = next,
        other => panic!("{command:?} gave {other:?}"),
    }
}

fn refused(p: &Project, command: QualityCommand, error: ModelError) {
    assert_eq!(exec(p, Command::Quality(command.clone())), Err(error), "{command:?}");
}

fn gap_edit(summary: &str) -> GapEdit {
    GapEdit { summary: summary.into(), evidence: String::new(), actions: String::new(), owner: None, status: GapStatus::Open }
}

fn tally(answers: &[u8]) -> Tally {
    let mut t = Tally::default();
    for &a in answers {
        t.add(a);
    }
    t
}

#[test]
fn points_and_entered_averages_keep_their_ranges() {
    let mut p = new_project();
    assert_eq!(p.quality.weights, [20; 5]);
    run(&mut p, Q::SetWeight { dimension: Servqual::Reliability, points: 40 });
    assert_eq!(p.quality.weights[1], 40);
    refused(&p, Q::SetWeight { dimension: Servqual::Reliability, points: 101 }, ModelError::OutOfRange(101));
    run(&mut p, Q::SetEntered { dimension: Servqual::Empathy, expectation: Some(65), perception: Some(50) });
    refused(&p, Q::SetEntered { dimension: Servqual::Empathy, expectation: Some(9), perception: None }, ModelError::OutOfRange(9));
    refused(&p, Q::SetEntered { dimension: Servqual::Empathy, expectation: Some(71), perception: None }, ModelError::OutOfRange(71));
    let scores = dimension_scores(&p.quality);
    assert!((scores[4].gap().unwrap() - (-1.5)).abs() < 1e-12);
    assert!((overall(&scores).unwrap() - (-1.5)).abs() < 1e-12);
    run(&mut p, Q::SetEntered { dimension: Servqual::Empathy, expectation: None, perception: None });
    assert!(p.quality.entered.is_empty());
}

#[test]
fn the_built_in_questionnaire_is_inserted_and_its_statements_edited() {
    let mut p = new_project();
    let statements = built_in(true);
    run(&mut p, Q::InsertStatements { statements: statements.clone(), replace: false });
    assert_eq!(p.quality.statements.len(), 22);
    assert_eq!(p.quality.statements[0].text, statements[0].1);
    let first = p.quality.statements[0].id;
    run(&mut p, Q::EditStatement { id: first, dimension: Servqual::Empathy, text: "  员工\n记得老客户的需要 ".into() });
    // Moved to empathy, it is the last statement now.
    let moved = p.quality.statements.last().unwrap();
    assert_eq!((moved.id, moved.dimension, moved.text.as_str()), (first, Servqual::Empathy, "员工 记得老客户的需要"));
    refused(&p, Q::EditStatement { id: first, dimension: Servqual::Empathy, text: " ".into() }, ModelError::EmptyText);
    run(&mut p, Q::AddStatement { dimension: Servqual::Tangibles, text: "停车方便".into(), index: Some(0) });
    assert_eq!(p.quality.statements[0].text, "停车方便");
    run(&mut p, Q::DeleteStatement { id: first });
    assert_eq!(p.quality.statements.len(), 22);
    // Replacing starts again with the questionnaire alone.
    run(&mut p, Q::InsertStatements { statements: built_in(false), replace: true });
    assert_eq!(p.quality.statements.len(), 22);
    refused(
        &p,
        Q::InsertStatements { statements: vec![(Servqual::Tangibles, "x".into()); 179], replace: false },
        ModelError::TooManyEntries { count: 201, max: 200 },
    );
}

#[test]
fn a_survey_replaces_the_tallies_and_the_dimension_scores_follow_it() {
    let mut p = new_project();
    run(&mut p, Q::InsertStatements { statements: built_in(false), replace: false });
    run(&mut p, Q::SetEntered { dimension: Servqual::Tangibles, expectation: Some(70), perception: Some(10) });
    let ids: Vec<ItemId> = p.quality.statements.iter().map(|s| s.id).collect();
    run(&mut p, Q::ImportSurvey { respondents: 2, tallies: vec![(ids[0], tally(&[7, 6]), tally(&[4, 5]))] });
    assert_eq!(p.quality.respondents, 2);
    let tangibles = dimension_scores(&p.quality)[0];
    assert_eq!(tangibles.expectation.map(|m| m.value), Some(6.5));
    assert_eq!(tangibles.gap(), Some(-2.0));
    // A tally no answers could give, or a statement that is not there, is refused whole.
    let impossible = Tally { n: 1, sum: 8, sum_sq: 64 };
    refused(&p, Q::ImportSurvey { respondents: 1, tallies: vec![(ids[1], impossible, Tally::default())] }, ModelError::InvalidDraft);
    refused(
        &p,
        Q::ImportSurvey { respondents: 1, tallies: vec![(ItemId(999), Tally::default(), Tally::default())] },
        ModelError::ItemNotFound(ItemId(999)),
    );
    run(&mut p, Q::ClearSurvey);
    assert_eq!(p.quality.respondents, 0);
    assert_eq!(dimension_scores(&p.quality)[0].gap(), Some(-6.0));
}

#[test]
fn a_gap_is_recorded_on_its_first_edit_once_per_kind_in_order() {
    let mut p = new_project();
    run(&mut p, Q::AddCause { kind: ProviderGap::Delivery, text: "Spare parts run out".into() });
    run(&mut p, Q::EditGap { kind: ProviderGap::Knowledge, edit: gap_edit("We never ask customers") });
    run(&mut p, Q::EditGap { kind: ProviderGap::Delivery, edit: gap_edit("Repairs slip") });
    let kinds: Vec<ProviderGap> = p.quality.gaps.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [ProviderGap::Knowledge, ProviderGap::Delivery]);
    let delivery = p.quality.gap(ProviderGap::Delivery).unwrap();
    assert_eq!((delivery.summary.as_str(), delivery.causes.len()), ("Repairs slip", 1));
    assert_eq!(ProviderGap::Delivery.number(), 3);
    let too_many = (0..50).fold(p.clone(), |mut q, i| {
        run(&mut q, Q::AddCause { kind: ProviderGap::Standards, text: format!("c{i}") });
        q
    });
    refused(&too_many, Q::AddCause { kind: ProviderGap::Standards, text: "one more".into() }, ModelError::TooManyEntries { count: 51, max: 50 });
}

#[test]
fn a_gap_owner_is_a_position_and_stays_named_after_the_position_goes() {
    let mut p = new_project();
    let owner = ItemId(p.next_item_id);
    run_command(&mut p, Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: "After-sales Supervisor".into() }));
    refused(
        &p,
        Q::EditGap { kind: ProviderGap::Delivery, edit: GapEdit { owner: Some(ItemId(999)), ..gap_edit("x") } },
        ModelError::ItemNotFound(ItemId(999)),
    );
    run(&mut p, Q::EditGap { kind: ProviderGap::Delivery, edit: GapEdit { owner: Some(owner), status: GapStatus::InProgress, ..gap_edit("x") } });
    run_command(&mut p, Command::Org(OrgCommand::Delete { id: owner, mode: planning_workbench::model::org::DeleteMode::LiftChildren }));
    assert_eq!(p.quality.gap(ProviderGap::Delivery).unwrap().owner, Some(owner));
    // Editing other fields keeps the deleted owner; the file needs no repair.
    run(&mut p, Q::EditGap { kind: ProviderGap::Delivery, edit: GapEdit { owner: Some(owner), status: GapStatus::Closed, ..gap_edit("x") } });
    assert_eq!(p.clone().repair(), 0);
}

#[test]
fn gaps_and_causes_go_to_swot_as_linked_weaknesses_and_deleting_a_cause_unlinks_until_undo() {
    let mut p = new_project();
    run(&mut p, Q::AddCause { kind: ProviderGap::Delivery, text: "Spare parts run out".into() });
    let gap = p.quality.gap(ProviderGap::Delivery).unwrap().id;
    let cause = p.quality.gap(ProviderGap::Delivery).unwrap().causes[0].id;
    // A gap needs its summary before it can go.
    assert_eq!(exec(&p, Command::SendToSwot { origin: Origin::Gap(gap), quadrant: Quadrant::Weaknesses }), Err(ModelError::EmptyText));
    run(&mut p, Q::EditGap { kind: ProviderGap::Delivery, edit: gap_edit("Repairs slip") });
    assert_eq!(exec(&p, Command::SendToSwot { origin: Origin::Gap(gap), quadrant: Quadrant::Threats }), Err(ModelError::FailPointToWeakness));
    let mut session = EditSession::new(p);
    for origin in [Origin::Gap(gap), Origin::Cause(cause)] {
        session.execute(&Command::SendToSwot { origin, quadrant: Quadrant::Weaknesses }, Timestamp(1)).unwrap();
    }
    assert_eq!(sent_item(session.project(), Origin::Gap(gap)).map(|i| i.text.as_str()), Some("Repairs slip"));
    assert_eq!(sent_item(session.project(), Origin::Cause(cause)).map(|i| i.text.as_str()), Some("Spare parts run out"));
    assert_eq!(
        session.execute(&Command::SendToSwot { origin: Origin::Cause(cause), quadrant: Quadrant::Weaknesses }, Timestamp(2)),
        Err(ModelError::AlreadySent)
    );
    session.execute(&Command::Quality(Q::DeleteCause { id: cause }), Timestamp(3)).unwrap();
    let kept = session.project().swot.items.iter().find(|i| i.text == "Spare parts run out").unwrap();
    assert_eq!(kept.origin, None);
    session.undo(Timestamp(4));
    assert!(sent_item(session.project(), Origin::Cause(cause)).is_some());
    // Moving a weakness sent from a gap to another quadrant drops its link, like a fail point's.
    let item = sent_item(session.project(), Origin::Gap(gap)).unwrap().id;
    session.execute(&Command::Swot(SwotCommand::MoveItem { id: item, to: Quadrant::Strengths, index: 0 }), Timestamp(5)).unwrap();
    assert_eq!(session.project().swot.item(item).unwrap().origin, None);
}

#[test]
fn gaps_and_causes_take_dots() {
    let mut p = new_project();
    run(&mut p, Q::AddCause { kind: ProviderGap::Communication, text: "Adverts promise next-day repairs".into() });
    let gap = p.quality.gaps[0].id;
    let cause = p.quality.gaps[0].causes[0].id;
    assert!(p.votable(gap) && p.votable(cause));
    let votable: Vec<ItemId> = p.votable_ids().collect();
    assert_eq!(votable, [gap, cause]);
}

#[test]
fn the_quality_canvas_round_trips_through_a_file() {
    let mut p = new_project();
    run(&mut p, Q::InsertStatements { statements: built_in(true), replace: false });
    let id = p.quality.statements[3].id;
    run(&mut p, Q::ImportSurvey { respondents: 3, tallies: vec![(id, tally(&[7, 7, 6]), tally(&[5, 4, 3]))] });
    run(&mut p, Q::SetWeight { dimension: Servqual::Assurance, points: 35 });
    run(&mut p, Q::AddCause { kind: ProviderGap::Standards, text: "<b>\"没有\"</b> 书面标准".into() });
    let (back, header) = decode_project(&encode_project(&p, Timestamp(9))).unwrap();
    assert_eq!(back, p);
    assert_eq!(header.repaired.total(), 0);
}

#[test]
fn repair_fixes_ranges_tallies_duplicate_ids_and_repeated_gaps_and_keeps_the_links() {
    let text = r#"{"format":"planning-workbench","schema_version":4,"saved_at":0,"project":{"id":"p1","name":"P","created":0,"updated":0,"next_item_id":3,
        "swot":{"items":[{"id":1,"quadrant":"weaknesses","text":"W","origin":{"cause":4}}]},
        "quality":{"weights":[120,20,20,20,20],
          "entered":{"tangibles":{"expectation":5,"perception":60},"empathy":{"expectation":99}},
          "statements":[{"id":2,"dimension":"reliability","text":"S","expectation":{"n":1,"sum":9,"sum_sq":81}}],
          "respondents":7,
          "gaps":[{"id":5,"kind":"delivery","causes":[{"id":1,"text":"clash"}]},{"id":6,"kind":"knowledge"},{"id":7,"kind":"delivery","causes":[{"id":4,"text":"kept"}]}]}}}"#;
    let (p, header) = decode_project(text).unwrap_or_else(|e| panic!("refused: {e:?}"));
    assert!(header.repaired.quality >= 6, "{:?}", header.repaired);
    // The user is told where: "This file was repaired: Service quality: 7 fixes, …".
    assert!(describe_repairs(Lang::En, &header.repaired).contains("Service quality: "), "{}", describe_repairs(Lang::En, &header.repaired));
    assert!(describe_repairs(Lang::ZhCn, &header.repaired).contains("服务质量（"));
    let q = &p.quality;
    assert_eq!(q.weights[0], 100);
    assert_eq!(q.entered.get(&Servqual::Tangibles).and_then(|e| e.perception), Some(60));
    assert_eq!(q.entered.get(&Servqual::Tangibles).and_then(|e| e.expectation), None);
    assert!(!q.entered.contains_key(&Servqual::Empathy));
    assert!(q.statements[0].expectation.is_empty());
    assert_eq!(q.respondents, 0);
    let kinds: Vec<ProviderGap> = q.gaps.iter().map(|g| g.kind).collect();
    assert_eq!(kinds, [ProviderGap::Knowledge, ProviderGap::Delivery]);
    let delivery = q.gap(ProviderGap::Delivery).unwrap();
    assert_eq!(delivery.causes.len(), 2);
    // The cause that clashed with the SWOT item's id was renumbered; the link to cause 4 stays.
    assert_ne!(delivery.causes[0].id, ItemId(1));
    assert_eq!(p.swot.items[0].origin, Some(Origin::Cause(ItemId(4))));
    assert_eq!(p.clone().repair(), 0);
}

#[test]
fn statements_stay_grouped_by_dimension_so_their_numbers_are_the_survey_columns() {
    let mut p = new_project();
    run(&mut p, Q::InsertStatements { statements: vec![(Servqual::Empathy, "E1".into()), (Servqual::Tangibles, "T1".into())], replace: false });
    run(&mut p, Q::AddStatement { dimension: Servqual::Tangibles, text: "T2".into(), index: None });
    run(&mut p, Q::AddStatement { dimension: Servqual::Reliability, text: "R1".into(), index: Some(5) });
    run(&mut p, Q::AddStatement { dimension: Servqual::Tangibles, text: "T0".into(), index: Some(0) });
    let texts = |p: &Project| p.quality.statements.iter().map(|s| s.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&p), ["T0", "T1", "T2", "R1", "E1"]);
    // Moving T1 to empathy puts it last there; rewording in place keeps its place.
    let t1 = p.quality.statements[1].id;
    run(&mut p, Q::EditStatement { id: t1, dimension: Servqual::Empathy, text: "now empathy".into() });
    let t0 = p.quality.statements[0].id;
    run(&mut p, Q::EditStatement { id: t0, dimension: Servqual::Tangibles, text: "T0 reworded".into() });
    assert_eq!(texts(&p), ["T0 reworded", "T2", "R1", "E1", "now empathy"]);
    // A file whose statements are out of order is put in order on load.
    let text = r#"{"format":"planning-workbench","schema_version":4,"saved_at":0,"project":{"id":"p1","name":"P","created":0,"updated":0,"next_item_id":3,
        "quality":{"statements":[{"id":1,"dimension":"empathy","text":"E"},{"id":2,"dimension":"tangibles","text":"T"}]}}}"#;
    let (loaded, header) = decode_project(text).unwrap();
    assert_eq!(texts(&loaded), ["T", "E"]);
    assert_eq!(header.repaired.quality, 1);
}
