//! Ids that cannot collide across copies: two editing sessions on copies of one project (two
//! tabs, two laptops, a share link edited elsewhere) each mint ids in their own space, so
//! putting both files' items side by side finds no id used for two different things. Replaying
//! the same commands in the same space gives the same ids, and old (schema 1) files keep theirs.

use planning_workbench::model::blueprint::{BlueprintCommand, LaneKey};
use planning_workbench::model::five_forces::{Force, ForcesCommand};
use planning_workbench::model::org::OrgCommand;
use planning_workbench::model::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::voting::VoteCommand;
use planning_workbench::model::{Command, EditSession, IdSpace, ItemId, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project, CURRENT_SCHEMA_VERSION};
use std::collections::{BTreeMap, BTreeSet};

fn base() -> Project {
    let project = sample_project(Project::new(ProjectId::parse("p-shared").unwrap(), "Shared".into(), Timestamp(0)), false);
    // The copies start from the same file.
    decode_project(&encode_project(&project, Timestamp(1))).expect("the sample opens").0
}

/// One session's edits on every canvas, each adding something; returns the ids it created.
fn edit(session: &mut EditSession, who: &str) -> Vec<ItemId> {
    let project = session.project().clone();
    let step = project.blueprint.steps[0].id;
    let commands = [
        Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Strengths, text: format!("{who}'s strength"), source: None }),
        Command::Forces(ForcesCommand::AddFactor { force: Force::Buyers, text: format!("{who}'s factor") }),
        Command::Forces(ForcesCommand::AddCompetitor { name: format!("{who}'s rival"), kind: None }),
        Command::Org(OrgCommand::AddPosition { parent: None, index: None, title: format!("{who}'s post") }),
        Command::Blueprint(BlueprintCommand::AddStep { index: None, name: format!("{who}'s step") }),
        Command::Blueprint(BlueprintCommand::AddCard { step, lane: LaneKey::Customer, index: None, text: format!("{who}'s card") }),
        Command::Blueprint(BlueprintCommand::AddLane { after: LaneKey::Support, name: format!("{who}'s lane") }),
        Command::Vote(VoteCommand::Start { dots: 3, participants: 2, now: Timestamp(5) }),
    ];
    let mut created = Vec::new();
    for command in &commands {
        assert_eq!(session.execute(command, Timestamp(10)), Ok(true), "{command:?}");
        assert_eq!(session.created().len(), 1, "{command:?} creates one item");
        created.extend_from_slice(session.created());
    }
    created
}

/// Every id in `project` with what it names (its kind and text), to compare two files id-wise.
fn ids_with_meaning(project: &Project) -> BTreeMap<ItemId, String> {
    let mut out = BTreeMap::new();
    for id in project.item_ids() {
        let meaning = project
            .swot
            .item(id)
            .map(|i| format!("swot {}", i.text))
            .or_else(|| project.swot.strategies.iter().find(|s| s.id == id).map(|s| format!("strategy {}", s.text)))
            .or_else(|| project.five_forces.factor(id).map(|f| format!("factor {}", f.text)))
            .or_else(|| project.five_forces.competitor(id).map(|c| format!("competitor {}", c.name)))
            .or_else(|| project.org.position(id).map(|p| format!("position {}", p.details.title)))
            .or_else(|| project.blueprint.step(id).map(|s| format!("step {}", s.name)))
            .or_else(|| project.blueprint.card(id).map(|c| format!("card {}", c.text)))
            .or_else(|| project.blueprint.lane(LaneKey::Custom(id)).map(|l| format!("lane {}", l.name)))
            .unwrap_or_else(|| "round".to_owned());
        assert!(out.insert(id, meaning).is_none(), "{id:?} is used twice inside one file");
    }
    out
}

