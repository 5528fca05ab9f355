// Workshop use: the app keeps working with the network off after one visit (service worker),
// the keyboard shortcut list opens with "?", and a project travels in a share link.
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

test('after one visit the app loads, edits and saves with the network off', async ({ page, context }) => {
  await openFresh(page);
  // The worker has cached this release and controls the page.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active !== null && navigator.serviceWorker.controller !== null;
  });
  await createProject(page, 'Offline workshop');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('Offline workshop');
  const field = page.locator('.quadrant[data-quadrant="S"] .add-item');
  await field.fill('Written with the network off');
  await field.press('Enter');
  await expectSaved(page);
  await page.goto('./');
  await expect(page.locator('.project-title')).toHaveText(['Offline workshop']);
  await page.reload();
  await page.locator('.project-row', { hasText: 'Offline workshop' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.quadrant[data-quadrant="S"] .item-text')).toHaveText(['Written with the network off']);
  await context.setOffline(false);
});

test('"?" lists every canvas\'s keyboard shortcuts in the UI language; Escape closes it', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
  // The page's key listener starts right after the list first shows: press again until it has.
  await expect(async () => {
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible({ timeout: 500 });
  }).toPass();
  await expect(dialog.locator('dt')).toHaveText(['任何页面', 'SWOT 分析', '五力分析', '组织结构图', '服务蓝图', '服务质量']);
  await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Typing "?" into a field types it.
  await page.getByLabel('新项目名称').fill('');
  await page.getByLabel('新项目名称').press('?');
  await expect(page.getByLabel('新项目名称')).toHaveValue('?');
  await expect(dialog).toHaveCount(0);
});

test('a share link carries the project: preview, import on confirmation, the link leaves the address bar', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openFresh(page);
  await createProject(page, 'Shared <b>"plan"</b> 分享');
  const field = page.locator('.quadrant[data-quadrant="S"] .add-item');
  await field.fill('A strength worth sharing');
  await field.press('Enter');
  await page.locator('.file-menu summary').click();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.locator('.toast', { hasText: 'Share link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/nested\/app\/#share=1\./);

  // Someone else opens it (fresh storage): a preview, nothing imported until confirmed.
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await expect(page.locator('.share-name')).toHaveText('Shared <b>"plan"</b> 分享');
  await expect(page.locator('.share-contents')).toContainText('SWOT: 1 item, 0 strategies');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw1:project:')).length)).toBe(0);
  await page.getByRole('button', { name: 'Import as a new project' }).click();
  await expect(page.locator('.project-name')).toHaveValue('Shared <b>"plan"</b> 分享');
  await expect(page.locator('.quadrant[data-quadrant="S"] .item-text')).toHaveText(['A strength worth sharing']);
  expect(page.url()).not.toContain('share=');
  await page.goBack();
  expect(page.url()).not.toContain('share=');
});

test('a damaged or hostile share link shows an error and imports nothing', async ({ page }) => {
  await openFresh(page);
  const cases = [
    ['1.%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'The link is damaged'],
    ['1.AAAA', 'The link is damaged'],
    ['2.abc', 'The link is damaged'],
    ['1.' + 'A'.repeat(200_000), 'The link is damaged'],
    // Valid deflate of JSON that is not a project.
    ['1.q1ZKVLIyrAUA', 'not a Planning Workbench project'],
  ];
  for (const [payload, message] of cases) {
    await page.goto(`./#share=${payload}`);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('button', { name: 'Import as a new project' })).toHaveCount(0);
  }
  await page.getByRole('button', { name: '← Projects' }).click();
  await expect(page.locator('.project-page')).toBeVisible();
  expect(page.url()).not.toContain('share=');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pw1:project:')).length)).toBe(0);
});

test('dark mode follows the system unless chosen by hand, is remembered, and exports stay light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openFresh(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(21, 24, 29)');
  await page.getByLabel('Appearance').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(246, 247, 249)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Appearance').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(21, 24, 29)');
  await createProject(page, 'Dark room');
  await page.locator('.export-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const { readFileSync } = await import('node:fs');
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toMatch(/<rect[^>]*fill="#(fff|ffffff)"/i);
  // In the editor the switch sits in the File menu.
  await page.locator('.file-menu summary').click();
  await page.locator('.file-menu').getByLabel('Appearance').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the workshop timer counts down by the clock, survives a reload, and says when time is up', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T09:00:00Z') });
  await openFresh(page);
  await createProject(page, 'Timed workshop');
  const face = page.locator('.timer-face');
  await face.click();
  await page.locator('.timer-minutes').fill('2');
  await page.locator('.timer-minutes').press('Enter');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(face).toHaveText('02:00');
  await page.clock.fastForward('00:30');
  await expect(face).toHaveText('01:30');
  await page.reload();
  await expect(page.locator('.timer-face')).toHaveText('01:30');
  await page.locator('.timer-face').click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.fastForward('05:00');
  await expect(page.locator('.timer-face')).toHaveText('01:30');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('01:31');
  await expect(page.locator('.timer-face')).toHaveText("Time's up");
  await expect(page.locator('.timer-face')).toHaveClass(/up/);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('.timer-face')).toHaveText('02:00');
});

