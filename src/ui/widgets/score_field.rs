//! A score field for the SERVQUAL scale: 1–7 with at most one decimal, kept in tenths. Like the
//! other fields it opens holding the stored score, keeps what is typed while it has the focus,
//! refuses bad text in place with the reason beside it, and Escape restores the stored score.

use super::field::{commit_on_change, escape_restores, use_field_error, use_synced_value};
use crate::field_rules::{tenths_text, Tenths};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoreFieldProps {
    /// The stored score in tenths (`None`: not entered).
    pub value: Option<u8>,
    pub scale: Tenths,
    pub on_commit: Callback<Option<u8>>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[function_component(ScoreField)]
pub fn score_field(props: &ScoreFieldProps) -> Html {
    let lang = use_lang();
    let node = use_node_ref();
    let error = use_field_error();
    let shown: AttrValue = props.value.map(tenths_text).unwrap_or_default().into();
    use_synced_value(&node, &shown);
    let scale = props.scale;
    let onchange = commit_on_change(&node, &error, move |raw| scale.run(lang, raw), props.value, &props.on_commit);
    let onkeydown = escape_restores(&node, &error, &shown);
    html! {
        <>
            <input ref={node} id={props.id.clone()} class="score-field" inputmode="decimal" aria-label={props.label.clone()}
                aria-invalid={error.invalid()} aria-describedby={error.described_by()} {onchange} {onkeydown} />
            { error.line() }
        </>
    }
}
