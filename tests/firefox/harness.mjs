// What the Firefox tests share: the static server for a build at /nested/app/ on a free port,
// Debian's firefox-esr driven headless over WebDriver BiDi by puppeteer-core, one fresh browser
// context per test that fails the test on a console error, page error, CSP violation or dialog
// (like tests/e2e/fixtures.mjs), and waits that say what the page showed when they time out.
// The build is the repository's dist/ unless FIREFOX_DIST names another folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const SERVER = fileURLToPath(new URL('../e2e/serve-subpath.mjs', import.meta.url));
const DIST = resolve(process.env.FIREFOX_DIST || fileURLToPath(new URL('../../dist/', import.meta.url)));
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
/** How long a wait for something on the page may take. */
export const TIMEOUT = Number(process.env.FIREFOX_TIMEOUT || 15_000);
/** The first start compiles the wasm in a new profile, which is much slower in Firefox. */
const FIRST_START = Math.max(TIMEOUT, 60_000);
/** How often a wait looks at the page again. */
const POLL_MS = 50;
/** A whole journey, or Firefox's launch in the file's `before`. */
const TEST_TIMEOUT = 3 * FIRST_START;

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Serves the build with tests/e2e/serve-subpath.mjs; resolves once it listens. */
async function serve() {
  assert.ok(existsSync(join(DIST, 'index.html')), `no build at ${DIST}: run scripts/build.sh first (or set FIREFOX_DIST)`);
  const port = await freePort();
  const server = spawn(process.execPath, [SERVER, String(port)], {
    env: { ...process.env, DIST }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Should the runner die without `after`, the server must not outlive it.
  const orphanGuard = () => server.kill();
  process.once('exit', orphanGuard);
  await new Promise((ready, reject) => {
    server.stdout.on('data', (chunk) => { if (String(chunk).includes('serving')) ready(); });
    server.once('exit', (code) => reject(new Error(`the static server exited (code ${code}) before it listened on ${port}`)));
  });
  const exited = new Promise((done) => server.once('exit', done));
  return {
    base: `http://127.0.0.1:${port}/nested/app/`,
    stop: async () => {
      process.off('exit', orphanGuard);
      if (server.exitCode === null && server.signalCode === null) {
        server.kill();
        await exited;
      }
    },
  };
}

function launch() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: FIRST_START,
    // Playwright's default window, so the layouts match those of the Chromium journeys.
    defaultViewport: { width: 1280, height: 720 },
    // The app follows the browser's language; the tests read English texts.
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US' },
  });
}

/** Closes Firefox; kills it when it does not close on its own. */
async function closeBrowser(browser) {
  let timer;
  const gaveUp = new Promise((done) => { timer = setTimeout(() => done('timeout'), TIMEOUT); });
  const outcome = await Promise.race([browser.close().catch(() => 'failed'), gaveUp]);
  clearTimeout(timer);
  if (outcome) browser.process()?.kill('SIGKILL');
}

/**
 * Starts the server and Firefox before the file's tests and stops both after them, even when a
 * test or the start fails. Returns `journey(name, body)`, which adds a test that calls
 * `body(page, base, t)` with a page in a fresh browser context (empty storage), closes the
 * context afterwards and fails on any problem the page reported.
 */
export function useFirefox() {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    try {
      browser = await launch();
    } catch (error) {
      await server.stop();
      server = undefined;
      throw error;
    }
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    if (browser) await closeBrowser(browser);
    if (server) await server.stop();
  }, { timeout: TEST_TIMEOUT });

  return (name, body) => test(name, { timeout: TEST_TIMEOUT }, async (t) => {
    assert.ok(browser && server, 'Firefox and the server are running');
    const context = await browser.createBrowserContext();
    const problems = [];
    let page;
    try {
      page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT);
      page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', async (dialog) => {
        problems.push(`unexpected dialog: ${dialog.message()}`);
        await dialog.dismiss();
      });
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await body(page, server.base, t);
    } catch (error) {
      await keepScreenshot(t, page);
      if (problems.length) error.message += `\nthe page also reported:\n${problems.join('\n')}`;
      throw error;
    } finally {
      await context.close().catch(() => {});
    }
    assert.deepEqual(problems, [], 'the page logged no errors, CSP violations or dialogs');
  });
}

/** Saves what the page looked like when a journey failed, and says where. */
async function keepScreenshot(t, page) {
  if (!page) return;
  const dir = join(tmpdir(), 'firefox-test-failures');
  const path = join(dir, `${t.name.replace(/[^\w-]+/g, '_').slice(0, 80)}.png`);
  try {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path });
    t.diagnostic(`screenshot of the failure: ${path}`);
  } catch {
    // A page that cannot be photographed still fails with its own error.
  }
}

/**
 * Reads the page with `read(arg)` until `check` accepts the value, and returns it; fails after
 * `timeout` ms saying what it read last. A read during a reload counts as not yet.
 */
