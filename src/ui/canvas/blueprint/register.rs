//! The service blueprint's entry in the canvas registry.

use super::{export_blueprint, BlueprintView};
use crate::export::blueprint::blueprint_svg;
use crate::i18n::{BlueprintText, Lang, Text};
use crate::interaction::route::CanvasTab;
use crate::model::{ItemId, Project};
use crate::ui::canvas::registry::{export_callback, heading, Canvas, ViewContext};
use std::rc::Rc;
use yew::prelude::*;

pub const CANVAS: Canvas = Canvas {
    tab: CanvasTab::Blueprint,
    view,
    drawings: |project, lang| vec![(heading(lang, Text::CanvasBlueprint), blueprint_svg(project, lang))],
    share_line: |project, lang| {
        let blueprint = &project.blueprint;
        lang.trf(Text::ShareHasBlueprint, &[&blueprint.steps.len().to_string(), &blueprint.cards.len().to_string()])
    },
    keys: |lang: Lang| lang.tr(BlueprintText::KeysHint),
    vote_label: |project: &Project, id: ItemId| project.blueprint.card(id).map(|c| c.text.clone()),
    same_votables: |a, b| Rc::ptr_eq(&a.blueprint, &b.blueprint),
    appendix: |_, _| None,
};

fn view(context: &ViewContext) -> Html {
    let project = context.project;
    html! {
        <BlueprintView blueprint={project.blueprint.clone()} org={project.org.clone()} swot={project.swot.clone()}
            on_command={context.on_command.clone()} on_create={context.on_create.clone()}
            on_export={export_callback(context, export_blueprint)} reveal={context.reveal} />
    }
}
