//! The selected lane (or the lane of the selected cell): its name, a lane added below, and
//! deleting an added lane.

use super::PanelProps;
use crate::i18n::{lane_name, BlueprintText, Lang};
use crate::interaction::blueprint_grid::Selection;
use crate::model::blueprint::{BlueprintCommand, MAX_NAME_CHARS};
use crate::model::Command;
use crate::ui::widgets::field::{Check, TextField};
use yew::prelude::*;

pub(super) fn lane_panel(props: &PanelProps, lang: Lang) -> Html {
    let key = match props.selected {
        Selection::Lane(key) | Selection::Cell { lane: key, .. } => key,
        _ => return html! {},
    };
    let Some(lane) = props.canvas.lane(key).cloned() else { return html! {} };
    let on_command = props.on_command.clone();
    let rename = {
        let on_command = on_command.clone();
        Callback::from(move |name: String| on_command.emit(Command::Blueprint(BlueprintCommand::RenameLane { lane: key, name })))
    };
    let add = {
        let (on_command, name) = (on_command.clone(), lang.tr(BlueprintText::NewLane).to_owned());
        Callback::from(move |_| on_command.emit(Command::Blueprint(BlueprintCommand::AddLane { after: key, name: name.clone() })))
    };
    let delete = Callback::from(move |_| on_command.emit(Command::Blueprint(BlueprintCommand::DeleteLane { lane: key })));
    html! {
        <section class="bp-panel" aria-labelledby="bp-panel-title">
            <h3 id="bp-panel-title">{ lang.tr(BlueprintText::Lane) }{ lang.colon() }{ lane_name(lang, &lane) }</h3>
            <div class="jd-field wide">
                <label for="bp-lane-name">{ lang.tr(BlueprintText::LaneName) }</label>
                <TextField id="bp-lane-name" value={lane.name.clone()} placeholder={lane_name(lang, &lane)} check={Check::optional(MAX_NAME_CHARS)} on_commit={rename} />
            </div>
            <div class="button-row">
                <button class="button small" onclick={add}>{ lang.tr(BlueprintText::AddLane) }</button>
                if !key.is_standard() {
                    <button class="button small danger" onclick={delete}>{ lang.tr(BlueprintText::DeleteLane) }</button>
                }
            </div>
        </section>
    }
}
