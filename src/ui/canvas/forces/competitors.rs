//! The competitor register under rivalry: name, the course's four competitor types, strengths,
//! weaknesses, threat level and stance (benchmark, response, comparison: `stance.rs`),
//! filtered by type; a competitor can be sent to SWOT as a threat.

use super::stance::stance_cell;
use crate::i18n::{competitor_hint, competitor_label, Lang, Text};
use crate::model::five_forces::{Competitor, FiveForcesCanvas, ForcesCommand};
use crate::model::links::Origin;
use crate::model::swot::{CompetitorType, Quadrant, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::choice::{explained_choices, levels, picked, value_of, Choice, ChoiceOption};
use crate::ui::widgets::field::{use_field_error, Check, TextField};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegisterProps {
    pub forces: Rc<FiveForcesCanvas>,
    pub sent: Rc<Vec<(Origin, String)>>,
    pub on_command: Callback<Command>,
}

fn kind_options(lang: Lang, selected: Option<CompetitorType>, none: Text) -> Html {
    html! {
        <>
            <option value="" selected={selected.is_none()}>{ lang.tr(none) }</option>
            { for CompetitorType::ALL.iter().enumerate().map(|(i, k)| html! {
                <option value={i.to_string()} title={lang.tr(competitor_hint(*k))} selected={selected == Some(*k)}>{ lang.tr(competitor_label(*k)) }</option>
            }) }
        </>
    }
}

fn kind_choices(lang: Lang) -> Rc<[ChoiceOption]> {
    let explained = |k| (lang.tr(competitor_label(k)).to_owned(), lang.tr(competitor_hint(k)).to_owned());
    explained_choices(lang.tr(Text::NoneChosen), &CompetitorType::ALL, explained)
}

#[function_component(Register)]
pub fn register(props: &RegisterProps) -> Html {
    let lang = use_lang();
    let filter = use_state(|| None::<CompetitorType>);
    let name_field = use_node_ref();
    let kind_field = use_node_ref();
    let add_error = use_field_error();
    let on_add = {
        let (on_command, name_field, kind_field, add_error) = (props.on_command.clone(), name_field.clone(), kind_field.clone(), add_error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(name) = name_field.cast::<web_sys::HtmlInputElement>() else { return };
            let kind = kind_field.cast::<web_sys::HtmlSelectElement>().and_then(|s| picked(&CompetitorType::ALL, &s.value()));
            if name.value().trim().is_empty() {
                return add_error.set(None);
            }
            match Check::text(MAX_TEXT_CHARS).run(lang, &name.value()) {
                Ok(text) => {
                    add_error.set(None);
                    on_command.emit(Command::Forces(ForcesCommand::AddCompetitor { name: text, kind }));
                    name.set_value("");
                }
                Err(message) => add_error.set(Some(message)),
            }
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| filter.set(picked(&CompetitorType::ALL, &e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())))
    };
    let shown: Vec<&Competitor> = props.forces.competitors.iter().filter(|c| filter.is_none() || c.kind == *filter).collect();
    html! {
        <section class="competitors" aria-labelledby="competitors-title">
            <div class="register-head">
                <h3 id="competitors-title">{ lang.tr(Text::Competitors) }</h3>
                <label>{ lang.tr(Text::FilterByType) }
                    <select onchange={on_filter}>{ kind_options(lang, *filter, Text::AllTypes) }</select>
                </label>
            </div>
            <form class="add-competitor" onsubmit={on_add}>
                <input ref={name_field} aria-label={lang.tr(Text::CompetitorName)} placeholder={lang.tr(Text::CompetitorName)}
                    aria-invalid={add_error.invalid()} aria-describedby={add_error.described_by()} />
                <select ref={kind_field} aria-label={lang.tr(Text::CompetitorKind)}>{ kind_options(lang, None, Text::NoneChosen) }</select>
                <button class="button" type="submit">{ lang.tr(Text::AddCompetitor) }</button>
                { add_error.line() }
            </form>
            if props.forces.competitors.is_empty() {
                <p class="hint">{ lang.tr(Text::NoCompetitors) }</p>
            } else {
                <table class="register">
                    <thead><tr>
                        <th>{ lang.tr(Text::CompetitorName) }</th><th>{ lang.tr(Text::CompetitorKind) }</th>
                        <th>{ lang.tr(Text::CompetitorStrengths) }</th><th>{ lang.tr(Text::CompetitorWeaknesses) }</th>
                        <th>{ lang.tr(Text::ThreatLevel) }</th><th>{ lang.tr(Text::Response) }</th><th></th>
                    </tr></thead>
                    <tbody>
                        { for shown.into_iter().map(|c| {
                            let sent = props.sent.iter().find(|(o, _)| *o == Origin::Competitor(c.id)).map(|(_, t)| t.clone());
                            html! { <CompetitorRow key={c.id.0} competitor={c.clone()} {sent} on_command={props.on_command.clone()} /> }
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CompetitorRowProps {
    competitor: Competitor,
    sent: Option<String>,
    on_command: Callback<Command>,
}

/// A register row; every field saves when it changes.
#[function_component(CompetitorRow)]
fn competitor_row(props: &CompetitorRowProps) -> Html {
    let lang = use_lang();
    let c = &props.competitor;
    let edit = |change: fn(&mut Competitor, String)| {
        let (on_command, base) = (props.on_command.clone(), c.clone());
        Callback::from(move |value: String| {
            let mut next = base.clone();
            change(&mut next, value);
            on_command.emit(Command::Forces(ForcesCommand::EditCompetitor {
                id: next.id,
                name: next.name,
                kind: next.kind,
                strengths: next.strengths,
                weaknesses: next.weaknesses,
                threat: next.threat,
            }));
        })
    };
    let delete = {
        let (on_command, id) = (props.on_command.clone(), c.id);
        Callback::from(move |_| on_command.emit(Command::Forces(ForcesCommand::DeleteCompetitor { id })))
    };
    let send = {
        let (on_command, id) = (props.on_command.clone(), c.id);
        Callback::from(move |_| on_command.emit(Command::SendToSwot { origin: Origin::Competitor(id), quadrant: Quadrant::Threats }))
    };
    html! {
        <tr data-competitor={c.id.0.to_string()}>
            <td><TextField label={lang.tr(Text::CompetitorName)} value={c.name.clone()} check={Check::text(MAX_TEXT_CHARS)} on_commit={edit(|c, v| c.name = v)} /></td>
            <td><Choice label={lang.tr(Text::CompetitorKind)} value={value_of(&CompetitorType::ALL, c.kind)} options={kind_choices(lang)} title={c.kind.map(|k| AttrValue::from(lang.tr(competitor_hint(k))))} on_change={edit(|c, v| c.kind = picked(&CompetitorType::ALL, &v))} /></td>
            <td><TextField label={lang.tr(Text::CompetitorStrengths)} value={c.strengths.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={edit(|c, v| c.strengths = v)} /></td>
            <td><TextField label={lang.tr(Text::CompetitorWeaknesses)} value={c.weaknesses.clone()} check={Check::optional(MAX_NOTE_CHARS)} on_commit={edit(|c, v| c.weaknesses = v)} /></td>
            <td><Choice label={lang.tr(Text::ThreatLevel)} value={c.threat.map_or(String::new(), |t| t.to_string())} options={levels(lang.tr(Text::NoPriority))}
                on_change={edit(|c, v| c.threat = v.parse().ok())} /></td>
            <td>{ stance_cell(lang, c, &props.on_command) }</td>
            <td class="row-actions">
                if let Some(text) = &props.sent {
                    <span class="chip linked" title={text.clone()}>{ lang.trf(Text::SentToSwot, &[text]) }</span>
                } else {
                    <button class="button small send" onclick={send}>{ lang.tr(Text::SendAsThreat) }</button>
                }
                <button class="button small danger" aria-label={lang.tr(Text::DeleteCompetitor)} onclick={delete}>{ "×" }</button>
            </td>
        </tr>
    }
}
