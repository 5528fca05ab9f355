//! The top layer of the model: a project (its identity, name, timestamps and one document
//! part per canvas), the one `match` over canvases (`command.rs`), the links between canvases
//! (`links.rs`), repair of a whole file (`repair.rs`), the edit session with its undo history
//! (`session.rs`) and the sample project (`sample/`). Each canvas sits in its own `Rc` so an
//! edit to one canvas copies only that canvas, and undo snapshots share every canvas they did
//! not change.

pub mod command;
mod history;
pub mod links;
pub mod quality_links;
mod repair;
pub mod sample;
pub mod session;

use super::blueprint::{BlueprintCanvas, Positions};
use super::core::{ItemId, ProjectId, Timestamp};
use super::five_forces::FiveForcesCanvas;
use super::org::OrgCanvas;
use super::quality::QualityCanvas;
use super::swot::SwotCanvas;
use super::voting::{results, Round, Voting};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::rc::Rc;

pub use super::core::{normalize_name, NameError, MAX_NAME_CHARS};
pub use repair::RepairReport;

/// One planning project: what a user creates, opens, exports and imports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    pub name: String,
    /// When the project was first created.
    pub created: Timestamp,
    /// When the document last changed (an edit, an undo or a redo).
    pub updated: Timestamp,
    /// The project's id counter: the counter part of the next id minted (starts at 1; see
    /// `core::ids`). It stays above the counter part of every id in the project.
    #[serde(default = "first_item_id")]
    pub next_item_id: u64,
    #[serde(default)]
    pub swot: Rc<SwotCanvas>,
    #[serde(default)]
    pub five_forces: Rc<FiveForcesCanvas>,
    #[serde(default)]
    pub org: Rc<OrgCanvas>,
    #[serde(default)]
    pub blueprint: Rc<BlueprintCanvas>,
    #[serde(default)]
    pub quality: Rc<QualityCanvas>,
    /// Dot-voting rounds (left out of the saved file while there are none).
    #[serde(default, skip_serializing_if = "no_rounds")]
    pub voting: Rc<Voting>,
}

fn no_rounds(voting: &Rc<Voting>) -> bool {
    voting.is_empty()
}

fn first_item_id() -> u64 {
    1
}

impl Project {
    /// A new, empty project. `name` should already be normalised (see [`normalize_name`]).
    pub fn new(id: ProjectId, name: String, now: Timestamp) -> Self {
        Project {
            id,
            name,
            created: now,
            updated: now,
            next_item_id: 1,
            swot: Rc::default(),
            five_forces: Rc::default(),
            org: Rc::default(),
            blueprint: Rc::default(),
            quality: Rc::default(),
            voting: Rc::default(),
        }
    }

    /// Whether two projects hold the same document, ignoring when they were last touched.
    pub fn same_content(&self, other: &Project) -> bool {
        let mut a = self.clone();
        a.updated = other.updated;
        a == *other
    }
}

impl Project {
    /// Every id an item of this project holds (not the ids it cites), canvas by canvas.
    pub fn item_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        let swot = self.swot.items.iter().map(|i| i.id).chain(self.swot.strategies.iter().map(|s| s.id));
        let forces = self.five_forces.factors.iter().map(|f| f.id).chain(self.five_forces.competitors.iter().map(|c| c.id));
        let org = self.org.positions.iter().map(|p| p.id);
        let blueprint = &self.blueprint;
        let lanes = blueprint.lanes.iter().filter_map(|l| match l.key {
            super::blueprint::LaneKey::Custom(id) => Some(id),
            _ => None,
        });
        let blueprint = blueprint.steps.iter().map(|s| s.id).chain(blueprint.cards.iter().map(|c| c.id)).chain(lanes);
        let rounds = self.voting.rounds.iter().flat_map(|r| std::iter::once(r.id).chain(r.voters.iter().map(|v| v.id)));
        swot.chain(forces).chain(org).chain(blueprint).chain(self.quality.item_ids()).chain(rounds)
    }

    /// Whether `id` can receive dots: a SWOT item, a five-forces factor, a fail point, a
    /// quality gap or one of its causes.
    pub fn votable(&self, id: ItemId) -> bool {
        self.votable_ids().any(|v| v == id)
    }

    /// Every votable id in document order: SWOT items, factors, fail points, then gaps and
    /// their causes.
    pub fn votable_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.swot.votable_ids().chain(self.five_forces.votable_ids()).chain(self.blueprint.votable_ids()).chain(self.quality.votable_ids())
    }

    /// The totals of `round`, most dots first (see `voting::results`).
    pub fn vote_results(&self, round: &Round) -> Vec<(ItemId, u32)> {
        results(self.votable_ids(), round)
    }
}

/// An empty project for tests: id `p1`, named `name`, made at time 0.
#[cfg(test)]
pub(crate) fn test_project(name: &str) -> Project {
    Project::new(ProjectId::parse("p1").expect("a valid id"), name.to_owned(), Timestamp(0))
}

/// The blueprint's read-only view of the org chart (its cards' owners are positions).
impl Positions for OrgCanvas {
    fn title(&self, id: ItemId) -> Option<&str> {
        self.position(id).map(|p| p.details.title.as_str())
    }

    fn titles(&self) -> HashMap<ItemId, &str> {
        let mut titles = HashMap::with_capacity(self.positions.len());
        for position in &self.positions {
            titles.entry(position.id).or_insert(position.details.title.as_str());
        }
        titles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_content_ignores_the_updated_time_only() {
        let id = ProjectId::parse("p1").unwrap();
        let a = Project::new(id.clone(), "A".into(), Timestamp(1));
        let mut b = a.clone();
        b.updated = Timestamp(99);
        assert!(a.same_content(&b));
        b.name = "B".into();
        assert!(!a.same_content(&b));
    }
}
