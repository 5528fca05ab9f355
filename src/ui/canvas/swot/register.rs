//! The SWOT canvas's entry in the canvas registry.

use super::{export_swot, SwotView};
use crate::export::swot::{swot_board_svg, tows_matrix_svg};
use crate::i18n::{Lang, Text};
use crate::interaction::route::CanvasTab;
use crate::model::{ItemId, Project};
use crate::ui::canvas::registry::{export_callback, heading, Canvas, ViewContext};
use std::rc::Rc;
use yew::prelude::*;

pub const CANVAS: Canvas = Canvas {
    tab: CanvasTab::Swot,
    view,
    drawings: |project, lang| {
        vec![(heading(lang, Text::CanvasSwot), swot_board_svg(project, lang)), (heading(lang, Text::ViewTows), tows_matrix_svg(project, lang))]
    },
    share_line: |project, lang| lang.trf(Text::ShareHasSwot, &[&project.swot.items.len().to_string(), &project.swot.strategies.len().to_string()]),
    keys: |lang: Lang| lang.tr(Text::SwotKeysHint),
    vote_label: |project: &Project, id: ItemId| project.swot.item(id).map(|i| i.text.clone()),
    same_votables: |a, b| Rc::ptr_eq(&a.swot, &b.swot),
    appendix: |_, _| None,
};

fn view(context: &ViewContext) -> Html {
    let project = context.project;
    html! {
        <SwotView swot={project.swot.clone()} forces={project.five_forces.clone()} blueprint={project.blueprint.clone()} quality={project.quality.clone()}
            on_command={context.on_command.clone()} on_export={export_callback(context, export_swot)} />
    }
}
