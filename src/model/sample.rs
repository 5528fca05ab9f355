//! The sample project offered on the project list: the course's customer-service context (an
//! electronics retailer's service department) on every canvas that has one — the SWOT board
//! with its TOWS strategies, then the five-forces analysis, which sends one factor and one
//! competitor to the board as linked threats, then the org chart of the course's sample
//! customer-service department (holders, one vacant post, a dotted line). Built through
//! `apply`; never panics.

use super::five_forces::sample::with_sample_forces;
use super::org::sample::with_sample_org;
use super::project::Project;
use super::swot::sample::with_sample_swot;

/// Fills `project` (normally a new, empty one) with the sample content in Chinese or English.
pub fn sample_project(project: Project, chinese: bool) -> Project {
    with_sample_org(with_sample_forces(with_sample_swot(project, chinese), chinese), chinese)
}
