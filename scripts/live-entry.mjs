// Trunk post-build hook (after externalize-loader.mjs, before service-worker.mjs): gives the
// live-session worker's files content-hashed names, as Trunk does for the app's own (it leaves
// a worker's unhashed), and writes the loader's address into index.html as
// <meta name="live-worker" content="live/live_worker-<hash>_loader.js">, so the page finds it
// without downloading it on a first visit and never runs one release's worker with another's
// wasm. Fails the build unless the worker's three files are there.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function fail(message) {
  console.error(`live-entry: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run through trunk)');
const live = join(dir, 'live');
const [js, wasm, shim] = ['live_worker.js', 'live_worker_bg.wasm', 'live_worker_loader.js'].map((f) => join(live, f));
for (const file of [js, wasm, shim]) if (!existsSync(file)) fail(`${file} is missing (index.html builds the worker into live/)`);

const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
const names = { js: `live_worker-${hash}.js`, wasm: `live_worker-${hash}_bg.wasm`, loader: `live_worker-${hash}_loader.js` };
renameSync(js, join(live, names.js));
renameSync(wasm, join(live, names.wasm));
unlinkSync(shim);
writeFileSync(join(live, names.loader), `importScripts("./${names.js}");wasm_bindgen({ module_or_path: "./${names.wasm}" });\n`);

const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8').replace(/<meta name="live-worker"[^>]*>/g, '');
if (!html.includes('</head>')) fail('index.html has no </head>');
writeFileSync(indexPath, html.replace('</head>', `<meta name="live-worker" content="live/${names.loader}"></head>`));
console.log(`live-entry: live worker at live/${names.loader}`);
