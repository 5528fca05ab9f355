//! Helpers shared by the integration tests (Cargo does not build this folder as a test).
#![allow(dead_code)]

pub mod shadow;
pub mod svg;

/// Every `.rs` file below `dir`, into `out`.
pub fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
