//! The pure domain core, in three layers that import only downwards:
//! `core` (ids, time, text rules, errors, shared vocabulary) ← one folder per canvas (`swot`,
//! `five_forces`, `org`, `blueprint`, and `voting` for the workshop's rounds), each owning its
//! types, commands, `apply` and `repair` ← `project` (the project, the one `match` over
//! canvases, links between them, repair of a whole file, the edit session, the samples).
//! Nothing here knows about the browser: every function is deterministic and native-testable,
//! and none panics on any input.

pub mod blueprint;
pub mod core;
pub mod five_forces;
pub mod org;
pub mod project;
pub mod quality;
pub mod swot;
pub mod voting;

pub use self::core::{ids, time, IdSpace, ItemId, ModelError, ProjectId, Timestamp};
pub use project::command::{apply, apply_in, Applied, Command, Outcome};
pub use project::session::EditSession;
pub use project::{command, links, sample, session, Project};
