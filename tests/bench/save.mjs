// Benchmark (not a test): main-thread time of one autosave (serialise, write, read back and
// compare, index update) of a ~1 MB project in headless Chromium, from the app's own
// `pw-save` performance measure. Run: bash scripts/build.sh && node tests/bench/save.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = 8285;
const RUNS = 15;

function bigProject() {
  const items = [];
  let id = 1;
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];
  while (JSON.stringify(items).length < 1_000_000) {
    items.push({ id: id++, quadrant: quadrants[id % 4], text: `条目 ${id}: 客户服务策划 service planning item with some length`, note: 'note '.repeat(20), priority: (id % 5) + 1 });
  }
  return JSON.stringify({ format: 'planning-workbench', schema_version: 1, saved_at: 0,
    project: { id: 'big-1', name: 'One megabyte', created: 0, updated: 0, next_item_id: id, swot: { items, strategies: [] } } });
}

const server = spawn('node', [new URL('../e2e/serve-subpath.mjs', import.meta.url).pathname, String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const base = `http://127.0.0.1:${PORT}/nested/app/`;
try {
  const page = await browser.newPage();
  const text = bigProject();
  await page.goto(base);
  await page.evaluate((t) => { localStorage.clear(); localStorage.setItem('pw1:project:big-1', t); }, text);
  await page.goto(`${base}#/p/big-1/five-forces`);
  await page.reload();
  const name = page.locator('.project-name');
  for (let run = 0; run < RUNS; run++) {
    await name.fill(`One megabyte, edit ${run}`);
    await name.press('Enter');
    await page.waitForFunction((n) => performance.getEntriesByName('pw-save').length > n, run);
  }
  const times = await page.evaluate(() => performance.getEntriesByName('pw-save').map((e) => e.duration));
  const s = [...times].sort((a, b) => a - b);
  console.log(`autosave of a ${(text.length / 1e6).toFixed(2)} MB project, ${RUNS} saves: median ${s[Math.floor(s.length / 2)].toFixed(1)} ms (min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)}) on the main thread`);
} finally {
  await browser.close();
  server.kill();
}
