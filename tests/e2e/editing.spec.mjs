// What a new user meets in the first minute: every in-place editor and form opens holding its
// current (or default) value, selected; what is being typed survives re-renders (a save
// finishing, another tab's change); refused input stays in its field with the reason beside it.
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

async function openSample(page, lang) {
  await openFresh(page, lang);
  await page.getByRole('button', { name: /Open the sample project|打开示例项目/ }).click();
  await expect(page.locator('.top-bar')).toBeVisible();
}

/** The field's value and whether all of it is selected (ready to be typed over or fixed). */
async function valueAndSelection(locator) {
  return locator.evaluate((el) => ({ value: el.value, selected: el.selectionStart === 0 && el.selectionEnd === el.value.length }));
}

async function expectOpensWith(field, text) {
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(text);
  expect(await valueAndSelection(field)).toEqual({ value: text, selected: true });
}

test('SWOT and five forces: Enter on an item opens its text, selected; Enter at once keeps it', async ({ page }) => {
  await openSample(page);
  const item = page.locator('.quadrant[data-quadrant="S"] .swot-item').first();
  const text = await item.locator('.item-text').textContent();
  await item.focus();
  await page.keyboard.press('Enter');
  await expectOpensWith(page.locator('.item-edit'), text);
  await page.keyboard.press('End');
  await page.keyboard.insertText(' (fixed)');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quadrant[data-quadrant="S"] .item-text').first()).toHaveText(`${text} (fixed)`);
  await expect(page.locator('.command-error')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Five forces' }).click();
  const factor = page.locator('.factor').first();
  const factorText = await factor.locator('.factor-text').textContent();
  await factor.dblclick({ position: { x: 20, y: 12 } });
  await expectOpensWith(page.locator('.factor-edit'), factorText);
  await page.keyboard.press('Enter');
  await expect(page.locator('.factor').first().locator('.factor-text')).toHaveText(factorText);
  await expect(page.locator('.command-error')).toHaveCount(0);
});

test('org chart: F2 opens the title; a new position opens "New position", selected', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Org chart' }).click();
  const first = page.locator('.org-box').first();
  await first.click();
  const title = await page.locator('.jd-panel h3').textContent();
  await page.keyboard.press('F2');
  await expectOpensWith(page.getByLabel('Position title', { exact: true }), title);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expectOpensWith(page.getByLabel('Position title', { exact: true }), 'New position');
  await page.keyboard.press('Enter');
  await expect(page.locator('.jd-panel h3')).toHaveText('New position');
  // The job description's fields open holding what is stored.
  await expect(page.locator('#jd-title')).toHaveValue('New position');
  await expect(page.locator('#jd-planned')).toHaveValue('1');
});

