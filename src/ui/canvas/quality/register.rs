//! The service-quality canvas's entry in the canvas registry.

use super::{export_quality, print_form::print_form, QualityView};
use crate::export::quality::quality_svg;
use crate::i18n::{Lang, QualityText, Text};
use crate::interaction::route::CanvasTab;
use crate::model::{ItemId, Project};
use crate::ui::canvas::registry::{export_callback, heading, Canvas, ViewContext};
use std::rc::Rc;
use yew::prelude::*;

pub const CANVAS: Canvas = Canvas {
    tab: CanvasTab::Quality,
    view,
    drawings: |project, lang| vec![(heading(lang, Text::CanvasQuality), quality_svg(project, lang))],
    share_line: |project, lang| {
        let quality = &project.quality;
        let counts = [quality.statements.len(), quality.respondents as usize, quality.gaps.len()].map(|n| n.to_string());
        lang.trf(Text::ShareHasQuality, &[&counts[0], &counts[1], &counts[2]])
    },
    keys: |lang: Lang| lang.tr(QualityText::KeysHint),
    vote_label: |project: &Project, id: ItemId| {
        let quality = &project.quality;
        quality.gap_by_id(id).map(|g| g.summary.clone()).or_else(|| quality.cause(id).map(|(_, c)| c.text.clone()))
    },
    same_votables: |a, b| Rc::ptr_eq(&a.quality, &b.quality),
    // Printing the whole project ends with the blank questionnaire, ready to hand out.
    appendix: |project, lang| (!project.quality.statements.is_empty()).then(|| print_form(lang, &project.quality)),
};

fn view(context: &ViewContext) -> Html {
    html! {
        <QualityView quality={context.project.quality.clone()} org={context.project.org.clone()}
            blueprint={context.project.blueprint.clone()} swot={context.project.swot.clone()} on_command={context.on_command.clone()}
            on_export={export_callback(context, export_quality)} on_reveal={context.on_reveal.clone()} />
    }
}
