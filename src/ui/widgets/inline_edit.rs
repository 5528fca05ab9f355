//! Editing a name in place: a SWOT item, a five-forces factor, an org-chart position, a
//! blueprint card or step. The field opens holding the current text, selected, so a typo is
//! fixed without retyping. Enter or leaving the field saves, Escape cancels. Text the
//! document would refuse is not sent: the field stays open with the reason under it.
//!
//! Over a drawing the field is laid over the box it edits: its place is set through the CSSOM,
//! which the page's strict CSP allows (a `style` attribute would not be); the parent decides
//! what the coordinates are relative to. In a list it simply takes the row's place.

use super::field::{read_value, use_field_error, Check};
use crate::ui::use_lang;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Top-left corner and width in pixels, relative to the positioned parent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub x: f64,
    pub y: f64,
    pub width: f64,
}

/// How editing ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Edited {
    /// The text to save (it passed the check and differs from the initial text); `None` when
    /// cancelled or unchanged.
    pub text: Option<String>,
    /// Ended by Enter or Escape (the caller puts the focus back); otherwise the field lost the
    /// focus to something the user chose.
    pub by_key: bool,
}

#[derive(Properties, PartialEq)]
pub struct InlineEditProps {
    pub initial: String,
    /// The field's accessible name.
    pub label: String,
    pub check: Check,
    /// Where to lay the field over a drawing; `None` keeps it in the flow.
    #[prop_or_default]
    pub place: Option<Place>,
    #[prop_or_default]
    pub class: Classes,
    /// Called once, when editing ends.
    pub on_done: Callback<Edited>,
}

#[function_component(InlineEdit)]
pub fn inline_edit(props: &InlineEditProps) -> Html {
    let lang = use_lang();
    let input = use_node_ref();
    let frame = use_node_ref();
    // The text follows every keystroke, so the field is created holding the initial text and a
    // re-render (a save finishing, a refusal) always finds the DOM already showing it.
    let text = use_state(|| props.initial.clone());
    let error = use_field_error();
    let finished = use_memo((), |_| Rc::new(Cell::new(false)));
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                let _ = field.focus();
                field.select();
            }
        });
    }
    {
        let (frame, place) = (frame.clone(), props.place);
        let key = place.map(|p| (p.x.to_bits(), p.y.to_bits(), p.width.to_bits()));
        use_effect_with(key, move |_| {
            let (Some(place), Some(field)) = (place, frame.cast::<web_sys::HtmlElement>()) else { return };
            let style = field.style();
            let _ = style.set_property("left", &format!("{:.1}px", place.x));
            let _ = style.set_property("top", &format!("{:.1}px", place.y));
            let _ = style.set_property("width", &format!("{:.1}px", place.width));
        });
    }
    let finish = {
        let (on_done, finished, input, error, check, initial) =
            (props.on_done.clone(), (*finished).clone(), input.clone(), error.clone(), props.check, props.initial.clone());
        move |save: bool, by_key: bool| {
            if finished.get() {
                return;
            }
            let text = match (save, read_value(&input)) {
                (true, Some(raw)) if raw != initial => match check.run(lang, &raw) {
                    Ok(text) => Some(text),
                    Err(message) => return error.set(Some(message)),
                },
                _ => None,
            };
            finished.set(true);
            on_done.emit(Edited { text, by_key });
        }
    };
    let onkeydown = {
        let finish = finish.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Keys typed here are text, not the canvas's shortcuts; Enter that confirms an input
            // method's composition (Chinese, Japanese…) is part of typing too.
            e.stop_propagation();
            if e.is_composing() {
                return;
            }
            match e.key().as_str() {
                "Enter" => finish(true, true),
                "Escape" => finish(false, true),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let onblur = Callback::from(move |_| finish(true, false));
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let class = classes!("in-place", props.place.is_some().then_some("inline-edit"), error.is_shown().then_some("invalid"));
    html! {
        <div ref={frame} {class}>
            <input ref={input} class={props.class.clone()} value={(*text).clone()} aria-label={props.label.clone()}
                aria-invalid={error.invalid()} aria-describedby={error.described_by()} {oninput} {onkeydown} {onblur} />
            { error.line() }
        </div>
    }
}
