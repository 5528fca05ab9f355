// A workshop participant on a phone (390 × 844, touch): opens a share link, votes and gets the
// vote code; adds and edits a SWOT item by touch. The chrome is one compact bar, quadrants
// stack, nothing scrolls sideways, and no text box is too narrow to read what it holds.
import { test, expect, openFresh } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Text fields narrower than a few words, and whether the page scrolls sideways. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const narrow = [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => el.getBoundingClientRect().width < 64)
      .map((el) => `${el.className || el.id || el.tagName} is ${Math.round(el.getBoundingClientRect().width)} px wide`);
    const sideways = document.documentElement.scrollWidth > window.innerWidth + 1 ? [`page is ${document.documentElement.scrollWidth} px wide`] : [];
    return [...narrow, ...sideways];
  });
}

async function sharedSampleLink(page) {
  await openFresh(page);
  await page.getByRole('button', { name: 'Open the sample project' }).tap();
  await expect(page.locator('.top-bar')).toBeVisible();
  // The app's own share link, built by the page (as "Copy share link" does), read off the
  // toast's copy-by-hand field since a phone browser may refuse the clipboard.
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
  await page.locator('.tools-toggle').tap();
  await page.locator('.file-menu summary').tap();
  await page.getByRole('button', { name: 'Copy share link' }).tap();
  const byHand = page.locator('.toast .copy-by-hand');
  await expect(byHand).toBeVisible();
  const link = await byHand.inputValue();
  await page.locator('.toast').getByRole('button', { name: 'Dismiss' }).tap();
  return link;
}

test('phone: open a share link, vote, get the vote code', async ({ page }) => {
  const link = await sharedSampleLink(page);
  expect(link).toMatch(/#share=1\./);
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await expect(page.locator('.share-name')).toBeVisible();
  expect(await layoutProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import as a new project' }).tap();
  await expect(page.locator('.top-bar')).toBeVisible();

  // The chrome: one bar of back, name, status and menu, then the tabs — well under a fifth
  // of the screen.
  const bar = await page.locator('.top-bar').boundingBox();
  expect(bar.height).toBeLessThan(844 * 0.15);
  expect(await layoutProblems(page)).toEqual([]);

  await page.getByRole('button', { name: 'Dot voting' }).tap();
  await page.getByRole('button', { name: 'Start a round' }).tap();
  await expect(page.locator('.dots-left')).toHaveText('3 of 3 dots left');
  const weakness = page.locator('.quadrant[data-quadrant="W"] .swot-item').first();
  await weakness.locator('.dot-add').tap();
  await expect(page.locator('.dots-left')).toHaveText('2 of 3 dots left');
  await page.getByRole('button', { name: 'My vote code' }).tap();
  await expect(page.locator('.vote-code')).toHaveText(/^V[0-9a-z]+-[0-9a-z.]+$/);
  expect(await layoutProblems(page)).toEqual([]);
});

test('phone: quadrants stack; add an item and edit it in place by touch', async ({ page }) => {
  await openFresh(page);
  await page.getByLabel('New project name').fill('On the phone');
  await page.getByRole('button', { name: 'Create project' }).tap();
  const strengths = page.locator('.quadrant[data-quadrant="S"]');
  const weaknesses = page.locator('.quadrant[data-quadrant="W"]');
  await expect(strengths).toBeVisible();
  const s = await strengths.boundingBox();
  const w = await weaknesses.boundingBox();
  expect(s.width).toBeGreaterThan(300);
  expect(w.y).toBeGreaterThan(s.y + s.height - 1);

  const add = strengths.locator('.add-item');
  await add.tap();
  await add.fill('Friendly staff');
  await add.press('Enter');
  const item = strengths.locator('.swot-item').first();
  await expect(item.locator('.item-text')).toHaveText('Friendly staff');
  await item.dblclick();
  const edit = strengths.locator('.item-edit');
  await expect(edit).toHaveValue('Friendly staff');
  await edit.fill('Friendly, patient staff');
  await edit.press('Enter');
  await expect(item.locator('.item-text')).toHaveText('Friendly, patient staff');
  expect(await layoutProblems(page)).toEqual([]);

  // The tools menu opens and closes; its dialogs fit the screen.
  await page.locator('.tools-toggle').tap();
  await page.locator('.help-button').tap();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

test('the service-quality views fit a phone: nothing scrolls sideways, every field is wide enough', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('button', { name: 'Open the sample project' }).tap();
  await page.getByRole('tab', { name: 'Service quality' }).tap();
  for (const view of ['SERVQUAL scores', 'Questionnaire', 'Gap model', 'Blueprint links']) {
    await page.getByRole('button', { name: view, exact: true }).tap();
    await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
    expect(await layoutProblems(page), view).toEqual([]);
  }
});
