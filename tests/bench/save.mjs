// Benchmark (not a test): main-thread time of one autosave (serialise, write, read back and
// compare, index update) and of opening (read from storage, migrate, deserialise, check and
// repair) a ~1 MB project in headless Chromium, from the app's own `pw-save` and `pw-load`
// performance measures. Run: bash scripts/build.sh && node tests/bench/save.mjs
import { launch, serve } from './harness.mjs';
import { bigProject } from './big_project.mjs';

const PORT = 8285;
const RUNS = 15;

const server = await serve(PORT);
const browser = await launch();
const base = server.base;
try {
  const page = await browser.newPage();
  const text = bigProject();
  await page.goto(base);
  await page.evaluate((t) => { localStorage.clear(); localStorage.setItem('pw1:project:big-1', t); }, text);
  await page.goto(`${base}#/p/big-1/five-forces`);
  const loads = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('pw-load').length > 0);
    loads.push(await page.evaluate(() => performance.getEntriesByName('pw-load')[0].duration));
  }
  const name = page.locator('.project-name');
  for (let run = 0; run < RUNS; run++) {
    await name.fill(`One megabyte, edit ${run}`);
    await name.press('Enter');
    await page.waitForFunction((n) => performance.getEntriesByName('pw-save').length > n, run);
  }
  const times = await page.evaluate(() => performance.getEntriesByName('pw-save').map((e) => e.duration));
  const summary = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms (min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)})`;
  };
  const size = `${(text.length / 1e6).toFixed(2)} MB`;
  console.log(`open a ${size} project (read, migrate, deserialise, check), ${RUNS} opens: ${summary(loads)}`);
  console.log(`autosave of a ${size} project, ${RUNS} saves: ${summary(times)} on the main thread`);
} finally {
  await browser.close();
  server.stop();
}
