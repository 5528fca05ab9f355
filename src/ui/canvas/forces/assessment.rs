//! The overall assessment: the five intensities as bars, the industry-attractiveness verdict
//! with the rule that produced it spelled out, and the planner's conclusion.

use super::stance::response_select;
use crate::export::forces::format_intensity;
use crate::i18n::{force_short_label, response_label, Text};
use crate::model::five_forces::score::{intensity, verdict, Attractiveness};
use crate::model::five_forces::{FiveForcesCanvas, Force, ForcesCommand};
use crate::model::swot::MAX_NOTE_CHARS;
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::field::{Check, TextField};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub forces: Rc<FiveForcesCanvas>,
    pub on_command: Callback<Command>,
}

/// Width of a full (5.0) bar in the chart's own units.
const BAR_FULL: f64 = 300.0;

#[function_component(Assessment)]
pub fn assessment(props: &AssessmentProps) -> Html {
    let lang = use_lang();
    let result = verdict(&props.forces);
    let verdict_text = match result.level {
        None => lang.trf(Text::VerdictIncomplete, &[&result.assessed.to_string(), &result.high.to_string()]),
        Some(Attractiveness::Attractive) => lang.trf(Text::VerdictAttractive, &[&result.high.to_string()]),
        Some(Attractiveness::Moderate) => lang.trf(Text::VerdictModerate, &[&result.high.to_string()]),
        Some(Attractiveness::Unattractive) => lang.trf(Text::VerdictUnattractive, &[&result.high.to_string()]),
    };
    let verdict_class = match result.level {
        None => "incomplete",
        Some(Attractiveness::Attractive) => "attractive",
        Some(Attractiveness::Moderate) => "moderate",
        Some(Attractiveness::Unattractive) => "unattractive",
    };
    let on_conclusion = {
        let (on_command, current) = (props.on_command.clone(), props.forces.conclusion.clone());
        Callback::from(move |text: String| {
            if text.trim() != current {
                on_command.emit(Command::Forces(ForcesCommand::SetConclusion { text }));
            }
        })
    };
    let on_response = props.on_command.reform(|response| Command::Forces(ForcesCommand::SetResponse { response }));
    let rows = Force::ALL.iter().enumerate().map(|(row, force)| {
        let y = (row as f64) * 34.0;
        let label = lang.tr(force_short_label(*force));
        match intensity(&props.forces, *force) {
            Some(i) => {
                let width = BAR_FULL * i.value / 5.0;
                let class = if i.is_high() { "bar high" } else { "bar" };
                html! {
                    <g class="bar-row" data-force={format!("{force:?}")}>
                        <text x="0" y={(y + 20.0).to_string()}>{ label }</text>
                        <rect {class} x="130" y={(y + 6.0).to_string()} width={format!("{width:.1}")} height="20" rx="3" />
                        <text x={format!("{:.1}", 138.0 + width)} y={(y + 21.0).to_string()} class="bar-value">{ format_intensity(i.value) }</text>
                    </g>
                }
            }
            None => html! {
                <g class="bar-row" data-force={format!("{force:?}")}>
                    <text x="0" y={(y + 20.0).to_string()}>{ label }</text>
                    <text x="130" y={(y + 21.0).to_string()} class="bar-value unassessed">{ lang.tr(Text::NotAssessed) }</text>
                </g>
            },
        }
    });
    html! {
        <section class="assessment" aria-labelledby="assessment-title">
            <h3 id="assessment-title">{ lang.tr(Text::Assessment) }</h3>
            <div class="assessment-body">
                <svg class="bar-chart" viewBox="0 0 480 172" role="img" aria-label={lang.tr(Text::Assessment)}>
                    <line x1="130" y1="0" x2="130" y2="170" class="axis-line" />
                    <line x1={format!("{:.1}", 130.0 + BAR_FULL * 0.7)} y1="0" x2={format!("{:.1}", 130.0 + BAR_FULL * 0.7)} y2="170" class="high-line" />
                    { for rows }
                </svg>
                <div class="verdict-box">
                    <p class={classes!("verdict", verdict_class)} role="status">{ verdict_text }</p>
                    <p class="hint rule">{ lang.tr(Text::VerdictRule) }</p>
                    <label class="conclusion-response">{ lang.tr(Text::ConclusionResponse) }
                        { response_select(lang, Text::ConclusionResponse, props.forces.response, on_response) }
                    </label>
                    if let Some(response) = props.forces.response {
                        <p class="hint">{ lang.tr(response_label(response).1) }</p>
                    }
                    <label class="conclusion">{ lang.tr(Text::Conclusion) }
                        <TextField rows={3} value={props.forces.conclusion.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={on_conclusion} />
                    </label>
                </div>
            </div>
        </section>
    }
}
