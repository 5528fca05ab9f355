// The org-chart canvas: start from a structure-type template, add a subordinate by keyboard,
// drag a position under a new superior, fill a job description, watch a span-of-control
// finding appear and clear, reload and find everything; import a CSV with a bad row; the design
// self-check (principles and procedure) in Chinese.
import { test, expect, openFresh, createProject, expectSaved } from './fixtures.mjs';

// Boxes shorten long titles; their name (their SVG <title>) always starts with the whole title.
const box = (page, title) => page.locator('.org-box').filter({ has: page.locator('title', { hasText: new RegExp(`^${title}, `) }) });
const jd = (page) => page.locator('.jd-panel');

async function centre(locator) {
  const b = await locator.boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function openOrg(page, name) {
  await openFresh(page);
  await createProject(page, name);
  await page.getByRole('tab', { name: 'Org chart' }).click();
}

test('template, keyboard add, drag to re-parent, job description, span finding, reload', async ({ page }) => {
  await openOrg(page, 'Org journey');
  await expect(page.getByText('No positions yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Templates…' }).click();
  await page.getByLabel('Functional').check();
  await expect(page.locator('.template-profile')).toContainText('Medium and large firms');
  await expect(page.locator('.template-profile')).toContainText('staff must take initiative');
  await page.getByRole('button', { name: 'Apply template' }).click();
  await expect(page.locator('.org-box')).not.toHaveCount(0);
  const before = await page.locator('.org-box').count();

  // Keyboard: select the after-sales supervisor, Tab adds a subordinate and renames it in place.
  await box(page, 'After-sales Supervisor').click();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Position title', { exact: true })).toBeFocused();
  await page.keyboard.insertText('Night Shift Lead');
  await page.keyboard.press('Enter');
  await expect(page.locator('.org-box')).toHaveCount(before + 1);
  await expect(jd(page).locator('h3')).toHaveText('Night Shift Lead');
  await expect(jd(page).locator('.derived')).toHaveText('After-sales Supervisor');
  await expect(page.locator('.org-viewport')).toBeFocused();

  // Arrow up goes to the superior; Escape clears the selection.
  await page.keyboard.press('ArrowUp');
  await expect(jd(page).locator('h3')).toHaveText('After-sales Supervisor');

  // Drag the new position onto the middle of the key-account supervisor: it reports there now.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  const from = await centre(box(page, 'Night Shift Lead'));
  const to = await centre(box(page, 'Key Account Supervisor'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await expect(box(page, 'Key Account Supervisor')).toHaveClass(/drop-child/);
  await page.mouse.up();
  await box(page, 'Night Shift Lead').click();
  await expect(jd(page).locator('.derived')).toHaveText('Key Account Supervisor');

  // Dropping a superior onto its own subordinate is refused, with a message.
  const manager = await centre(box(page, 'Key Account Supervisor'));
  const lead = await centre(box(page, 'Night Shift Lead'));
  await page.mouse.move(manager.x, manager.y);
  await page.mouse.down();
  await page.mouse.move(manager.x + 10, manager.y + 10, { steps: 2 });
  await page.mouse.move(lead.x, lead.y, { steps: 8 });
  await expect(box(page, 'Night Shift Lead')).toHaveClass(/drop-refused/);
  await page.mouse.up();
  await expect(page.locator('.command-error')).toHaveText('A position cannot report to itself or to one of its subordinates.');

  // Job description: holder, responsibilities; the completeness indicator follows.
  await box(page, 'Night Shift Lead').click();
  await jd(page).getByLabel('Holder').fill('Li Na <b>"夜班"</b>');
  await jd(page).getByLabel('Holder').press('Tab');
  await jd(page).getByLabel('4 Responsibilities (one per line)').fill('Answer night-time complaints\nHand over open cases at 8:00');
  await jd(page).getByLabel('Level').click();
  await expect(jd(page).locator('.jd-completeness')).toContainText('1 of 5 elements');
  await expect(box(page, 'Night Shift Lead').locator('title')).toHaveText('Night Shift Lead, Li Na <b>"夜班"</b>, 0 of 1 filled');

  // Span of control: a maximum of 2 flags the manager with more direct reports; 8 clears it.
  await page.getByRole('tab', { name: 'Design checks' }).click();
  const finding = page.locator('.finding', { hasText: 'direct reports, above the maximum of 2' });
  await expect(finding).toHaveCount(0);
  await page.getByLabel('Maximum').fill('2');
  await page.getByLabel('Maximum').press('Enter');
  await expect(finding.first()).toBeVisible();
  await finding.first().getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('tab', { name: 'Job description' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Design checks' }).click();
  await page.getByLabel('Maximum').fill('8');
  await page.getByLabel('Maximum').press('Enter');
  await expect(finding).toHaveCount(0);

  await expectSaved(page);
  await page.reload();
  await expect(page.locator('.org-box')).toHaveCount(before + 1);
  await box(page, 'Night Shift Lead').click();
  await expect(jd(page).locator('.derived')).toHaveText('Key Account Supervisor');
  await expect(jd(page).getByLabel('Holder')).toHaveValue('Li Na <b>"夜班"</b>');
  await expect(jd(page).getByLabel('4 Responsibilities (one per line)')).toHaveValue('Answer night-time complaints\nHand over open cases at 8:00');

  // Undo the whole way back through a delete of a branch.
  await box(page, 'Key Account Supervisor').click();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: 'Delete whole branch' }).click();
  await expect(box(page, 'Night Shift Lead')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(box(page, 'Night Shift Lead')).toBeVisible();
});

test('CSV import shows a bad row by line and imports the rest after confirming', async ({ page }) => {
  await openOrg(page, 'CSV import');
  const csv = [
    'id,parent_id,title,holder,headcount,level,code,department',
    '1,,客户服务部经理,王敏,1,经理级,CS-01,客户服务部',
    '2,1,售后服务管理主管,,1,主管级,CS-02,',
    '3,99,Orphan,,1,,,',
    '4,2,售后服务专员,"Zhang, ""Wei""",2/3,专员级,CS-03,',
  ].join('\n');
  await page.locator('.org-toolbar input[type=file]').setInputFiles({ name: 'chart.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import CSV: preview' });
  await expect(dialog).toContainText('Read 4 rows: 3 can be imported, 1 has problems');
  await expect(dialog.locator('.csv-errors')).toHaveText('Line 4: parent id “99” does not exist');
  await expect(page.locator('.org-box')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('.org-box')).toHaveCount(3);
  await expect(box(page, '售后服务专员')).toContainText('Zhang, "Wei"');
  await expect(box(page, '售后服务专员')).toContainText('2/3');

  // A file that is not the table is refused whole, with the reason.
  await page.locator('.org-toolbar input[type=file]').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('name,boss\na,b') });
  await expect(page.locator('.toast', { hasText: 'The first row is not the expected header' })).toBeVisible();
  await expect(page.locator('.org-box')).toHaveCount(3);
});

test('collapse a branch, a dotted line, left-right layout and print all job descriptions on A4', async ({ page }) => {
  await openOrg(page, 'Org views');
  await page.getByRole('button', { name: 'Templates…' }).click();
  await page.getByLabel('Course sample: customer-service department').check();
  await page.getByRole('button', { name: 'Apply template' }).click();
  await expect(page.locator('.org-box')).toHaveCount(11);

  // Space collapses the selected branch; its box says how many positions it hides.
  await box(page, 'After-sales Supervisor').click();
  await page.keyboard.press(' ');
  await expect(page.locator('.org-box')).toHaveCount(9);
  await expect(box(page, 'After-sales Supervisor')).toHaveAttribute('aria-expanded', 'false');
  await expect(box(page, 'After-sales Supervisor').locator('.org-toggle')).toContainText('+2');
  await page.keyboard.press(' ');
  await expect(page.locator('.org-box')).toHaveCount(11);

  // A dotted (functional) line from the information specialist to the after-sales supervisor.
  await box(page, 'Customer Information Specialist').click();
  await jd(page).getByLabel('Add dotted line to…').selectOption({ label: 'After-sales Supervisor' });
  await expect(jd(page).locator('.dotted-list')).toHaveText(/After-sales Supervisor/);
  await expect(page.locator('.org-dotted')).toHaveAttribute('d', /^M/);

  await page.getByLabel('Layout direction').selectOption('left_right');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Layout direction')).toHaveValue('left_right');
  await expect(page.locator('.org-dotted')).toHaveAttribute('d', /^M/);
  const top = await box(page, 'Customer Service Manager').boundingBox();
  const report = await box(page, 'After-sales Supervisor').boundingBox();
  expect(report.x).toBeGreaterThan(top.x + top.width);

  // Print all: one A4 page per position, Chinese-safe text, nothing wider than the page.
  await page.evaluate(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.locator('.export-menu summary').click();
  await page.getByRole('button', { name: 'Print all job descriptions' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-jd')).toHaveCount(11);
  await expect(page.locator('.org-viewport')).toBeHidden();
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  for (const article of await page.locator('.print-jd').all()) {
    const b = await article.boundingBox();
    expect(b.x + b.width).toBeLessThanOrEqual(pageWidth + 1);
  }
  await expect(page.locator('.print-jd').first()).toContainText('Reports to');
  await expect(page.locator('.print-jd').first()).toContainText('Top of the chart');
});

test('design self-check in Chinese: computed principles follow the chart, answers and ticks are undoable and survive a reload', async ({ page }) => {
  await openFresh(page, 'zh-CN');
  await createProject(page, '组织设计自查');
  await page.getByRole('tab', { name: '组织结构图' }).click();
  await page.getByRole('tab', { name: '设计原则' }).click();
  const panel = page.locator('.design-panel');
  const principle = (name) => panel.locator('.principle', { has: page.getByRole('heading', { name, exact: true }) });
  const step = (name) => panel.locator('.design-step', { hasText: name });

  // The starting state of an empty chart: the six principles in the course's order, nothing
  // judged, nothing answered, no step ticked.
  await expect(panel.locator('.principle h5')).toHaveText(['适当管理跨度原则', '集权与分权统一原则', '协作原则', '权责一致原则', '效率原则', '弹性原则']);
  await expect(principle('适当管理跨度原则').locator('.principle-status')).toHaveText('还没有岗位，暂无法判断。');
  await expect(principle('弹性原则').getByLabel('自查结论').locator('option:checked')).toHaveText('未评定');
  await expect(principle('弹性原则').getByLabel('说明与改进措施')).toHaveValue('');
  await expect(panel.locator('.design-step strong')).toHaveText(['1 职能分析与设计', '2 设计与建立基本结构', '3 建立组织联系与规范', '4 人员配备与培训', '5 反馈与修正']);
  await expect(panel.getByRole('checkbox')).toHaveCount(5);
  for (const box of await panel.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await expect(step('职能分析与设计')).toContainText('已分配 0 / 8 项职责');

  // Step 2 opens the templates: the course's sample department fills the chart.
  await step('设计与建立基本结构').getByRole('button', { name: '选择结构模板…' }).click();
  await page.getByLabel('课程示例：客户服务部').check();
  await page.getByRole('button', { name: '应用模板' }).click();
  await expect(page.locator('.org-box')).toHaveCount(11);
  await expect(step('设计与建立基本结构')).toContainText('共 11 个岗位');
  await expect(principle('适当管理跨度原则').locator('.principle-status')).toHaveText('符合：设计检查没有发现相关问题。');
  // The course's sample gives every post its own responsibilities.
  await expect(principle('权责一致原则').locator('.principle-status')).toHaveText('符合：设计检查没有发现相关问题。');

  // Step 5 leads to the design checks; a narrower span there breaks the first principle,
  // whose button leads back to the findings.
  await step('反馈与修正').getByRole('button', { name: '打开设计检查' }).click();
  await expect(page.getByRole('tab', { name: '设计检查' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('上限').fill('2');
  await page.getByLabel('上限').press('Enter');
  await expect(page.locator('.finding').first()).toBeVisible();
  await page.getByRole('tab', { name: '设计原则' }).click();
  await expect(principle('适当管理跨度原则').locator('.principle-status')).toHaveText(/^不符合：设计检查发现 \d+ 个相关问题。/);
  await principle('适当管理跨度原则').getByRole('button', { name: '查看设计检查' }).click();
  await expect(page.getByRole('tab', { name: '设计检查' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: '设计原则' }).click();

  // Answer a guided principle and tick a step; undo takes the tick back, redo returns it.
  await principle('弹性原则').getByLabel('自查结论').selectOption({ label: '部分符合' });
  const note = principle('弹性原则').getByLabel('说明与改进措施');
  await note.fill('促销高峰时从销售部借调 <b>两名</b> 员工');
  await note.press('Tab');
  await step('设计与建立基本结构').getByRole('checkbox').check();
  await expect(step('设计与建立基本结构')).toHaveClass(/done/);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(step('设计与建立基本结构').getByRole('checkbox')).not.toBeChecked();
  await page.getByRole('button', { name: '重做' }).click();
  await expect(step('设计与建立基本结构').getByRole('checkbox')).toBeChecked();

  // Step 3 leads to a job description, with a position selected for it.
  await step('建立组织联系与规范').getByRole('button', { name: '编辑岗位说明书' }).click();
  await expect(page.locator('.jd-panel h3')).toHaveText('客户服务部经理');

  await expectSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: '设计原则' }).click();
  await expect(principle('弹性原则').getByLabel('自查结论').locator('option:checked')).toHaveText('部分符合');
  await expect(principle('弹性原则').getByLabel('说明与改进措施')).toHaveValue('促销高峰时从销售部借调 <b>两名</b> 员工');
  await expect(principle('协作原则').getByLabel('自查结论').locator('option:checked')).toHaveText('未评定');
  await expect(step('设计与建立基本结构').getByRole('checkbox')).toBeChecked();
  await expect(step('人员配备与培训').getByRole('checkbox')).not.toBeChecked();
});
