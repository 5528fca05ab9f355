#!/usr/bin/env bash
# Installs what building, serving and testing the app needs, skipping what is already there.
# Safe to run again; needs only the package registries (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the `wasm-bindgen` version pinned in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p' | head -n1)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}

log() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# rustfmt and clippy for the lint layer (a minimal rustup profile lacks them).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding the $component component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (takes a few minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The Firefox test layer drives Debian's Firefox ESR through puppeteer-core, which never
# downloads a browser. apt waits up to ten minutes for its lock, which another apt run may hold.
if [ ! -x /usr/bin/firefox-esr ]; then
  log "installing Debian firefox-esr"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq firefox-esr >/dev/null
fi

# Redis for the live-session scale-out test (two sync servers sharing rooms through it); the
# tests start and stop it themselves.
if ! command -v redis-server >/dev/null 2>&1; then
  log "installing Debian redis-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq redis-server >/dev/null
  # The package starts a system-wide server; the tests want only their own.
  (service redis-server stop || systemctl stop redis-server || true) >/dev/null 2>&1
fi

# npm packages: wasm-opt (binaryen), Playwright's test runner and puppeteer-core. Never
# `playwright install`: the tests use Debian's chromium and firefox-esr.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ ! -d node_modules/puppeteer-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "toolchain ready"
