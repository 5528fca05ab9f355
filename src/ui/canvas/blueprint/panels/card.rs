//! The selected card: text, note, fail or wait point and its minutes, whether it is a
//! touchpoint, the SERVQUAL dimension on the provider's cards (never on a customer action),
//! technical or functional quality, the owner from the org chart, connectors, dots, and sending a fail point
//! to SWOT.

use super::{PanelProps, MINUTES};
use crate::i18n::{mark_label, quality_kind_label, servqual_label, BlueprintText, Lang, QualityText, Text};
use crate::model::blueprint::summary::{owner_of, Owner};
use crate::model::blueprint::{BlueprintCommand, Mark, QualityKind, Servqual};
use crate::model::links::Origin;
use crate::model::swot::{Quadrant, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::{Command, ItemId};
use crate::ui::canvas::voting::DotButton;
use crate::ui::widgets::choice::{choices, picked, value_of, Choice, ChoiceOption};
use crate::ui::widgets::field::{Check, NumberField, TextField};
use std::rc::Rc;
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
        Callback::from(move |value: String| {
            let mark = match value.as_str() {
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
        Callback::from(move |value: String| {
            on_command.emit(Command::Blueprint(BlueprintCommand::SetServqual { id, servqual: picked(&Servqual::ALL, &value) }));
        })
    };
    let set_quality = {
        let on_command = on_command.clone();
        Callback::from(move |value: String| {
            on_command.emit(Command::Blueprint(BlueprintCommand::SetQuality { id, quality: picked(&QualityKind::ALL, &value) }));
        })
    };
    let set_owner = {
        let on_command = on_command.clone();
        Callback::from(move |value: String| {
            let owner = value.parse::<u64>().ok().map(ItemId);
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
    let mark_choices: Rc<[ChoiceOption]> = Rc::from([
        ChoiceOption::new("", lang.tr(BlueprintText::MarkNone)),
        ChoiceOption::new("fail", lang.tr(mark_label(Mark::FailPoint))),
        ChoiceOption::new("wait", lang.tr(mark_label(Mark::WaitPoint))),
    ]);
    // A removed owner stays listed (as removed) so the card shows what it names.
    let removed = matches!(owner, Owner::Removed(_)).then(|| ChoiceOption::new(owner_value.clone(), lang.tr(BlueprintText::OwnerRemoved)));
    let positions = props.org.positions.iter().map(|p| ChoiceOption::new(p.id.0.to_string(), p.details.title.clone()));
    let owner_choices: Rc<[ChoiceOption]> =
        std::iter::once(ChoiceOption::new("", lang.tr(BlueprintText::OwnerNone))).chain(removed).chain(positions).collect();
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
                    <Choice id="bp-card-mark" value={mark_value} options={mark_choices} on_change={set_mark} />
                </div>
                <div class="jd-field">
                    <label for="bp-card-minutes">{ lang.tr(BlueprintText::ExpectedMinutes) }</label>
                    <NumberField id="bp-card-minutes" value={card.minutes} range={MINUTES} on_commit={set_minutes} />
                </div>
            </div>
            if props.touchpoint {
                <p class="badge-line">{ "★ " }{ lang.tr(BlueprintText::Touchpoint) }</p>
            } else {
                <p class="hint">{ lang.tr(BlueprintText::TouchpointHint) }</p>
            }
            if card.lane.takes_servqual() {
                <div class="jd-field">
                    <label for="bp-card-servqual">{ lang.tr(BlueprintText::Servqual) }</label>
                    <Choice id="bp-card-servqual" value={value_of(&Servqual::ALL, card.servqual)}
                        options={choices(lang.tr(BlueprintText::ServqualNone), &Servqual::ALL, |s| lang.tr(servqual_label(s)).to_owned())} on_change={set_servqual} />
                </div>
            } else {
                <p class="hint servqual-provider-only">{ lang.tr(BlueprintText::ServqualProviderOnly) }</p>
            }
            <div class="jd-field">
                <label for="bp-card-quality">{ lang.tr(QualityText::QualityKindLabel) }</label>
                <Choice id="bp-card-quality" value={value_of(&QualityKind::ALL, card.quality)}
                    options={choices(lang.tr(QualityText::QualityKindNone), &QualityKind::ALL, |k| lang.tr(quality_kind_label(k)).to_owned())} on_change={set_quality} />
            </div>
            <div class="jd-field">
                <label for="bp-card-owner">{ lang.tr(BlueprintText::Owner) }</label>
                <Choice id="bp-card-owner" value={owner_value.clone()} options={owner_choices} on_change={set_owner} />
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