#[test]
fn two_copies_edited_apart_never_use_one_id_for_two_things() {
    let (mut a, mut b) = (EditSession::in_space(base(), IdSpace::from_random(0x1234_5678)), EditSession::in_space(base(), IdSpace::from_random(7)));
    let (made_by_a, made_by_b) = (edit(&mut a, "A"), edit(&mut b, "B"));
    let (file_a, file_b) = (encode_project(a.project(), Timestamp(20)), encode_project(b.project(), Timestamp(20)));
    let (a, b) = (decode_project(&file_a).unwrap().0, decode_project(&file_b).unwrap().0);

    // Merged by hand, id by id: an id in both files names the same thing in both.
    let (in_a, in_b) = (ids_with_meaning(&a), ids_with_meaning(&b));
    for (id, meaning) in &in_a {
        if let Some(other) = in_b.get(id) {
            assert_eq!(meaning, other, "{id:?} names different things in the two copies");
        }
    }
    let a_only: BTreeSet<&ItemId> = made_by_a.iter().collect();
    assert!(made_by_b.iter().all(|id| !a_only.contains(id) && !in_a.contains_key(id)), "B minted an id A's copy uses");
    assert!(made_by_a.iter().all(|id| !in_b.contains_key(id)), "A minted an id B's copy uses");
    // Every new id stays exact in JSON and keeps the counter above its counter part.
    for id in made_by_a.iter().chain(&made_by_b) {
        assert!(id.0 < 1 << 53 && id.counter() < a.next_item_id.max(b.next_item_id), "{id:?}");
    }
}

#[test]
fn without_spaces_the_same_edits_would_collide() {
    // What the test above guards against: two sessions in one space mint the same ids.
    let (mut a, mut b) = (EditSession::new(base()), EditSession::new(base()));
    assert_eq!(edit(&mut a, "A"), edit(&mut b, "B"));
}

#[test]
fn replaying_in_the_same_space_gives_the_same_ids() {
    let space = IdSpace::from_random(99);
    let (mut first, mut again) = (EditSession::in_space(base(), space), EditSession::in_space(base(), space));
    assert_eq!(edit(&mut first, "A"), edit(&mut again, "A"));
    assert_eq!(first.project(), again.project());
}

#[test]
fn a_schema_1_file_keeps_its_ids_and_counter() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1_sample.json")).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (project, header) = decode_project(&text).expect("v1_sample.json opens");
    assert_eq!(header.schema_version, 1);
    assert_eq!(header.repaired.total(), 0);
    assert_eq!(Some(project.next_item_id), raw["project"]["next_item_id"].as_u64());
    let raw_ids: BTreeSet<u64> = raw["project"]["swot"]["items"].as_array().unwrap().iter().filter_map(|i| i["id"].as_u64()).collect();
    let ids: BTreeSet<u64> = project.swot.items.iter().map(|i| i.id.0).collect();
    assert_eq!(ids, raw_ids);
    // Re-saved, it is a file of the current schema with the same ids.
    let (again, header) = decode_project(&encode_project(&project, Timestamp(2))).unwrap();
    assert_eq!((header.schema_version, again), (CURRENT_SCHEMA_VERSION, project));
}

#[test]
fn a_file_edited_in_two_sessions_opens_as_it_was() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v2_two_sessions.json")).unwrap();
    let (project, header) = decode_project(&text).expect("v2_two_sessions.json opens");
    assert_eq!(header.repaired.total(), 0, "{:?}", header.repaired);
    // Two positions share a counter part (5) in different spaces: both kept, both distinct.
    let counters: Vec<u64> = project.org.positions.iter().map(|p| p.id.counter()).collect();
    assert_eq!(counters, vec![5, 5]);
    assert_ne!(project.org.positions[0].id, project.org.positions[1].id);
    // Its links hold: the threat still comes from the factor, the cards keep their owner.
    assert_eq!(project.swot.items[1].origin, Some(planning_workbench::model::links::Origin::Factor(project.five_forces.factors[0].id)));
    assert!(project.blueprint.cards.iter().all(|c| c.owner == Some(project.org.positions[1].id)));
}
