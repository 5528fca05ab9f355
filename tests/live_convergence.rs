//! Live sessions converge: three devices, each a `Replica` with a page beside it that edits
//! through `apply_in` and reads every state like an imported file (decode, repair, write the
//! repair back), edit the sample project at random while their updates are delivered late,
//! interleaved across senders in any order (each sender's in the order sent, as through the
//! server), and twice. Once everything is delivered, every device holds the same document and
//! the same project, and that project needs no repair: every canvas's rules hold. The edits
//! include the ones that break rules when they meet: two people moving positions under each
//! other (a cycle) and sending the same factor to SWOT twice.

use planning_workbench::live::readable::readable;
use planning_workbench::live::replica::Replica;
use planning_workbench::model::core::vocab::Origin;
use planning_workbench::model::five_forces::{Force, ForcesCommand};
use planning_workbench::model::org::OrgCommand;
use planning_workbench::model::project::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::voting::VoteCommand;
use planning_workbench::model::{apply_in, Command, IdSpace, Project, ProjectId, Timestamp};
use planning_workbench::persist::{decode_project, encode_project};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::Arc;

struct Device {
    replica: Replica,
    page: Project,
    seen: u64,
    space: IdSpace,
}

fn file(project: &Project) -> Value {
    serde_json::from_str(&encode_project(project, project.updated)).expect("an encoded project is JSON")
}

impl Device {
    fn new(n: u64, project: &Project) -> Device {
        let clock: Arc<dyn yrs::sync::time::Clock> = Arc::new(|| 0u64);
        Device { replica: Replica::new(n, clock), page: project.clone(), seen: 0, space: IdSpace::from_random(n as u32 * 7919) }
    }

    /// The page edits; returns the update its device sends.
    fn edit(&mut self, command: &Command, now: i64) -> Vec<u8> {
        let Ok(Some(applied)) = apply_in(&self.page, command, self.space) else { return Vec::new() };
        self.page = applied.project;
        self.page.updated = Timestamp(now);
        self.replica.edit(self.seen, &file(&self.page))
    }

    /// The page reads what its device now holds, as the browser does (the worker makes the
    /// state readable, the page decodes and repairs it, or keeps its own project when it
    /// cannot); returns the updates that writes back.
    fn read(&mut self) -> Vec<Vec<u8>> {
        let Some(state) = self.replica.next_state(readable) else { return Vec::new() };
        let mut out = vec![state.repair];
        self.seen = state.seq;
        match decode_project(&state.file.to_string()) {
            Ok((project, header)) => {
                self.page = project;
                if header.repaired.total() > 0 {
                    out.push(self.replica.edit(state.seq, &file(&self.page)));
                }
            }
            Err(_) => out.push(self.replica.edit(state.seq, &file(&self.page))),
        }
        out
    }
}

/// One random step: who does what, and picks among what exists.
type Step = (u8, u8, u16, u16);

fn command(page: &Project, kind: u8, a: u16, b: u16) -> Option<Command> {
    let pick = |ids: Vec<planning_workbench::model::ItemId>, n: u16| (!ids.is_empty()).then(|| ids[n as usize % ids.len()]);
    let swot: Vec<_> = page.swot.items.iter().map(|i| i.id).collect();
    let positions: Vec<_> = page.org.positions.iter().map(|p| p.id).collect();
    let factors: Vec<_> = page.five_forces.factors.iter().map(|f| f.id).collect();
    let quadrant = [Quadrant::Strengths, Quadrant::Weaknesses, Quadrant::Opportunities, Quadrant::Threats][b as usize % 4];
    Some(match kind % 9 {
        0 => Command::Swot(SwotCommand::AddItem { quadrant, text: format!("item {a}"), source: None }),
        1 => Command::Swot(SwotCommand::EditItem { id: pick(swot, a)?, text: format!("edited {b}"), note: String::new() }),
        2 => Command::Swot(SwotCommand::MoveItem { id: pick(swot, a)?, to: quadrant, index: b as usize % 4 }),
        3 => Command::Swot(SwotCommand::DeleteItem { id: pick(swot, a)? }),
        4 => Command::Org(OrgCommand::Move { id: pick(positions.clone(), a)?, parent: pick(positions, b), index: 0 }),
        5 => Command::Org(OrgCommand::AddPosition { parent: pick(positions, a), index: None, title: format!("post {b}") }),
        6 => Command::SendToSwot { origin: Origin::Factor(pick(factors, a)?), quadrant: Quadrant::Opportunities },
        7 => Command::Forces(ForcesCommand::AddFactor { force: Force::ALL[a as usize % Force::ALL.len()], text: format!("factor {b}") }),
        _ => Command::RenameProject { name: format!("workshop {a}") },
    })
}

