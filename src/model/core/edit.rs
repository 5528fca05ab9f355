//! What a canvas edit returns. Each canvas's `apply` works on its own canvas alone and says
//! what else the project must know: which cross-canvas origins it ended (a factor deleted, a
//! card no longer a fail point), so the project layer unlinks the SWOT items sent from them
//! in one place. The ids it created are in the [`IdMint`](super::IdMint) it was handed.

use super::error::ModelError;
use super::ids::IdMint;
use super::vocab::Origin;

/// A canvas after an edit that changed it.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<C> {
    pub canvas: C,
    /// Origins that no longer stand: SWOT items sent from them lose their link.
    pub ended: Vec<Origin>,
}

/// `Ok(None)`: the command was valid but changed nothing (no undo step).
pub type Edited<C> = Result<Option<Change<C>>, ModelError>;

impl<C: PartialEq> Change<C> {
    /// The change from `before` to `after`, or `None` when nothing changed and no id was minted.
    pub fn between(before: &C, after: C, ids: &IdMint, ended: Vec<Origin>) -> Option<Change<C>> {
        (after != *before || !ids.minted().is_empty()).then_some(Change { canvas: after, ended })
    }
}
