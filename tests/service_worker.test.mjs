// Tests for scripts/service-worker.mjs (the Trunk hook that writes sw.js) and for the worker it
// writes, run in a small fake ServiceWorkerGlobalScope. No browser: `node --test tests/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';

const HOOK = new URL('../scripts/service-worker.mjs', import.meta.url).pathname;
const SCOPE = 'https://h/nested/app/';

const INDEX = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="./app-1.css">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="./icon.svg?v=1">
<script type="module" src="./boot-1.js"></script>
<link rel="preload" href="./app-1_bg.wasm" as="fetch">
<a href="https://example.com/">x</a><img src="data:image/png;base64,AA==">
</head><body></body></html>`;

/** A staging dir like Trunk's, with a subfolder. */
function stage(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-test-'));
  const all = {
    'index.html': INDEX,
    'app-1.css': 'body{}',
    'boot-1.js': 'import init from "./app-1.js"; init();',
    'app-1.js': 'export default function init() {}',
    'app-1_bg.wasm': '\0asm',
    'icon.svg': '<svg/>',
    'manifest.webmanifest': JSON.stringify({ icons: [{ src: 'icon.svg' }, { src: 'img/mask.svg' }] }),
    'img/mask.svg': '<svg/>',
    'img/deep/note.txt': 'hello',
    ...files,
  };
  for (const [name, body] of Object.entries(all)) {
    if (body === null) continue;
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

function runHook(dir) {
  const env = { ...process.env, TRUNK_STAGING_DIR: dir };
  return spawnSync(process.execPath, [HOOK], { env, encoding: 'utf8' });
}

/** Runs the hook in `dir`, expecting success; returns sw.js, its release and its FILES. */
function build(dir) {
  const run = runHook(dir);
  assert.equal(run.status, 0, run.stderr);
  const code = readFileSync(join(dir, 'sw.js'), 'utf8');
  const release = code.match(/const RELEASE = "([0-9a-f]{16})";/)[1];
  const files = JSON.parse(code.match(/const FILES = (\[[\s\S]*?\]);/)[1]);
  assert.match(run.stdout, new RegExp(`^service-worker: release ${release}, ${files.length - 1} files$`, 'm'));
  return { code, release, files };
}

const EXPECTED_FILES = [
  'app-1.css', 'app-1.js', 'app-1_bg.wasm', 'boot-1.js', 'icon.svg', 'img/deep/note.txt', 'img/mask.svg',
  'index.html', 'manifest.webmanifest', './',
];

test('the hook writes sw.js listing every file but itself, plus ./', () => {
  const dir = stage();
  try {
    const first = build(dir);
    assert.doesNotThrow(() => new Function(first.code));
    assert.deepEqual(first.files, EXPECTED_FILES);
    // A second run sees the sw.js of the first and must neither list nor hash it.
    const second = build(dir);
    assert.deepEqual(second.files, EXPECTED_FILES);
    assert.equal(second.release, first.release);
    assert.doesNotMatch(first.code, /\beval\b|importScripts|\bimport\b/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the release changes with any file content or name, and only then', () => {
  const dir = stage();
  try {
    const base = build(dir).release;
    assert.equal(build(dir).release, base);
    writeFileSync(join(dir, 'img/deep/note.txt'), 'hello!');
    const changed = build(dir).release;
    assert.notEqual(changed, base);
    writeFileSync(join(dir, 'img/deep/note.txt'), 'hello');
    assert.equal(build(dir).release, base);
    writeFileSync(join(dir, 'app-1.css'), 'body{color:red}');
    assert.notEqual(build(dir).release, base);
    writeFileSync(join(dir, 'app-1.css'), 'body{}');
    writeFileSync(join(dir, 'img/extra.txt'), '');
    assert.notEqual(build(dir).release, base);
    unlinkSync(join(dir, 'img/extra.txt'));
    assert.equal(build(dir).release, base);
    renameSync(join(dir, 'img/deep/note.txt'), join(dir, 'img/deep/renamed.txt'));
    assert.notEqual(build(dir).release, base);
    renameSync(join(dir, 'img/deep/renamed.txt'), join(dir, 'img/deep/note.txt'));
    assert.equal(build(dir).release, base);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the hook fails the build on an incomplete staging dir', () => {
  const cases = [
    [{ 'index.html': null }, /no index\.html/],
    [{ 'index.html': INDEX.replace('</head>', '<script type="module">init()</script></head>') }, /inline script/],
    [{ 'app-1_bg.wasm': null }, /app-1_bg\.wasm/],
    [{ 'img/mask.svg': null }, /manifest\.webmanifest refers to "img\/mask\.svg"/],
    [{ 'index.html': INDEX.replace('./app-1.css', '/app-1.css') }, /root-relative/],
  ];
  for (const [files, message] of cases) {
    const dir = stage(files);
    try {
      const run = runHook(dir);
      assert.notEqual(run.status, 0, `expected failure for ${JSON.stringify(Object.keys(files))}`);
      assert.match(run.stderr, message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const run = spawnSync(process.execPath, [HOOK], { env: { ...process.env, TRUNK_STAGING_DIR: '' }, encoding: 'utf8' });
  assert.notEqual(run.status, 0);
});

// ---- the generated worker in a fake ServiceWorkerGlobalScope --------------------------------

const keyOf = (request, ignoreSearch) => {
  const url = new URL(typeof request === 'string' ? request : request.url);
  if (ignoreSearch) url.search = '';
  return url.href;
};

/** Evaluates `code` as the worker of `scope`; `network` maps URL -> body (else 404). */
function worker(code, { scope = SCOPE, caches: initial = {}, network = {} } = {}) {
  const log = { opened: [], deleted: [], fetched: [], skipWaiting: 0, claimed: 0, storageMatch: 0 };
  const store = new Map(Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
  const cacheOf = (name) => ({
    async addAll(requests) {
      const responses = await Promise.all(requests.map(async (request) => {
        const response = await context.fetch(request);
        if (!response.ok) throw new TypeError(`bad response for ${request.url}`);
        return [request, response];
      }));
      for (const [request, response] of responses) store.get(name).set(keyOf(request), response);
    },
    async match(request, options = {}) {
      for (const [key, response] of store.get(name)) {
        // Like a real cache, every match is a fresh copy of the stored response.
        if (keyOf(key, options.ignoreSearch) === keyOf(request, options.ignoreSearch)) {
          return typeof response.clone === 'function' ? response.clone() : response;
        }
      }
      return undefined;
    },
    async put() { throw new Error('the worker must never cache at fetch time'); },
    async add() { throw new Error('the worker must never cache at fetch time'); },
  });
  const listeners = {};
  const context = {
    registration: { scope },
    location: new URL('sw.js', scope),
    addEventListener: (type, fn) => { (listeners[type] ||= []).push(fn); },
    skipWaiting: async () => { log.skipWaiting += 1; },
    clients: { claim: async () => { log.claimed += 1; } },
    caches: {
      async open(name) {
        log.opened.push(name);
        if (!store.has(name)) store.set(name, new Map());
        return cacheOf(name);
      },
      async keys() { return [...store.keys()]; },
      async delete(name) { log.deleted.push(name); return store.delete(name); },
      async has(name) { return store.has(name); },
      async match() { log.storageMatch += 1; throw new Error('caches.match would search every release'); },
    },
    async fetch(request) {
      const url = typeof request === 'string' ? request : request.url;
      log.fetched.push(request);
      const key = keyOf(url, true);
      return key in network ? new Response(network[key], { status: 200 }) : new Response('not found', { status: 404 });
    },
    Request, Response, URL, Blob, Headers, console,
  };
  context.self = context;
  vm.createContext(context);
  vm.runInContext(code, context, { filename: 'sw.js' });

  const dispatch = (type, event) => {
    for (const fn of listeners[type] || []) fn(event);
    return event;
  };
  return {
    log, store, listeners,
    async install() {
      let done;
      dispatch('install', { waitUntil: (p) => { done = p; } });
      await done;
    },
    async activate() {
      let done;
      dispatch('activate', { waitUntil: (p) => { done = p; } });
      await done;
    },
    message(data) { dispatch('message', { data }); },
    /** The response promise, or undefined when the worker leaves the request to the browser. */
    fetch(url, { method = 'GET', mode = 'cors' } = {}) {
      let response;
      dispatch('fetch', { request: { url, method, mode }, respondWith: (p) => { response = p; } });
      return response;
    },
  };
}

function released() {
  const dir = stage();
  try {
    return build(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const SW = released();
const CACHE = `pw-${SW.release}@${SCOPE}`;
const everyFile = () => Object.fromEntries(SW.files.map((f) => {
  const url = keyOf(new URL(f, SCOPE).href);
  return [url, f === './' || f === 'index.html' ? 'INDEX' : `file ${f}`];
}));

test('install caches exactly FILES resolved against the scope, and does not skip waiting', async () => {
  const sw = worker(SW.code, { network: everyFile() });
  await sw.install();
  assert.deepEqual(sw.log.opened, [CACHE]);
  const expected = SW.files.map((f) => new URL(f, SCOPE).href).sort();
  assert.deepEqual([...sw.store.get(CACHE).keys()].sort(), expected);
  assert.ok(expected.includes('https://h/nested/app/'));
  assert.ok(expected.includes('https://h/nested/app/img/deep/note.txt'));
  assert.ok(sw.log.fetched.every((r) => r.cache === 'reload'), 'install must bypass the HTTP cache');
  assert.equal(sw.log.skipWaiting, 0);
  assert.equal(sw.log.claimed, 0);
});

test('install fails as a whole when one file cannot be downloaded', async () => {
  const network = everyFile();
  delete network[`${SCOPE}app-1_bg.wasm`];
  const sw = worker(SW.code, { network });
  await assert.rejects(sw.install());
  assert.equal(sw.store.get(CACHE).size, 0);
  assert.equal(sw.log.skipWaiting, 0);
});

test('a skip-waiting message, and nothing else, calls skipWaiting', () => {
  const sw = worker(SW.code);
  sw.message({ type: 'other' });
  sw.message(null);
  sw.message('skip-waiting');
  assert.equal(sw.log.skipWaiting, 0);
  sw.message({ type: 'skip-waiting' });
  assert.equal(sw.log.skipWaiting, 1);
});

test('activate deletes older releases of this scope only, then claims the clients', async () => {
  const other = 'pw-0123456789abcdef@https://h/other/';
  const sw = worker(SW.code, {
    caches: {
      'pw-old': {},
      [`pw-0123456789abcdef@${SCOPE}`]: {},
      [CACHE]: {},
      [other]: {},
      'someone-else': {},
    },
  });
  await sw.activate();
  assert.deepEqual(sw.log.deleted.sort(), ['pw-old', `pw-0123456789abcdef@${SCOPE}`].sort());
  assert.deepEqual([...sw.store.keys()].sort(), [CACHE, other, 'someone-else'].sort());
  assert.equal(sw.log.claimed, 1);
});

test('navigations get the cached index of this release, offline', async () => {
  const sw = worker(SW.code, { network: everyFile() });
  await sw.install();
  sw.log.fetched.length = 0;
  for (const url of [SCOPE, `${SCOPE}?lang=en`, `${SCOPE}index.html`, `${SCOPE}some/route`]) {
    const response = await sw.fetch(url, { mode: 'navigate' });
    assert.equal(await response.text(), 'INDEX', url);
  }
  assert.equal(sw.log.fetched.length, 0, 'no network for cached navigations');
  assert.deepEqual([...new Set(sw.log.opened)], [CACHE]);
});

test('a navigation falls back to the network only when the index is not cached', async () => {
  const sw = worker(SW.code, { network: { [SCOPE]: 'NETWORK' } });
  const response = await sw.fetch(SCOPE, { mode: 'navigate' });
  assert.equal(await response.text(), 'NETWORK');
  assert.equal(sw.log.fetched.length, 1);
});

test('a redirected cached index is served as a plain response to navigations', async () => {
  const redirected = {
    redirected: true, status: 200, statusText: 'OK', headers: new Headers({ 'content-type': 'text/html' }),
    blob: async () => new Blob(['INDEX']),
  };
  const sw = worker(SW.code, { caches: { [CACHE]: { [SCOPE]: redirected } } });
  const response = await sw.fetch(`${SCOPE}x`, { mode: 'navigate' });
  assert.equal(response.redirected, false);
  assert.equal(response.headers.get('content-type'), 'text/html');
  assert.equal(await response.text(), 'INDEX');
});

test('assets come from this release only, never from another release, else the network', async () => {
  const wasm = `${SCOPE}app-1_bg.wasm`;
  const css = `${SCOPE}app-1.css`;
  const sw = worker(SW.code, {
    caches: {
      'pw-old': { [wasm]: new Response('OLD wasm'), [css]: new Response('OLD css') },
      [`pw-0123456789abcdef@${SCOPE}`]: { [css]: new Response('OLD css') },
      [CACHE]: { [wasm]: new Response('NEW wasm') },
    },
    network: { [css]: 'NETWORK css' },
  });
  assert.equal(await (await sw.fetch(wasm)).text(), 'NEW wasm');
  assert.equal(await (await sw.fetch(`${wasm}?v=2`)).text(), 'NEW wasm');
  assert.equal(sw.log.fetched.length, 0);
  assert.equal(await (await sw.fetch(css)).text(), 'NETWORK css');
  assert.equal(sw.log.fetched.length, 1);
  assert.deepEqual([...new Set(sw.log.opened)], [CACHE]);
  assert.equal(sw.log.storageMatch, 0);
  // Nothing fetched at run time was added to the release.
  assert.deepEqual([...sw.store.get(CACHE).keys()], [wasm]);
});

test('other requests are left to the browser', () => {
  const sw = worker(SW.code);
  assert.equal(sw.fetch(`${SCOPE}app-1.css`, { method: 'POST' }), undefined);
  assert.equal(sw.fetch('https://elsewhere.example/nested/app/app-1.css'), undefined);
  assert.equal(sw.fetch('https://h/nested/other.css'), undefined);
  assert.equal(sw.fetch('https://h/nested/app'), undefined);
  assert.equal(sw.fetch('https://elsewhere.example/', { mode: 'navigate' }), undefined);
  assert.notEqual(sw.fetch(`${SCOPE}app-1.css`), undefined);
  assert.equal(sw.log.opened.length, 1);
});

test('the worker works under any scope', async () => {
  const scope = 'http://127.0.0.1:8181/';
  const network = Object.fromEntries(SW.files.map((f) => [new URL(f, scope).href, f]));
  const sw = worker(SW.code, { scope, network });
  await sw.install();
  const name = `pw-${SW.release}@${scope}`;
  assert.deepEqual([...sw.store.get(name).keys()].sort(), SW.files.map((f) => new URL(f, scope).href).sort());
  assert.equal(await (await sw.fetch(`${scope}deep/link`, { mode: 'navigate' })).text(), './');
});