export async function eventually(page, what, read, check, arg, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await page.evaluate(read, arg);
      if (check(last)) return last;
    } catch (error) {
      last = `(could not read the page: ${error.message})`;
    }
    if (Date.now() > deadline) assert.fail(`${what}: after ${timeout} ms the page still shows ${JSON.stringify(last)}`);
    await new Promise((wake) => setTimeout(wake, POLL_MS));
  }
}

/** In the page: the trimmed texts of the elements matching `selector`. */
export const readTexts = (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent.trim());
/** The trimmed texts of the elements matching `selector`, now. */
export const texts = (page, selector) => page.evaluate(readTexts, selector);
const same = (expected) => (actual) => JSON.stringify(actual) === JSON.stringify(expected);

/** Waits until the elements matching `selector` show exactly `expected`, in order. */
export function expectTexts(page, selector, expected) {
  return eventually(page, `${selector} reads ${JSON.stringify(expected)}`, readTexts, same(expected), selector);
}

/** Waits until the first element matching `selector` shows `expected` (a string or RegExp). */
export function expectText(page, selector, expected) {
  const ok = (text) => typeof text === 'string' && (expected instanceof RegExp ? expected.test(text) : text === expected);
  return eventually(page, `${selector} reads ${expected}`, (s) => document.querySelector(s)?.textContent.trim() ?? null, ok, selector);
}

/** Waits until exactly `count` elements match `selector`. */
export function expectCount(page, selector, count) {
  return eventually(page, `${count} × ${selector}`, (s) => document.querySelectorAll(s).length, (n) => n === count, selector);
}

/** Waits until the form field matching `selector` holds `value`. */
export function expectValue(page, selector, value) {
  return eventually(page, `${selector} holds ${JSON.stringify(value)}`, (s) => document.querySelector(s)?.value ?? null, (v) => v === value, selector);
}

/** Waits until the focused field is the one labelled `label`. */
export function expectFocusedField(page, label) {
  return eventually(page, `the focused field is "${label}"`, () => {
    const e = document.activeElement;
    return e?.labels?.[0]?.textContent.trim() || e?.getAttribute('aria-label') || e?.tagName || null;
  }, (name) => name === label);
}

/** The "Saved HH:MM" status in the top bar: the project is in localStorage. */
export function expectSaved(page) {
  return expectText(page, '.save-status', /^Saved \d\d:\d\d$/);
}

/**
 * Waits for a visible element matching `selector` (inside `within`) whose accessible text — its
 * aria-label, else its SVG <title>, else its text — is `name` (a string matches whole, a RegExp
 * as given, null anything) and returns its handle.
 */
export async function find(page, selector, name, { within = 'body', timeout = TIMEOUT } = {}) {
  try {
    const handle = await page.waitForFunction((selector, source, flags, within) => {
      const wanted = source === null ? null : new RegExp(source, flags);
      const named = (e) => e.getAttribute('aria-label') || e.querySelector(':scope > title')?.textContent || e.textContent;
      return [...document.querySelectorAll(within)].flatMap((scope) => [...scope.querySelectorAll(selector)])
        .find((e) => e.getClientRects().length > 0 && (wanted === null || wanted.test(named(e).trim())));
    }, { polling: POLL_MS, timeout }, selector, ...pattern(name), within);
    return handle.asElement();
  } catch (error) {
    const seen = await page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.trim().slice(0, 60)), selector).catch(() => []);
    throw new Error(`no visible ${selector} named ${name} in ${within} (${error.message}); found ${JSON.stringify(seen)}`);
  }
}

/** A name as a RegExp source: strings match whole, RegExps as given; null matches any. */
function pattern(name) {
  if (name === undefined || name === null) return [null, ''];
  if (name instanceof RegExp) return [name.source, name.flags];
  return [`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, ''];
}

/** Clicks the button (or tab) called `name` the way a user does: with the mouse. */
export async function clickButton(page, name, within) {
  const button = await find(page, 'button, [role=tab]', name, { within });
  await button.click();
}

/** Opens the app on the project list, with the empty storage of a fresh context. */
export async function openList(page, base) {
  await page.goto(base, { timeout: FIRST_START });
  await find(page, 'button', 'Open the sample project', { within: '.project-page', timeout: FIRST_START });
}

export const SAMPLE_NAME = "Sample: an electronics retailer's service department";

/** Opens the sample project from the project list; the editor opens on its SWOT board. */
export async function openSample(page, base) {
  await openList(page, base);
  await clickButton(page, 'Open the sample project');
  await expectValue(page, '.project-name', SAMPLE_NAME);
}

/** Clicks into the field matching `selector`, types `text` and presses Enter. */
export async function typeInto(page, selector, text) {
  await (await find(page, selector, null)).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
