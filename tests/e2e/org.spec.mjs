// The org-chart canvas: start from a structure-type template, add a subordinate by keyboard,
// drag a position under a new superior, fill a job description, watch a span-of-control
// finding appear and clear, reload and find everything; import a CSV with a bad row.
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
