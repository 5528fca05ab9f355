// A first visit: the page and the service worker together download each file of the release
// once (the worker takes hashed files from the HTTP cache the page just filled), and after
// that one visit the app starts with the network off. Bytes are counted by the server
// (serve-subpath.mjs's /__stats), which sees the worker's requests as well as the page's.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures.mjs';

const dist = process.env.DIST ? resolve(process.env.DIST) : new URL('../../dist/', import.meta.url).pathname;
const prefix = '/nested/app/';

/** Every file of the build as [relative path, size], sw.js included; live/ (the live-session
 * worker, loaded only when a session starts) apart. */
function release() {
  return everyFile().filter(([name]) => !name.startsWith('live/'));
}

function everyFile() {
  return readdirSync(dist, { recursive: true })
    .map((name) => [name.split('\\').join('/'), statSync(join(dist, name))])
    .filter(([, stat]) => stat.isFile())
    .map(([name, stat]) => [name, stat.size]);
}

test('a first visit downloads each file once, and the app then starts offline', async ({ page, context, baseURL }) => {
  const files = release();
  const releaseBytes = files.reduce((sum, [, size]) => sum + size, 0);
  const wasm = files.map(([name]) => name).find((name) => name.endsWith('_bg.wasm'));
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const cacheName = `pw-${worker.match(/const RELEASE = "([0-9a-f]{16})";/)[1]}@`;
  const precached = JSON.parse(worker.match(/const FILES = (\[[\s\S]*?\]);/)[1]);
  expect(wasm, 'the build has a wasm file').toBeTruthy();

  const statsUrl = new URL('/__stats', baseURL);
  await fetch(`${statsUrl}?reset`);
  await page.goto('./');
  await expect(page.locator('.project-page')).toBeVisible();
  // The worker is active, so its install stored the whole release; check the cache anyway.
  await page.waitForFunction(async ({ cacheName, precached }) => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') return false;
    const name = cacheName + registration.scope;
    if (!(await caches.has(name))) return false;
    const stored = new Set((await (await caches.open(name)).keys()).map((request) => request.url));
    return precached.every((file) => stored.has(new URL(file, registration.scope).href));
  }, { cacheName, precached }, { polling: 100 });

  const stats = await (await fetch(statsUrl)).json();
  const twice = Object.entries(stats.paths)
    .filter(([, entry]) => entry.requests - entry.notModified > 1)
    .map(([path, entry]) => `${path} ×${entry.requests - entry.notModified}`);
  console.log(`first visit: ${stats.bytes} bytes raw in ${stats.requests} requests; `
    + `the release is ${releaseBytes} bytes in ${files.length} files`
    + (twice.length ? `; downloaded more than once: ${twice.join(', ')}` : ''));
  expect(stats.paths[prefix + wasm]?.requests, `${wasm} is fetched from the server once`).toBe(1);
  expect(stats.bytes, 'nothing is downloaded twice').toBeLessThan(releaseBytes * 1.2);
  const lazy = everyFile().filter(([name]) => name.startsWith('live/')).map(([name]) => name);
  expect(lazy.length, 'the build has the live-session worker').toBe(3);
  expect(Object.keys(stats.paths).filter((path) => path.includes('/live/')), 'no live-session file on a first visit').toEqual([]);
  expect(precached.filter((file) => file.startsWith('live/')), 'nor in the offline cache').toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.project-page')).toBeVisible();
  await expect(page.getByLabel('New project name')).toBeVisible();
  await context.setOffline(false);
});
