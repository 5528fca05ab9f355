//! Editing a name in place: a text field laid over the box that shows it (an org-chart
//! position, a blueprint card or step). Enter or leaving the field saves, Escape cancels. Its
//! place is set through the CSSOM, which the page's strict CSP allows (a `style` attribute
//! would not be); the parent decides what the coordinates are relative to.

use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InlineEditProps {
    pub initial: String,
    /// The field's accessible name.
    pub label: String,
    /// Top-left corner and width in pixels, relative to the positioned parent.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    /// `Some(text)` to save, `None` to cancel. Called once.
    pub on_done: Callback<Option<String>>,
}

#[function_component(InlineEdit)]
pub fn inline_edit(props: &InlineEditProps) -> Html {
    let input = use_node_ref();
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
        let input = input.clone();
        let (x, y, width) = (props.x, props.y, props.width);
        use_effect_with((x.to_bits(), y.to_bits(), width.to_bits()), move |_| {
            if let Some(field) = input.cast::<web_sys::HtmlElement>() {
                let style = field.style();
                let _ = style.set_property("left", &format!("{x:.1}px"));
                let _ = style.set_property("top", &format!("{y:.1}px"));
                let _ = style.set_property("width", &format!("{width:.1}px"));
            }
        });
    }
    let finish = {
        let (on_done, finished, input) = (props.on_done.clone(), (*finished).clone(), input.clone());
        move |save: bool| {
            if finished.replace(true) {
                return;
            }
            let text = input.cast::<web_sys::HtmlInputElement>().map(|f| f.value());
            on_done.emit(if save { text } else { None });
        }
    };
    let onkeydown = {
        let finish = finish.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                finish(true);
            }
            "Escape" => {
                e.prevent_default();
                e.stop_propagation();
                finish(false);
            }
            _ => e.stop_propagation(),
        })
    };
    let onblur = Callback::from(move |_| finish(true));
    html! {
        <input ref={input} class="inline-edit" aria-label={props.label.clone()}
            defaultvalue={props.initial.clone()} maxlength="1000" {onkeydown} {onblur} />
    }
}
