//! What goes on paper: one canvas, or the whole project (every canvas, then what a canvas adds
//! at the end, such as every job description), each page showing the canvas as its export draws it — whole, however large,
//! scaled to the page, never cut — on A4 or Letter, landscape where the drawing is wide.
//! Present only while printing; the print stylesheet hides everything else.

use crate::interaction::route::CanvasTab;
use crate::model::Project;
use crate::ui::canvas::registry::{canvas, Canvas, CANVASES};
use crate::ui::widgets::printing::use_printing;
use crate::ui::{browser, use_lang};
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

#[function_component(PrintView)]
pub fn print_view(props: &PrintViewProps) -> Html {
    let lang = use_lang();
    let canvases: Vec<&Canvas> = match props.scope {
        PrintScope::Canvas(tab) => vec![canvas(tab)],
        PrintScope::Project => CANVASES.to_vec(),
    };
    let pages = canvases.iter().flat_map(|canvas| (canvas.drawings)(&props.project, lang)).map(|(heading, svg)| {
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
    let appendices = canvases.iter().filter(|_| props.scope == PrintScope::Project).filter_map(|canvas| (canvas.appendix)(&props.project, lang));
    html! {
        <div class="print-view">
            { for pages }
            { for appendices }
        </div>
    }
}
