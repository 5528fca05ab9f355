//! Browser entry point: starts the Yew renderer. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    planning_workbench::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Planning Workbench runs in the browser: see README.md (scripts/serve.sh).");
}
