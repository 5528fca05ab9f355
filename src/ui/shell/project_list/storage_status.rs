//! What the list says about storage: how much the site uses (and plainly when it is full),
//! whether the browser keeps it persistently (asked once), and a refresh whenever another tab
//! changes storage.

use crate::i18n::{format_bytes, Text};
use crate::storage::local::LocalStorageKv;
use crate::storage::{keys, Prefs};
use crate::ui::{browser, use_lang};
use gloo::events::EventListener;
use yew::prelude::*;

/// Roughly what browsers allow one origin in localStorage (5 Mi UTF-16 code units).
const LOCAL_STORAGE_UNITS: usize = 5 * 1024 * 1024;

/// Calls `refresh` when another tab changes storage.
#[hook]
pub fn use_other_tabs(refresh: &Callback<()>) {
    let refresh = refresh.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "storage", move |event| {
                // Another tab's room probe changes nothing listed; refreshing on it would
                // probe here in turn, and two open lists would wake each other for ever.
                let key = wasm_bindgen::JsCast::dyn_ref::<web_sys::StorageEvent>(event).and_then(|e| e.key());
                if key.as_deref() != Some(keys::PROBE) {
                    refresh.emit(());
                }
            })
        });
        move || drop(listener)
    });
}

/// Whether the browser keeps this site's storage persistently (`None` until it answers);
/// persistence is requested once per browser.
#[hook]
fn use_persistence() -> Option<bool> {
    let persistent = use_state(|| None::<bool>);
    {
        let persistent = persistent.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let kv = LocalStorageKv::open().ok();
                let ask = kv.as_ref().is_some_and(|kv| !Prefs::load(kv).persist_requested);
                let granted = browser::storage_persistence(ask).await;
                if let (true, Some(kv)) = (ask, kv) {
                    // Read again after the wait: the language may have changed meanwhile.
                    let mut prefs = Prefs::load(&kv);
                    prefs.persist_requested = true;
                    let _ = prefs.save(&kv);
                }
                persistent.set(Some(granted));
            });
        });
    }
    *persistent
}

#[derive(Properties, PartialEq)]
pub struct StorageFooterProps {
    /// The site's storage use in UTF-16 code units and whether it is full (`None` when storage
    /// could not be listed).
    pub usage: Option<(usize, bool)>,
}

/// The page footer: storage used, and whether it is kept.
#[function_component(StorageFooter)]
pub fn storage_footer(props: &StorageFooterProps) -> Html {
    let lang = use_lang();
    let persistent = use_persistence();
    let usage = props.usage.map(|(site_units, full)| {
        let used = format_bytes(site_units * 2);
        if full {
            html! { <p class="storage-use full" role="alert">{ lang.trf(Text::StorageFullUse, &[&used]) }</p> }
        } else {
            html! { <p class="storage-use">{ lang.trf(Text::StorageUse, &[&used, &format_bytes(LOCAL_STORAGE_UNITS * 2)]) }</p> }
        }
    });
    html! {
        <footer class="page-footer">
            { for usage }
            { for persistent.map(|p| html! {
                <p class="storage-persist">{ lang.tr(if p { Text::StoragePersistent } else { Text::StorageNotPersistent }) }</p>
            }) }
        </footer>
    }
}
