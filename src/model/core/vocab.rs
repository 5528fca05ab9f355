//! Words more than one canvas uses: the course's four competitor types (a SWOT tag and a
//! register column in the five forces), `Origin`, the kinds of item a SWOT item can be sent
//! from, the five SERVQUAL dimensions and two kinds of quality (blueprint cards, the
//! service-quality canvas), and `Positions`, the read-only view of the org chart that canvases
//! with owners get. Which quadrant an origin fits is the SWOT canvas's rule (`Quadrant::takes`).

use super::ids::ItemId;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// A provider gap recorded on the service-quality canvas.
    Gap(ItemId),
    /// A cause of a provider gap.
    Cause(ItemId),
}

impl Origin {
    /// The id of the item it names.
    pub fn id(self) -> ItemId {
        let (Origin::Factor(id) | Origin::Competitor(id) | Origin::FailPoint(id) | Origin::Gap(id) | Origin::Cause(id)) = self;
        id
    }
}

/// The five SERVQUAL dimensions of service quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Servqual {
    Tangibles,
    Reliability,
    Responsiveness,
    Assurance,
    Empathy,
}

impl Servqual {
    pub const ALL: [Servqual; 5] = [Servqual::Tangibles, Servqual::Reliability, Servqual::Responsiveness, Servqual::Assurance, Servqual::Empathy];
}

/// The course's two kinds of service quality (DOMAIN.md §6), marked on blueprint cards and
/// counted on the service-quality canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualityKind {
    /// 技术性质量: the quality of the result.
    Technical,
    /// 功能性质量: the quality of the process — how staff behave, their attitude and dress.
    Functional,
}

impl QualityKind {
    pub const ALL: [QualityKind; 2] = [QualityKind::Technical, QualityKind::Functional];
}

/// What a canvas reads from the org chart, whose positions own its cards or gaps (the blueprint,
/// the service-quality canvas). The project layer implements it for the chart, so no canvas
/// imports the org module.
pub trait Positions {
    /// The title of position `id`, or `None` when there is no such position.
    fn title(&self, id: ItemId) -> Option<&str>;
    /// Every position's title by id (the first position holding an id wins).
    fn titles(&self) -> HashMap<ItemId, &str>;
}

/// A shared chart reads the same (projects hold their canvases in `Rc`s).
impl<P: Positions + ?Sized> Positions for std::rc::Rc<P> {
    fn title(&self, id: ItemId) -> Option<&str> {
        (**self).title(id)
    }

    fn titles(&self) -> HashMap<ItemId, &str> {
        (**self).titles()
    }
}
