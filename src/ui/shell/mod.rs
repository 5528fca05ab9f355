//! The workbench shell: the project list, the editor frame around the canvases (top bar,
//! tabs, save status, conflict and storage banners), autosave and import.

pub mod autosave;
pub mod editor;
pub mod editor_state;
pub mod exports;
pub mod import;
pub mod leave_guard;
pub mod open_failure;
pub mod page_watch;
pub mod presentation;
pub mod print_view;
pub mod project_list;
pub mod project_row;
pub mod save_banner;
pub mod session;
pub mod share_preview;
pub mod top_bar;
pub mod unsaved;
pub mod workspace;
