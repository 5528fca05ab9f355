//! The browser UI: thin Yew function components over the pure core. Components read the
//! language from context, turn user gestures into `model::Command`s or store calls, and show
//! every failure in words. No domain rule lives here.

mod app;
mod browser;
mod canvas;
mod live;
mod shell;
mod store;
mod widgets;

use crate::i18n::Lang;
use yew::prelude::*;

/// Mounts the app into `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

/// The UI language chosen by the user (provided by `App`).
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// A counter to bump when something outside Yew's knowledge (storage) changed and a component
/// must read it again. Returns the current value and a stable callback that bumps it.
#[hook]
pub fn use_refresh() -> (u32, Callback<()>) {
    struct Tick(u32);
    impl Reducible for Tick {
        type Action = ();
        fn reduce(self: std::rc::Rc<Self>, _: ()) -> std::rc::Rc<Self> {
            std::rc::Rc::new(Tick(self.0.wrapping_add(1)))
        }
    }
    let tick = use_reducer(|| Tick(0));
    let dispatcher = tick.dispatcher();
    let bump = use_memo((), move |_| Callback::from(move |_| dispatcher.dispatch(())));
    (tick.0, (*bump).clone())
}
