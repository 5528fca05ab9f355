// A tiny static server for the e2e tests: serves the repository's dist/ at /nested/app/ on
// 127.0.0.1 only, and nothing elsewhere, like a static host with the app in a sub-folder.
// Usage: node serve-subpath.mjs [port]; DIST=/some/dir serves another build instead of dist/.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!path.startsWith(prefix)) {
    res.writeHead(404).end('not found');
    return;
  }
  let file = normalize(path.slice(prefix.length) || 'index.html');
  if (file.startsWith('..')) {
    res.writeHead(403).end();
    return;
  }
  if (file === '.' || file.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = await readFile(join(root, file));
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`));
