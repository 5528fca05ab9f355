//! The service-blueprint canvas (服务蓝图): columns are the steps of the customer's journey,
//! rows are lanes — the five standard ones (physical evidence, customer actions, front-stage
//! and back-stage staff actions, support processes) plus any the user adds — and cards sit in
//! the cells. Connectors join cards; cards can be marked as fail or wait points, carry a
//! SERVQUAL dimension and an owner from the org chart. The three lines (interaction,
//! visibility, internal interaction) sit below the customer, front-stage and back-stage lanes.
//! Layout, touchpoints and summaries are derived (`layout.rs`, `summary.rs`), never stored.

pub mod by_dimension;
mod draft;
mod edit;
pub mod layout;
mod repair;
pub mod summary;
pub mod templates;

pub use draft::{BlueprintDraft, DraftCard, DraftStep};
pub use edit::{apply_blueprint, BlueprintCommand};
pub use repair::repair_blueprint;

pub use crate::model::core::{Positions, QualityKind, Servqual};

use crate::model::core::ItemId;
use serde::{Deserialize, Serialize};

/// Longest step, stage or lane name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest duration or time budget, in minutes (about 69 days).
pub const MAX_MINUTES: u32 = 100_000;
/// Emotion scores run from −`MAX_EMOTION` to +`MAX_EMOTION`.
pub const MAX_EMOTION: i8 = 2;

/// A lane of the blueprint: one of the five standard lanes, or one the user added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaneKey {
    /// 有形展示 physical evidence.
    Evidence,
    /// 客户行为 customer actions.
    Customer,
    /// 前台接触员工行为 front-stage staff actions.
    FrontStage,
    /// 后台接触员工行为 back-stage staff actions.
    BackStage,
    /// 支持过程 support processes.
    Support,
    /// A lane the user added (e.g. "systems").
    Custom(ItemId),
}

impl LaneKey {
    pub const STANDARD: [LaneKey; 5] = [LaneKey::Evidence, LaneKey::Customer, LaneKey::FrontStage, LaneKey::BackStage, LaneKey::Support];

    pub fn is_standard(self) -> bool {
        !matches!(self, LaneKey::Custom(_))
    }

    /// Whether cards in this lane can carry a SERVQUAL dimension: the dimensions rate what
    /// the provider shows and does (evidence, staff, processes), never the customer's own
    /// actions.
    pub fn takes_servqual(self) -> bool {
        self != LaneKey::Customer
    }
}

/// The three lines of a blueprint, each drawn right below one standard lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlueprintLine {
    /// 互动分界线, below the customer lane.
    Interaction,
    /// 可视分界线, below the front-stage lane.
    Visibility,
    /// 内部互动分界线, below the back-stage lane.
    InternalInteraction,
}

impl BlueprintLine {
    pub const ALL: [BlueprintLine; 3] = [BlueprintLine::Interaction, BlueprintLine::Visibility, BlueprintLine::InternalInteraction];

    /// The lane the line runs below.
    pub fn below(self) -> LaneKey {
        match self {
            BlueprintLine::Interaction => LaneKey::Customer,
            BlueprintLine::Visibility => LaneKey::FrontStage,
            BlueprintLine::InternalInteraction => LaneKey::BackStage,
        }
    }
}

/// A lane and the name the user gave it (empty: the standard name in the UI language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lane {
    pub key: LaneKey,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
}

/// The five standard lanes in their fixed order, unnamed.
pub fn standard_lanes() -> Vec<Lane> {
    LaneKey::STANDARD.iter().map(|&key| Lane { key, name: String::new() }).collect()
}

/// One step of the customer's journey (a column).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: ItemId,
    pub name: String,
    /// The stage the step belongs to (e.g. 客户到达); consecutive steps with the same stage
    /// are grouped under one heading. Empty: no stage.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stage: String,
    /// Expected duration in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// How the customer feels at this step, −2 … +2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<i8>,
}

/// A card marked as a problem spot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// 失误点: where the service can fail.
    FailPoint,
    /// 等待点: where the customer waits.
    WaitPoint,
}

/// A card in one cell (step × lane).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: ItemId,
    pub step: ItemId,
    pub lane: LaneKey,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<Mark>,
    /// Expected duration of the fail or wait point, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// Never set on a card in the customer lane (`LaneKey::takes_servqual`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub servqual: Option<Servqual>,
    /// Whether the card carries the result's (technical) or the process's (functional)
    /// quality, counted on the service-quality canvas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<QualityKind>,
    /// The org-chart position responsible. It may name a position deleted since: the card
    /// then shows "Unassigned (position deleted)" until the owner is changed or the delete is
    /// undone (`summary::Owner::Removed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<ItemId>,
}

/// An arrow from one card to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Connector {
    pub from: ItemId,
    pub to: ItemId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BlueprintCanvas {
    /// Every lane in order; the five standard lanes are always present, in their order.
    pub lanes: Vec<Lane>,
    /// The steps, left to right.
    pub steps: Vec<Step>,
    /// Every card; cards of one cell are ordered as they appear here.
    pub cards: Vec<Card>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub connectors: Vec<Connector>,
    /// Time budget for the whole journey, in minutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget_minutes: Option<u32>,
}

impl Default for BlueprintCanvas {
    fn default() -> Self {
        BlueprintCanvas { lanes: standard_lanes(), steps: Vec::new(), cards: Vec::new(), connectors: Vec::new(), budget_minutes: None }
    }
}

impl BlueprintCanvas {
    pub fn card(&self, id: ItemId) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn step(&self, id: ItemId) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    pub fn lane(&self, key: LaneKey) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.key == key)
    }

    /// The cards of one cell, in order.
    pub fn cell(&self, step: ItemId, lane: LaneKey) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| c.step == step && c.lane == lane)
    }

    /// Where a lane is in the stacking order (top = 0).
    fn lane_index(&self, key: LaneKey) -> Option<usize> {
        self.lanes.iter().position(|l| l.key == key)
    }

    /// Whether a card is a touchpoint (a moment of truth): it is joined by a connector to a
    /// card on the other side of the line of interaction (the customer side being the
    /// customer lane and every lane above it). For all cards at once use
    /// `summary::touchpoints`, which is linear.
    pub fn is_touchpoint(&self, id: ItemId) -> bool {
        let Some(line) = self.lane_index(LaneKey::Customer) else { return false };
        let side = |card: ItemId| self.card(card).and_then(|c| self.lane_index(c.lane)).map(|i| i <= line);
        self.connectors.iter().filter(|c| c.from == id || c.to == id).any(|c| matches!((side(c.from), side(c.to)), (Some(a), Some(b)) if a != b))
    }
}

impl BlueprintCanvas {
    /// What can receive dots in a voting round: the fail points, in document order.
    pub fn votable_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.cards.iter().filter(|c| c.mark == Some(Mark::FailPoint)).map(|c| c.id)
    }
}
