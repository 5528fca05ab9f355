//! The 中文 / English switch. Each language is named in itself, so anyone can find theirs.

use crate::i18n::{Lang, Text};
use crate::ui::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub on_change: Callback<Lang>,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let current = use_lang();
    html! {
        <div class="lang-switch" role="group" aria-label={current.tr(Text::Language)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let on_change = props.on_change.clone();
                html! {
                    <button class={classes!("lang", (lang == current).then_some("active"))}
                        lang={lang.code()}
                        aria-pressed={(lang == current).to_string()}
                        onclick={Callback::from(move |_| on_change.emit(lang))}>
                        { lang.native_name() }
                    </button>
                }
            }) }
        </div>
    }
}
