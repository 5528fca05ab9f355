//! Deleting from the list: the confirmation dialog, the toast that undoes it, and the
//! session's trash (kept by the app, so it outlives the list) with a Restore button per project.

use crate::i18n::{Lang, Text};
use crate::model::ProjectId;
use crate::storage::Trashed;
use crate::ui::store::use_store;
use crate::ui::use_lang;
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::toast::{use_toaster, Toast, ToastAction};
use yew::prelude::*;

/// Changes to the session's trash, sent up by the list.
pub enum TrashChange {
    Add(Trashed),
    Remove(ProjectId),
}

/// Puts a trashed project back; `done` runs after, whatever happened (the list refreshes).
#[hook]
pub fn use_restore(on_trash: &Callback<TrashChange>, done: &Callback<()>) -> Callback<Trashed> {
    let (store, toaster, lang) = (use_store(), use_toaster(), use_lang());
    let (on_trash, done) = (on_trash.clone(), done.clone());
    Callback::from(move |item: Trashed| {
        match store.restore(&item) {
            Ok(()) => on_trash.emit(TrashChange::Remove(item.id.clone())),
            Err(e) => toaster.show(Toast::text(e.describe(lang))),
        }
        done.emit(());
    })
}

#[derive(Properties, PartialEq)]
pub struct DeleteDialogProps {
    pub id: ProjectId,
    pub name: String,
    pub on_close: Callback<()>,
    pub on_trash: Callback<TrashChange>,
    pub restore: Callback<Trashed>,
}

/// "Delete “name”?" — deleting moves the project to the trash and offers Undo.
#[function_component(DeleteDialog)]
pub fn delete_dialog(props: &DeleteDialogProps) -> Html {
    let (store, toaster, lang) = (use_store(), use_toaster(), use_lang());
    let cancel = props.on_close.reform(|_| ());
    let confirm = {
        let (id, name, on_close, on_trash, restore) =
            (props.id.clone(), props.name.clone(), props.on_close.clone(), props.on_trash.clone(), props.restore.clone());
        Callback::from(move |_| {
            match store.delete(&id) {
                Ok(item) => {
                    super::super::unsaved::forget(&id);
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
            on_close.emit(());
        })
    };
    let buttons = vec![
        DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: cancel.clone() },
        DialogButton { label: lang.tr(Text::Delete).into(), primary: false, danger: true, onclick: confirm },
    ];
    html! { <Dialog title={lang.tr(Text::ConfirmDeleteTitle)} message={lang.trf(Text::ConfirmDeleteBody, &[&props.name])} {buttons} on_cancel={cancel} /> }
}

/// The projects deleted in this session, each with Restore.
pub fn trash_list(lang: Lang, trash: &[Trashed], restore: &Callback<Trashed>) -> Html {
    if trash.is_empty() {
        return html! {};
    }
    html! {
        <section class="trash" aria-labelledby="trash-title">
            <h2 id="trash-title">{ lang.tr(Text::Trash) }</h2>
            <ul>
                { for trash.iter().map(|item| {
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
    }
}
