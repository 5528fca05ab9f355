//! Offline use and updates. Registers the service worker (`sw.js`, written by the build with
//! every file of the release) so the app loads with the network off after one visit. When a
//! new release has been downloaded and waits, a banner says so; the page switches to it only
//! when the user chooses "Reload" (never in the middle of an edit), after which the worker
//! takes over and the page reloads once.

use crate::i18n::Text;
use crate::ui::use_lang;
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

type Listeners = Rc<RefCell<Vec<EventListener>>>;

/// Watches `worker` until it is installed; then, if a page is already controlled (so this is
/// an update, not the first visit), reports it as waiting.
fn watch_installing(worker: web_sys::ServiceWorker, waiting: UseStateHandle<Option<web_sys::ServiceWorker>>, listeners: &Listeners) {
    let target = worker.clone();
    let listener = EventListener::new(&worker, "statechange", move |_| {
        let controlled = web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
        if target.state() == web_sys::ServiceWorkerState::Installed && controlled {
            waiting.set(Some(target.clone()));
        }
    });
    listeners.borrow_mut().push(listener);
}

#[function_component(UpdateBanner)]
pub fn update_banner() -> Html {
    let lang = use_lang();
    let waiting = use_state(|| None::<web_sys::ServiceWorker>);
    // Set when the user chooses "Reload": only then does a new controller reload the page (a
    // first visit's worker also takes control, and that must not reload anything).
    let asked = use_memo((), |_| Rc::new(std::cell::Cell::new(false)));
    {
        let (waiting, asked) = (waiting.clone(), (*asked).clone());
        use_effect_with((), move |_| {
            let listeners: Listeners = Rc::default();
            if let Some(window) = web_sys::window() {
                let container = window.navigator().service_worker();
                // Once the new release controls the page, reload into it (only ever after the
                // user asked, since the worker waits until then).
                listeners.borrow_mut().push(EventListener::new(&container, "controllerchange", move |_| {
                    if asked.replace(false) {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }
                }));
                let listeners = listeners.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let Ok(registration) = JsFuture::from(container.register("./sw.js")).await else { return };
                    let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() else { return };
                    if let Some(worker) = registration.waiting() {
                        if container.controller().is_some() {
                            waiting.set(Some(worker));
                        }
                    }
                    if let Some(worker) = registration.installing() {
                        watch_installing(worker, waiting.clone(), &listeners);
                    }
                    let (found, inner) = (registration.clone(), listeners.clone());
                    let listener = EventListener::new(&registration, "updatefound", move |_| {
                        if let Some(worker) = found.installing() {
                            watch_installing(worker, waiting.clone(), &inner);
                        }
                    });
                    listeners.borrow_mut().push(listener);
                });
            }
            move || drop(listeners)
        });
    }
    let Some(worker) = (*waiting).clone() else { return html! {} };
    let asked = (*asked).clone();
    let reload = Callback::from(move |_| {
        asked.set(true);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
        let _ = worker.post_message(&message);
    });
    let later = {
        let waiting = waiting.clone();
        Callback::from(move |_| waiting.set(None))
    };
    html! {
        <div class="update-banner" role="status">
            <span>{ lang.tr(Text::UpdateReady) }</span>
            <button class="button primary" onclick={reload}>{ lang.tr(Text::UpdateReload) }</button>
            <button class="button" onclick={later}>{ lang.tr(Text::UpdateLater) }</button>
        </div>
    }
}
