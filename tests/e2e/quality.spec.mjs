// The service-quality canvas: score the five SERVQUAL dimensions by hand (starting from "not
// assessed", refused input kept in its field, points that do not add up to 100 normalised and
// said so, undo, reload); import survey responses as CSV with a bad row (nothing changes until
// confirmed); write a gap and its cause and send both to SWOT as linked weaknesses; the
// blueprint roll-up flags a short dimension with no touchpoint and "Show" opens the card.
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

async function openQuality(page, name, lang) {
  await openFresh(page, lang);
  await createProject(page, name);
  await page.getByRole('tab', { name: lang === 'zh-CN' ? '服务质量' : 'Service quality' }).click();
}

const row = (page, name) => page.locator('.score-table tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test('scores by hand: not assessed at first, a refused score stays in its field, weights normalised, undo and reload', async ({ page }) => {
  await openQuality(page, 'Quality scores');
  // The starting state: nothing assessed, equal points adding up to 100.
  await expect(page.locator('.score-table tbody tr')).toHaveCount(5);
  await expect(page.locator('.score-table .gap')).toHaveText(Array(5).fill('not assessed'));
  await expect(page.locator('.overall-score')).toContainText('not assessed');
  await expect(page.getByLabel('Importance of Reliability')).toHaveValue('20');
  await expect(page.getByLabel('Expectation for Reliability')).toHaveValue('');
  await expect(page.locator('.quality-scores')).toContainText('Importance points add up to 100.');
  await expect(page.locator('.score-chart .chart-missing')).toHaveCount(15);

  // A score off the scale is refused with the reason beside it, and kept in the field.
  const expectation = page.getByLabel('Expectation for Reliability');
  await expectation.fill('8');
  await expectation.press('Tab');
  await expect(expectation).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toHaveText('Enter a score from 1 to 7, with at most one decimal.');
  await expect(expectation).toHaveValue('8');
  await expectation.fill('6,5');
  await expectation.press('Tab');
  await expect(expectation).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Perception for Reliability').fill('5');
  await page.getByLabel('Perception for Reliability').press('Tab');
  await expect(row(page, 'Reliability').locator('.gap')).toHaveText('-1.50');
  await expect(page.locator('.overall-score')).toHaveText('Weighted SERVQUAL score: -1.50');
  await expect(page.locator('.shortfall')).toHaveText('Largest shortfall: Reliability (-1.50)');

  // Points that do not add up to 100 are normalised, and the canvas says so.
  await page.getByLabel('Importance of Reliability').fill('35');
  await page.getByLabel('Importance of Reliability').press('Tab');
  await expect(page.locator('.weights-normalised')).toHaveText('Importance points add up to 115, not 100: they are scaled to 100 in the score.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Importance of Reliability')).toHaveValue('20');
  await expect(page.locator('.weights-normalised')).toHaveCount(0);

  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Expectation for Reliability')).toHaveValue('6.5');
  await expect(page.getByLabel('Perception for Reliability')).toHaveValue('5.0');
  await expect(row(page, 'Reliability').locator('.gap')).toHaveText('-1.50');
  await expect(row(page, 'Empathy').locator('.gap')).toHaveText('not assessed');
});

test('survey CSV in Chinese: a bad row is reported by line, nothing changes until imported, means follow', async ({ page }) => {
  await openQuality(page, '服务质量调查', 'zh-CN');
  await page.getByRole('button', { name: '调查问卷' }).click();
  await expect(page.locator('.survey-status')).toHaveText('尚未导入调查结果。');
  await page.getByRole('button', { name: '使用内置问卷（22 条陈述）' }).click();
  await expect(page.locator('.statement')).toHaveCount(22);
  const first = page.locator('.statement').first();
  await expect(first.getByRole('textbox')).not.toHaveValue('');

  const csv = '\uFEFF受访者,期望1,感知1,期望2,感知2\n甲,7,5,6,4\n乙,6,9,7,5\n丙,6,4,,\n,,,,\n';
  await page.locator('.questionnaire-tools input[type=file]').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: '导入调查结果' });
  await expect(dialog.locator('.survey-count')).toHaveText('可以导入 2 位受访者的回答。');
  await expect(dialog.locator('.bad-rows li')).toHaveCount(1);
  await expect(dialog.locator('.bad-rows li')).toContainText('第 3 行');
  await expect(dialog.locator('.bad-rows li')).toContainText('感知1');
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.locator('.survey-status')).toHaveText('尚未导入调查结果。');

  await page.locator('.questionnaire-tools input[type=file]').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('dialog').getByRole('button', { name: '导入' }).click();
  await expect(page.locator('.survey-status')).toHaveText('已导入 2 位受访者的回答。');
  await expect(first.locator('.statement-figures')).toContainText('期望均值 6.50');
  await expect(first.locator('.statement-figures')).toContainText('感知均值 4.50');

  // A file that is not a survey is refused whole, in words.
  await page.locator('.questionnaire-tools input[type=file]').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('名字,年龄\n张三,3\n') });
  await expect(page.locator('.toast', { hasText: '名字' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Tangibles: statement 1 means 6.50 / 4.50, statement 2 (甲 only) 6 / 4; the dimension averages them.
  await page.getByRole('button', { name: 'SERVQUAL 评分' }).click();
  await expect(page.locator('.score-table tbody tr').first().locator('.survey-score')).toHaveText(['6.25', '4.25']);
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: '调查问卷' }).click();
  await expect(page.locator('.survey-status')).toHaveText('已导入 2 位受访者的回答。');
});

