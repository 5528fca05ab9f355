//! The org chart's entry in the canvas registry. Printing the whole project adds every job
//! description after the drawings.

use super::print::PrintJobs;
use super::{chart_svg, export_org, OrgView};
use crate::i18n::{Lang, OrgText, Text};
use crate::interaction::route::CanvasTab;
use crate::model::org::Tree;
use crate::model::{ItemId, Project};
use crate::ui::canvas::registry::{export_callback, heading, Canvas, ViewContext};
use std::rc::Rc;
use yew::prelude::*;

pub const CANVAS: Canvas = Canvas {
    tab: CanvasTab::Org,
    view,
    drawings: |project, lang| vec![(heading(lang, Text::CanvasOrg), chart_svg(project, lang))],
    share_line: |project, lang| lang.trf(Text::ShareHasOrg, &[&project.org.positions.len().to_string()]),
    keys: |lang: Lang| lang.tr(OrgText::ChartKeysHint),
    vote_label: |_: &Project, _: ItemId| None,
    same_votables: |_, _| true,
    appendix: job_descriptions,
};

fn view(context: &ViewContext) -> Html {
    html! {
        <OrgView org={context.project.org.clone()} on_command={context.on_command.clone()} on_create={context.on_create.clone()}
            on_export={export_callback(context, export_org)} />
    }
}

/// Every job description, in chart order.
fn job_descriptions(project: &Project, _: Lang) -> Option<Html> {
    let org = &project.org;
    (!org.positions.is_empty()).then(|| {
        let tree = Tree::new(org);
        let order: Vec<ItemId> = tree.roots().iter().flat_map(|&r| tree.subtree(r)).map(|i| org.positions[i].id).collect();
        html! { <PrintJobs org={org.clone()} ids={Rc::new(order)} /> }
    })
}
