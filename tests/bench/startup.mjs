// Benchmark (not a test): navigation → project list rendered, in headless Chromium against the
// release build, with empty storage and with a ~1 MB project stored. Median and min–max of
// repeated cold loads. Run: bash scripts/build.sh && node tests/bench/startup.mjs
import { launch, serve, summary } from './harness.mjs';
import { bigProject } from './big_project.mjs';

const PORT = 8284;
const RUNS = 11;

const stats = (xs) => {
  const { median, min, max } = summary(xs);
  return `median ${median.toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)})`;
};

const server = await serve(PORT);
const browser = await launch();
const base = server.base;
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
  server.stop();
}
