//! Fields that keep what the user types. Every text or number field that edits the document
//! goes through here, for three rules:
//! - a field opens holding the document's value (set on the element itself: Yew's
//!   `defaultvalue` reaches only text areas, and a controlled `value` is written back over the
//!   user's typing on every re-render);
//! - a later change of that value (undo, another tab, a live peer) reaches the field only while
//!   it does not have the focus, so a re-render never overwrites what is being typed;
//! - input the document would refuse is never sent: it stays in the field, marked invalid,
//!   with the reason beside it, until it is fixed or Escape restores the stored value.

pub use crate::field_rules::{Check, Range};
use crate::ui::use_lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The text in an input or text area, `None` when the node is neither.
pub fn read_value(node: &NodeRef) -> Option<String> {
    let element = node.get()?;
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input.value())
    } else {
        element.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|area| area.value())
    }
}

pub fn write_value(node: &NodeRef, value: &str) {
    let Some(element) = node.get() else { return };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    }
}

fn has_focus(node: &NodeRef) -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    match (active, node.get()) {
        (Some(active), Some(element)) => element.is_same_node(Some(active.unchecked_ref())),
        _ => false,
    }
}

/// Puts `value` in the field when it mounts, and again whenever `value` changes while the
/// field does not have the focus.
#[hook]
pub fn use_synced_value(node: &NodeRef, value: &str) {
    let mounted = use_mut_ref(|| false);
    let node = node.clone();
    use_effect_with(value.to_owned(), move |value| {
        let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
        if first || !has_focus(&node) {
            write_value(&node, value);
        }
    });
}

thread_local! {
    static NEXT_FIELD: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Why a field's input was refused, if it was: the message shown under the field, and the
/// `aria-invalid` / `aria-describedby` that tie the two together for screen readers.
#[derive(Clone)]
pub struct FieldError {
    message: UseStateHandle<Option<String>>,
    /// Page-unique, so `aria-describedby` names this field's message only.
    id: Rc<str>,
}

impl FieldError {
    pub fn set(&self, message: Option<String>) {
        self.message.set(message);
    }

    pub fn is_shown(&self) -> bool {
        self.message.is_some()
    }

    /// The field's `aria-invalid`.
    pub fn invalid(&self) -> Option<&'static str> {
        self.is_shown().then_some("true")
    }

    /// The field's `aria-describedby`.
    pub fn described_by(&self) -> Option<AttrValue> {
        self.is_shown().then(|| AttrValue::from(self.id.clone()))
    }

    /// The message, placed after the field.
    pub fn line(&self) -> Html {
        match &*self.message {
            Some(message) => html! { <p class="field-error" id={AttrValue::from(self.id.clone())} role="alert">{ message }</p> },
            None => html! {},
        }
    }
}

#[hook]
pub fn use_field_error() -> FieldError {
    let message = use_state(|| None::<String>);
    let id = use_memo((), |_| Rc::<str>::from(format!("field-error-{}", NEXT_FIELD.with(|n| n.replace(n.get() + 1)))));
    FieldError { message, id: (*id).clone() }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The document's value.
    pub value: AttrValue,
    pub check: Check,
    pub on_commit: Callback<String>,
    /// Rows of a multi-line field; a single-line field when `None`.
    #[prop_or_default]
    pub rows: Option<u32>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// The accessible name, when no `<label>` names the field.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// A `<datalist>` of suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
}

/// A text field that sends its text when it changes (on leaving the field) and is accepted.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let error = use_field_error();
    use_synced_value(&node, &props.value);
    let check = props.check;
    let text = props.value.to_string();
    let onchange = commit_on_change(&node, &error, move |raw| check.run(lang, raw), text, &props.on_commit);
    let onkeydown = escape_restores(&node, &error, &props.value);
    let (invalid, describedby) = (error.invalid(), error.described_by());
    let field = match props.rows {
        Some(rows) => html! {
            <textarea ref={node} id={props.id.clone()} class={props.class.clone()} rows={rows.to_string()}
                aria-label={props.label.clone()} placeholder={props.placeholder.clone()}
                aria-invalid={invalid} aria-describedby={describedby} {onchange} {onkeydown} />
        },
        None => html! {
            <input ref={node} id={props.id.clone()} class={props.class.clone()} list={props.list.clone()}
                aria-label={props.label.clone()} placeholder={props.placeholder.clone()}
                aria-invalid={invalid} aria-describedby={describedby} {onchange} {onkeydown} />
        },
    };
    html! { <>{ field }{ error.line() }</> }
}

