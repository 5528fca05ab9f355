//! The editor: opens a project and hands it to the [`Workspace`]. A project that cannot be
//! opened gets `OpenFailure` instead, never an empty editor.

use super::open_failure::OpenFailure;
use super::workspace::Workspace;
use crate::i18n::Lang;
use crate::interaction::route::{CanvasTab, Route};
use crate::model::ProjectId;
use crate::ui::browser;
use crate::ui::store::use_store;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub id: ProjectId,
    pub tab: CanvasTab,
    pub navigate: Callback<Route>,
    pub on_lang: Callback<Lang>,
}

#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    // Opened once per id; the workspace gets the same `Rc` on every render.
    let store = use_store();
    let opened = use_memo(props.id.clone(), |id| browser::measured("pw-load", || store.load(id)).map(Rc::new));
    match &*opened {
        Ok(loaded) => html! {
            <Workspace loaded={loaded.clone()} tab={props.tab}
                navigate={props.navigate.clone()} on_lang={props.on_lang.clone()} />
        },
        Err(error) => html! {
            <OpenFailure id={props.id.clone()} error={error.clone()} navigate={props.navigate.clone()} />
        },
    }
}
