//! What happens around the open editor while it is open: the page being hidden or left
//! (write what is pending at once), another tab writing this project (reload quietly when this
//! tab has nothing unsaved, otherwise stop saving and let the user choose), and Ctrl/⌘+Z,
//! Ctrl/⌘+Shift+Z and Ctrl+Y outside text fields. The editor closing writes what is pending.

use super::autosave::{flush_and_report, Job};
use super::editor_state::{EditorAction, EditorState};
use crate::i18n::{Lang, Text};
use crate::storage::{keys, StorageError};
use crate::ui::browser;
use crate::ui::widgets::toast::{Toast, Toaster};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// True when keyboard focus is in a text field, whose own undo must keep working.
fn typing_in_field(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable())
}

/// What another tab's write means for this one.
fn on_other_tab_write(job: &Job, dispatcher: &UseReducerDispatcher<EditorState>, toaster: &Toaster, lang: Lang) {
    let (store, id) = {
        let job = job.borrow();
        (job.store().clone(), job.id().clone())
    };
    let Ok(theirs) = store.revision(&id) else { return };
    let (mine, dirty) = {
        let job = job.borrow();
        (job.revision(), job.is_dirty())
    };
    if theirs == mine {
        return;
    }
    let exists = theirs > 0;
    if dirty || !exists {
        job.borrow_mut().halt();
        let found = exists.then_some(theirs);
        dispatcher.dispatch(EditorAction::SaveDone(Err(StorageError::Conflict { expected: Some(mine), found })));
        return;
    }
    if let Ok(loaded) = store.load(&id) {
        job.borrow_mut().adopt(loaded.revision);
        dispatcher.dispatch(EditorAction::Reset(loaded.project));
        toaster.show(Toast::text(lang.tr(Text::ReloadedFromOtherTab)));
    }
}

/// The undo/redo keys, outside text fields.
fn history_key(event: &web_sys::Event) -> Option<EditorAction> {
    let key = event.dyn_ref::<web_sys::KeyboardEvent>()?;
    if !(key.ctrl_key() || key.meta_key()) || key.alt_key() || typing_in_field(event) {
        return None;
    }
    match (key.key().to_ascii_lowercase().as_str(), key.shift_key()) {
        ("z", false) => Some(EditorAction::Undo(browser::now())),
        ("z", true) | ("y", false) => Some(EditorAction::Redo(browser::now())),
        _ => None,
    }
}

#[hook]
pub fn use_page_watch(job: &Job, dispatcher: &UseReducerDispatcher<EditorState>, toaster: &Toaster, lang: Lang) {
    let (job, dispatcher, toaster) = (job.clone(), dispatcher.clone(), toaster.clone());
    use_effect_with(lang, move |lang| {
        let lang = *lang;
        let window = web_sys::window();
        let document = window.as_ref().and_then(|w| w.document());
        let mut listeners = Vec::new();
        if let Some(window) = &window {
            let (j, d) = (job.clone(), dispatcher.clone());
            listeners.push(EventListener::new(window, "pagehide", move |_| flush_and_report(&j, &d)));
            let (j, d, t) = (job.clone(), dispatcher.clone(), toaster.clone());
            listeners.push(EventListener::new(window, "storage", move |event| {
                let key = event.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                // The index changes with every save; `None` means storage was cleared.
                if key.as_deref().is_none_or(|k| k == keys::INDEX) {
                    on_other_tab_write(&j, &d, &t, lang);
                }
            }));
        }
        if let Some(document) = &document {
            let (j, d, doc) = (job.clone(), dispatcher.clone(), document.clone());
            listeners.push(EventListener::new(document, "visibilitychange", move |_| {
                if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                    flush_and_report(&j, &d);
                }
            }));
            let d = dispatcher.clone();
            let active = EventListenerOptions::enable_prevent_default();
            listeners.push(EventListener::new_with_options(document, "keydown", active, move |event| {
                if let Some(action) = history_key(event) {
                    event.prevent_default();
                    d.dispatch(action);
                }
            }));
        }
        move || {
            drop(listeners);
            let _ = job.borrow_mut().flush();
        }
    });
}
