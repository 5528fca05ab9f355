//! The selected item's details: priority, note, and for opportunities and threats the
//! environment source and competitor type. Each change is one undoable command.

use crate::i18n::{competitor_label, factor_label, quadrant_label, Text};
use crate::model::swot::{CompetitorType, EnvFactor, SwotCommand, SwotItem, MAX_NOTE_CHARS};
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::field::{Check, TextField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailPanelProps {
    pub item: Option<SwotItem>,
    pub on_command: Callback<Command>,
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()
}

#[function_component(DetailPanel)]
pub fn detail_panel(props: &DetailPanelProps) -> Html {
    let lang = use_lang();
    let Some(item) = &props.item else {
        return html! { <aside class="detail-panel empty"><p class="hint">{ lang.tr(Text::SelectItemHint) }</p></aside> };
    };
    let id = item.id;
    let send = {
        let on_command = props.on_command.clone();
        move |c: SwotCommand| on_command.emit(Command::Swot(c))
    };
    let on_priority = {
        let send = send.clone();
        Callback::from(move |e: Event| send(SwotCommand::SetPriority { id, priority: select_value(&e).parse().ok() }))
    };
    let on_note = {
        let (send, text, note) = (send.clone(), item.text.clone(), item.note.clone());
        Callback::from(move |value: String| {
            if value != note {
                send(SwotCommand::EditItem { id, text: text.clone(), note: value });
            }
        })
    };
    let on_source = {
        let (send, competitor) = (send.clone(), item.competitor);
        Callback::from(move |e: Event| {
            let source = select_value(&e).parse::<usize>().ok().and_then(|i| EnvFactor::ALL.get(i).copied());
            send(SwotCommand::SetTags { id, source, competitor });
        })
    };
    let on_competitor = {
        let (send, source) = (send.clone(), item.source);
        Callback::from(move |e: Event| {
            let competitor = select_value(&e).parse::<usize>().ok().and_then(|i| CompetitorType::ALL.get(i).copied());
            send(SwotCommand::SetTags { id, source, competitor });
        })
    };
    let none = lang.tr(Text::NoneChosen);
    html! {
        <aside class="detail-panel" aria-label={lang.tr(Text::ItemDetails)}>
            <h3>{ lang.tr(Text::ItemDetails) }<span class="detail-quadrant">{ lang.tr(quadrant_label(item.quadrant)) }</span></h3>
            <p class="detail-text">{ &item.text }</p>
            <label>{ lang.tr(Text::Priority) }
                <select onchange={on_priority}>
                    <option value="" selected={item.priority.is_none()}>{ lang.tr(Text::NoPriority) }</option>
                    { for (1..=5u8).map(|p| html! {
                        <option value={p.to_string()} selected={item.priority == Some(p)}>{ p }</option>
                    }) }
                </select>
            </label>
            if !item.quadrant.is_internal() {
                <label>{ lang.tr(Text::EnvSource) }
                    <select onchange={on_source}>
                        <option value="" selected={item.source.is_none()}>{ none }</option>
                        { for EnvFactor::ALL.iter().enumerate().map(|(i, f)| html! {
                            <option value={i.to_string()} selected={item.source == Some(*f)}>{ lang.tr(factor_label(*f)) }</option>
                        }) }
                    </select>
                </label>
                <label>{ lang.tr(Text::CompetitorKind) }
                    <select onchange={on_competitor}>
                        <option value="" selected={item.competitor.is_none()}>{ none }</option>
                        { for CompetitorType::ALL.iter().enumerate().map(|(i, c)| html! {
                            <option value={i.to_string()} selected={item.competitor == Some(*c)}>{ lang.tr(competitor_label(*c)) }</option>
                        }) }
                    </select>
                </label>
            }
            <label>{ lang.tr(Text::Note) }
                <TextField key={format!("note-{}", id.0)} value={item.note.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={on_note} rows={4} />
            </label>
        </aside>
    }
}
