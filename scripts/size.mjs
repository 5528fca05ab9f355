// Prints what the page loads on a first visit (every file in dist/), raw, gzip -9 and brotli,
// with the total against the 250 KB gzip budget. Run after a release build: `node scripts/size.mjs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const BUDGET_GZIP = 250 * 1000;
const rows = [];
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const body = readFileSync(path);
  rows.push({
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
console.log('file'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
for (const r of [...rows, { name: 'TOTAL', ...total }]) {
  console.log(r.name.padEnd(48), kb(r.raw).padStart(10), kb(r.gzip).padStart(10), kb(r.brotli).padStart(10));
}
const verdict = total.gzip <= BUDGET_GZIP
  ? 'within'
  : `OVER (by ${kb(total.gzip - BUDGET_GZIP)}, ×${(total.gzip / BUDGET_GZIP).toFixed(2)})`;
console.log(`gzip total ${kb(total.gzip)}: ${verdict} the ${kb(BUDGET_GZIP)} budget`);

// The live-session worker (dist/live/) is not part of a first visit: it loads when a session
// starts, and the service worker keeps it from then on.
const liveDir = join(dist, 'live');
try {
  const live = readdirSync(liveDir).sort().map((name) => {
    const body = readFileSync(join(liveDir, name));
    return { name: `live/${name}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  const sum = live.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log('\nloaded when a live session starts (not on a first visit):');
  for (const r of [...live, { name: 'TOTAL live/', ...sum }]) {
    console.log(r.name.padEnd(48), kb(r.raw).padStart(10), kb(r.gzip).padStart(10));
  }
} catch {
  // A build without the live worker.
}
