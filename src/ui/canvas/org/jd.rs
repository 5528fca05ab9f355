//! The job-description panel (岗位说明书) of the selected position, in the course's six
//! parts: the header (title, holder, headcount, level, code, department; "reports to" comes
//! from the tree and is never typed), management scope, working relations, responsibilities
//! (one per line), qualifications and other — plus the department duties it carries, its
//! dotted-line reporting and how complete it is. Each field saves when it loses focus.

use crate::i18n::{duty_label, OrgText};
use crate::model::org::checks::completeness;
use crate::model::org::{Duty, OrgCanvas, OrgCommand, Position, Tree, MAX_FIELD_CHARS, MAX_HEADCOUNT, MAX_RESPONSIBILITIES};
use crate::model::swot::MAX_NOTE_CHARS;
use crate::model::ItemId;
use crate::ui::widgets::field::{Check, NumberField, Range, TextField};
use crate::ui::{browser, use_lang};
use std::rc::Rc;
use yew::prelude::*;

/// One editable field of a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Holder,
    Planned,
    Filled,
    Level,
    Code,
    Department,
    Scope,
    Relations,
    Responsibilities,
    Qualifications,
    Other,
}

/// The command that sets `field` of `position` to `value`; `None` when a headcount is not a
/// whole number (the field shows the stored value again).
pub fn field_command(position: &Position, field: Field, value: &str) -> Option<OrgCommand> {
    let id = position.id;
    let mut details = position.details.clone();
    let mut job = position.job.clone();
    let count = || value.trim().parse::<u32>().ok();
    match field {
        Field::Title => details.title = value.to_owned(),
        Field::Holder => details.holder = value.to_owned(),
        Field::Planned => details.planned = count()?,
        Field::Filled => details.filled = count()?,
        Field::Level => details.level = value.to_owned(),
        Field::Code => details.code = value.to_owned(),
        Field::Department => details.department = value.to_owned(),
        Field::Scope => job.scope = value.to_owned(),
        Field::Relations => job.relations = value.to_owned(),
        Field::Responsibilities => job.responsibilities = value.lines().map(str::to_owned).collect(),
        Field::Qualifications => job.qualifications = value.to_owned(),
        Field::Other => job.other = value.to_owned(),
    }
    let is_job = matches!(field, Field::Scope | Field::Relations | Field::Responsibilities | Field::Qualifications | Field::Other);
    Some(if is_job { OrgCommand::EditJob { id, job } } else { OrgCommand::EditDetails { id, details } })
}

#[derive(Properties, PartialEq)]
pub struct JobPanelProps {
    pub org: Rc<OrgCanvas>,
    pub id: ItemId,
    pub on_command: Callback<OrgCommand>,
    pub on_print: Callback<()>,
}

