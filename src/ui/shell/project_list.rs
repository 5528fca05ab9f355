//! The home page: create, import and manage projects. A first visit shows what the four
//! canvases are for. Deleted projects go to the session's trash (undo from the toast or the
//! trash list). Shows how much local storage the projects use and whether it is persistent,
//! and refreshes when another tab changes storage.

use super::import::ImportZone;
use super::project_row::{ProjectRow, RowAction};
use crate::i18n::{describe_name_error, format_bytes, Lang, Text};
use crate::model::project::normalize_name;
use crate::model::sample::sample_project;
use crate::model::{Command, Outcome, Project, ProjectId};
use crate::persist::{encode_project, export_file_name};
use crate::route::{CanvasTab, Route};
use crate::storage::local::{open_store, storage_is_persistent, LocalStorageKv};
use crate::storage::{keys, Prefs, Trashed};
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::lang_switch::LangSwitch;
use crate::ui::widgets::shortcut_help::ShortcutHelp;
use crate::ui::widgets::theme_switch::ThemeSwitch;
use crate::ui::widgets::toast::{use_toaster, Toast, ToastAction};
use crate::ui::{browser, use_lang, use_refresh};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

/// Roughly what browsers allow one origin in localStorage (5 Mi UTF-16 code units).
const LOCAL_STORAGE_UNITS: usize = 5 * 1024 * 1024;

/// Changes to the session's trash (kept by the app, so it outlives the list), sent up by the list.
pub enum TrashChange {
    Add(Trashed),
    Remove(ProjectId),
}

#[derive(Properties, PartialEq)]
pub struct ProjectListProps {
    pub navigate: Callback<Route>,
    pub on_lang: Callback<Lang>,
    pub trash: Rc<Vec<Trashed>>,
    pub on_trash: Callback<TrashChange>,
}

fn open_route(id: ProjectId) -> Route {
    Route::Project { id, tab: CanvasTab::default() }
}

