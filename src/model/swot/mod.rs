//! The SWOT canvas: items in four quadrants and TOWS strategies that cite them.
//! Invariants kept by `apply` (see `edit.rs`): item ids are unique; items are stored flat and
//! a quadrant's manual order is their order in `items`; environment tags exist only on
//! external (O/T) items; a strategy's sources may name deleted items — the UI marks them
//! "source removed" rather than losing the strategy.

mod edit;
mod repair;
pub mod scan;

pub use edit::{apply_swot, SwotCommand};
pub use repair::repair_swot;

pub use crate::model::core::{CompetitorType, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::core::{ItemId, Origin};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    Strengths,
    Weaknesses,
    Opportunities,
    Threats,
}

impl Quadrant {
    /// Board order: S W / O T.
    pub const ALL: [Quadrant; 4] = [Quadrant::Strengths, Quadrant::Weaknesses, Quadrant::Opportunities, Quadrant::Threats];

    /// Strengths and weaknesses are internal; opportunities and threats external.
    pub fn is_internal(self) -> bool {
        matches!(self, Quadrant::Strengths | Quadrant::Weaknesses)
    }

    pub fn letter(self) -> char {
        match self {
            Quadrant::Strengths => 'S',
            Quadrant::Weaknesses => 'W',
            Quadrant::Opportunities => 'O',
            Quadrant::Threats => 'T',
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The quadrant beside this one on the board (S↔W, O↔T).
    pub fn beside(self) -> Quadrant {
        match self {
            Quadrant::Strengths => Quadrant::Weaknesses,
            Quadrant::Weaknesses => Quadrant::Strengths,
            Quadrant::Opportunities => Quadrant::Threats,
            Quadrant::Threats => Quadrant::Opportunities,
        }
    }

    /// Whether an item sent from `origin` may stand here: the five forces describe the
    /// environment (opportunities and threats), a fail point or a quality gap is a weakness.
    pub fn takes(self, origin: Origin) -> bool {
        match origin {
            Origin::Factor(_) | Origin::Competitor(_) => !self.is_internal(),
            // A fail point, a quality gap and its causes are the service's own shortfalls.
            Origin::FailPoint(_) | Origin::Gap(_) | Origin::Cause(_) => self == Quadrant::Weaknesses,
        }
    }

    /// The quadrant above or below this one on the board (S↔O, W↔T).
    pub fn across(self) -> Quadrant {
        match self {
            Quadrant::Strengths => Quadrant::Opportunities,
            Quadrant::Opportunities => Quadrant::Strengths,
            Quadrant::Weaknesses => Quadrant::Threats,
            Quadrant::Threats => Quadrant::Weaknesses,
        }
    }
}

/// Where an external item comes from: the five macro and four micro environment factors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnvFactor {
    MarketPopulation,
    Economy,
    PoliticalLegal,
    Technology,
    SocioCultural,
    Marketing,
    Sales,
    Service,
    Competitor,
}

impl EnvFactor {
    pub const ALL: [EnvFactor; 9] = [
        EnvFactor::MarketPopulation,
        EnvFactor::Economy,
        EnvFactor::PoliticalLegal,
        EnvFactor::Technology,
        EnvFactor::SocioCultural,
        EnvFactor::Marketing,
        EnvFactor::Sales,
        EnvFactor::Service,
        EnvFactor::Competitor,
    ];

    /// Macro (宏观) factors come first; the rest are micro (微观).
    pub fn is_macro(self) -> bool {
        (self as usize) < 5
    }
}

/// One SWOT item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SwotItem {
    pub id: ItemId,
    pub quadrant: Quadrant,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Weight 1 (low) … 5 (high); `None` when not judged yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u8>,
    /// Environment factor, for O/T items only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<EnvFactor>,
    /// Competitor type, for O/T items only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competitor: Option<CompetitorType>,
    /// The factor or competitor this item was sent from, while that link stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<crate::model::core::Origin>,
}

/// The four TOWS strategy cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TowsCell {
    SO,
    WO,
    ST,
    WT,
}

impl TowsCell {
    /// Matrix order: SO WO / ST WT.
    pub const ALL: [TowsCell; 4] = [TowsCell::SO, TowsCell::WO, TowsCell::ST, TowsCell::WT];

    pub fn internal(self) -> Quadrant {
        match self {
            TowsCell::SO | TowsCell::ST => Quadrant::Strengths,
            TowsCell::WO | TowsCell::WT => Quadrant::Weaknesses,
        }
    }

    pub fn external(self) -> Quadrant {
        match self {
            TowsCell::SO | TowsCell::WO => Quadrant::Opportunities,
            TowsCell::ST | TowsCell::WT => Quadrant::Threats,
        }
    }

    /// Whether an item of `quadrant` may be cited by a strategy in this cell.
    pub fn accepts(self, quadrant: Quadrant) -> bool {
        quadrant == self.internal() || quadrant == self.external()
    }

    pub fn code(self) -> &'static str {
        match self {
            TowsCell::SO => "SO",
            TowsCell::WO => "WO",
            TowsCell::ST => "ST",
            TowsCell::WT => "WT",
        }
    }
}

/// A TOWS strategy and the items it was drawn from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Strategy {
    pub id: ItemId,
    pub cell: TowsCell,
    pub text: String,
    /// Cited items, in the order chosen. May name deleted items (shown as "source removed").
    pub sources: Vec<ItemId>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SwotCanvas {
    pub items: Vec<SwotItem>,
    pub strategies: Vec<Strategy>,
    /// Quadrants shown sorted by priority (highest first) instead of manual order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sorted_by_priority: Vec<Quadrant>,
}

impl SwotCanvas {
    pub fn item(&self, id: ItemId) -> Option<&SwotItem> {
        self.items.iter().find(|item| item.id == id)
    }

    /// A quadrant's items in display order: manual order, or by priority (highest first,
    /// unjudged last, ties in manual order) when the quadrant is sorted.
    pub fn quadrant_items(&self, quadrant: Quadrant) -> Vec<&SwotItem> {
        let mut items: Vec<&SwotItem> = self.items.iter().filter(|item| item.quadrant == quadrant).collect();
        if self.sorted_by_priority.contains(&quadrant) {
            items.sort_by_key(|item| std::cmp::Reverse(item.priority.unwrap_or(0)));
        }
        items
    }

    /// Strategies of one TOWS cell, in creation order.
    pub fn cell_strategies(&self, cell: TowsCell) -> impl Iterator<Item = &Strategy> {
        self.strategies.iter().filter(move |s| s.cell == cell)
    }

    /// Strategies citing `id`.
    pub fn citing(&self, id: ItemId) -> impl Iterator<Item = &Strategy> {
        self.strategies.iter().filter(move |s| s.sources.contains(&id))
    }
}

impl SwotCanvas {
    /// What can receive dots in a voting round: every item, in document order.
    pub fn votable_ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.items.iter().map(|i| i.id)
    }
}
