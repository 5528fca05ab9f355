//! Reusable pieces of UI with no knowledge of projects: fields that keep what is typed (in a
//! panel, in place, to add), toasts, modal dialogs, menus, icons, printing, the language switch,
//! the offline/update banner, the keyboard shortcut list, the theme switch, the workshop timer.

pub mod choice;
pub mod dialog;
pub mod field;
pub mod icons;
pub mod inline_edit;
pub mod lang_switch;
pub mod menus;
pub mod pointer;
pub mod printing;
pub mod score_field;
pub mod shortcut_help;
pub mod theme_switch;
pub mod timer;
pub mod toast;
pub mod update_banner;
