//! A competitor's stance in the register: the benchmark (标杆) mark, the competitive response
//! chosen for it (the course's three, each with its explanation), and its comparison with the
//! service on the course's three aspects — strategy, operations, business management.

use crate::i18n::{response_label, Lang, Text};
use crate::model::five_forces::{Comparison, Competitor, ForcesCommand, Response};
use crate::model::swot::MAX_NOTE_CHARS;
use crate::model::Command;
use crate::ui::widgets::choice::{explained_choices, picked, value_of, Choice};
use crate::ui::widgets::field::{Check, TextField};
use yew::prelude::*;

/// A choice of the three responses (and "not chosen"), each explained in its tooltip.
pub fn response_select(lang: Lang, label: Text, chosen: Option<Response>, on_choose: Callback<Option<Response>>) -> Html {
    let explained = |r| {
        let (name, hint) = response_label(r);
        (lang.tr(name).to_owned(), lang.tr(hint).to_owned())
    };
    let options = explained_choices(lang.tr(Text::ResponseNone), &Response::ALL, explained);
    let on_change = on_choose.reform(|value: String| picked(&Response::ALL, &value));
    let title = chosen.map(|r| AttrValue::from(lang.tr(response_label(r).1)));
    html! { <Choice class="response" label={lang.tr(label)} value={value_of(&Response::ALL, chosen)} {options} {on_change} {title} /> }
}

/// The register cell: benchmark, response, and the three-aspect comparison (folded).
pub fn stance_cell(lang: Lang, competitor: &Competitor, on_command: &Callback<Command>) -> Html {
    let id = competitor.id;
    let (benchmark, response) = (competitor.benchmark, competitor.response);
    let set_stance = move |benchmark: bool, response: Option<Response>| Command::Forces(ForcesCommand::SetStance { id, benchmark, response });
    let on_benchmark = on_command.reform(move |e: Event| {
        let checked = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|input| input.checked());
        set_stance(checked, response)
    });
    let on_response = on_command.reform(move |chosen: Option<Response>| set_stance(benchmark, chosen));
    let compare = |change: fn(&mut Comparison, String)| {
        let (on_command, base) = (on_command.clone(), competitor.comparison.clone());
        Callback::from(move |value: String| {
            let mut comparison = base.clone();
            change(&mut comparison, value);
            on_command.emit(Command::Forces(ForcesCommand::SetComparison { id, comparison }));
        })
    };
    let compared = &competitor.comparison;
    let aspect = |name: Text, value: &str, on_commit: Callback<String>| {
        html! {
            <label class="aspect">{ lang.tr(name) }
                <TextField rows={2} value={value.to_owned()} check={Check::optional(MAX_NOTE_CHARS)} {on_commit} />
            </label>
        }
    };
    html! {
        <div class="stance">
            <label class="benchmark" title={lang.tr(Text::BenchmarkHint)}>
                <input type="checkbox" checked={benchmark} onchange={on_benchmark} />{ lang.tr(Text::Benchmark) }
            </label>
            { response_select(lang, Text::Response, response, on_response) }
            <details class="comparison" open={!compared.is_empty()}>
                <summary>{ lang.tr(Text::Comparison) }</summary>
                { aspect(Text::AspectStrategy, &compared.strategy, compare(|c, v| c.strategy = v)) }
                { aspect(Text::AspectOperations, &compared.operations, compare(|c, v| c.operations = v)) }
                { aspect(Text::AspectManagement, &compared.management, compare(|c, v| c.management = v)) }
            </details>
        </div>
    }
}
