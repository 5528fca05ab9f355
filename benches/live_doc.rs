//! Size of a live session's shared document against the project file after 1,000 edits (std
//! only): `cargo bench --bench live_doc`. The sample project goes through a replica, then
//! edits a workshop makes (add, retype, move, delete SWOT items; rename) one at a time.

use planning_workbench::live::replica::Replica;
use planning_workbench::model::project::sample::sample_project;
use planning_workbench::model::swot::{Quadrant, SwotCommand};
use planning_workbench::model::{apply_in, Command, IdSpace, Project, ProjectId, Timestamp};
use planning_workbench::persist::encode_project;
use std::sync::Arc;
use std::time::Instant;

fn file(project: &Project) -> serde_json::Value {
    serde_json::from_str(&encode_project(project, project.updated)).expect("an encoded project is JSON")
}

fn main() {
    let mut project = sample_project(Project::new(ProjectId::parse("p-bench").unwrap(), "bench".into(), Timestamp(0)), false);
    let mut replica = Replica::new(1, Arc::new(|| 0u64));
    replica.seed(&file(&project));
    let seeded = replica.snapshot().len();
    let started = Instant::now();
    let quadrants = [Quadrant::Strengths, Quadrant::Weaknesses, Quadrant::Opportunities, Quadrant::Threats];
    for n in 0..1000usize {
        let ids: Vec<_> = project.swot.items.iter().map(|i| i.id).collect();
        let pick = ids.get(n * 7 % ids.len().max(1)).copied();
        let command = match (n % 5, pick) {
            (1, Some(id)) => Command::Swot(SwotCommand::EditItem { id, text: format!("retyped {n}"), note: String::new() }),
            (2, Some(id)) => Command::Swot(SwotCommand::MoveItem { id, to: quadrants[n % 4], index: n % 3 }),
            (3, Some(id)) if n % 15 == 3 => Command::Swot(SwotCommand::DeleteItem { id }),
            (4, _) => Command::RenameProject { name: format!("workshop {n}") },
            _ => Command::Swot(SwotCommand::AddItem { quadrant: quadrants[n % 4], text: format!("sticky note {n}"), source: None }),
        };
        if let Ok(Some(applied)) = apply_in(&project, &command, IdSpace::FILE) {
            project = applied.project;
            project.updated = Timestamp(n as i64 + 1);
            replica.edit(0, &file(&project));
            // Each edit is made on the page's last state, as a page in a quiet room does.
            replica.next_state(|v| v);
        }
    }
    let spent = started.elapsed();
    let json = encode_project(&project, project.updated).len();
    let doc = replica.snapshot().len();
    println!(
        "sample project: file {} bytes, shared document {} bytes when seeded",
        encode_project(&sample_project(Project::new(ProjectId::parse("p-bench").unwrap(), "bench".into(), Timestamp(0)), false), Timestamp(0)).len(),
        seeded
    );
    println!("after 1,000 edits: file {json} bytes, shared document {doc} bytes ({:.2}× the file)", doc as f64 / json as f64);
    println!("1,000 edits through the replica: {:.1} ms ({:.2} ms each)", spent.as_secs_f64() * 1e3, spent.as_secs_f64());
}
