import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
const errors = [];
page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', e => errors.push(e.message));
await page.goto('http://127.0.0.1:8299/nested/app/');
await page.evaluate(() => { localStorage.clear(); localStorage.setItem('pw1:prefs', JSON.stringify({ lang: 'zh-CN' })); });
await page.reload();
await page.getByRole('button', { name: /打开示例项目|Open the sample project/ }).click();
await page.getByRole('tab', { name: /服务质量|Service quality/ }).click();
await page.screenshot({ path: '/tmp/q1.png', fullPage: true });
for (const [name, file] of [[/调查问卷|Questionnaire/, 'q2'], [/差距模型|Gap model/, 'q3'], [/蓝图关联|Blueprint links/, 'q4']]) {
  await page.getByRole('button', { name }).click();
  await page.screenshot({ path: `/tmp/${file}.png`, fullPage: true });
}
console.log('errors', errors);
await browser.close();
