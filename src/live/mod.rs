//! Live sessions: several devices editing one project at once through a Yjs sync server
//! (Hocuspocus, started by `scripts/live-server.mjs`). Pure and tested natively:
//! - `flat`: the project file as the flat map the shared document stores;
//! - `replica`: one device's `yrs` document, page edits written against their base, own undo;
//! - `wire`: Hocuspocus's framing of the Yjs sync and awareness messages;
//! - `session`: the protocol as a state machine with no I/O;
//! - `readable`: a merged state made readable as a project, the same way on every device;
//! - `messages`: what the page and the live worker say to each other;
//! - `room`: room ids and the links that carry them.
//!
//! Only the live worker (`src/bin/live_worker/main.rs`) links `replica`, `wire` and `session`,
//! so `yrs` never reaches the first visit; the page uses `messages` and `room`.

pub mod flat;
pub mod messages;
pub mod readable;
pub mod replica;
pub mod room;
pub mod session;
pub mod wire;
