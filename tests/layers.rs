//! The model's layers import only downwards: `core` names no canvas and not the project; a
//! canvas (`swot`, `five_forces`, `org`, `blueprint`, `quality`, `voting`) names `core` and itself, never
//! another canvas or the project (a neighbour it reads arrives as a context argument, e.g. the
//! blueprint's `Positions`). Test modules at the end of a file may build whole projects.

mod common;

use common::rust_files;
use std::fs;
use std::path::{Path, PathBuf};

const CANVASES: [&str; 6] = ["swot", "five_forces", "org", "blueprint", "quality", "voting"];

/// The modules of `model` that `text` names, outside its test module.
fn named_layers(text: &str) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    let mut named = Vec::new();
    for layer in CANVASES.iter().chain(&["project", "core"]) {
        for form in [format!("model::{layer}"), format!("model::{{{layer}")] {
            if code.contains(&form) {
                named.push((*layer).to_owned());
            }
        }
    }
    // The model's root re-exports reach into every layer; a canvas must not use them.
    for shortcut in ["model::{", "model::ItemId", "model::Project", "model::apply", "model::Command", "model::sample", "model::links"] {
        if code.contains(shortcut) && !named.contains(&"root".to_owned()) {
            named.push("root".to_owned());
        }
    }
    named
}

fn files_of(layer: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model").join(layer), &mut files);
    files
}

#[test]
fn core_names_no_canvas_and_not_the_project() {
    let files = files_of("core");
    assert!(files.len() >= 5, "expected core's files, found {}", files.len());
    for file in files {
        let text = fs::read_to_string(&file).expect("source file is readable");
        let named: Vec<String> = named_layers(&text).into_iter().filter(|l| l != "core").collect();
        assert!(named.is_empty(), "{} names {named:?}", file.display());
        assert!(!text.contains("super::super"), "{} reaches up with super::super", file.display());
    }
}

#[test]
fn each_canvas_names_only_core_and_itself() {
    for canvas in CANVASES {
        let files = files_of(canvas);
        assert!(!files.is_empty(), "no files for {canvas}");
        for file in files {
            let text = fs::read_to_string(&file).expect("source file is readable");
            let named: Vec<String> = named_layers(&text).into_iter().filter(|l| l != "core" && l != canvas).collect();
            assert!(named.is_empty(), "{} ({canvas}) names {named:?}", file.display());
            // In a canvas's own `mod.rs`, `super` is the model's root.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let reaches_root = file.ends_with(format!("{canvas}/mod.rs")) && code.contains("super::");
            assert!(!reaches_root && !code.contains("super::super"), "{} reaches up past {canvas}", file.display());
        }
    }
}

#[test]
fn the_check_sees_what_it_should() {
    assert_eq!(named_layers("use crate::model::org::OrgCanvas;"), vec!["org"]);
    assert_eq!(named_layers("use crate::model::{Project, ItemId};"), vec!["root"]);
    assert!(named_layers("use crate::model::core::ItemId;\n#[cfg(test)]\nuse crate::model::project::Project;") == vec!["core"]);
}
