// Attacks on the app as a user or a hostile file could make them: markup and control text in
// every field, storage that is full, disabled or inconsistent, and closing or reloading right
// after an edit. Every test also fails on console errors, CSP violations and dialogs (fixtures).
import { readFileSync } from 'node:fs';
import { test, expect, openFresh, createProject, renameTo, expectSaved } from './fixtures.mjs';

const hostile = JSON.parse(readFileSync(new URL('../fixtures/hostile.json', import.meta.url), 'utf8'));
const long = 'long text 长文本 '.repeat(66).slice(0, 1000);

/** Elements a hostile string would create if it were ever parsed as HTML. */
async function injected(page) {
  return page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    foreign: document.querySelectorAll('foreignObject').length,
  }));
}

async function parseSvg(page, svg) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const names = new Set([...doc.getElementsByTagName('*')].map((e) => e.localName));
    const attributes = [...doc.getElementsByTagName('*')].flatMap((e) => [...e.attributes].map((a) => a.name));
    return { error: doc.getElementsByTagName('parsererror').length, names: [...names].sort(), attributes, text: doc.documentElement.textContent };
  }, svg);
}

async function exportSvg(page, button) {
  await page.locator('.export-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  // Escape closes the menu, as every menu does.
  await page.keyboard.press('Escape');
  await expect(page.locator('details.export-menu')).not.toHaveAttribute('open', '');
  return svg;
}

test('hostile text in every field is shown as text, survives a reload and exports as inert SVG', async ({ page }) => {
  test.setTimeout(90_000);
  await openFresh(page);
  await createProject(page, hostile[0]);
  const texts = [...hostile, long];

  // SWOT: items in S and O, a note, a strategy citing both.
  const add = async (letter, text) => {
    const field = page.locator(`.quadrant[data-quadrant="${letter}"] .add-item`);
    await field.fill(text);
    await field.press('Enter');
  };
  for (const text of texts) await add('S', text);
  await add('O', hostile[1]);
  await page.locator('.quadrant[data-quadrant="S"] .swot-item').first().click();
  await page.locator('.detail-panel textarea').fill(hostile.join('\n'));
  await page.locator('.detail-panel textarea').press('Tab');
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  const so = page.locator('.tows-cell.cell-so');
  await so.getByRole('button', { name: 'Add strategy' }).click();
  await so.getByLabel('Strategy').fill(hostile[2]);
  await so.locator('.source-choice input').first().check();
  await so.locator('.source-choice').nth(1).locator('input').first().check();
  await so.getByRole('button', { name: 'Save' }).click();
  await expect(so.locator('.strategy-text')).toHaveText([hostile[2]]);

  // Five forces: factors, a note, a competitor with every text field, the conclusion.
  await page.getByRole('tab', { name: 'Five forces' }).click();
  for (const text of hostile) {
    const field = page.locator('#force-rivalry .add-factor');
    await field.fill(text);
    await field.press('Enter');
  }
  const firstFactor = page.locator('#force-rivalry .factor').first();
  await firstFactor.getByRole('button', { name: 'Note' }).click();
  await firstFactor.getByLabel('Note').fill(hostile.join('\n'));
  await firstFactor.getByLabel('Note').press('Tab');
  const register = page.locator('.competitors');
  await register.getByLabel('Competitor name').fill(hostile[1]);
  await register.getByRole('button', { name: 'Add competitor' }).click();
  const row = register.locator('tbody tr').first();
  await row.getByLabel('Strengths').fill(hostile[5]);
  await row.getByLabel('Strengths').press('Tab');
  await row.getByLabel('Weaknesses').fill(hostile[7]);
  await row.getByLabel('Weaknesses').press('Tab');
  await page.locator('.conclusion textarea').fill(hostile.join(' '));
  await page.locator('.conclusion textarea').press('Tab');

  expect(await injected(page)).toEqual({ img: 0, inlineScripts: 0, handlers: 0, foreign: 0 });
  await expectSaved(page);
  await page.reload();

  await expect(page.locator('#force-rivalry .factor-text')).toHaveText(hostile.map((t) => t.trim()));
  await expect(page.locator('#force-rivalry .note-toggle').first()).toHaveAttribute('title', hostile.map((t) => t.trim()).join('\n'));
  await expect(page.locator('.conclusion textarea')).toHaveValue(hostile.join(' '));
  await expect(page.locator('.competitors tbody tr').first().getByLabel('Competitor name')).toHaveValue(hostile[1]);
  const diagram = await parseSvg(page, await exportSvg(page, 'Export diagram SVG'));
  const assessment = await parseSvg(page, await exportSvg(page, 'Export assessment SVG'));

  await page.getByRole('tab', { name: 'SWOT' }).click();
  await expect(page.locator('.quadrant[data-quadrant="S"] .item-text')).toHaveText(texts.map((t) => t.trim()));
  await expect(page.locator('.project-name')).toHaveValue(hostile[0]);
  const board = await parseSvg(page, await exportSvg(page, 'Export SVG'));
  await page.getByRole('button', { name: 'TOWS matrix' }).click();
  const tows = await parseSvg(page, await exportSvg(page, 'Export SVG'));

  const allowed = ['circle', 'g', 'line', 'polygon', 'polyline', 'rect', 'svg', 'text', 'title', 'tspan'];
  for (const svg of [board, tows, diagram, assessment]) {
    expect(svg.error).toBe(0);
    expect(svg.names.every((n) => allowed.includes(n)), `elements: ${svg.names}`).toBe(true);
    expect(svg.attributes.filter((a) => a.startsWith('on'))).toEqual([]);
  }
  for (const text of hostile) {
    expect(board.text).toContain(text.trim());
    expect(diagram.text).toContain(text.trim());
  }
  expect(await injected(page)).toEqual({ img: 0, inlineScripts: 0, handlers: 0, foreign: 0 });
});

test('hostile text in org-chart fields is shown as text, survives a reload and exports as inert SVG', async ({ page }) => {
  test.setTimeout(60_000);
  await openFresh(page);
  await createProject(page, 'Hostile org');
  await page.getByRole('tab', { name: 'Org chart' }).click();
  await page.locator('.org-viewport').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Position title', { exact: true })).toBeFocused();
  await page.keyboard.insertText(hostile[0]);
  await page.keyboard.press('Enter');
  for (const text of hostile.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Position title', { exact: true })).toBeFocused();
    await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
  }
  // Only boxes near the view are drawn: fit the chart to see them all.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect(page.locator('.org-box')).toHaveCount(hostile.length);
  const panel = page.locator('.jd-panel');
  await panel.getByLabel('Holder').fill(hostile[1]);
  await panel.getByLabel('Department').fill(hostile[7]);
  await panel.getByLabel('4 Responsibilities (one per line)').fill(hostile.join('\n'));
  await panel.getByLabel('6 Other').fill('长'.repeat(10_000));
  await panel.getByLabel('Level').click();
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.org-box')).toHaveCount(hostile.length);
  const labels = await page.locator('.org-box > title').evaluateAll((els) => els.map((el) => el.textContent));
  for (const text of hostile) {
    expect(labels.some((label) => label.startsWith(`${text.trim()}, `)), text).toBe(true);
  }
  await page.locator('.org-box').first().click();
  await expect(panel.getByLabel('4 Responsibilities (one per line)')).toHaveValue(hostile.map((t) => t.trim()).join('\n'));
  await expect(panel.getByLabel('6 Other')).toHaveValue('长'.repeat(10_000));
  const chart = await parseSvg(page, await exportSvg(page, 'Export chart SVG'));
  expect(chart.error).toBe(0);
  const allowed = ['circle', 'g', 'line', 'polygon', 'polyline', 'rect', 'svg', 'text', 'title', 'tspan'];
  expect(chart.names.every((n) => allowed.includes(n)), `elements: ${chart.names}`).toBe(true);
  expect(chart.attributes.filter((a) => a.startsWith('on'))).toEqual([]);
  expect(await injected(page)).toEqual({ img: 0, inlineScripts: 0, handlers: 0, foreign: 0 });
});

test('hostile text in blueprint fields is shown as text, survives a reload and exports as inert SVG', async ({ page }) => {
  test.setTimeout(60_000);
  await openFresh(page);
  await createProject(page, 'Hostile blueprint');
  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByLabel('Step name', { exact: true }).first()).toBeFocused();
  await page.keyboard.insertText(hostile[0]);
  await page.keyboard.press('Enter');
  await page.locator('.bp-scroller').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  for (const text of hostile) {
    await page.keyboard.press('n');
    await expect(page.getByLabel('Card text', { exact: true }).first()).toBeFocused();
    await page.keyboard.insertText(text);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.bp-card')).toHaveCount(hostile.length);
  await page.keyboard.press('f');
  const panel = page.locator('.bp-panel');
  await panel.getByLabel('Note').fill('长'.repeat(10_000));
  await panel.getByLabel('Expected minutes').click();
  await page.locator('.bp-lane-name').first().click();
  await panel.getByLabel('Lane name').fill(hostile[7]);
  await panel.getByLabel('Lane name').press('Enter');
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.bp-card')).toHaveCount(hostile.length);
  const labels = await page.locator('.bp-card').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  for (const text of hostile) {
    expect(labels.some((label) => label.startsWith(`${text.trim()} (`)), text).toBe(true);
  }
  await expect(page.locator('.bp-step-name')).toHaveText([hostile[0]]);
  await expect(page.locator('.bp-lane-name').first()).toHaveText(hostile[7].trim());
  await expect(page.locator('.register tbody tr')).toHaveCount(1);
  const svg = await parseSvg(page, await exportSvg(page, 'Export blueprint SVG'));
  expect(svg.error).toBe(0);
  const allowed = ['circle', 'g', 'line', 'polygon', 'polyline', 'rect', 'svg', 'text', 'title', 'tspan'];
  expect(svg.names.every((n) => allowed.includes(n)), `elements: ${svg.names}`).toBe(true);
  expect(svg.attributes.filter((a) => a.startsWith('on'))).toEqual([]);
  for (const text of hostile) expect(svg.text).toContain(text.trim().slice(0, 6));
  expect(await injected(page)).toEqual({ img: 0, inlineScripts: 0, handlers: 0, foreign: 0 });
});

test('hostile text in service-quality fields is shown as text, survives a reload and exports as inert SVG', async ({ page }) => {
  test.setTimeout(60_000);
  await openFresh(page);
  await createProject(page, 'Hostile quality');
  await page.getByRole('tab', { name: 'Service quality' }).click();
  await page.getByRole('button', { name: 'Questionnaire' }).click();
  const add = page.getByLabel('Add a statement to Empathy…');
  for (const text of hostile) {
    await add.fill(text);
    await add.press('Enter');
  }
  await expect(page.locator('.statement')).toHaveCount(hostile.length);
  await page.getByRole('button', { name: 'Gap model' }).click();
  const gap = page.locator('.gap-card.gap-1');
  await gap.getByLabel('How it shows here (one line)').fill(hostile[1]);
  await gap.getByLabel('Evidence').fill('长'.repeat(10_000));
  await gap.getByLabel('Actions').fill(hostile.join('\n'));
  for (const text of hostile.slice(0, 4)) {
    await gap.getByLabel('Add a cause…').fill(text);
    await gap.getByLabel('Add a cause…').press('Enter');
  }
  await expect(gap.locator('.cause')).toHaveCount(4);
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Questionnaire' }).click();
  const statements = await page.locator('.statement input').evaluateAll((els) => els.map((el) => el.value));
  expect(statements).toEqual(hostile.map((t) => t.trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')));
  await page.getByRole('button', { name: 'Gap model' }).click();
  await expect(gap.getByLabel('Evidence')).toHaveValue('长'.repeat(10_000));
  await expect(gap.locator('.cause input')).toHaveCount(4);
  const svg = await parseSvg(page, await exportSvg(page, 'Export SVG'));
  expect(svg.error).toBe(0);
  const allowed = ['g', 'line', 'rect', 'svg', 'text', 'title', 'tspan'];
  expect(svg.names.every((n) => allowed.includes(n)), `elements: ${svg.names}`).toBe(true);
  expect(svg.attributes.filter((a) => a.startsWith('on'))).toEqual([]);
  for (const text of hostile.slice(0, 4)) expect(svg.text).toContain(text.trim().slice(0, 6));
  expect(await injected(page)).toEqual({ img: 0, inlineScripts: 0, handlers: 0, foreign: 0 });
});

test('storage disabled: the app says so, keeps working in this tab, and export keeps the work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Browser storage is unavailable');
  await createProject(page, 'Private mode plan');
  await expect(page.locator('.save-status')).toHaveText('Not saved');
  await expect(page.locator('.save-status')).toHaveAttribute('title', 'Not saved: browser storage is unavailable — export your project');
  const field = page.locator('.quadrant[data-quadrant="S"] .add-item');
  await field.fill('Typed in private mode');
  await field.press('Enter');
  await renameTo(page, 'Private mode plan, renamed');
  const download = page.waitForEvent('download');
  await page.getByRole('alert').getByRole('button', { name: 'Export project (.json)' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.project.name).toBe('Private mode plan, renamed');
  expect(saved.project.swot.items.map((i) => i.text)).toEqual(['Typed in private mode']);
  await page.getByRole('button', { name: '← Projects' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Private mode plan, renamed']);
});

test('storage already full when the session starts: existing work opens, edits show the banner, nothing is lost', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Before the disk filled');
  await expectSaved(page);
  const url = page.url();
  await page.goto('./#/');
  const fillers = await page.evaluate(() => {
    const keys = [];
    let chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; chunk.length > 8; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); keys.push(`filler-${i}`); } catch { chunk = chunk.slice(0, chunk.length / 2); }
    }
    return keys;
  });
  await page.reload();
  await page.getByLabel('New project name').fill('A new project');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.locator('.create-form .field-error')).toContainText('Storage is full');
  await page.goto(url);
  await renameTo(page, 'Typed while the disk was full, and kept');
  await expect(page.locator('.save-status')).toHaveAttribute('title', /storage is full/);
  await page.evaluate((keys) => keys.forEach((k) => localStorage.removeItem(k)), fillers);
  await page.getByRole('button', { name: 'Retry saving' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('Typed while the disk was full, and kept');
});

test('an index entry whose project key is gone is dropped with a notice; the rest lists', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Still here');
  await expectSaved(page);
  await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('pw1:index'));
    index.projects['ghost-1'] = { name: 'Ghost', updated: 0, saved_at: 0, revision: 3, units: 10 };
    localStorage.setItem('pw1:index', JSON.stringify(index));
  });
  await page.getByRole('button', { name: '← Projects' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Still here']);
  await expect(page.locator('.notice')).toContainText('1 project listed in the index had no data left and was removed');
  expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('pw1:index')).projects).length)).toBe(1);
});

