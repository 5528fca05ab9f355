//! The worker's browser side: its message port to the page, the socket, the timers. Every
//! decision is `Session`'s; this only carries its effects out and events in.

use base64::Engine;
use gloo::timers::callback::Interval;
use planning_workbench::live::messages::{FromWorker, ToWorker, READY};
use planning_workbench::live::session::{Effect, Session, Start};
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BinaryType, DedicatedWorkerGlobalScope, MessageEvent, WebSocket};

/// Reconnect delays: quick at first (a server restart is back in a second or two), never more
/// than this apart, so a room's network coming back is noticed within seconds.
const FIRST_RETRY_MS: u32 = 200;
const MAX_RETRY_MS: u32 = 1_500;
/// Presence is renewed this often, and a connection that heard nothing for `SILENT_MS` is
/// taken for dropped (Wi-Fi gone without the socket noticing).
const TICK_MS: u32 = 5_000;
const SILENT_MS: f64 = 16_000.0;
/// How often the worker checks for a due reconnect and hands the page a copy of the document
/// when it changed.
const PULSE_MS: u32 = 100;
/// A copy of a large document costs its size in storage: at most one per this many ms.
const KEEP_MS: f64 = 500.0;

struct Worker {
    session: Session,
    server: String,
    socket: Option<WebSocket>,
    /// Which socket is the current one: events of one already given up on are ignored.
    generation: u32,
    attempt: u32,
    last_heard: f64,
    /// When to try connecting again (the pulse checks; one-shot timers proved unreliable in
    /// a worker, firing only the first time).
    retry_at: Option<f64>,
    /// The document changed since the page last got a copy of it, at `kept_at`.
    unkept: bool,
    kept_at: f64,
    _tick: Interval,
    _pulse: Interval,
}

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn post(message: &FromWorker) {
    if let Ok(text) = serde_json::to_string(message) {
        let _ = scope().post_message(&JsValue::from_str(&text));
    }
}

pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        // The page posts plain objects in serde's shape (see `ui/live/codec.rs`).
        let Some(text) = js_sys::JSON::stringify(&event.data()).ok().and_then(|t| t.as_string()) else { return };
        let Ok(message) = serde_json::from_str::<ToWorker>(&text) else { return };
        match message {
            ToWorker::Open { room, server, seed, saved, me } => open(room, server, seed, saved, me),
            other => with_worker(|w| w.session.page(other)),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The page queues what it has to say until the worker can hear it.
    let _ = scope().post_message(&JsValue::from_str(READY));
}

/// 53 random bits (a Yjs client id) from the worker's `crypto`.
fn random_client_id() -> u64 {
    let mut bytes = [0u8; 8];
    let crypto = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("crypto")).ok();
    if let Some(crypto) = crypto.and_then(|c| c.dyn_into::<web_sys::Crypto>().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    let id = u64::from_le_bytes(bytes) & ((1 << 53) - 1);
    if id == 0 {
        (now() as u64) & ((1 << 53) - 1)
    } else {
        id
    }
}

fn open(room: String, server: String, seed: Option<String>, saved: Option<String>, me: planning_workbench::live::messages::Presence) {
    let start = match (seed.and_then(|s| serde_json::from_str(&s).ok()), saved) {
        (Some(file), _) => Start::Seed(file),
        (None, Some(saved)) => match base64::engine::general_purpose::STANDARD.decode(saved) {
            Ok(bytes) => Start::Resume(bytes),
            Err(_) => Start::Join,
        },
        (None, None) => Start::Join,
    };
    let clock: Arc<dyn yrs::sync::time::Clock> = Arc::new(|| js_sys::Date::now() as u64);
    let (session, effects) = Session::new(room, random_client_id(), clock, start, &me);
    let tick = Interval::new(TICK_MS, || {
        with_worker(|w| {
            if w.socket.is_some() && now() - w.last_heard > SILENT_MS {
                if let Some(socket) = w.socket.take() {
                    w.generation = w.generation.wrapping_add(1);
                    let _ = socket.close();
                }
                let effects = w.session.closed();
                schedule_retry(w);
                return effects;
            }
            w.session.tick()
        })
    });
    let pulse = Interval::new(PULSE_MS, pulse);
    WORKER.with(|cell| {
        *cell.borrow_mut() = Some(Worker {
            session,
            server,
            socket: None,
            generation: 0,
            attempt: 0,
            last_heard: now(),
            retry_at: None,
            unkept: false,
            kept_at: 0.0,
            _tick: tick,
            _pulse: pulse,
        })
    });
    run(effects);
    connect();
}

