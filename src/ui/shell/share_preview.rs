//! Opening a share link: what the project in the link holds (name, and how much of each canvas
//! it fills), imported as a new project only when the user confirms. A damaged, foreign or
//! hostile link shows why it cannot be opened; nothing is imported. Either way the link leaves
//! the address bar when the user moves on.

use crate::i18n::{describe_share_error, Lang, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::model::Project;
use crate::persist::read_share_fragment;
use crate::ui::canvas::registry::CANVASES;
use crate::ui::store::use_store;
use crate::ui::widgets::lang_switch::LangSwitch;
use crate::ui::widgets::toast::{use_toaster, Toast};
use crate::ui::{browser, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePreviewProps {
    /// Leave the preview for another route (replacing the link in the address bar).
    pub leave: Callback<Route>,
    pub on_lang: Callback<Lang>,
}

fn contents(lang: Lang, project: &Project) -> Vec<String> {
    CANVASES.iter().map(|canvas| (canvas.share_line)(project, lang)).collect()
}

#[function_component(SharePreview)]
pub fn share_preview(props: &SharePreviewProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let store = use_store();
    let read = use_memo((), |_| read_share_fragment(&browser::fragment()).map(|(project, _)| project));
    let cancel = {
        let leave = props.leave.clone();
        Callback::from(move |_| leave.emit(Route::ProjectList))
    };
    let body = match &*read {
        Ok(project) => {
            let import = {
                let (project, leave, toaster, store) = (project.clone(), props.leave.clone(), toaster.clone(), store.clone());
                Callback::from(move |_| match store.add_as_new(project.clone(), browser::now()) {
                    Ok(saved) => leave.emit(Route::Project { id: saved.project.id, tab: CanvasTab::default() }),
                    Err(error) => toaster.show(Toast::text(error.describe(lang))),
                })
            };
            html! {
                <>
                    <p>{ lang.tr(Text::SharePreviewIntro) }</p>
                    <h2 class="share-name">{ &project.name }</h2>
                    <ul class="share-contents">{ for contents(lang, project).into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    <div class="dialog-buttons">
                        <button class="button primary" onclick={import}>{ lang.tr(Text::ShareImport) }</button>
                        <button class="button" onclick={cancel}>{ lang.tr(Text::Cancel) }</button>
                    </div>
                </>
            }
        }
        Err(error) => html! {
            <>
                <p class="import-error" role="alert">{ describe_share_error(lang, error) }</p>
                <div class="dialog-buttons">
                    <button class="button primary" onclick={cancel}>{ lang.tr(Text::BackToProjects) }</button>
                </div>
            </>
        },
    };
    html! {
        <div class="project-page share-page">
            <header class="page-header">
                <h1>{ lang.tr(Text::ShareTitle) }</h1>
                <LangSwitch on_change={props.on_lang.clone()} />
            </header>
            <section class="empty-state">{ body }</section>
        </div>
    }
}
