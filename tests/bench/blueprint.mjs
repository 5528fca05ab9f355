// Benchmark (not a test): a service blueprint of 100 steps × 6 lanes with 600 cards and 300
// connectors in headless Chromium against the release build.
// Run: bash scripts/build.sh && node tests/bench/blueprint.mjs
// Prints median, p95 and max of: opening the canvas (navigation → cards drawn), wheel-scrolling
// across the grid (input handled, and input → next frame), and moving a card to the next step
// with Alt+→ (key → next frame), and editing a card's text in its panel (change → next frame).
import { launch, percentiles as stats, serve } from './harness.mjs';

const PORT = 8285;
const STEPS = 100;
const RUNS = 40;
const MOVES = 20;
const LANES = ['evidence', 'customer', 'front_stage', 'back_stage', { custom: 10_000 }, 'support'];

/** 100 steps, 6 cards per step (one per lane), connectors down each step's first three lanes. */
function project() {
  let id = 1;
  const steps = [];
  const cards = [];
  const connectors = [];
  for (let s = 0; s < STEPS; s++) {
    const step = { id: id++, name: `步骤 ${s + 1} Step`, stage: ['客户到达', '服务投入', '客户参与', '服务产生', '客户离开'][Math.floor(s / 20)], minutes: 1 + (s % 7), emotion: (s % 5) - 2 };
    steps.push(step);
    const ids = [];
    for (const lane of LANES) {
      const card = { id: id++, step: step.id, lane, text: `卡片 card ${cards.length + 1}：客户服务动作` };
      if (cards.length % 17 === 0) Object.assign(card, { mark: 'fail_point', minutes: 5 });
      if (cards.length % 23 === 0) Object.assign(card, { mark: 'wait_point', minutes: 3 });
      cards.push(card);
      ids.push(card.id);
    }
    connectors.push({ from: ids[1], to: ids[2] }, { from: ids[2], to: ids[3] }, { from: ids[3], to: ids[5] });
  }
  const lanes = LANES.map((key) => ({ key, ...(typeof key === 'object' ? { name: 'Systems' } : {}) }));
  return {
    format: 'planning-workbench', schema_version: 1, saved_at: 0,
    project: { id: 'bench-bp', name: 'Blueprint 600', created: 0, updated: 0, next_item_id: 20_000,
      blueprint: { lanes, steps, cards, connectors, budget_minutes: 300 } },
  };
}

const server = await serve(PORT);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  const base = server.base;
  await page.goto(base);
  const data = project();
  await page.evaluate((text) => { localStorage.clear(); localStorage.setItem('pw1:project:bench-bp', text); }, JSON.stringify(data));
  // The recorder is installed before the app starts (see org_chart.mjs).
  await page.addInitScript(() => {
    window.__bench = { drawn: null, script: [], frame: [] };
    new MutationObserver((_, observer) => {
      if (document.querySelector('.bp-card')) { window.__bench.drawn = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
    const record = (e) => {
      if (!window.__bench.on || (e.type === 'keydown' && e.key !== 'ArrowRight')) return;
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
    for (const type of ['wheel', 'keydown', 'change']) addEventListener(type, record, { capture: true });
  });
  const opens = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${base}#/p/bench-bp/blueprint`);
    await page.reload();
    await page.waitForFunction(() => window.__bench && window.__bench.drawn !== null, null, { timeout: 60_000 }).catch(async (e) => {
      console.error('not drawn:', await page.evaluate(() => [typeof window.__bench, document.querySelectorAll('.bp-card').length, location.href]));
      throw e;
    });
    opens.push(await page.evaluate(() => window.__bench.drawn));
  }
  const count = await page.locator('.bp-card').count();
  const take = async () => page.evaluate(() => { const b = window.__bench; const r = { script: b.script, frame: b.frame }; b.script = []; b.frame = []; return r; });
  const on = (value) => page.evaluate((v) => { window.__bench.on = v; }, value);

  const box = await page.locator('.bp-scroller').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await on(true);
  for (let i = 0; i < RUNS; i++) await page.mouse.wheel(i % 10 < 5 ? 400 : -150, i % 3 === 0 ? 120 : 0);
  await on(false);
  const scroll = await take();

  // Move a card step by step to the right with Alt+→.
  await page.locator('.bp-card').first().click();
  await on(true);
  const move = { frame: [] };
  for (let i = 0; i < MOVES; i++) {
    await take();
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForFunction(() => window.__bench.frame.length > 0);
    move.frame.push(...(await take()).frame);
  }
  await on(false);

  // Edit through the panel: type new text into the selected card's text field and leave it (the
  // change event commits the edit).
  const edits = [];
  for (let i = 0; i < MOVES; i++) {
    await page.locator('#bp-card-text').fill(`卡片文字 ${i} edited`);
    await take();
    await on(true);
    await page.locator('#bp-card-text').press('Tab');
    await page.waitForFunction(() => window.__bench.frame.length > 0);
    await on(false);
    edits.push(...(await take()).frame);
  }
  if (!(await page.locator('.bp-card', { hasText: `卡片文字 ${MOVES - 1} edited` }).count())) throw new Error('the edited card is not drawn');

  console.log(`Service blueprint: ${STEPS} steps × ${LANES.length} lanes, ${data.project.blueprint.cards.length} cards (${count} drawn), ${data.project.blueprint.connectors.length} connectors, Chromium ${browser.version()}, viewport 1400×900 (ms):`);
  console.log(`  open: navigation → cards drawn        ${stats(opens)}`);
  console.log(`  scroll: input handled (script+layout)  ${stats(scroll.script)}`);
  console.log(`  scroll: input → next frame            ${stats(scroll.frame)}`);
  console.log(`  move a card (Alt+→): key → next frame ${stats(move.frame)}`);
  console.log(`  edit card text in the panel: change → next frame ${stats(edits)}`);
} finally {
  await browser.close();
  server.stop();
}
