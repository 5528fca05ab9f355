//! The sample project offered on the project list: the course's customer-service context (an
//! electronics retailer's service department) on every canvas that has one — the SWOT board
//! with its TOWS strategies, then the five-forces analysis, which sends one factor and one
//! competitor to the board as linked threats, then the org chart of the course's sample
//! customer-service department (holders, one vacant post, a dotted line), then the service
//! blueprint of the course's complaint-handling loop, whose cards are owned by positions of
//! that chart and whose spare-parts fail point is sent to the board as a linked weakness.
//! Built through `apply`; never panics.

use super::blueprint::sample::with_sample_blueprint;
use super::five_forces::sample::with_sample_forces;
use super::org::sample::with_sample_org;
use super::project::Project;
use super::swot::sample::with_sample_swot;

/// Fills `project` (normally a new, empty one) with the sample content in Chinese or English.
pub fn sample_project(project: Project, chinese: bool) -> Project {
    let project = with_sample_org(with_sample_forces(with_sample_swot(project, chinese), chinese), chinese);
    // After the org chart: the blueprint's owners are its positions.
    with_sample_blueprint(project, chinese)
}
