//! The dot button on a votable item: the current participant's (or, in a round voted on
//! each device, this device's) dots on it (and, once the
//! round is revealed, everyone's), a button to add one and one to take one back. Keys pressed
//! on it stay with it, so Enter never also edits the item it sits on.

use super::VoteContext;
use crate::i18n::Text;
use crate::model::voting::VoteCommand;
use crate::model::{Command, ItemId};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DotButtonProps {
    pub id: ItemId,
}

#[function_component(DotButton)]
pub fn dot_button(props: &DotButtonProps) -> Html {
    let lang = use_lang();
    let Some(context) = use_context::<VoteContext>() else { return html! {} };
    let Some(round) = context.round.clone() else { return html! {} };
    let id = props.id;
    let (mine, left) = context.me.dots(&round, id);
    let send = |command: VoteCommand| {
        let on_command = context.on_command.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            on_command.emit(Command::Vote(command.clone()));
        })
    };
    let keep_keys = Callback::from(|e: KeyboardEvent| e.stop_propagation());
    let stop = Callback::from(|e: MouseEvent| e.stop_propagation());
    html! {
        <span class="dots" onclick={stop}>
            <button class="button small dot-add" disabled={left == 0}
                aria-label={lang.trf(Text::AddDot, &[&mine.to_string(), &left.to_string()])}
                title={lang.trf(Text::AddDot, &[&mine.to_string(), &left.to_string()])}
                onclick={send(context.me.dot(&round, id, true))} onkeydown={keep_keys.clone()}>
                { format!("● {mine}") }
            </button>
            if mine > 0 {
                <button class="button small dot-remove" aria-label={lang.tr(Text::RemoveDot)} title={lang.tr(Text::RemoveDot)}
                    onclick={send(context.me.dot(&round, id, false))} onkeydown={keep_keys}>{ "−" }</button>
            }
            if round.revealed {
                <span class="badge dot-total" title={lang.tr(Text::DotTotal)}>{ lang.trf(Text::DotTotalShort, &[&round.total(id).to_string()]) }</span>
            }
        </span>
    }
}
