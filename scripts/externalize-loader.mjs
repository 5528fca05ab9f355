// Trunk post-build hook: moves Trunk's inline module loader out of index.html into
// boot-<hash>.js, so the page runs under a Content-Security-Policy without 'unsafe-inline'.
// Fails the build if the loader is not found exactly once.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)].filter((m) => m[1].trim() !== '');
if (found.length !== 1) {
  console.error(`externalize-loader: expected one inline module script, found ${found.length}`);
  process.exit(1);
}
const code = found[0][1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const out = html
  .replace(found[0][0], `<script type="module" src="./${name}"></script>`)
  .replace(/ nonce="[^"]*"/g, '');
writeFileSync(indexPath, out);
console.log(`externalize-loader: loader moved to ${name}`);
