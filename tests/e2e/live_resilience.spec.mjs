// Live sessions when things go wrong: the sync server restarts, a participant's network drops
// (a proxy the test cuts, since setOffline leaves open sockets alone) while both keep editing,
// two server instances share rooms through Redis, and a hostile peer sends garbage. Every
// device ends with the same project and nothing is lost or crashes.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { test, expect, openFresh, createProject } from './fixtures.mjs';
import { startLiveServer, startProxy, startRedis } from '../live/servers.mjs';
import { items, addItem, secondDevice, startSession, invitation, join, exported, editItem, deleteItem, indicator } from './live_steps.mjs';

/** A's session started on `server`, B joined through `bServer` (default: the same). */
async function pair(page, browser, problems, server, bServer = server) {
  await openFresh(page);
  await createProject(page, 'Resilient workshop');
  await startSession(page, server, 'Ana');
  const link = await invitation(page);
  const b = await secondDevice(browser, problems);
  await join(b.page, link.replace(/server=.*$/, `server=${encodeURIComponent(bServer)}`), 'Bo');
  return b;
}

test('a server restart mid-session loses nothing and both devices resync', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const problems = [];
  let server = await startLiveServer();
  const b = await pair(page, browser, problems, server.url);
  try {
    await addItem(page, 'S', 'Before the restart');
    await expect(items(b.page, 'S')).toHaveText(['Before the restart']);
    await server.stop();
    await expect(indicator(page)).toHaveText('Offline');
    await addItem(page, 'W', 'While the server was down');
    await expect(indicator(page)).toHaveText('Offline · 1 change not sent');
    server = await startLiveServer({ port: server.port, db: server.db });
    await expect(indicator(page)).toHaveText('Connected');
    await expect(indicator(b.page)).toHaveText('Connected');
    await expect(items(b.page, 'W')).toHaveText(['While the server was down']);
    await expect(items(b.page, 'S')).toHaveText(['Before the restart']);
    expect(await exported(b.page)).toEqual(await exported(page));
  } finally {
    await b.context.close();
    await server.stop();
  }
  expect(problems).toEqual([]);
});

test('offline edits survive a reload and merge: same field, different fields, delete against edit', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const problems = [];
  const server = await startLiveServer();
  const proxy = await startProxy(server.port);
  const b = await pair(page, browser, problems, proxy.url, server.url);
  try {
    for (const text of ['Same field', 'Other field', 'Deleted on A']) await addItem(page, 'S', text);
    await expect(items(b.page, 'S')).toHaveText(['Same field', 'Other field', 'Deleted on A']);

    proxy.cut();
    await expect(indicator(page)).toHaveText('Offline');
    await editItem(page, 'S', 'Same field', 'Same field, A');
    await deleteItem(page, 'S', 'Deleted on A');
    await addItem(page, 'O', 'Written offline on A');
    await expect(indicator(page)).toHaveText('Offline · 3 changes not sent');
    // Meanwhile B edits the same item, another item, and the one A deleted.
    await editItem(b.page, 'S', 'Same field', 'Same field, B');
    await editItem(b.page, 'S', 'Other field', 'Other field, B');
    await editItem(b.page, 'S', 'Deleted on A', 'Edited on B');

    // A reloads while still offline: its edits are still there.
    await page.reload();
    await expect(items(page, 'O')).toHaveText(['Written offline on A']);
    await expect(items(page, 'S')).toHaveText(['Same field, A', 'Other field']);
    await expect(indicator(page)).toHaveText('Offline');

    proxy.restore();
    await expect(indicator(page)).toHaveText('Connected');
    // Different fields both stay; the delete wins over the edit; the same field ends equal.
    for (const device of [page, b.page]) {
      await expect(items(device, 'O')).toHaveText(['Written offline on A']);
      await expect(items(device, 'S')).toHaveCount(2);
      await expect(items(device, 'S').nth(1)).toHaveText('Other field, B');
    }
    await expect(items(page, 'S').first()).toHaveText(await items(b.page, 'S').first().textContent());
    expect(await exported(b.page)).toEqual(await exported(page));
  } finally {
    await b.context.close();
    await proxy.close();
    await server.stop();
  }
  expect(problems).toEqual([]);
});

