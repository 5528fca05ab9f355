// The SWOT canvas as a planner uses it: fill the board by keyboard, drag between quadrants,
// rate and sort, tag from the environment scan, write TOWS strategies that cite items, export.
import { readFileSync } from 'node:fs';
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

const quadrant = (page, letter) => page.locator(`.quadrant[data-quadrant="${letter}"]`);
const items = (page, letter) => quadrant(page, letter).locator('.swot-item .item-text');

async function addItems(page, letter, texts) {
  const field = quadrant(page, letter).locator('.add-item');
  await field.click();
  for (const text of texts) {
    await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
  }
}

test('fill four quadrants by keyboard, drag W→T, write an SO strategy, reload, export escaped SVG', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'SWOT journey');
  await addItems(page, 'S', ['24-hour home repair', '<script>alert(1)</script>']);
  await addItems(page, 'W', ['Slow complaint handling', 'Phone queues']);
  await addItems(page, 'O', ['Trade-in subsidies "&\'']);
  await addItems(page, 'T', ['Online platforms']);
  await expect(items(page, 'S')).toHaveText(['24-hour home repair', '<script>alert(1)</script>']);
  await expect(items(page, 'W')).toHaveText(['Slow complaint handling', 'Phone queues']);

  // Drag "Phone queues" from Weaknesses onto the first Threats item.
  await quadrant(page, 'W').locator('.swot-item', { hasText: 'Phone queues' })
    .dragTo(quadrant(page, 'T').locator('.swot-item', { hasText: 'Online platforms' }), { targetPosition: { x: 10, y: 2 } });
  await expect(items(page, 'W')).toHaveText(['Slow complaint handling']);
  await expect(items(page, 'T')).toHaveText(['Phone queues', 'Online platforms']);

  // An SO strategy from one strength and one opportunity.
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  const so = page.locator('.tows-cell.cell-so');
  await so.getByRole('button', { name: 'Add strategy' }).click();
  await so.getByLabel('Strategy').fill('Bundle trade-ins with next-day installation');
  await so.getByLabel('24-hour home repair').check();
  await so.getByLabel('Trade-in subsidies "&\'').check();
  await so.getByRole('button', { name: 'Save' }).click();
  await expect(so.locator('.strategy-text')).toHaveText(['Bundle trade-ins with next-day installation']);
  await expect(so.locator('.chip')).toHaveText(['S · 24-hour home repair', 'O · Trade-in subsidies "&\'']);
  await so.locator('.strategy').hover();
  await expect(page.locator('.tows-head li.highlight')).toHaveText(['24-hour home repair', 'Trade-in subsidies "&\'']);

  await expectSaved(page);
  await page.reload();
  await expect(so.locator('.chip')).toHaveCount(0); // the view is back on the board after a reload
  await expect(items(page, 'S')).toHaveText(['24-hour home repair', '<script>alert(1)</script>']);
  await expect(items(page, 'T')).toHaveText(['Phone queues', 'Online platforms']);
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  await expect(so.locator('.chip')).toHaveText(['S · 24-hour home repair', 'O · Trade-in subsidies "&\'']);

  // Exported SVG is well-formed XML and holds the texts as text.
  await page.getByRole('button', { name: 'SWOT board' }).click();
  await page.locator('.export-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('SWOT journey-SWOT.svg');
  const svg = readFileSync(await file.path(), 'utf8');
  expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(svg).not.toContain('<script');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      text: doc.documentElement.textContent,
      scripts: doc.getElementsByTagName('script').length,
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.scripts).toBe(0);
  for (const text of ['24-hour home repair', '<script>alert(1)</script>', 'Trade-in subsidies "&\'', 'Phone queues']) {
    expect(parsed.text).toContain(text);
  }
});

