//! The template dialog: the course's four structure types, each shown with its traits, the
//! companies it suits, its pros and cons, and the sample customer-service department. Applying
//! to a chart that already has positions asks whether to replace it or add beside it.

use crate::i18n::{OrgText, Text};
use crate::model::org::templates::{StructureType, Template};
use crate::ui::use_lang;
use crate::ui::widgets::dialog::use_modal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TemplatePickerProps {
    /// How many positions the chart has now.
    pub existing: usize,
    /// The chosen template, and whether it replaces the chart.
    pub on_apply: Callback<(Template, bool)>,
    pub on_cancel: Callback<()>,
}

fn name(template: Template) -> OrgText {
    match template {
        Template::Structure(StructureType::Comprehensive) => OrgText::StructureComprehensive,
        Template::Structure(StructureType::Functional) => OrgText::StructureFunctional,
        Template::Structure(StructureType::FlowLine) => OrgText::StructureFlowLine,
        Template::Structure(StructureType::Spoke) => OrgText::StructureSpoke,
        Template::SampleDepartment => OrgText::SampleDepartment,
    }
}

/// Traits, suits, pros, cons (DOMAIN.md §4's table).
fn profile(kind: StructureType) -> [OrgText; 4] {
    match kind {
        StructureType::Comprehensive => {
            [OrgText::ComprehensiveTraits, OrgText::ComprehensiveSuits, OrgText::ComprehensivePros, OrgText::ComprehensiveCons]
        }
        StructureType::Functional => [OrgText::FunctionalTraits, OrgText::FunctionalSuits, OrgText::FunctionalPros, OrgText::FunctionalCons],
        StructureType::FlowLine => [OrgText::FlowLineTraits, OrgText::FlowLineSuits, OrgText::FlowLinePros, OrgText::FlowLineCons],
        StructureType::Spoke => [OrgText::SpokeTraits, OrgText::SpokeSuits, OrgText::SpokePros, OrgText::SpokeCons],
    }
}

#[function_component(TemplatePicker)]
pub fn template_picker(props: &TemplatePickerProps) -> Html {
    let lang = use_lang();
    let chosen = use_state(|| Template::Structure(StructureType::Functional));
    let first = use_node_ref();
    use_modal(first.clone(), props.on_cancel.clone());
    let options = Template::ALL.iter().enumerate().map(|(i, &template)| {
        let checked = *chosen == template;
        let chosen = chosen.clone();
        let node = if checked { first.clone() } else { NodeRef::default() };
        let id = format!("template-{i}");
        html! {
            <div class="template-option">
                <input type="radio" name="org-template" id={id.clone()} ref={node} {checked}
                    onchange={Callback::from(move |_| chosen.set(template))} />
                <label for={id}>{ lang.tr(name(template)) }</label>
            </div>
        }
    });
    let description = match *chosen {
        Template::Structure(kind) => {
            let [traits, suits, pros, cons] = profile(kind);
            let row = |head: OrgText, text: OrgText| html! { <tr><th scope="row">{ lang.tr(head) }</th><td>{ lang.tr(text) }</td></tr> };
            html! {
                <table class="template-profile">
                    { row(OrgText::Traits, traits) }{ row(OrgText::Suits, suits) }{ row(OrgText::Pros, pros) }{ row(OrgText::Cons, cons) }
                </table>
            }
        }
        Template::SampleDepartment => html! { <p>{ lang.tr(OrgText::SampleDepartmentBlurb) }</p> },
    };
    let apply = |replace: bool| {
        let (on_apply, chosen) = (props.on_apply.clone(), chosen.clone());
        Callback::from(move |_| on_apply.emit((*chosen, replace)))
    };
    let cancel = props.on_cancel.reform(|_| ());
    html! {
        <div class="dialog-backdrop">
            <div class="dialog template-dialog" role="dialog" aria-modal="true" aria-labelledby="template-title">
                <h2 id="template-title">{ lang.tr(OrgText::TemplatesTitle) }</h2>
                <div class="template-body">
                    <div class="template-list" role="radiogroup" aria-labelledby="template-title">{ for options }</div>
                    <div class="template-details" aria-live="polite">
                        <h3>{ lang.tr(name(*chosen)) }</h3>
                        { description }
                    </div>
                </div>
                if props.existing > 0 {
                    <p>{ lang.trf(OrgText::TemplateNonEmpty, &[&props.existing.to_string()]) }</p>
                }
                <div class="dialog-buttons">
                    if props.existing > 0 {
                        <button class="button primary" onclick={apply(false)}>{ lang.tr(OrgText::AddBeside) }</button>
                        <button class="button danger" onclick={apply(true)}>{ lang.tr(OrgText::ReplaceChart) }</button>
                    } else {
                        <button class="button primary" onclick={apply(true)}>{ lang.tr(OrgText::ApplyTemplate) }</button>
                    }
                    <button class="button" onclick={cancel}>{ lang.tr(Text::Cancel) }</button>
                </div>
            </div>
        </div>
    }
}
