import { chromium } from '@playwright/test';
const STEPS = 100;
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


const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:8182/nested/app/');
await page.evaluate((t) => { localStorage.clear(); localStorage.setItem('pw1:project:bench-bp', t); }, JSON.stringify(project()));
await page.goto('http://127.0.0.1:8182/nested/app/#/p/bench-bp/blueprint');
await page.reload();
await page.waitForTimeout(2000);
console.log((await page.locator('main').innerText()).slice(0, 300));
console.log(await page.locator('.bp-card').count());
await browser.close();
