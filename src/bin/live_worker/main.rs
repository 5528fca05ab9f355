//! The live worker: a Web Worker, loaded only when a live session starts, that owns the shared
//! `yrs` document and the WebSocket to the sync server. It carries bytes between the socket,
//! the page and `live::session::Session` (where the protocol is) and reconnects with a short
//! backoff. Running apart from the page, nothing a peer sends can stop the page's editor.

#[cfg(target_arch = "wasm32")]
mod worker;

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The live worker runs in the browser, started by the app when a live session begins.");
}
