//! Helpers shared by the integration tests (Cargo does not build this folder as a test).
#![allow(dead_code)]

pub mod shadow;
pub mod svg;
