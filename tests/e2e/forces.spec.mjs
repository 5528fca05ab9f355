// The five-forces canvas: rate factors and watch intensities and the verdict change, set an
// intensity by hand, keep a competitor register, and send factors to the SWOT board linked.
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

const panel = (page, id) => page.locator(`#force-${id}`);

async function addFactor(page, id, text) {
  const field = panel(page, id).locator('.add-factor');
  await field.click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await expect(panel(page, id).locator('.factor-text', { hasText: text })).toBeVisible();
}

const factor = (page, id, text) => panel(page, id).locator('.factor', { hasText: text });

test('rate factors, watch intensities and the verdict, send a factor to SWOT, reload: linked on both sides', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Forces journey');
  await page.getByRole('tab', { name: 'Five forces' }).click();
  for (const id of ['rivalry', 'new-entrants', 'substitutes', 'suppliers', 'buyers']) {
    await expect(panel(page, id).locator('.force-intensity')).toContainText('not assessed');
  }
  await expect(page.locator('.verdict')).toHaveText('0 of 5 forces assessed, 0 high. The verdict comes once all five are assessed.');

  await addFactor(page, 'rivalry', 'Price war with online platforms');
  await addFactor(page, 'rivalry', 'Many chain stores nearby');
  await addFactor(page, 'buyers', 'Customers compare prices in seconds');
  await factor(page, 'rivalry', 'Price war').focus();
  await page.keyboard.press('5');
  await factor(page, 'rivalry', 'Many chain stores').getByRole('button', { name: 'Pressure 3' }).click();
  await factor(page, 'buyers', 'Customers compare').focus();
  await page.keyboard.press('4');
  await expect(panel(page, 'rivalry').locator('.force-intensity')).toContainText('Intensity 4.0');
  await expect(panel(page, 'rivalry').locator('.force-intensity')).toContainText('from 2 factors');
  await expect(panel(page, 'buyers').locator('.force-intensity')).toContainText('Intensity 4.0');

  // A weight of 3 on the 3-rated factor pulls rivalry down to (5 + 3×3) / 4 = 3.5.
  await factor(page, 'rivalry', 'Many chain stores').getByLabel('Weight').selectOption('3');
  await expect(panel(page, 'rivalry').locator('.force-intensity')).toContainText('Intensity 3.5');

  await panel(page, 'new-entrants').getByLabel('Intensity by hand').selectOption('2');
  await panel(page, 'substitutes').getByLabel('Intensity by hand').selectOption('2');
  await panel(page, 'suppliers').getByLabel('Intensity by hand').selectOption('4');
  await expect(panel(page, 'suppliers').locator('.force-intensity')).toContainText('set by hand');
  await expect(page.locator('.verdict')).toHaveText('3 of 5 forces high → unattractive industry');
  await panel(page, 'suppliers').getByLabel('Intensity by hand').selectOption('2');
  await expect(page.locator('.verdict')).toHaveText('2 of 5 forces high → moderately attractive industry');
  await panel(page, 'suppliers').getByLabel('Intensity by hand').selectOption('');
  await expect(panel(page, 'suppliers').locator('.force-intensity')).toContainText('not assessed');

  await factor(page, 'rivalry', 'Price war').getByRole('button', { name: 'Send to SWOT as a threat' }).click();
  await expect(factor(page, 'rivalry', 'Price war').locator('.chip.linked')).toHaveText('In SWOT: Price war with online platforms');
  await expectSaved(page);
  await page.reload();
  await expect(factor(page, 'rivalry', 'Price war').locator('.chip.linked')).toHaveText('In SWOT: Price war with online platforms');
  await expect(panel(page, 'rivalry').locator('.force-intensity')).toContainText('Intensity 3.5');

  await page.getByRole('tab', { name: 'SWOT' }).click();
  const threat = page.locator('.quadrant[data-quadrant="T"] .swot-item', { hasText: 'Price war with online platforms' });
  await expect(threat.locator('.badge.origin')).toHaveAttribute('title', 'From Five forces: Price war with online platforms');
  await expect(threat.locator('.badge.priority')).toHaveText('P5');

  // Deleting the SWOT item drops the link; undo brings it back.
  await threat.focus();
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: 'Five forces' }).click();
  await expect(factor(page, 'rivalry', 'Price war').getByRole('button', { name: 'Send to SWOT as a threat' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(factor(page, 'rivalry', 'Price war').locator('.chip.linked')).toBeVisible();

  // Deleting the factor keeps the SWOT item, unlinked.
  await factor(page, 'rivalry', 'Price war').focus();
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: 'SWOT' }).click();
  await expect(threat).toBeVisible();
  await expect(threat.locator('.badge.origin')).toHaveCount(0);
});

