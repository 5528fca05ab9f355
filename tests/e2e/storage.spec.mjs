// Storage that does not lose work: a full quota, damaged and newer stored projects, a second
// tab editing the same project.
import { test, expect, openFresh, createProject, renameTo, expectSaved, fillStorage } from './fixtures.mjs';

test('storage full: a red banner stays, editing goes on, export works, the next save clears it', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Quota test');
  await expectSaved(page);
  const fillers = await fillStorage(page);
  await renameTo(page, 'Renamed while storage is full, '.repeat(5).trim());
  await expect(page.locator('.save-status')).toHaveText('Not saved');
  await expect(page.locator('.banner.error')).toContainText('Not saved: storage is full — export your project');
  await expect(page.getByRole('alert')).toContainText('storage is full');
  await renameTo(page, 'Still editing');
  await expect(page.locator('.project-name')).toHaveValue('Still editing');
  await expect(page.locator('.save-status')).toHaveAttribute('title', /storage is full/);

  const download = page.waitForEvent('download');
  await page.getByRole('alert').getByRole('button', { name: 'Export project (.json)' }).click();
  expect((await download).suggestedFilename()).toBe('Still editing.json');

  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), fillers);
  await page.getByRole('button', { name: 'Retry saving' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('Still editing');
});

test('a damaged stored project is listed as damaged, its data kept, and the app still works', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Healthy');
  await expectSaved(page);
  await page.evaluate(() => {
    localStorage.setItem('pw1:project:broken-1', '{"format": "planning-workbench", "schema_version": 1, "proj');
    localStorage.setItem('pw1:project:future-1',
      JSON.stringify({ format: 'planning-workbench', schema_version: 7, saved_at: 0, project: {} }));
  });
  await page.goto('./#/');
  await page.reload();
  await expect(page.locator('.project-row:not(.damaged) .project-title')).toHaveText(['Healthy']);
  const damaged = page.locator('.project-row.damaged');
  await expect(damaged).toHaveCount(2);
  await expect(damaged.filter({ hasText: 'broken-1' })).toContainText('not valid JSON');
  await expect(damaged.filter({ hasText: 'future-1' })).toContainText('schema 7); this version reads up to schema 5');

  const download = page.waitForEvent('download');
  await damaged.filter({ hasText: 'broken-1' }).getByRole('button', { name: 'Download raw data' }).click();
  expect((await download).suggestedFilename()).toBe('broken-1-raw.json');
  expect(await page.evaluate(() => localStorage.getItem('pw1:project:broken-1')))
    .toBe('{"format": "planning-workbench", "schema_version": 1, "proj');

  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await renameTo(page, 'Healthy and edited');
  await expectSaved(page);
  expect(await page.evaluate(() => localStorage.getItem('pw1:project:broken-1')))
    .toBe('{"format": "planning-workbench", "schema_version": 1, "proj');
});

test('opening a project whose stored shape is wrong explains why and offers the raw data', async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => localStorage.setItem('pw1:project:odd-1',
    JSON.stringify({ format: 'planning-workbench', schema_version: 1, saved_at: 0,
      project: { id: 'odd-1', name: 42, created: 0, updated: 0 } })));
  await page.goto('./#/p/odd-1/swot');
  await expect(page.getByRole('heading', { name: 'Could not open the project' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The project data is wrong at name: it has the wrong type: text expected.');
  await expect(page.getByRole('button', { name: 'Download raw data' })).toBeVisible();
});

test('a second tab: a clean tab follows the other tab, a tab with unsaved edits never overwrites it', async ({ page, context }) => {
  await openFresh(page);
  await createProject(page, 'Shared');
  await expectSaved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator('.project-name')).toHaveValue('Shared');

  // The other tab saves; this tab has nothing unsaved, so it shows the new version.
  await renameTo(other, 'Renamed in the other tab');
  await expectSaved(other);
  await expect(page.locator('.project-name')).toHaveValue('Renamed in the other tab');
  await expect(page.locator('.toast')).toContainText('Loaded the changes made in another tab');

  // Both edit before either saves: the first save wins, the second tab stops and asks.
  await renameTo(page, 'First writer');
  await renameTo(other, 'Second writer');
  await expect(other.getByRole('alert')).toContainText('another tab saved a newer version');
  // Said once, in the banner; the bar only says "Not saved".
  await expect(other.getByText('another tab saved a newer version')).toHaveCount(1);
  await expect(other.locator('.save-status')).toHaveText('Not saved');
  await expect(page.locator('.save-status')).toHaveText(/Saved/);
  const stored = () => page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('pw1:index'));
    const id = Object.keys(index.projects)[0];
    return JSON.parse(localStorage.getItem(`pw1:project:${id}`)).project.name;
  });
  expect(await stored()).toBe('First writer');

  await other.getByRole('button', { name: "Save this tab's version as a new project" }).click();
  await expect(other.locator('.project-name')).toHaveValue('Second writer (copy)');
  await expectSaved(other);
  expect(await stored()).toBe('First writer');
  await other.close();
});
