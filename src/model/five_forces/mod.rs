//! The five-forces canvas: factors rated per force, optional per-force overrides, a free-text
//! conclusion and the competitor register. Intensities and the verdict are derived
//! (`score.rs`), never stored. Links to the SWOT board live on the SWOT side only
//! (`SwotItem::origin`), so deleting either side can never leave a half link.

mod edit;
mod repair;
pub mod score;

pub use edit::{apply_forces, ForcesCommand};
pub use repair::repair_forces;

use crate::model::core::{CompetitorType, ItemId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Largest factor weight.
pub const MAX_WEIGHT: u8 = 10;

/// Porter's five forces, in diagram order: centre, top, bottom, left, right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Force {
    Rivalry,
    NewEntrants,
    Substitutes,
    Suppliers,
    Buyers,
}

impl Force {
    pub const ALL: [Force; 5] = [Force::Rivalry, Force::NewEntrants, Force::Substitutes, Force::Suppliers, Force::Buyers];
}

/// One factor judged under a force.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    pub id: ItemId,
    pub force: Force,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Pressure 1 (low) … 5 (high); `None` while not rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    /// Relative weight 1…`MAX_WEIGHT`; `None` counts as 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<u8>,
}

/// The course's three competitive responses (竞争对策): what to do about a competitor, and
/// the analysis's conclusion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// 加强防守: hold what the service does well against them.
    StrengthenDefence,
    /// 主动退让: leave them a segment not worth contesting.
    Yield,
    /// 集中优势进攻: bring the service's strengths to bear where they are weak.
    ConcentrateAttack,
}

impl Response {
    pub const ALL: [Response; 3] = [Response::StrengthenDefence, Response::Yield, Response::ConcentrateAttack];
}

/// A competitor compared with the service on the course's three aspects.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Comparison {
    /// 战略: their strategy against ours.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub strategy: String,
    /// 经营: their operations against ours.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub operations: String,
    /// 业务管理: their business management against ours.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub management: String,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        *self == Comparison::default()
    }
}

/// A competitor in the register (under rivalry).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Competitor {
    pub id: ItemId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CompetitorType>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strengths: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub weaknesses: String,
    /// Threat level 1 (low) … 5 (high).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threat: Option<u8>,
    /// A benchmark (标杆): the competitor the service measures itself against.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub benchmark: bool,
    /// The response chosen for this competitor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
    #[serde(default, skip_serializing_if = "Comparison::is_empty")]
    pub comparison: Comparison,
}

impl Competitor {
    /// A new competitor: named, perhaps typed, nothing judged yet.
    pub fn named(id: ItemId, name: String, kind: Option<CompetitorType>) -> Self {
        Competitor {
            id,
            name,
            kind,
            strengths: String::new(),
            weaknesses: String::new(),
            threat: None,
            benchmark: false,
            response: None,
            comparison: Comparison::default(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FiveForcesCanvas {
    /// All factors; a force's order is their order here.
    pub factors: Vec<Factor>,
    /// Intensities (1–5) the user set by hand, taking precedence over the factors' mean.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<Force, u8>,
    pub competitors: Vec<Competitor>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub conclusion: String,
    /// The response the conclusion settles on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

impl FiveForcesCanvas {
    pub fn factor(&self, id: ItemId) -> Option<&Factor> {
        self.factors.iter().find(|f| f.id == id)
    }

    pub fn competitor(&self, id: ItemId) -> Option<&Competitor> {
        self.competitors.iter().find(|c| c.id == id)
    }

    /// A force's factors in order.
    pub fn force_factors(&self, force: Force) -> impl Iterator<Item = &Factor> {
        self.factors.iter().filter(move |f| f.force == force)
    }
}

impl FiveForcesCanvas {
    /// What can receive dots in a voting round: the factors, in document order.
    pub fn votable_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.factors.iter().map(|f| f.id)
    }
}
