//! Importing project files, from the file picker or by dropping a file on the zone. The file
//! size is checked before reading, the text goes through `persist::decode_project`, and a
//! project whose id is already stored asks: import as a copy, or replace. Nothing is ever
//! overwritten without that explicit choice. Errors stay visible until dismissed.

use crate::i18n::{describe_load_error, describe_repairs, Lang, Text};
use crate::model::{Project, ProjectId};
use crate::persist::{decode_project, LoadError, MAX_FILE_BYTES};
use crate::ui::store::use_store;
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::toast::{use_toaster, Toast};
use crate::ui::{browser, use_lang};
use gloo::file::callbacks::{read_as_text, FileReader};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportZoneProps {
    pub on_imported: Callback<ProjectId>,
    pub label: Text,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(ImportZone)]
pub fn import_zone(props: &ImportZoneProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let store = use_store();
    let file_input = use_node_ref();
    let reader = use_mut_ref(|| None::<FileReader>);
    let error = use_state(|| None::<String>);
    let conflict = use_state(|| None::<Rc<Project>>);
    let hovering = use_state(|| false);

    // Stores a decoded project as a new one, or replaces the stored one with the same id.
    let finish = {
        let (error, conflict, toaster, on_imported, store) =
            (error.clone(), conflict.clone(), toaster.clone(), props.on_imported.clone(), store.clone());
        Callback::from(move |(project, replace): (Project, bool)| {
            conflict.set(None);
            let now = browser::now();
            let stored = if replace {
                store.replace(&project, now).map(|_| project.clone())
            } else {
                store.add_as_new(project.clone(), now).map(|loaded| loaded.project)
            };
            match stored {
                Ok(project) => {
                    error.set(None);
                    toaster.show(Toast::text(lang.trf(Text::Imported, &[&project.name])));
                    on_imported.emit(project.id);
                }
                Err(e) => error.set(Some(lang.trf(Text::ImportFailed, &[&project.name, &e.describe(lang)]))),
            }
        })
    };

    let handle_file = {
        let (reader, error, conflict, finish, toaster, store) =
            (reader.clone(), error.clone(), conflict.clone(), finish.clone(), toaster.clone(), store.clone());
        Callback::from(move |file: web_sys::File| {
            let file_name = file.name();
            let size = file.size() as usize;
            if size > MAX_FILE_BYTES {
                let why = describe_load_error(lang, &LoadError::TooLarge { bytes: size, limit: MAX_FILE_BYTES });
                error.set(Some(lang.trf(Text::ImportFailed, &[&file_name, &why])));
                return;
            }
            let (error, conflict, finish, toaster, store) = (error.clone(), conflict.clone(), finish.clone(), toaster.clone(), store.clone());
            let task = read_as_text(&gloo::file::File::from(file), move |result| {
                let decoded = match result {
                    Ok(text) => decode_project(&text).map_err(|e| describe_load_error(lang, &e)),
                    Err(e) => Err(e.to_string()),
                };
                match decoded {
                    Err(why) => error.set(Some(lang.trf(Text::ImportFailed, &[&file_name, &why]))),
                    Ok((project, header)) => {
                        if header.repaired.total() > 0 {
                            toaster.show(Toast::text(describe_repairs(lang, &header.repaired)));
                        }
                        let exists = store.raw(&project.id).ok().flatten().is_some();
                        if exists {
                            conflict.set(Some(Rc::new(project)));
                        } else {
                            finish.emit((project, false));
                        }
                    }
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };

    let onchange = {
        let handle_file = handle_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                handle_file.emit(file);
            }
            // Let the same file be chosen again after fixing it.
            input.set_value("");
        })
    };
    let open_picker = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let ondragover = {
        let hovering = hovering.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            hovering.set(true);
        })
    };
    let ondragleave = {
        let hovering = hovering.clone();
        Callback::from(move |_: DragEvent| hovering.set(false))
    };
    let ondrop = {
        let (hovering, handle_file) = (hovering.clone(), handle_file.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            hovering.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
                handle_file.emit(file);
            }
        })
    };

    let dialog = (*conflict).clone().map(|project| conflict_dialog(lang, project, &finish, &conflict));
    let dismiss = {
        let error = error.clone();
        Callback::from(move |_| error.set(None))
    };

    html! {
        <div class={classes!("import-zone", hovering.then_some("hovering"))} {ondragover} {ondragleave} {ondrop}>
            <input ref={file_input} type="file" class="visually-hidden" accept=".json,application/json"
                tabindex="-1" aria-hidden="true" {onchange} data-testid="import-input" />
            <button class="button" onclick={open_picker}>{ lang.tr(props.label) }</button>
            if let Some(message) = (*error).clone() {
                <div class="import-error" role="alert">
                    <span>{ message }</span>
                    <button class="button small" onclick={dismiss}>{ lang.tr(Text::Dismiss) }</button>
                </div>
            }
            { props.children.clone() }
            if *hovering {
                <div class="drop-overlay">{ lang.tr(Text::DropNow) }</div>
            }
            { for dialog }
        </div>
    }
}

/// "This project is already here": import the file as a copy, replace the stored project, or
/// cancel.
fn conflict_dialog(lang: Lang, project: Rc<Project>, finish: &Callback<(Project, bool)>, conflict: &UseStateHandle<Option<Rc<Project>>>) -> Html {
    let store_as = |replace: bool| {
        let (finish, project) = (finish.clone(), project.clone());
        Callback::from(move |_| finish.emit(((*project).clone(), replace)))
    };
    let cancel = {
        let conflict = conflict.clone();
        Callback::from(move |_| conflict.set(None))
    };
    let buttons = vec![
        DialogButton { label: lang.tr(Text::ImportAsCopy).into(), primary: true, danger: false, onclick: store_as(false) },
        DialogButton { label: lang.tr(Text::ReplaceExisting).into(), primary: false, danger: true, onclick: store_as(true) },
        DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: cancel.clone() },
    ];
    html! {
        <Dialog title={lang.tr(Text::ImportConflictTitle)} message={lang.trf(Text::ImportConflictBody, &[&project.name])}
            {buttons} on_cancel={cancel} />
    }
}
