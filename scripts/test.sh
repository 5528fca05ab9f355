#!/usr/bin/env bash
# Runs every test layer and ends with one summary line "N passed, M failed":
#   1. native cargo tests (model, persist, storage rules, i18n, property tests)
#   2. wasm-bindgen-test in headless Chromium (real localStorage: quota, corrupt data, read-back)
#   3. node tests of the build's service-worker generator (no browser)
#   4. Playwright user journeys against the release build, served from a sub-path
#   5. Firefox smoke journeys against the same build (Debian's firefox-esr over WebDriver BiDi)
#   6. lint: rustfmt and clippy (native and wasm32), every warning an error
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
logs=$(mktemp -d)
failed_layers=()

run_layer() {
  local name=$1; shift
  echo "=== $name: $*"
  if "$@" 2>&1 | tee "$logs/$name.log"; then :; else failed_layers+=("$name"); fi
}

run_layer native cargo test --locked
run_layer browser cargo test --locked --target wasm32-unknown-unknown --test browser_storage
run_layer node node --test tests/service_worker.test.mjs
run_layer build bash scripts/build.sh
if [[ ! " ${failed_layers[*]} " =~ " build " ]]; then
  run_layer e2e npx playwright test -c tests/e2e/playwright.config.mjs
  # The shell expands the files: Node 21+ no longer searches a directory given to --test.
  run_layer firefox node --test tests/firefox/*.test.mjs
fi
run_layer lint bash scripts/lint.sh

# Adds up the numbers in front of PATTERN's matches in the given logs.
sum() { local pattern=$1; shift; cat "$@" 2>/dev/null | grep -oE "$pattern" | grep -oE '^ *[0-9]+' | awk '{s+=$1} END {print s+0}'; }
cargo_passed=$(sum '[0-9]+ passed;' "$logs/native.log" "$logs/browser.log")
cargo_failed=$(sum '[0-9]+ failed;' "$logs/native.log" "$logs/browser.log")
node_passed=$(cat "$logs/node.log" 2>/dev/null | grep -oE '^# pass +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
node_failed=$(cat "$logs/node.log" 2>/dev/null | grep -oE '^# fail +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
firefox_passed=$(cat "$logs/firefox.log" 2>/dev/null | grep -oE '^# pass +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
firefox_failed=$(cat "$logs/firefox.log" 2>/dev/null | grep -oE '^# fail +[0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
e2e_passed=$(sum '^ +[0-9]+ passed' "$logs/e2e.log")
e2e_failed=$(sum '^ +[0-9]+ failed' "$logs/e2e.log")
passed=$(( ${cargo_passed:-0} + ${node_passed:-0} + ${e2e_passed:-0} + ${firefox_passed:-0} ))
failed=$(( ${cargo_failed:-0} + ${node_failed:-0} + ${e2e_failed:-0} + ${firefox_failed:-0} ))
echo
echo "layers: native+browser cargo tests ${cargo_passed:-0} passed; node ${node_passed:-0} passed; Playwright ${e2e_passed:-0} passed; Firefox ${firefox_passed:-0} passed"
if [ ${#failed_layers[@]} -gt 0 ]; then
  echo "failed layers: ${failed_layers[*]}"
  [ "$failed" -eq 0 ] && failed=${#failed_layers[@]}
  echo "$passed passed, $failed failed"
  exit 1
fi
echo "$passed passed, $failed failed"
