//! One force on the diagram: its name, its intensity (weighted mean of the rated factors, or
//! the value set by hand, or "not assessed"), the hand-set override, and its factors.

use super::factor_row::FactorRow;
use crate::export::forces::format_intensity;
use crate::i18n::{force_label, Text};
use crate::model::five_forces::score::{intensity, IntensitySource};
use crate::model::five_forces::{FiveForcesCanvas, Force, ForcesCommand};
use crate::model::links::Origin;
use crate::model::swot::MAX_TEXT_CHARS;
use crate::model::Command;
use crate::ui::use_lang;
use crate::ui::widgets::choice::{levels, Choice};
use crate::ui::widgets::field::{AddField, Check};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForcePanelProps {
    pub force: Force,
    pub forces: Rc<FiveForcesCanvas>,
    pub sent: Rc<Vec<(Origin, String)>>,
    pub on_command: Callback<Command>,
}

/// DOM id of a force's panel (used by the e2e tests and for focus).
pub fn panel_id(force: Force) -> &'static str {
    match force {
        Force::Rivalry => "force-rivalry",
        Force::NewEntrants => "force-new-entrants",
        Force::Substitutes => "force-substitutes",
        Force::Suppliers => "force-suppliers",
        Force::Buyers => "force-buyers",
    }
}

#[function_component(ForcePanel)]
pub fn force_panel(props: &ForcePanelProps) -> Html {
    let lang = use_lang();
    let force = props.force;
    let current = intensity(&props.forces, force);
    let (value, source) = match current {
        Some(i) => (
            lang.trf(Text::IntensityValue, &[&format_intensity(i.value)]),
            match i.source {
                IntensitySource::Override => lang.tr(Text::OverrideSet).to_owned(),
                IntensitySource::Factors(n) => lang.trf(Text::FromFactors, &[&n.to_string()]),
            },
        ),
        None => (lang.tr(Text::NotAssessed).to_owned(), String::new()),
    };
    let level = current.map(|i| i.value.round().clamp(1.0, 5.0) as u8);
    let on_override = {
        let on_command = props.on_command.clone();
        Callback::from(move |value: String| on_command.emit(Command::Forces(ForcesCommand::SetOverride { force, value: value.parse().ok() })))
    };
    let on_add = {
        let on_command = props.on_command.clone();
        Callback::from(move |text: String| on_command.emit(Command::Forces(ForcesCommand::AddFactor { force, text })))
    };
    let overridden = props.forces.overrides.get(&force).copied();
    let factors: Vec<_> = props.forces.force_factors(force).cloned().collect();
    let count = factors.len();
    html! {
        <section class={classes!("force-panel", level.map(|l| format!("level-{l}")))} id={panel_id(force)}
            aria-label={lang.tr(force_label(force))}>
            <header class="force-head">
                <h3>{ lang.tr(force_label(force)) }</h3>
                <p class={classes!("force-intensity", current.is_none().then_some("unassessed"))}>
                    <strong>{ value }</strong>{ " " }<span class="hint">{ source }</span>
                </p>
                <label class="override">{ lang.tr(Text::OverrideLabel) }
                    <Choice value={overridden.map_or(String::new(), |v| v.to_string())} options={levels(lang.tr(Text::NoneChosen))} on_change={on_override} />
                </label>
            </header>
            <ul class="factor-list">
                { for factors.into_iter().enumerate().map(|(index, factor)| {
                    let sent = props.sent.iter().find(|(o, _)| *o == Origin::Factor(factor.id)).map(|(_, t)| t.clone());
                    let key = factor.id.0;
                    html! { <FactorRow {key} {factor} {index} last={index + 1 == count} {sent} on_command={props.on_command.clone()} /> }
                }) }
            </ul>
            <AddField class="add-factor" label={format!("{} — {}", lang.tr(force_label(force)), lang.tr(Text::AddFactorPlaceholder))}
                placeholder={lang.tr(Text::AddFactorPlaceholder)} check={Check::text(MAX_TEXT_CHARS)} {on_add} />
        </section>
    }
}
