// Accessibility: axe-core scans every view of the workbench (WCAG 2.0/2.1 A and AA rules), in
// English and in Chinese, and in English with the system's dark colour scheme (the app follows
// it), so the dark palette's contrast is checked too. Any serious or critical violation fails the test; each view is scanned
// in turn and all findings are reported together, so one run shows every problem.
import { createRequire } from 'node:module';
import { test, expect, openFresh } from './fixtures.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

// The page's CSP (script-src 'self') would refuse the injected axe script.
test.use({ bypassCSP: true });

const LABELS = {
  en: {
    sample: 'Open the sample project', projects: '← Projects',
    swot: 'SWOT', forces: 'Five forces', org: 'Org chart', blueprint: 'Service blueprint',
    board: 'SWOT board', tows: 'TOWS matrix', scan: 'Environment scan',
    quality: 'Service quality', qualityViews: ['Questionnaire', 'Gap model', 'Blueprint links'],
    checks: 'Design checks', design: 'Design principles', templates: 'Templates…', shortcuts: 'Keyboard shortcuts',
  },
  'zh-CN': {
    sample: '打开示例项目', projects: '← 项目列表',
    swot: 'SWOT 分析', forces: '五力分析', org: '组织结构图', blueprint: '服务蓝图',
    board: 'SWOT 矩阵', tows: 'TOWS 策略矩阵', scan: '环境分析',
    quality: '服务质量', qualityViews: ['调查问卷', '差距模型', '蓝图关联'],
    checks: '设计检查', design: '设计原则', templates: '模板…', shortcuts: '键盘快捷键',
  },
};

/** Waits for finite animations and transitions, so colours are measured in their final state. */
async function settle(page) {
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => {}))));
}

/** Runs axe on the whole document; returns every violation, tagged with the view's name. */
async function scan(page, view) {
  await settle(page);
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: axePath });
  }
  const violations = await page.evaluate(async (values) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), failureSummary: n.failureSummary })),
    }));
  }, TAGS);
  return violations.map((v) => ({ view, ...v }));
}

/** Merges the same rule's findings across views, so a shared problem is listed once. */
function byRule(violations) {
  const rules = new Map();
  for (const v of violations) {
    const rule = rules.get(v.id) ?? { id: v.id, impact: v.impact, help: v.help, views: [], nodes: new Map() };
    rule.views.push(v.view);
    for (const n of v.nodes) if (!rule.nodes.has(n.target)) rule.nodes.set(n.target, n);
    rules.set(v.id, rule);
  }
  return [...rules.values()];
}

function describe(rule) {
  const nodes = [...rule.nodes.values()];
  const shown = nodes.slice(0, 3).map((n) =>
    `    ${n.target}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
  const more = nodes.length > 3 ? [`    … and ${nodes.length - 3} more`] : [];
  return [`  ${rule.id} (${rule.impact}): ${rule.help}`, `    in: ${rule.views.join('; ')}`, ...shown, ...more].join('\n');
}

for (const [lang, scheme] of [['en', 'light'], ['zh-CN', 'light'], ['en', 'dark']]) {
  test(`no serious or critical axe violations in any view (${lang}, ${scheme})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const t = LABELS[lang];
    const found = [];
    const check = async (view) => found.push(...(await scan(page, `${lang} · ${scheme} · ${view}`)));

    await page.emulateMedia({ colorScheme: scheme });
    await openFresh(page, lang === 'en' ? undefined : lang);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    await check('empty project list');

    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: t.shortcuts });
    await expect(shortcuts).toBeVisible();
    await check('keyboard shortcut dialog');
    await page.keyboard.press('Escape');
    await expect(shortcuts).toHaveCount(0);

    await page.getByRole('button', { name: t.sample }).click();
    await expect(page.locator('.project-name')).not.toHaveValue('');
    await page.getByRole('button', { name: t.projects }).click();
    await expect(page.locator('.project-title')).toHaveCount(1);
    await check('project list with the sample project');
    await page.locator('.project-row').getByRole('button', { name: /^(Open|打开)$/ }).click();

    // SWOT, with its board, TOWS matrix and environment scan views.
    await page.getByRole('tab', { name: t.swot, exact: true }).click();
    await expect(page.getByRole('tab', { name: t.swot, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.swot-item').first()).toBeVisible();
    await check('SWOT board');
    await page.getByRole('button', { name: t.tows }).click();
    await expect(page.locator('.tows-cell').first()).toBeVisible();
    await check('SWOT · TOWS matrix');
    await page.getByRole('button', { name: t.scan }).click();
    await expect(page.locator('.scan-factor').first()).toBeVisible();
    await check('SWOT · environment scan');
    await page.getByRole('button', { name: t.board }).click();

    await page.getByRole('tab', { name: t.forces, exact: true }).click();
    await expect(page.getByRole('tab', { name: t.forces, exact: true })).toHaveAttribute('aria-selected', 'true');
    await check('five forces');

    await page.getByRole('tab', { name: t.org, exact: true }).click();
    await expect(page.locator('.org-box').first()).toBeVisible();
    await check('org chart');
    await page.locator('.org-box').first().click();
    await expect(page.locator('.org-box.selected')).toHaveCount(1);
    await check('org chart · position selected');
    await page.getByRole('tab', { name: t.checks, exact: true }).click();
    await expect(page.getByRole('tab', { name: t.checks, exact: true })).toHaveAttribute('aria-selected', 'true');
    await check('org chart · design checks');
    await page.getByRole('tab', { name: t.design, exact: true }).click();
    await expect(page.locator('.design-panel')).toBeVisible();
    await check('org chart · design principles');
    await page.getByRole('button', { name: t.templates, exact: true }).click();
    const templates = page.getByRole('dialog');
    await expect(templates).toBeVisible();
    await check('org chart · templates dialog');
    await page.keyboard.press('Escape');
    await expect(templates).toHaveCount(0);

    await page.getByRole('tab', { name: t.blueprint, exact: true }).click();
    await expect(page.locator('.bp-card').first()).toBeVisible();
    await check('service blueprint');
    await page.locator('.bp-card').first().click();
    await expect(page.locator('.bp-card.selected')).toHaveCount(1);
    await check('service blueprint · card selected');

    // Service quality, with its scores, questionnaire, gap model and blueprint links.
    await page.getByRole('tab', { name: t.quality, exact: true }).click();
    await expect(page.locator('.score-table')).toBeVisible();
    await check('service quality · scores');
    for (const view of t.qualityViews) {
      await page.getByRole('button', { name: view, exact: true }).click();
      await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
      await check(`service quality · ${view}`);
    }

    await testInfo.attach(`axe-violations-${lang}-${scheme}.json`, {
      body: JSON.stringify(found, null, 2), contentType: 'application/json',
    });
    const blocking = byRule(found.filter((v) => BLOCKING.has(v.impact)));
    expect(blocking.map((r) => `${r.id} (${r.impact}) in ${r.views.length} view(s)`),
      `serious or critical axe violations:\n${blocking.map(describe).join('\n')}\n`).toEqual([]);
  });
}
