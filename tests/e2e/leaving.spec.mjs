// Leaving a project whose edits could not be stored: "← Projects" asks, the list says which
// project holds edits only this tab has, reopening brings them back and saves them once there
// is room; the browser's own prompt guards a reload meanwhile. The list says plainly when
// storage is full.
import { test as base } from '@playwright/test';
import { test, expect, openFresh, createProject, expectSaved, fillStorage } from './fixtures.mjs';

const strengths = (page) => page.locator('.quadrant[data-quadrant="S"]');

async function addStrength(page, text) {
  const field = strengths(page).locator('.add-item');
  await field.fill(text);
  await field.press('Enter');
  await expect(strengths(page).locator('.item-text', { hasText: text })).toBeVisible();
}

test('unsaved edits: leaving asks, the list marks them, reopening restores and saves them', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Full disk');
  await expectSaved(page);
  const fillers = await fillStorage(page);
  await addStrength(page, 'Added while the disk was full');
  await expect(page.locator('.save-status')).toHaveText('Not saved');

  await page.getByRole('button', { name: '← Projects' }).click();
  const dialog = page.getByRole('dialog', { name: 'Changes not saved' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(strengths(page).locator('.item-text')).toHaveText(['Added while the disk was full']);

  await page.getByRole('button', { name: '← Projects' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave anyway' }).click();
  await expect(page.locator('.project-page')).toBeVisible();
  const row = page.locator('.project-row', { hasText: 'Full disk' });
  await expect(row.locator('.unsaved')).toHaveText('Unsaved changes (this tab only)');
  await expect(page.locator('.storage-use')).toHaveText(/^The browser's local storage is full \(this site uses \d+(\.\d)? MB\)/);

  // Room again: reopening in this tab brings the edit back and stores it.
  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), fillers);
  await row.getByRole('button', { name: 'Open' }).click();
  await expect(strengths(page).locator('.item-text')).toHaveText(['Added while the disk was full']);
  await expectSaved(page);
  await page.reload();
  await expect(strengths(page).locator('.item-text')).toHaveText(['Added while the disk was full']);
  await page.getByRole('button', { name: '← Projects' }).click();
  await expect(page.locator('.project-row', { hasText: 'Full disk' }).locator('.unsaved')).toHaveCount(0);
  await expect(page.locator('.storage-use')).toHaveText(/^This site uses .* of about 10\.5 MB of the browser's local storage$/);
});

base('a reload with unsaved edits is guarded by the browser prompt', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Guarded');
  await fillStorage(page);
  await addStrength(page, 'Not stored');
  await expect(page.locator('.save-status')).toHaveText('Not saved');
  const asked = page.waitForEvent('dialog');
  // Staying cancels the reload, so it never finishes: only its failure is awaited.
  const reload = page.reload({ timeout: 3000 }).catch(() => {});
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  // Staying keeps the edit on screen.
  await expect(strengths(page).locator('.item-text')).toHaveText(['Not stored']);
  await reload;
  await expect(strengths(page).locator('.item-text')).toHaveText(['Not stored']);
});

test('the top bar keeps one row and one height at 1280 px in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'zh-CN']) {
    await openFresh(page, lang);
    await page.getByRole('button', { name: /Open the sample project|打开示例项目/ }).click();
    const bar = page.locator('.top-bar');
    await expect(bar).toBeVisible();
    const height = async () => (await bar.boundingBox()).height;
    const tops = async () => bar.evaluate((b) => [...b.querySelectorAll(':scope > *, .bar-tools > *')]
      .filter((el) => el.getBoundingClientRect().width > 0 && !el.classList.contains('bar-tools'))
      .map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)));
    const start = await height();
    expect(start, `${lang}: one row`).toBeLessThan(64);
    const middles = await tops();
    expect(Math.max(...middles) - Math.min(...middles), `${lang}: every control on one line`).toBeLessThan(12);

    // A name error floats under the field; the bar does not grow, and a click next to it lands.
    const name = page.locator('.project-name');
    await name.fill('n'.repeat(201));
    await name.press('Enter');
    await expect(page.locator('.name-field .field-error')).toBeVisible();
    expect(await height()).toBe(start);
    await name.press('Escape');
    expect(await height()).toBe(start);
  }
});

test('the File menu closes on an outside click and on Escape, giving focus back to its button', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Menus');
  const menu = page.locator('details.file-menu');
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open', '');
  await page.locator('.canvas-area').click({ position: { x: 5, y: 5 } });
  await expect(menu).not.toHaveAttribute('open', '');
  await menu.locator('summary').click();
  await expect(menu.getByRole('button', { name: 'Export project (.json)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(menu.locator('summary')).toBeFocused();
});
