//! The interactive org chart: the drawing in a pannable, zoomable viewport with keyboard
//! navigation, drag-to-reparent and renaming in place. The camera (`chart_camera`) and
//! pointers (`chart_pointer`) are hooks of their own; what keys and drops mean is decided by
//! `interaction::org_chart`, tested natively.

use super::chart_body::{box_dom_id, ChartBody};
use super::chart_camera::{use_chart_camera, Camera};
use super::chart_pointer::use_chart_pointer;
use crate::i18n::OrgText;
use crate::interaction::org_chart::{chart_key, ChartAction, ChartKey, Window, ZOOM_STEP};
use crate::model::org::layout::{ChartLayout, BOX_HEIGHT, BOX_WIDTH};
use crate::model::org::{OrgCanvas, OrgCommand, MAX_FIELD_CHARS};
use crate::model::ItemId;
use crate::ui::browser::{aimed_at, key_press};
use crate::ui::use_lang;
use crate::ui::widgets::field::Check;
use crate::ui::widgets::inline_edit::{Edited, InlineEdit, Place};
use crate::ui::widgets::pointer::PointerHandlers;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub org: Rc<OrgCanvas>,
    pub layout: Rc<ChartLayout>,
    pub selected: Option<ItemId>,
    pub editing: Option<ItemId>,
    /// Bumped to bring the selected position into view (a check's "Show").
    pub reveal: u32,
    /// Bumped to fit the whole chart (after a template or an import).
    pub fit: u32,
    pub on_action: Callback<ChartAction>,
}

/// Below this scale the boxes' text is too small to read and is not drawn (a much cheaper
/// frame when the whole of a large chart is in view).
const TEXT_SCALE: f64 = 0.45;

/// Keys pressed on the viewport itself (not in the rename field), as `chart_key` reads them.
fn on_key(props: &ChartProps, viewport: &NodeRef, camera: &Camera, new_title: String) -> Callback<KeyboardEvent> {
    let (viewport, camera, org, layout, on_action, selected) =
        (viewport.clone(), camera.clone(), props.org.clone(), props.layout.clone(), props.on_action.clone(), props.selected);
    Callback::from(move |e: KeyboardEvent| {
        if !aimed_at(&e, &viewport) {
            return;
        }
        match chart_key(&org, &layout, selected, &key_press(&e), &new_title) {
            ChartKey::Ignored => return,
            ChartKey::Fit => camera.fit(),
            ChartKey::Zoom(factor) => camera.zoom_by(factor),
            ChartKey::Pan(dx, dy) => camera.pan_by(dx, dy),
            ChartKey::Act(action) => on_action.emit(action),
            ChartKey::Nothing => {}
        }
        e.prevent_default();
    })
}

#[function_component(OrgChart)]
pub fn org_chart(props: &ChartProps) -> Html {
    let lang = use_lang();
    let viewport = use_node_ref();
    let camera = use_chart_camera(&viewport, &props.layout, props.fit, props.selected, props.reveal);
    let pointer = use_chart_pointer(&viewport, &camera.view, &props.org, &props.layout, &props.on_action);
    let onkeydown = on_key(props, &viewport, &camera, lang.tr(OrgText::NewPosition).to_owned());
    let view = *camera.view;
    let drag = pointer.drag;

    let editor = props.editing.and_then(|id| Some((props.org.position(id)?, props.layout.box_of(id)?))).map(|(position, placed)| {
        let (org, on_action, viewport) = (props.org.clone(), props.on_action.clone(), viewport.clone());
        let id = position.id;
        let on_done = Callback::from(move |edited: Edited| {
            if let Some(element) = viewport.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            on_action.emit(ChartAction::Edit(None));
            let details = org.position(id).map(|p| p.details.clone());
            if let (Some(title), Some(details)) = (edited.text, details) {
                on_action
                    .emit(ChartAction::Command(OrgCommand::EditDetails { id, details: crate::model::org::PositionDetails { title, ..details } }));
            }
        });
        let screen = (placed.x * view.scale + view.x, placed.y * view.scale + view.y);
        html! {
            <InlineEdit key={id.0} initial={position.details.title.clone()} label={lang.tr(OrgText::EditTitleLabel)}
                check={Check::text(MAX_FIELD_CHARS)} place={Place { x: screen.0, y: screen.1, width: BOX_WIDTH * view.scale }} {on_done} />
        }
    });
    let ghost = drag.as_ref().map(|d| {
        let title = props.org.position(d.id).map(|p| p.details.title.clone()).unwrap_or_default();
        html! {
            <g class="org-ghost" transform={format!("translate({:.1} {:.1})", d.at.0 - BOX_WIDTH / 2.0, d.at.1 - BOX_HEIGHT / 2.0)}>
                <rect width={BOX_WIDTH.to_string()} height={BOX_HEIGHT.to_string()} rx="8" />
                <text x="10" y="24">{ title }</text>
            </g>
        }
    });
    let zoom = |factor: f64| {
        let camera = camera.clone();
        Callback::from(move |_| camera.zoom_by(factor))
    };
    let (zoom_in, zoom_out) = (zoom(ZOOM_STEP), zoom(1.0 / ZOOM_STEP));
    let fit = {
        let camera = camera.clone();
        Callback::from(move |_| camera.fit())
    };
    let count = props.org.positions.len().to_string();
    let size = camera.size;
    let window = (size.0 > 0.0).then(|| Window::around(view.x, view.y, view.scale, size.0, size.1));
    let PointerHandlers { onpointerdown, onpointermove, onpointerup, onpointercancel, ondblclick } = pointer.handlers;
    html! {
        <div class="org-chart-frame">
            <div ref={viewport} class={classes!("org-viewport", drag.is_some().then_some("dragging"))} tabindex="0" role="tree"
                aria-label={lang.trf(OrgText::ChartLabel, &[&count])}
                aria-activedescendant={props.selected.map(box_dom_id)}
                {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {ondblclick} {onkeydown}>
                // The drawing itself is no part of the tree: only the positions' boxes are.
                <svg class={classes!("org-svg", (view.scale < TEXT_SCALE).then_some("far"))} xmlns="http://www.w3.org/2000/svg" role="none">
                    <g role="none" transform={format!("translate({:.2} {:.2}) scale({:.4})", view.x, view.y, view.scale)}>
                        <ChartBody org={props.org.clone()} layout={props.layout.clone()} selected={props.selected}
                            drop={drag.as_ref().and_then(|d| d.mark)} {window} />
                        { for ghost }
                    </g>
                </svg>
            </div>
            // A fixed slot, so the frame always has the same children and the viewport (which
            // holds the keyboard focus) is never rebuilt when renaming starts or ends.
            <div class="inline-edit-slot">{ for editor }</div>
            <div class="zoom-controls">
                <button class="button small" aria-label={lang.tr(OrgText::ZoomOut)} title={lang.tr(OrgText::ZoomOut)} onclick={zoom_out}>{ "−" }</button>
                <span class="zoom-level" aria-live="polite">{ format!("{:.0}%", view.scale * 100.0) }</span>
                <button class="button small" aria-label={lang.tr(OrgText::ZoomIn)} title={lang.tr(OrgText::ZoomIn)} onclick={zoom_in}>{ "+" }</button>
                <button class="button small" onclick={fit}>{ lang.tr(OrgText::FitView) }</button>
            </div>
        </div>
    }
}
