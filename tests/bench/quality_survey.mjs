// Benchmark (not a test): importing a survey of 10,000 respondents × 22 statements (44 score
// columns) into the service-quality canvas, in headless Chromium against the release build.
// Run: bash scripts/build.sh && node tests/bench/quality_survey.mjs
// Prints median, p95 and max of: file chosen → preview dialog painted (reading and checking the
// CSV), and Import clicked → the imported survey painted (change → paint; budget ≤ 200 ms).
import { launch, percentiles as stats, serve } from './harness.mjs';

const PORT = 8287;
const RESPONDENTS = 10_000;
const STATEMENTS = 22;
const RUNS = 7;

/** A deterministic survey: every cell a score 1–7, a few left empty. */
function survey() {
  const header = ['respondent'];
  for (let k = 1; k <= STATEMENTS; k++) header.push(`E${k}`, `P${k}`);
  const lines = [header.join(',')];
  let seed = 7;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  for (let r = 0; r < RESPONDENTS; r++) {
    const row = [`r${r + 1}`];
    for (let k = 0; k < STATEMENTS; k++) {
      row.push(String(5 + (next() % 3)), next() % 50 === 0 ? '' : String(2 + (next() % 6)));
    }
    lines.push(row.join(','));
  }
  return lines.join('\n');
}

const server = await serve(PORT);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(server.base);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('tab', { name: 'Service quality' }).click();
  await page.getByRole('button', { name: 'Questionnaire' }).click();
  const csv = Buffer.from(survey());
  // Paint times: the next frame after the watched element appears, measured from `mark`.
  const watch = (selector, text) => page.evaluate(([selector, text]) => new Promise((resolve) => {
    const from = window.__mark;
    const done = () => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now() - from); c.port2.postMessage(0); });
    const seen = () => { const el = document.querySelector(selector); return el && (!text || el.textContent.includes(text)); };
    if (seen()) return done();
    new MutationObserver((_, o) => { if (seen()) { o.disconnect(); done(); } }).observe(document, { childList: true, subtree: true, characterData: true });
  }), [selector, text]);
  await page.evaluate(() => {
    for (const type of ['change', 'click']) addEventListener(type, () => { window.__mark = performance.now(); }, { capture: true });
  });
  const previews = [];
  const imports = [];
  for (let i = 0; i < RUNS; i++) {
    const shown = watch('.survey-dialog .survey-count');
    await page.locator('.questionnaire-tools input[type=file]').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: csv });
    previews.push(await shown);
    const painted = page.evaluate(() => new Promise((resolve) => {
      const button = document.querySelector('.survey-dialog .button.primary');
      const from = performance.now();
      new MutationObserver((_, o) => {
        if (!document.querySelector('.survey-dialog') && document.querySelector('.survey-status')?.textContent.includes('10000')) {
          o.disconnect();
          requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now() - from); c.port2.postMessage(0); });
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
      button.click();
    }));
    imports.push(await painted);
  }
  const status = await page.locator('.survey-status').textContent();
  console.log(`Service quality: a survey of ${RESPONDENTS.toLocaleString('en')} respondents × ${STATEMENTS} statements (${(csv.length / 1e6).toFixed(1)} MB CSV), Chromium ${browser.version()} (ms):`);
  console.log(`  file chosen → preview painted         ${stats(previews)}`);
  console.log(`  Import → imported survey painted      ${stats(imports)}   (${status.trim()})`);
} finally {
  await browser.close();
  server.stop();
}
