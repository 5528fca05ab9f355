//! The top bar's live-session button and its dialog. Outside a session: who I am (name and
//! colour, remembered) and the sync server (remembered), then "Start live session"; a refused
//! name or address stays in its field with the reason beside it. In a session: the connection,
//! the invitation link, who is here and on which canvas, "Bring everyone here" and "Leave live
//! session". The button
//! itself is the connection indicator.

use super::hook::{remembered_me, LiveView};
use crate::i18n::{Lang, LiveText};
use crate::interaction::route::CanvasTab;
use crate::live::messages::{Link, Presence};
use crate::live::room::{check_server, default_server, link_fragment, RoomLink};
use crate::storage::local::LocalStorageKv;
use crate::storage::Prefs;
use crate::ui::widgets::dialog::use_modal;
use crate::ui::widgets::toast::{use_toaster, Toast};
use crate::ui::{browser, use_lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LivePanelProps {
    pub view: Option<LiveView>,
    pub tab: CanvasTab,
    pub start: Callback<(String, Presence)>,
    pub leave: Callback<()>,
    pub summon: Callback<()>,
}

/// "Connected", "Connecting…" or "Offline", with the changes not yet sent.
pub fn link_words(lang: Lang, link: Link, unsent: u32) -> String {
    let state = match link {
        Link::Connected => lang.tr(LiveText::Connected),
        Link::Connecting => lang.tr(LiveText::Connecting),
        Link::Offline => lang.tr(LiveText::Offline),
    };
    if unsent == 0 {
        state.to_owned()
    } else {
        format!("{state} · {}", lang.trf(LiveText::Unsent, &[&unsent.to_string()]))
    }
}

fn link_class(link: Link) -> &'static str {
    match link {
        Link::Connected => "live-connected",
        Link::Connecting => "live-connecting",
        Link::Offline => "live-offline",
    }
}

