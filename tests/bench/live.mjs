// Live sessions on loopback, in headless Chromium against the real launcher (Hocuspocus +
// SQLite): edit on A → painted on B with 2 and with 10 devices in the room, joining a room that
// holds a 1 MB project, and resync after a server restart. Run after a release build:
// `node tests/bench/live.mjs`. Figures are printed, never asserted.
import { serve, launch, percentiles } from './harness.mjs';
import { bigProject } from './big_project.mjs';
import { startLiveServer } from '../live/servers.mjs';

const app = await serve(8196);
const browser = await launch();
let server = await startLiveServer();

async function device(name) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  return { name, context, page };
}

async function start(page, project) {
  await page.goto(app.base);
  await page.evaluate((project) => {
    localStorage.clear();
    if (project) localStorage.setItem('pw1:project:big-1', project);
  }, project ?? null);
  await page.reload();
  if (project) {
    await page.goto(`${app.base}#/p/big-1/swot`);
  } else {
    await page.getByLabel('New project name').fill('Bench');
    await page.getByRole('button', { name: 'Create project' }).click();
  }
  await page.locator('.project-name').waitFor();
  await page.getByRole('button', { name: 'Live session' }).click();
  await page.locator('.live-name').fill('A');
  await page.locator('.live-server').fill(server.url);
  await page.getByRole('button', { name: 'Start live session' }).click();
  await page.locator('.live-indicator', { hasText: 'Connected' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /^Live session/ }).click();
  const link = await page.locator('.live-link').inputValue();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  return link;
}

async function join(page, link, name) {
  await page.goto(link);
  await page.locator('.live-name').fill(name);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.locator('.live-indicator', { hasText: 'Connected' }).waitFor({ timeout: 60_000 });
  await page.locator('.project-name').waitFor();
  await page.locator('.swot-item').first().waitFor({ timeout: 60_000 }).catch(() => {});
  return Date.now() - t0;
}

/** A types `text` into Strengths and presses Enter; B's page reports when it painted it. */
async function editToPaint(a, b, text) {
  await b.page.evaluate((text) => {
    window.__painted = new Promise((resolve) => {
      const seen = () => [...document.querySelectorAll('.quadrant[data-quadrant="S"] .item-text')].some((e) => e.textContent === text);
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, text);
  const field = a.page.locator('.quadrant[data-quadrant="S"] .add-item');
  await field.fill(text);
  await a.page.evaluate(() => {
    document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__sent = performance.timeOrigin + performance.now(); }, { capture: true, once: true });
  });
  await field.press('Enter');
  const painted = await b.page.evaluate(() => window.__painted);
  const sent = await a.page.evaluate(() => window.__sent);
  return painted - sent;
}

async function latency(count, edits) {
  const a = await device('A');
  const link = await start(a.page);
  const others = [];
  for (let i = 1; i < count; i++) {
    const d = await device(`P${i}`);
    await join(d.page, link, d.name);
    others.push(d);
  }
  const b = others[others.length - 1];
  await b.page.bringToFront();
  const times = [];
  for (let i = 0; i < edits; i++) times.push(await editToPaint(a, b, `edit ${count}-${i}`));
  console.log(`edit on A → painted on B, ${count} devices in the room: ${percentiles(times)} ms`);
  for (const d of [a, ...others]) await d.context.close();
}

await latency(2, 40);
await latency(10, 30);

// Joining a room that holds a 1 MB project.
{
  const a = await device('A');
  const t0 = Date.now();
  const link = await start(a.page, bigProject());
  console.log(`starting a session on a 1 MB project (open, seed, connected): ${Date.now() - t0} ms`);
  const joins = [];
  for (let i = 0; i < 3; i++) {
    const b = await device(`B${i}`);
    joins.push(await join(b.page, link, `B${i}`));
    await b.context.close();
  }
  console.log(`joining a room with a 1 MB project (Join → connected, project shown): ${joins.join(', ')} ms`);
  await a.context.close();
}

// Resync after a server restart.
{
  const a = await device('A');
  const link = await start(a.page);
  const b = await device('B');
  await join(b.page, link, 'B');
  const times = [];
  for (let round = 0; round < 5; round++) {
    await server.stop();
    await a.page.locator('.live-indicator', { hasText: 'Offline' }).waitFor();
    const text = `while down ${round}`;
    await a.page.locator('.quadrant[data-quadrant="S"] .add-item').fill(text);
    await a.page.locator('.quadrant[data-quadrant="S"] .add-item').press('Enter');
    server = await startLiveServer({ port: server.port, db: server.db });
    const back = Date.now();
    await b.page.locator('.quadrant[data-quadrant="S"] .item-text', { hasText: text }).waitFor({ timeout: 30_000 });
    times.push(Date.now() - back);
  }
  console.log(`server back → B shows A's edit made while it was down: ${percentiles(times)} ms`);
  await a.context.close();
  await b.context.close();
}

await browser.close();
await server.stop();
app.stop();
