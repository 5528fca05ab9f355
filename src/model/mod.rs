//! The pure domain core: projects, their canvases, the commands that edit them and the undo
//! history. Nothing here knows about the browser: every function is deterministic and
//! native-testable, and none panics on any input.

pub mod blueprint;
pub mod command;
pub mod five_forces;
pub mod ids;
pub mod links;
pub mod org;
pub mod project;
pub mod sample;
pub mod session;
pub mod swot;
pub mod time;
pub mod voting;

pub use command::{apply, Command, ModelError, Outcome};
pub use ids::{ItemId, ProjectId};
pub use project::Project;
pub use session::EditSession;
pub use time::Timestamp;