#[function_component(LivePanel)]
pub fn live_panel(props: &LivePanelProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let indicator = props.view.as_ref().map(|v| {
        let words = link_words(lang, v.link, v.unsent);
        html! { <span class={classes!("live-indicator", link_class(v.link))} data-peers={v.peers.len().to_string()}>{ words }</span> }
    });
    html! {
        <>
            <button class={classes!("button", "live-button", props.view.is_some().then_some("live-on"))} aria-haspopup="dialog"
                onclick={toggle}>{ lang.tr(LiveText::Button) }{ for indicator }</button>
            if *open {
                <div class="dialog-backdrop">
                    <div class="dialog live-dialog" role="dialog" aria-modal="true" aria-labelledby="live-title">
                        <h2 id="live-title">{ lang.tr(LiveText::Title) }</h2>
                        { match &props.view {
                            None => html! { <StartForm tab={props.tab} start={props.start.clone()} close={close.clone()} /> },
                            Some(view) => html! { <SessionInfo view={view.clone()} leave={props.leave.clone()} summon={props.summon.clone()} close={close.clone()} /> },
                        } }
                    </div>
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StartFormProps {
    tab: CanvasTab,
    start: Callback<(String, Presence)>,
    close: Callback<()>,
}

fn default_address() -> String {
    let location = web_sys::window().map(|w| w.location());
    let secure = location.as_ref().and_then(|l| l.protocol().ok()).is_some_and(|p| p == "https:");
    let host = location.and_then(|l| l.host().ok()).unwrap_or_default();
    default_server(secure, if host.is_empty() { "127.0.0.1" } else { &host })
}

#[function_component(StartForm)]
fn start_form(props: &StartFormProps) -> Html {
    let lang = use_lang();
    let first = use_node_ref();
    use_modal(first.clone(), props.close.clone());
    let me = use_memo((), |_| remembered_me(props.tab));
    let name = use_state(|| me.name.clone());
    let colour = use_state(|| me.colour.clone());
    let server = use_state(|| {
        let remembered = LocalStorageKv::open().ok().and_then(|kv| Prefs::load(&kv).live_server);
        remembered.unwrap_or_else(default_address)
    });
    let tried = use_state(|| false);
    let name_ok = !name.trim().is_empty();
    let server_ok = check_server(&server);
    let input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(browser::field_value(&e)))
    };
    let submit = {
        let (name, colour, server, tried, start, close, tab) =
            (name.clone(), colour.clone(), server.clone(), tried.clone(), props.start.clone(), props.close.clone(), props.tab);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            tried.set(true);
            let Ok(address) = check_server(&server) else { return };
            if name.trim().is_empty() {
                return;
            }
            let me = Presence { name: (*name).clone(), colour: (*colour).clone(), canvas: tab.slug().into(), ..Presence::default() }.checked();
            start.emit((address, me));
            close.emit(());
        })
    };
    let cancel = props.close.reform(|_: MouseEvent| ());
    html! {
        <form class="live-start" onsubmit={submit}>
            <p>{ lang.tr(LiveText::Intro) }</p>
            <label class="field-label">{ lang.tr(LiveText::YourName) }
                <input ref={first} class="live-name" value={(*name).clone()} maxlength="40" oninput={input(&name)}
                    aria-invalid={(*tried && !name_ok).to_string()} />
            </label>
            if *tried && !name_ok { <p class="field-error" role="alert">{ lang.tr(LiveText::NameNeeded) }</p> }
            <label class="field-label">{ lang.tr(LiveText::YourColour) }
                <input type="color" class="live-colour" value={(*colour).clone()} oninput={input(&colour)} />
            </label>
            <label class="field-label">{ lang.tr(LiveText::Server) }
                <input class="live-server" value={(*server).clone()} oninput={input(&server)} spellcheck="false"
                    aria-invalid={(*tried && server_ok.is_err()).to_string()} />
            </label>
            if *tried && server_ok.is_err() { <p class="field-error" role="alert">{ lang.tr(LiveText::BadServer) }</p> }
            <p class="hint">{ lang.tr(LiveText::ServerHint) }</p>
            <div class="dialog-buttons">
                <button type="submit" class="button primary">{ lang.tr(LiveText::Start) }</button>
                <button type="button" class="button" onclick={cancel}>{ lang.tr(crate::i18n::Text::Cancel) }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct SessionInfoProps {
    view: LiveView,
    leave: Callback<()>,
    summon: Callback<()>,
    close: Callback<()>,
}

/// A participant's colour as a dot (an SVG fill: the CSP allows no inline styles).
pub fn swatch(colour: &str) -> Html {
    html! {
        <svg class="live-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <circle cx="6" cy="6" r="6" fill={colour.to_owned()} />
        </svg>
    }
}

#[function_component(SessionInfo)]
fn session_info(props: &SessionInfoProps) -> Html {
    let lang = use_lang();
    let toaster = use_toaster();
    let first = use_node_ref();
    use_modal(first.clone(), props.close.clone());
    let view = &props.view;
    let link = format!(
        "{}#{}",
        browser::address_without_fragment(),
        link_fragment(&RoomLink { room: view.record.room.clone(), server: view.record.server.clone() })
    );
    let copy = {
        let (link, toaster) = (link.clone(), toaster.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, toaster) = (link.clone(), toaster.clone());
            wasm_bindgen_futures::spawn_local(async move {
                toaster.show(if browser::copy_text(&link).await {
                    Toast::text(lang.tr(LiveText::LinkCopied))
                } else {
                    Toast::copy_failed(lang.tr(LiveText::LinkCopied), &link)
                });
            });
        })
    };
    let leave = {
        let (leave, close) = (props.leave.clone(), props.close.clone());
        Callback::from(move |_: MouseEvent| {
            leave.emit(());
            close.emit(());
        })
    };
    let summon = {
        let (summon, close) = (props.summon.clone(), props.close.clone());
        Callback::from(move |_: MouseEvent| {
            summon.emit(());
            close.emit(());
        })
    };
    let person = |p: &Presence, you: bool| {
        let canvas = CanvasTab::from_slug(&p.canvas).map(|t| lang.tr(t.label())).unwrap_or_default();
        html! {
            <li class="live-person">
                { swatch(&p.colour) }
                <span class="live-person-name">{ &p.name }</span>
                if you { <span class="hint">{ lang.tr(LiveText::You) }</span> }
                <span class="hint live-person-canvas">{ canvas }</span>
            </li>
        }
    };
    html! {
        <div class="live-session">
            <p class={classes!("live-status", link_class(view.link))} role="status">{ link_words(lang, view.link, view.unsent) }</p>
            <label class="field-label">{ lang.tr(LiveText::Link) }
                <input class="live-link" readonly=true value={link} />
            </label>
            <button ref={first} class="button" onclick={copy}>{ lang.tr(LiveText::CopyLink) }</button>
            <h3>{ lang.tr(LiveText::Here) }</h3>
            <ul class="live-people">
                { person(&view.me, true) }
                { for view.peers.iter().map(|p| person(p, false)) }
            </ul>
            if view.peers.is_empty() { <p class="hint">{ lang.tr(LiveText::OnlyYou) }</p> }
            <div class="dialog-buttons">
                <button class="button live-summon" onclick={summon} disabled={view.peers.is_empty()}>{ lang.tr(LiveText::BringHere) }</button>
                <button class="button danger" onclick={leave}>{ lang.tr(LiveText::Leave) }</button>
                <button class="button" onclick={props.close.reform(|_: MouseEvent| ())}>{ lang.tr(crate::i18n::Text::Dismiss) }</button>
            </div>
        </div>
    }
}
