//! The TOWS matrix: S and W items across the top, O and T down the side, strategies in the
//! four cells. A strategy cites the items it came from as chips; hovering or focusing it
//! highlights them in the headers. A cited item that was deleted shows as "source removed".

use crate::i18n::{cell_label, Text};
use crate::model::swot::{Quadrant, Strategy, SwotCanvas, SwotCommand, TowsCell, MAX_TEXT_CHARS};
use crate::model::{Command, ItemId};
use crate::ui::use_lang;
use crate::ui::widgets::field::Check;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TowsProps {
    pub swot: Rc<SwotCanvas>,
    pub on_command: Callback<Command>,
}

#[derive(Clone, Copy, PartialEq)]
struct FormTarget {
    cell: TowsCell,
    editing: Option<ItemId>,
}

fn short(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[function_component(TowsMatrix)]
pub fn tows_matrix(props: &TowsProps) -> Html {
    let lang = use_lang();
    let hovered = use_state(|| None::<ItemId>);
    let form = use_state(|| None::<FormTarget>);
    let swot = &props.swot;
    let highlighted: Vec<ItemId> =
        (*hovered).and_then(|id| swot.strategies.iter().find(|s| s.id == id)).map(|s| s.sources.clone()).unwrap_or_default();

    let header = |quadrant: Quadrant, class: &'static str| {
        html! {
            <div class={classes!("tows-head", class)}>
                <h3>{ format!("{} ", quadrant.letter()) }{ lang.tr(crate::i18n::quadrant_label(quadrant)) }</h3>
                // A long list scrolls inside its header; focusable so the keyboard can scroll it.
                <ol tabindex="0" aria-label={lang.tr(crate::i18n::quadrant_label(quadrant))}>
                    { for swot.quadrant_items(quadrant).into_iter().map(|item| html! {
                        <li key={item.id.0} class={classes!(highlighted.contains(&item.id).then_some("highlight"))}>{ &item.text }</li>
                    }) }
                </ol>
            </div>
        }
    };

    let strategy_view = |strategy: &Strategy| {
        let id = strategy.id;
        let chips = strategy.sources.iter().map(|source| match swot.item(*source) {
            Some(item) => {
                // An item moved out of the cell's quadrants keeps its link, shown as a mismatch.
                let class = classes!("chip", (!strategy.cell.accepts(item.quadrant)).then_some("mismatch"));
                html! { <span {class} title={item.text.clone()}>{ format!("{} · {}", item.quadrant.letter(), short(&item.text)) }</span> }
            }
            None => html! { <span class="chip removed">{ lang.tr(Text::SourceRemoved) }</span> },
        });
        let enter = {
            let hovered = hovered.clone();
            move || hovered.set(Some(id))
        };
        let leave = {
            let hovered = hovered.clone();
            move || hovered.set(None)
        };
        let (on_enter, on_focus) = (enter.clone(), enter);
        let (on_leave, on_blur) = (leave.clone(), leave);
        let edit = {
            let (form, cell) = (form.clone(), strategy.cell);
            Callback::from(move |_| form.set(Some(FormTarget { cell, editing: Some(id) })))
        };
        let delete = {
            let on_command = props.on_command.clone();
            Callback::from(move |_| on_command.emit(Command::Swot(SwotCommand::DeleteStrategy { id })))
        };
        html! {
            <li key={id.0} class={classes!("strategy", (*hovered == Some(id)).then_some("hovered"))}
                onmouseenter={move |_| on_enter()} onmouseleave={move |_| on_leave()}
                onfocusin={move |_| on_focus()} onfocusout={move |_| on_blur()} tabindex="0">
                <p class="strategy-text">{ &strategy.text }</p>
                <div class="chips">{ for chips }</div>
                <div class="strategy-actions">
                    <button class="button small" onclick={edit}>{ lang.tr(Text::EditStrategy) }</button>
                    <button class="button small danger" onclick={delete}>{ lang.tr(Text::DeleteStrategy) }</button>
                </div>
            </li>
        }
    };

    let cell_view = |cell: TowsCell| {
        let target = (*form).filter(|f| f.cell == cell);
        let add = {
            let form = form.clone();
            Callback::from(move |_| form.set(Some(FormTarget { cell, editing: None })))
        };
        let close = {
            let form = form.clone();
            Callback::from(move |_| form.set(None))
        };
        let strategies: Vec<&Strategy> = swot.cell_strategies(cell).collect();
        html! {
            <section class={classes!("tows-cell", format!("cell-{}", cell.code().to_ascii_lowercase()))} aria-label={cell.code()}>
                <h3>{ lang.tr(cell_label(cell)) }</h3>
                if strategies.is_empty() {
                    <p class="hint">{ lang.tr(Text::NoStrategies) }</p>
                }
                <ul class="strategies">{ for strategies.into_iter().map(strategy_view) }</ul>
                if let Some(target) = target {
                    <StrategyForm {cell} swot={swot.clone()}
                        existing={target.editing.and_then(|id| swot.strategies.iter().find(|s| s.id == id).cloned())}
                        on_command={props.on_command.clone()} on_close={close} />
                } else {
                    <button class="button small" onclick={add}>{ lang.tr(Text::AddStrategy) }</button>
                }
            </section>
        }
    };

    html! {
        <div class="tows-grid">
            <div class="tows-corner"></div>
            { header(Quadrant::Strengths, "top") }
            { header(Quadrant::Weaknesses, "top") }
            { header(Quadrant::Opportunities, "side") }
            { cell_view(TowsCell::SO) }
            { cell_view(TowsCell::WO) }
            { header(Quadrant::Threats, "side") }
            { cell_view(TowsCell::ST) }
            { cell_view(TowsCell::WT) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct StrategyFormProps {
    cell: TowsCell,
    swot: Rc<SwotCanvas>,
    existing: Option<Strategy>,
    on_command: Callback<Command>,
    on_close: Callback<()>,
}

/// Writing or editing a strategy: its text and the items it draws on.
#[function_component(StrategyForm)]
fn strategy_form(props: &StrategyFormProps) -> Html {
    let lang = use_lang();
    let chosen = use_state(|| props.existing.as_ref().map(|s| s.sources.clone()).unwrap_or_default());
    let problem = use_state(|| None::<String>);
    let text = use_node_ref();
    {
        let text = text.clone();
        use_effect_with((), move |_| {
            if let Some(area) = text.cast::<web_sys::HtmlTextAreaElement>() {
                let _ = area.focus();
            }
        });
    }
    let cell = props.cell;
    let toggle = |id: ItemId| {
        let chosen = chosen.clone();
        Callback::from(move |_| {
            let mut next = (*chosen).clone();
            match next.iter().position(|c| *c == id) {
                Some(at) => {
                    next.remove(at);
                }
                None => next.push(id),
            }
            chosen.set(next);
        })
    };
    let options = |quadrant: Quadrant| {
        html! {
            <fieldset class="source-choice">
                <legend>{ lang.tr(crate::i18n::quadrant_label(quadrant)) }</legend>
                { for props.swot.quadrant_items(quadrant).into_iter().map(|item| html! {
                    <label key={item.id.0}>
                        <input type="checkbox" checked={chosen.contains(&item.id)} onchange={toggle(item.id)} />
                        { &item.text }
                    </label>
                }) }
            </fieldset>
        }
    };
    let save = {
        let (chosen, problem, text, on_command, on_close, existing, swot) = (
            chosen.clone(),
            problem.clone(),
            text.clone(),
            props.on_command.clone(),
            props.on_close.clone(),
            props.existing.clone(),
            props.swot.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = text.cast::<web_sys::HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            let value = match Check::text(MAX_TEXT_CHARS).run(lang, &value) {
                Ok(text) => text,
                Err(message) => return problem.set(Some(message)),
            };
            let side = |internal: bool| {
                chosen.iter().any(|id| swot.item(*id).is_some_and(|i| i.quadrant.is_internal() == internal))
                    || existing.as_ref().is_some_and(|s| s.sources.iter().any(|id| swot.item(*id).is_none() && chosen.contains(id)))
            };
            if !side(true) || !side(false) {
                return problem.set(Some(lang.trf(Text::ErrNeedsBothSides, &[cell.code()])));
            }
            let sources = (*chosen).clone();
            let command = match &existing {
                Some(s) => SwotCommand::EditStrategy { id: s.id, text: value, sources },
                None => SwotCommand::AddStrategy { cell, text: value, sources },
            };
            on_command.emit(Command::Swot(command));
            on_close.emit(());
        })
    };
    let cancel = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    html! {
        <form class="strategy-form" onsubmit={save} {onkeydown}>
            <label>{ lang.tr(Text::StrategyText) }
                <textarea ref={text} rows="3" defaultvalue={props.existing.as_ref().map(|s| s.text.clone()).unwrap_or_default()} />
            </label>
            <p class="hint">{ lang.tr(Text::ChooseSources) }</p>
            { options(cell.internal()) }
            { options(cell.external()) }
            if let Some(message) = (*problem).clone() {
                <p class="field-error" role="alert">{ message }</p>
            }
            <div class="form-buttons">
                <button class="button primary" type="submit">{ lang.tr(Text::Save) }</button>
                <button class="button" type="button" onclick={cancel}>{ lang.tr(Text::Cancel) }</button>
            </div>
        </form>
    }
}