test('two server instances sharing Redis carry one room between their clients', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const problems = [];
  const redis = await startRedis();
  const one = await startLiveServer({ redis: redis.port });
  const two = await startLiveServer({ redis: redis.port });
  const b = await pair(page, browser, problems, one.url, two.url);
  try {
    await addItem(page, 'S', 'Through instance one');
    await addItem(b.page, 'T', 'Through instance two');
    await expect(items(b.page, 'S')).toHaveText(['Through instance one']);
    await expect(items(page, 'T')).toHaveText(['Through instance two']);
    expect(await exported(b.page)).toEqual(await exported(page));
  } finally {
    await b.context.close();
    await one.stop();
    await two.stop();
    await redis.stop();
  }
  expect(problems).toEqual([]);
});

/** Hocuspocus framing: [room][type][payload], lib0 variable-length encoding. */
function frame(room, type, payload = new Uint8Array()) {
  const varUint = (n) => {
    const out = [];
    while (n > 0x7f) {
      out.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.push(n);
    return out;
  };
  const name = new TextEncoder().encode(room);
  return Uint8Array.from([...varUint(name.length), ...name, ...varUint(type), ...payload]);
}

test('a hostile peer sending malformed and oversized updates changes nothing and crashes nothing', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const problems = [];
  const server = await startLiveServer();
  const b = await pair(page, browser, problems, server.url);
  try {
    await addItem(page, 'S', 'Kept through the attack');
    await expect(items(b.page, 'S')).toHaveText(['Kept through the attack']);
    const before = await exported(page);
    const room = (await invitation(page)).match(/live=([0-9a-f]{32})/)[1];

    const peer = new WebSocket(server.url);
    await new Promise((resolve, reject) => peer.once('open', resolve).once('error', reject));
    peer.on('error', () => {});
    const token = [0, 0, 0]; // auth: token type, empty token, empty version
    peer.send(frame(room, 2, Uint8Array.from(token)));
    // Garbage, a sync update that is not Yjs, an awareness update that is not JSON.
    peer.send(Uint8Array.from([0xff, 0xfe, 0xfd]));
    peer.send(frame(room, 0, Uint8Array.from([2, 5, 1, 2, 3, 4, 5])));
    peer.send(frame(room, 1, Uint8Array.from([1, 1, 9, 1, 3, 123, 123, 123])));
    // A well-formed Yjs update that makes the project's name a number: not a project file.
    const doc = new Y.Doc();
    doc.getMap('project').set('/.project/.name', '12345');
    const update = Y.encodeStateAsUpdate(doc);
    peer.send(frame(room, 0, Uint8Array.from([2, ...varBytes(update)])));
    // And 33 MB, above every limit.
    peer.send(new Uint8Array(33 * 1024 * 1024));
    await new Promise((resolve) => peer.once('close', resolve));

    // Both devices still show the project, still edit, and still agree.
    await expect(page.locator('.project-name')).toHaveValue('Resilient workshop');
    await expect(b.page.locator('.project-name')).toHaveValue('Resilient workshop');
    await addItem(b.page, 'W', 'After the attack');
    await expect(items(page, 'W')).toHaveText(['After the attack']);
    await expect(items(page, 'S')).toHaveText(['Kept through the attack']);
    const after = await exported(page);
    expect(after.project.name).toEqual(before.project.name);
    expect(await exported(b.page)).toEqual(after);
  } finally {
    await b.context.close();
    await server.stop();
  }
  expect(problems.filter((p) => !/could not be read/.test(p))).toEqual([]);
});

/** A lib0 length-prefixed byte array. */
function varBytes(bytes) {
  const out = [];
  let n = bytes.length;
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return [...out, ...bytes];
}
