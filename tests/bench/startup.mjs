// Benchmark (not a test): navigation → project list rendered, in headless Chromium against the
// release build, with empty storage and with a ~1 MB project stored. Median and min–max of
// repeated cold loads. Run: bash scripts/build.sh && node tests/bench/startup.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { bigProject } from './big_project.mjs';

const PORT = 8284;
const RUNS = 11;

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms (min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)})`;
};

const server = spawn('node', [new URL('../e2e/serve-subpath.mjs', import.meta.url).pathname, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const base = `http://127.0.0.1:${PORT}/nested/app/`;
try {
  const big = bigProject();
  for (const [label, seed] of [['empty storage', null], [`a ${(big.length / 1e6).toFixed(2)} MB project stored`, big]]) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}missing`).catch(() => {});
      await page.evaluate((seed) => { localStorage.clear(); if (seed) localStorage.setItem('pw1:project:big-1', seed); }, seed);
      await page.goto(base);
      await page.waitForSelector('.project-page h1');
      times.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    console.log(`startup, ${label}: ${stats(times)} (navigation start → list rendered)`);
  }
} finally {
  await browser.close();
  server.kill();
}
