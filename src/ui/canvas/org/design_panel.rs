//! The design self-check, beside the design checks: the course's six principles — span of
//! control and authority-matches-responsibility judged from the checks, the four others asked
//! as questions whose assessment and note are recorded — and the five-step design procedure,
//! each step with what the chart has produced for it, a tick, and a button to the feature that
//! does it. Everything shown is derived from the document; only answers and ticks are stored.

use crate::i18n::{assessment_label, principle_words, step_words, DesignText, Lang};
use crate::model::org::checks::{findings, totals};
use crate::model::org::design::{computed_status, step_progress, Assessment, ComputedStatus, DesignStep, GuidedPrinciple, Principle, StepProgress};
use crate::model::org::{OrgCanvas, OrgCommand};
use crate::model::swot::MAX_NOTE_CHARS;
use crate::ui::use_lang;
use crate::ui::widgets::choice::{choices, picked, value_of, Choice};
use crate::ui::widgets::field::{Check, TextField};
use std::rc::Rc;
use yew::prelude::*;

/// Where a procedure step's or a principle's button leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DesignLink {
    Checks,
    Templates,
    JobDescription,
}

#[derive(Properties, PartialEq)]
pub struct DesignPanelProps {
    pub org: Rc<OrgCanvas>,
    pub on_command: Callback<OrgCommand>,
    pub on_link: Callback<DesignLink>,
}

fn link_button(lang: Lang, on_link: &Callback<DesignLink>, link: DesignLink) -> Html {
    let label = match link {
        DesignLink::Checks => DesignText::OpenChecks,
        DesignLink::Templates => DesignText::OpenTemplates,
        DesignLink::JobDescription => DesignText::OpenJob,
    };
    html! { <button class="button small" onclick={on_link.reform(move |_| link)}>{ lang.tr(label) }</button> }
}

/// The computed verdict of span of control or authority-matches-responsibility.
fn computed_line(lang: Lang, status: ComputedStatus, on_link: &Callback<DesignLink>) -> Html {
    let (class, text) = match status {
        ComputedStatus::NothingToJudge => ("principle-status", lang.tr(DesignText::NothingToJudge).to_owned()),
        ComputedStatus::Holds => ("principle-status holds", lang.tr(DesignText::Holds).to_owned()),
        ComputedStatus::Breaks(n) => ("principle-status breaks", lang.trf(DesignText::Breaks, &[&n.to_string()])),
    };
    html! {
        <p class={class}>
            <span>{ text }</span>
            if matches!(status, ComputedStatus::Breaks(_)) {
                { " " }
                <button class="button small" onclick={on_link.reform(|_| DesignLink::Checks)}>{ lang.tr(DesignText::ShowChecks) }</button>
            }
        </p>
    }
}

