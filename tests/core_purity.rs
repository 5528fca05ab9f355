//! The domain core stays pure: `src/model`, `src/persist`, `src/export` and `src/interaction`
//! never name a web crate, so they build and test natively and can never touch the DOM or
//! storage behind the UI's back.

mod common;

use common::rust_files;
use std::fs;
use std::path::Path;

const WEB_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

/// Whether `word` occurs in `line` as a whole identifier.
fn names(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !is_ident(before) && !is_ident(after)
    })
}

#[test]
fn model_persist_and_export_name_no_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["model", "persist", "export", "interaction"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() >= 10, "expected the core's source files, found {}", files.len());
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("source file is readable");
        for (number, line) in text.lines().enumerate() {
            for web in WEB_CRATES {
                if names(line, web) {
                    offences.push(format!("{}:{}: names `{web}`", file.display(), number + 1));
                }
            }
        }
    }
    assert!(offences.is_empty(), "the pure core names web crates:\n{}", offences.join("\n"));
}

#[test]
fn the_identifier_check_finds_what_it_should() {
    assert!(names("use yew::prelude::*;", "yew"));
    assert!(names("let x = web_sys::window();", "web_sys"));
    assert!(!names("let yewish = 1;", "yew"));
    assert!(!names("my_gloo_thing", "gloo"));
}
