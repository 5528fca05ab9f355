//! The bottom layer of the model, shared by every canvas and imported by none of them in
//! reverse: ids and how new ones are minted, time, text limits and checks, the error type, the
//! vocabulary more than one canvas uses, and the shape of a canvas edit's result.

pub mod csv_text;
pub mod edit;
pub mod error;
pub mod ids;
pub mod text;
pub mod time;
pub mod vocab;

pub use edit::{Change, Edited};
pub use error::{ModelError, NameError};
pub use ids::{IdMint, IdSpace, ItemId, ProjectId};
pub use text::{checked_text, normalize_name, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_TEXT_CHARS};
pub use time::Timestamp;
pub use vocab::{CompetitorType, Origin, Positions, QualityKind, Servqual};
