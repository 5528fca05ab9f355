//! Live sessions in the browser: the worker that owns the shared document (`worker.rs`,
//! loaded only when a session starts), the workspace's hook that joins it to the editor
//! (`hook.rs`), what this device and the others show of themselves (`presence.rs`), the top
//! bar's button and dialog (`panel.rs`) and the page a session link opens (`join.rs`).

mod codec;
pub mod hook;
pub mod join;
pub mod panel;
mod presence;
pub mod worker;
