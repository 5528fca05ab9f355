//! Opening a live-session link: what it is (room and server), who I will be, then "Join". The
//! room's project arrives as a new project in this browser, never merged into one already
//! here, and opens in the session. A link that is not a room's, an empty room or a server
//! that refuses says so, and nothing is stored.

use super::hook::remembered_me;
use super::panel::swatch;
use super::worker::LiveWorker;
use crate::i18n::{describe_load_error, LiveText, Text};
use crate::interaction::route::{CanvasTab, Route};
use crate::live::messages::{FromWorker, Presence, ToWorker};
use crate::live::room::{read_link, LinkError, RoomLink};
use crate::persist::decode_project;
use crate::storage::live::{save_document, LiveRecord};
use crate::storage::local::LocalStorageKv;
use crate::storage::Prefs;
use crate::ui::store::use_store;
use crate::ui::widgets::lang_switch::LangSwitch;
use crate::ui::{browser, use_lang};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct JoinLiveProps {
    pub leave: Callback<Route>,
    pub on_lang: Callback<crate::i18n::Lang>,
}

#[derive(Clone, PartialEq)]
enum Phase {
    Asking,
    Joining,
    /// The project is stored; waiting for the document copy before opening it.
    Stored(crate::model::ProjectId),
    Failed(String),
}

#[function_component(JoinLive)]
pub fn join_live(props: &JoinLiveProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let link = use_memo((), |_| read_link(&browser::fragment()));
    let me = use_memo((), |_| remembered_me(CanvasTab::default()));
    let name = use_state(|| me.name.clone());
    let phase = use_state(|| Phase::Asking);
    let worker = use_mut_ref(|| None::<LiveWorker>);
    let back = props.leave.reform(|_: MouseEvent| Route::ProjectList);

    let link = match &*link {
        Ok(link) => link.clone(),
        Err(error) => {
            let why = lang.tr(match error {
                LinkError::BadRoom => LiveText::BadRoom,
                LinkError::BadServer => LiveText::BadLinkServer,
            });
            return page(
                props,
                lang,
                html! {
                    <>
                        <p class="import-error" role="alert">{ lang.trf(LiveText::BadLink, &[why]) }</p>
                        <div class="dialog-buttons"><button class="button primary" onclick={back}>{ lang.tr(Text::BackToProjects) }</button></div>
                    </>
                },
            );
        }
    };

    let on_message = {
        let (phase, store, link, leave, worker) = (phase.clone(), store.clone(), link.clone(), props.leave.clone(), worker.clone());
        let stored: Rc<RefCell<Option<crate::model::ProjectId>>> = Rc::default();
        Callback::from(move |message: FromWorker| match message {
            FromWorker::State { file, .. } if stored.borrow().is_none() => match decode_project(&file) {
                Ok((project, _)) => {
                    let shared_id = project.id.to_string();
                    match store.add_as_new(project, browser::now()) {
                        Ok(saved) => {
                            let record = LiveRecord { room: link.room.clone(), server: link.server.clone(), shared_id };
                            if let Ok(kv) = LocalStorageKv::open() {
                                let _ = record.save(&kv, &saved.project.id);
                            }
                            *stored.borrow_mut() = Some(saved.project.id.clone());
                            phase.set(Phase::Stored(saved.project.id));
                        }
                        Err(error) => phase.set(Phase::Failed(error.describe(lang))),
                    }
                }
                Err(error) => phase.set(Phase::Failed(lang.trf(LiveText::BadState, &[&describe_load_error(lang, &error)]))),
            },
            // The document copy lets the workspace rejoin without fetching everything again.
            FromWorker::Saved { snapshot } => {
                if let Some(id) = stored.borrow().clone() {
                    if let Ok(kv) = LocalStorageKv::open() {
                        let _ = save_document(&kv, &id, &snapshot);
                    }
                    worker.borrow_mut().take();
                    leave.emit(Route::Project { id, tab: CanvasTab::default() });
                }
            }
            FromWorker::EmptyRoom => phase.set(Phase::Failed(lang.tr(LiveText::EmptyRoom).to_owned())),
            FromWorker::Denied { reason } => phase.set(Phase::Failed(lang.trf(LiveText::Denied, &[&reason]))),
            _ => {}
        })
    };
    let join = {
        let (phase, worker, name, link, me) = (phase.clone(), worker.clone(), name.clone(), link.clone(), me.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                return phase.set(Phase::Failed(lang.tr(LiveText::NameNeeded).to_owned()));
            }
            let me = Presence { name: (*name).clone(), ..(*me).clone() }.checked();
            if let Ok(kv) = LocalStorageKv::open() {
                let mut prefs = Prefs::load(&kv);
                (prefs.live_name, prefs.live_colour) = (Some(me.name.clone()), Some(me.colour.clone()));
                let _ = prefs.save(&kv);
            }
            let failed = {
                let phase = phase.clone();
                Callback::from(move |reason: String| phase.set(Phase::Failed(lang.trf(LiveText::NoWorker, &[&reason]))))
            };
            match LiveWorker::start(on_message.clone(), failed) {
                Ok(started) => {
                    started.send(&ToWorker::Open { room: link.room.clone(), server: link.server.clone(), seed: None, saved: None, me });
                    *worker.borrow_mut() = Some(started);
                    phase.set(Phase::Joining);
                }
                Err(reason) => phase.set(Phase::Failed(lang.trf(LiveText::NoWorker, &[&reason]))),
            }
        })
    };
    let RoomLink { room, server } = &link;
    let body = html! {
        <form class="live-join" onsubmit={join}>
            <p>{ lang.tr(LiveText::JoinIntro) }</p>
            <p class="live-where">{ lang.trf(LiveText::JoinWhere, &[&format!("{}…", &room[..8]), server]) }</p>
            <label class="field-label">{ lang.tr(LiveText::YourName) }
                <span class="live-name-row">{ swatch(&me.colour) }
                    <input class="live-name" value={(*name).clone()} maxlength="40"
                        oninput={let name = name.clone(); Callback::from(move |e: InputEvent| name.set(browser::field_value(&e)))} />
                </span>
            </label>
            { match &*phase {
                Phase::Joining | Phase::Stored(_) => html! { <p role="status">{ lang.tr(LiveText::Joining) }</p> },
                Phase::Failed(reason) => html! { <p class="import-error" role="alert">{ reason }</p> },
                Phase::Asking => html! {},
            } }
            <div class="dialog-buttons">
                <button type="submit" class="button primary" disabled={matches!(*phase, Phase::Joining | Phase::Stored(_))}>{ lang.tr(LiveText::Join) }</button>
                <button type="button" class="button" onclick={back}>{ lang.tr(Text::Cancel) }</button>
            </div>
        </form>
    };
    page(props, lang, body)
}

fn page(props: &JoinLiveProps, lang: crate::i18n::Lang, body: Html) -> Html {
    html! {
        <div class="project-page share-page live-join-page">
            <header class="page-header">
                <h1>{ lang.tr(LiveText::JoinTitle) }</h1>
                <LangSwitch on_change={props.on_lang.clone()} />
            </header>
            <section class="empty-state">{ body }</section>
        </div>
    }
}
