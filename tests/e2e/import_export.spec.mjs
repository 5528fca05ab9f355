// Export and import of project files: valid, foreign, damaged, newer and oversize files, by
// file picker and by drag-and-drop. Import never overwrites without an explicit choice.
import { readFileSync } from 'node:fs';
import { test, expect, openFresh, createProject, renameTo, expectSaved } from './fixtures.mjs';

const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

async function importFile(page, path) {
  await page.getByTestId('import-input').setInputFiles(path);
}

test('a valid file is imported; importing it again asks, and "copy" keeps both', async ({ page }) => {
  await openFresh(page);
  await importFile(page, fixture('v1_full.json'));
  await expect(page.locator('.project-title')).toHaveText(['客服部 2026 年度规划']);
  await expect(page.locator('.toast')).toContainText('Imported “客服部 2026 年度规划”');

  // The file's id is not the stored one (import adds a copy with a new id), so it imports again
  // without a question; export the stored project and re-import that to meet the question.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export project (.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('客服部 2026 年度规划.json');
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(exported.format).toBe('planning-workbench');
  expect(exported.schema_version).toBe(5);
  expect(exported.project.name).toBe('客服部 2026 年度规划');

  await importFile(page, await file.path());
  await expect(page.getByRole('dialog')).toContainText('already in your project list');
  await page.getByRole('dialog').getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.locator('.project-title')).toHaveText(['客服部 2026 年度规划', '客服部 2026 年度规划']);
});

test('"replace" overwrites the existing project only when chosen', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Original');
  const download = page.waitForEvent('download');
  await page.locator('.file-menu summary').click();
  await page.getByRole('button', { name: 'Export project (.json)' }).click();
  const path = await (await download).path();
  await renameTo(page, 'Changed after export');
  await expectSaved(page);
  await page.getByRole('button', { name: '← Projects' }).click();
  await expect(page.locator('.project-page')).toBeVisible();

  await importFile(page, path);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Changed after export']);

  await importFile(page, path);
  await page.getByRole('dialog').getByRole('button', { name: 'Replace the existing project' }).click();
  await expect(page.locator('.project-title')).toHaveText(['Original']);
});

const refusals = [
  ['invalid/other_app.json', 'JSON from another program'],
  ['invalid/array.json', 'a list (JSON array), not a project'],
  ['invalid/html_renamed.json', 'an HTML page, not a project file'],
  ['invalid/not_json.json', 'not valid JSON (error at line'],
  ['invalid/newer_version.json', 'newer version (schema 99); this version reads up to schema 5'],
  ['invalid/bad_shape.json', 'The project data is wrong at name: it has the wrong type: text expected.'],
  ['invalid/empty.json', 'The file is empty.'],
];

for (const [file, message] of refusals) {
  test(`importing ${file} is refused with a clear message and changes nothing`, async ({ page }) => {
    await openFresh(page);
    await createProject(page, 'Existing');
    await page.getByRole('button', { name: '← Projects' }).click();
    await expect(page.locator('.project-page')).toBeVisible();
    await importFile(page, fixture(file));
    await expect(page.locator('.import-error')).toContainText(message);
    await expect(page.locator('.project-title')).toHaveText(['Existing']);
  });
}

test('a file over 10 MB is refused before it is read', async ({ page }) => {
  await openFresh(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20),
  });
  await expect(page.locator('.import-error')).toContainText('huge.json');
  await expect(page.locator('.import-error')).toContainText('the limit is 10.5 MB');
});

test('errors are translated', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  await importFile(page, fixture('invalid/other_app.json'));
  await expect(page.locator('.import-error')).toContainText('这是其他程序的 JSON 文件');
});

test('a project file dropped on the list is imported', async ({ page }) => {
  await openFresh(page);
  const text = readFileSync(fixture('v1_minimal.json'), 'utf8');
  const name = JSON.parse(text).project.name;
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.locator('.import-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.locator('.import-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('.project-title')).toHaveText([name]);
});

test('a damaged file is repaired on import and the user is told what was fixed', async ({ page }) => {
  await openFresh(page);
  const damaged = {
    format: 'planning-workbench', schema_version: 1, saved_at: 0,
    project: {
      id: 'hand-edited', name: 'Hand edited', created: 0, updated: 0, next_item_id: 1,
      swot: { items: [
        { id: 5, quadrant: 'strengths', text: 'kept a' },
        { id: 5, quadrant: 'threats', text: 'kept b', priority: 42 },
      ], strategies: [] },
    },
  };
  await page.getByTestId('import-input').setInputFiles({
    name: 'hand-edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)),
  });
  await expect(page.locator('.toast', { hasText: 'This file was repaired' }).locator('.toast-text'))
    .toHaveText('This file was repaired: SWOT: 3 fixes. Everything else is as it was.');
  await page.locator('.project-row', { hasText: 'Hand edited' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.quadrant[data-quadrant="S"] .item-text')).toHaveText(['kept a']);
  await expect(page.locator('.quadrant[data-quadrant="T"] .item-text')).toHaveText(['kept b']);
});
