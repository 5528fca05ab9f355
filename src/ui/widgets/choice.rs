//! A `<select>` that always shows the document's choice. Once a user has picked an option, the
//! browser stops honouring the `selected` attribute for it, so an undo, a redo or another tab's
//! change would leave the old choice on screen; this sets the element's value itself whenever
//! the document's choice changes.

use crate::ui::browser;
use std::rc::Rc;
use yew::prelude::*;

/// One option: what the select reports, what it shows, and an explanation as its tooltip.
#[derive(Clone, PartialEq)]
pub struct ChoiceOption {
    pub value: AttrValue,
    pub label: AttrValue,
    pub title: Option<AttrValue>,
}

impl ChoiceOption {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        ChoiceOption { value: value.into(), label: label.into(), title: None }
    }
}

/// "None chosen" followed by each of `all`, valued by its index there.
pub fn choices<T: Copy>(none: &str, all: &[T], label: impl Fn(T) -> String) -> Rc<[ChoiceOption]> {
    let first = std::iter::once(ChoiceOption::new("", none.to_owned()));
    first.chain(all.iter().enumerate().map(|(i, t)| ChoiceOption::new(i.to_string(), label(*t)))).collect()
}

/// [`choices`] with an explanation of each as its tooltip.
pub fn explained_choices<T: Copy>(none: &str, all: &[T], label: impl Fn(T) -> (String, String)) -> Rc<[ChoiceOption]> {
    let first = std::iter::once(ChoiceOption::new("", none.to_owned()));
    let each = all.iter().enumerate().map(|(i, t)| {
        let (name, title) = label(*t);
        ChoiceOption { title: Some(title.into()), ..ChoiceOption::new(i.to_string(), name) }
    });
    first.chain(each).collect()
}

/// "None chosen" followed by the levels 1 to 5, valued by the level itself.
pub fn levels(none: &str) -> Rc<[ChoiceOption]> {
    let first = std::iter::once(ChoiceOption::new("", none.to_owned()));
    first.chain((1..=5u8).map(|level| ChoiceOption::new(level.to_string(), level.to_string()))).collect()
}

/// The value naming `chosen` among `all` (its index; empty for none).
pub fn value_of<T: PartialEq>(all: &[T], chosen: Option<T>) -> String {
    chosen.and_then(|c| all.iter().position(|t| *t == c)).map_or(String::new(), |i| i.to_string())
}

/// The item of `all` that a choice's `value` names.
pub fn picked<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The accessible name, when no `<label>` names the select.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// The document's choice (an option's `value`).
    pub value: AttrValue,
    pub options: Rc<[ChoiceOption]>,
    /// The value the user picked.
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                select.set_value(value);
            }
        });
    }
    let onchange = props.on_change.reform(|e: Event| browser::field_value(&e));
    html! {
        <select ref={node} id={props.id.clone()} class={props.class.clone()} aria-label={props.label.clone()} title={props.title.clone()} {onchange}>
            { for props.options.iter().map(|o| html! {
                <option value={o.value.clone()} title={o.title.clone()} selected={o.value == props.value}>{ o.label.clone() }</option>
            }) }
        </select>
    }
}
