//! Job descriptions laid out for paper: one A4 page per position with the course's six
//! parts. Hidden on screen; the print stylesheet shows only this when it is present.

use crate::i18n::{duty_label, OrgText};
use crate::model::org::{OrgCanvas, Tree};
use crate::model::ItemId;
use crate::ui::use_lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintJobsProps {
    pub org: Rc<OrgCanvas>,
    /// The positions to print, in order.
    pub ids: Rc<Vec<ItemId>>,
}

#[function_component(PrintJobs)]
pub fn print_jobs(props: &PrintJobsProps) -> Html {
    let lang = use_lang();
    let tree = Tree::new(&props.org);
    let pages = props.ids.iter().filter_map(|id| tree.at(*id)).map(|at| {
        let position = &props.org.positions[at];
        let (details, job) = (&position.details, &position.job);
        let reports_to =
            position.parent.and_then(|p| tree.get(p)).map_or_else(|| lang.tr(OrgText::TopOfChart).to_owned(), |p| p.details.title.clone());
        let holder = if details.holder.trim().is_empty() { lang.tr(OrgText::Vacant).to_owned() } else { details.holder.clone() };
        let row = |label: OrgText, value: String| html! { <tr><th scope="row">{ lang.tr(label) }</th><td>{ value }</td></tr> };
        let part = |label: OrgText, text: &str| html! { <section><h3>{ lang.tr(label) }</h3><p class="print-text">{ text.to_owned() }</p></section> };
        let duties: Vec<&str> = position.duties.iter().map(|d| lang.tr(duty_label(*d))).collect();
        html! {
            <article class="print-jd">
                <h2>{ lang.tr(OrgText::JobDescription) }{ lang.colon() }{ &details.title }</h2>
                <table class="print-header">
                    { row(OrgText::PositionTitle, details.title.clone()) }
                    { row(OrgText::Department, tree.department(at).to_owned()) }
                    { row(OrgText::ReportsTo, reports_to) }
                    { row(OrgText::Level, details.level.clone()) }
                    { row(OrgText::Code, details.code.clone()) }
                    { row(OrgText::Holder, holder) }
                    { row(OrgText::Planned, details.planned.to_string()) }
                    { row(OrgText::Filled, details.filled.to_string()) }
                </table>
                { part(OrgText::SectionScope, &job.scope) }
                { part(OrgText::SectionRelations, &job.relations) }
                <section>
                    <h3>{ lang.tr(OrgText::SectionResponsibilities) }</h3>
                    <ol>{ for job.responsibilities.iter().map(|r| html! { <li>{ r }</li> }) }</ol>
                    if !duties.is_empty() {
                        <p>{ lang.tr(OrgText::Duties) }{ lang.colon() }{ duties.join(" · ") }</p>
                    }
                </section>
                { part(OrgText::SectionQualifications, &job.qualifications) }
                { part(OrgText::SectionOther, &job.other) }
            </article>
        }
    });
    html! { <div class="print-jds">{ for pages }</div> }
}
