//! Storage failures, classified so the UI can say what happened and what to do.

use crate::i18n::{Lang, Text};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser refused the write for lack of space; the previous value is intact.
    #[error("storage is full")]
    QuotaExceeded,
    /// Storage cannot be used at all (private mode, disabled, SecurityError…).
    #[error("storage is unavailable: {0}")]
    Unavailable(String),
    /// The value read back after a write differs from what was written.
    #[error("the stored copy did not read back the same")]
    ReadBackMismatch,
    /// Another tab saved this project since this tab loaded it (or deleted it).
    #[error("another tab changed this project (expected revision {expected:?}, found {found:?})")]
    Conflict { expected: Option<u64>, found: Option<u64> },
}

impl StorageError {
    /// The one-line status shown in the editor's top bar.
    pub fn status_text(&self) -> Text {
        match self {
            StorageError::QuotaExceeded => Text::NotSavedQuota,
            StorageError::Unavailable(_) => Text::NotSavedUnavailable,
            StorageError::ReadBackMismatch => Text::NotSavedReadBack,
            StorageError::Conflict { .. } => Text::NotSavedConflict,
        }
    }

    /// A sentence for dialogs and toasts.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            StorageError::QuotaExceeded => lang.tr(Text::ErrStorageFull).to_owned(),
            other => lang.trf(Text::ErrStorage, &[lang.tr(other.status_text())]),
        }
    }
}

/// Classifies a `DOMException` thrown by localStorage. Browsers disagree on how to say "full":
/// Chromium and Safari use `QuotaExceededError` (legacy code 22), old Firefox
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
pub fn classify_dom_error(name: &str, code: u16, message: &str) -> StorageError {
    match (name, code) {
        ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22 | 1014) => StorageError::QuotaExceeded,
        _ => StorageError::Unavailable(format!("{name}: {message}").chars().take(200).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_browser_spelling_of_full_is_quota() {
        assert_eq!(classify_dom_error("QuotaExceededError", 22, ""), StorageError::QuotaExceeded);
        assert_eq!(classify_dom_error("NS_ERROR_DOM_QUOTA_REACHED", 1014, ""), StorageError::QuotaExceeded);
        assert_eq!(classify_dom_error("Error", 22, ""), StorageError::QuotaExceeded);
        assert_eq!(classify_dom_error("Error", 1014, ""), StorageError::QuotaExceeded);
        assert!(matches!(classify_dom_error("SecurityError", 18, "denied"), StorageError::Unavailable(m) if m.contains("denied")));
    }
}
