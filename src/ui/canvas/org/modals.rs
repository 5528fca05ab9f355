//! The org canvas's dialogs: deleting a position that has subordinates (lift them or delete
//! the branch), choosing a template, and previewing a CSV import; and reading the CSV file a
//! user picks, which opens the preview (or says why it cannot be read).

use super::csv_dialog::{describe_csv_error, CsvDialog};
use super::template_picker::TemplatePicker;
use crate::i18n::{Lang, OrgText, Text};
use crate::model::org::table::{read_csv, CsvError, CsvImport, MAX_CSV_BYTES};
use crate::model::org::templates::{template_draft, Template};
use crate::model::org::{DeleteMode, OrgCanvas, OrgCommand, Tree};
use crate::model::ItemId;
use crate::ui::widgets::dialog::{Dialog, DialogButton};
use crate::ui::widgets::toast::{Toast, Toaster};
use gloo::file::callbacks::FileReader;
use std::rc::Rc;
use yew::prelude::*;

/// The dialog open over the canvas.
#[derive(Clone, PartialEq)]
pub enum Modal {
    Delete(ItemId),
    Templates,
    Csv(Rc<CsvImport>),
}

/// What the dialogs act on.
pub struct ModalContext<'a> {
    pub lang: Lang,
    pub org: &'a Rc<OrgCanvas>,
    pub modal: &'a UseStateHandle<Option<Modal>>,
    pub selected: &'a UseStateHandle<Option<ItemId>>,
    pub org_command: &'a Callback<OrgCommand>,
    /// Fits the chart once the inserted positions arrive.
    pub request_fit: &'a Rc<dyn Fn()>,
    pub toaster: &'a Toaster,
}

impl ModalContext<'_> {
    fn close(&self) -> Callback<()> {
        let modal = self.modal.clone();
        Callback::from(move |_| modal.set(None))
    }
}

/// The open dialog, if any.
pub fn modal_view(context: &ModalContext) -> Html {
    match &**context.modal {
        None => html! {},
        Some(Modal::Delete(id)) => delete_dialog(context, *id),
        Some(Modal::Templates) => {
            let (org_command, modal, request_fit) = (context.org_command.clone(), context.modal.clone(), context.request_fit.clone());
            let chinese = context.lang == Lang::ZhCn;
            let on_apply = Callback::from(move |(template, replace): (Template, bool)| {
                modal.set(None);
                request_fit();
                org_command.emit(OrgCommand::Insert { draft: template_draft(template, chinese), replace });
            });
            html! { <TemplatePicker existing={context.org.positions.len()} {on_apply} on_cancel={context.close()} /> }
        }
        Some(Modal::Csv(import)) => {
            let (org_command, modal, request_fit, toaster) =
                (context.org_command.clone(), context.modal.clone(), context.request_fit.clone(), context.toaster.clone());
            let (draft_import, lang) = (import.clone(), context.lang);
            let on_import = Callback::from(move |replace: bool| {
                modal.set(None);
                request_fit();
                let count = draft_import.draft.positions.len();
                org_command.emit(OrgCommand::Insert { draft: draft_import.draft.clone(), replace });
                toaster.show(Toast::text(lang.trf(OrgText::CsvImported, &[&count.to_string()])));
            });
            html! { <CsvDialog import={import.clone()} existing={context.org.positions.len()} {on_import} on_cancel={context.close()} /> }
        }
    }
}

/// "Delete “title”?" for a position with subordinates: lift them to its superior, or delete
/// the whole branch.
fn delete_dialog(context: &ModalContext, id: ItemId) -> Html {
    let lang = context.lang;
    let title = context.org.position(id).map(|p| p.details.title.clone()).unwrap_or_default();
    let tree = Tree::new(context.org);
    let below = tree.at(id).map_or(0, |at| tree.hidden_below(at));
    let choose = |mode: DeleteMode| {
        let (org_command, modal, selected) = (context.org_command.clone(), context.modal.clone(), context.selected.clone());
        let parent = context.org.position(id).and_then(|p| p.parent);
        Callback::from(move |_| {
            modal.set(None);
            selected.set(parent);
            org_command.emit(OrgCommand::Delete { id, mode });
        })
    };
    let close = context.close();
    let buttons = vec![
        DialogButton { label: lang.tr(OrgText::LiftChildren).into(), primary: true, danger: false, onclick: choose(DeleteMode::LiftChildren) },
        DialogButton { label: lang.tr(OrgText::DeleteBranch).into(), primary: false, danger: true, onclick: choose(DeleteMode::WholeBranch) },
        DialogButton { label: lang.tr(Text::Cancel).into(), primary: false, danger: false, onclick: close.clone() },
    ];
    html! {
        <Dialog title={lang.trf(OrgText::DeleteTitle, &[&title])} message={lang.trf(OrgText::DeleteBody, &[&below.to_string()])}
            {buttons} on_cancel={close} />
    }
}

/// Reads the CSV file chosen in the file input and opens its preview, or says why not.
#[hook]
pub fn use_csv_picker(modal: &UseStateHandle<Option<Modal>>, toaster: &Toaster, lang: Lang) -> Callback<Event> {
    let reader = use_mut_ref(|| None::<FileReader>);
    let (modal, toaster) = (modal.clone(), toaster.clone());
    Callback::from(move |e: Event| {
        let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // The same file can be chosen again after fixing it.
        input.set_value("");
        let size = file.size() as usize;
        if size > MAX_CSV_BYTES {
            toaster.show(Toast::text(describe_csv_error(lang, &CsvError::TooLarge { bytes: size, max: MAX_CSV_BYTES })));
            return;
        }
        let (modal, toaster) = (modal.clone(), toaster.clone());
        let task = crate::ui::browser::read_file_bytes(
            file,
            Box::new(move |result| match result.map(|bytes| read_csv(&bytes)) {
                Ok(Ok(import)) => modal.set(Some(Modal::Csv(Rc::new(import)))),
                Ok(Err(error)) => toaster.show(Toast::text(describe_csv_error(lang, &error))),
                // The browser could not read the file at all: as good as not a text file.
                Err(_) => toaster.show(Toast::text(describe_csv_error(lang, &CsvError::NotText))),
            }),
        );
        *reader.borrow_mut() = Some(task);
    })
}
