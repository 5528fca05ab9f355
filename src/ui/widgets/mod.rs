//! Reusable pieces of UI with no knowledge of projects: toasts, modal dialogs, the language
//! switch, the in-place text field.

pub mod dialog;
pub mod inline_edit;
pub mod lang_switch;
pub mod toast;