#[function_component(JobPanel)]
pub fn job_panel(props: &JobPanelProps) -> Html {
    let lang = use_lang();
    let tree = Tree::new(&props.org);
    let Some(at) = tree.at(props.id) else { return html! {} };
    let position = &props.org.positions[at];
    let commit = |field: Field| {
        let (position, on_command) = (position.clone(), props.on_command.clone());
        Callback::from(move |value: String| {
            if let Some(command) = field_command(&position, field, &value) {
                on_command.emit(command);
            }
        })
    };
    let id_of = |field: Field| format!("jd-{field:?}").to_ascii_lowercase();
    let input = |field: Field, label: OrgText, value: String, placeholder: String| {
        let check = if field == Field::Title { Check::text(MAX_FIELD_CHARS) } else { Check::optional(MAX_FIELD_CHARS) };
        html! {
            <div class="jd-field">
                <label for={id_of(field)}>{ lang.tr(label) }</label>
                <TextField id={id_of(field)} value={value} {check} placeholder={placeholder} on_commit={commit(field)} />
            </div>
        }
    };
    let number = |field: Field, label: OrgText, value: u32| {
        let on_commit = commit(field).reform(|n: Option<u32>| n.unwrap_or_default().to_string());
        html! {
            <div class="jd-field narrow">
                <label for={id_of(field)}>{ lang.tr(label) }</label>
                <NumberField id={id_of(field)} value={Some(value)} range={Range { min: 0, max: MAX_HEADCOUNT, allow_empty: false }} {on_commit} />
            </div>
        }
    };
    let area = |field: Field, label: OrgText, value: String, rows: u32| {
        // Responsibilities are checked line by line by the document; the others as one text.
        let max = if field == Field::Responsibilities { MAX_NOTE_CHARS * MAX_RESPONSIBILITIES } else { MAX_NOTE_CHARS };
        html! {
            <div class="jd-field wide">
                <label for={id_of(field)}>{ lang.tr(label) }</label>
                <TextField id={id_of(field)} rows={rows} value={value} check={Check::optional(max)} on_commit={commit(field)} />
            </div>
        }
    };
    let details = &position.details;
    let job = &position.job;
    let parent = position.parent.and_then(|p| tree.get(p));
    let inherited = position.parent.and_then(|p| tree.at(p)).map(|p| tree.department(p)).unwrap_or("");
    let department_hint = if inherited.is_empty() { String::new() } else { lang.trf(OrgText::DepartmentInherited, &[inherited]) };
    let duties = Duty::ALL.iter().map(|&duty| {
        let checked = position.duties.contains(&duty);
        let onchange = {
            let (position, on_command) = (position.clone(), props.on_command.clone());
            Callback::from(move |_: Event| {
                let mut duties = position.duties.clone();
                if checked {
                    duties.retain(|d| *d != duty);
                } else {
                    duties.push(duty);
                }
                on_command.emit(OrgCommand::SetDuties { id: position.id, duties });
            })
        };
        html! { <label class="check"><input type="checkbox" {checked} {onchange} />{ lang.tr(duty_label(duty)) }</label> }
    });
    let dotted: Vec<Html> = props
        .org
        .dotted
        .iter()
        .filter(|d| d.from == position.id)
        .filter_map(|d| tree.get(d.to))
        .map(|to| {
            let (on_command, from, to_id) = (props.on_command.clone(), position.id, to.id);
            let onclick = Callback::from(move |_| on_command.emit(OrgCommand::DeleteDotted { from, to: to_id }));
            html! {
                <li>
                    <span class="dotted-target">{ &to.details.title }</span>
                    <button class="button small" aria-label={lang.trf(OrgText::RemoveDotted, &[&to.details.title])} {onclick}>{ "×" }</button>
                </li>
            }
        })
        .collect();
    let add_dotted = {
        let (on_command, from) = (props.on_command.clone(), position.id);
        Callback::from(move |e: Event| {
            if let Ok(to) = browser::field_value(&e).parse::<u64>() {
                on_command.emit(OrgCommand::AddDotted { from, to: ItemId(to) });
            }
        })
    };
    let candidates =
        props.org.positions.iter().filter(|p| {
            p.id != position.id && Some(p.id) != position.parent && !props.org.dotted.iter().any(|d| d.from == position.id && d.to == p.id)
        });
    let done = completeness(&tree, at);
    html! {
        <section class="jd-panel" aria-labelledby="jd-heading">
            <div class="jd-heading-row">
                <h3 id="jd-heading">{ &details.title }</h3>
                <button class="button small" onclick={props.on_print.reform(|_| ())}>{ lang.tr(OrgText::PrintJob) }</button>
            </div>
            <p class="jd-completeness">
                <meter min="0" max={done.of.to_string()} value={done.done.to_string()} />
                { lang.trf(OrgText::Completeness, &[&done.done.to_string(), &done.of.to_string()]) }
            </p>
            <h4>{ lang.tr(OrgText::SectionHeader) }</h4>
            <div class="jd-grid">
                { input(Field::Title, OrgText::PositionTitle, details.title.clone(), String::new()) }
                { input(Field::Holder, OrgText::Holder, details.holder.clone(), lang.tr(OrgText::Vacant).to_owned()) }
                { number(Field::Planned, OrgText::Planned, details.planned) }
                { number(Field::Filled, OrgText::Filled, details.filled) }
                { input(Field::Level, OrgText::Level, details.level.clone(), String::new()) }
                { input(Field::Code, OrgText::Code, details.code.clone(), String::new()) }
                { input(Field::Department, OrgText::Department, details.department.clone(), department_hint) }
                <div class="jd-field">
                    <span class="label">{ lang.tr(OrgText::ReportsTo) }</span>
                    <span class="derived">{ parent.map_or_else(|| lang.tr(OrgText::TopOfChart).to_owned(), |p| p.details.title.clone()) }</span>
                </div>
            </div>
            <div class="jd-field wide">
                <span class="label">{ lang.tr(OrgText::DottedLines) }</span>
                if !dotted.is_empty() { <ul class="dotted-list">{ for dotted }</ul> }
                <select aria-label={lang.tr(OrgText::AddDotted)} onchange={add_dotted}>
                    <option value="" selected=true>{ lang.tr(OrgText::AddDotted) }</option>
                    { for candidates.map(|p| html! { <option value={p.id.0.to_string()}>{ &p.details.title }</option> }) }
                </select>
            </div>
            { area(Field::Scope, OrgText::SectionScope, job.scope.clone(), 3) }
            { area(Field::Relations, OrgText::SectionRelations, job.relations.clone(), 3) }
            { area(Field::Responsibilities, OrgText::SectionResponsibilities, job.responsibilities.join("\n"), 5) }
            { area(Field::Qualifications, OrgText::SectionQualifications, job.qualifications.clone(), 3) }
            { area(Field::Other, OrgText::SectionOther, job.other.clone(), 2) }
            <fieldset class="jd-duties">
                <legend>{ lang.tr(OrgText::Duties) }</legend>
                { for duties }
            </fieldset>
        </section>
    }
}
