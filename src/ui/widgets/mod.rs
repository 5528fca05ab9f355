//! Reusable pieces of UI with no knowledge of projects: toasts, modal dialogs, the language
//! switch.

pub mod dialog;
pub mod lang_switch;
pub mod toast;