/// Runs `f` on the worker, then carries out the effects it returns.
fn with_worker(f: impl FnOnce(&mut Worker) -> Vec<Effect>) {
    let effects = WORKER.with(|cell| cell.borrow_mut().as_mut().map(f).unwrap_or_default());
    run(effects);
}

/// Like `with_worker`, for an event of socket number `generation` (ignored if stale).
fn on_socket(generation: u32, f: impl FnOnce(&mut Worker) -> Vec<Effect>) {
    with_worker(|w| if w.generation == generation { f(w) } else { Vec::new() });
}

fn run(effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            Effect::Post(message) => post(&message),
            Effect::Send(bytes) => WORKER.with(|cell| {
                if let Some(socket) = cell.borrow().as_ref().and_then(|w| w.socket.as_ref()) {
                    if socket.ready_state() == WebSocket::OPEN {
                        let _ = socket.send_with_u8_array(&bytes);
                    }
                }
            }),
            Effect::KeepNow => {
                WORKER.with(|cell| {
                    if let Some(w) = cell.borrow_mut().as_mut() {
                        (w.unkept, w.kept_at) = (true, 0.0);
                    }
                });
                keep();
            }
            Effect::Keep => WORKER.with(|cell| {
                if let Some(w) = cell.borrow_mut().as_mut() {
                    w.unkept = true;
                }
            }),
        }
    }
}

/// Every `PULSE_MS`: reconnect when it is time, and hand the page a copy of the document if
/// it changed.
fn pulse() {
    let due = WORKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        let w = cell.as_mut()?;
        let due = w.retry_at.is_some_and(|at| now() >= at);
        if due {
            w.retry_at = None;
        }
        Some(due)
    });
    if due == Some(true) {
        connect();
    }
    keep();
}

fn keep() {
    let snapshot = WORKER.with(|cell| {
        cell.borrow_mut().as_mut().filter(|w| w.unkept && now() - w.kept_at >= KEEP_MS).map(|w| {
            w.unkept = false;
            w.kept_at = now();
            w.session.snapshot()
        })
    });
    if let Some(bytes) = snapshot {
        post(&FromWorker::Saved { snapshot: base64::engine::general_purpose::STANDARD.encode(bytes) });
    }
}

fn connect() {
    let Some(server) = WORKER.with(|cell| cell.borrow().as_ref().map(|w| w.server.clone())) else { return };
    let Ok(socket) = WebSocket::new(&server) else {
        // An address the browser refuses outright: try again later like any failure.
        WORKER.with(|cell| {
            if let Some(w) = cell.borrow_mut().as_mut() {
                schedule_retry(w);
            }
        });
        return;
    };
    socket.set_binary_type(BinaryType::Arraybuffer);
    let generation = WORKER.with(|cell| {
        cell.borrow_mut().as_mut().map(|w| {
            w.generation = w.generation.wrapping_add(1);
            w.socket = Some(socket.clone());
            w.generation
        })
    });
    let Some(generation) = generation else { return };
    let on_open = Closure::<dyn FnMut()>::new(move || {
        on_socket(generation, |w| {
            w.attempt = 0;
            w.last_heard = now();
            w.session.opened()
        })
    });
    let on_frame = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Ok(buffer) = event.data().dyn_into::<js_sys::ArrayBuffer>() else { return };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        on_socket(generation, |w| {
            w.last_heard = now();
            w.session.frame(&bytes)
        });
    });
    let on_close = Closure::<dyn FnMut()>::new(move || {
        on_socket(generation, |w| {
            w.socket = None;
            schedule_retry(w);
            w.session.closed()
        })
    });
    socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    socket.set_onmessage(Some(on_frame.as_ref().unchecked_ref()));
    socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    // The handlers stay with their socket (a few bytes per reconnect, for the worker's life).
    on_open.forget();
    on_frame.forget();
    on_close.forget();
}

/// Tries again after 200 ms, 400 ms, 800 ms, then every 1.5 s, each with some jitter so a
/// room full of devices does not knock on a restarted server at the same instant.
fn schedule_retry(w: &mut Worker) {
    if w.retry_at.is_some() {
        return;
    }
    let base = FIRST_RETRY_MS.saturating_mul(1 << w.attempt.min(4)).min(MAX_RETRY_MS);
    let jitter = js_sys::Math::random() * f64::from(base) * 0.3;
    w.attempt = w.attempt.saturating_add(1);
    w.retry_at = Some(now() + f64::from(base) + jitter);
}
