//! What the project list does to a stored project: create one (empty or the sample), and the
//! row actions — open, rename, duplicate, export, download the raw text, ask to delete.

use super::super::project_row::RowAction;
use crate::i18n::{describe_model_error, describe_name_error, Lang, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::model::project::normalize_name;
use crate::model::sample::sample_project;
use crate::model::{apply, Command, Outcome, Project, ProjectId, Timestamp};
use crate::persist::{encode_project, export_file_name};
use crate::ui::browser;
use crate::ui::store::Store;

pub fn open_route(id: ProjectId) -> Route {
    Route::Project { id, tab: CanvasTab::default() }
}

/// Stores a new project named `typed` (the default name when blank; the sample's content when
/// `sample`), and says where to go, or why not.
pub fn create(store: &Store, lang: Lang, typed: &str, sample: bool) -> Result<Route, String> {
    let typed = if typed.trim().is_empty() { lang.tr(Text::DefaultProjectName) } else { typed };
    let name = normalize_name(typed).map_err(|e| describe_name_error(lang, &e))?;
    let now = browser::now();
    let project = Project::new(ProjectId::generate(now.0, 0), name, now);
    let project = if sample { sample_project(project, lang == Lang::ZhCn) } else { project };
    store.add_as_new(project, now).map(|loaded| open_route(loaded.project.id)).map_err(|e| e.describe(lang))
}

fn rename(store: &Store, lang: Lang, id: &ProjectId, name: String, now: Timestamp) -> Result<(), String> {
    let loaded = store.load(id).map_err(|e| e.to_string())?;
    match apply(&loaded.project, &Command::RenameProject { name }) {
        Ok(Outcome::Changed(mut renamed)) => {
            renamed.updated = now;
            store.save(&renamed, loaded.revision, now).map(drop).map_err(|e| e.describe(lang))
        }
        Ok(Outcome::Unchanged) => Ok(()),
        Err(e) => Err(describe_model_error(lang, &e)),
    }
}

/// What a row's action does to the store; `open` and `ask_delete` are how the list navigates
/// and asks before deleting.
pub fn run(store: &Store, lang: Lang, action: RowAction, open: impl Fn(ProjectId), ask_delete: impl Fn(ProjectId, String)) -> Result<(), String> {
    let now = browser::now();
    match action {
        RowAction::Open(id) => {
            open(id);
            Ok(())
        }
        RowAction::Delete(id, name) => {
            ask_delete(id, name);
            Ok(())
        }
        RowAction::Rename(id, name) => rename(store, lang, &id, name, now),
        RowAction::Duplicate(id) => store.load(&id).map_err(|e| e.to_string()).and_then(|loaded| {
            let mut copy = loaded.project;
            copy.name = normalize_name(&lang.trf(Text::CopyOf, &[&copy.name])).unwrap_or(copy.name);
            copy.created = now;
            store.add_as_new(copy, now).map(drop).map_err(|e| e.describe(lang))
        }),
        RowAction::Export(id) => store.load(&id).map_err(|e| e.to_string()).and_then(|loaded| {
            let text = encode_project(&loaded.project, now);
            browser::download_text(&export_file_name(&loaded.project.name), "application/json", &text)
        }),
        RowAction::DownloadRaw(id) => match store.raw(&id) {
            Ok(Some(raw)) => browser::download_text(&format!("{id}-raw.json"), "application/json", &raw),
            Ok(None) => Ok(()),
            Err(e) => Err(e.describe(lang)),
        },
    }
}
