//! The pop-up menus (File, the timer, each canvas's Export) are `<details>` elements, which
//! the browser opens and closes on their summary only. This makes them behave like menus:
//! a press outside an open menu closes it, and Escape closes it and gives the focus back to
//! its button. One listener pair serves every menu.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The menus this applies to, while open.
const OPEN_MENUS: &str = "details.file-menu[open], details.timer-menu[open], details.export-menu[open]";

fn open_menus(document: &web_sys::Document) -> Vec<web_sys::Element> {
    let Ok(list) = document.query_selector_all(OPEN_MENUS) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()).collect()
}

fn close(menu: &web_sys::Element, focus_button: bool) {
    let _ = menu.remove_attribute("open");
    if focus_button {
        if let Some(summary) = menu.query_selector("summary").ok().flatten().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = summary.focus();
        }
    }
}

fn target_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

#[hook]
pub fn use_menu_dismissal() {
    use_effect_with((), |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let listeners = document.map(|document| {
            let capture = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
            let doc = document.clone();
            let press = EventListener::new_with_options(&document, "pointerdown", capture, move |event| {
                let inside = target_element(event).and_then(|t| t.closest("details").ok().flatten());
                for menu in open_menus(&doc) {
                    if inside.as_ref() != Some(&menu) {
                        close(&menu, false);
                    }
                }
            });
            let doc = document.clone();
            let keys = EventListener::new(&document, "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if key.key() != "Escape" {
                    return;
                }
                let inside = target_element(event).and_then(|t| t.closest(OPEN_MENUS).ok().flatten());
                if let Some(menu) = inside.or_else(|| open_menus(&doc).into_iter().next()) {
                    key.stop_propagation();
                    close(&menu, true);
                }
            });
            [press, keys]
        });
        move || drop(listeners)
    });
}
