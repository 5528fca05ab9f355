import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const hostile = JSON.parse(readFileSync('tests/fixtures/hostile.json', 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto('http://127.0.0.1:8182/nested/app/');
await page.getByLabel('New project name').fill('Org test');
await page.getByRole('button', { name: 'Create project' }).click();
await page.getByRole('tab', { name: 'Org chart' }).click();
await page.locator('.org-viewport').focus();
await page.keyboard.press('Enter');
await page.keyboard.insertText(hostile[0]);
await page.keyboard.press('Enter');
for (const text of hostile.slice(1)) {
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  console.log(await page.locator('.org-box').count(), await page.evaluate(() => document.activeElement.className));
}
await page.screenshot({ path: '/tmp/h1.png' });
await page.getByRole('button', { name: 'Templates…' }).click();
await page.getByLabel('Course sample: customer-service department').check();
await page.getByRole('button', { name: 'Replace the chart' }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/h2.png' });
await browser.close();
