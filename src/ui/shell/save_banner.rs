//! The red banner under the top bar while the project is not saved: what went wrong and what
//! the user can do — export, retry, or, when another tab saved or deleted the project, load
//! that version or keep this tab's as a new project. It stays until a save succeeds.

use super::editor_state::SaveStatus;
use crate::i18n::Text;
use crate::storage::StorageError;
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SaveBannerProps {
    pub status: SaveStatus,
    pub on_export: Callback<()>,
    pub on_retry: Callback<()>,
    pub on_load_theirs: Callback<()>,
    pub on_keep_mine: Callback<()>,
}

#[function_component(SaveBanner)]
pub fn save_banner(props: &SaveBannerProps) -> Html {
    let lang = use_lang();
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
