//! The 2×2 SWOT board: four scrolling quadrants (internal S/W above, external O/T below), an
//! add field per quadrant (Enter adds, focus stays), drag-and-drop with a drop indicator, the
//! detail panel of the selected item, and the question before deleting a cited item.

use super::detail::DetailPanel;
use super::item::ItemCard;
use super::{BoardUi, UiAction};
use crate::i18n::{quadrant_label, Text};
use crate::model::blueprint::BlueprintCanvas;
use crate::model::five_forces::FiveForcesCanvas;
use crate::model::links::Origin;
use crate::model::quality::QualityCanvas;
use crate::model::swot::{Quadrant, SwotCanvas, SwotCommand, MAX_TEXT_CHARS};
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::field::{AddField, Check};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub swot: Rc<SwotCanvas>,
    pub forces: Rc<FiveForcesCanvas>,
    pub blueprint: Rc<BlueprintCanvas>,
    pub quality: Rc<QualityCanvas>,
    pub ui: BoardUi,
    pub on_ui: Callback<UiAction>,
    pub on_command: Callback<Command>,
}

/// The canvas a linked item was sent from and the text of its source.
fn origin_text(props: &BoardProps, origin: Origin) -> Option<(Text, String)> {
    let (forces, blueprint, quality) = (&props.forces, &props.blueprint, &props.quality);
    match origin {
        Origin::Factor(id) => forces.factor(id).map(|f| (Text::CanvasFiveForces, f.text.clone())),
        Origin::Competitor(id) => forces.competitor(id).map(|c| (Text::CanvasFiveForces, c.name.clone())),
        Origin::FailPoint(id) => blueprint.card(id).map(|c| (Text::CanvasBlueprint, c.text.clone())),
        Origin::Gap(id) => quality.gap_by_id(id).map(|g| (Text::CanvasQuality, g.summary.clone())),
        Origin::Cause(id) => quality.cause(id).map(|(_, c)| (Text::CanvasQuality, c.text.clone())),
    }
}

/// Where in `quadrant`'s manual order a drop at this event's position lands.
fn drop_index(e: &DragEvent, count: usize) -> usize {
    let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let item = target.and_then(|t| t.closest("[data-manual-index]").ok().flatten());
    let Some(item) = item else { return count };
    let index: usize = item.get_attribute("data-manual-index").and_then(|v| v.parse().ok()).unwrap_or(count);
    let rect = item.get_bounding_client_rect();
    if f64::from(e.client_y()) < rect.top() + rect.height() / 2.0 {
        index
    } else {
        index + 1
    }
}

