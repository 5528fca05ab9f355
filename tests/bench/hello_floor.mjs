// Benchmark (not a test): Planning Workbench against the floor — Yew's hello world of the
// pinned version (tests/bench/hello), built the same way. Prints both transfer sizes (gzip) and
// startup times (navigation → first heading rendered, empty storage), and the ratios.
// Run: bash scripts/build.sh && (cd tests/bench/hello && trunk build --release --offline) && node tests/bench/hello_floor.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, serve, summary } from './harness.mjs';

const RUNS = 11;
const apps = [
  { name: 'Planning Workbench', dist: new URL('../../dist/', import.meta.url).pathname, port: 8286, ready: '.project-page h1' },
  { name: 'Yew hello world', dist: new URL('./hello/dist/', import.meta.url).pathname, port: 8287, ready: 'h1' },
];

const gzipTotal = (dir) => readdirSync(dir)
  .map((name) => join(dir, name))
  .filter((path) => statSync(path).isFile())
  .reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);

const browser = await launch();
const results = [];
try {
  for (const app of apps) {
    const server = await serve(app.port, app.dist);
    try {
      const times = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh context each time: a cold load, no service worker, empty storage.
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(server.base);
        await page.waitForSelector(app.ready);
        times.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      const { median, min, max } = summary(times);
      results.push({ ...app, gzip: gzipTotal(app.dist), startup: median, min, max });
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
}
for (const r of results) {
  console.log(`${r.name.padEnd(20)} gzip ${(r.gzip / 1000).toFixed(1).padStart(6)} KB   startup median ${r.startup.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`);
}
const [app, floor] = results;
console.log(`ratio to the floor: size ×${(app.gzip / floor.gzip).toFixed(1)}, startup ×${(app.startup / floor.startup).toFixed(1)}`);
