//! The sample project offered on the project list: the course's customer-service context (an
//! electronics retailer's service department) on every canvas that has one — the SWOT board
//! with its TOWS strategies, then the five-forces analysis, which sends one factor and one
//! competitor to the board as linked threats, then the org chart of the course's sample
//! customer-service department (holders, one vacant post, a dotted line), then the service
//! blueprint of the course's complaint-handling loop, whose cards are owned by positions of
//! that chart and whose spare-parts fail point is sent to the board as a linked weakness, then
//! a service-quality study consistent with that blueprint (`quality.rs`).
//! Built through `apply`; never panics.

pub mod blueprint;
pub mod five_forces;
pub mod org;
pub mod quality;
pub mod swot;

use super::command::{apply_in, Command};
use super::Project;
use crate::model::core::{IdSpace, ItemId};
use blueprint::with_sample_blueprint;
use five_forces::with_sample_forces;
use org::with_sample_org;
use quality::with_sample_quality;
use swot::with_sample_swot;

/// Fills `project` (normally a new, empty one) with the sample content in Chinese or English.
pub fn sample_project(project: Project, chinese: bool) -> Project {
    let project = with_sample_org(with_sample_forces(with_sample_swot(project, chinese), chinese), chinese);
    // After the org chart: the blueprint's owners are its positions; the quality study reads
    // both.
    with_sample_quality(with_sample_blueprint(project, chinese), chinese)
}

/// Applies `command` in the file's own id space (so the sample is the same on every device)
/// and returns the ids it created. The sample is fixed data that satisfies every rule; a
/// refusal would be a bug in it, and leaves the project as it was rather than panicking.
fn run(project: &mut Project, command: Command) -> Vec<ItemId> {
    match apply_in(project, &command, IdSpace::FILE) {
        Ok(Some(applied)) => {
            *project = applied.project;
            applied.created
        }
        _ => Vec::new(),
    }
}
