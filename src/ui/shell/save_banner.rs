//! The red banner under the top bar while the project is not saved: what went wrong and what
//! the user can do — export, retry, or, when another tab saved or deleted the project, load
//! that version or keep this tab's as a new project. It stays until a save succeeds.

use super::autosave::{flush_and_report, Job};
use super::editor_state::{EditorAction, EditorState, SaveStatus};
use crate::i18n::{Lang, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::model::project::normalize_name;
use crate::model::Project;
use crate::storage::StorageError;
use crate::ui::browser;
use crate::ui::widgets::toast::{Toast, Toaster};
use yew::prelude::*;

/// What the banner's buttons do.
pub struct BannerActions {
    /// Try the write again (after making room).
    pub retry: Callback<()>,
    /// Take the version another tab stored, dropping this tab's edits.
    pub load_theirs: Callback<()>,
    /// Store this tab's version as a new project and open it.
    pub keep_mine: Callback<()>,
}

pub fn banner_actions(
    job: &Job,
    dispatcher: &UseReducerDispatcher<EditorState>,
    project: &Project,
    navigate: &Callback<Route>,
    toaster: &Toaster,
    lang: Lang,
) -> BannerActions {
    let retry = {
        let (job, d) = (job.clone(), dispatcher.clone());
        Callback::from(move |_: ()| flush_and_report(&job, &d))
    };
    let load_theirs = {
        let (job, d, navigate) = (job.clone(), dispatcher.clone(), navigate.clone());
        Callback::from(move |_: ()| match job.borrow().store().load(job.borrow().id()) {
            Ok(loaded) => {
                job.borrow_mut().adopt(loaded.revision);
                d.dispatch(EditorAction::Reset(loaded.project));
            }
            Err(_) => navigate.emit(Route::ProjectList),
        })
    };
    let keep_mine = {
        let (job, project, navigate, toaster) = (job.clone(), project.clone(), navigate.clone(), toaster.clone());
        Callback::from(move |_: ()| {
            let mut copy = project.clone();
            copy.name = normalize_name(&lang.trf(Text::CopyOf, &[&project.name])).unwrap_or(copy.name);
            let added = job.borrow().store().add_as_new(copy, browser::now());
            match added {
                Ok(saved) => {
                    job.borrow_mut().abandon();
                    navigate.emit(Route::Project { id: saved.project.id, tab: CanvasTab::default() });
                }
                Err(error) => toaster.show(Toast::text(error.describe(lang))),
            }
        })
    };
    BannerActions { retry, load_theirs, keep_mine }
}

/// The save status and where the banner's buttons go.
pub struct SaveBannerProps {
    pub status: SaveStatus,
    pub on_export: Callback<()>,
    pub on_retry: Callback<()>,
    pub on_load_theirs: Callback<()>,
    pub on_keep_mine: Callback<()>,
}

pub fn save_banner(lang: Lang, props: &SaveBannerProps) -> Html {
    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    match &props.status {
        SaveStatus::Failed(StorageError::Conflict { found, .. }) => html! {
            <div class="banner error" role="alert">
                <p>{ lang.tr(if found.is_some() { Text::NotSavedConflict } else { Text::ProjectGone }) }</p>
                <p>{ lang.tr(Text::ConflictHelp) }</p>
                if found.is_some() {
                    <button class="button" onclick={click(&props.on_load_theirs)}>{ lang.tr(Text::LoadTheirs) }</button>
                }
                <button class="button primary" onclick={click(&props.on_keep_mine)}>{ lang.tr(Text::KeepMineAsCopy) }</button>
            </div>
        },
        SaveStatus::Failed(error) => html! {
            <div class="banner error" role="alert">
                <p>{ lang.tr(error.status_text()) }</p>
                <button class="button primary" onclick={click(&props.on_export)}>{ lang.tr(Text::ExportJson) }</button>
                <button class="button" onclick={click(&props.on_retry)}>{ lang.tr(Text::RetrySave) }</button>
            </div>
        },
        SaveStatus::Saved(_) | SaveStatus::Saving => Html::default(),
    }
}