#[function_component(Board)]
pub fn board(props: &BoardProps) -> Html {
    let lang = use_lang();
    let swot = &props.swot;
    let ui = &props.ui;

    let quadrant_view = |quadrant: Quadrant| {
        let sorted = swot.sorted_by_priority.contains(&quadrant);
        let items = swot.quadrant_items(quadrant);
        // Manual positions, for keyboard reordering and drops, even when shown sorted.
        let manual: Vec<_> = swot.items.iter().filter(|i| i.quadrant == quadrant).map(|i| i.id).collect();
        // One lookup table per render: a linear search per item is quadratic on large boards.
        let positions: std::collections::HashMap<_, usize> = manual.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let manual_index = |id| positions.get(&id).copied().unwrap_or(0);
        let drop_here = match ui.drop_at {
            Some((q, i)) if q == quadrant && !sorted => Some(i),
            _ => None,
        };
        let ondragover = {
            let (on_ui, count) = (props.on_ui.clone(), manual.len());
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                on_ui.emit(UiAction::DragOver(quadrant, drop_index(&e, count)));
            })
        };
        let ondrop = {
            let (on_ui, on_command, dragging, count) = (props.on_ui.clone(), props.on_command.clone(), ui.dragging, manual.len());
            let manual = manual.clone();
            let swot = swot.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                on_ui.emit(UiAction::DragEnd);
                let Some(id) = dragging else { return };
                let mut index = if sorted { count } else { drop_index(&e, count) };
                // Dropping lower in the same list: the item's own slot disappears first.
                if let Some(from) = manual.iter().position(|m| *m == id) {
                    if swot.item(id).is_some_and(|i| i.quadrant == quadrant) && from < index {
                        index -= 1;
                    }
                }
                on_command.emit(Command::Swot(SwotCommand::MoveItem { id, to: quadrant, index }));
                on_ui.emit(UiAction::Focus(id));
            })
        };
        let ondragleave = {
            let on_ui = props.on_ui.clone();
            Callback::from(move |e: DragEvent| {
                // Only when the pointer leaves the list itself, not one of its children.
                let leaving_list = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_none_or(|to| {
                    e.current_target().and_then(|c| c.dyn_into::<web_sys::Node>().ok()).is_some_and(|list| !list.contains(Some(&to)))
                });
                if leaving_list {
                    on_ui.emit(UiAction::DragLeave);
                }
            })
        };
        let onadd = {
            let on_command = props.on_command.clone();
            Callback::from(move |text: String| on_command.emit(Command::Swot(SwotCommand::AddItem { quadrant, text, source: None })))
        };
        let toggle_sort = {
            let on_command = props.on_command.clone();
            Callback::from(move |_| on_command.emit(Command::Swot(SwotCommand::SetSorted { quadrant, by_priority: !sorted })))
        };
        let label = lang.tr(quadrant_label(quadrant));
        let count = items.len();
        let mut rows: Vec<Html> = Vec::with_capacity(count + 1);
        for (i, item) in items.iter().enumerate() {
            let m = manual_index(item.id);
            if drop_here == Some(m) {
                rows.push(html! { <li key="drop" class="drop-indicator" aria-hidden="true"></li> });
            }
            rows.push(html! {
                <ItemCard key={item.id.0} item={(*item).clone()} manual_index={m} {sorted}
                    prev={i.checked_sub(1).map(|p| items[p].id)} next={items.get(i + 1).map(|n| n.id)}
                    selected={ui.selected == Some(item.id)} editing={ui.editing == Some(item.id)}
                    dragging={ui.dragging == Some(item.id)} cited={swot.citing(item.id).count()}
                    origin={item.origin.and_then(|o| origin_text(props, o))}
                    on_ui={props.on_ui.clone()} on_command={props.on_command.clone()} />
            });
        }
        if drop_here.is_some_and(|i| i >= manual.len()) {
            rows.push(html! { <li key="drop" class="drop-indicator" aria-hidden="true"></li> });
        }
        html! {
            <section class={classes!("quadrant", format!("q-{}", quadrant.letter().to_ascii_lowercase()))}
                aria-label={label.to_owned()} data-quadrant={quadrant.letter().to_string()}>
                <header class="quadrant-head">
                    <h3>{ format!("{} {}", quadrant.letter(), label) }</h3>
                    <span class="count">{ lang.trf(Text::ItemCount, &[&count.to_string()]) }</span>
                    <button class="button small" aria-pressed={sorted.to_string()} onclick={toggle_sort}>
                        { lang.tr(if sorted { Text::ManualOrder } else { Text::SortByPriority }) }
                    </button>
                </header>
                <ul class="item-list" role="listbox" aria-label={label.to_owned()} {ondragover} {ondrop} {ondragleave}>{ for rows }</ul>
                <AddField class="add-item" label={lang.trf(Text::AddItemPlaceholder, &[label])}
                    placeholder={lang.trf(Text::AddItemPlaceholder, &[label])} check={Check::text(MAX_TEXT_CHARS)} on_add={onadd} />
            </section>
        }
    };

    let selected = ui.selected.and_then(|id| swot.item(id)).cloned();
    let confirm = ui.confirm_delete.and_then(|id| swot.item(id)).map(|item| {
        let id = item.id;
        let cancel = {
            let on_ui = props.on_ui.clone();
            Callback::from(move |_| on_ui.emit(UiAction::ConfirmDelete(None)))
        };
        let delete = {
            let (on_ui, on_command) = (props.on_ui.clone(), props.on_command.clone());
            Callback::from(move |_| {
                on_command.emit(Command::Swot(SwotCommand::DeleteItem { id }));
                on_ui.emit(UiAction::ConfirmDelete(None));
                on_ui.emit(UiAction::Select(None));
            })
        };
        let buttons = vec![
            DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: cancel.clone() },
            DialogButton { label: lang.tr(Text::Delete).into(), primary: false, danger: true, onclick: delete },
        ];
        let message = lang.trf(Text::ConfirmDeleteCitedBody, &[&item.text, &swot.citing(id).count().to_string()]);
        html! { <Dialog title={lang.tr(Text::ConfirmDeleteCitedTitle)} {message} {buttons} on_cancel={cancel} /> }
    });

    html! {
        <div class="swot-layout">
            <div class="swot-board">
                <div class="axis axis-internal">{ lang.tr(Text::Internal) }</div>
                { quadrant_view(Quadrant::Strengths) }
                { quadrant_view(Quadrant::Weaknesses) }
                <div class="axis axis-external">{ lang.tr(Text::External) }</div>
                { quadrant_view(Quadrant::Opportunities) }
                { quadrant_view(Quadrant::Threats) }
            </div>
            <DetailPanel item={selected} on_command={props.on_command.clone()} />
            <p class="hint keys-hint">{ lang.tr(Text::SwotKeysHint) }</p>
            { for confirm }
        </div>
    }
}
