// Benchmark (not a test): the org chart with 2,000 positions in headless Chromium against the
// release build. Run: bash scripts/build.sh && node tests/bench/org_chart.mjs
// Prints median, p95 and max of: opening the chart (navigation → boxes drawn), script time per
// pan and per zoom step (input event → end of the work it triggers, which includes Yew's
// render), input → next frame for pan and zoom, and pointer release → next frame for a
// re-parent by drag and drop, and change → next frame for renaming a position in its job
// description panel.
import { launch, percentiles as stats, serve } from './harness.mjs';

const PORT = 8284;
const POSITIONS = 2000;
const RUNS = 40;
const MOVES = 12;

/** A deterministic chart: each position reports to an earlier one, 3–8 reports per manager. */
function project() {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const positions = [];
  let open = [1];
  for (let id = 1; id <= POSITIONS; id++) {
    let parent;
    if (id > 1) {
      const at = Math.floor(next() * Math.min(open.length, 40));
      parent = open[at];
      const reports = positions.filter((p) => p.parent === parent).length + 1;
      if (reports >= 3 + Math.floor(next() * 6)) open.splice(at, 1);
    }
    open.push(id);
    positions.push({ id, ...(parent ? { parent } : {}), title: `岗位 ${id} Position`, holder: id % 7 ? `员工 ${id}` : '',
      planned: 1 + (id % 3), filled: id % 7 ? 1 : 0, level: '专员级', code: `CS-${id}` });
  }
  return {
    format: 'planning-workbench', schema_version: 1, saved_at: 0,
    project: { id: 'bench-org', name: 'Org 2000', created: 0, updated: 0, next_item_id: POSITIONS + 1, org: { positions } },
  };
}

const server = await serve(PORT);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const base = server.base;
  await page.goto(base);
  await page.evaluate((text) => { localStorage.clear(); localStorage.setItem('pw1:project:bench-org', text); },
    JSON.stringify(project()));
  // The recorder is installed before the app starts: it notes when the first box appears, and
  // for every pointer, wheel or key event the script time until the task queue is reached
  // again and the time until the next frame.
  await page.addInitScript(() => {
    window.__bench = { drawn: null, script: [], frame: [] };
    new MutationObserver((_, observer) => {
      if (document.querySelector('.org-box')) { window.__bench.drawn = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
    const record = (e) => {
      if (!window.__bench.on) return;
      const from = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__bench.script.push(performance.now() - from);
      channel.port2.postMessage(0);
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => window.__bench.frame.push(performance.now() - from);
        after.port2.postMessage(0);
      });
    };
    for (const type of ['pointermove', 'wheel', 'pointerup', 'change']) addEventListener(type, record, { capture: true });
  });
  const opens = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${base}#/p/bench-org/org`);
    await page.reload();
    await page.waitForFunction(() => window.__bench.drawn !== null);
    opens.push(await page.evaluate(() => window.__bench.drawn));
  }
  const count = await page.locator('.org-box').count();
  const viewport = await page.locator('.org-viewport').boundingBox();
  const take = async () => page.evaluate(() => { const b = window.__bench; const r = { script: b.script, frame: b.frame }; b.script = []; b.frame = []; return r; });
  const on = (value) => page.evaluate((v) => { window.__bench.on = v; }, value);

  // Zoom in first so the chart overflows the viewport, then pan by dragging the background.
  await page.locator('.org-viewport').focus();
  await page.keyboard.press('Escape');
  const cx = viewport.x + viewport.width / 2;
  const cy = viewport.y + viewport.height / 2;
  await page.mouse.move(cx, cy);
  await on(true);
  await page.keyboard.down('Control');
  for (let i = 0; i < RUNS; i++) {
    await page.mouse.wheel(0, i % 2 ? 60 : -80);
  }
  await page.keyboard.up('Control');
  await on(false);
  const zoom = await take();

  const empty = { x: viewport.x + 6, y: viewport.y + 6 };
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.down();
  await on(true);
  for (let i = 0; i < RUNS; i++) {
    await page.mouse.move(empty.x + 4 * (i + 1), empty.y + 3 * (i + 1));
  }
  await on(false);
  await page.mouse.up();
  const pan = await take();

  // Re-parent: fit, then drag a leaf onto a box further right, and back, several times.
  // Re-parent at a readable scale near the top of the chart: zoom to about 50 %, then Home
  // selects the top position and brings it into view.
  await page.getByRole('button', { name: /Fit to view|适应窗口/ }).click();
  await page.locator('.org-viewport').focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('+');
  const reparent = [];
  for (let i = 0; i < MOVES; i++) {
    // A re-parent re-lays the chart out; go back to the top each time.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const boxes = await page.locator('.org-box').evaluateAll((els, viewport) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, level: Number(el.getAttribute('aria-level')), w: r.width };
    }).filter((b) => b.x > 60 && b.x < viewport.x + viewport.width - 60 && b.y > viewport.y + 30 && b.y < viewport.y + viewport.height - 30 && b.w > 20), viewport);
    // A box on a higher level can never be below the dragged one, so the move is allowed.
    const leaves = boxes.filter((b) => b.level >= 3);
    const from = leaves[i % Math.max(1, leaves.length)];
    const targets = from ? boxes.filter((b) => b.level < from.level && Math.abs(b.x - from.x) > 40) : [];
    if (!leaves.length || !targets.length) {
      console.error(`re-parent: no boxes to drag (${boxes.length} in view)`);
      if (process.env.BENCH_DEBUG) await page.screenshot({ path: '/tmp/bench-reparent.png' });
      break;
    }
    const to = targets[(i * 7) % targets.length];
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await take();
    await on(true);
    await page.mouse.up();
    await page.waitForFunction(() => window.__bench.frame.length > 0);
    await on(false);
    reparent.push(...(await take()).frame);
  }

  // Edit through the panel: select a position near the top, type a new title, leave the field
  // (its change event commits the edit) and time change → next frame.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const edits = [];
  for (let i = 0; i < MOVES; i++) {
    await page.locator('#jd-title').fill(`岗位标题 ${i} renamed`);
    await take();
    await on(true);
    await page.locator('#jd-title').press('Tab');
    await page.waitForFunction(() => window.__bench.frame.length > 0);
    await on(false);
    edits.push(...(await take()).frame);
    await page.locator('.org-viewport').focus();
  }
  const renamed = await page.locator('.org-box', { hasText: `岗位标题 ${MOVES - 1} renamed` }).count();
  if (!renamed) throw new Error('the renamed position is not drawn');

  console.log(`Org chart with ${POSITIONS} positions (${count} drawn), Chromium ${browser.version()}, viewport 1400×900 (ms):`);
  console.log(`  open: navigation → chart drawn     ${stats(opens)}`);
  console.log(`  pan: input handled (script+layout)${stats(pan.script)}`);
  console.log(`  pan: input → next frame           ${stats(pan.frame)}`);
  console.log(`  zoom: input handled (script+layout)${stats(zoom.script)}`);
  console.log(`  zoom: input → next frame          ${stats(zoom.frame)}`);
  console.log(`  re-parent: drop → next frame      ${stats(reparent)}`);
  console.log(`  rename in the panel: change → next frame ${stats(edits)}`);
} finally {
  await browser.close();
  server.stop();
}
