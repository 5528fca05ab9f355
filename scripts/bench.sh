#!/usr/bin/env bash
# Builds the release app, runs every benchmark and writes BENCHMARKS.md (date, browser,
# machine, figures). Not part of the test command: figures are measured, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
bash scripts/build.sh >/dev/null 2>&1
export PATH="$PWD/node_modules/.bin:$PATH"
out=BENCHMARKS.md
{
  echo "# Benchmarks"
  echo
  echo "Written by \`bash scripts/bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Browser: $(/usr/bin/chromium --version 2>/dev/null | head -n1). Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m)."
  echo
  # Which budgets are missed, by how much and why: kept by hand, next to the figures.
  sed '1s/^# /## /' tests/bench/BUDGETS.md
  echo
  echo "## Transfer size of a first visit (budget: 250 KB gzip total)"
  echo '```'
  node scripts/size.mjs
  echo '```'
  echo
  echo "## Where the wasm's bytes go"
  echo '```'
  node scripts/size-breakdown.mjs
  echo '```'
  echo
  echo "## Against the floor: Yew's hello world of the pinned version, built the same way"
  echo '```'
  (cd tests/bench/hello && CARGO_TARGET_DIR="$PWD/../../../target/hello" trunk build --release --offline >/dev/null 2>&1)
  node tests/bench/hello_floor.mjs
  echo '```'
  echo
  echo "## Startup (budget: 300 ms empty, 1 s with a 1 MB project)"
  echo '```'
  node tests/bench/startup.mjs
  echo '```'
  echo
  echo "## Opening and autosaving a 1 MB project (budgets: 50 ms load, 30 ms save on the main thread)"
  echo '```'
  node tests/bench/save.mjs
  echo '```'
  echo
  echo "## SWOT board with 2,000 items (budget: 50 ms input → paint)"
  echo '```'
  node tests/bench/swot_latency.mjs
  echo '```'
  echo
  echo "## Org chart with 2,000 positions (budgets: 16 ms per pan/zoom frame, 50 ms edit → paint)"
  echo '```'
  node tests/bench/org_chart.mjs
  echo '```'
  echo
  echo "## Service blueprint, 100 steps × 6 lanes, 600 cards (budgets: 16 ms per scroll frame, 50 ms edit → paint)"
  echo '```'
  node tests/bench/blueprint.mjs
  echo '```'
  echo
  echo "## Service quality: importing 10,000 survey responses (budget: 200 ms change → paint)"
  echo '```'
  node tests/bench/quality_survey.mjs
  echo '```'
  echo
  echo "## Live sessions on loopback (budgets: p95 ≤ 100 ms edit → paint, join a 1 MB room ≤ 1 s, resync ≤ 2 s after the server is back)"
  echo '```'
  node tests/bench/live.mjs
  cargo bench --bench live_doc 2>/dev/null
  echo '```'
  echo
  echo "## Org-chart layout, native (budget: 10,000 positions in 20 ms)"
  echo '```'
  cargo bench --bench org_layout 2>/dev/null
  echo '```'
  echo
  echo "## Core, native: 10k commands, load and save of 1 MB and 5 MB projects"
  echo '```'
  cargo bench --bench core 2>/dev/null
  echo '```'
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
