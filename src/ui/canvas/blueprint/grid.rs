//! The interactive blueprint grid: a focusable, natively scrolling area holding the SVG. Mouse:
//! click selects a card, cell or header, double-click edits or adds, dragging a card moves it
//! to the cell under the pointer. Keyboard: arrows move the selection, Enter edits or adds,
//! N adds, Delete deletes, Alt+arrows move a card, F and W mark fail and wait points, C starts
//! a connector that Enter (or a click) ends on another card. Hit-testing uses the layout, so
//! the drawing carries no handlers.

use super::drawing::{card_dom_id, selection_outline, Backdrop, CardView, Touchpoints};
use super::grid_editor::grid_editor;
use super::grid_pointer::{use_grid_pointer, Pointer};
use crate::i18n::{lane_name, BlueprintText};
use crate::interaction::blueprint_grid::{area, grid_key, Editing, GridAction, Selection};
use crate::model::blueprint::layout::{BlueprintLayout, CardBox, LANE_HEADER_WIDTH};
use crate::model::blueprint::summary::Summary;
use crate::model::blueprint::BlueprintCanvas;
use crate::model::org::OrgCanvas;
use crate::model::ItemId;
use crate::ui::browser::{aimed_at, key_press};
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GridProps {
    pub canvas: Rc<BlueprintCanvas>,
    pub org: Rc<OrgCanvas>,
    pub layout: Rc<BlueprintLayout>,
    pub touchpoints: Touchpoints,
    /// The blueprint's summary (which steps are over the time budget).
    pub summary: Rc<Summary>,
    pub selected: Option<Selection>,
    pub editing: Option<Editing>,
    /// The card a connector is being drawn from.
    pub connecting: Option<ItemId>,
    pub on_action: Callback<GridAction>,
}

/// The drawing's height grows and shrinks in steps of this many pixels.
const HEIGHT_STEP: f64 = 240.0;

/// The height given to the `<svg>`: the layout's, rounded up to a whole [`HEIGHT_STEP`]. Resizing
/// an `<svg>` makes Chromium lay out everything in it again (24 ms for 600 cards), so a lane that
/// grows by a card row usually leaves the size, and that cost, alone. The surface around it
/// clips it to the layout's own height.
fn drawing_height(layout_height: f64) -> f64 {
    (layout_height / HEIGHT_STEP).ceil().max(1.0) * HEIGHT_STEP
}

/// Scrolls the grid just enough to show `rect` (drawing coordinates).
fn scroll_into_view(scroller: &web_sys::Element, (x, y, w, h): (f64, f64, f64, f64)) {
    let (left, top) = (f64::from(scroller.scroll_left()), f64::from(scroller.scroll_top()));
    let (width, height) = (f64::from(scroller.client_width()), f64::from(scroller.client_height()));
    // The lane names stay readable at the left edge while scrolling through the steps.
    let margin = 24.0;
    let sticky = if x >= LANE_HEADER_WIDTH { LANE_HEADER_WIDTH } else { 0.0 };
    if x - sticky - margin < left {
        scroller.set_scroll_left((x - sticky - margin).max(0.0) as i32);
    } else if x + w + margin > left + width {
        scroller.set_scroll_left((x + w + margin - width) as i32);
    }
    if y - margin < top {
        scroller.set_scroll_top((y - margin).max(0.0) as i32);
    } else if y + h + margin > top + height {
        scroller.set_scroll_top((y + h + margin - height) as i32);
    }
}

/// Keys pressed on the grid itself (not in an in-place field), as `grid_key` reads them.
fn on_key(props: &GridProps, scroller: &NodeRef, new_card: String) -> Callback<KeyboardEvent> {
    let (scroller, canvas, on_action, selected, connecting) =
        (scroller.clone(), props.canvas.clone(), props.on_action.clone(), props.selected, props.connecting);
    Callback::from(move |e: KeyboardEvent| {
        if !aimed_at(&e, &scroller) {
            return;
        }
        let Some(actions) = grid_key(&canvas, selected, connecting, &key_press(&e), &new_card) else { return };
        e.prevent_default();
        for action in actions {
            on_action.emit(action);
        }
    })
}

/// The accessible status line: the selected cell, step or lane in words.
fn status(lang: crate::i18n::Lang, canvas: &BlueprintCanvas, selected: Option<Selection>) -> String {
    match selected {
        Some(Selection::Cell { step, lane }) => {
            let step = canvas.step(step).map(|s| s.name.clone()).unwrap_or_default();
            let lane = canvas.lane(lane).map(|l| lane_name(lang, l)).unwrap_or_default();
            lang.trf(BlueprintText::CellLabel, &[&step, &lane])
        }
        Some(Selection::Step(id)) => canvas.step(id).map(|s| format!("{}: {}", lang.tr(BlueprintText::Step), s.name)).unwrap_or_default(),
        Some(Selection::Lane(key)) => {
            canvas.lane(key).map(|l| format!("{}: {}", lang.tr(BlueprintText::Lane), lane_name(lang, l))).unwrap_or_default()
        }
        _ => String::new(),
    }
}

