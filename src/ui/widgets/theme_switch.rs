//! Light or dark: follows the system setting unless the user picks one here; the choice is
//! remembered in the preferences and applied as `data-theme` on `<html>`, which the stylesheet
//! reads. Exports are drawn with their own light colours whatever the theme.

use crate::i18n::Text;
use crate::storage::local::LocalStorageKv;
use crate::storage::Prefs;
use crate::ui::use_lang;
use yew::prelude::*;

/// Sets (or, for "follow the system", removes) the theme attribute on the document.
fn apply(theme: Option<&str>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let _ = match theme {
        Some(theme @ ("light" | "dark")) => root.set_attribute("data-theme", theme),
        _ => root.remove_attribute("data-theme"),
    };
}

fn stored() -> Option<String> {
    LocalStorageKv::open().ok().and_then(|kv| Prefs::load(&kv).theme)
}

#[function_component(ThemeSwitch)]
pub fn theme_switch() -> Html {
    let lang = use_lang();
    let theme = use_state(stored);
    use_effect_with((*theme).clone(), |theme| apply(theme.as_deref()));
    let onchange = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            let chosen = match select.value().as_str() {
                value @ ("light" | "dark") => Some(value.to_owned()),
                _ => None,
            };
            if let Ok(kv) = LocalStorageKv::open() {
                let mut prefs = Prefs::load(&kv);
                prefs.theme = chosen.clone();
                // A preference that cannot be stored only costs the choice on the next visit.
                let _ = prefs.save(&kv);
            }
            theme.set(chosen);
        })
    };
    let current = theme.as_deref().unwrap_or("system");
    let option = |value: &'static str, label: Text| html! { <option {value} selected={current == value}>{ lang.tr(label) }</option> };
    html! {
        <select class="theme-switch" aria-label={lang.tr(Text::Theme)} title={lang.tr(Text::Theme)} {onchange}>
            { option("system", Text::ThemeSystem) }
            { option("light", Text::ThemeLight) }
            { option("dark", Text::ThemeDark) }
        </select>
    }
}