#[function_component(ProjectList)]
pub fn project_list(props: &ProjectListProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let (version, refresh) = use_refresh();
    let listing = use_memo(version, |_| {
        open_store().and_then(|store| {
            let listing = store.list()?;
            // A few kilobytes is less than any edit needs: without them nothing saves.
            let full = store.has_room(4096) == Ok(false);
            Ok((listing, full))
        })
    });
    let create_input = use_node_ref();
    let create_error = use_state(|| None::<String>);
    let pending_delete = use_state(|| None::<(ProjectId, String)>);
    let persistent = use_state(|| None::<bool>);

    {
        let refresh = refresh.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    // Another tab's room probe changes nothing listed; refreshing on it would
                    // probe here in turn, and two open lists would wake each other for ever.
                    let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event).and_then(|e| e.key());
                    if key.as_deref() != Some(keys::PROBE) {
                        refresh.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let persistent = persistent.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let kv = LocalStorageKv::open().ok();
                let ask = kv.as_ref().is_some_and(|kv| !Prefs::load(kv).persist_requested);
                let granted = browser::storage_persistence(ask).await;
                if let (true, Some(kv)) = (ask, kv) {
                    // Read again after the wait: the language may have changed meanwhile.
                    let mut prefs = Prefs::load(&kv);
                    prefs.persist_requested = true;
                    let _ = prefs.save(&kv);
                }
                persistent.set(Some(granted));
            });
        });
    }

    let on_create = {
        let (input, error, navigate) = (create_input.clone(), create_error.clone(), props.navigate.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let typed = if typed.trim().is_empty() { lang.tr(Text::DefaultProjectName).to_owned() } else { typed };
            let name = match normalize_name(&typed) {
                Ok(name) => name,
                Err(e) => return error.set(Some(describe_name_error(lang, &e))),
            };
            let now = browser::now();
            let project = Project::new(ProjectId::generate(now.0, 0), name, now);
            match open_store().and_then(|store| store.add_as_new(project, now)) {
                Ok(loaded) => navigate.emit(open_route(loaded.project.id)),
                Err(e) => error.set(Some(e.describe(lang))),
            }
        })
    };

    let on_sample = {
        let (error, navigate) = (create_error.clone(), props.navigate.clone());
        Callback::from(move |_: MouseEvent| {
            let now = browser::now();
            let empty = Project::new(ProjectId::generate(now.0, 0), lang.tr(Text::SampleName).to_owned(), now);
            let sample = sample_project(empty, lang == Lang::ZhCn);
            match open_store().and_then(|store| store.add_as_new(sample, now)) {
                Ok(loaded) => navigate.emit(open_route(loaded.project.id)),
                Err(e) => error.set(Some(e.describe(lang))),
            }
        })
    };

    let on_action = {
        let (navigate, refresh, toaster, pending_delete) = (props.navigate.clone(), refresh.clone(), toaster.clone(), pending_delete.clone());
        Callback::from(move |action: RowAction| {
            let store = match open_store() {
                Ok(store) => store,
                Err(e) => return toaster.show(Toast::text(e.describe(lang))),
            };
            let now = browser::now();
            let result: Result<(), String> = match action {
                RowAction::Open(id) => {
                    navigate.emit(open_route(id));
                    Ok(())
                }
                RowAction::Delete(id, name) => {
                    pending_delete.set(Some((id, name)));
                    Ok(())
                }
                RowAction::Rename(id, name) => store.load(&id).map_err(|e| e.to_string()).and_then(|loaded| {
                    match crate::model::apply(&loaded.project, &Command::RenameProject { name }) {
                        Ok(Outcome::Changed(mut renamed)) => {
                            renamed.updated = now;
                            store.save(&renamed, loaded.revision, now).map(drop).map_err(|e| e.describe(lang))
                        }
                        Ok(Outcome::Unchanged) => Ok(()),
                        Err(e) => Err(crate::i18n::describe_model_error(lang, &e)),
                    }
                }),
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
            };
            if let Err(message) = result {
                toaster.show(Toast::text(message));
            }
            refresh.emit(());
        })
    };

    let restore = {
        let (on_trash, refresh, toaster) = (props.on_trash.clone(), refresh.clone(), toaster.clone());
        Callback::from(move |item: Trashed| {
            match open_store().and_then(|store| store.restore(&item)) {
                Ok(()) => on_trash.emit(TrashChange::Remove(item.id.clone())),
                Err(e) => toaster.show(Toast::text(e.describe(lang))),
            }
            refresh.emit(());
        })
    };

    let delete_dialog = (*pending_delete).clone().map(|(id, name)| {
        let cancel = {
            let pending_delete = pending_delete.clone();
            Callback::from(move |_| pending_delete.set(None))
        };
        let confirm = {
            let (pending_delete, on_trash, toaster, refresh, restore) =
                (pending_delete.clone(), props.on_trash.clone(), toaster.clone(), refresh.clone(), restore.clone());
            let name = name.clone();
            Callback::from(move |_| {
                pending_delete.set(None);
                match open_store().and_then(|store| store.delete(&id)) {
                    Ok(item) => {
                        super::unsaved::forget(&id);
                        on_trash.emit(TrashChange::Add(item.clone()));
                        let restore = restore.clone();
                        toaster.show(Toast {
                            text: lang.trf(Text::DeletedToast, &[&name]),
                            action: Some(ToastAction { label: lang.tr(Text::Undo).into(), run: Callback::from(move |_| restore.emit(item.clone())) }),
                            copy_by_hand: None,
                        });
                    }
                    Err(e) => toaster.show(Toast::text(e.describe(lang))),
                }
                refresh.emit(());
            })
        };
        let buttons = vec![
            DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: cancel.clone() },
            DialogButton { label: lang.tr(Text::Delete).into(), primary: false, danger: true, onclick: confirm },
        ];
        html! { <Dialog title={lang.tr(Text::ConfirmDeleteTitle)} message={lang.trf(Text::ConfirmDeleteBody, &[&name])} {buttons} on_cancel={cancel} /> }
    });

    let on_imported = {
        let refresh = refresh.clone();
        Callback::from(move |_| refresh.emit(()))
    };

    let has_storage = use_memo((), |_| storage_is_persistent());
    let body = match (*listing).as_ref().map(|(listing, _)| listing) {
        Err(e) => html! { <div class="banner error" role="alert"><p>{ lang.tr(Text::StorageUnavailableBanner) }</p><p>{ e.to_string() }</p></div> },
        Ok(listing) if listing.projects.is_empty() => html! { <EmptyState /> },
        Ok(listing) => html! {
            <>
                <ul class="project-list">
                    { for listing.projects.iter().map(|listed| html! {
                        <ProjectRow key={listed.id().to_string()} listed={listed.clone()} on_action={on_action.clone()} />
                    }) }
                </ul>
                if listing.missing > 0 {
                    <p class="notice" role="status">{ lang.trf(Text::MissingProjects, &[&listing.missing.to_string()]) }</p>
                }
            </>
        },
    };
    let usage = (*listing).as_ref().ok().map(|(l, full)| {
        let used = format_bytes(l.site_units * 2);
        if *full {
            html! { <p class="storage-use full" role="alert">{ lang.trf(Text::StorageFullUse, &[&used]) }</p> }
        } else {
            html! { <p class="storage-use">{ lang.trf(Text::StorageUse, &[&used, &format_bytes(LOCAL_STORAGE_UNITS * 2)]) }</p> }
        }
    });
    let trash = (!props.trash.is_empty()).then(|| html! {
        <section class="trash" aria-labelledby="trash-title">
            <h2 id="trash-title">{ lang.tr(Text::Trash) }</h2>
            <ul>
                { for props.trash.iter().map(|item| {
                    let name = item.entry.as_ref().map_or_else(|| item.id.to_string(), |e| e.name.clone());
                    let (restore, item) = (restore.clone(), item.clone());
                    html! {
                        <li key={item.id.to_string()}>
                            <span>{ name }</span>
                            <button class="button small" onclick={Callback::from(move |_| restore.emit(item.clone()))}>{ lang.tr(Text::Restore) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    });

    html! {
        <div class="project-page">
            <header class="page-header">
                <h1>{ lang.tr(Text::AppTitle) }</h1>
                <ShortcutHelp />
                <ThemeSwitch />
                <LangSwitch on_change={props.on_lang.clone()} />
            </header>
            <main>
                if !*has_storage {
                    <div class="banner error" role="alert"><p>{ lang.tr(Text::StorageUnavailableBanner) }</p></div>
                }
                <form class="create-form" onsubmit={on_create}>
                    <input ref={create_input} class="create-name" aria-label={lang.tr(Text::NewProjectName)}
                        placeholder={lang.tr(Text::NewProjectName)} />
                    <button class="button primary" type="submit">{ lang.tr(Text::CreateProject) }</button>
                    <button class="button" type="button" onclick={on_sample}>{ lang.tr(Text::OpenSample) }</button>
                    if let Some(message) = (*create_error).clone() {
                        <p class="field-error" role="alert">{ message }</p>
                    }
                </form>
                <ImportZone {on_imported} label={Text::ImportFile}>
                    <p class="hint">{ lang.tr(Text::DropHint) }</p>
                    <h2 class="list-title">{ lang.tr(Text::Projects) }</h2>
                    { body }
                </ImportZone>
                { for trash }
                { for delete_dialog }
            </main>
            <footer class="page-footer">
                { for usage }
                { for (*persistent).map(|p| html! {
                    <p class="storage-persist">{ lang.tr(if p { Text::StoragePersistent } else { Text::StorageNotPersistent }) }</p>
                }) }
            </footer>
        </div>
    }
}

/// First visit: what the workbench is for.
#[function_component(EmptyState)]
fn empty_state() -> Html {
    let lang = use_lang();
    html! {
        <section class="empty-state">
            <h2>{ lang.tr(Text::EmptyTitle) }</h2>
            <p>{ lang.tr(Text::EmptyIntro) }</p>
            <ul class="canvas-intro">
                { for CanvasTab::ALL.into_iter().map(|tab| html! {
                    <li><strong>{ lang.tr(tab.label()) }</strong>{ " — " }{ lang.tr(tab.blurb()) }</li>
                }) }
            </ul>
        </section>
    }
}
