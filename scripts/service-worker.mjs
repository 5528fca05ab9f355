// Trunk post-build hook (runs after externalize-loader.mjs): writes sw.js, the service worker
// that keeps one release of the app working offline after one visit.
//
// The release is exactly the files in the staging dir: its version is the first 16 hex chars
// of sha256 over the sorted (relative path, sha256 of contents) pairs, so any change to any
// file makes a new sw.js, which the browser then installs next to the running release. The
// worker precaches every file all-or-nothing (but live/, below), waits until the page asks it
// to take over ({type: 'skip-waiting'}), answers only from its own release's cache and caches
// at fetch time only live/'s files, checked against this release's bytes, so two releases
// never mix. URLs are relative to the registration scope, so
// dist/ works from any sub-path.
//
// A first visit downloads each file once: the page has just loaded most of them, so the
// worker takes files whose names carry Trunk's content hash from the HTTP cache, and keeps
// them only if their sha256 is this release's (Trunk hashes the wasm's name before
// wasm-bindgen and wasm-opt run, so a name alone does not pin the bytes); otherwise it
// downloads them again. Files without a hash in the name (index.html, the manifest, copied
// icons) are always revalidated with the server.
//
// Files under live/ (the live-session worker) are part of the release but never precached: a
// first visit must not download them. The worker stores each the first time a session loads
// it, checked against this release's sha256, so a session started once also starts offline.
//
// Fails the build when index.html is missing, still holds an inline script (the hook ran
// before externalize-loader), or refers to a local file the release does not contain.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORKER = 'sw.js';
// Trunk's content hash in a file name: '-' and the seahash printed as {:x} (up to 16 hex
// digits, not zero-padded), before the extension or before wasm-bindgen's '_bg' suffix, as in
// app-<hash>.css, planning-workbench-<hash>_bg.wasm, boot-<hash>.js. A name matched wrongly
// costs at most one extra download: the worker checks the bytes, not the name.
const HASHED_NAME = /-[0-9a-f]{8,16}(?:_bg)?\.[A-Za-z0-9]+$/;

function fail(message) {
  console.error(`service-worker: ${message}`);
  process.exit(1);
}

/** Every file under `dir`, as sorted '/'-separated paths relative to `dir`. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** The local file a reference in the page points to, or null for external/data/fragment ones. */
function localTarget(ref) {
  const url = ref.trim();
  if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  if (url.startsWith('/')) fail(`"${url}" is root-relative: it breaks hosting under a sub-path`);
  let path = url.replace(/[?#].*$/, '').replace(/^(\.\/)+/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    fail(`"${url}" is not a valid URL`);
  }
  return path === '' ? 'index.html' : path;
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run through trunk)');
if (!existsSync(join(dir, 'index.html'))) fail(`no index.html in ${dir}`);

const LAZY_DIR = 'live/';
const all = listFiles(dir).filter((f) => f !== WORKER).sort();
const files = all.filter((f) => !f.startsWith(LAZY_DIR));
const lazyFiles = all.filter((f) => f.startsWith(LAZY_DIR));
const present = new Set(files);

// The page must be complete: no inline script left for the CSP to block, and every local
// file it (or the manifest) refers to is part of the release, so it loads offline.
const html = readFileSync(join(dir, 'index.html'), 'utf8');
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (!/\bsrc\s*=/i.test(m[1]) || m[2].trim() !== '') {
    fail('index.html still has an inline script: run this hook after externalize-loader.mjs');
  }
}
const refs = [...html.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => ['index.html', m[1]]);
if (present.has('manifest.webmanifest')) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
  } catch (e) {
    fail(`manifest.webmanifest is not valid JSON: ${e.message}`);
  }
  for (const icon of manifest.icons || []) refs.push(['manifest.webmanifest', icon.src]);
}
for (const [from, ref] of refs) {
  const target = localTarget(ref);
  if (target !== null && !present.has(target)) fail(`${from} refers to "${ref}", which is not in the build`);
}

const urlOf = (file) => file.split('/').map(encodeURIComponent).join('/');
const list = createHash('sha256');
const hashed = {};
for (const file of files) {
  const digest = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
  list.update(`${file}\0${digest}\n`);
  if (HASHED_NAME.test(file.split('/').pop())) hashed[urlOf(file)] = digest;
}
const lazy = {};
for (const file of lazyFiles) {
  const digest = createHash('sha256').update(readFileSync(join(dir, file))).digest('hex');
  list.update(`${file}\0${digest}\n`);
  lazy[urlOf(file)] = digest;
}
const release = list.digest('hex').slice(0, 16);
const urls = [...files.map(urlOf), './'];