test('edit in place, rate with number keys, sort, move with Alt+arrows, delete and undo', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Keyboard board');
  await addItems(page, 'S', ['First', 'Second', 'Third']);
  const second = quadrant(page, 'S').locator('.swot-item', { hasText: 'Second' });
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-edit')).toHaveValue('Second');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Second, edited');
  await page.keyboard.press('Escape');
  await expect(items(page, 'S')).toHaveText(['First', 'Second', 'Third']);
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-edit')).toHaveValue('Second');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Second, edited');
  await page.keyboard.press('Enter');
  await expect(items(page, 'S')).toHaveText(['First', 'Second, edited', 'Third']);

  const third = quadrant(page, 'S').locator('.swot-item', { hasText: 'Third' });
  await third.focus();
  await page.keyboard.press('5');
  await expect(third.locator('.badge.priority')).toHaveText('P5');
  await quadrant(page, 'S').getByRole('button', { name: 'Sort by priority' }).click();
  await expect(items(page, 'S')).toHaveText(['Third', 'First', 'Second, edited']);
  await quadrant(page, 'S').getByRole('button', { name: 'Manual order' }).click();
  await expect(items(page, 'S')).toHaveText(['First', 'Second, edited', 'Third']);

  await third.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items(page, 'S')).toHaveText(['First', 'Third', 'Second, edited']);
  await expect(quadrant(page, 'S').locator('.swot-item', { hasText: 'Third' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(items(page, 'W')).toHaveText(['Third']);
  await expect(quadrant(page, 'W').locator('.swot-item', { hasText: 'Third' })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(items(page, 'T')).toHaveText(['Third']);

  await page.keyboard.press('Delete');
  await expect(items(page, 'T')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(items(page, 'T')).toHaveText(['Third']);
  await expectSaved(page);
  await page.reload();
  await expect(items(page, 'T')).toHaveText(['Third']);
  await expect(items(page, 'S')).toHaveText(['First', 'Second, edited']);
});

test('deleting a cited item asks first, marks the strategy, and undo restores both', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Citations');
  await addItems(page, 'W', ['Slow complaints']);
  await addItems(page, 'T', ['Online rivals']);
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  const wt = page.locator('.tows-cell.cell-wt');
  await wt.getByRole('button', { name: 'Add strategy' }).click();
  await wt.getByRole('button', { name: 'Save' }).click();
  await expect(wt.getByRole('alert')).toHaveText('The text cannot be empty.');
  await wt.getByLabel('Strategy').fill('Fix complaints before rivals win');
  await wt.getByLabel('Slow complaints').check();
  await wt.getByRole('button', { name: 'Save' }).click();
  await expect(wt.getByRole('alert')).toContainText('at least one internal and one external item');
  await wt.getByLabel('Online rivals').check();
  await wt.getByRole('button', { name: 'Save' }).click();
  await expect(wt.locator('.chip')).toHaveCount(2);

  await page.getByRole('button', { name: 'SWOT board' }).click();
  await quadrant(page, 'W').locator('.swot-item').focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('dialog')).toContainText('cited by 1 strategy. It will be marked');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(items(page, 'W')).toHaveCount(0);
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  await expect(wt.locator('.chip.removed')).toHaveText(['source removed']);
  await expect(wt.locator('.strategy-text')).toHaveText(['Fix complaints before rivals win']);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(wt.locator('.chip')).toHaveText(['W · Slow complaints', 'T · Online rivals']);

  // Editing the source updates the chip.
  await page.getByRole('button', { name: 'SWOT board' }).click();
  await quadrant(page, 'W').locator('.swot-item').dblclick();
  await expect(page.locator('.item-edit')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Complaints take 9 days');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  await expect(wt.locator('.chip').first()).toHaveText('W · Complaints take 9 days');
});

test('the environment scan shows uncovered factors and adds tagged items', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Scan');
  await page.getByRole('button', { name: 'Environment scan' }).click();
  const technology = page.locator('.scan-factor', { hasText: 'Technology' });
  await expect(technology.locator('.scan-count')).toHaveText('No items yet');
  await expect(page.locator('.scan-factor.uncovered')).toHaveCount(9);
  await technology.getByRole('button', { name: '+ Opportunity' }).click();
  await page.keyboard.insertText('Cheaper CRM tools');
  await page.keyboard.press('Enter');
  await expect(technology.locator('.scan-count')).toHaveText('1 opportunity · 0 threats');
  await expect(page.locator('.scan-factor.uncovered')).toHaveCount(8);
  await page.getByRole('button', { name: 'SWOT board' }).click();
  const item = quadrant(page, 'O').locator('.swot-item', { hasText: 'Cheaper CRM tools' });
  await expect(item.locator('.badge.tag')).toHaveText('Technology');
  await item.click();
  await page.getByLabel('Competitor type').selectOption({ label: 'Brand competitor' });
  await expect(item.locator('.badge.tag')).toHaveText(['Technology', 'Brand competitor']);
});

test('the sample project opens with a filled board and strategies, in Chinese', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  await page.getByRole('button', { name: '打开示例项目' }).click();
  await expect(page.locator('.project-name')).toHaveValue('示例：电器零售公司客户服务部规划');
  await expect(quadrant(page, 'S').locator('.swot-item')).toHaveCount(3);
  // Four threats of its own plus two sent from the sample five-forces analysis.
  await expect(quadrant(page, 'T').locator('.swot-item')).toHaveCount(6);
  await expect(quadrant(page, 'T').locator('.badge.origin')).toHaveCount(2);
  await page.getByRole('button', { name: 'TOWS 策略矩阵' }).click();
  await expect(page.locator('.tows-cell .strategy')).toHaveCount(4);
  await expect(page.locator('.chip.removed')).toHaveCount(0);
});

