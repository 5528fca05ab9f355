//! The design-checks panel: the span-of-control range, every finding with a button that
//! shows the position in the chart, totals for the chart and per branch, and how complete the
//! job descriptions are. Findings are recomputed from the document, never stored.

use crate::i18n::{duty_label, Lang, OrgText};
use crate::model::org::checks::{branch_totals, chart_completeness, findings, totals, Finding};
use crate::model::org::{OrgCanvas, OrgCommand, SpanRange, MAX_SPAN};
use crate::model::ItemId;
use crate::ui::use_lang;
use crate::ui::widgets::field::{NumberField, Range};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecksPanelProps {
    pub org: Rc<OrgCanvas>,
    pub on_command: Callback<OrgCommand>,
    /// Select a position and bring it into view.
    pub on_show: Callback<ItemId>,
}

fn title_of(org: &OrgCanvas, id: ItemId) -> String {
    org.position(id).map(|p| p.details.title.clone()).unwrap_or_default()
}

/// A finding in words.
pub fn describe_finding(lang: Lang, org: &OrgCanvas, finding: &Finding) -> String {
    match finding {
        Finding::SpanTooWide { id, reports, max } => {
            lang.trf(OrgText::FindingSpanWide, &[&title_of(org, *id), &reports.to_string(), &max.to_string()])
        }
        Finding::SpanTooNarrow { id, reports, min } => {
            lang.trf(OrgText::FindingSpanNarrow, &[&title_of(org, *id), &reports.to_string(), &min.to_string()])
        }
        Finding::Vacant { id } => lang.trf(OrgText::FindingVacant, &[&title_of(org, *id)]),
        Finding::HeadcountGap { id, planned, filled } => {
            lang.trf(OrgText::FindingHeadcount, &[&title_of(org, *id), &planned.to_string(), &filled.to_string()])
        }
        Finding::NoResponsibilities { id } => lang.trf(OrgText::FindingNoResponsibilities, &[&title_of(org, *id)]),
        Finding::SharedResponsibility { text, ids } => {
            let titles: Vec<String> = ids.iter().map(|id| title_of(org, *id)).collect();
            let separator = if lang == Lang::ZhCn { "、" } else { ", " };
            lang.trf(OrgText::FindingShared, &[text, &ids.len().to_string(), &titles.join(separator)])
        }
        Finding::DutyUnassigned { duty } => lang.trf(OrgText::FindingDuty, &[lang.tr(duty_label(*duty))]),
    }
}

#[function_component(ChecksPanel)]
pub fn checks_panel(props: &ChecksPanelProps) -> Html {
    let lang = use_lang();
    let found = use_memo(props.org.clone(), |org| findings(org));
    let all = use_memo(props.org.clone(), |org| (totals(org), branch_totals(org), chart_completeness(org)));
    let (sum, branches, complete) = &*all;
    let span = props.org.span;
    let set_span = |is_min: bool| {
        let on_command = props.on_command.clone();
        Callback::from(move |value: Option<u32>| {
            let Some(value) = value.and_then(|v| u8::try_from(v).ok()) else { return };
            let range = if is_min { SpanRange { min: value, ..span } } else { SpanRange { max: value, ..span } };
            on_command.emit(OrgCommand::SetSpanRange { range });
        })
    };
    let span_range = Range { min: 1, max: u32::from(MAX_SPAN), allow_empty: false };
    let items = found.iter().map(|finding| {
        let text = describe_finding(lang, &props.org, finding);
        let show = finding.position().map(|id| {
            let on_show = props.on_show.clone();
            html! { <button class="button small" onclick={Callback::from(move |_| on_show.emit(id))}>{ lang.tr(OrgText::GoTo) }</button> }
        });
        html! { <li class={format!("finding finding-{:?}", finding.kind()).to_ascii_lowercase()}><span>{ text }</span>{ show }</li> }
    });
    let rows = branches.iter().map(|(id, t)| {
        html! {
            <tr>
                <th scope="row">{ title_of(&props.org, *id) }</th>
                <td>{ t.positions }</td><td>{ t.planned }</td><td>{ t.filled }</td><td>{ t.vacancies }</td>
            </tr>
        }
    });
    html! {
        <section class="checks-panel" aria-labelledby="checks-heading">
            <h3 id="checks-heading" class="visually-hidden">{ lang.tr(OrgText::Checks) }</h3>
            <p class="hint">{ lang.tr(OrgText::ChecksIntro) }</p>
            <fieldset class="span-range">
                <legend>{ lang.tr(OrgText::SpanRange) }</legend>
                <label>{ lang.tr(OrgText::SpanMin) }
                    <NumberField value={Some(u32::from(span.min))} range={span_range} on_commit={set_span(true)} /></label>
                <label>{ lang.tr(OrgText::SpanMax) }
                    <NumberField value={Some(u32::from(span.max))} range={span_range} on_commit={set_span(false)} /></label>
            </fieldset>
            if found.is_empty() {
                <p class="no-findings">{ lang.tr(OrgText::NoFindings) }</p>
            } else {
                <ul class="findings" aria-live="polite">{ for items }</ul>
            }
            <p class="totals">{ lang.trf(OrgText::Totals, &[&sum.positions.to_string(), &sum.planned.to_string(), &sum.filled.to_string(), &sum.vacancies.to_string()]) }</p>
            <p>{ lang.trf(OrgText::ChartCompleteness, &[&complete.percent().to_string()]) }</p>
            if !branches.is_empty() {
                <table class="branch-totals">
                    <caption>{ lang.tr(OrgText::Branches) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.tr(OrgText::BranchColumn) }</th>
                        <th scope="col">{ lang.tr(OrgText::PositionsColumn) }</th>
                        <th scope="col">{ lang.tr(OrgText::PlannedColumn) }</th>
                        <th scope="col">{ lang.tr(OrgText::FilledColumn) }</th>
                        <th scope="col">{ lang.tr(OrgText::VacanciesColumn) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </section>
    }
}
