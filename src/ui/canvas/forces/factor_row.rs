//! One factor: its text (Enter or double-click edits in place), a 1–5 pressure rating (buttons,
//! or number keys on the focused row), a weight, and "send to SWOT" for a factor rated 4–5
//! (as a threat) or 1–2 (as an opportunity: a weak force). Delete removes it; Alt+↑/↓ reorders.

use crate::i18n::Text;
use crate::model::five_forces::{Factor, ForcesCommand, MAX_WEIGHT};
use crate::model::links::Origin;
use crate::model::swot::Quadrant;
use crate::model::swot::{MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::Command;
use crate::ui::canvas::voting::DotButton;
use crate::ui::use_lang;
use crate::ui::widgets::choice::{Choice, ChoiceOption};
use crate::ui::widgets::field::{Check, TextField};
use crate::ui::widgets::inline_edit::{Edited, InlineEdit};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FactorRowProps {
    pub factor: Factor,
    pub index: usize,
    pub last: bool,
    /// The SWOT item text, when this factor was sent there.
    pub sent: Option<String>,
    pub on_command: Callback<Command>,
}

/// Weights 1 (the default, stored as none) to `MAX_WEIGHT`.
fn weights() -> Rc<[ChoiceOption]> {
    let first = std::iter::once(ChoiceOption::new("", "1"));
    first.chain((2..=MAX_WEIGHT).map(|w| ChoiceOption::new(w.to_string(), w.to_string()))).collect()
}

#[function_component(FactorRow)]
pub fn factor_row(props: &FactorRowProps) -> Html {
    let lang = use_lang();
    let editing = use_state(|| false);
    let note_open = use_state(|| false);
    let factor = &props.factor;
    let id = factor.id;
    let send = {
        let on_command = props.on_command.clone();
        move |c: ForcesCommand| on_command.emit(Command::Forces(c))
    };
    if *editing {
        let on_done = {
            let (send, editing, note) = (send.clone(), editing.clone(), factor.note.clone());
            Callback::from(move |edited: Edited| {
                if let Some(text) = edited.text {
                    send(ForcesCommand::EditFactor { id, text, note: note.clone() });
                }
                editing.set(false);
            })
        };
        return html! {
            <li class="factor editing">
                <InlineEdit initial={factor.text.clone()} label={lang.tr(Text::EditItem)} class="factor-edit"
                    check={Check::text(MAX_TEXT_CHARS)} {on_done} />
            </li>
        };
    }
    let onkeydown = {
        let (send, editing, index, last) = (send.clone(), editing.clone(), props.index, props.last);
        Callback::from(move |e: KeyboardEvent| {
            // Keys inside the row's buttons and selects keep their own meaning. (Yew delegates
            // events, so `current_target` is not the row: look at the target's tag instead.)
            let tag = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()).map(|el| el.tag_name());
            if tag.as_deref() != Some("LI") {
                return;
            }
            match (e.key().as_str(), e.alt_key()) {
                ("Enter", false) => editing.set(true),
                ("Delete" | "Backspace", false) => send(ForcesCommand::DeleteFactor { id }),
                (digit @ ("0" | "1" | "2" | "3" | "4" | "5"), false) if !e.ctrl_key() && !e.meta_key() => {
                    send(ForcesCommand::RateFactor { id, rating: digit.parse::<u8>().ok().filter(|r| *r > 0) })
                }
                ("ArrowUp", true) if index > 0 => send(ForcesCommand::MoveFactor { id, index: index - 1 }),
                ("ArrowDown", true) if !last => send(ForcesCommand::MoveFactor { id, index: index + 1 }),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let ondblclick = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let rate = |value: u8| {
        let send = send.clone();
        let rating = if factor.rating == Some(value) { None } else { Some(value) };
        Callback::from(move |_| send(ForcesCommand::RateFactor { id, rating }))
    };
    let on_weight = {
        let send = send.clone();
        Callback::from(move |value: String| send(ForcesCommand::SetWeight { id, weight: value.parse().ok() }))
    };
    let send_to_swot = |quadrant: Quadrant, label: Text| {
        let on_command = props.on_command.clone();
        let onclick = Callback::from(move |_| on_command.emit(Command::SendToSwot { origin: Origin::Factor(id), quadrant }));
        html! { <button class="button small send" {onclick}>{ lang.tr(label) }</button> }
    };
    let link = match (&props.sent, factor.rating) {
        (Some(text), _) => html! { <span class="chip linked" title={text.clone()}>{ lang.trf(Text::SentToSwot, &[text]) }</span> },
        (None, Some(4 | 5)) => send_to_swot(Quadrant::Threats, Text::SendAsThreat),
        (None, Some(1 | 2)) => send_to_swot(Quadrant::Opportunities, Text::SendAsOpportunity),
        _ => Html::default(),
    };
    let toggle_note = {
        let note_open = note_open.clone();
        Callback::from(move |_| note_open.set(!*note_open))
    };
    let on_note = {
        let (send, text, note) = (send.clone(), factor.text.clone(), factor.note.clone());
        Callback::from(move |value: String| {
            if value != note {
                send(ForcesCommand::EditFactor { id, text: text.clone(), note: value });
            }
        })
    };
    let has_note = !factor.note.is_empty();
    html! {
        <li class="factor" tabindex="0" {onkeydown} {ondblclick} data-factor={id.0.to_string()}>
            <span class="factor-text">{ &factor.text }</span>
            <span class="rating" role="group" aria-label={lang.tr(Text::Rating)}>
                { for (1..=5u8).map(|value| {
                    let pressed = factor.rating == Some(value);
                    html! {
                        <button class={classes!("rate", pressed.then_some("on"), factor.rating.is_some_and(|r| value <= r).then_some("filled"))}
                            aria-pressed={pressed.to_string()} aria-label={format!("{} {value}", lang.tr(Text::Rating))}
                            tabindex="-1" onclick={rate(value)}>{ value }</button>
                    }
                }) }
            </span>
            <label class="weight">{ lang.tr(Text::Weight) }
                <Choice value={factor.weight.map_or(String::new(), |w| w.to_string())} options={weights()} on_change={on_weight} />
            </label>
            <button class={classes!("button", "small", "note-toggle", has_note.then_some("has-note"))} tabindex="-1"
                aria-expanded={note_open.to_string()} title={factor.note.clone()} onclick={toggle_note}>{ lang.tr(Text::Note) }</button>
            <DotButton {id} />
            { link }
            if *note_open {
                <TextField class="factor-note" label={lang.tr(Text::Note)} rows={2} value={factor.note.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={on_note} />
            }
        </li>
    }
}
