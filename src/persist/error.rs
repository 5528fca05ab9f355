//! Everything that can be wrong with a project file or a stored project. Each variant carries
//! what the user needs to know (sizes, versions, the path of a bad field); `i18n::describe`
//! turns it into words in the user's language.

/// The kind of a JSON value, for "expected an object, found an array".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Array,
    String,
    Number,
    Bool,
    Null,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is {bytes} bytes; the limit is {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the file is empty")]
    Empty,
    #[error("the file is an HTML page, not a project")]
    LooksLikeHtml,
    #[error("not valid JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    #[error("nested deeper than {limit} levels")]
    TooDeep { limit: usize },
    #[error("the file holds a JSON {0:?}, not a project")]
    NotAnObject(JsonKind),
    #[error("JSON from another program (no \"format\" field)")]
    NotAProject,
    #[error("a file of format {found:?}, not a Planning Workbench project")]
    WrongFormat { found: String },
    #[error("the schema version is missing or not a whole number")]
    BadVersion,
    #[error("written by a newer version (schema {found}); this version reads up to {supported}")]
    NewerVersion { found: u64, supported: u32 },
    #[error("upgrading from schema {from} failed: {reason}")]
    MigrationFailed { from: u32, reason: String },
    #[error("the project data is damaged at {path}: {detail}")]
    BadShape { path: String, detail: String },
}