#[function_component(Grid)]
pub fn grid(props: &GridProps) -> Html {
    let lang = use_lang();
    let scroller = use_node_ref();
    let surface = use_node_ref();
    // The surface is exactly as tall as what is drawn; the `<svg>` in it is taller (its height
    // changes in steps, see `drawing_height`) and the rest of it is clipped (`overflow: clip`,
    // which unlike `hidden` makes no scroll container that focusing the in-place editor could
    // scroll), so no empty band shows below the last lane. Set through the CSSOM: the CSP
    // refuses style attributes.
    {
        let surface = surface.clone();
        let height = props.layout.height;
        use_effect_with(height.to_bits(), move |_| {
            if let Some(element) = surface.cast::<web_sys::HtmlElement>() {
                let _ = element.style().set_property("height", &format!("{height:.0}px"));
            }
        });
    }
    {
        let (scroller, layout) = (scroller.clone(), props.layout.clone());
        use_effect_with(props.selected, move |selected| {
            if let (Some(selected), Some(element)) = (selected, scroller.cast::<web_sys::Element>()) {
                if let Some(rect) = area(&layout, *selected) {
                    scroll_into_view(&element, rect);
                }
            }
        });
    }
    let new_card = lang.tr(BlueprintText::NewCard);
    let Pointer { handlers, drag } = use_grid_pointer(&scroller, &surface, &props.layout, props.connecting, &props.on_action, new_card);
    let onkeydown = on_key(props, &scroller, new_card.to_owned());

    let (layout, canvas) = (&props.layout, &props.canvas);
    // Cards are drawn in one group per lane, placed relative to their lane: when a lane grows,
    // only the groups below move, and the cards in them keep their props and are not redrawn.
    let lane_groups = layout.lanes.iter().map(|band| {
        let in_lane = layout.cards.iter().filter(|placed| canvas.cards.get(placed.index).is_some_and(|c| c.lane == band.key));
        let cards = in_lane.map(|placed| {
            html! {
                <CardView key={placed.id.0} canvas={props.canvas.clone()} org={props.org.clone()}
                    placed={CardBox { y: placed.y - band.y, ..*placed }}
                    selected={props.selected == Some(Selection::Card(placed.id))}
                    touchpoint={props.touchpoints.contains(&placed.id)}
                    source={props.connecting == Some(placed.id)} />
            }
        });
        html! {
            <g key={band.index} class="bp-lane-cards" transform={format!("translate(0 {:.1})", band.y)}>{ for cards }</g>
        }
    });
    let editor = props.editing.and_then(|editing| grid_editor(lang, &props.canvas, layout, editing, &scroller, &props.on_action));
    let ghost = drag.as_ref().map(|d| {
        let text = canvas.card(d.card).map(|c| c.text.clone()).unwrap_or_default();
        html! {
            <g class="bp-ghost" transform={format!("translate({:.1} {:.1})", d.at.0 - 40.0, d.at.1 - 14.0)}>
                <rect width="164" height="28" rx="6" />
                <text x="8" y="18">{ text }</text>
            </g>
        }
    });
    let drop_outline = drag.as_ref().and_then(|d| d.target).map(|(step, lane, _)| selection_outline(layout, Some(Selection::Cell { step, lane })));
    let active = match props.selected {
        Some(Selection::Card(id)) => Some(card_dom_id(id)),
        _ => None,
    };
    let status = status(lang, canvas, props.selected);
    html! {
        <div ref={scroller} class={classes!("bp-scroller", props.connecting.is_some().then_some("connecting"), drag.is_some().then_some("dragging"))}
            tabindex="0" role="application"
            aria-label={lang.trf(BlueprintText::GridLabel, &[&canvas.steps.len().to_string(), &canvas.lanes.len().to_string()])}
            aria-activedescendant={active}
            onpointerdown={handlers.onpointerdown} onpointermove={handlers.onpointermove} onpointerup={handlers.onpointerup}
            onpointercancel={handlers.onpointercancel} ondblclick={handlers.ondblclick} {onkeydown}>
            <div ref={surface} class="bp-surface">
                <svg class="bp-svg" xmlns="http://www.w3.org/2000/svg" width={format!("{:.0}", layout.width)} height={format!("{:.0}", drawing_height(layout.height))}>
                    <Backdrop canvas={props.canvas.clone()} layout={props.layout.clone()} summary={props.summary.clone()} />
                    { selection_outline(layout, props.selected) }
                    { for lane_groups }
                    { for drop_outline }
                    { for ghost }
                </svg>
                { for editor }
            </div>
            <p class="visually-hidden" aria-live="polite">{ status }</p>
        </div>
    }
}
