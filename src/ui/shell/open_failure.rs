//! Shown instead of the editor when a project cannot be opened: says why, offers the raw
//! stored data as a download, and leaves the stored data untouched.

use crate::i18n::{describe_load_error, Text};
use crate::interaction::route::Route;
use crate::model::ProjectId;
use crate::storage::OpenError;
use crate::ui::store::use_store;
use crate::ui::{browser, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpenFailureProps {
    pub id: ProjectId,
    pub error: OpenError,
    pub navigate: Callback<Route>,
}

#[function_component(OpenFailure)]
pub fn open_failure(props: &OpenFailureProps) -> Html {
    let (lang, store) = (use_lang(), use_store());
    let reason = match &props.error {
        OpenError::NotFound => lang.tr(Text::ProjectNotFound).to_owned(),
        OpenError::Damaged(error) => lang.trf(Text::DamagedHint, &[&describe_load_error(lang, error)]),
        OpenError::Storage(error) => error.describe(lang),
    };
    let back = {
        let navigate = props.navigate.clone();
        Callback::from(move |_| navigate.emit(Route::ProjectList))
    };
    let download = matches!(props.error, OpenError::Damaged(_)).then(|| {
        let (id, store) = (props.id.clone(), store.clone());
        let onclick = Callback::from(move |_| {
            if let Ok(Some(raw)) = store.raw(&id) {
                let _ = browser::download_text(&format!("{id}-raw.json"), "application/json", &raw);
            }
        });
        html! { <button class="button" {onclick}>{ lang.tr(Text::DownloadRaw) }</button> }
    });
    html! {
        <main class="open-failure">
            <h1>{ lang.tr(Text::OpenFailed) }</h1>
            <p role="alert">{ reason }</p>
            <button class="button primary" onclick={back}>{ lang.tr(Text::BackToProjects) }</button>
            { for download }
        </main>
    }
}
