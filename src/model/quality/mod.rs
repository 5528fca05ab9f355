//! The service-quality canvas (服务质量, DOMAIN.md §5–6): SERVQUAL scores and the gap model.
//! Per dimension an importance weight and an expectation and a perception score on the 1–7
//! scale, entered by hand or computed from survey statements; the questionnaire's statements
//! with the survey tallies imported for them; and the four provider gaps, each with a summary,
//! causes, evidence, actions, an owner (an org-chart position) and a status. The customer gap
//! (gap 5) is the SERVQUAL result itself. Scores and gaps are derived (`score.rs`), never
//! stored; survey responses are kept as per-statement tallies, so the document stays small
//! however many people answered.

mod edit;
pub mod questionnaire;
mod repair;
pub mod score;
pub mod survey;

pub use crate::model::core::Servqual;
pub use edit::{apply_quality, GapEdit, QualityCommand};
pub use repair::repair_quality;

use crate::model::core::ItemId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The SERVQUAL scale: 1 (strongly disagree) … 7 (strongly agree).
pub const SCALE_MIN: u8 = 1;
pub const SCALE_MAX: u8 = 7;
/// Scores entered by hand are kept in tenths: 10 … 70 means 1.0 … 7.0.
pub const TENTHS_MIN: u8 = SCALE_MIN * 10;
pub const TENTHS_MAX: u8 = SCALE_MAX * 10;
/// A dimension's importance points; the five should add up to 100.
pub const MAX_WEIGHT: u8 = 100;
/// Most statements a questionnaire may hold.
pub const MAX_STATEMENTS: usize = 200;
/// Most causes one gap may list.
pub const MAX_CAUSES: usize = 50;

/// The four provider gaps of the gap model, in the course's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderGap {
    /// 1: customers' expectations vs management's perception of them.
    Knowledge,
    /// 2: management's perception vs the service-quality standards.
    Standards,
    /// 3: the standards vs the service actually delivered.
    Delivery,
    /// 4: the service delivered vs what customers are told and perceive.
    Communication,
}

impl ProviderGap {
    pub const ALL: [ProviderGap; 4] = [ProviderGap::Knowledge, ProviderGap::Standards, ProviderGap::Delivery, ProviderGap::Communication];

    /// Its number in the gap model (1–4; the customer gap is 5).
    pub fn number(self) -> u8 {
        match self {
            ProviderGap::Knowledge => 1,
            ProviderGap::Standards => 2,
            ProviderGap::Delivery => 3,
            ProviderGap::Communication => 4,
        }
    }
}

/// Where work on a gap stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapStatus {
    #[default]
    Open,
    InProgress,
    Closed,
}

impl GapStatus {
    pub const ALL: [GapStatus; 3] = [GapStatus::Open, GapStatus::InProgress, GapStatus::Closed];
}

/// Answers to one side (expectation or perception) of one statement: how many answered and
/// the sum and sum of squares of their 1–7 scores, so means and spreads are exact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Tally {
    pub n: u32,
    pub sum: u64,
    pub sum_sq: u64,
}

impl Tally {
    /// Adds one answer (1–7; anything else is not counted).
    pub fn add(&mut self, score: u8) {
        if (SCALE_MIN..=SCALE_MAX).contains(&score) {
            self.n = self.n.saturating_add(1);
            self.sum = self.sum.saturating_add(u64::from(score));
            self.sum_sq = self.sum_sq.saturating_add(u64::from(score) * u64::from(score));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Whether a tally could come from answers on the 1–7 scale.
    pub fn is_consistent(&self) -> bool {
        let n = u64::from(self.n);
        let (min, max) = (u64::from(SCALE_MIN), u64::from(SCALE_MAX));
        (n == 0 && self.sum == 0 && self.sum_sq == 0)
            || (self.sum >= n * min && self.sum <= n * max && self.sum_sq >= n * min * min && self.sum_sq <= n * max * max)
    }
}

/// One statement of the questionnaire, asked twice: what the customer expects of an excellent
/// service, and what they perceive of this one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub id: ItemId,
    pub dimension: Servqual,
    pub text: String,
    #[serde(default, skip_serializing_if = "Tally::is_empty")]
    pub expectation: Tally,
    #[serde(default, skip_serializing_if = "Tally::is_empty")]
    pub perception: Tally,
}

/// Averages entered by hand for a dimension, in tenths (10 … 70); used where no survey
/// answered the dimension's statements.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Entered {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expectation: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub perception: Option<u8>,
}

impl Entered {
    pub fn is_empty(&self) -> bool {
        self.expectation.is_none() && self.perception.is_none()
    }
}

/// A cause of a gap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cause {
    pub id: ItemId,
    pub text: String,
}

/// What the planner recorded about one provider gap. Made on its first edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub id: ItemId,
    pub kind: ProviderGap,
    /// The gap in one line, as it shows in this service (what goes to SWOT).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub causes: Vec<Cause>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub actions: String,
    /// The org-chart position that answers for closing it (it may name one deleted since).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<ItemId>,
    #[serde(default)]
    pub status: GapStatus,
}

/// Each dimension's importance points, in `Servqual::ALL` order.
pub type Weights = [u8; 5];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QualityCanvas {
    /// Importance points per dimension (`Servqual::ALL` order); they should add up to 100 and
    /// are normalised when they do not (`score::normalised_weights`).
    pub weights: Weights,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub entered: BTreeMap<Servqual, Entered>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// How many respondents the last imported survey had (0: none imported).
    #[serde(skip_serializing_if = "is_zero")]
    pub respondents: u32,
    /// The gaps recorded so far, in `ProviderGap` order, one per kind.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gaps: Vec<Gap>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Equal importance: 20 points each.
pub const EQUAL_WEIGHTS: Weights = [20; 5];

impl Default for QualityCanvas {
    fn default() -> Self {
        QualityCanvas { weights: EQUAL_WEIGHTS, entered: BTreeMap::new(), statements: Vec::new(), respondents: 0, gaps: Vec::new() }
    }
}

/// Where `dimension` sits in `Servqual::ALL` (and so in `Weights`).
pub fn dimension_index(dimension: Servqual) -> usize {
    Servqual::ALL.iter().position(|d| *d == dimension).unwrap_or(0)
}

impl QualityCanvas {
    pub fn gap(&self, kind: ProviderGap) -> Option<&Gap> {
        self.gaps.iter().find(|g| g.kind == kind)
    }

    pub fn gap_by_id(&self, id: ItemId) -> Option<&Gap> {
        self.gaps.iter().find(|g| g.id == id)
    }

    /// The cause `id` and the gap it belongs to.
    pub fn cause(&self, id: ItemId) -> Option<(&Gap, &Cause)> {
        self.gaps.iter().find_map(|g| g.causes.iter().find(|c| c.id == id).map(|c| (g, c)))
    }

    pub fn statement(&self, id: ItemId) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// Every id this canvas's items hold: statements, gaps, causes.
    pub fn item_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        let gaps = self.gaps.iter().flat_map(|g| std::iter::once(g.id).chain(g.causes.iter().map(|c| c.id)));
        self.statements.iter().map(|s| s.id).chain(gaps)
    }

    /// What can receive dots in a voting round: each recorded gap, then its causes.
    pub fn votable_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.gaps.iter().flat_map(|g| std::iter::once(g.id).chain(g.causes.iter().map(|c| c.id)))
    }
}
