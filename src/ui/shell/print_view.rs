//! What goes on paper: one canvas, or the whole project (every canvas, then every job
//! description), each page showing the canvas as its export draws it — whole, however large,
//! scaled to the page, never cut — on A4 or Letter, landscape where the drawing is wide.
//! Present only while printing; the print stylesheet hides everything else.

use crate::export::blueprint::blueprint_svg;
use crate::export::forces::{forces_assessment_svg, forces_diagram_svg};
use crate::export::swot::{swot_board_svg, tows_matrix_svg};
use crate::i18n::{Lang, Text};
use crate::model::org::Tree;
use crate::model::{ItemId, Project};
use crate::route::CanvasTab;
use crate::ui::canvas::org::chart_svg;
use crate::ui::canvas::org::print::PrintJobs;
use crate::ui::widgets::printing::use_printing;
use crate::ui::{browser, use_lang};
use std::rc::Rc;
use yew::prelude::*;

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintScope {
    Canvas(CanvasTab),
    Project,
}

/// What is being printed now, and how to ask for a print (`true`: the whole project, `false`:
/// the canvas `tab`).
#[hook]
pub fn use_print(tab: CanvasTab) -> (Option<PrintScope>, Callback<bool>) {
    let printing = use_printing::<PrintScope>();
    let print = {
        let printing = printing.clone();
        Callback::from(move |whole: bool| printing.set(Some(if whole { PrintScope::Project } else { PrintScope::Canvas(tab) })))
    };
    (*printing, print)
}

#[derive(Properties, PartialEq)]
pub struct PrintViewProps {
    pub project: Project,
    pub scope: PrintScope,
}

/// The drawings one canvas prints, with their headings.
fn drawings(project: &Project, tab: CanvasTab, lang: Lang) -> Vec<(String, String)> {
    let name = |text: Text| lang.tr(text).to_owned();
    match tab {
        CanvasTab::Swot => vec![(name(Text::CanvasSwot), swot_board_svg(project, lang)), (name(Text::ViewTows), tows_matrix_svg(project, lang))],
        CanvasTab::FiveForces => {
            vec![(name(Text::CanvasFiveForces), forces_diagram_svg(project, lang)), (name(Text::Assessment), forces_assessment_svg(project, lang))]
        }
        CanvasTab::Org => vec![(name(Text::CanvasOrg), chart_svg(project, lang))],
        CanvasTab::Blueprint => vec![(name(Text::CanvasBlueprint), blueprint_svg(project, lang))],
    }
}

#[function_component(PrintView)]
pub fn print_view(props: &PrintViewProps) -> Html {
    let lang = use_lang();
    let tabs: Vec<CanvasTab> = match props.scope {
        PrintScope::Canvas(tab) => vec![tab],
        PrintScope::Project => CanvasTab::ALL.to_vec(),
    };
    let pages = tabs.iter().flat_map(|tab| drawings(&props.project, *tab, lang)).map(|(heading, svg)| {
        let (width, height) = browser::svg_size(&svg).unwrap_or((0.0, 0.0));
        let wide = width > height * 1.2;
        let source = format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg)));
        // Each drawing carries its own title (the project's name and the view).
        html! {
            <section class={classes!("print-page", wide.then_some("wide"))}>
                <img src={source} alt={heading} />
            </section>
        }
    });
    let with_jobs = props.scope == PrintScope::Project && !props.project.org.positions.is_empty();
    let jobs = with_jobs.then(|| {
        let tree = Tree::new(&props.project.org);
        let order: Vec<ItemId> = tree.roots().iter().flat_map(|&r| tree.subtree(r)).map(|i| props.project.org.positions[i].id).collect();
        html! { <PrintJobs org={props.project.org.clone()} ids={Rc::new(order)} /> }
    });
    html! {
        <div class="print-view">
            { for pages }
            { for jobs }
        </div>
    }
}
