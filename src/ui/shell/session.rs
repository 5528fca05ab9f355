//! The open project's edit session (document and undo history, in the editor's reducer) and
//! its save job: what this tab kept unsaved when the project was last closed comes back first
//! (see `unsaved`), otherwise the version just loaded from storage — which, if opening it
//! needed repairs, the user is told of and which is saved repaired.

use super::autosave::{Job, SaveJob};
use super::editor_state::EditorState;
use super::unsaved;
use crate::i18n::describe_repairs;
use crate::model::{EditSession, IdSpace};
use crate::storage::Loaded;
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::use_lang;
use crate::ui::widgets::toast::{use_toaster, Toast};
use std::cell::RefCell;
use yew::prelude::*;

#[hook]
pub fn use_edit_session(loaded: &Loaded) -> (UseReducerHandle<EditorState>, Job) {
    let kept = use_memo((), |_| RefCell::new(unsaved::take(&loaded.project.id)));
    // Read before the reducer takes the kept session: the job continues from its revision.
    let based_on = kept.borrow().as_ref().map_or(loaded.revision, |k| k.revision);
    let state = {
        let (project, kept) = (loaded.project.clone(), kept.clone());
        let repaired = loaded.repaired.total() > 0;
        use_reducer(move || {
            // Each editor mints ids in its own random space, so two tabs or two devices
            // editing copies of this project never create the same id.
            let fresh = || EditSession::in_space(project, IdSpace::from_random(browser::random_u32()));
            match kept.borrow_mut().take() {
                Some(kept) => EditorState::restored(kept.session),
                // A stored copy that needed repair is saved repaired, so it is repaired (and
                // the user told) once.
                None if repaired => EditorState::restored(fresh()),
                None => EditorState::new(fresh()),
            }
        })
    };
    let id = loaded.project.id.clone();
    let store = use_store();
    let job = use_mut_ref(move || SaveJob::new(store, id, based_on));
    {
        let (toaster, lang, repaired) = (use_toaster(), use_lang(), loaded.repaired);
        use_effect_with((), move |_| {
            if repaired.total() > 0 {
                toaster.show(Toast::text(describe_repairs(lang, &repaired)));
            }
        });
    }
    (state, job)
}
