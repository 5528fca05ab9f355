//! One project in the list: open, rename in place, duplicate, export, delete; or, for a
//! damaged project, why it is damaged with "download raw data" and "delete".

use crate::i18n::{describe_load_error, describe_name_error, Text};
use crate::model::project::normalize_name;
use crate::model::ProjectId;
use crate::storage::Listed;
use crate::ui::{browser, use_lang};
use yew::prelude::*;

/// What a row asks the list to do.
#[derive(Clone, Debug, PartialEq)]
pub enum RowAction {
    Open(ProjectId),
    Rename(ProjectId, String),
    Duplicate(ProjectId),
    Export(ProjectId),
    DownloadRaw(ProjectId),
    Delete(ProjectId, String),
}

#[derive(Properties, PartialEq)]
pub struct ProjectRowProps {
    pub listed: Listed,
    pub on_action: Callback<RowAction>,
}

#[function_component(ProjectRow)]
pub fn project_row(props: &ProjectRowProps) -> Html {
    let lang = use_lang();
    let renaming = use_state(|| false);
    let rename_error = use_state(|| None::<String>);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(*renaming, move |renaming| {
            if let (true, Some(field)) = (*renaming, input.cast::<web_sys::HtmlInputElement>()) {
                let _ = field.focus();
                field.select();
            }
        });
    }
    let act = |action: RowAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    match &props.listed {
        Listed::Damaged { id, error, .. } => html! {
            <li class="project-row damaged">
                <div class="project-main">
                    <span class="badge danger">{ lang.tr(Text::Damaged) }</span>
                    <span class="project-title">{ id.to_string() }</span>
                    <p class="project-meta" role="note">{ lang.trf(Text::DamagedHint, &[&describe_load_error(lang, error)]) }</p>
                </div>
                <div class="project-actions">
                    <button class="button" onclick={act(RowAction::DownloadRaw(id.clone()))}>{ lang.tr(Text::DownloadRaw) }</button>
                    <button class="button danger" onclick={act(RowAction::Delete(id.clone(), id.to_string()))}>{ lang.tr(Text::Delete) }</button>
                </div>
            </li>
        },
        Listed::Ready { id, entry } => {
            let title = if *renaming {
                let commit = {
                    let (input, renaming, rename_error, on_action, id, current) =
                        (input.clone(), renaming.clone(), rename_error.clone(), props.on_action.clone(), id.clone(), entry.name.clone());
                    move || {
                        let Some(field) = input.cast::<web_sys::HtmlInputElement>() else { return };
                        match normalize_name(&field.value()) {
                            Ok(name) => {
                                rename_error.set(None);
                                renaming.set(false);
                                if name != current {
                                    on_action.emit(RowAction::Rename(id.clone(), name));
                                }
                            }
                            Err(error) => rename_error.set(Some(describe_name_error(lang, &error))),
                        }
                    }
                };
                let onkeydown = {
                    let (commit, renaming, rename_error) = (commit.clone(), renaming.clone(), rename_error.clone());
                    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                        "Enter" => commit(),
                        "Escape" => {
                            rename_error.set(None);
                            renaming.set(false);
                        }
                        _ => {}
                    })
                };
                let onblur = Callback::from(move |_: FocusEvent| commit());
                html! {
                    <>
                        <input ref={input.clone()} class="rename-input" aria-label={lang.tr(Text::ProjectName)}
                            value={entry.name.clone()} {onkeydown} {onblur} />
                        if let Some(message) = (*rename_error).clone() {
                            <p class="field-error" role="alert">{ message }</p>
                        }
                    </>
                }
            } else {
                html! {
                    <a class="project-title" href={crate::route::Route::Project { id: id.clone(), tab: Default::default() }.to_fragment()}>
                        { &entry.name }
                    </a>
                }
            };
            let start_rename = {
                let renaming = renaming.clone();
                Callback::from(move |_| renaming.set(true))
            };
            html! {
                <li class="project-row">
                    <div class="project-main">
                        { title }
                        <span class="project-meta">{ lang.trf(Text::LastSaved, &[&browser::date_time(entry.saved_at)]) }</span>
                    </div>
                    <div class="project-actions">
                        <button class="button primary" onclick={act(RowAction::Open(id.clone()))}>{ lang.tr(Text::Open) }</button>
                        <button class="button" onclick={start_rename}>{ lang.tr(Text::Rename) }</button>
                        <button class="button" onclick={act(RowAction::Duplicate(id.clone()))}>{ lang.tr(Text::Duplicate) }</button>
                        <button class="button" onclick={act(RowAction::Export(id.clone()))}>{ lang.tr(Text::ExportJson) }</button>
                        <button class="button danger" onclick={act(RowAction::Delete(id.clone(), entry.name.clone()))}>{ lang.tr(Text::Delete) }</button>
                    </div>
                </li>
            }
        }
    }
}