test('presentation mode shows one canvas without editing chrome and steps through canvases by keyboard', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: /Open the sample project/ }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.editor.presenting')).toBeVisible();
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.locator('.present-bar')).toContainText('SWOT');
  await expect(page.locator('.add-item').first()).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-bar strong')).toHaveText('Five forces');
  await expect(page).toHaveURL(/\/five-forces$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-bar strong')).toHaveText('Org chart');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-bar strong')).toHaveText('Service blueprint');
  await expect(page.locator('.bp-side')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-bar strong')).toHaveText('Service quality');
  await expect(page.locator('.score-table')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-bar strong')).toHaveText('SWOT');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.present-bar strong')).toHaveText('Service quality');
  await page.keyboard.press('Escape');
  await expect(page.locator('.editor.presenting')).toHaveCount(0);
  await expect(page.locator('.top-bar')).toBeVisible();
});

test('printing the whole project puts every canvas on its own page, scaled, plus the job descriptions', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  await page.getByRole('button', { name: '打开示例项目' }).click();
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.locator('.file-menu summary').click();
  await page.getByRole('button', { name: '打印整个项目' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  // SWOT board and TOWS, the five forces and the assessment, the org chart, the blueprint, the
  // service-quality sheet; then the 11 job descriptions and the blank questionnaire.
  await expect(page.locator('.print-page')).toHaveCount(7);
  await expect(page.locator('.print-page img').first()).toHaveAttribute('alt', 'SWOT 分析');
  await expect(page.locator('.print-page img').last()).toHaveAttribute('alt', '服务质量');
  await expect(page.locator('.print-jd')).toHaveCount(12);
  await expect(page.locator('.print-form .form-table tbody tr:not(.form-dimension)')).toHaveCount(22);
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.locator('.quadrant').first()).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const img of await page.locator('.print-page img').all()) {
    await expect(img).toHaveJSProperty('complete', true);
    const natural = await img.evaluate((el) => el.naturalWidth);
    expect(natural).toBeGreaterThan(0);
    const box = await img.boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
  }
  // The blueprint is wider than tall: a landscape page.
  await expect(page.locator('.print-page.wide')).not.toHaveCount(0);
});

test('a dot-voting round: turns on one screen, a vote code from another device, hidden until revealed, kept with its date', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: /Open the sample project/ }).click();
  await page.getByRole('button', { name: 'Dot voting' }).click();
  await page.locator('.vote-dots').fill('2');
  await page.locator('.vote-participants').fill('3');
  await page.getByRole('button', { name: 'Start a round' }).click();
  await expect(page.locator('.dots-left')).toHaveText('2 of 2 dots left');

  // Participant 1 puts both dots on a weakness.
  const weakness = page.locator('.quadrant[data-quadrant="W"] .swot-item').first();
  await weakness.locator('.dot-add').click();
  await weakness.locator('.dot-add').click();
  await expect(weakness.locator('.dot-add')).toHaveText('● 2');
  await expect(page.locator('.dots-left')).toHaveText('0 of 2 dots left');
  await expect(weakness.locator('.dot-add')).toBeDisabled();
  // Their vote code, as if sent from their own device.
  await page.getByRole('button', { name: 'My vote code' }).click();
  const code = await page.locator('.vote-code').textContent();
  expect(code).toMatch(/^V[0-9a-z]+-[0-9a-z.]+$/);

  // Participant 2 votes for a five-forces factor; participant 1's dots are hidden from them.
  await page.getByRole('button', { name: 'Next participant' }).click();
  await expect(weakness.locator('.dot-add')).toHaveText('● 0');
  await expect(page.locator('.dot-total')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Five forces' }).click();
  const factor = page.locator('.factor').first();
  await factor.locator('.dot-add').click();
  await expect(factor.locator('.dot-add')).toHaveText('● 1');
  // … and a blueprint fail point, from its card's panel.
  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  await page.locator('.register tbody tr', { hasText: 'Fail point' }).first().getByRole('button').click();
  await page.locator('.bp-panel .dot-add').click();
  await expect(page.locator('.bp-panel .dot-add')).toHaveText('● 1');
  await expect(page.locator('.dots-left')).toHaveText('0 of 2 dots left');
  await page.getByRole('tab', { name: 'Five forces' }).click();

  // Participant 3's ballot arrives as a code (the same as participant 1's, for the test).
  await page.locator('.vote-paste').fill(code);
  await page.getByRole('button', { name: 'Add code' }).click();
  await expect(page.locator('.command-error')).toHaveCount(0);
  // A code for the wrong round is refused beside the field, which keeps it for correcting.
  await page.locator('.vote-paste').fill('Vzz-1');
  await page.getByRole('button', { name: 'Add code' }).click();
  await expect(page.locator('.voting-bar .field-error')).toBeVisible();
  await expect(page.locator('.vote-paste')).toHaveValue('Vzz-1');
  await expect(page.locator('.vote-paste')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.locator('.vote-results li').first()).toContainText('● 4');
  await expect(page.locator('.vote-results li')).toHaveCount(3);
  await expect(factor.locator('.dot-total')).toHaveText('1 total');
  await page.getByRole('button', { name: 'End round' }).click();
  await expectSaved(page);
  await page.reload();
  await page.locator('.vote-history summary').click();
  await expect(page.locator('.vote-history h4')).toHaveText(/^Round of \d{4}-\d\d-\d\d \d\d:\d\d$/);
  await expect(page.locator('.vote-history .vote-results li').first()).toContainText('● 4');
});
