//! Toasts: short messages at the bottom of the screen, optionally with one action (e.g. Undo a
//! deletion). `ToastHost` owns the list and provides a `Toaster` to push from anywhere. Each
//! toast closes itself after a while; errors that must stay use a banner instead.

use crate::i18n::Text;
use crate::ui::use_lang;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long a toast stays, in milliseconds.
const TOAST_MS: u32 = 8_000;

#[derive(Clone, PartialEq)]
pub struct ToastAction {
    pub label: String,
    pub run: Callback<()>,
}

#[derive(Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    pub action: Option<ToastAction>,
    /// Text to copy by hand when the clipboard refused it: shown selected in a field, and the
    /// toast stays until closed.
    pub copy_by_hand: Option<Rc<str>>,
}

impl Toast {
    pub fn text(text: impl Into<String>) -> Self {
        Toast { text: text.into(), action: None, copy_by_hand: None }
    }

    /// Says the clipboard refused `text` and offers it to copy by hand.
    pub fn copy_failed(message: impl Into<String>, text: &str) -> Self {
        Toast { text: message.into(), action: None, copy_by_hand: Some(text.into()) }
    }
}

/// Pushes toasts; cheap to clone, stable across renders.
#[derive(Clone, PartialEq)]
pub struct Toaster(Callback<Toast>);

impl Toaster {
    pub fn show(&self, toast: Toast) {
        self.0.emit(toast);
    }
}

#[hook]
pub fn use_toaster() -> Toaster {
    use_context::<Toaster>().unwrap_or_else(|| Toaster(Callback::noop()))
}

#[derive(Default, PartialEq)]
struct Toasts {
    next_id: u32,
    shown: Vec<(u32, Toast)>,
}

enum ToastMsg {
    Push(Toast),
    Close(u32),
}

impl Reducible for Toasts {
    type Action = ToastMsg;
    fn reduce(self: Rc<Self>, action: ToastMsg) -> Rc<Self> {
        let mut shown = self.shown.clone();
        let mut next_id = self.next_id;
        match action {
            ToastMsg::Push(toast) => {
                shown.push((next_id, toast));
                next_id += 1;
            }
            ToastMsg::Close(id) => shown.retain(|(i, _)| *i != id),
        }
        Rc::new(Toasts { next_id, shown })
    }
}

#[derive(Properties, PartialEq)]
pub struct ToastHostProps {
    pub children: Html,
}

#[function_component(ToastHost)]
pub fn toast_host(props: &ToastHostProps) -> Html {
    let toasts = use_reducer(Toasts::default);
    let toaster = {
        let dispatcher = toasts.dispatcher();
        use_memo((), move |_| Toaster(Callback::from(move |t| dispatcher.dispatch(ToastMsg::Push(t)))))
    };
    let close = {
        let dispatcher = toasts.dispatcher();
        Callback::from(move |id| dispatcher.dispatch(ToastMsg::Close(id)))
    };
    html! {
        <ContextProvider<Toaster> context={(*toaster).clone()}>
            { props.children.clone() }
            <div class="toasts" role="status" aria-live="polite">
                { for toasts.shown.iter().map(|(id, toast)| html! {
                    <ToastView key={*id} id={*id} toast={toast.clone()} close={close.clone()} />
                }) }
            </div>
        </ContextProvider<Toaster>>
    }
}

#[derive(Properties, PartialEq)]
struct ToastViewProps {
    id: u32,
    toast: Toast,
    close: Callback<u32>,
}

#[function_component(ToastView)]
fn toast_view(props: &ToastViewProps) -> Html {
    let lang = use_lang();
    let manual = use_node_ref();
    {
        let (id, close, stays) = (props.id, props.close.clone(), props.toast.copy_by_hand.is_some());
        let manual = manual.clone();
        use_effect_with(id, move |_| {
            if let Some(field) = manual.cast::<web_sys::HtmlTextAreaElement>() {
                let _ = field.focus();
                field.select();
            }
            let timer = (!stays).then(|| Timeout::new(TOAST_MS, move || close.emit(id)));
            move || drop(timer)
        });
    }
    let on_close = {
        let (id, close) = (props.id, props.close.clone());
        Callback::from(move |_| close.emit(id))
    };
    let action = props.toast.action.as_ref().map(|action| {
        let (id, close, run) = (props.id, props.close.clone(), action.run.clone());
        let onclick = Callback::from(move |_| {
            run.emit(());
            close.emit(id);
        });
        html! { <button class="toast-action" {onclick}>{ &action.label }</button> }
    });
    html! {
        <div class="toast">
            <span class="toast-text">{ &props.toast.text }</span>
            if let Some(text) = &props.toast.copy_by_hand {
                <textarea ref={manual} class="copy-by-hand" readonly=true rows="3" aria-label={lang.tr(Text::CopyByHand)}
                    defaultvalue={text.to_string()} />
            }
            { for action }
            <button class="toast-close" aria-label={lang.tr(Text::Dismiss)} onclick={on_close}>{ "×" }</button>
        </div>
    }
}
