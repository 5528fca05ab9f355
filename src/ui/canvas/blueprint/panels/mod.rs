//! The side panel of the blueprint: the selected card's details (`card.rs`), the selected
//! step's (`step.rs`) or the selected lane's (`lane.rs`). Fields save when they lose focus.

mod card;
mod lane;
mod step;

use crate::interaction::blueprint_grid::Selection;
use crate::model::blueprint::{BlueprintCanvas, MAX_MINUTES};
use crate::model::org::OrgCanvas;
use crate::model::swot::SwotCanvas;
use crate::model::{Command, ItemId};
use crate::ui::use_lang;
use crate::ui::widgets::field::Range;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub canvas: Rc<BlueprintCanvas>,
    pub org: Rc<OrgCanvas>,
    pub swot: Rc<SwotCanvas>,
    pub selected: Selection,
    pub touchpoint: bool,
    pub on_command: Callback<Command>,
    pub on_connect: Callback<ItemId>,
}

/// Minutes on a card or step: empty clears them.
/// Minutes on a card or step: empty clears them.
const MINUTES: Range = Range { min: 0, max: MAX_MINUTES, allow_empty: true };

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let lang = use_lang();
    match props.selected {
        Selection::Card(id) => card::card_panel(props, id, lang),
        Selection::Step(id) => step::step_panel(props, id, lang),
        Selection::Lane(_) | Selection::Cell { .. } => lane::lane_panel(props, lang),
    }
}
