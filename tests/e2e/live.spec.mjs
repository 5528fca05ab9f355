// Live sessions as a workshop uses them: a facilitator starts one, a participant joins from
// the link in a second browser, both edit and see each other, undo takes back only one's own
// edits, and both end with the same project file. Against the real launcher (Hocuspocus with
// SQLite) started on loopback by the test.
import { test, expect, openFresh, createProject } from './fixtures.mjs';
import { items, addItem, withTwoDevices, startSession, invitation, join, exported } from './live_steps.mjs';

test('start, join from the link, edit together, undo only my own edit, end identical', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await withTwoDevices(browser, async (server, b) => {
    await openFresh(page);
    await createProject(page, 'Workshop');
    await addItem(page, 'S', 'Before the session');

    // The dialog's starting state: no name yet, the default server, and a refused start.
    await page.getByRole('button', { name: 'Live session' }).click();
    await expect(page.locator('.live-name')).toHaveValue('');
    await expect(page.locator('.live-server')).toHaveValue('ws://127.0.0.1:8787');
    await page.getByRole('button', { name: 'Start live session' }).click();
    await expect(page.locator('.live-start .field-error')).toHaveText('Enter a name so the others can tell who you are.');
    await page.locator('.live-server').fill('http://nope');
    await page.locator('.live-name').fill('Ana');
    await page.getByRole('button', { name: 'Start live session' }).click();
    await expect(page.locator('.live-start .field-error')).toHaveText(/must|ws:\/\//);
    await expect(page.locator('.live-server')).toHaveValue('http://nope');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await startSession(page, server.url, 'Ana');

    const link = await invitation(page);
    expect(link).toMatch(/\/nested\/app\/#live=[0-9a-f]{32}&server=ws%3A%2F%2F127\.0\.0\.1%3A\d+$/);

    await join(b.page, link, 'Bo');
    await expect(b.page.locator('.project-name')).toHaveValue('Workshop');
    await expect(items(b.page, 'S')).toHaveText(['Before the session']);

    // Both edit; each sees the other's edit.
    await addItem(page, 'S', 'Fast repairs');
    await addItem(b.page, 'W', 'Long queues');
    await expect(items(b.page, 'S')).toHaveText(['Before the session', 'Fast repairs']);
    await expect(items(page, 'W')).toHaveText(['Long queues']);

    // Who is here, and on which canvas.
    await page.getByRole('button', { name: /^Live session/ }).click();
    await expect(page.locator('.live-people .live-person-name')).toHaveText(['Ana', 'Bo']);
    await expect(page.locator('.live-people .live-person-canvas').nth(1)).toHaveText('SWOT');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // Ctrl+Z on A takes back A's last edit only, on both devices.
    await page.locator('.canvas-area').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(items(page, 'S')).toHaveText(['Before the session']);
    await expect(items(b.page, 'S')).toHaveText(['Before the session']);
    await expect(items(page, 'W')).toHaveText(['Long queues']);
    await expect(items(b.page, 'W')).toHaveText(['Long queues']);

    expect(await exported(b.page)).toEqual(await exported(page));

    // B leaves: A sees B go; B keeps a local copy that works on its own.
    await b.page.getByRole('button', { name: /^Live session/ }).click();
    await b.page.getByRole('button', { name: 'Leave live session' }).click();
    await expect(b.page.locator('.live-indicator')).toHaveCount(0);
    await page.getByRole('button', { name: /^Live session/ }).click();
    await expect(page.locator('.live-people .live-person-name')).toHaveText(['Ana']);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await addItem(b.page, 'O', 'Only on B');
    await b.page.reload();
    await expect(items(b.page, 'O')).toHaveText(['Only on B']);
    await expect(items(page, 'O')).toHaveCount(0);
  });
});

test('without a session nothing contacts any server and the live worker is not loaded', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const elsewhere = [];
  const sockets = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || url.pathname.includes('/live/')) elsewhere.push(request.url());
  });
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await openFresh(page);
  await createProject(page, 'Offline planning');
  for (const tab of ['Five forces', 'Org chart', 'Service blueprint', 'Service quality', 'SWOT']) {
    await page.getByRole('tab', { name: tab }).click();
  }
  await addItem(page, 'S', 'A local edit');
  // Opening the dialog without starting is not a session either.
  await page.getByRole('button', { name: 'Live session' }).click();
  await expect(page.locator('.live-server')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(items(page, 'S')).toHaveText(['A local edit']);
  expect(sockets, 'no WebSocket was opened').toEqual([]);
  expect(elsewhere, 'no request left the origin or fetched the live worker').toEqual([]);
});

test('two devices edit every canvas at once and end with the same project file', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await withTwoDevices(browser, async (server, b) => {
    await openFresh(page);
    await createProject(page, 'Every canvas');
    await startSession(page, server.url, 'Ana');
    await join(b.page, await invitation(page), 'Bo');

    // A: the org chart from a template, and a blueprint step. B: a five-forces factor and a
    // SERVQUAL expectation. Both at once, each on their own canvas.
    await page.getByRole('tab', { name: 'Org chart' }).click();
    await b.page.getByRole('tab', { name: 'Five forces' }).click();
    await page.getByRole('button', { name: 'Templates…' }).click();
    await page.getByLabel('Functional').check();
    await page.getByRole('button', { name: 'Apply template' }).click();
    const factorField = b.page.locator('#force-rivalry .add-factor');
    await factorField.click();
    await b.page.keyboard.insertText('Many chain stores');
    await b.page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Service blueprint' }).click();
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.keyboard.insertText('Call the hotline');
    await page.keyboard.press('Enter');
    await b.page.getByRole('tab', { name: 'Service quality' }).click();
    await b.page.getByLabel('Expectation for Reliability').fill('6,5');
    await b.page.getByLabel('Expectation for Reliability').press('Tab');

    // Each sees the other's work on the canvas it opens.
    await b.page.getByRole('tab', { name: 'Org chart' }).click();
    await page.getByRole('tab', { name: 'Org chart' }).click();
    const boxes = await page.locator('.org-box').count();
    expect(boxes).toBeGreaterThan(3);
    await expect(b.page.locator('.org-box')).toHaveCount(boxes);
    await page.getByRole('tab', { name: 'Five forces' }).click();
    await expect(page.locator('#force-rivalry .factor-text')).toHaveText(['Many chain stores']);
    await page.getByRole('tab', { name: 'Service quality' }).click();
    await expect(page.getByLabel('Expectation for Reliability')).toHaveValue('6.5');
    await b.page.getByRole('tab', { name: 'Service blueprint' }).click();
    await expect(b.page.locator('.bp-step-head')).toHaveCount(1);

    const onB = await exported(b.page);
    expect(onB.project.blueprint.steps.map((step) => step.name)).toEqual(['Call the hotline']);
    expect(onB).toEqual(await exported(page));
  });
});
