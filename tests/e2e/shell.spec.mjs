// The workbench shell as a user meets it: first visit, create, rename, reload, undo/redo,
// language switch, the project list's actions.
import { test, expect, openFresh, createProject, renameTo, expectSaved } from './fixtures.mjs';

test('a first visit explains the four canvases and offers to create a project', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  for (const canvas of ['SWOT', 'Five forces', 'Org chart', 'Service blueprint']) {
    await expect(page.locator('.canvas-intro')).toContainText(canvas);
  }
  await expect(page.getByRole('button', { name: 'Create project' })).toBeVisible();
});

test('create, rename, reload: the project and its name are still there', async ({ page }) => {
  await openFresh(page);
  await createProject(page, '客服部 2027 规划');
  await expect(page).toHaveURL(/#\/p\/[a-z0-9-]+\/swot$/);
  await renameTo(page, '客服部规划 <script>alert(1)</script> "&\'');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('客服部规划 <script>alert(1)</script> "&\'');
  await page.getByRole('button', { name: '← Projects' }).click();
  await expect(page.locator('.project-title')).toHaveText(['客服部规划 <script>alert(1)</script> "&\'']);
  await expect(page.locator('.project-meta').first()).toContainText(/Saved \d{4}-\d\d-\d\d \d\d:\d\d/);
});

test('undo and redo by keyboard and buttons; tab changes are not undo steps', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'v0');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();
  await renameTo(page, 'v1');
  await renameTo(page, 'v2');
  await page.getByRole('tab', { name: 'Org chart' }).click();
  await expect(page.getByRole('tab', { name: 'Org chart' })).toHaveAttribute('aria-selected', 'true');
  await page.locator('main').click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.project-name')).toHaveValue('v1');
  await expect(page.getByRole('tab', { name: 'Org chart' })).toHaveAttribute('aria-selected', 'true');
  await undo.click();
  await expect(page.locator('.project-name')).toHaveValue('v0');
  await expect(undo).toBeDisabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.project-name')).toHaveValue('v1');
  await page.keyboard.press('Control+y');
  await expect(page.locator('.project-name')).toHaveValue('v2');
  await expect(redo).toBeDisabled();
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('v2');
});

test('an invalid name is explained and never saved', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Keep me');
  await renameTo(page, '   ');
  await expect(page.getByRole('alert')).toHaveText('The name cannot be empty.');
  await renameTo(page, 'x'.repeat(10_000));
  await expect(page.getByRole('alert')).toContainText('at most 200 characters');
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('Keep me');
});

test('the language switch changes every label and is remembered', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '还没有项目' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await createProject(page, '项目甲');
  await expect(page.getByRole('tab', { name: '五力分析' })).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('tab', { name: '组织结构图' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Org chart' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a Chinese browser gets the Chinese UI by default', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: '策划工作台' })).toBeVisible();
  await context.close();
});

test('duplicate, rename in the list, delete with undo from the toast and restore from the trash', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Alpha');
  await page.getByRole('button', { name: '← Projects' }).click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Alpha (copy)', 'Alpha']);

  await page.getByRole('button', { name: 'Rename' }).first().click();
  const field = page.getByLabel('Project name', { exact: true });
  await field.fill('Beta');
  await field.press('Enter');
  await expect(page.locator('.project-title')).toHaveText(['Beta', 'Alpha']);

  await page.getByRole('button', { name: 'Delete' }).first().click();
  await expect(page.getByRole('dialog')).toContainText('“Beta” will be deleted');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Alpha']);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Beta', 'Alpha']);

  await page.getByRole('button', { name: 'Delete' }).last().click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete' }).last().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Beta']);
  await page.locator('.trash').getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Beta', 'Alpha']);
  await expect(page.locator('.trash')).toHaveCount(0);
});

test('an edit is kept when the page is left right after it', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Before');
  await renameTo(page, 'After, left at once');
  await page.goto('about:blank');
  await page.goBack();
  await expect(page.locator('.project-name')).toHaveValue('After, left at once');
});

test('the keyboard alone reaches the tabs and moves between them', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Keys');
  await page.getByRole('tab', { name: 'SWOT' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Five forces' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Five forces' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'SWOT' })).toHaveAttribute('aria-selected', 'true');
});
