//! Editing a card's text or a step's name in place, over the drawing: the field opens holding
//! the current text and, when done, saves through a command and hands the focus back to the
//! grid.

use crate::i18n::{BlueprintText, Lang};
use crate::interaction::blueprint_grid::{Editing, GridAction};
use crate::model::blueprint::layout::{BlueprintLayout, EMOTION_HEIGHT, STAGE_HEIGHT};
use crate::model::blueprint::{BlueprintCanvas, BlueprintCommand, MAX_NAME_CHARS};
use crate::model::swot::MAX_TEXT_CHARS;
use crate::ui::widgets::field::Check;
use crate::ui::widgets::inline_edit::{Edited, InlineEdit, Place};
use std::rc::Rc;
use yew::prelude::*;

/// The command that saves `text` into what `editing` names.
fn save(document: &BlueprintCanvas, editing: Editing, text: String) -> Option<BlueprintCommand> {
    match editing {
        Editing::Card(id) => document.card(id).map(|c| BlueprintCommand::EditCard { id, text, note: c.note.clone() }),
        Editing::Step(id) => {
            document.step(id).map(|s| BlueprintCommand::EditStep { id, name: text, stage: s.stage.clone(), minutes: s.minutes, emotion: s.emotion })
        }
    }
}

/// The in-place field for `editing`, placed over its card or step header.
pub fn grid_editor(
    lang: Lang,
    canvas: &Rc<BlueprintCanvas>,
    layout: &BlueprintLayout,
    editing: Editing,
    scroller: &NodeRef,
    on_action: &Callback<GridAction>,
) -> Option<Html> {
    let on_done = {
        let (on_action, scroller, document) = (on_action.clone(), scroller.clone(), canvas.clone());
        Callback::from(move |edited: Edited| {
            if let Some(element) = scroller.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            on_action.emit(GridAction::Edit(None));
            if let Some(command) = edited.text.and_then(|text| save(&document, editing, text)) {
                on_action.emit(GridAction::Command(command));
            }
        })
    };
    let (initial, label, check, x, y, width) = match editing {
        Editing::Card(id) => {
            let (card, placed) = (canvas.card(id)?, layout.card_box(id)?);
            (card.text.clone(), lang.tr(BlueprintText::CardText), Check::text(MAX_TEXT_CHARS), placed.x, placed.y, placed.width)
        }
        Editing::Step(id) => {
            let (step, column) = (canvas.step(id)?, layout.steps.iter().find(|c| c.id == id)?);
            let y = EMOTION_HEIGHT + STAGE_HEIGHT + 8.0;
            (step.name.clone(), lang.tr(BlueprintText::StepName), Check::text(MAX_NAME_CHARS), column.x, y, column.width)
        }
    };
    let (Editing::Card(id) | Editing::Step(id)) = editing;
    Some(html! { <InlineEdit key={id.0} {initial} label={label.to_owned()} {check} place={Place { x, y, width }} {on_done} /> })
}