test('closing the page right after an edit keeps it', async ({ page, context }) => {
  await openFresh(page);
  await createProject(page, 'Close soon');
  await expectSaved(page);
  const url = page.url();
  await renameTo(page, 'Edited, then the tab was closed');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('.project-name')).toHaveValue('Edited, then the tab was closed');
});

test('reloading while a save is pending keeps the edit', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Reload soon');
  await expectSaved(page);
  await renameTo(page, 'Edited, then reloaded at once');
  await page.reload();
  await expect(page.locator('.project-name')).toHaveValue('Edited, then reloaded at once');
});

test('text being typed is kept while the project saves in the background', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Typing while saving');
  const field = page.locator('.quadrant[data-quadrant="S"] .add-item');
  await field.fill('An edit that starts a save');
  await field.press('Enter');
  // Type into the name field right away, before the save finishes, without committing.
  await page.locator('.project-name').fill('A new name, still being typed');
  await expectSaved(page);
  await expect(page.locator('.project-name')).toHaveValue('A new name, still being typed');
  // The same on the blueprint's lane panel.
  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByLabel('Step name', { exact: true }).first()).toBeFocused();
  await page.keyboard.insertText('One');
  await page.keyboard.press('Enter');
  await page.locator('.bp-lane-name').first().click();
  await page.locator('.bp-panel').getByLabel('Lane name').fill('Evidence, renamed');
  await expectSaved(page);
  await expect(page.locator('.bp-panel').getByLabel('Lane name')).toHaveValue('Evidence, renamed');
});
