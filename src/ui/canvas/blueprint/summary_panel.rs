//! Under the grid: the time summary (total, waiting, the budget and the steps past it, counts
//! of fail points, wait points and touchpoints) and the fail-point register, whose rows select
//! their card in the grid.

use crate::i18n::{lane_name, mark_label, servqual_label, BlueprintText};
use crate::model::blueprint::summary::{register, Owner, Summary};
use crate::model::blueprint::{BlueprintCanvas, BlueprintCommand, MAX_MINUTES};
use crate::model::org::OrgCanvas;
use crate::model::{Command, ItemId};
use crate::ui::use_lang;
use crate::ui::widgets::field::{NumberField, Range};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub summary: Rc<Summary>,
    pub canvas: Rc<BlueprintCanvas>,
    pub org: Rc<OrgCanvas>,
    pub on_command: Callback<Command>,
    /// Select a card in the grid.
    pub on_show: Callback<ItemId>,
}

#[function_component(SummaryPanel)]
pub fn summary_panel(props: &SummaryProps) -> Html {
    let lang = use_lang();
    let sum = &props.summary;
    let rows = use_memo((props.canvas.clone(), props.org.clone()), |(canvas, org)| register(canvas, org));
    let set_budget = {
        let on_command = props.on_command.clone();
        Callback::from(move |minutes: Option<u32>| on_command.emit(Command::Blueprint(BlueprintCommand::SetBudget { minutes })))
    };
    let over: Vec<String> = sum.over_budget.iter().filter_map(|id| props.canvas.step(*id)).map(|s| s.name.clone()).collect();
    let separator = if lang == crate::i18n::Lang::ZhCn { "、" } else { ", " };
    let table_rows = rows.iter().map(|row| {
        let lane = props.canvas.lane(row.lane).map(|l| lane_name(lang, l)).unwrap_or_default();
        let owner = match &row.owner {
            Owner::Unassigned => lang.tr(BlueprintText::OwnerNone).to_owned(),
            Owner::Position { title, .. } => title.clone(),
            Owner::Removed(_) => lang.tr(BlueprintText::OwnerRemoved).to_owned(),
        };
        let (on_show, card) = (props.on_show.clone(), row.card);
        html! {
            <tr>
                <td>{ &row.step_name }</td>
                <td>{ lane }</td>
                <td><button class="link-button" onclick={Callback::from(move |_| on_show.emit(card))}>{ &row.text }</button></td>
                <td>{ lang.tr(mark_label(row.mark)) }</td>
                <td>{ row.servqual.map(|s| lang.tr(servqual_label(s))).unwrap_or("—") }{ if row.touchpoint { " ★" } else { "" } }</td>
                <td class={classes!(matches!(row.owner, Owner::Removed(_)).then_some("owner-removed"))}>{ owner }</td>
                <td class="number">{ row.minutes.map(|m| m.to_string()).unwrap_or_default() }</td>
            </tr>
        }
    });
    html! {
        <section class="bp-summary" aria-labelledby="bp-summary-title">
            <h3 id="bp-summary-title">{ lang.tr(BlueprintText::Summary) }</h3>
            <div class="bp-summary-line">
                <span>{ lang.trf(BlueprintText::TotalTime, &[&sum.total_minutes.to_string()]) }</span>
                <span>{ lang.trf(BlueprintText::Waiting, &[&sum.waiting_minutes.to_string()]) }</span>
                <label class="inline-field">{ lang.tr(BlueprintText::Budget) }
                    <NumberField class="budget" value={sum.budget} range={Range { min: 0, max: MAX_MINUTES, allow_empty: true }} on_commit={set_budget} />
                </label>
                if sum.budget.is_some() {
                    if over.is_empty() {
                        <span class="ok">{ lang.tr(BlueprintText::WithinBudget) }</span>
                    } else {
                        <span class="over-budget" role="status">{ "⚠ " }{ lang.trf(BlueprintText::OverBudget, &[&over.join(separator)]) }</span>
                    }
                }
            </div>
            <p>{ lang.trf(BlueprintText::Counts, &[&sum.fail_points.to_string(), &sum.wait_points.to_string(), &sum.touchpoints.to_string()]) }</p>
            <h3>{ lang.tr(BlueprintText::Register) }</h3>
            if rows.is_empty() {
                <p class="hint">{ lang.tr(BlueprintText::NoMarkedCards) }</p>
            } else {
                <div class="register-wrap">
                    <table class="register">
                        <thead><tr>
                            <th scope="col">{ lang.tr(BlueprintText::Step) }</th>
                            <th scope="col">{ lang.tr(BlueprintText::Lane) }</th>
                            <th scope="col">{ lang.tr(BlueprintText::CardText) }</th>
                            <th scope="col">{ lang.tr(BlueprintText::Mark) }</th>
                            <th scope="col">{ lang.tr(BlueprintText::Servqual) }</th>
                            <th scope="col">{ lang.tr(BlueprintText::Owner) }</th>
                            <th scope="col">{ lang.tr(BlueprintText::Minutes) }</th>
                        </tr></thead>
                        <tbody>{ for table_rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
