//! The selected card: text, note, fail or wait point and its minutes, the SERVQUAL dimension
//! on touchpoints, the owner from the org chart, connectors, dots, and sending a fail point
//! to SWOT.

use super::{PanelProps, MINUTES};
use crate::i18n::{mark_label, servqual_label, BlueprintText, Lang, Text};
use crate::model::blueprint::summary::{owner_of, Owner};
use crate::model::blueprint::{BlueprintCommand, Mark, Servqual};
use crate::model::links::Origin;
use crate::model::swot::{Quadrant, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::{Command, ItemId};
use crate::ui::browser;
use crate::ui::canvas::voting::DotButton;
use crate::ui::widgets::field::{Check, NumberField, TextField};
use yew::prelude::*;

pub(super) fn card_panel(props: &PanelProps, id: ItemId, lang: Lang) -> Html {
    let Some(card) = props.canvas.card(id).cloned() else { return html! {} };
    let on_command = props.on_command.clone();
    let edit_text = {
        let (card, on_command) = (card.clone(), on_command.clone());
        move |is_note: bool| {
            let (card, on_command) = (card.clone(), on_command.clone());
            Callback::from(move |value: String| {
                let (text, note) = if is_note { (card.text.clone(), value) } else { (value, card.note.clone()) };
                on_command.emit(Command::Blueprint(BlueprintCommand::EditCard { id: card.id, text, note }));
            })
        }
    };
    let set_mark = {
        let (card, on_command) = (card.clone(), on_command.clone());
        Callback::from(move |e: Event| {
            let mark = match browser::field_value(&e).as_str() {
                "fail" => Some(Mark::FailPoint),
                "wait" => Some(Mark::WaitPoint),
                _ => None,
            };
            on_command.emit(Command::Blueprint(BlueprintCommand::MarkCard { id: card.id, mark, minutes: card.minutes }));
        })
    };
    let set_minutes = {
        let (card, on_command) = (card.clone(), on_command.clone());
        Callback::from(move |minutes: Option<u32>| {
            on_command.emit(Command::Blueprint(BlueprintCommand::MarkCard { id: card.id, mark: card.mark, minutes }));
        })
    };
    let set_servqual = {
        let on_command = on_command.clone();
        Callback::from(move |e: Event| {
            let servqual = Servqual::ALL.into_iter().find(|s| format!("{s:?}") == browser::field_value(&e));
            on_command.emit(Command::Blueprint(BlueprintCommand::SetServqual { id, servqual }));
        })
    };
    let set_owner = {
        let on_command = on_command.clone();
        Callback::from(move |e: Event| {
            let owner = browser::field_value(&e).parse::<u64>().ok().map(ItemId);
            on_command.emit(Command::Blueprint(BlueprintCommand::SetOwner { id, owner }));
        })
    };
    let mark_value = match card.mark {
        Some(Mark::FailPoint) => "fail",
        Some(Mark::WaitPoint) => "wait",
        None => "",
    };
    let owner = owner_of(&card, &props.org);
    let owner_value = match owner {
        Owner::Position { id, .. } | Owner::Removed(id) => id.0.to_string(),
        Owner::Unassigned => String::new(),
    };
    let connectors: Vec<Html> = props
        .canvas
        .connectors
        .iter()
        .filter(|c| c.from == id || c.to == id)
        .map(|c| {
            let outgoing = c.from == id;
            let other = props.canvas.card(if outgoing { c.to } else { c.from }).map(|o| o.text.clone()).unwrap_or_default();
            let label = lang.trf(if outgoing { BlueprintText::ConnectorTo } else { BlueprintText::ConnectorFrom }, &[&other]);
            let (from, to, on_command) = (c.from, c.to, on_command.clone());
            let remove = Callback::from(move |_| on_command.emit(Command::Blueprint(BlueprintCommand::Disconnect { from, to })));
            html! {
                <li>
                    <span>{ label.clone() }</span>
                    <button class="button small" aria-label={lang.trf(BlueprintText::RemoveConnector, &[&label])} onclick={remove}>{ "×" }</button>
                </li>
            }
        })
        .collect();
    let sent = props.swot.items.iter().find(|i| i.origin == Some(Origin::FailPoint(id))).map(|i| i.text.clone());
    let send_to_swot = {
        let on_command = on_command.clone();
        Callback::from(move |_| on_command.emit(Command::SendToSwot { origin: Origin::FailPoint(id), quadrant: Quadrant::Weaknesses }))
    };
    let delete = {
        let on_command = on_command.clone();
        Callback::from(move |_| on_command.emit(Command::Blueprint(BlueprintCommand::DeleteCard { id })))
    };
    let connect = props.on_connect.reform(move |_| id);
    html! {
        <section class="bp-panel" aria-labelledby="bp-panel-title">
            <h3 id="bp-panel-title">{ lang.tr(BlueprintText::CardPanel) }</h3>
            <div class="jd-field wide">
                <label for="bp-card-text">{ lang.tr(BlueprintText::CardText) }</label>
                <TextField id="bp-card-text" rows={3} value={card.text.clone()} check={Check::text(MAX_TEXT_CHARS)} on_commit={edit_text(false)} />
            </div>
            <div class="jd-field wide">
                <label for="bp-card-note">{ lang.tr(BlueprintText::Note) }</label>
                <TextField id="bp-card-note" rows={2} value={card.note.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={edit_text(true)} />
            </div>
            <div class="jd-grid">
                <div class="jd-field">
                    <label for="bp-card-mark">{ lang.tr(BlueprintText::Mark) }</label>
                    <select id="bp-card-mark" onchange={set_mark}>
                        <option value="" selected={mark_value.is_empty()}>{ lang.tr(BlueprintText::MarkNone) }</option>
                        <option value="fail" selected={mark_value == "fail"}>{ lang.tr(mark_label(Mark::FailPoint)) }</option>
                        <option value="wait" selected={mark_value == "wait"}>{ lang.tr(mark_label(Mark::WaitPoint)) }</option>
                    </select>
                </div>
                <div class="jd-field">
                    <label for="bp-card-minutes">{ lang.tr(BlueprintText::ExpectedMinutes) }</label>
                    <NumberField id="bp-card-minutes" value={card.minutes} range={MINUTES} on_commit={set_minutes} />
                </div>
            </div>
            if props.touchpoint {
                <p class="badge-line">{ "★ " }{ lang.tr(BlueprintText::Touchpoint) }</p>
                <div class="jd-field">
                    <label for="bp-card-servqual">{ lang.tr(BlueprintText::Servqual) }</label>
                    <select id="bp-card-servqual" onchange={set_servqual}>
                        <option value="" selected={card.servqual.is_none()}>{ lang.tr(BlueprintText::ServqualNone) }</option>
                        { for Servqual::ALL.iter().map(|s| html! {
                            <option value={format!("{s:?}")} selected={card.servqual == Some(*s)}>{ lang.tr(servqual_label(*s)) }</option>
                        }) }
                    </select>
                </div>
            } else {
                <p class="hint">{ lang.tr(BlueprintText::TouchpointHint) }</p>
            }
            <div class="jd-field">
                <label for="bp-card-owner">{ lang.tr(BlueprintText::Owner) }</label>
                <select id="bp-card-owner" onchange={set_owner}>
                    <option value="" selected={owner_value.is_empty()}>{ lang.tr(BlueprintText::OwnerNone) }</option>
                    if let Owner::Removed(_) = owner {
                        <option value={owner_value.clone()} selected=true>{ lang.tr(BlueprintText::OwnerRemoved) }</option>
                    }
                    { for props.org.positions.iter().map(|p| html! {
                        <option value={p.id.0.to_string()} selected={owner_value == p.id.0.to_string()}>{ &p.details.title }</option>
                    }) }
                </select>
                if props.org.positions.is_empty() {
                    <span class="hint">{ lang.tr(BlueprintText::NoPositions) }</span>
                }
            </div>
            <div class="jd-field wide">
                <span class="label">{ lang.tr(BlueprintText::Connectors) }</span>
                if !connectors.is_empty() { <ul class="dotted-list">{ for connectors }</ul> }
                <button class="button small" onclick={connect}>{ lang.tr(BlueprintText::Connect) }</button>
            </div>
            if card.mark == Some(Mark::FailPoint) {
                <DotButton {id} />
                if let Some(text) = sent {
                    <p class="chip linked">{ lang.trf(Text::SentToSwot, &[&text]) }</p>
                } else {
                    <button class="button" onclick={send_to_swot}>{ lang.tr(BlueprintText::SendToSwot) }</button>
                }
            }
            <div class="button-row">
                <button class="button small danger" onclick={delete}>{ lang.tr(BlueprintText::DeleteCard) }</button>
            </div>
        </section>
    }
}
