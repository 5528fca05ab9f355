// Shared e2e fixture: every test fails on a console error, an uncaught page error, a CSP
// violation or a browser dialog (alert/confirm) — none of them should ever happen.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('dialog', async (dialog) => {
      problems.push(`unexpected dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    expect(problems, 'the page logged no errors, CSP violations or dialogs').toEqual([]);
  },
});

export { expect };

/** Opens the app with empty storage in English, or in `lang` if given. */
export async function openFresh(page, lang) {
  await page.goto('./');
  await page.evaluate((lang) => {
    localStorage.clear();
    if (lang) localStorage.setItem('pw1:prefs', JSON.stringify({ lang }));
  }, lang ?? null);
  await page.reload();
  await expect(page.locator('.project-page')).toBeVisible();
}

/** Creates a project from the list page and waits for the editor. */
export async function createProject(page, name) {
  await page.getByLabel(/New project name|新项目名称/).fill(name);
  await page.getByRole('button', { name: /Create project|新建项目/ }).click();
  await expect(page.locator('.project-name')).toHaveValue(name);
}

/** Renames the open project through the name field and waits until it is saved. */
export async function renameTo(page, name) {
  const field = page.locator('.project-name');
  await field.fill(name);
  await field.press('Enter');
}

export async function expectSaved(page) {
  await expect(page.locator('.save-status')).toHaveText(/^(Saved|已保存) \d\d:\d\d$/);
}

/** Fills localStorage until the browser refuses; returns the filler keys. */
export async function fillStorage(page) {
  return page.evaluate(() => {
    const keys = [];
    let chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; chunk.length > 8; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
        keys.push(`filler-${i}`);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    return keys;
  });
}
