//! A modal dialog: a title, a message and a row of buttons. Focus moves to the first button
//! when it opens, Escape cancels, and the page behind it is inert to clicks.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct DialogButton {
    pub label: String,
    pub primary: bool,
    pub danger: bool,
    pub onclick: Callback<()>,
}

#[derive(Properties, PartialEq)]
pub struct DialogProps {
    pub title: String,
    pub message: String,
    pub buttons: Vec<DialogButton>,
    pub on_cancel: Callback<()>,
}

/// What every modal dialog does when it opens: focus `first` (its first control) and let
/// Escape cancel, until it closes.
#[hook]
pub fn use_modal(first: NodeRef, on_cancel: Callback<()>) {
    use_effect_with((), move |_| {
        if let Some(control) = first.cast::<web_sys::HtmlElement>() {
            let _ = control.focus();
        }
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "keydown", move |event| {
                if event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|key| key.key() == "Escape") {
                    on_cancel.emit(());
                }
            })
        });
        move || drop(listener)
    });
}

#[function_component(Dialog)]
pub fn dialog(props: &DialogProps) -> Html {
    let first_button = use_node_ref();
    use_modal(first_button.clone(), props.on_cancel.clone());
    let buttons = props.buttons.iter().enumerate().map(|(i, button)| {
        let class = classes!("button", button.primary.then_some("primary"), button.danger.then_some("danger"));
        let run = button.onclick.clone();
        let node = if i == 0 { first_button.clone() } else { NodeRef::default() };
        html! { <button {class} ref={node} onclick={Callback::from(move |_| run.emit(()))}>{ &button.label }</button> }
    });
    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
                <h2 id="dialog-title">{ &props.title }</h2>
                <p>{ &props.message }</p>
                <div class="dialog-buttons">{ for buttons }</div>
            </div>
        </div>
    }
}
