// Firefox journeys where saving or importing goes wrong. Firefox has said "storage is full" in
// its own way (NS_ERROR_DOM_QUOTA_REACHED, code 1014, before it adopted QuotaExceededError), so
// the red "Not saved" banner and its reason are checked in Firefox too, not only in Chromium; a
// bad import file must be refused with a clear message and leave the stored projects untouched.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import {
  useFirefox, openSample, clickButton, find, expectText, expectTexts, expectValue, expectSaved,
  SAMPLE_NAME,
} from './harness.mjs';

const journey = useFirefox();
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const FULL = 'Not saved: storage is full — export your project';

/** In the page: fills localStorage until Firefox refuses even a few characters. */
function fillStorage() {
  const keys = [];
  let refusal = null;
  let chunk = 'x'.repeat(512 * 1024);
  for (let i = 0; chunk.length > 8; i++) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
      keys.push(`filler-${i}`);
    } catch (error) {
      refusal ??= `${error.name} (code ${error.code})`;
      chunk = chunk.slice(0, chunk.length / 2);
    }
  }
  return { keys, refusal };
}

/** Replaces the project's name through the name field, as a user does, and confirms with Enter. */
async function rename(page, name) {
  await (await find(page, '.project-name', null)).click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

journey('storage full: the red "Not saved" banner appears, editing goes on, and the retry saves', async (page, base, t) => {
  await openSample(page, base);
  await expectSaved(page);
  const { keys, refusal } = await page.evaluate(fillStorage);
  assert.ok(refusal, 'Firefox refused a write once storage was full');
  t.diagnostic(`Firefox refused localStorage.setItem with ${refusal} after ${keys.length} fillers`);

  await rename(page, 'Renamed while storage is full, '.repeat(5).trim());
  // The top bar names the failure; the banner under it says why (a full quota, not some other
  // storage failure) and what to do.
  await expectText(page, '.save-status', /^Not saved/);
  await expectText(page, '.banner.error[role=alert] p', FULL);

  await rename(page, 'Still editing');
  await expectValue(page, '.project-name', 'Still editing');
  await expectText(page, '.save-status', /^Not saved/);
  await expectText(page, '.banner.error[role=alert] p', FULL);

  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), keys);
  await clickButton(page, 'Retry saving', '.banner.error');
  await expectSaved(page);
  await page.reload();
  await expectValue(page, '.project-name', 'Still editing');
});

/** In the page: every stored key but the preferences (which the app may update on its own). */
const storedProjects = () => Object.fromEntries(Object.keys(localStorage)
  .filter((key) => key !== 'pw1:prefs').sort().map((key) => [key, localStorage.getItem(key)]));

const refusals = [
  ['invalid/not_json.json', /^Could not import not_json\.json: This is not valid JSON \(error at line \d+, column \d+\)\.$/],
  ['invalid/html_renamed.json', /^Could not import html_renamed\.json: This is an HTML page, not a project file\.$/],
];

for (const [file, message] of refusals) {
  journey(`import: ${file} is refused with a clear message and changes nothing`, async (page, base) => {
    await openSample(page, base);
    await expectSaved(page);
    await clickButton(page, '← Projects');
    await expectTexts(page, '.project-row .project-title', [SAMPLE_NAME]);
    const before = await page.evaluate(storedProjects);

    // The "Import project" button opens this input's file picker.
    const input = await page.$('[data-testid=import-input]');
    await input.uploadFile(fixture(file));
    await expectText(page, '.import-error span', message);
    await expectTexts(page, '.project-row .project-title', [SAMPLE_NAME]);
    assert.deepEqual(await page.evaluate(storedProjects), before, 'the stored projects are unchanged');

    await page.reload();
    await expectTexts(page, '.project-row .project-title', [SAMPLE_NAME]);
  });
}
