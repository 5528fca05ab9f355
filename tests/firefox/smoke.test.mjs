// Firefox smoke journeys, one per canvas: open the sample project, make an edit on the canvas
// the way a user does (mouse and keyboard), wait for "Saved", reload, and find the edit.
// Selectors and flows are those of the Chromium journeys in tests/e2e/.
import assert from 'node:assert/strict';
import {
  useFirefox, openSample, clickButton, find, typeInto, expectTexts, expectText, expectCount,
  expectFocusedField, expectSaved, eventually, texts, readTexts,
} from './harness.mjs';

const journey = useFirefox();

journey('SWOT: an item added to Strengths by keyboard is still there after a reload', async (page, base) => {
  await openSample(page, base);
  const strengths = '.quadrant[data-quadrant="S"] .swot-item .item-text';
  await expectCount(page, strengths, 3);
  const before = await texts(page, strengths);

  await typeInto(page, '.quadrant[data-quadrant="S"] .add-item', 'Same-day spare parts in Firefox');
  const after = [...before, 'Same-day spare parts in Firefox'];
  await expectTexts(page, strengths, after);
  await expectSaved(page);

  await page.reload();
  await expectTexts(page, strengths, after);
});

journey('Five forces: a supplier factor typed into the panel is still there after a reload', async (page, base) => {
  await openSample(page, base);
  await clickButton(page, 'Five forces');
  const factors = '#force-suppliers .factor-text';
  await expectText(page, '.verdict', '3 of 5 forces high → unattractive industry');
  const before = await texts(page, factors);
  assert.ok(before.length > 0, 'the sample has supplier factors');

  await typeInto(page, '#force-suppliers .add-factor', 'Only two panel makers left');
  const after = [...before, 'Only two panel makers left'];
  await expectTexts(page, factors, after);
  await expectSaved(page);

  await page.reload();
  await expectTexts(page, factors, after);
  await expectText(page, '.verdict', '3 of 5 forces high → unattractive industry');
});

journey('Org chart: a subordinate added with Tab keeps its superior after a reload', async (page, base) => {
  await openSample(page, base);
  await clickButton(page, 'Org chart');
  const boxes = '.org-box';
  const before = await eventually(page, 'the sample chart is drawn', (s) => document.querySelectorAll(s).length, (n) => n > 0, boxes);

  // Select the after-sales supervisor; Tab adds a subordinate and puts the cursor in its title.
  await (await find(page, boxes, /^After-sales Supervisor, /)).click();
  await expectText(page, '.jd-panel h3', 'After-sales Supervisor');
  await page.keyboard.press('Tab');
  await expectFocusedField(page, 'Position title');
  await page.keyboard.type('Night Shift Lead');
  await page.keyboard.press('Enter');
  await expectCount(page, boxes, before + 1);
  await expectText(page, '.jd-panel h3', 'Night Shift Lead');
  await expectText(page, '.jd-panel .derived', 'After-sales Supervisor');
  await expectSaved(page);

  await page.reload();
  await expectCount(page, boxes, before + 1);
  await (await find(page, boxes, /^Night Shift Lead, /)).click();
  await expectText(page, '.jd-panel h3', 'Night Shift Lead');
  await expectText(page, '.jd-panel .derived', 'After-sales Supervisor');
});

journey('Service blueprint: a step added with "Add step" is still there after a reload', async (page, base) => {
  await openSample(page, base);
  await clickButton(page, 'Service blueprint');
  const steps = '.bp-step-name';
  const before = await eventually(page, 'the sample blueprint is drawn', readTexts, (names) => names.length > 0, steps);

  await clickButton(page, 'Add step');
  await expectFocusedField(page, 'Step name');
  await page.keyboard.type('Thank-you call');
  await page.keyboard.press('Enter');
  const after = [...before, 'Thank-you call'];
  await expectTexts(page, steps, after);
  await expectSaved(page);

  await page.reload();
  await expectTexts(page, steps, after);
});

journey('Service quality: a cause added to a gap by keyboard is still there after a reload', async (page, base) => {
  await openSample(page, base);
  await clickButton(page, 'Service quality');
  await clickButton(page, 'Gap model');
  const causes = '.gap-card.gap-2 .cause input';
  const before = await eventually(page, 'the sample gaps are drawn', (s) => [...document.querySelectorAll(s)].map((e) => e.value), (v) => v.length > 0, causes);
  await typeInto(page, '.gap-card.gap-2 input[aria-label="Add a cause…"]', 'Standards written only in Firefox');
  const read = (s) => [...document.querySelectorAll(s)].map((e) => e.value);
  const after = [...before, 'Standards written only in Firefox'];
  await eventually(page, 'the cause is added', read, (v) => JSON.stringify(v) === JSON.stringify(after), causes);
  await expectSaved(page);

  await page.reload();
  await clickButton(page, 'Gap model');
  await eventually(page, 'the cause is still there', read, (v) => JSON.stringify(v) === JSON.stringify(after), causes);
});