/// The assessment and note of a guided principle.
fn guided_answer(lang: Lang, org: &OrgCanvas, principle: GuidedPrinciple, on_command: &Callback<OrgCommand>) -> Html {
    let answer = org.design.answer(principle).cloned().unwrap_or_default();
    let slug = format!("{principle:?}").to_ascii_lowercase();
    let set_assessment = {
        let (on_command, note) = (on_command.clone(), answer.note.clone());
        Callback::from(move |value: String| {
            on_command.emit(OrgCommand::SetPrinciple { principle, assessment: picked(&Assessment::ALL, &value), note: note.clone() })
        })
    };
    let set_note = {
        let (on_command, assessment) = (on_command.clone(), answer.assessment);
        Callback::from(move |note: String| on_command.emit(OrgCommand::SetPrinciple { principle, assessment, note }))
    };
    let options = choices(lang.tr(DesignText::AssessmentNone), &Assessment::ALL, |a| lang.tr(assessment_label(a)).to_owned());
    html! {
        <div class="jd-grid principle-answer">
            <div class="jd-field">
                <label for={format!("principle-{slug}-assessment")}>{ lang.tr(DesignText::Assessment) }</label>
                <Choice id={format!("principle-{slug}-assessment")} value={value_of(&Assessment::ALL, answer.assessment)} {options} on_change={set_assessment} />
            </div>
            <div class="jd-field wide">
                <label for={format!("principle-{slug}-note")}>{ lang.tr(DesignText::Note) }</label>
                <TextField id={format!("principle-{slug}-note")} rows={2} value={answer.note.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={set_note} />
            </div>
        </div>
    }
}

/// What a procedure step has produced, in words.
fn progress_text(lang: Lang, progress: StepProgress) -> String {
    match progress {
        StepProgress::DutiesCarried { carried, of } => lang.trf(DesignText::DutiesCarried, &[&carried.to_string(), &of.to_string()]),
        StepProgress::Positions(n) => lang.trf(DesignText::Positions, &[&n.to_string()]),
        StepProgress::Links { dotted, relations, positions } => {
            lang.trf(DesignText::Links, &[&dotted.to_string(), &relations.to_string(), &positions.to_string()])
        }
        StepProgress::Staffing(t) => lang.trf(DesignText::Staffed, &[&t.planned.to_string(), &t.filled.to_string(), &t.vacancies.to_string()]),
        StepProgress::Findings(n) => lang.trf(DesignText::Findings, &[&n.to_string()]),
    }
}

fn step_link(step: DesignStep) -> DesignLink {
    match step {
        DesignStep::FunctionAnalysis | DesignStep::Feedback => DesignLink::Checks,
        DesignStep::BasicStructure => DesignLink::Templates,
        DesignStep::LinksAndRules | DesignStep::Staffing => DesignLink::JobDescription,
    }
}

#[function_component(DesignPanel)]
pub fn design_panel(props: &DesignPanelProps) -> Html {
    let lang = use_lang();
    let derived = use_memo(props.org.clone(), |org| (findings(org), totals(org)));
    let (found, sum) = &*derived;
    let principles = Principle::ALL.iter().map(|&principle| {
        let (name, explain, ask) = principle_words(principle);
        let body = match principle {
            Principle::Guided(guided) => guided_answer(lang, &props.org, guided, &props.on_command),
            computed => computed_status(computed, &props.org, found).map(|s| computed_line(lang, s, &props.on_link)).unwrap_or_default(),
        };
        html! {
            <li class="principle">
                <h5>{ lang.tr(name) }</h5>
                <p class="hint">{ lang.tr(explain) }</p>
                if let Some(ask) = ask { <p class="principle-question">{ lang.tr(ask) }</p> }
                { body }
            </li>
        }
    });
    let steps = DesignStep::ALL.iter().enumerate().map(|(i, &step)| {
        let (name, hint) = step_words(step);
        let done = props.org.design.done.contains(&step);
        let on_command = props.on_command.clone();
        let onchange = Callback::from(move |_: Event| on_command.emit(OrgCommand::SetStepDone { step, done: !done }));
        html! {
            <li class={classes!("design-step", done.then_some("done"))}>
                <label class="check">
                    <input type="checkbox" checked={done} {onchange} />
                    <strong>{ format!("{} ", i + 1) }{ lang.tr(name) }</strong>
                </label>
                <p class="hint">{ lang.tr(hint) }</p>
                <p class="step-progress">
                    <span>{ progress_text(lang, step_progress(step, &props.org, found, *sum)) }</span>
                    { " " }{ link_button(lang, &props.on_link, step_link(step)) }
                </p>
            </li>
        }
    });
    html! {
        <section class="design-panel" aria-labelledby="design-heading">
            <h3 id="design-heading" class="visually-hidden">{ lang.tr(DesignText::Tab) }</h3>
            <h4>{ lang.tr(DesignText::PrinciplesHeading) }</h4>
            <p class="hint">{ lang.tr(DesignText::PrinciplesIntro) }</p>
            <ol class="principles">{ for principles }</ol>
            <h4>{ lang.tr(DesignText::ProcedureHeading) }</h4>
            <p class="hint">{ lang.tr(DesignText::ProcedureIntro) }</p>
            <ol class="design-steps">{ for steps }</ol>
        </section>
    }
}
