#!/usr/bin/env bash
# One style, enforced: rustfmt (rustfmt.toml) and clippy with every warning an error, for the
# native build (with the tests and benchmarks) and for the browser build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test browser_storage -- -D warnings
echo "lint: rustfmt and clippy (native, wasm32) clean"
