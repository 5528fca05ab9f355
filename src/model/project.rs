//! A project: its identity, name, timestamps and one document part per canvas.
//! Each canvas sits in its own `Rc` so an edit to one canvas copies only that canvas, and undo
//! snapshots share every canvas they did not change.

use super::blueprint::BlueprintCanvas;
use super::five_forces::FiveForcesCanvas;
use super::ids::ProjectId;
use super::org::OrgCanvas;
use super::swot::SwotCanvas;
use super::time::Timestamp;
use super::voting::Voting;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::rc::Rc;

/// Longest project name accepted, in characters (Unicode scalar values).
pub const MAX_NAME_CHARS: usize = 200;

/// One planning project: what a user creates, opens, exports and imports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: ProjectId,
    pub name: String,
    /// When the project was first created.
    pub created: Timestamp,
    /// When the document last changed (an edit, an undo or a redo).
    pub updated: Timestamp,
    /// Next value the project's id counter hands out for items inside it (starts at 1).
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
            voting: Rc::default(),
        }
    }

    /// Restores the rules `apply` keeps on a project that came from outside (see
    /// `swot::repair_swot`, `five_forces::repair_forces`, `org::repair_org`,
    /// `blueprint::repair_blueprint`, `voting::repair_voting` and, for the links between
    /// canvases, `links::repair_origins`). Returns how many repairs were made.
    pub fn repair(&mut self) -> usize {
        let mut next = self.next_item_id.max(1);
        let mut repairs = usize::from(next != self.next_item_id);
        // Renumbered factors, competitors and cards (old origin → new), for the links.
        let mut moved = HashMap::new();
        let mut swot = (*self.swot).clone();
        let swot_repairs = super::swot::repair_swot(&mut swot, &mut next);
        let mut forces = (*self.five_forces).clone();
        let forces_repairs = super::five_forces::repair_forces(&mut forces, &swot, &mut next, &mut moved);
        if forces_repairs > 0 {
            self.five_forces = Rc::new(forces);
        }
        let used = swot.items.iter().map(|i| i.id).chain(swot.strategies.iter().map(|s| s.id));
        let used = used.chain(self.five_forces.factors.iter().map(|f| f.id));
        let used = used.chain(self.five_forces.competitors.iter().map(|c| c.id)).collect();
        let mut org = (*self.org).clone();
        let org_repairs = super::org::repair_org(&mut org, &used, &mut next);
        if org_repairs > 0 {
            self.org = Rc::new(org);
        }
        let mut used = used;
        used.extend(self.org.positions.iter().map(|p| p.id));
        let mut blueprint = (*self.blueprint).clone();
        let blueprint_repairs = super::blueprint::repair_blueprint(&mut blueprint, &self.org, &used, &mut next, &mut moved);
        if blueprint_repairs > 0 {
            self.blueprint = Rc::new(blueprint);
        }
        // The links last: they depend on what the repairs above kept and renumbered.
        let origin_repairs = super::links::repair_origins(&mut swot, &moved, &self.five_forces, &self.blueprint);
        if swot_repairs + origin_repairs > 0 {
            self.swot = Rc::new(swot);
        }
        used.extend(self.blueprint.steps.iter().map(|s| s.id));
        used.extend(self.blueprint.cards.iter().map(|c| c.id));
        used.extend(self.blueprint.lanes.iter().filter_map(|l| match l.key {
            super::blueprint::LaneKey::Custom(id) => Some(id),
            _ => None,
        }));
        let mut voting = (*self.voting).clone();
        let voting_repairs = super::voting::repair_voting(&mut voting, &used, &mut next);
        if voting_repairs > 0 {
            self.voting = Rc::new(voting);
        }
        repairs += swot_repairs + forces_repairs + org_repairs + blueprint_repairs + voting_repairs + origin_repairs;
        self.next_item_id = next;
        repairs
    }

    /// Whether two projects hold the same document, ignoring when they were last touched.
    pub fn same_content(&self, other: &Project) -> bool {
        let mut a = self.clone();
        a.updated = other.updated;
        a == *other
    }
}

/// Why a project name was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the name is empty")]
    Empty,
    #[error("the name has {chars} characters; at most {max} are allowed")]
    TooLong { chars: usize, max: usize },
}

/// Trims the name, turns line breaks and tabs into spaces and checks its length.
/// Any other text (markup, quotes, right-to-left marks, emoji) is kept as typed: the UI shows
/// it as text and every export escapes it.
pub fn normalize_name(raw: &str) -> Result<String, NameError> {
    let flattened: String = raw.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let name = flattened.trim();
    let chars = name.chars().count();
    if chars == 0 {
        Err(NameError::Empty)
    } else if chars > MAX_NAME_CHARS {
        Err(NameError::TooLong { chars, max: MAX_NAME_CHARS })
    } else {
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_flattened() {
        assert_eq!(normalize_name("  客服 部\n规划\t ").as_deref(), Ok("客服 部 规划"));
        assert_eq!(normalize_name("<script>\"&'").as_deref(), Ok("<script>\"&'"));
        assert_eq!(normalize_name("\u{202e}abc 😀").as_deref(), Ok("\u{202e}abc 😀"));
    }

    #[test]
    fn empty_and_overlong_names_are_refused() {
        assert_eq!(normalize_name(" \n "), Err(NameError::Empty));
        assert_eq!(normalize_name(&"字".repeat(MAX_NAME_CHARS)).map(|n| n.chars().count()), Ok(MAX_NAME_CHARS));
        assert_eq!(normalize_name(&"x".repeat(10_000)), Err(NameError::TooLong { chars: 10_000, max: MAX_NAME_CHARS }));
    }

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
