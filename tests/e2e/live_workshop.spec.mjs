// A workshop run live: a dot-voting round cast from two devices (each sees only their own dots
// until the facilitator reveals), the facilitator's timer on both devices, "bring everyone
// here", and each person's selection outlined on the other's screen. Against the real launcher
// started on loopback by the test.
import { test, expect, openFresh, createProject } from './fixtures.mjs';
import { quadrant, addItem, withTwoDevices, startSession, invitation, join, exported } from './live_steps.mjs';

const dot = (page, letter, text) => quadrant(page, letter).locator('.swot-item', { hasText: text }).locator('.dot-add');

test('a live voting round from two devices, the timer, bring everyone here, selections', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await withTwoDevices(browser, async (server, b) => {
    await openFresh(page);
    await createProject(page, 'Live workshop');
    await addItem(page, 'S', 'Friendly staff');
    await addItem(page, 'W', 'Long queues');
    await startSession(page, server.url, 'Ana');
    await join(b.page, await invitation(page), 'Bo');

    // Ana starts a round: in a session it is voted on each device, so no number of people.
    await page.getByRole('button', { name: 'Dot voting' }).click();
    await expect(page.locator('.vote-participants')).toHaveCount(0);
    await expect(page.locator('.start-round')).toContainText('Everyone votes on their own device');
    await expect(page.locator('.vote-dots')).toHaveValue('3');
    await page.locator('.vote-dots').fill('2');
    await page.getByRole('button', { name: 'Start a round' }).click();
    for (const p of [page, b.page]) {
      await expect(p.locator('.voting-bar .dots-left')).toHaveText('You have 2 of 2 dots left');
      await expect(p.locator('.voting-bar .vote-voted')).toHaveText('0 people have voted');
      await expect(dot(p, 'W', 'Long queues')).toHaveText('● 0');
    }
    await expect(page.getByRole('button', { name: 'Reveal' })).toBeVisible();
    await expect(b.page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
    await expect(b.page.getByRole('button', { name: 'End round' })).toHaveCount(0);
    await expect(b.page.locator('.voting-bar')).toContainText('Until the facilitator reveals the results');

    // Both vote at once; each sees only their own dots.
    await dot(page, 'W', 'Long queues').click();
    await dot(b.page, 'W', 'Long queues').click();
    await dot(b.page, 'W', 'Long queues').click();
    await expect(dot(b.page, 'W', 'Long queues')).toHaveText('● 2');
    await expect(dot(b.page, 'W', 'Long queues')).toBeDisabled();
    await expect(b.page.locator('.voting-bar .dots-left')).toHaveText('You have 0 of 2 dots left');
    await expect(dot(page, 'W', 'Long queues')).toHaveText('● 1');
    await expect(page.locator('.voting-bar .vote-voted')).toHaveText('2 people have voted');
    await expect(b.page.locator('.voting-bar .vote-voted')).toHaveText('2 people have voted');
    await expect(page.locator('.dot-total')).toHaveCount(0);
    await expect(b.page.locator('.vote-results')).toHaveCount(0);

    // Ana reveals: both see the totals of both ballots.
    await page.getByRole('button', { name: 'Reveal' }).click();
    for (const p of [page, b.page]) {
      await expect(p.locator('.vote-revealed .vote-results li')).toHaveText(['● 3Long queues']);
      await expect(quadrant(p, 'W').locator('.dot-total')).toHaveText('3 total');
    }
    const file = await exported(b.page);
    const voters = file.project.voting.rounds[0].voters.map((v) => [v.name, v.dots.length]);
    expect(voters.sort()).toEqual([['Ana', 1], ['Bo', 2]]);
    expect(file).toEqual(await exported(page));

    // Ana's timer shows on Bo's device, named.
    await page.locator('.timer-face').click();
    await page.locator('.timer-minutes').fill('7');
    await page.locator('.timer-minutes').press('Enter');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(b.page.locator('.timer-face.shared')).toHaveAttribute('title', "Ana's timer");
    await expect(b.page.locator('.timer-face')).toHaveText(/0[67]:\d\d/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.locator('.timer-face').getAttribute('aria-label');
    await expect(b.page.locator('.timer-face')).toHaveAttribute('aria-label', paused);
    await expect(b.page.locator('.timer-face')).not.toHaveClass(/running/);

    // Bring everyone here: Bo's view follows Ana to the org chart.
    await page.getByRole('tab', { name: 'Org chart' }).click();
    await page.getByRole('button', { name: /^Live session/ }).click();
    await page.getByRole('button', { name: 'Bring everyone here' }).click();
    await expect(b.page.getByRole('tab', { name: 'Org chart' })).toHaveAttribute('aria-selected', 'true');
    await expect(b.page.locator('.toast')).toContainText('Ana brought everyone to Org chart.');
    await page.getByRole('tab', { name: 'SWOT' }).click();
    await b.page.getByRole('tab', { name: 'SWOT' }).click();

    // Bo selects an item: Ana sees it outlined in Bo's colour, named; it goes when Bo moves on.
    await quadrant(b.page, 'S').locator('.swot-item', { hasText: 'Friendly staff' }).click();
    const outlined = quadrant(page, 'S').locator('.swot-item', { hasText: 'Friendly staff' });
    await expect(outlined).toHaveAttribute('data-peer', 'Bo');
    expect(await outlined.evaluate((el) => el.style.getPropertyValue('--peer-colour'))).toMatch(/^#[0-9a-f]{6}$/);
    await quadrant(b.page, 'W').locator('.swot-item', { hasText: 'Long queues' }).click();
    await expect(quadrant(page, 'W').locator('.swot-item', { hasText: 'Long queues' })).toHaveAttribute('data-peer', 'Bo');
    await expect(outlined).not.toHaveAttribute('data-peer', /.*/);

    // The round survives a reload on Bo's device, still revealed, Bo's dots still his.
    await b.page.reload();
    await expect(b.page.locator('.live-indicator')).toHaveText('Connected');
    await expect(dot(b.page, 'W', 'Long queues')).toHaveText('● 2');
    await expect(b.page.locator('.vote-revealed .vote-results li')).toHaveText(['● 3Long queues']);
  });
});
