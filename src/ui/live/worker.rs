//! The page's end of the live worker: starts it from the address the build wrote into
//! `<meta name="live-worker">` (its files are hashed and never part of the first visit),
//! queues what the page says until the worker is ready, and hands back what it says, read
//! as `FromWorker` (anything else is dropped). Dropping the handle stops the worker.

use crate::live::messages::{FromWorker, ToWorker, READY};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

pub struct LiveWorker {
    worker: Worker,
    /// `None` once the worker said it is ready.
    queue: Rc<RefCell<Option<Vec<JsValue>>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// Where the build put the worker's loader, relative to the page.
fn worker_address() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document.query_selector("meta[name=\"live-worker\"]").ok()??;
    meta.get_attribute("content").filter(|c| c.starts_with("live/") && c.ends_with(".js"))
}

impl LiveWorker {
    /// Starts the worker; `on_failure` hears why it could not start or stopped.
    pub fn start(on_message: Callback<FromWorker>, on_failure: Callback<String>) -> Result<LiveWorker, String> {
        let address = worker_address().ok_or_else(|| "no live-worker entry in this build".to_owned())?;
        let worker = Worker::new(&address).map_err(|e| format!("{e:?}"))?;
        let queue: Rc<RefCell<Option<Vec<JsValue>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let on_message = {
            let (queue, worker) = (queue.clone(), worker.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let Some(text) = event.data().as_string() else { return };
                if text == READY {
                    for waiting in queue.borrow_mut().take().unwrap_or_default() {
                        let _ = worker.post_message(&waiting);
                    }
                    return;
                }
                if let Some(message) = super::codec::decode(&text) {
                    on_message.emit(message);
                }
            })
        };
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let text = js_sys::Reflect::get(&event, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
            on_failure.emit(text.unwrap_or_else(|| "the worker stopped".to_owned()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(LiveWorker { worker, queue, _on_message: on_message, _on_error: on_error })
    }

    pub fn send(&self, message: &ToWorker) {
        let message = super::codec::encode(message);
        if let Some(queue) = self.queue.borrow_mut().as_mut() {
            queue.push(message);
            return;
        }
        let _ = self.worker.post_message(&message);
    }
}

impl Drop for LiveWorker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
