// Benchmark (not a test): Planning Workbench against the floor — Yew's hello world of the
// pinned version (tests/bench/hello), built the same way. Prints both transfer sizes (gzip) and
// startup times (navigation → first heading rendered, empty storage), and the ratios.
// Run: bash scripts/build.sh && (cd tests/bench/hello && trunk build --release --offline) && node tests/bench/hello_floor.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = 11;
const apps = [
  { name: 'Planning Workbench', dist: new URL('../../dist/', import.meta.url).pathname, port: 8286, ready: '.project-page h1' },
  { name: 'Yew hello world', dist: new URL('./hello/dist/', import.meta.url).pathname, port: 8287, ready: 'h1' },
];

const gzipTotal = (dir) => readdirSync(dir)
  .map((name) => join(dir, name))
  .filter((path) => statSync(path).isFile())
  .reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const results = [];
try {
  for (const app of apps) {
    const server = spawn('node', [new URL('../e2e/serve-subpath.mjs', import.meta.url).pathname, String(app.port)],
      { stdio: 'ignore', env: { ...process.env, DIST: app.dist } });
    await new Promise((r) => setTimeout(r, 500));
    try {
      const times = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh context each time: a cold load, no service worker, empty storage.
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${app.port}/nested/app/`);
        await page.waitForSelector(app.ready);
        times.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      results.push({ ...app, gzip: gzipTotal(app.dist), startup: median(times), min: Math.min(...times), max: Math.max(...times) });
    } finally {
      server.kill();
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