fn converge(steps: &[Step], devices: usize) -> Result<(), TestCaseError> {
    let start = sample_project(Project::new(ProjectId::parse("p-live").unwrap(), "workshop".into(), Timestamp(0)), false);
    let mut all: Vec<Device> = (0..devices as u64).map(|n| Device::new(n + 1, &start)).collect();
    // The first device seeds the room; the others take it from the network.
    let seed = all[0].replica.seed(&file(&start));
    // In flight: (to, from, update). What two devices send each other arrives in the order
    // sent, as over one connection through the server; across senders the order is random,
    // arrivals are late, and some come twice.
    let mut wire: Vec<(usize, usize, Vec<u8>)> = (1..devices).map(|to| (to, 0, seed.clone())).collect();
    let broadcast = |wire: &mut Vec<(usize, usize, Vec<u8>)>, from: usize, updates: Vec<Vec<u8>>| {
        for update in updates.into_iter().filter(|u| !u.is_empty()) {
            wire.extend((0..devices).filter(|to| *to != from).map(|to| (to, from, update.clone())));
        }
    };
    for (at, &(who, kind, a, b)) in steps.iter().enumerate() {
        let who = who as usize % devices;
        if kind % 4 == 0 && !wire.is_empty() {
            // Deliver one message (a random one), and sometimes leave a copy to arrive again.
            let (to, from) = (wire[(a as usize) % wire.len()].0, wire[(a as usize) % wire.len()].1);
            let index = wire.iter().position(|(t, f, _)| (*t, *f) == (to, from)).unwrap_or(0);
            let (to, _, update) = if b % 5 == 0 { wire[index].clone() } else { wire.remove(index) };
            all[to].replica.apply(&update).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let back = all[to].read();
            broadcast(&mut wire, to, back);
            continue;
        }
        let Some(command) = command(&all[who].page, kind / 4, a, b) else { continue };
        let update = all[who].edit(&command, at as i64 + 1);
        broadcast(&mut wire, who, vec![update]);
    }
    // Everything arrives (duplicates included), and pages keep reading until nobody repairs.
    for _round in 0..6 {
        for (to, _, update) in std::mem::take(&mut wire) {
            all[to].replica.apply(&update).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        }
        for (from, device) in all.iter_mut().enumerate() {
            let back = device.read();
            broadcast(&mut wire, from, back);
        }
        if wire.is_empty() {
            break;
        }
    }
    prop_assert!(wire.is_empty(), "repairs kept writing after six rounds");
    let first = all[0].replica.value();
    for device in &all {
        prop_assert_eq!(&device.replica.value(), &first, "the shared documents differ");
    }
    let (mut project, header) = decode_project(&first.to_string()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    prop_assert_eq!(header.repaired.total(), 0, "the converged project still needed repair: {:?}", header.repaired);
    prop_assert_eq!(project.repair_with_report().total(), 0);
    for device in &all {
        prop_assert!(device.page.same_content(&project), "a page shows another project");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn three_devices_converge_to_one_valid_project(steps in prop::collection::vec(any::<Step>(), 1..80)) {
        converge(&steps, 3)?;
    }
}

#[test]
fn two_people_moving_positions_under_each_other_end_in_one_valid_chart() {
    let start = sample_project(Project::new(ProjectId::parse("p-live").unwrap(), "w".into(), Timestamp(0)), false);
    let mut a = Device::new(1, &start);
    let mut b = Device::new(2, &start);
    b.replica.apply(&a.replica.seed(&file(&start))).unwrap();
    b.read();
    let leaves: Vec<_> = start.org.positions.iter().filter(|p| !start.org.positions.iter().any(|c| c.parent == Some(p.id))).map(|p| p.id).collect();
    let (x, y) = (leaves[0], leaves[1]);
    let to_a = b.edit(&Command::Org(OrgCommand::Move { id: y, parent: Some(x), index: 0 }), 5);
    let to_b = a.edit(&Command::Org(OrgCommand::Move { id: x, parent: Some(y), index: 0 }), 5);
    a.replica.apply(&to_a).unwrap();
    b.replica.apply(&to_b).unwrap();
    let (fix_a, fix_b) = (a.read(), b.read());
    for update in fix_b.iter().filter(|u| !u.is_empty()) {
        a.replica.apply(update).unwrap();
    }
    for update in fix_a.iter().filter(|u| !u.is_empty()) {
        b.replica.apply(update).unwrap();
    }
    a.read();
    b.read();
    assert_eq!(a.replica.value(), b.replica.value());
    assert!(a.page.same_content(&b.page));
    let (x_parent, y_parent) = (a.page.org.position(x).and_then(|p| p.parent), a.page.org.position(y).and_then(|p| p.parent));
    assert!(!(x_parent == Some(y) && y_parent == Some(x)), "the cycle was left in the chart");
}

#[test]
fn dots_cast_at_once_on_three_devices_all_count() {
    let start = sample_project(Project::new(ProjectId::parse("p-live").unwrap(), "w".into(), Timestamp(0)), false);
    let mut all: Vec<Device> = (1..=3).map(|n| Device::new(n, &start)).collect();
    let seed = all[0].replica.seed(&file(&start));
    let opened = all[0].edit(&Command::Vote(VoteCommand::StartOnDevices { dots: 2, host: "dev1".into(), now: Timestamp(1) }), 1);
    for device in &mut all[1..] {
        device.replica.apply(&seed).unwrap();
        device.replica.apply(&opened).unwrap();
        device.read();
    }
    let target = start.votable_ids().next().expect("the sample has votable items");
    // Nobody hears the others before casting: each device makes its first ballot at once.
    let cast: Vec<Vec<u8>> = all
        .iter_mut()
        .enumerate()
        .map(|(n, device)| {
            let dot = VoteCommand::DeviceDot { device: format!("dev{}", n + 1), name: format!("P{n}"), id: target };
            device.edit(&Command::Vote(dot), 2)
        })
        .collect();
    for (to, device) in all.iter_mut().enumerate() {
        for (from, update) in cast.iter().enumerate() {
            if from != to {
                device.replica.apply(update).unwrap();
            }
        }
        assert!(device.read().iter().all(|u| u.is_empty()), "nothing needed repair");
    }
    for device in &all {
        let round = device.page.voting.open().expect("the round is open everywhere");
        assert_eq!(round.total(target), 3, "a dot was lost");
        assert_eq!(round.voters.len(), 3);
        assert!(device.page.same_content(&all[0].page));
    }
}

#[test]
fn the_large_benchmark_projects_round_trip_through_the_shared_document() {
    for target in [1_000_000usize, 5_000_000] {
        let project = large_project(target);
        let text = encode_project(&project, project.updated);
        assert!(text.len() >= target, "{} bytes", text.len());
        let mut a = Replica::new(1, Arc::new(|| 0u64));
        let update = a.seed(&serde_json::from_str(&text).unwrap());
        let mut b = Replica::new(2, Arc::new(|| 0u64));
        b.apply(&update).unwrap();
        let (back, header) = decode_project(&b.value().to_string()).unwrap();
        assert_eq!(header.repaired.total(), 0);
        assert_eq!(back, project, "{target}-byte project changed on its way through");
    }
}

/// The sample with SWOT items added until the file is `target` bytes.
fn large_project(target: usize) -> Project {
    let mut project = sample_project(Project::new(ProjectId::parse("p-big").unwrap(), "big".into(), Timestamp(0)), false);
    let mut n = 0;
    while encode_project(&project, project.updated).len() < target {
        for _ in 0..500 {
            n += 1;
            let text = format!("Observation {n}: customers waiting over ten minutes at the service desk on weekends");
            let command = Command::Swot(SwotCommand::AddItem { quadrant: Quadrant::Weaknesses, text, source: None });
            if let Ok(Some(applied)) = apply_in(&project, &command, IdSpace::FILE) {
                project = applied.project;
            }
        }
    }
    project
}
