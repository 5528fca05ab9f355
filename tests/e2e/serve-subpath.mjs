// A tiny static server for the e2e tests: serves the repository's dist/ at /nested/app/ on
// 127.0.0.1 only, and nothing elsewhere, like a static host with the app in a sub-folder.
// Usage: node serve-subpath.mjs [port]; DIST=/some/dir serves another build instead of dist/.
//
// Caching is that of a well-configured host, so tests see what users get: names with Trunk's
// content hash are immutable for a year, everything else (index.html, sw.js, the manifest,
// copied icons) must be revalidated, and an ETag lets revalidation answer 304. A build swapped
// under the same URL is therefore still seen: its unhashed files change their ETag.
//
// GET /__stats (outside the app's prefix, so the app never sees it) answers what the server
// sent since the last GET /__stats?reset: per path the requests, 304s and body bytes.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';

const port = Number(process.argv[2] || 8181);
const root = process.env.DIST
  ? resolve(process.env.DIST) + sep
  : new URL('../../dist/', import.meta.url).pathname;
const prefix = '/nested/app/';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
// Trunk's content hash in a name (as scripts/service-worker.mjs reads it): app-<hash>.css,
// planning-workbench-<hash>_bg.wasm, boot-<hash>.js.
const HASHED_NAME = /-[0-9a-f]{8,16}(?:_bg)?\.[A-Za-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let stats = new Map();
function count(path, status, bytes) {
  const entry = stats.get(path) || { requests: 0, notModified: 0, bytes: 0 };
  entry.requests += 1;
  if (status === 304) entry.notModified += 1;
  entry.bytes += bytes;
  stats.set(path, entry);
}

function send(req, res, path, status, headers, body = '') {
  const length = Buffer.byteLength(body);
  res.writeHead(status, status === 304 ? headers : { ...headers, 'content-length': length })
    .end(req.method === 'HEAD' ? '' : body);
  count(path, status, req.method === 'HEAD' ? 0 : length);
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__stats') {
    const paths = Object.fromEntries([...stats].sort());
    const total = (key) => Object.values(paths).reduce((sum, entry) => sum + entry[key], 0);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(JSON.stringify({ requests: total('requests'), bytes: total('bytes'), paths }));
    if (url.searchParams.has('reset')) stats = new Map();
    return;
  }
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(prefix)) {
    send(req, res, path, 404, {}, 'not found');
    return;
  }
  let file = normalize(path.slice(prefix.length) || 'index.html');
  if (file.startsWith('..')) {
    send(req, res, path, 403, {});
    return;
  }
  if (file === '.' || file.endsWith('/')) file = join(file, 'index.html');
  let body;
  try {
    body = await readFile(join(root, file));
  } catch {
    send(req, res, path, 404, {}, 'not found');
    return;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const headers = {
    'content-type': types[extname(file)] || 'application/octet-stream',
    'cache-control': HASHED_NAME.test(basename(file)) ? IMMUTABLE : 'no-cache',
    etag,
  };
  const known = (req.headers['if-none-match'] || '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (known.includes(etag)) send(req, res, path, 304, headers);
  else send(req, res, path, 200, headers, body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`));
