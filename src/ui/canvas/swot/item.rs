//! One SWOT item on the board: shown, edited in place, rated, moved and deleted by keyboard,
//! dragged with the mouse. Keys (on the focused item): Enter edit · Delete/Backspace delete ·
//! 1–5 priority, 0 clears · ↑/↓ previous/next item · Alt+↑/↓ reorder · Alt+←/→ move to the
//! quadrant beside · Alt+Shift+↑/↓ move to the quadrant above/below.

use super::UiAction;
use crate::i18n::{competitor_label, factor_label, Text};
use crate::model::swot::{Quadrant, SwotCommand, SwotItem, MAX_TEXT_CHARS};
use crate::model::{Command, ItemId};
use crate::ui::canvas::voting::DotButton;
use crate::ui::use_lang;
use crate::ui::widgets::field::Check;
use crate::ui::widgets::inline_edit::{Edited, InlineEdit};
use yew::prelude::*;

/// The element id of an item, used to move focus to it.
pub fn dom_id(id: ItemId) -> String {
    format!("swot-item-{}", id.0)
}

#[derive(Properties, PartialEq)]
pub struct ItemCardProps {
    pub item: SwotItem,
    /// Position in the quadrant's manual order.
    pub manual_index: usize,
    /// Whether the quadrant is sorted by priority (manual reordering is off then).
    pub sorted: bool,
    pub prev: Option<ItemId>,
    pub next: Option<ItemId>,
    pub selected: bool,
    pub editing: bool,
    pub dragging: bool,
    /// How many strategies cite this item.
    pub cited: usize,
    /// The five-forces factor or competitor this item was sent from.
    /// Where a linked item came from: the canvas's name and the source's text.
    pub origin: Option<(Text, String)>,
    pub on_ui: Callback<UiAction>,
    pub on_command: Callback<Command>,
}

#[function_component(ItemCard)]
pub fn item_card(props: &ItemCardProps) -> Html {
    let lang = use_lang();
    let id = props.item.id;
    let quadrant = props.item.quadrant;
    let send = {
        let on_command = props.on_command.clone();
        move |c: SwotCommand| on_command.emit(Command::Swot(c))
    };

    if props.editing {
        let on_done = {
            let (send, on_ui, note) = (send.clone(), props.on_ui.clone(), props.item.note.clone());
            Callback::from(move |edited: Edited| {
                if let Some(text) = edited.text {
                    send(SwotCommand::EditItem { id, text, note: note.clone() });
                }
                on_ui.emit(UiAction::Edit(None));
                if edited.by_key {
                    on_ui.emit(UiAction::Focus(id));
                }
            })
        };
        return html! {
            <li class="swot-item editing" role="option" aria-selected="true">
                <InlineEdit initial={props.item.text.clone()} label={lang.tr(Text::EditItem)} class="item-edit"
                    check={Check::text(MAX_TEXT_CHARS)} {on_done} />
            </li>
        };
    }

    let onkeydown = {
        let (send, on_ui) = (send.clone(), props.on_ui.clone());
        let (manual_index, sorted, prev, next, cited) = (props.manual_index, props.sorted, props.prev, props.next, props.cited);
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            let move_to = |to: Quadrant, index: usize| {
                send(SwotCommand::MoveItem { id, to, index });
                on_ui.emit(UiAction::Focus(id));
            };
            match (key.as_str(), e.alt_key(), e.shift_key()) {
                ("Enter", false, _) => on_ui.emit(UiAction::Edit(Some(id))),
                ("Delete" | "Backspace", false, _) => {
                    if cited > 0 {
                        on_ui.emit(UiAction::ConfirmDelete(Some(id)));
                    } else {
                        send(SwotCommand::DeleteItem { id });
                        match next.or(prev) {
                            Some(neighbour) => on_ui.emit(UiAction::Focus(neighbour)),
                            None => on_ui.emit(UiAction::Select(None)),
                        }
                    }
                }
                (digit @ ("0" | "1" | "2" | "3" | "4" | "5"), false, false) if !e.ctrl_key() && !e.meta_key() => {
                    let priority = digit.parse::<u8>().ok().filter(|p| *p > 0);
                    send(SwotCommand::SetPriority { id, priority });
                }
                ("ArrowUp", false, false) => {
                    if let Some(p) = prev {
                        on_ui.emit(UiAction::Focus(p));
                    }
                }
                ("ArrowDown", false, false) => {
                    if let Some(n) = next {
                        on_ui.emit(UiAction::Focus(n));
                    }
                }
                ("ArrowUp", true, false) if !sorted && manual_index > 0 => move_to(quadrant, manual_index - 1),
                ("ArrowDown", true, false) if !sorted => move_to(quadrant, manual_index + 1),
                ("ArrowLeft" | "ArrowRight", true, false) => move_to(quadrant.beside(), manual_index),
                ("ArrowUp" | "ArrowDown", true, true) => move_to(quadrant.across(), manual_index),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let onclick = {
        let on_ui = props.on_ui.clone();
        Callback::from(move |_| on_ui.emit(UiAction::Select(Some(id))))
    };
    let ondblclick = {
        let on_ui = props.on_ui.clone();
        Callback::from(move |_| on_ui.emit(UiAction::Edit(Some(id))))
    };
    let onfocus = {
        let (on_ui, selected) = (props.on_ui.clone(), props.selected);
        Callback::from(move |_| {
            if !selected {
                on_ui.emit(UiAction::Select(Some(id)));
            }
        })
    };
    let ondragstart = {
        let on_ui = props.on_ui.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(data) = e.data_transfer() {
                let _ = data.set_data("text/plain", &id.0.to_string());
                data.set_effect_allowed("move");
            }
            on_ui.emit(UiAction::DragStart(id));
        })
    };
    let ondragend = {
        let on_ui = props.on_ui.clone();
        Callback::from(move |_: DragEvent| on_ui.emit(UiAction::DragEnd))
    };
    let item = &props.item;
    let class = classes!("swot-item", props.selected.then_some("selected"), props.dragging.then_some("dragging"));
    html! {
        <li {class} id={dom_id(id)} role="option" tabindex="0" draggable="true" data-manual-index={props.manual_index.to_string()}
            aria-selected={props.selected.to_string()} {onkeydown} {onclick} {ondblclick} {onfocus} {ondragstart} {ondragend}>
            <span class="item-text">{ &item.text }</span>
            <span class="item-badges">
                if let Some(p) = item.priority {
                    <span class={classes!("badge", "priority", format!("p{p}"))} title={lang.tr(Text::Priority)}>{ format!("P{p}") }</span>
                }
                if let Some(source) = item.source {
                    <span class="badge tag">{ lang.tr(factor_label(source)) }</span>
                }
                if let Some(kind) = item.competitor {
                    <span class="badge tag">{ lang.tr(competitor_label(kind)) }</span>
                }
                if let Some((canvas, origin)) = &props.origin {
                    <span class="badge origin" title={lang.trf(Text::LinkedFrom, &[lang.tr(*canvas), origin])}>{ format!("↙ {}", lang.tr(*canvas)) }</span>
                }
                if props.cited > 0 {
                    <span class="badge cited" title={lang.tr(Text::ViewTows)}>{ format!("↗{}", props.cited) }</span>
                }
                if !item.note.is_empty() {
                    <span class="badge note" title={item.note.clone()}>{ "✎" }</span>
                }
                <DotButton id={item.id} />
            </span>
        </li>
    }
}
