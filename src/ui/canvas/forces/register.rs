//! The five-forces canvas's entry in the canvas registry.

use super::{export_forces, ForcesView};
use crate::export::forces::{forces_assessment_svg, forces_diagram_svg};
use crate::i18n::{Lang, Text};
use crate::interaction::route::CanvasTab;
use crate::model::{ItemId, Project};
use crate::ui::canvas::registry::{export_callback, heading, Canvas, ViewContext};
use std::rc::Rc;
use yew::prelude::*;

pub const CANVAS: Canvas = Canvas {
    tab: CanvasTab::FiveForces,
    view,
    drawings: |project, lang| {
        vec![
            (heading(lang, Text::CanvasFiveForces), forces_diagram_svg(project, lang)),
            (heading(lang, Text::Assessment), forces_assessment_svg(project, lang)),
        ]
    },
    share_line: |project, lang| {
        let forces = &project.five_forces;
        lang.trf(Text::ShareHasForces, &[&forces.factors.len().to_string(), &forces.competitors.len().to_string()])
    },
    keys: |lang: Lang| lang.tr(Text::FactorKeysHint),
    vote_label: |project: &Project, id: ItemId| project.five_forces.factor(id).map(|f| f.text.clone()),
    same_votables: |a, b| Rc::ptr_eq(&a.five_forces, &b.five_forces),
    appendix: |_, _| None,
};

fn view(context: &ViewContext) -> Html {
    let project = context.project;
    html! {
        <ForcesView forces={project.five_forces.clone()} swot={project.swot.clone()} on_command={context.on_command.clone()}
            on_export={export_callback(context, export_forces)} />
    }
}