/// On a change: the field's text read by `read`; refused, the reason is shown; accepted and
/// different from `current`, it is sent.
pub(super) fn commit_on_change<T: PartialEq + 'static>(
    node: &NodeRef,
    error: &FieldError,
    read: impl Fn(&str) -> Result<T, String> + 'static,
    current: T,
    on_commit: &Callback<T>,
) -> Callback<Event> {
    let (node, error, on_commit) = (node.clone(), error.clone(), on_commit.clone());
    Callback::from(move |_: Event| {
        let Some(raw) = read_value(&node) else { return };
        match read(&raw) {
            Ok(value) => {
                error.set(None);
                if value != current {
                    on_commit.emit(value);
                }
            }
            Err(message) => error.set(Some(message)),
        }
    })
}

/// Escape in a refused or changed field puts the stored value back.
pub(super) fn escape_restores(node: &NodeRef, error: &FieldError, value: &AttrValue) -> Callback<KeyboardEvent> {
    let (node, error, value) = (node.clone(), error.clone(), value.clone());
    Callback::from(move |e: KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        let changed = read_value(&node).is_some_and(|now| now != value.as_str());
        if changed || error.is_shown() {
            e.stop_propagation();
            write_value(&node, &value);
            error.set(None);
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub value: Option<u32>,
    pub range: Range,
    pub on_commit: Callback<Option<u32>>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// A whole-number field that sends its number when it changes and is in range.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let error = use_field_error();
    let shown: AttrValue = props.value.map(|n| n.to_string()).unwrap_or_default().into();
    use_synced_value(&node, &shown);
    let range = props.range;
    let onchange = commit_on_change(&node, &error, move |raw| range.run(lang, raw), props.value, &props.on_commit);
    let onkeydown = escape_restores(&node, &error, &shown);
    html! {
        <>
            // A text field with a numeric keyboard: a number field would hide what was typed
            // when it is not a number, and the user must see what is refused.
            <input ref={node} id={props.id.clone()} class={props.class.clone()} inputmode="numeric"
                aria-label={props.label.clone()} aria-invalid={error.invalid()} aria-describedby={error.described_by()}
                {onchange} {onkeydown} />
            { error.line() }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AddFieldProps {
    pub check: Check,
    /// Called with accepted text; the field then empties for the next entry.
    pub on_add: Callback<String>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Take the focus when shown.
    #[prop_or_default]
    pub autofocus: bool,
    /// Escape, for a field shown on demand.
    #[prop_or_default]
    pub on_cancel: Callback<()>,
}

/// A field that adds an entry on Enter and stays focused for the next one. Refused text stays
/// in it with the reason beside it.
#[function_component(AddField)]
pub fn add_field(props: &AddFieldProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let error = use_field_error();
    {
        let (node, autofocus) = (node.clone(), props.autofocus);
        use_effect_with((), move |_| {
            if let (true, Some(field)) = (autofocus, node.cast::<web_sys::HtmlElement>()) {
                let _ = field.focus();
            }
        });
    }
    let onkeydown = {
        let (node, error, check, on_add, on_cancel) = (node.clone(), error.clone(), props.check, props.on_add.clone(), props.on_cancel.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                return on_cancel.emit(());
            }
            if e.key() != "Enter" || e.is_composing() {
                return;
            }
            e.prevent_default();
            let Some(raw) = read_value(&node) else { return };
            if raw.trim().is_empty() {
                return error.set(None);
            }
            match check.run(lang, &raw) {
                Ok(text) => {
                    error.set(None);
                    write_value(&node, "");
                    on_add.emit(text);
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };
    html! {
        <>
            <input ref={node} class={props.class.clone()} aria-label={props.label.clone()} placeholder={props.placeholder.clone()}
                aria-invalid={error.invalid()} aria-describedby={error.described_by()} {onkeydown} />
            { error.line() }
        </>
    }
}
