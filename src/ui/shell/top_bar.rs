//! The editor's top bar: back to the list, the editable project name, the canvas tabs,
//! undo/redo, the save status, the File menu (export/import), the live-session button and the
//! language switch.

use super::editor_state::SaveStatus;
use super::import::ImportZone;
use crate::i18n::{Lang, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::ui::widgets::field::{Check, TextField};
use crate::ui::widgets::icons::{icon, Icon};
use crate::ui::widgets::lang_switch::LangSwitch;
use crate::ui::widgets::shortcut_help::ShortcutHelp;
use crate::ui::widgets::theme_switch::ThemeSwitch;
use crate::ui::widgets::timer::WorkshopTimer;
use crate::ui::{browser, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TopBarProps {
    pub name: String,
    pub can_undo: bool,
    pub can_redo: bool,
    pub status: SaveStatus,
    pub tab: CanvasTab,
    pub on_rename: Callback<String>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    pub on_tab: Callback<CanvasTab>,
    pub on_back: Callback<()>,
    pub on_export: Callback<()>,
    pub on_share: Callback<()>,
    pub on_present: Callback<()>,
    pub on_print: Callback<bool>,
    pub navigate: Callback<Route>,
    pub on_lang: Callback<Lang>,
    /// The live-session button (with its connection indicator).
    pub live: Html,
}

#[function_component(TopBar)]
pub fn top_bar(props: &TopBarProps) -> Html {
    let lang = use_lang();
    let status = match &props.status {
        SaveStatus::Saved(at) => html! { <span class="save-status ok">{ lang.trf(Text::Saved, &[&browser::clock(*at)]) }</span> },
        SaveStatus::Saving => html! { <span class="save-status busy">{ lang.tr(Text::Saving) }</span> },
        // The banner under the bar says why and what to do; here it is only named.
        SaveStatus::Failed(error) => html! {
            <span class="save-status failed" title={lang.tr(error.status_text())}>{ lang.tr(Text::NotSavedShort) }</span>
        },
    };
    let click = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let tools_open = use_state(|| false);
    let toggle_tools = {
        let tools_open = tools_open.clone();
        Callback::from(move |_: MouseEvent| tools_open.set(!*tools_open))
    };
    let tools_open = *tools_open;
    let on_imported = {
        let navigate = props.navigate.clone();
        Callback::from(move |id| navigate.emit(Route::Project { id, tab: CanvasTab::default() }))
    };
    html! {
        <header class="top-bar">
            <button class="button back" onclick={click(&props.on_back)}>{ lang.tr(Text::BackToProjects) }</button>
            // Enter or leaving the field renames; Escape restores; a refused name stays, explained.
            <div class="name-field">
                <TextField value={props.name.clone()} check={Check::Name} class="project-name" label={lang.tr(Text::ProjectName)}
                    on_commit={props.on_rename.clone()} />
            </div>
            <Tabs current={props.tab} on_tab={props.on_tab.clone()} />
            <div class="status-slot" role="status" aria-live="polite">{ status }</div>
            // On a phone the tools fold behind one menu button; from tablet width up they
            // sit in the bar itself (the wrapper is `display: contents` there).
            <button class="button icon-button tools-toggle" aria-expanded={tools_open.to_string()} aria-controls="bar-tools"
                aria-label={lang.tr(Text::MoreTools)} onclick={toggle_tools}>{ "☰" }</button>
            <div id="bar-tools" class={classes!("bar-tools", tools_open.then_some("open"))}>
                <div class="history-buttons">
                    <button class="button icon-button" disabled={!props.can_undo} aria-label={lang.tr(Text::Undo)}
                        title={lang.tr(Text::ShortcutsHint)} onclick={click(&props.on_undo)}>{ icon(Icon::Undo) }</button>
                    <button class="button icon-button" disabled={!props.can_redo} aria-label={lang.tr(Text::Redo)}
                        title={lang.tr(Text::ShortcutsHint)} onclick={click(&props.on_redo)}>{ icon(Icon::Redo) }</button>
                </div>
                <details class="file-menu">
                    <summary class="button">{ lang.tr(Text::FileMenu) }</summary>
                    <div class="menu">
                        <button class="button" onclick={click(&props.on_export)}>{ lang.tr(Text::ExportJson) }</button>
                        <button class="button" onclick={click(&props.on_share)}>{ lang.tr(Text::CopyShareLink) }</button>
                        <button class="button" onclick={props.on_print.reform(|_| false)}>{ lang.tr(Text::PrintCanvas) }</button>
                        <button class="button" onclick={props.on_print.reform(|_| true)}>{ lang.tr(Text::PrintProject) }</button>
                        <label class="menu-field">{ lang.tr(Text::Theme) }<ThemeSwitch /></label>
                        <ImportZone {on_imported} label={Text::ImportIntoList} />
                    </div>
                </details>
                { props.live.clone() }
                <WorkshopTimer />
                <button class="button present-button" onclick={click(&props.on_present)}>{ lang.tr(Text::Present) }</button>
                <ShortcutHelp />
                <LangSwitch on_change={props.on_lang.clone()} />
            </div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct TabsProps {
    current: CanvasTab,
    on_tab: Callback<CanvasTab>,
}

/// The canvas tabs; arrow keys move between them (WAI-ARIA tabs pattern).
#[function_component(Tabs)]
fn tabs(props: &TabsProps) -> Html {
    let lang = use_lang();
    let onkeydown = {
        let (current, on_tab) = (props.current, props.on_tab.clone());
        Callback::from(move |e: KeyboardEvent| {
            let index = CanvasTab::ALL.iter().position(|t| *t == current).unwrap_or(0);
            let count = CanvasTab::ALL.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (index + 1) % count,
                "ArrowLeft" => (index + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            on_tab.emit(CanvasTab::ALL[next]);
            if let Some(tab) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("tab-{}", CanvasTab::ALL[next].slug())))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
            {
                let _ = tab.focus();
            }
        })
    };
    html! {
        <nav class="tabs" role="tablist" aria-label={lang.tr(Text::CanvasTabs)} {onkeydown}>
            { for CanvasTab::ALL.into_iter().map(|tab| {
                let selected = tab == props.current;
                let on_tab = props.on_tab.clone();
                html! {
                    <button role="tab" id={format!("tab-{}", tab.slug())} class={classes!("tab", selected.then_some("active"))}
                        aria-selected={selected.to_string()} aria-controls={format!("panel-{}", tab.slug())}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={Callback::from(move |_| on_tab.emit(tab))}>
                        { lang.tr(tab.label()) }
                    </button>
                }
            }) }
        </nav>
    }
}
