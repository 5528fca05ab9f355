//! The gap model view: gap 5, the customer gap, is the SERVQUAL score; each of the four provider
//! gaps has a one-line summary of how it shows here, its causes, evidence, actions, an owner
//! (an org-chart position) and a status. A gap (once summarised) and each cause can take dots
//! and be sent to SWOT as a weakness that stays linked. A gap's record is made on its first edit.

use crate::i18n::{gap_status_label, gap_title, Lang, QualityText, Text};
use crate::model::links::Origin;
use crate::model::org::OrgCanvas;
use crate::model::quality::score::{dimension_scores, format_gap, overall};
use crate::model::quality::{Gap, GapEdit, GapStatus, ProviderGap, QualityCanvas, QualityCommand};
use crate::model::swot::{Quadrant, SwotCanvas, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::{Command, ItemId};
use crate::ui::canvas::voting::DotButton;
use crate::ui::widgets::choice::{choices, picked, value_of, Choice, ChoiceOption};
use crate::ui::widgets::field::{AddField, Check, TextField};
use std::rc::Rc;
use yew::prelude::*;

/// What the gap model view is drawn from.
pub struct GapsPanelProps {
    pub quality: Rc<QualityCanvas>,
    pub org: Rc<OrgCanvas>,
    pub swot: Rc<SwotCanvas>,
    pub on_command: Callback<Command>,
}

fn current_edit(gap: Option<&Gap>) -> GapEdit {
    gap.map_or(GapEdit { summary: String::new(), evidence: String::new(), actions: String::new(), owner: None, status: GapStatus::Open }, |g| {
        GapEdit { summary: g.summary.clone(), evidence: g.evidence.clone(), actions: g.actions.clone(), owner: g.owner, status: g.status }
    })
}

/// A SWOT link: the sent item's text, or the button that sends.
fn send_or_sent(lang: Lang, swot: &SwotCanvas, origin: Origin, ready: bool, on_command: &Callback<Command>) -> Html {
    if let Some(item) = swot.items.iter().find(|i| i.origin == Some(origin)) {
        return html! { <span class="chip linked">{ lang.trf(Text::SentToSwot, &[&item.text]) }</span> };
    }
    let send = on_command.reform(move |_| Command::SendToSwot { origin, quadrant: Quadrant::Weaknesses });
    html! { <button class="button small" disabled={!ready} onclick={send}>{ lang.tr(QualityText::SendGap) }</button> }
}

fn cause_row(lang: Lang, swot: &SwotCanvas, id: ItemId, text: &str, on_command: &Callback<Command>) -> Html {
    let edit = on_command.reform(move |text: String| Command::Quality(QualityCommand::EditCause { id, text }));
    let delete = on_command.reform(move |_| Command::Quality(QualityCommand::DeleteCause { id }));
    html! {
        <li class="cause">
            <TextField value={text.to_owned()} check={Check::text(MAX_TEXT_CHARS)} on_commit={edit} label={lang.tr(QualityText::Causes)} />
            <DotButton {id} />
            { send_or_sent(lang, swot, Origin::Cause(id), true, on_command) }
            <button class="button small" aria-label={lang.trf(QualityText::DeleteCause, &[text])} onclick={delete}>{ "×" }</button>
        </li>
    }
}

fn gap_card(lang: Lang, props: &GapsPanelProps, kind: ProviderGap) -> Html {
    let gap = props.quality.gap(kind);
    let edit = current_edit(gap);
    let commit = |change: fn(&mut GapEdit, String)| {
        let (on_command, edit) = (props.on_command.clone(), edit.clone());
        Callback::from(move |value: String| {
            let mut edit = edit.clone();
            change(&mut edit, value);
            on_command.emit(Command::Quality(QualityCommand::EditGap { kind, edit }));
        })
    };
    let set_owner = commit(|e, v| e.owner = v.parse::<u64>().ok().map(ItemId));
    // "Open" is the first option (the empty value), the other statuses follow it.
    let set_status = commit(|e, v| e.status = picked(&GapStatus::ALL[1..], &v).unwrap_or_default());
    let slug = format!("gap-{}", kind.number());
    let owners: Rc<[ChoiceOption]> = std::iter::once(ChoiceOption::new("", "—"))
        .chain(
            edit.owner
                .filter(|o| props.org.position(*o).is_none())
                .map(|o| ChoiceOption::new(o.0.to_string(), lang.tr(crate::i18n::BlueprintText::OwnerRemoved))),
        )
        .chain(props.org.positions.iter().map(|p| ChoiceOption::new(p.id.0.to_string(), p.details.title.clone())))
        .collect();
    let statuses = choices(lang.tr(QualityText::StatusOpen), &GapStatus::ALL[1..], |s| lang.tr(gap_status_label(s)).to_owned());
    let status_value = match edit.status {
        GapStatus::Open => String::new(),
        other => value_of(&GapStatus::ALL[1..], Some(other)),
    };
    let add_cause = props.on_command.reform(move |text: String| Command::Quality(QualityCommand::AddCause { kind, text }));
    let causes = gap.map(|g| g.causes.as_slice()).unwrap_or_default().iter().map(|c| cause_row(lang, &props.swot, c.id, &c.text, &props.on_command));
    html! {
        <article class={classes!("gap-card", slug.clone())} aria-labelledby={format!("{slug}-title")}>
            <h4 id={format!("{slug}-title")}>{ lang.tr(gap_title(kind)) }</h4>
            <div class="jd-field wide">
                <label for={format!("{slug}-summary")}>{ lang.tr(QualityText::GapSummary) }</label>
                <TextField id={format!("{slug}-summary")} value={edit.summary.clone()} check={Check::optional(MAX_TEXT_CHARS)} on_commit={commit(|e, v| e.summary = v)} />
            </div>
            if let Some(gap) = gap {
                <div class="button-row">
                    <DotButton id={gap.id} />
                    { send_or_sent(lang, &props.swot, Origin::Gap(gap.id), !gap.summary.is_empty(), &props.on_command) }
                    if gap.summary.is_empty() { <span class="hint">{ lang.tr(QualityText::SendNeedsSummary) }</span> }
                </div>
            }
            <div class="jd-grid">
                <div class="jd-field">
                    <label for={format!("{slug}-owner")}>{ lang.tr(QualityText::GapOwner) }</label>
                    <Choice id={format!("{slug}-owner")} value={edit.owner.map(|o| o.0.to_string()).unwrap_or_default()} options={owners} on_change={set_owner} />
                </div>
                <div class="jd-field">
                    <label for={format!("{slug}-status")}>{ lang.tr(QualityText::Status) }</label>
                    <Choice id={format!("{slug}-status")} value={status_value} options={statuses} on_change={set_status} />
                </div>
            </div>
            <div class="jd-field wide">
                <span class="label">{ lang.tr(QualityText::Causes) }</span>
                <ul class="causes">{ for causes }</ul>
                <AddField check={Check::text(MAX_TEXT_CHARS)} on_add={add_cause} label={lang.tr(QualityText::AddCause)} placeholder={lang.tr(QualityText::AddCause)} />
            </div>
            <div class="jd-field wide">
                <label for={format!("{slug}-evidence")}>{ lang.tr(QualityText::Evidence) }</label>
                <TextField id={format!("{slug}-evidence")} rows={2} value={edit.evidence.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={commit(|e, v| e.evidence = v)} />
            </div>
            <div class="jd-field wide">
                <label for={format!("{slug}-actions")}>{ lang.tr(QualityText::Actions) }</label>
                <TextField id={format!("{slug}-actions")} rows={2} value={edit.actions.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={commit(|e, v| e.actions = v)} />
            </div>
        </article>
    }
}

/// A plain function, not a component: it holds no state of its own.
pub fn gaps_panel(lang: Lang, props: &GapsPanelProps) -> Html {
    let customer_gap = overall(&dimension_scores(&props.quality));
    html! {
        <div class="quality-gaps">
            <p class="hint">{ lang.tr(QualityText::GapsIntro) }</p>
            <p class="gap-five"><strong>{ match customer_gap {
                Some(value) => lang.trf(QualityText::Gap5, &[&format_gap(value)]),
                None => lang.tr(QualityText::Gap5None).to_owned(),
            } }</strong></p>
            <div class="gap-cards">{ for ProviderGap::ALL.iter().map(|&kind| gap_card(lang, props, kind)) }</div>
        </div>
    }
}
