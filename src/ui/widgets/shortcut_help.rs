//! The keyboard shortcut list, opened with `?` anywhere outside a text field (or the "?"
//! button) and closed with Escape: every canvas's keys in the UI language, from the same texts
//! the canvases show under themselves, so the two never disagree.

use crate::i18n::{Lang, Text};
use crate::ui::canvas::registry::CANVASES;
use crate::ui::use_lang;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The list's sections: a heading and the keys, as shown under each canvas.
fn sections(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let everywhere = (lang.tr(Text::ShortcutsEverywhere), lang.tr(Text::ShortcutsEverywhereKeys));
    let canvases = CANVASES.iter().map(|canvas| (lang.tr(canvas.tab.label()), (canvas.keys)(lang)));
    std::iter::once(everywhere).chain(canvases).collect()
}

/// True when the key went to a text field, whose typing must not open the list.
fn typing(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable())
}

#[function_component(ShortcutHelp)]
pub fn shortcut_help() -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let close_button = use_node_ref();
    {
        let open = open.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "keydown", move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    match key.key().as_str() {
                        "?" if !typing(event) && !key.ctrl_key() && !key.meta_key() => open.set(true),
                        "Escape" => open.set(false),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let close_button = close_button.clone();
        use_effect_with(*open, move |open| {
            if *open {
                if let Some(button) = close_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let show = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <>
            <button class="button help-button" aria-label={lang.tr(Text::Shortcuts)} title={lang.tr(Text::Shortcuts)} onclick={show}>{ "?" }</button>
            if *open {
                <div class="dialog-backdrop">
                    <div class="dialog shortcut-dialog" role="dialog" aria-modal="true" aria-labelledby="shortcut-title">
                        <h2 id="shortcut-title">{ lang.tr(Text::Shortcuts) }</h2>
                        <dl class="shortcut-list">
                            { for sections(lang).into_iter().map(|(heading, keys)| html! {
                                <>
                                    <dt>{ heading }</dt>
                                    <dd>{ keys }</dd>
                                </>
                            }) }
                        </dl>
                        <div class="dialog-buttons">
                            <button ref={close_button} class="button primary" onclick={close}>{ lang.tr(Text::Dismiss) }</button>
                        </div>
                    </div>
                </div>
            }
        </>
    }
}
