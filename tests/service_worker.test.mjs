// Tests for scripts/service-worker.mjs (the Trunk hook that writes sw.js) and for the worker it
// writes, run in a small fake ServiceWorkerGlobalScope. No browser: `node --test tests/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';

const HOOK = new URL('../scripts/service-worker.mjs', import.meta.url).pathname;
const SCOPE = 'https://h/nested/app/';

const INDEX = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="./app-0123456789abcdef.css">
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="./icon.svg?v=1">
<script type="module" src="./boot-fedcba987654321.js"></script>
<link rel="preload" href="./app-0123456789abcdef_bg.wasm" as="fetch">
<a href="https://example.com/">x</a><img src="data:image/png;base64,AA==">
</head><body></body></html>`;

/** A staging dir like Trunk's, with a subfolder. */
function stage(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sw-test-'));
  const all = {
    'index.html': INDEX,
    'app-0123456789abcdef.css': 'body{}',
    'boot-fedcba987654321.js': 'import init from "./app-0123456789abcdef.js"; init();',
    'app-0123456789abcdef.js': 'export default function init() {}',
    'app-0123456789abcdef_bg.wasm': '\0asm',
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
  const hashed = JSON.parse(code.match(/const HASHED = (\{[\s\S]*?\});/)[1]);
  const lazy = Object.keys(JSON.parse(code.match(/const LAZY = (\{[\s\S]*?\});/)[1]));
  assert.match(run.stdout, new RegExp(`^service-worker: release ${release}, ${files.length - 1} files, ${lazy.length} on first use$`, 'm'));
  return { code, release, files, hashed };
}

const EXPECTED_FILES = [
  'app-0123456789abcdef.css', 'app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm',
  'boot-fedcba987654321.js', 'icon.svg', 'img/deep/note.txt', 'img/mask.svg', 'index.html',
  'manifest.webmanifest', './',
];
// Names with Trunk's content hash (its {:x} is not zero-padded, hence boot-'s 15 digits).
const EXPECTED_HASHED = [
  'app-0123456789abcdef.css', 'app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm', 'boot-fedcba987654321.js',
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

test('HASHED holds the sha256 of exactly the files whose names carry Trunk\'s hash', () => {
  const extra = {
    'img/photo-00ff00ff00ff00ff.png': 'png', // hashed, in a sub-folder
    'icon-maskable.svg': '<svg/>', // a word, not a hash
    'notes-1234.txt': 'short', // too short for a hash
    'app-0123456789abcdef.css.map': '{}', // the hash is not before the last extension
  };
  const dir = stage(extra);
  try {
    const { hashed } = build(dir);
    assert.deepEqual(Object.keys(hashed).sort(), [...EXPECTED_HASHED, 'img/photo-00ff00ff00ff00ff.png'].sort());
    for (const [file, digest] of Object.entries(hashed)) {
      assert.equal(digest, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'), file);
    }
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
    writeFileSync(join(dir, 'app-0123456789abcdef.css'), 'body{color:red}');
    assert.notEqual(build(dir).release, base);
    writeFileSync(join(dir, 'app-0123456789abcdef.css'), 'body{}');
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
    [{ 'app-0123456789abcdef_bg.wasm': null }, /app-0123456789abcdef_bg\.wasm/],
    [{ 'img/mask.svg': null }, /manifest\.webmanifest refers to "img\/mask\.svg"/],
    [{ 'index.html': INDEX.replace('./app-0123456789abcdef.css', '/app-0123456789abcdef.css') }, /root-relative/],
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

/**
 * Evaluates `code` as the worker of `scope`. `network` maps URL -> body (else 404); `httpCache`
 * maps URL -> body (or {status, body}) and answers requests whose cache mode lets the browser
 * use a stored copy ('default', 'force-cache'); `failPut` is a URL whose Cache.put fails (the
 * disk is full). With `connections`, only that many network responses may be unread at once, like a browser's
 * few connections per host: a response frees its connection once its body has been read.
 */
function worker(code, options = {}) {
  const { scope = SCOPE, caches: initial = {}, network = {}, httpCache = {}, failPut, connections } = options;
  const log = { opened: [], deleted: [], fetched: [], fromNetwork: [], skipWaiting: 0, claimed: 0, storageMatch: 0 };
  const store = new Map(Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
  let installing = false;
  let free = connections;
  const queue = [];
  const connect = () => (free > 0 ? (free -= 1, Promise.resolve()) : new Promise((resolve) => queue.push(resolve)));
  const disconnect = () => (queue.length ? queue.shift()() : (free += 1));
  /** A body that frees its connection when the reader reaches its end. */
  const streamed = (body) => {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
    let sent = false;
    return new ReadableStream({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(bytes);
        } else {
          controller.close();
          disconnect();
        }
      },
    });
  };
  const cacheOf = (name) => ({
    // Storing is for install only, but for the live-session files (live/), kept on first use.
    async put(request, response) {
      const lazy = new URL(typeof request === 'string' ? request : request.url).pathname.includes('/live/');
      if (!installing && !lazy) throw new Error('the worker must never cache at fetch time');
      if (keyOf(request) === failPut) throw new DOMException('quota exceeded', 'QuotaExceededError');
      if (!store.has(name)) throw new Error(`cache ${name} was deleted`);
      store.get(name).set(keyOf(request), response);
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
    async add() { throw new Error('install stores checked responses with put'); },
    async addAll() { throw new Error('install stores checked responses with put'); },
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
      const mode = typeof request === 'string' ? 'default' : request.cache;
      if ((mode === 'default' || mode === 'force-cache') && key in httpCache) {
        const cached = httpCache[key];
        const withStatus = typeof cached === 'object' && 'status' in cached;
        const { status, body } = withStatus ? cached : { status: 200, body: cached };
        return new Response(body, { status });
      }
      log.fromNetwork.push(request);
      const [status, body] = key in network ? [200, network[key]] : [404, 'not found'];
      if (connections === undefined) return new Response(body, { status });
      await connect();
      return new Response(streamed(body), { status });
    },
    Request, Response, URL, Blob, Headers, console, crypto: globalThis.crypto,
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
      installing = true;
      dispatch('install', { waitUntil: (p) => { done = p; } });
      try {
        await done;
      } finally {
        installing = false;
      }
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

/** The built worker and the bytes of every file of its release. */
function released() {
  const dir = stage();
  try {
    const sw = build(dir);
    const bytes = Object.fromEntries(sw.files.filter((f) => f !== './').map((f) => [f, readFileSync(join(dir, f))]));
    return { ...sw, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const SW = released();
const CACHE = `pw-${SW.release}@${SCOPE}`;
/** The server of this release under `scope`: hashed files hold their real bytes (the worker
 * checks them), the index reads 'INDEX' and other files `file <name>`. */
const everyFile = (scope = SCOPE) => Object.fromEntries(SW.files.map((f) => {
  const url = keyOf(new URL(f, scope).href);
  if (f === './' || f === 'index.html') return [url, 'INDEX'];
  return [url, f in SW.hashed ? SW.bytes[f] : `file ${f}`];
}));
const hashedUrls = () => Object.keys(SW.hashed).map((f) => new URL(f, SCOPE).href);
const bytesOf = async (response) => Buffer.from(await response.arrayBuffer());

test('install caches exactly FILES resolved against the scope, and does not skip waiting', async () => {
  const sw = worker(SW.code, { network: everyFile() });
  await sw.install();
  assert.deepEqual(sw.log.opened, [CACHE]);
  const expected = SW.files.map((f) => new URL(f, SCOPE).href).sort();
  assert.deepEqual([...sw.store.get(CACHE).keys()].sort(), expected);
  assert.ok(expected.includes('https://h/nested/app/'));
  assert.ok(expected.includes('https://h/nested/app/img/deep/note.txt'));
  for (const request of sw.log.fetched) {
    const hashed = hashedUrls().includes(request.url);
    assert.equal(request.cache, hashed ? 'force-cache' : 'no-cache', request.url);
  }
  assert.equal(sw.log.fetched.length, SW.files.length, 'one request a file when the network has them all');
  assert.equal(sw.log.skipWaiting, 0);
  assert.equal(sw.log.claimed, 0);
});

test('install fails as a whole when one file cannot be downloaded', async () => {
  const network = everyFile();
  delete network[`${SCOPE}app-0123456789abcdef_bg.wasm`];
  const sw = worker(SW.code, { network });
  await assert.rejects(sw.install());
  assert.equal(sw.store.has(CACHE), false);
  assert.equal(sw.log.skipWaiting, 0);
});

test('hashed files the page already loaded come from the HTTP cache; the rest is revalidated', async () => {
  const network = everyFile();
  const httpCache = Object.fromEntries(hashedUrls().map((url) => [url, network[url]]));
  // Even an HTTP-cached index is not taken: only the server says which index is current.
  httpCache[SCOPE] = 'STALE INDEX';
  const sw = worker(SW.code, { network, httpCache });
  await sw.install();
  const fromNetwork = sw.log.fromNetwork.map((r) => r.url).sort();
  const unhashed = SW.files.map((f) => new URL(f, SCOPE).href).filter((url) => !hashedUrls().includes(url));
  assert.deepEqual(fromNetwork, unhashed.sort());
  assert.ok(sw.log.fromNetwork.every((r) => r.cache === 'no-cache'));
  const cache = sw.store.get(CACHE);
  for (const url of hashedUrls()) {
    assert.deepEqual(await bytesOf(cache.get(url).clone()), Buffer.from(network[url]), url);
  }
  assert.equal(await cache.get(SCOPE).clone().text(), 'INDEX');
});

test('a hashed file cached with other bytes is downloaded again and stored with this release\'s bytes', async () => {
  const network = everyFile();
  const wasm = `${SCOPE}app-0123456789abcdef_bg.wasm`;
  const httpCache = Object.fromEntries(hashedUrls().map((url) => [url, network[url]]));
  // Trunk names the wasm before wasm-opt runs: another build's bytes under the same name.
  httpCache[wasm] = 'OLD wasm';
  const sw = worker(SW.code, { network, httpCache });
  await sw.install();
  assert.deepEqual(sw.log.fetched.filter((r) => r.url === wasm).map((r) => r.cache), ['force-cache', 'reload']);
  assert.deepEqual(await bytesOf(sw.store.get(CACHE).get(wasm).clone()), Buffer.from(network[wasm]));
  assert.deepEqual(sw.log.fromNetwork.filter((r) => hashedUrls().includes(r.url)).map((r) => r.url), [wasm]);
});

test('a hashed file with other bytes on the server too fails the install, and nothing is stored', async () => {
  const network = everyFile();
  const css = `${SCOPE}app-0123456789abcdef.css`;
  network[css] = 'body{color:red}';
  const sw = worker(SW.code, { network, httpCache: { [css]: 'body{color:blue}' } });
  await assert.rejects(sw.install(), /does not hold the bytes of release/);
  assert.equal(sw.store.has(CACHE), false);
  assert.deepEqual(sw.log.fetched.filter((r) => r.url === css).map((r) => r.cache), ['force-cache', 'reload']);
});

test('a cached error for a hashed file is not kept: the network decides', async () => {
  const network = everyFile();
  const js = `${SCOPE}app-0123456789abcdef.js`;
  const sw = worker(SW.code, { network, httpCache: { [js]: { status: 404, body: 'not found' } } });
  await sw.install();
  assert.deepEqual(sw.log.fetched.filter((r) => r.url === js).map((r) => r.cache), ['force-cache', 'reload']);
  assert.deepEqual(await bytesOf(sw.store.get(CACHE).get(js).clone()), Buffer.from(network[js]));
});

test('install reads each body as it arrives, so a few connections per host do not stall it', async () => {
  const sw = worker(SW.code, { network: everyFile(), connections: 2 });
  let timer;
  const stalled = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('install stalled')), 2000); });
  try {
    await Promise.race([sw.install(), stalled]);
  } finally {
    clearTimeout(timer);
  }
  assert.equal(sw.store.get(CACHE).size, SW.files.length);
  assert.equal(await sw.store.get(CACHE).get(`${SCOPE}index.html`).clone().text(), 'INDEX');
});

test('when storing fails part-way, the half-filled cache is deleted and install fails', async () => {
  const sw = worker(SW.code, { network: everyFile(), failPut: `${SCOPE}index.html` });
  await assert.rejects(sw.install(), /quota/);
  assert.deepEqual(sw.log.deleted, [CACHE]);
  assert.equal(sw.store.has(CACHE), false);
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
  const wasm = `${SCOPE}app-0123456789abcdef_bg.wasm`;
  const css = `${SCOPE}app-0123456789abcdef.css`;
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

test('live-session files are not precached; the first use stores them, only with this release\'s bytes', async () => {
  const loader = 'importScripts("./live_worker-0123456789abcdef.js");';
  const dir = stage({ 'live/live_worker-0123456789abcdef_loader.js': loader, 'live/live_worker-0123456789abcdef_bg.wasm': '\0asm live' });
  let sw;
  try {
    sw = build(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(sw.files.filter((f) => f.startsWith('live/')), [], 'a first visit never downloads them');
  const lazy = JSON.parse(sw.code.match(/const LAZY = (\{[\s\S]*?\});/)[1]);
  assert.deepEqual(Object.keys(lazy).sort(), ['live/live_worker-0123456789abcdef_bg.wasm', 'live/live_worker-0123456789abcdef_loader.js']);
  const cache = `pw-${sw.release}@${SCOPE}`;
  const url = `${SCOPE}live/live_worker-0123456789abcdef_loader.js`;
  const wasm = `${SCOPE}live/live_worker-0123456789abcdef_bg.wasm`;
  const running = worker(sw.code, { network: { [url]: loader, [wasm]: 'other bytes' } });
  assert.equal(await (await running.fetch(url)).text(), loader);
  assert.equal(await (await running.fetch(wasm)).text(), 'other bytes');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual([...(running.store.get(cache)?.keys() ?? [])], [url], 'kept: the loader; not kept: foreign bytes');
  assert.equal(await (await running.fetch(url)).text(), loader);
  assert.equal(running.log.fetched.length, 2, 'the kept file comes from the cache the second time');
});

test('other requests are left to the browser', () => {
  const sw = worker(SW.code);
  assert.equal(sw.fetch(`${SCOPE}app-0123456789abcdef.css`, { method: 'POST' }), undefined);
  assert.equal(sw.fetch('https://elsewhere.example/nested/app/app-0123456789abcdef.css'), undefined);
  assert.equal(sw.fetch('https://h/nested/other.css'), undefined);
  assert.equal(sw.fetch('https://h/nested/app'), undefined);
  assert.equal(sw.fetch('https://elsewhere.example/', { mode: 'navigate' }), undefined);
  assert.notEqual(sw.fetch(`${SCOPE}app-0123456789abcdef.css`), undefined);
  assert.equal(sw.log.opened.length, 1);
});

test('the worker works under any scope', async () => {
  const scope = 'http://127.0.0.1:8181/';
  const sw = worker(SW.code, { scope, network: everyFile(scope) });
  await sw.install();
  const name = `pw-${SW.release}@${scope}`;
  assert.deepEqual([...sw.store.get(name).keys()].sort(), SW.files.map((f) => new URL(f, scope).href).sort());
  assert.equal(await (await sw.fetch(`${scope}deep/link`, { mode: 'navigate' })).text(), 'INDEX');
});
