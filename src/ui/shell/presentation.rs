//! Presentation mode: one canvas, full screen where the browser allows, no editing chrome.
//! ←/→ (or PageUp/PageDown) step through the canvases; Escape, or leaving full screen by the
//! browser's own means, ends it.

use crate::interaction::route::Route;
use crate::model::ProjectId;
use crate::ui::browser;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether the editor is presenting, and the two ways in and out of it.
pub struct Presentation {
    pub on: bool,
    pub start: Callback<()>,
    pub stop: Callback<MouseEvent>,
}

fn step_of(key: &str) -> Option<isize> {
    match key {
        "ArrowRight" | "PageDown" => Some(1),
        "ArrowLeft" | "PageUp" => Some(-1),
        _ => None,
    }
}

#[hook]
pub fn use_presentation(navigate: &Callback<Route>, id: &ProjectId) -> Presentation {
    let presenting = use_state(|| false);
    {
        let (on, presenting, navigate, id) = (*presenting, presenting.clone(), navigate.clone(), id.clone());
        use_effect_with(on, move |_| {
            let mut listeners = Vec::new();
            let document = web_sys::window().and_then(|w| w.document());
            if let (true, Some(document)) = (on, document) {
                let active = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
                let leave = presenting.clone();
                listeners.push(EventListener::new_with_options(&document, "keydown", active, move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if key.key() == "Escape" {
                        return leave.set(false);
                    }
                    let Some(step) = step_of(&key.key()) else { return };
                    key.prevent_default();
                    key.stop_propagation();
                    // The tab shown now, read from the address (a key can come before this
                    // listener would have been renewed for a new tab).
                    if let Route::Project { tab, .. } = Route::from_fragment(&browser::fragment()) {
                        navigate.emit(Route::Project { id: id.clone(), tab: tab.stepped(step) });
                    }
                }));
                let doc = document.clone();
                listeners.push(EventListener::new(&document, "fullscreenchange", move |_| {
                    if doc.fullscreen_element().is_none() {
                        presenting.set(false);
                    }
                }));
            }
            move || drop(listeners)
        });
    }
    let start = {
        let presenting = presenting.clone();
        Callback::from(move |_: ()| {
            presenting.set(true);
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                // Full screen is a nicety: refused (no user gesture, iframes) it still presents.
                let _ = root.request_fullscreen();
            }
        })
    };
    let stop = {
        let presenting = presenting.clone();
        Callback::from(move |_: MouseEvent| {
            presenting.set(false);
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                }
            }
        })
    };
    Presentation { on: *presenting, start, stop }
}
