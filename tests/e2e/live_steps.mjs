// Steps the live-session journeys share: two devices, starting and joining a session, SWOT
// edits, and the project file each device exports.
import { readFileSync } from 'node:fs';
import { expect } from './fixtures.mjs';
import { startLiveServer } from '../live/servers.mjs';

export const quadrant = (page, letter) => page.locator(`.quadrant[data-quadrant="${letter}"]`);
export const items = (page, letter) => quadrant(page, letter).locator('.swot-item .item-text');

export async function addItem(page, letter, text) {
  await quadrant(page, letter).locator('.add-item').fill(text);
  await quadrant(page, letter).locator('.add-item').press('Enter');
}

/** A second device: its own browser context, failing the test on any page error. */
export async function secondDevice(browser, problems) {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`B page error: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`B console error: ${msg.text()}`));
  return { context, page };
}

/** Runs `journey(server, b)` against the launcher on loopback with a second device, stopping
 * both whatever happens; then fails on any page error B had. */
export async function withTwoDevices(browser, journey) {
  const server = await startLiveServer();
  const problems = [];
  const b = await secondDevice(browser, problems);
  try {
    await journey(server, b);
  } finally {
    await b.context.close();
    await server.stop();
  }
  expect(problems).toEqual([]);
}

export async function startSession(page, server, name) {
  await page.getByRole('button', { name: 'Live session' }).click();
  await page.locator('.live-name').fill(name);
  await page.locator('.live-server').fill(server);
  await page.getByRole('button', { name: 'Start live session' }).click();
  await expect(page.locator('.live-indicator')).toHaveText('Connected');
}

export async function invitation(page) {
  await page.getByRole('button', { name: /^Live session/ }).click();
  const link = await page.locator('.live-link').inputValue();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  return link;
}

export async function join(page, link, name) {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Join a live session' })).toBeVisible();
  await page.locator('.live-name').fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.locator('.live-indicator')).toHaveText('Connected');
}

/** The project file as "Export JSON" writes it, without what is this device's own. */
export async function exported(page) {
  await page.locator('.file-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export project (.json)' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  await page.keyboard.press('Escape');
  delete file.saved_at;
  delete file.project.id;
  return file;
}


/** Edits a SWOT item's text in place. */
export async function editItem(page, letter, from, to) {
  await quadrant(page, letter).locator('.swot-item', { hasText: from }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-edit')).toHaveValue(from);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(to);
  await page.keyboard.press('Enter');
}

export async function deleteItem(page, letter, text) {
  await quadrant(page, letter).locator('.swot-item', { hasText: text }).focus();
  await page.keyboard.press('Delete');
}

/** The indicator on the live-session button. */
export const indicator = (page) => page.locator('.live-indicator');
