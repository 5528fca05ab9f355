//! The root component: language (remembered, defaulting to the browser's), the route kept in
//! the address fragment, the session's trash of deleted projects, and the toast host.

use super::browser;
use super::live::join::JoinLive;
use super::shell::editor::Editor;
use super::shell::project_list::{ProjectList, TrashChange};
use super::shell::share_preview::SharePreview;
use super::store::Store;
use super::widgets::menus::use_menu_dismissal;
use super::widgets::toast::ToastHost;
use super::widgets::update_banner::UpdateBanner;
use crate::i18n::{Lang, Text};
use crate::interaction::route::Route;
use crate::storage::local::LocalStorageKv;
use crate::storage::{Prefs, Trashed};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

fn initial_lang() -> Lang {
    let stored = LocalStorageKv::open().ok().and_then(|kv| Prefs::load(&kv).lang);
    stored.as_deref().and_then(Lang::from_code).unwrap_or_else(|| {
        let languages = browser::browser_languages();
        Lang::from_browser(languages.iter().map(String::as_str))
    })
}

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(initial_lang);
    let route = use_state(|| Route::from_fragment(&browser::fragment()));
    let trash = use_state(|| Rc::new(Vec::<Trashed>::new()));
    let store = use_memo((), |_| Store::open());
    use_menu_dismissal();

    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    route.set(Route::from_fragment(&browser::fragment()));
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with(*lang, |lang| browser::set_document_lang(*lang, lang.tr(Text::AppTitle)));

    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |chosen: Lang| {
            lang.set(chosen);
            if let Ok(kv) = LocalStorageKv::open() {
                let mut prefs = Prefs::load(&kv);
                prefs.lang = Some(chosen.code().to_owned());
                // A preference that cannot be stored only costs the choice on the next visit.
                let _ = prefs.save(&kv);
            }
        })
    };
    let navigate = Callback::from(|to: Route| browser::set_fragment(&to.to_fragment()));
    let on_trash = {
        let trash = trash.clone();
        Callback::from(move |change: TrashChange| {
            let mut list = (**trash).clone();
            match change {
                TrashChange::Add(item) => list.push(item),
                TrashChange::Remove(id) => list.retain(|item| item.id != id),
            }
            trash.set(Rc::new(list));
        })
    };

    let page = match &*route {
        Route::ProjectList => html! {
            <ProjectList navigate={navigate.clone()} on_lang={on_lang.clone()}
                trash={(*trash).clone()} on_trash={on_trash.clone()} />
        },
        Route::Share => {
            // Leaving the preview replaces the share link in the address bar.
            let route = route.clone();
            let leave = Callback::from(move |to: Route| {
                browser::replace_fragment(&to.to_fragment());
                route.set(to);
            });
            // Keyed by the link, so opening another link while one is shown reads the new one.
            html! { <SharePreview key={browser::fragment()} {leave} on_lang={on_lang.clone()} /> }
        }
        Route::Live => {
            let route = route.clone();
            let leave = Callback::from(move |to: Route| {
                browser::replace_fragment(&to.to_fragment());
                route.set(to);
            });
            html! { <JoinLive key={browser::fragment()} {leave} on_lang={on_lang.clone()} /> }
        }
        Route::Project { id, tab } => html! {
            <Editor key={id.to_string()} id={id.clone()} tab={*tab}
                navigate={navigate.clone()} on_lang={on_lang.clone()} />
        },
    };
    html! {
        <ContextProvider<Lang> context={*lang}>
            <ContextProvider<Store> context={(*store).clone()}>
                <UpdateBanner />
                <ToastHost>{ page }</ToastHost>
            </ContextProvider<Store>>
        </ContextProvider<Lang>>
    }
}
