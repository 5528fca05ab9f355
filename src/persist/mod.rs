//! Project files and stored projects: the versioned envelope, the migration chain and the
//! validation that turns untrusted text into a `Project` or a `LoadError` naming what is wrong.
//! Pure: no browser APIs, so every rule here is tested natively.

pub mod decode;
pub mod envelope;
pub mod error;
mod error_path;
pub mod migrate;
pub mod share;

pub use decode::{decode_project, peek_header, Header, MAX_FILE_BYTES, MAX_NESTING};
pub use envelope::{encode_project, export_file_name, CURRENT_SCHEMA_VERSION, FORMAT};
pub use error::{JsonKind, LoadError};
pub use share::{is_share_fragment, read_share_fragment, share_fragment, share_payload, ShareError, MAX_LINK_CHARS, SHARE_PREFIX};
