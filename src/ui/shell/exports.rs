//! What the whole open project can be turned into, as callbacks for the top bar: the project
//! file (JSON) and a share link on the clipboard (or to copy by hand). Each canvas's own
//! exports are registered with it (`canvas::registry`). Failures become toasts.

use crate::i18n::{describe_share_error, Lang, Text};
use crate::model::Project;
use crate::persist::{encode_project, export_file_name, share_fragment};
use crate::ui::browser;
use crate::ui::widgets::toast::{Toast, ToastAction, Toaster};
use yew::prelude::*;

pub struct Exports {
    pub json: Callback<()>,
    pub share: Callback<()>,
}

/// Puts a link holding the whole project on the clipboard, or offers it to copy by hand; a
/// project too large for a link gets the JSON export offered instead.
fn share_link(project: &Project, lang: Lang, toaster: &Toaster, on_export: &Callback<()>) {
    match share_fragment(project, browser::now()) {
        Ok(fragment) => {
            let link = format!("{}#{fragment}", browser::address_without_fragment());
            let toaster = toaster.clone();
            wasm_bindgen_futures::spawn_local(async move {
                toaster.show(if browser::copy_text(&link).await {
                    Toast::text(lang.trf(Text::ShareLinkCopied, &[&link.chars().count().to_string()]))
                } else {
                    Toast::copy_failed(lang.tr(Text::ShareLinkNotCopied), &link)
                });
            });
        }
        Err(error) => {
            let action = ToastAction { label: lang.tr(Text::ExportJson).to_owned(), run: on_export.clone() };
            toaster.show(Toast { text: describe_share_error(lang, &error), action: Some(action), copy_by_hand: None });
        }
    }
}

pub fn exports(project: &Project, lang: Lang, toaster: &Toaster) -> Exports {
    let json = {
        let (project, toaster) = (project.clone(), toaster.clone());
        Callback::from(move |_: ()| {
            let text = encode_project(&project, browser::now());
            if let Err(error) = browser::download_text(&export_file_name(&project.name), "application/json", &text) {
                toaster.show(Toast::text(error));
            }
        })
    };
    let share = {
        let (project, toaster, json) = (project.clone(), toaster.clone(), json.clone());
        Callback::from(move |_: ()| share_link(&project, lang, &toaster, &json))
    };
    Exports { json, share }
}
