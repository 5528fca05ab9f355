// Benchmark (not a test): input → next paint on a SWOT board with 2,000 items, in headless
// Chromium against the release build. Run: bash scripts/build.sh && node tests/bench/swot_latency.mjs
// Prints median and min–max over repeated runs for: adding an item (Enter in an add field),
// opening an item for editing (Enter on an item) and saving an edit (Enter in the edit field).
import { launch, summary as stats, serve } from './harness.mjs';

const PORT = 8283;
const RUNS = 15;
const PER_QUADRANT = 500;

function project() {
  const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'];
  const items = [];
  let id = 1;
  for (const quadrant of quadrants) {
    for (let i = 0; i < PER_QUADRANT; i++) {
      items.push({ id: id++, quadrant, text: `${quadrant} item ${i}: 客户服务条目 ${i * 7919 % 1000}`, priority: (i % 5) + 1 });
    }
  }
  return {
    format: 'planning-workbench', schema_version: 1, saved_at: 0,
    project: { id: 'bench-1', name: 'Benchmark 2000', created: 0, updated: 0, next_item_id: id,
      swot: { items, strategies: [] } },
  };
}

const server = await serve(PORT);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const base = server.base;
  await page.goto(base);
  await page.evaluate((text) => { localStorage.clear(); localStorage.setItem('pw1:project:bench-1', text); },
    JSON.stringify(project()));
  await page.goto(`${base}#/p/bench-1/swot`);
  await page.reload();
  await page.waitForSelector('.swot-item');
  const count = await page.locator('.swot-item').count();

  // A recorder in the page: each Enter keydown starts a measurement, ended by the first frame
  // after the board's DOM changed. Results accumulate in window.__latencies.
  await page.evaluate(() => {
    window.__latencies = [];
    let started = null;
    document.addEventListener('keydown', (e) => { if (e.key === 'Enter') started = e.timeStamp; }, { capture: true });
    const observer = new MutationObserver(() => {
      if (started === null) return;
      const from = started;
      started = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__latencies.push(performance.now() - from);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document.querySelector('.swot-board'), { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const measure = async (key) => {
    const before = await page.evaluate(() => window.__latencies.length);
    await page.keyboard.press(key);
    await page.waitForFunction((n) => window.__latencies.length > n, before);
    return page.evaluate(() => window.__latencies.at(-1));
  };

  const add = [], open = [], save = [];
  for (let run = 0; run < RUNS; run++) {
    await page.locator('.quadrant[data-quadrant="S"] .add-item').click();
    await page.keyboard.insertText(`added ${run}`);
    add.push(await measure('Enter'));
    const item = page.locator('.quadrant[data-quadrant="W"] .swot-item').nth(run);
    await item.focus();
    open.push(await measure('Enter'));
    await page.keyboard.insertText(' edited');
    save.push(await measure('Enter'));
  }
  const version = browser.version();
  console.log(`SWOT board with ${count} items, Chromium ${version}, ${RUNS} runs each (ms, input → next frame):`);
  for (const [name, xs] of [['add an item', add], ['open an item for editing', open], ['save an edit', save]]) {
    const { median, min, max } = stats(xs);
    console.log(`  ${name.padEnd(26)} median ${median.toFixed(1)}  (min ${min.toFixed(1)}, max ${max.toFixed(1)})`);
  }
} finally {
  await browser.close();
  server.stop();
}
