//! The selected step: name, stage, minutes, the customer's emotion; moving, inserting and
//! deleting it.

use super::{PanelProps, MINUTES};
use crate::i18n::{BlueprintText, Lang};
use crate::model::blueprint::{BlueprintCommand, Step, MAX_EMOTION, MAX_NAME_CHARS};
use crate::model::{Command, ItemId};
use crate::ui::widgets::choice::{Choice, ChoiceOption};
use crate::ui::widgets::field::{Check, NumberField, TextField};
use std::rc::Rc;
use yew::prelude::*;

const STAGES: [BlueprintText; 5] =
    [BlueprintText::StageArrive, BlueprintText::StageInput, BlueprintText::StageTakePart, BlueprintText::StageProduce, BlueprintText::StageLeave];

pub(super) fn step_panel(props: &PanelProps, id: ItemId, lang: Lang) -> Html {
    let Some(step) = props.canvas.step(id).cloned() else { return html! {} };
    let on_command = props.on_command.clone();
    // Each field changes one part of the step and sends the whole of it.
    let edit = |change: fn(&mut Step, String)| {
        let (step, on_command) = (step.clone(), on_command.clone());
        Callback::from(move |value: String| {
            let mut next = step.clone();
            change(&mut next, value);
            on_command.emit(Command::Blueprint(BlueprintCommand::EditStep {
                id: next.id,
                name: next.name,
                stage: next.stage,
                minutes: next.minutes,
                emotion: next.emotion,
            }));
        })
    };
    let set_minutes = edit(|s, v| s.minutes = v.parse().ok()).reform(|m: Option<u32>| m.map(|m| m.to_string()).unwrap_or_default());
    let set_emotion = edit(|s, v| s.emotion = v.parse().ok());
    let emotions = (-MAX_EMOTION..=MAX_EMOTION).rev().map(|v| ChoiceOption::new(v.to_string(), if v > 0 { format!("+{v}") } else { v.to_string() }));
    let emotions: Rc<[ChoiceOption]> = std::iter::once(ChoiceOption::new("", lang.tr(BlueprintText::EmotionNone))).chain(emotions).collect();
    let at = props.canvas.steps.iter().position(|s| s.id == id).unwrap_or(0);
    let command = |command: BlueprintCommand| {
        let on_command = on_command.clone();
        Callback::from(move |_| on_command.emit(Command::Blueprint(command.clone())))
    };
    let new_step = lang.tr(BlueprintText::NewStep).to_owned();
    html! {
        <section class="bp-panel" aria-labelledby="bp-panel-title">
            <h3 id="bp-panel-title">{ lang.tr(BlueprintText::StepPanel) }</h3>
            <div class="jd-field wide">
                <label for="bp-step-name">{ lang.tr(BlueprintText::StepName) }</label>
                <TextField id="bp-step-name" value={step.name.clone()} check={Check::text(MAX_NAME_CHARS)} on_commit={edit(|s, v| s.name = v)} />
            </div>
            <div class="jd-field wide">
                <label for="bp-step-stage">{ lang.tr(BlueprintText::Stage) }</label>
                <TextField id="bp-step-stage" list="bp-stages" value={step.stage.clone()} check={Check::optional(MAX_NAME_CHARS)} on_commit={edit(|s, v| s.stage = v)} />
                <datalist id="bp-stages">{ for STAGES.iter().map(|s| html! { <option value={lang.tr(*s)} /> }) }</datalist>
            </div>
            <div class="jd-grid">
                <div class="jd-field">
                    <label for="bp-step-minutes">{ lang.tr(BlueprintText::StepMinutes) }</label>
                    <NumberField id="bp-step-minutes" value={step.minutes} range={MINUTES} on_commit={set_minutes} />
                </div>
                <div class="jd-field">
                    <label for="bp-step-emotion">{ lang.tr(BlueprintText::Emotion) }</label>
                    <Choice id="bp-step-emotion" value={step.emotion.map_or(String::new(), |v| v.to_string())} options={emotions} on_change={set_emotion} />
                </div>
            </div>
            <div class="button-row">
                <button class="button small" disabled={at == 0} onclick={command(BlueprintCommand::MoveStep { id, index: at.saturating_sub(1) })}>{ lang.tr(BlueprintText::MoveLeft) }</button>
                <button class="button small" disabled={at + 1 >= props.canvas.steps.len()} onclick={command(BlueprintCommand::MoveStep { id, index: at + 1 })}>{ lang.tr(BlueprintText::MoveRight) }</button>
                <button class="button small" onclick={command(BlueprintCommand::AddStep { index: Some(at), name: new_step.clone() })}>{ lang.tr(BlueprintText::InsertBefore) }</button>
                <button class="button small" onclick={command(BlueprintCommand::AddStep { index: Some(at + 1), name: new_step })}>{ lang.tr(BlueprintText::InsertAfter) }</button>
                <button class="button small danger" onclick={command(BlueprintCommand::DeleteStep { id })}>{ lang.tr(BlueprintText::DeleteStep) }</button>
            </div>
        </section>
    }
}
