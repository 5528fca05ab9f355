//! Dot voting for facilitators: the voting bar above every canvas (start a round with N dots
//! per participant, take turns on one screen, paste vote codes from other devices, reveal, end;
//! past rounds keep their results and date) and the dot button on everything that can receive
//! dots — SWOT items, five-forces factors and blueprint fail points. Until the round is
//! revealed, a participant sees only their own dots.

mod bar;
mod dot;

pub use bar::VotingBar;
pub use dot::DotButton;

use crate::model::voting::Round;
use crate::model::Command;
use std::rc::Rc;

/// What the dot buttons need: the open round (if any) and where commands go.
#[derive(Clone, PartialEq)]
pub struct VoteContext {
    pub round: Option<Rc<Round>>,
    pub on_command: yew::Callback<Command>,
}

/// The name of something that received dots: the SWOT item's, factor's or card's text.
pub fn target_text(project: &crate::model::Project, id: crate::model::ItemId) -> String {
    super::registry::vote_label(project, id)
}
