//! The home page: create, import and manage projects. A first visit shows what the four
//! canvases are for. Deleted projects go to the session's trash (undo from the toast or the
//! trash list, `trash.rs`). Shows how much local storage the projects use and whether it is
//! persistent, and refreshes when another tab changes storage (`storage_status.rs`). What each
//! action does to the store is in `row_actions.rs`.

mod row_actions;
mod storage_status;
mod trash;

pub use trash::TrashChange;

use super::import::ImportZone;
use super::project_row::{ProjectRow, RowAction};
use crate::i18n::{Lang, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::model::ProjectId;
use crate::storage::local::storage_is_persistent;
use crate::storage::Trashed;
use crate::ui::store::use_store;
use crate::ui::widgets::lang_switch::LangSwitch;
use crate::ui::widgets::shortcut_help::ShortcutHelp;
use crate::ui::widgets::theme_switch::ThemeSwitch;
use crate::ui::widgets::toast::{use_toaster, Toast};
use crate::ui::{use_lang, use_refresh};
use row_actions::{create, open_route};
use std::rc::Rc;
use storage_status::{use_other_tabs, StorageFooter};
use trash::{trash_list, use_restore, DeleteDialog};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProjectListProps {
    pub navigate: Callback<Route>,
    pub on_lang: Callback<Lang>,
    pub trash: Rc<Vec<Trashed>>,
    pub on_trash: Callback<TrashChange>,
}

#[function_component(ProjectList)]
pub fn project_list(props: &ProjectListProps) -> Html {
    let (lang, toaster, store) = (use_lang(), use_toaster(), use_store());
    let (version, refresh) = use_refresh();
    use_other_tabs(&refresh);
    let listing = {
        let store = store.clone();
        use_memo(version, move |_| {
            let listing = store.list()?;
            // A few kilobytes is less than any edit needs: without them nothing saves.
            let full = store.has_room(4096) == Ok(false);
            Ok::<_, crate::storage::StorageError>((listing, full))
        })
    };
    let create_input = use_node_ref();
    let create_error = use_state(|| None::<String>);
    let pending_delete = use_state(|| None::<(ProjectId, String)>);
    let restore = use_restore(&props.on_trash, &refresh);

    let start = |sample: bool| {
        let (store, input, error, navigate) = (store.clone(), create_input.clone(), create_error.clone(), props.navigate.clone());
        move || {
            let typed = if sample {
                lang.tr(Text::SampleName).to_owned()
            } else {
                input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default()
            };
            match create(&store, lang, &typed, sample) {
                Ok(route) => navigate.emit(route),
                Err(message) => error.set(Some(message)),
            }
        }
    };
    let on_create = {
        let start = start(false);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            start();
        })
    };
    let on_sample = {
        let start = start(true);
        Callback::from(move |_: MouseEvent| start())
    };
    let on_action = {
        let (store, navigate, refresh, toaster, pending_delete) =
            (store.clone(), props.navigate.clone(), refresh.clone(), toaster.clone(), pending_delete.clone());
        Callback::from(move |action: RowAction| {
            let open = |id| navigate.emit(open_route(id));
            let ask_delete = |id, name| pending_delete.set(Some((id, name)));
            if let Err(message) = row_actions::run(&store, lang, action, open, ask_delete) {
                toaster.show(Toast::text(message));
            }
            refresh.emit(());
        })
    };
    let delete_dialog = (*pending_delete).clone().map(|(id, name)| {
        let on_close = {
            let (pending_delete, refresh) = (pending_delete.clone(), refresh.clone());
            Callback::from(move |_| {
                pending_delete.set(None);
                refresh.emit(());
            })
        };
        html! { <DeleteDialog {id} {name} {on_close} on_trash={props.on_trash.clone()} restore={restore.clone()} /> }
    });
    let on_imported = refresh.reform(|_| ());

    let has_storage = use_memo((), |_| storage_is_persistent());
    let body = match (*listing).as_ref().map(|(listing, _)| listing) {
        Err(e) => html! { <div class="banner error" role="alert"><p>{ lang.tr(Text::StorageUnavailableBanner) }</p><p>{ e.to_string() }</p></div> },
        Ok(listing) if listing.projects.is_empty() => empty_state(lang),
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
    let usage = (*listing).as_ref().ok().map(|(listing, full)| (listing.site_units, *full));

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
                { trash_list(lang, &props.trash, &restore) }
                { for delete_dialog }
            </main>
            <StorageFooter {usage} />
        </div>
    }
}

/// First visit: what the workbench is for.
fn empty_state(lang: Lang) -> Html {
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
