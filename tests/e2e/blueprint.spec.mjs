// The service blueprint: build four steps by keyboard and mouse, add cards, connect two across
// the line of visibility, mark a fail point with its minutes, give it an owner from the org
// chart, reload and read the register; the owner's deletion shows as "unassigned"; the fail
// point goes to SWOT as a linked weakness.
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

const card = (page, text) => page.locator(`.bp-card[aria-label^="${text} ("]`);
const panel = (page) => page.locator('.bp-panel');
const grid = (page) => page.locator('.bp-scroller');

/** The centre of the cell of step `stepIndex` (0-based) in lane `laneIndex`. */
async function cellCentre(page, stepIndex, laneIndex) {
  const step = await page.locator('.bp-step-head').nth(stepIndex).boundingBox();
  const lane = await page.locator('.bp-lane-band').nth(laneIndex).boundingBox();
  return { x: step.x + step.width / 2, y: lane.y + lane.height - 12 };
}

async function addStep(page, name) {
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByLabel('Step name', { exact: true }).first()).toBeFocused();
  await page.keyboard.insertText(name);
  await page.keyboard.press('Enter');
}

async function typeCard(page, text) {
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Card text', { exact: true }).first()).toBeFocused();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await expect(card(page, text)).toBeVisible();
}

test('build a blueprint by keyboard and mouse, connect, mark a fail point, assign an owner, reload, read the register', async ({ page }) => {
  test.setTimeout(60_000);
  await openFresh(page);
  await createProject(page, 'Blueprint journey');
  await page.getByRole('tab', { name: 'Org chart' }).click();
  await page.locator('.org-viewport').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Position title', { exact: true })).toBeFocused();
  await page.keyboard.insertText('Complaint Desk Lead');
  await page.keyboard.press('Enter');
  await expect(page.locator('.org-box title', { hasText: /^Complaint Desk Lead, / })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  await expect(page.getByText('No steps yet.')).toBeVisible();
  // Steps: two by mouse, two by keyboard on the toolbar button.
  await addStep(page, 'Arrive');
  await addStep(page, 'Complain');
  await page.getByRole('button', { name: 'Add step' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Step name', { exact: true }).first()).toBeFocused();
  await page.keyboard.insertText('Resolve');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add step' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Step name', { exact: true }).first()).toBeFocused();
  await page.keyboard.insertText('Follow up');
  await page.keyboard.press('Enter');
  await expect(page.locator('.bp-step-name')).toHaveText(['Arrive', 'Complain', 'Resolve', 'Follow up']);

  // Cards by keyboard: Home is the first cell; arrows move between lanes.
  await grid(page).focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await typeCard(page, 'Calls the hotline');
  await page.keyboard.press('ArrowDown');
  await typeCard(page, 'Agent logs the complaint');
  await page.keyboard.press('ArrowDown');
  await typeCard(page, 'Look up order history');

  // Connect front stage → back stage, across the line of visibility, by keyboard.
  await page.keyboard.press('ArrowUp');
  await expect(panel(page).getByLabel('Card text')).toHaveValue('Agent logs the complaint');
  await page.keyboard.press('c');
  await expect(page.locator('.connect-hint')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('.connect-hint')).toHaveCount(0);
  await expect(panel(page).locator('.dotted-list')).toContainText('← Agent logs the complaint');
  // And customer → front stage with the mouse: a touchpoint.
  await card(page, 'Calls the hotline').click();
  await panel(page).getByRole('button', { name: 'Connect to…' }).click();
  await card(page, 'Agent logs the complaint').click();
  await expect(card(page, 'Calls the hotline')).toHaveAttribute('aria-label', /Touchpoint/);

  // Mouse: double-click an empty cell to add a card, then drag it one step to the right.
  const cell = await cellCentre(page, 1, 1);
  await page.mouse.dblclick(cell.x, cell.y);
  await page.keyboard.insertText('Waits for a callback');
  await page.keyboard.press('Enter');
  await expect(card(page, 'Waits for a callback')).toHaveAttribute('aria-label', /\(Complain · Customer actions\)/);
  const from = await card(page, 'Waits for a callback').boundingBox();
  const to = await cellCentre(page, 2, 1);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 10, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  await expect(card(page, 'Waits for a callback')).toHaveAttribute('aria-label', /\(Resolve · Customer actions\)/);
  await page.keyboard.press('w');
  await expect(card(page, 'Waits for a callback')).toHaveAttribute('aria-label', /Wait point/);

  // Fail point with minutes and an owner from the org chart.
  await card(page, 'Look up order history').click();
  await page.keyboard.press('f');
  await expect(card(page, 'Look up order history')).toHaveAttribute('aria-label', /Fail point/);
  await panel(page).getByLabel('Expected minutes').fill('15');
  await panel(page).getByLabel('Expected minutes').press('Tab');
  await panel(page).getByLabel('Owner').selectOption({ label: 'Complaint Desk Lead' });
  await expect(card(page, 'Look up order history')).toHaveAttribute('aria-label', /Complaint Desk Lead/);

  await expectSaved(page);
  await page.reload();
  const row = page.locator('.register tbody tr', { hasText: 'Look up order history' });
  await expect(row.locator('td')).toHaveText(['Arrive', 'Back-stage actions', 'Look up order history', 'Fail point', '—', 'Complaint Desk Lead', '15']);
  await expect(page.locator('.register tbody tr', { hasText: 'Waits for a callback' }).locator('td').nth(3)).toHaveText('Wait point');

  // The fail point goes to SWOT as a weakness that stays linked.
  await row.getByRole('button', { name: 'Look up order history' }).click();
  await panel(page).getByRole('button', { name: 'Send to SWOT as a weakness' }).click();
  await expect(panel(page).locator('.chip.linked')).toHaveText('In SWOT: Look up order history');

  // Deleting the owner's position leaves the card visibly unassigned.
  await page.getByRole('tab', { name: 'Org chart' }).click();
  await page.locator('.org-box').filter({ has: page.locator('title', { hasText: /^Complaint Desk Lead, / }) }).click();
  await page.keyboard.press('Delete');
  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  await expect(row.locator('td').nth(5)).toHaveText('Unassigned (position deleted)');
  await page.getByRole('tab', { name: 'SWOT' }).click();
  const weakness = page.locator('.quadrant[data-quadrant="W"] .swot-item', { hasText: 'Look up order history' });
  await expect(weakness.locator('.badge.origin')).toHaveAttribute('title', 'From Service blueprint: Look up order history');
});

test('a template fills the blueprint; steps and lanes are edited from the panel', async ({ page }) => {
  await openFresh(page);
  await createProject(page, 'Blueprint template');
  await page.getByRole('tab', { name: 'Service blueprint' }).click();
  await page.getByRole('button', { name: 'Templates…' }).click();
  await page.getByLabel(/Service-hall visit/).check();
  await page.getByRole('button', { name: 'Apply template' }).click();
  await expect(page.locator('.bp-step')).not.toHaveCount(0);
  await expect(page.locator('.bp-line text')).toHaveText(['Line of interaction', 'Line of visibility', 'Line of internal interaction']);
  await expect(page.locator('.bp-emotion-dot')).not.toHaveCount(0);
  await expect(page.locator('.register tbody tr')).not.toHaveCount(0);

  // A lane added below the back stage, renamed; the standard lanes cannot be deleted.
  await page.locator('.bp-lane-name', { hasText: 'Back-stage actions' }).click();
  await expect(panel(page).getByRole('button', { name: 'Delete lane' })).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Add lane below' }).click();
  await expect(page.locator('.bp-lane-name')).toHaveText(['Physical evidence', 'Customer actions', 'Front-stage actions', 'Back-stage actions', 'New lane', 'Support processes']);
  // The internal-interaction line stays right below the back stage.
  const backStage = await page.locator('.bp-lane-band').nth(3).boundingBox();
  const internal = await page.locator('.bp-line line').nth(2).boundingBox();
  expect(Math.abs(internal.y - (backStage.y + backStage.height))).toBeLessThan(2);

  // A step's budget: set a small budget and see steps flagged.
  await page.locator('.bp-summary .budget').fill('5');
  await page.locator('.bp-summary .budget').press('Enter');
  await expect(page.locator('.bp-summary .over-budget')).toContainText('Steps over budget');
  await expect(page.locator('.bp-step.over-budget')).not.toHaveCount(0);
});

test('the course service loop template in Chinese; SERVQUAL is offered on the provider side only and survives a reload', async ({ page }) => {
  // A card's name in Chinese is "text（lane · step）".
  const zhCard = (text) => page.locator(`.bp-card[aria-label^="${text}（"]`);
  await openFresh(page, 'zh-CN');
  await createProject(page, '服务循环');
  await page.getByRole('tab', { name: '服务蓝图' }).click();
  await page.getByRole('button', { name: '模板…' }).click();
  await expect(page.locator('.template-option label strong')).toHaveText(['客户投诉处理', '客户服务循环', '营业厅到访']);
  await page.getByLabel(/客户服务循环/).check();
  await page.getByRole('button', { name: '应用模板' }).click();
  await expect(page.locator('.bp-step-name')).toHaveCount(6);
  await expect(page.locator('.bp-step-name')).toHaveText(['倾听客户需求', '将客户的损失降到最小', '发现请求的根本原因', '对客户的需求作出反应', '采取有成效的行动，积极反馈', '评估客户满意度']);

  // A customer action: no SERVQUAL choice, and the panel says where to rate instead.
  await zhCard('来电说明家电故障和自己的需要').click();
  await expect(panel(page).getByLabel('SERVQUAL 维度')).toHaveCount(0);
  await expect(panel(page).locator('.servqual-provider-only')).toHaveText('客户行为不标注 SERVQUAL 维度，请标注在与之接触的前台卡片或有形展示上。');

  // Physical evidence starts rated 可感知性; a back-stage card can be rated too.
  await zhCard('服务热线、在线报修页面').click();
  await expect(panel(page).getByLabel('SERVQUAL 维度').locator('option:checked')).toHaveText('可感知性');
  await zhCard('查询购买记录和保修状态').click();
  const servqual = panel(page).getByLabel('SERVQUAL 维度');
  await expect(servqual.locator('option:checked')).toHaveText('未指定');
  await servqual.selectOption({ label: '可靠性' });
  await expectSaved(page);
  await page.reload();
  await zhCard('查询购买记录和保修状态').click();
  await expect(panel(page).getByLabel('SERVQUAL 维度').locator('option:checked')).toHaveText('可靠性');
});
