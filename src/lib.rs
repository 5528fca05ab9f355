//! Planning Workbench: a client-only planning app (SWOT, five forces, org chart, service
//! blueprint). `model`, `persist`, `i18n` and the storage logic are pure Rust and tested natively;
//! `ui` and the localStorage backend exist only in the wasm build.

pub mod export;
pub mod field_rules;
pub mod i18n;
pub mod interaction;
pub mod live;
pub mod model;
pub mod persist;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;