test('PNG and Markdown exports download real files', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(quadrant(page, 'S').locator('.swot-item')).toHaveCount(3);
  await page.locator('.export-menu summary').click();

  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  let file = await download;
  expect(file.suggestedFilename()).toMatch(/-SWOT\.png$/);
  const png = readFileSync(await file.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown summary' }).click();
  file = await download;
  const markdown = readFileSync(await file.path(), 'utf8');
  expect(markdown).toContain("# Sample: an electronics retailer's service department");
  // Quadrants list items by priority, highest first; strategies list their sources.
  const strengths = markdown.indexOf('Own after-sales outlets');
  expect(strengths).toBeGreaterThan(0);
  expect(strengths).toBeLessThan(markdown.indexOf('Store staff trained'));
  expect(markdown).toContain('Offer a trade-in bundle with installation at home within 24 hours');
});

test('a choice made in a select follows undo and redo (the browser would keep showing the old one)', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Undo a choice');
  await addItems(page, 'O', ['Trade-in subsidies']);
  await quadrant(page, 'O').locator('.swot-item', { hasText: 'Trade-in subsidies' }).click();
  const panel = page.locator('.detail-panel');
  const priority = panel.getByLabel('Priority');
  const source = panel.getByLabel('Environment source');
  await expect(priority).toHaveValue('');
  await priority.selectOption('4');
  await source.selectOption({ index: 2 });
  const chosenSource = await source.locator('option:checked').textContent();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(source.locator('option:checked')).toHaveText('(none)');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(priority.locator('option:checked')).toHaveText('Not rated');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(priority.locator('option:checked')).toHaveText('4');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(source.locator('option:checked')).toHaveText(chosenSource);
  await expectSaved(page);
});

test('choosing a competitor type shows the course\'s definition of it, in Chinese too', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  await createProject(page, '竞争者类型');
  await addItems(page, 'T', ['社区维修店']);
  await quadrant(page, 'T').locator('.swot-item', { hasText: '社区维修店' }).click();
  const panel = page.locator('.detail-panel');
  await expect(panel.locator('.competitor-definition')).toHaveCount(0);
  await panel.getByLabel('竞争者类型').selectOption({ label: '产品形式竞争者' });
  await expect(panel.locator('.competitor-definition')).toHaveText('指生产同类但规格、型号、款式不同产品的竞争者。');
  await expect(panel.getByLabel('竞争者类型').locator('option', { hasText: '品牌竞争者' }))
    .toHaveAttribute('title', '指生产相同规格、型号的产品，但品牌不同的竞争者。');
});