test('a gap and its cause go to SWOT as linked weaknesses; deleting the cause keeps the weakness', async ({ page }) => {
  await openQuality(page, 'Quality gaps');
  await page.getByRole('button', { name: 'Gap model' }).click();
  const gap3 = page.locator('.gap-card.gap-3');
  await expect(gap3.getByLabel('How it shows here (one line)')).toHaveValue('');
  await expect(page.locator('.gap-five')).toHaveText('Gap 5 (the customer gap): not assessed yet');
  await gap3.getByLabel('Add a cause…').fill('Spare parts <b>out</b> of stock');
  await gap3.getByLabel('Add a cause…').press('Enter');
  // The record exists now; a gap needs its summary before it can go to SWOT.
  await expect(gap3.getByRole('button', { name: 'Send to SWOT as a weakness' }).first()).toBeDisabled();
  await gap3.getByLabel('How it shows here (one line)').fill('Home repairs slip');
  await gap3.getByLabel('How it shows here (one line)').press('Tab');
  await gap3.locator('.button-row').getByRole('button', { name: 'Send to SWOT as a weakness' }).click();
  await expect(gap3.locator('.button-row .chip.linked')).toHaveText('In SWOT: Home repairs slip');
  await gap3.locator('.cause').getByRole('button', { name: 'Send to SWOT as a weakness' }).click();
  await expect(gap3.locator('.cause .chip.linked')).toHaveText('In SWOT: Spare parts <b>out</b> of stock');
  await gap3.getByLabel('Status').selectOption({ label: 'In progress' });

  await page.getByRole('tab', { name: 'SWOT', exact: true }).click();
  const weaknesses = page.locator('.quadrant[data-quadrant="W"] .swot-item');
  await expect(weaknesses.locator('.item-text')).toHaveText(['Home repairs slip', 'Spare parts <b>out</b> of stock']);
  await expect(weaknesses.locator('.badge.origin')).toHaveText(['↙ Service quality', '↙ Service quality']);

  await page.getByRole('tab', { name: 'Service quality' }).click();
  await page.getByRole('button', { name: 'Gap model' }).click();
  await gap3.getByRole('button', { name: 'Delete cause “Spare parts <b>out</b> of stock”' }).click();
  await expect(gap3.locator('.cause')).toHaveCount(0);
  await page.getByRole('tab', { name: 'SWOT', exact: true }).click();
  await expect(weaknesses.locator('.item-text')).toHaveText(['Home repairs slip', 'Spare parts <b>out</b> of stock']);
  await expect(weaknesses.locator('.badge.origin')).toHaveCount(1);
  await expectSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: 'Service quality' }).click();
  await page.getByRole('button', { name: 'Gap model' }).click();
  await expect(gap3.getByLabel('How it shows here (one line)')).toHaveValue('Home repairs slip');
  await expect(gap3.getByLabel('Status').locator('option:checked')).toHaveText('In progress');
});

test('blueprint links: a short dimension without a touchpoint is flagged, and Show opens the card on the blueprint', async ({ page }) => {
  await openQuality(page, 'Quality links');
  await page.getByLabel('Expectation for Empathy').fill('7');
  await page.getByLabel('Perception for Empathy').fill('4.5');
  await page.getByLabel('Perception for Empathy').press('Tab');
  await page.getByRole('button', { name: 'Blueprint links' }).click();
  const empathy = page.locator('.dimension-link').nth(4);
  await expect(empathy.locator('.no-moment')).toHaveText('Gap -2.50, yet no moment of truth carries this dimension.');
  await expect(page.locator('.dimension-link.flagged')).toHaveCount(1);

  // The sample project: its touchpoints carry every dimension, so nothing is flagged.
  await page.getByRole('button', { name: '← Projects' }).click();
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await page.getByRole('tab', { name: 'Service quality' }).click();
  await page.getByRole('button', { name: 'Blueprint links' }).click();
  await expect(page.locator('.dimension-link.flagged')).toHaveCount(0);
  await expect(page.locator('.quality-kinds')).toContainText('Technical quality (result)');
  const reliability = page.locator('.dimension-link').nth(1);
  const card = reliability.locator('.link-cards li').first();
  const text = (await card.locator('span').textContent()).trim();
  await card.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('tab', { name: 'Service blueprint' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.bp-panel #bp-card-text')).toHaveValue(text);
  await expect(page.locator('#bp-card-servqual option:checked')).toHaveText('Reliability');
});

test('dots on a gap and a cause from the gap model; the results name them', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: /Open the sample project/ }).click();
  await page.getByRole('tab', { name: 'Service quality' }).click();
  await page.getByRole('button', { name: 'Gap model' }).click();
  await page.getByRole('button', { name: 'Dot voting' }).click();
  await page.locator('.vote-dots').fill('2');
  await page.locator('.vote-participants').fill('1');
  await page.getByRole('button', { name: 'Start a round' }).click();
  const gap3 = page.locator('.gap-card.gap-3');
  await expect(gap3.locator('.button-row .dot-add')).toHaveText('● 0');
  await gap3.locator('.button-row .dot-add').click();
  await gap3.locator('.cause').first().locator('.dot-add').click();
  await expect(page.locator('.dots-left')).toHaveText('0 of 2 dots left');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.locator('.vote-results li')).toHaveCount(2);
  await expect(page.locator('.vote-results')).toContainText('Home repairs slip because spare parts are out of stock');
  await expect(page.locator('.vote-results')).toContainText('No safety stock for spare parts');
});
