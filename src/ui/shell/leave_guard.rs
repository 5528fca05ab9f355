//! Leaving a project whose edits are not stored (storage full, or another tab owns a newer
//! version) never loses them without a word: "← Projects" asks first (keep editing, export,
//! or leave with the edits kept in this tab only), the browser's own prompt guards closing or
//! reloading the tab, and an editor that closes anyway hands its session to `unsaved`, so
//! reopening the project in this tab brings it back.

use super::autosave::SaveJob;
use super::editor_state::EditorState;
use super::unsaved::{self, Kept};
use crate::i18n::{Lang, Text};

use crate::ui::widgets::dialog::{Dialog, DialogButton};
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the "leave without saving?" question is open.
#[derive(Clone)]
pub struct Leave {
    pub ask: UseStateHandle<bool>,
}

impl Leave {
    pub fn stay(&self) -> Callback<()> {
        let ask = self.ask.clone();
        Callback::from(move |_| ask.set(false))
    }
}

#[hook]
pub fn use_leave_guard(job: &Rc<RefCell<SaveJob>>, state: &UseReducerHandle<EditorState>) -> Leave {
    let ask = use_state(|| false);
    // The newest state, for the moment the editor closes.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let job = job.clone();
    use_effect_with((), move |_| {
        let guard = web_sys::window().map(|window| {
            let job = job.clone();
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "beforeunload", options, move |event| {
                // Only what a last write cannot store needs the browser's question.
                let _ = job.borrow_mut().flush();
                if job.borrow().is_dirty() {
                    event.prevent_default();
                    let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"unsaved".into());
                }
            })
        });
        move || {
            drop(guard);
            let _ = job.borrow_mut().flush();
            let job = job.borrow();
            if job.is_dirty() {
                let session = (*latest.borrow().session).clone();
                unsaved::keep(job.id().clone(), Kept { session, revision: job.revision() });
            }
        }
    });
    Leave { ask }
}

/// Where the leave dialog's buttons go.
pub struct LeaveDialogProps {
    pub on_stay: Callback<()>,
    pub on_export: Callback<()>,
    pub on_leave: Callback<()>,
}

pub fn leave_dialog(lang: Lang, props: &LeaveDialogProps) -> Html {
    let export = {
        let (on_export, on_stay) = (props.on_export.clone(), props.on_stay.clone());
        Callback::from(move |_| {
            on_export.emit(());
            on_stay.emit(());
        })
    };
    let buttons = vec![
        DialogButton { label: lang.tr(Text::KeepEditing).into(), primary: true, danger: false, onclick: props.on_stay.clone() },
        DialogButton { label: lang.tr(Text::ExportJson).into(), primary: false, danger: false, onclick: export },
        DialogButton { label: lang.tr(Text::LeaveUnsaved).into(), primary: false, danger: true, onclick: props.on_leave.clone() },
    ];
    html! {
        <Dialog title={lang.tr(Text::UnsavedTitle)} message={lang.tr(Text::UnsavedBody)} {buttons} on_cancel={props.on_stay.clone()} />
    }
}
