//! The open project's edit session (document and undo history, in the editor's reducer) and
//! its save job: what this tab kept unsaved when the project was last closed comes back first
//! (see `unsaved`), otherwise the version just loaded from storage.

use super::autosave::{Job, SaveJob};
use super::editor_state::EditorState;
use super::unsaved;
use crate::storage::Loaded;
use std::cell::RefCell;
use yew::prelude::*;

#[hook]
pub fn use_edit_session(loaded: &Loaded) -> (UseReducerHandle<EditorState>, Job) {
    let kept = use_memo((), |_| RefCell::new(unsaved::take(&loaded.project.id)));
    // Read before the reducer takes the kept session: the job continues from its revision.
    let based_on = kept.borrow().as_ref().map_or(loaded.revision, |k| k.revision);
    let state = {
        let (project, kept) = (loaded.project.clone(), kept.clone());
        use_reducer(move || match kept.borrow_mut().take() {
            Some(kept) => EditorState::restored(kept.session),
            None => EditorState::new(project),
        })
    };
    let id = loaded.project.id.clone();
    let job = use_mut_ref(move || SaveJob::new(id, based_on));
    (state, job)
}
