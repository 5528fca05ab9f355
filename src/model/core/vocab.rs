//! Words more than one canvas uses: the course's four competitor types (a SWOT tag and a
//! register column in the five forces) and `Origin`, the kinds of item a SWOT item can be sent
//! from. Which quadrant an origin fits is the SWOT canvas's rule (`Quadrant::takes`).

use super::ids::ItemId;
use serde::{Deserialize, Serialize};

/// The course's four kinds of competitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompetitorType {
    Desire,
    Generic,
    ProductForm,
    Brand,
}

impl CompetitorType {
    pub const ALL: [CompetitorType; 4] = [CompetitorType::Desire, CompetitorType::Generic, CompetitorType::ProductForm, CompetitorType::Brand];
}

/// What a SWOT item was sent from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A five-forces factor.
    Factor(ItemId),
    /// A competitor in the five-forces register.
    Competitor(ItemId),
    /// A fail point (a marked card) on the service blueprint.
    FailPoint(ItemId),
}

impl Origin {
    /// The id of the item it names.
    pub fn id(self) -> ItemId {
        let (Origin::Factor(id) | Origin::Competitor(id) | Origin::FailPoint(id)) = self;
        id
    }
}
