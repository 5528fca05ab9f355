//! The environment scan: the nine factors (five macro, four micro) with the course's prompt
//! for each, how many opportunities and threats already cite it, and a field to add one.

use crate::i18n::{factor_label, factor_prompt, Text};
use crate::model::swot::scan::coverage;
use crate::model::swot::{EnvFactor, Quadrant, SwotCanvas, SwotCommand, MAX_TEXT_CHARS};
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::field::{AddField, Check};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScanProps {
    pub swot: Rc<SwotCanvas>,
    pub on_command: Callback<Command>,
}

#[function_component(ScanView)]
pub fn scan_view(props: &ScanProps) -> Html {
    let lang = use_lang();
    let adding = use_state(|| None::<(EnvFactor, Quadrant)>);
    let rows = coverage(&props.swot).into_iter().map(|row| {
        let factor = row.factor;
        let start = |quadrant: Quadrant| {
            let adding = adding.clone();
            Callback::from(move |_| adding.set(Some((factor, quadrant))))
        };
        let input = (*adding).filter(|(f, _)| *f == factor).map(|(_, quadrant)| {
            let (adding, on_command) = (adding.clone(), props.on_command.clone());
            let on_add =
                Callback::from(move |text: String| on_command.emit(Command::Swot(SwotCommand::AddItem { quadrant, text, source: Some(factor) })));
            let on_cancel = Callback::from(move |_| adding.set(None));
            let label = lang.trf(Text::AddItemPlaceholder, &[lang.tr(crate::i18n::quadrant_label(quadrant))]);
            html! {
                <AddField key={format!("{factor:?}-{quadrant:?}")} class="scan-add" label={label.clone()} placeholder={label}
                    check={Check::text(MAX_TEXT_CHARS)} autofocus=true {on_add} {on_cancel} />
            }
        });
        html! {
            <li key={factor as usize} class={classes!("scan-factor", row.is_empty().then_some("uncovered"))}>
                <div class="scan-head">
                    <strong>{ lang.tr(factor_label(factor)) }</strong>
                    <span class="scan-count">
                        { if row.is_empty() { lang.tr(Text::NotCoveredYet).to_owned() }
                          else { lang.trf(Text::CoveredCount, &[&row.opportunities.to_string(), &row.threats.to_string()]) } }
                    </span>
                </div>
                <p class="scan-prompt">{ lang.tr(factor_prompt(factor)) }</p>
                <div class="scan-actions">
                    <button class="button small" onclick={start(Quadrant::Opportunities)}>{ lang.tr(Text::AddOpportunity) }</button>
                    <button class="button small" onclick={start(Quadrant::Threats)}>{ lang.tr(Text::AddThreat) }</button>
                    { for input }
                </div>
            </li>
        }
    });
    let (macro_rows, micro_rows): (Vec<_>, Vec<_>) = rows.zip(EnvFactor::ALL).partition(|(_, f)| f.is_macro());
    html! {
        <div class="scan">
            <p>{ lang.tr(Text::ScanIntro) }</p>
            <h3>{ lang.tr(Text::MacroEnv) }</h3>
            <ul class="scan-list">{ for macro_rows.into_iter().map(|(row, _)| row) }</ul>
            <h3>{ lang.tr(Text::MicroEnv) }</h3>
            <ul class="scan-list">{ for micro_rows.into_iter().map(|(row, _)| row) }</ul>
        </div>
    }
}
