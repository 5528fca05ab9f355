//! The selected item's details: priority, note, and for opportunities and threats the
//! environment source and competitor type. Each change is one undoable command.

use crate::i18n::{competitor_hint, competitor_label, factor_label, quadrant_label, Text};
use crate::model::swot::{CompetitorType, EnvFactor, SwotCommand, SwotItem, MAX_NOTE_CHARS};
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::choice::{choices, explained_choices, levels, picked, value_of, Choice};
use crate::ui::widgets::field::{Check, TextField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailPanelProps {
    pub item: Option<SwotItem>,
    pub on_command: Callback<Command>,
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
        Callback::from(move |value: String| send(SwotCommand::SetPriority { id, priority: value.parse().ok() }))
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
        Callback::from(move |value: String| send(SwotCommand::SetTags { id, source: picked(&EnvFactor::ALL, &value), competitor }))
    };
    let on_competitor = {
        let (send, source) = (send.clone(), item.source);
        Callback::from(move |value: String| send(SwotCommand::SetTags { id, source, competitor: picked(&CompetitorType::ALL, &value) }))
    };
    let none = lang.tr(Text::NoneChosen);
    html! {
        <aside class="detail-panel" aria-label={lang.tr(Text::ItemDetails)}>
            <h3>{ lang.tr(Text::ItemDetails) }<span class="detail-quadrant">{ lang.tr(quadrant_label(item.quadrant)) }</span></h3>
            <p class="detail-text">{ &item.text }</p>
            <label>{ lang.tr(Text::Priority) }
                <Choice value={item.priority.map_or(String::new(), |p| p.to_string())} options={levels(lang.tr(Text::NoPriority))} on_change={on_priority} />
            </label>
            if !item.quadrant.is_internal() {
                <label>{ lang.tr(Text::EnvSource) }
                    <Choice value={value_of(&EnvFactor::ALL, item.source)} options={choices(none, &EnvFactor::ALL, |f| lang.tr(factor_label(f)).to_owned())}
                        on_change={on_source} />
                </label>
                <label>{ lang.tr(Text::CompetitorKind) }
                    <Choice value={value_of(&CompetitorType::ALL, item.competitor)}
                        options={explained_choices(none, &CompetitorType::ALL, |c| (lang.tr(competitor_label(c)).to_owned(), lang.tr(competitor_hint(c)).to_owned()))}
                        on_change={on_competitor} />
                </label>
                if let Some(kind) = item.competitor {
                    <p class="hint competitor-definition">{ lang.tr(competitor_hint(kind)) }</p>
                }
            }
            <label>{ lang.tr(Text::Note) }
                <TextField key={format!("note-{}", id.0)} value={item.note.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={on_note} rows={4} />
            </label>
        </aside>
    }
}