test('the competitor register: add, type, filter, rate the threat, send to SWOT', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Competitors');
  await page.getByRole('tab', { name: 'Five forces' }).click();
  const register = page.locator('.competitors');
  await register.getByLabel('Competitor name').fill('JD Home Service');
  await register.locator('.add-competitor').getByLabel('Competitor type').selectOption({ label: 'Brand competitor' });
  await register.getByRole('button', { name: 'Add competitor' }).click();
  await register.getByLabel('Competitor name').first().fill('Appliance rental app');
  await register.locator('.add-competitor').getByLabel('Competitor type').selectOption({ label: 'Generic competitor' });
  await register.getByRole('button', { name: 'Add competitor' }).click();
  const rows = register.locator('tbody tr');
  await expect(rows).toHaveCount(2);

  await register.getByLabel('Filter by type').selectOption({ label: 'Generic competitor' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByLabel('Competitor name')).toHaveValue('Appliance rental app');
  await register.getByLabel('Filter by type').selectOption({ label: 'All types' });
  await expect(rows).toHaveCount(2);

  const jd = register.locator('tbody tr').first();
  await jd.getByLabel('Threat level').selectOption('4');
  await jd.getByLabel('Strengths').fill('Next-day installation');
  await jd.getByLabel('Strengths').press('Tab');
  await jd.getByRole('button', { name: 'Send to SWOT as a threat' }).click();
  await expect(jd.locator('.chip.linked')).toHaveText('In SWOT: JD Home Service');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.competitors tbody tr').first().getByLabel('Strengths')).toHaveValue('Next-day installation');
  await page.getByRole('tab', { name: 'SWOT' }).click();
  const threat = page.locator('.quadrant[data-quadrant="T"] .swot-item', { hasText: 'JD Home Service' });
  await expect(threat.locator('.badge.priority')).toHaveText('P4');
  await expect(threat.locator('.badge.tag')).toHaveText(['Competitor environment', 'Brand competitor']);
});

test('the sample analysis is complete, and the diagram exports as well-formed SVG with escaped text', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('tab', { name: 'Five forces' }).click();
  await expect(page.locator('.verdict')).toHaveText('3 of 5 forces high → unattractive industry');
  await expect(page.locator('.force-intensity.unassessed')).toHaveCount(0);
  await expect(page.locator('.competitors tbody tr')).toHaveCount(4);

  await addFactor(page, 'suppliers', '<script>alert(1)</script> "&\'');
  await page.locator('.export-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export diagram SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-five-forces\.svg$/);
  const { readFileSync } = await import('node:fs');
  const svg = readFileSync(await file.path(), 'utf8');
  expect(svg).not.toContain('<script');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return { error: doc.getElementsByTagName('parsererror').length, text: doc.documentElement.textContent };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.text).toContain('<script>alert(1)</script> "&\'');
  expect(parsed.text).toContain('Rivalry among existing competitors');
});

test('a factor keeps a note, edits in place and reorders by keyboard', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Notes');
  await page.getByRole('tab', { name: 'Five forces' }).click();
  await addFactor(page, 'substitutes', 'Repair videos');
  await addFactor(page, 'substitutes', 'Rental plans');
  const first = factor(page, 'substitutes', 'Repair videos');
  await first.getByRole('button', { name: 'Note' }).click();
  await first.getByLabel('Note').fill('Mostly simple faults; 30% of calls');
  await first.getByLabel('Note').press('Tab');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.factor-edit')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Repair videos online');
  await page.keyboard.press('Enter');
  await expect(panel(page, 'substitutes').locator('.factor-text')).toHaveText(['Repair videos online', 'Rental plans']);
  await factor(page, 'substitutes', 'Repair videos online').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(panel(page, 'substitutes').locator('.factor-text')).toHaveText(['Rental plans', 'Repair videos online']);
  await expectSaved(page);
  await page.reload();
  const moved = factor(page, 'substitutes', 'Repair videos online');
  await expect(moved.getByRole('button', { name: 'Note' })).toHaveAttribute('title', 'Mostly simple faults; 30% of calls');
});

test('a competitor becomes the benchmark, gets a response and a three-aspect comparison; the conclusion settles on a response; all of it in Chinese, after a reload', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  await createProject(page, '竞争对策');
  await page.getByRole('tab', { name: '五力分析' }).click();
  const register = page.locator('.competitors');
  await register.getByLabel('竞争者名称').fill('电商平台自营服务');
  await register.getByRole('button', { name: '添加竞争者' }).click();
  const row = register.locator('tbody tr').first();
  // A new competitor starts with nothing chosen.
  await expect(row.getByRole('checkbox', { name: '标杆' })).not.toBeChecked();
  await expect(row.getByLabel('竞争对策')).toHaveValue('');
  await row.getByRole('checkbox', { name: '标杆' }).check();
  await row.getByLabel('竞争对策').selectOption({ label: '集中优势进攻' });
  await expect(row.getByLabel('竞争对策')).toHaveAttribute('title', '把本部门的优势集中用在竞争者的薄弱处。');
  await row.locator('.comparison summary').click();
  await row.getByLabel('策略方面').fill('平台以会员权益锁定客户');
  await row.getByLabel('策略方面').press('Tab');
  const conclusion = page.locator('.assessment');
  await conclusion.getByLabel('结论确定的竞争对策').selectOption({ label: '加强防守' });
  await expect(conclusion.locator('.verdict-box .hint').last()).toHaveText('守住本部门做得好的服务，让竞争者难以切入。');
  // Undo takes the conclusion's response back first; redo brings it again.
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(conclusion.getByLabel('结论确定的竞争对策').locator('option:checked')).toHaveText('未选择');
  await page.getByRole('button', { name: '重做', exact: true }).click();
  await expect(conclusion.getByLabel('结论确定的竞争对策').locator('option:checked')).toHaveText('加强防守');
  await expectSaved(page);

  await page.reload();
  const again = page.locator('.competitors tbody tr').first();
  await expect(again.getByRole('checkbox', { name: '标杆' })).toBeChecked();
  await expect(again.getByLabel('竞争对策').locator('option:checked')).toHaveText('集中优势进攻');
  await expect(again.locator('.comparison')).toHaveJSProperty('open', true);
  await expect(again.getByLabel('策略方面')).toHaveValue('平台以会员权益锁定客户');
  await expect(page.locator('.assessment').getByLabel('结论确定的竞争对策').locator('option:checked')).toHaveText('加强防守');
});
