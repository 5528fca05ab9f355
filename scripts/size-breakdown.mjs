// Where the wasm's bytes go. Run after a release build (`bash scripts/build.sh`):
//   node scripts/size-breakdown.mjs
// It repeats the release's last two steps on Cargo's output, keeping function names
// (wasm-bindgen --keep-debug, then wasm-opt -Oz -g as Trunk runs it), reads the code and name
// sections, and prints the code by what it belongs to, the data, and the largest functions.
// Sizes are of the optimised code: within a percent or so of the shipped file, whose names
// are stripped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'target/wasm32-unknown-unknown/release/planning-workbench.wasm');
/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The module's sections: id, and where the payload starts and ends. */
function sections(bytes) {
  const out = [];
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    out.push({ id, start, end: start + size });
    at = start + size;
  }
  return out;
}

/** Function index → name, from the custom "name" section. */
function names(bytes, section) {
  const out = new Map();
  let [length, at] = leb(bytes, section.start);
  if (new TextDecoder().decode(bytes.subarray(at, at + length)) !== 'name') return null;
  at += length;
  while (at < section.end) {
    const kind = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    if (kind === 1) {
      let [count, p] = leb(bytes, start);
      for (; count > 0; count--) {
        let index;
        [index, p] = leb(bytes, p);
        [length, p] = leb(bytes, p);
        out.set(index, new TextDecoder().decode(bytes.subarray(p, p + length)));
        p += length;
      }
    }
    at = start + size;
  }
  return out;
}

/** Number of imported functions: they come first in the function index space. */
function importedFunctions(bytes, section) {
  let [count, at] = leb(bytes, section.start);
  let functions = 0;
  for (; count > 0; count--) {
    for (let field = 0; field < 2; field++) {
      const [length, next] = leb(bytes, at);
      at = next + length;
    }
    const kind = bytes[at++];
    if (kind === 0) { functions++; [, at] = leb(bytes, at); }
    else if (kind === 1) { at++; const [flags, next] = leb(bytes, at); at = next; [, at] = leb(bytes, at); if (flags & 1) [, at] = leb(bytes, at); }
    else if (kind === 2) { const [flags, next] = leb(bytes, at); at = next; [, at] = leb(bytes, at); if (flags & 1) [, at] = leb(bytes, at); }
    else if (kind === 3) at += 2;
    else if (kind === 4) { at++; [, at] = leb(bytes, at); }
  }
  return functions;
}

// What a function belongs to, by its demangled name; the first rule that matches wins. Yew's
// `CompStateInner<COMP>::view` is where each function component's body ends up inlined, so
// it counts as this app's views.
const RULES = [
  ['app: component views (inlined into Yew)', /CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/],
  ['app: UI closures and helpers', /planning_workbench::ui::/],
  ['serde: (de)serialisation', /serde|Deserial|Serial/],
  ['app: model', /planning_workbench::model::/],
  ['app: export', /planning_workbench::export::/],
  ['app: storage, persistence, i18n, rest', /planning_workbench::/],
  ['yew: runtime, per-component glue', /yew::|implicit_clone/],
  ['web bindings (wasm-bindgen, js-sys, web-sys, gloo)', /wasm_bindgen|js_sys|web_sys|gloo/],
  ['csv, miniz_oxide, base64', /csv|miniz_oxide|base64/],
  ['core::fmt (formatting)', /core(\[\w+\])?::fmt|::fmt\b/],
  ['Rust std: core, alloc, std, hashbrown, allocator', /core|alloc|std|hashbrown|dlmalloc|__rust/],
];

function report(bytes) {
  const all = sections(bytes);
  const code = all.find((s) => s.id === 10);
  const data = all.find((s) => s.id === 11);
  const nameSection = all.filter((s) => s.id === 0).map((s) => names(bytes, s)).find(Boolean) ?? new Map();
  const imports = all.find((s) => s.id === 2);
  const firstIndex = imports ? importedFunctions(bytes, imports) : 0;

  const groups = new Map(RULES.map(([label]) => [label, { bytes: 0, count: 0 }]));
  groups.set('other', { bytes: 0, count: 0 });
  const functions = [];
  let [count, at] = leb(bytes, code.start);
  for (let i = 0; i < count; i++) {
    const [size, start] = leb(bytes, at);
    const name = nameSection.get(firstIndex + i) ?? `function ${firstIndex + i}`;
    const label = RULES.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    const group = groups.get(label);
    group.bytes += size;
    group.count++;
    functions.push({ name, size });
    at = start + size;
  }
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const codeBytes = code.end - code.start;
  const dataBytes = data ? data.end - data.start : 0;
  const gz = (s) => gzipSync(bytes.subarray(s.start, s.end), { level: 9 }).length;
  console.log(`code ${kb(codeBytes)} (gzip ${kb(gz(code))}), data ${kb(dataBytes)} (gzip ${kb(data ? gz(data) : 0)})`);
  console.log('\ncode by owner                                          raw      share  functions');
  for (const [label, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    if (!g.count) continue;
    console.log(`${label.padEnd(50)} ${kb(g.bytes).padStart(10)} ${(100 * g.bytes / codeBytes).toFixed(1).padStart(6)} % ${String(g.count).padStart(6)}`);
  }
  console.log('\nlargest functions');
  for (const f of functions.sort((a, b) => b.size - a.size).slice(0, 15)) {
    console.log(`${kb(f.size).padStart(9)}  ${f.name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'pw-size-'));
try {
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', work, built]);
  const named = join(work, 'named.wasm');
  execFileSync(join(root, 'node_modules/.bin/wasm-opt'), ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-reference-types', '--enable-mutable-globals', join(work, 'planning-workbench_bg.wasm'), '-o', named]);
  report(readFileSync(named));
} finally {
  rmSync(work, { recursive: true, force: true });
}
