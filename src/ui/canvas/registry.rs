//! The canvas registry: for each canvas, everything the shell shows of it — its view in the
//! editor (with its exports), the drawings it prints, its line in a share link's preview, its
//! keys in the shortcut help, and the names of its items that can receive dots. The shell lists
//! canvases only through [`CANVASES`]; each canvas folder registers itself with one `CANVAS`
//! constant (see ARCHITECTURE.md, "Adding a canvas").

use super::{blueprint, forces, org, quality, swot, OnCreate};
use crate::i18n::{Lang, Text};
use crate::interaction::route::CanvasTab;
use crate::model::{Command, ItemId, Project};
use crate::ui::widgets::toast::Toaster;
use yew::{Callback, Html};

/// What a canvas's view is built from.
pub struct ViewContext<'a> {
    pub project: &'a Project,
    pub lang: Lang,
    pub toaster: &'a Toaster,
    pub on_command: &'a Callback<Command>,
    pub on_create: &'a OnCreate,
    /// Opens a canvas with one of its items selected (e.g. a blueprint card shown from the
    /// service-quality canvas).
    pub on_reveal: &'a Callback<(CanvasTab, ItemId)>,
    /// The item a reveal asked this canvas to select when it opens.
    pub reveal: Option<ItemId>,
}

/// One canvas, as the shell sees it.
pub struct Canvas {
    pub tab: CanvasTab,
    /// Its view in the editor.
    pub view: fn(&ViewContext) -> Html,
    /// What it prints: a heading and an SVG drawing per page.
    pub drawings: fn(&Project, Lang) -> Vec<(String, String)>,
    /// How much of it a shared project fills, in one line.
    pub share_line: fn(&Project, Lang) -> String,
    /// Its keys, as shown under it and in the shortcut help.
    pub keys: fn(Lang) -> &'static str,
    /// The text of its item `id` (one that can receive dots), if it holds one.
    pub vote_label: fn(&Project, ItemId) -> Option<String>,
    /// Whether two versions of a project hold the same votable items of this canvas (compared
    /// by identity of its `Rc`), so the voting bar can skip comparing whole documents.
    pub same_votables: fn(&Project, &Project) -> bool,
    /// What printing the whole project adds after every canvas's drawings.
    pub appendix: fn(&Project, Lang) -> Option<Html>,
}

/// Every canvas, in tab order.
pub const CANVASES: [&Canvas; 5] = [&swot::CANVAS, &forces::CANVAS, &org::CANVAS, &blueprint::CANVAS, &quality::CANVAS];

/// The registration of the canvas shown on `tab`.
pub fn canvas(tab: CanvasTab) -> &'static Canvas {
    CANVASES.into_iter().find(|c| c.tab == tab).unwrap_or(CANVASES[0])
}

/// The text of whatever item `id` received dots, from the canvas that holds it.
pub fn vote_label(project: &Project, id: ItemId) -> String {
    CANVASES.iter().find_map(|c| (c.vote_label)(project, id)).unwrap_or_default()
}

/// A callback running one of a canvas's exports on `project`.
pub fn export_callback<T: 'static>(context: &ViewContext, export: fn(&Project, T, Lang, &Toaster)) -> Callback<T> {
    let (project, lang, toaster) = (context.project.clone(), context.lang, context.toaster.clone());
    Callback::from(move |what: T| export(&project, what, lang, &toaster))
}

/// The heading of a printed page: the name of a canvas or one of its views.
pub fn heading(lang: Lang, text: Text) -> String {
    lang.tr(text).to_owned()
}
