//! One project in the list: open, rename in place, duplicate, export, delete; or, for a
//! damaged project, why it is damaged with "download raw data" and "delete".

use crate::i18n::{describe_load_error, Text};
use crate::model::ProjectId;
use crate::storage::Listed;
use crate::ui::widgets::field::Check;
use crate::ui::widgets::inline_edit::{Edited, InlineEdit};
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
                let on_done = {
                    let (renaming, on_action, id) = (renaming.clone(), props.on_action.clone(), id.clone());
                    Callback::from(move |edited: Edited| {
                        renaming.set(false);
                        if let Some(name) = edited.text {
                            on_action.emit(RowAction::Rename(id.clone(), name));
                        }
                    })
                };
                html! {
                    <InlineEdit initial={entry.name.clone()} label={lang.tr(Text::ProjectName)} class="rename-input"
                        check={Check::Name} {on_done} />
                }
            } else {
                html! {
                    <a class="project-title" href={crate::interaction::route::Route::Project { id: id.clone(), tab: Default::default() }.to_fragment()}>
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
                        if super::unsaved::has(id) {
                            <span class="badge danger unsaved">{ lang.tr(Text::UnsavedInTab) }</span>
                        }
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