const worker = `// Generated by scripts/service-worker.mjs: the offline cache of release ${release}.
'use strict';
const RELEASE = ${JSON.stringify(release)};
const SCOPE = self.registration.scope;
// One cache per release and scope: releases never mix, and copies of the app under other
// paths of the same origin keep their own caches.
const CACHE = 'pw-' + RELEASE + '@' + SCOPE;
const FILES = ${JSON.stringify(urls, null, 2)};
// The sha256 of each file whose name carries its content hash: these may come from the HTTP
// cache, where the page has usually just put them, but only with exactly these bytes.
const HASHED = ${JSON.stringify(hashed, null, 2)};
const INDEX = new URL('./', SCOPE).href;
// Files fetched only when a live session starts, with their sha256: stored on first use.
const LAZY = ${JSON.stringify(lazy, null, 2)};

// What Cache.addAll refuses: an error, a status other than 2xx, or a partial response.
function usable(response) {
  if (!response.ok || response.status === 206) throw new TypeError('bad response for ' + response.url);
  return response;
}

// Fetches a request and reads its body in full at once (a clone's, so the response itself can
// be stored later). An unread body keeps its connection busy, a browser opens few per host (six
// over HTTP/1.1), and an install holding ten unread responses would stall for good.
function received(request) {
  return fetch(request).then(usable).then((response) => response.clone().arrayBuffer()
    .then((bytes) => ({ request, response, bytes })));
}

function sha256(bytes) {
  return crypto.subtle.digest('SHA-256', bytes)
    .then((hash) => Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join(''));
}

// One file of the release as [request, response]. A hashed file is taken from the HTTP cache
// when it holds this release's bytes, else downloaded again; if the server too has other bytes
// under its name, it no longer serves this release and the install fails. Other files are
// revalidated, so a stale index.html never enters a release.
function download(file) {
  const url = new URL(file, SCOPE).href;
  const digest = HASHED[file];
  if (digest === undefined) {
    return received(new Request(url, { cache: 'no-cache' })).then((got) => [got.request, got.response]);
  }
  const attempt = (mode) => received(new Request(url, { cache: mode }))
    .then((got) => sha256(got.bytes).then((actual) => (actual === digest ? [got.request, got.response] : null)));
  // Whatever goes wrong with the cached copy (other bytes, a cached error), the network decides.
  return attempt('force-cache')
    .catch(() => null)
    .then((entry) => entry || attempt('reload'))
    .then((entry) => {
      if (!entry) throw new TypeError(url + ' does not hold the bytes of release ' + RELEASE);
      return entry;
    });
}

// All or nothing, like addAll: every file is downloaded and checked before the first one is
// stored, and a failure while storing drops the cache (no worker uses a cache whose install
// failed, and the next release's activate would delete it anyway). No skipWaiting here: the
// page tells the worker when to take over.
self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all(FILES.map(download)).then((entries) => caches.open(CACHE).then((cache) =>
      Promise.all(entries.map(([request, response]) => cache.put(request, response)))
        .catch((error) => caches.delete(CACHE).then(() => { throw error; })))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// Drop older releases of this scope (and unscoped 'pw-' caches), then control open pages.
self.addEventListener('activate', (event) => {
  const stale = (name) => name.startsWith('pw-') && name !== CACHE
    && (name.indexOf('@') === -1 || name.endsWith('@' + SCOPE));
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter(stale).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// A navigation must not get a redirected response: copy it into a plain one.
function plain(response) {
  if (!response.redirected) return response;
  return response.blob().then((body) => new Response(body, {
    status: response.status, statusText: response.statusText, headers: response.headers,
  }));
}

// Same-origin GETs inside the scope come from this release's cache, else the network.
// Nothing else is cached here: a release is what install stored, plus live/ once used.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(request, { ignoreSearch: true })
          .then((hit) => hit || cache.match(INDEX)))
        .then((hit) => (hit ? plain(hit) : fetch(request))),
    );
    return;
  }
  const lazy = LAZY[url.href.slice(SCOPE.length).split(/[?#]/)[0]];
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true })
        .then((hit) => hit || (lazy === undefined ? fetch(request) : keep(cache, request, lazy)))),
  );
});

// A live-session file on first use: served at once, and stored if it is this release's.
function keep(cache, request, digest) {
  return fetch(request).then((response) => {
    if (!response.ok || response.status === 206) return response;
    // Both copies are taken now: the page reads the response itself straight away.
    const [check, stored] = [response.clone(), response.clone()];
    check.arrayBuffer().then(sha256).then((actual) => (actual === digest ? cache.put(request, stored) : null))
      .catch(() => null);
    return response;
  });
}
`;

writeFileSync(join(dir, WORKER), worker);
console.log(`service-worker: release ${release}, ${files.length} files, ${lazyFiles.length} on first use`);