test('blueprint: Enter on a card or a step opens its text; a new card opens "New card"', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  const firstCard = page.locator('.bp-card').first();
  await firstCard.click();
  const cardText = await page.locator('#bp-card-text').inputValue();
  expect(cardText.length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expectOpensWith(page.getByLabel('Card text', { exact: true }).first(), cardText);
  await page.keyboard.press('Escape');

  await page.locator('.bp-step-head').first().click();
  const stepName = await page.locator('#bp-step-name').inputValue();
  expect(stepName.length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expectOpensWith(page.getByLabel('Step name', { exact: true }).first(), stepName);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Add step' }).click();
  await expectOpensWith(page.getByLabel('Step name', { exact: true }).first(), 'New step');
  await page.keyboard.press('Enter');

  // A new card in the new (empty) step's customer-actions cell.
  await page.locator('.bp-step-head').last().scrollIntoViewIfNeeded();
  const step = await page.locator('.bp-step-head').last().boundingBox();
  const lane = await page.locator('.bp-lane-band').nth(1).boundingBox();
  await page.mouse.dblclick(step.x + step.width / 2, lane.y + lane.height / 2);
  await expectOpensWith(page.getByLabel('Card text', { exact: true }).first(), 'New card');
  await page.keyboard.press('Enter');
  await expect(page.locator('.bp-card[aria-label^="New card ("]')).toHaveCount(1);
});

test('timer and dot voting open with their defaults; a bad number is named and starts nothing', async ({ page }) => {
  await openSample(page);
  await page.locator('.timer-face').click();
  await expect(page.locator('.timer-minutes')).toHaveValue('5');
  await expect(page.locator('.timer-face')).toHaveText('05:00');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Dot voting' }).click();
  await expect(page.locator('.vote-dots')).toHaveValue('3');
  await expect(page.locator('.vote-participants')).toHaveValue('5');
  await page.locator('.vote-dots').fill('0');
  await page.getByRole('button', { name: 'Start a round' }).click();
  await expect(page.locator('.start-round .field-error')).toHaveText('Dots per person: Enter a whole number from 1 to 20.');
  await expect(page.locator('.vote-dots')).toHaveValue('0');
  await expect(page.locator('.vote-dots')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('.vote-dots').fill('3');
  await page.getByRole('button', { name: 'Start a round' }).click();
  await expect(page.locator('.dots-left')).toHaveText('3 of 3 dots left');
});

test('refused input stays where it was typed, marked, with the reason; Escape restores', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Limits');
  const name = page.locator('.project-name');
  const long = 'n'.repeat(201);
  await name.fill(long);
  await name.press('Enter');
  await expect(name).toHaveValue(long);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.name-field .field-error')).toHaveText('A name can have at most 200 characters; this one has 201.');
  await name.press('Escape');
  await expect(name).toHaveValue('Limits');
  await expect(page.locator('.name-field .field-error')).toHaveCount(0);

  const pasted = 'p'.repeat(5000);
  const add = page.locator('.quadrant[data-quadrant="S"] .add-item');
  await add.fill(pasted);
  await add.press('Enter');
  await expect(add).toHaveValue(pasted);
  await expect(page.locator('.quadrant[data-quadrant="S"] .field-error')).toHaveText('The text can have at most 1000 characters; this one has 5000.');
  await expect(page.locator('.quadrant[data-quadrant="S"] .swot-item')).toHaveCount(0);
  await add.fill('Short enough');
  await add.press('Enter');
  await expect(add).toHaveValue('');
  await expect(page.locator('.quadrant[data-quadrant="S"] .field-error')).toHaveCount(0);

  // In place: the editor stays open with the text and the reason, even when focus leaves.
  await page.locator('.quadrant[data-quadrant="S"] .swot-item').first().focus();
  await page.keyboard.press('Enter');
  const edit = page.locator('.item-edit');
  await edit.fill(pasted);
  await edit.press('Enter');
  await expect(edit).toHaveValue(pasted);
  await expect(edit).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.swot-item .field-error')).toContainText('at most 1000 characters');
  await edit.press('Escape');
  await expect(page.locator('.quadrant[data-quadrant="S"] .item-text')).toHaveText(['Short enough']);

  // A panel field (the item's note) keeps a refused note too.
  await page.locator('.quadrant[data-quadrant="S"] .swot-item').first().click();
  const note = page.locator('.detail-panel textarea');
  const tooLong = 'x'.repeat(10_001);
  await note.fill(tooLong);
  await note.press('Tab');
  await expect(note).toHaveValue(tooLong);
  await expect(page.locator('.detail-panel .field-error')).toContainText('at most 10000 characters');
});

test('what is being typed survives a save finishing and another tab changing the project', async ({ page, context }) => {
  await openFresh(page);
  await createProject(page, 'Typing');
  await page.getByRole('tab', { name: 'Org chart' }).click();
  await page.locator('.org-viewport').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Position title', { exact: true })).toBeFocused();
  await page.keyboard.insertText('Desk lead');
  await page.keyboard.press('Enter');
  await expectSaved(page);

  // A save that finishes while the holder is being typed re-renders the editor.
  const holder = page.locator('#jd-holder');
  await holder.click();
  await page.keyboard.type('Wang');
  await page.locator('.bar-tools .history-buttons').waitFor();
  await expectSaved(page);
  await expect(holder).toHaveValue('Wang');

  // Another tab renames the project: this tab reloads it, the typing stays.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.locator('.project-name').fill('Renamed elsewhere');
  await other.locator('.project-name').press('Enter');
  await expect(page.locator('.project-name')).toHaveValue('Renamed elsewhere');
  await expect(holder).toHaveValue('Wang');
  await page.bringToFront();
  await expect(holder).toBeFocused();
  await page.keyboard.type(' Min');
  await holder.press('Tab');
  await expect(page.locator('.org-box title')).toContainText('Wang Min');
  await other.close();
});
