import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, screenshot } from './browser.ts';
import { baseUrl, logIn, untranslatedText } from './helpers.ts';

let browser: Browser;

async function signedIn(username: string, path: string): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForURL(/\/login\?from=/);
  await logIn(page, username, /登\s*录/);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  return page;
}

describe('desktop workbench', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('searches leads by a Chinese substring, server-side', async () => {
    const page = await signedIn('city', '/leads');
    await page.getByPlaceholder('搜索门店名称（支持中文片段）').fill('烤鸭');
    await page.getByPlaceholder('搜索门店名称（支持中文片段）').press('Enter');
    await page.waitForURL(/q=%E7%83%A4%E9%B8%AD/);
    const names = page.locator('.ant-table-row a');
    await expect.poll(async () => (await names.allTextContents()).length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await names.allTextContents()).every((name) => name.includes('烤鸭')))
      .toBe(true);
    await screenshot(page, 'desktop-leads-search');
    await page.context().close();
  });

  it('lets a team lead assign public stores and see the team load', async () => {
    const page = await signedIn('bdm', '/pool/team');
    const bdRow = page
      .locator('.ant-card')
      .filter({ hasText: '成员持有量' })
      .locator('tr')
      .filter({ hasText: '郑业务' });
    await expect.poll(() => bdRow.getByTestId('private-load').textContent()).toMatch(/^\d+ \/ 200$/);
    const before = Number((await bdRow.getByTestId('private-load').textContent())!.split(' / ')[0]);
    // Today's claims against the daily cap, counted by the server.
    expect(await bdRow.getByTestId('claims-today').textContent()).toMatch(/^\d+ \/ \d+$/);

    await page.goto(`${baseUrl()}/pool/public`);
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    await rows.nth(0).locator('.ant-checkbox-input').check();
    await rows.nth(1).locator('.ant-checkbox-input').check();
    await page.getByRole('button', { name: '批量分配' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.locator('.ant-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '郑业务' }).click();
    await dialog.getByRole('textbox').fill('重点商圈，交给郑业务跟进');
    await dialog.getByRole('button', { name: /确\s*认/ }).click();
    // Wait for whatever the result says, so that a refusal shows its text rather than a timeout.
    const result = page.getByText(/成功 \d+ 条，失败 \d+ 条/).first();
    await result.waitFor({ timeout: 60_000 });
    const failures = await page.locator('[data-testid="bulk-failures"]').allTextContents();
    expect({ result: await result.textContent(), failures }).toEqual({
      result: '成功 2 条，失败 0 条',
      failures: [],
    });

    await page.goto(`${baseUrl()}/pool/team`);
    await expect
      .poll(async () => Number((await bdRow.getByTestId('private-load').textContent())?.split(' / ')[0]))
      .toBe(before + 2);
    await screenshot(page, 'desktop-team-pool');
    await page.context().close();
  });

  it('lets a reviewer compare a duplicate side by side and merge it', async () => {
    const page = await signedIn('reviewer', '/review');
    const item = page.getByTestId('review-item').filter({ hasText: '1 条疑似重复' }).first();
    await item.waitFor();
    const name = (await item.locator('span[translate="no"]').first().textContent())!;
    await item.click();
    await page.getByTestId('comparison').waitFor();
    await screenshot(page, 'desktop-review');
    await page.getByRole('button', { name: '合并到此门店' }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s*认/ })
      .click();
    await page.getByText('操作成功').waitFor();
    await expect.poll(() => page.getByTestId('review-item').filter({ hasText: name }).count()).toBe(0);
    await page.context().close();
  });

  it('lets an admin change a pool rule and preview what the sweep would recycle', async () => {
    const page = await signedIn('admin', '/settings/pool-rules');
    const noVisit = page.getByLabel('未拜访回收天数');
    await expect.poll(() => noVisit.inputValue()).toBe('15');
    await noVisit.fill('14');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('未拜访回收天数').inputValue()).toBe('14');

    // A week ahead: the demo's reps hold stores due within days.
    const weekAhead = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const typed = `${weekAhead.getFullYear()}-${pad(weekAhead.getMonth() + 1)}-${pad(weekAhead.getDate())} 12:00:00`;
    const picker = page.locator('.ant-picker input');
    await picker.click();
    await picker.fill(typed);
    await picker.press('Enter');
    await page.getByRole('button', { name: /预\s*演/ }).click();
    const preview = page.getByTestId('sweep-preview');
    await preview.waitFor();
    const count = Number(
      (await preview.locator('.ant-statistic-content-value').textContent())?.replace(/\D/g, ''),
    );
    expect(count).toBeGreaterThan(0);
    await expect.poll(() => preview.locator('.ant-table-row').count()).toBeGreaterThan(0);
    await screenshot(page, 'desktop-pool-rules');
    await page.context().close();
  });

  it('imports a CSV with a bad row and offers the error report', async () => {
    const page = await signedIn('admin', '/leads-import');
    const csv = [
      '名称,电话,地址,纬度,经度,城市',
      '端到端导入一号店,010-62345678,海淀区中关村大街1号,39.9834,116.3162,北京市',
      ',010-62345679,名称缺失的一行,39.9835,116.3163,北京市',
      '端到端导入二号店,010-62345670,海淀区中关村大街3号,39.9836,116.3164,北京市',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'stores.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const sent = page.getByTestId('upload-progress');
    await expect.poll(() => sent.getAttribute('data-percent')).toBe('100');
    await page.getByTestId('import-progress').waitFor();
    const status = page.getByTestId('import-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('done');
    expect(await page.getByTestId('import-succeeded').textContent()).toBe('2');
    expect(await page.getByTestId('import-failed').textContent()).toBe('1');
    await screenshot(page, 'desktop-import');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载错误报告' }).click(),
    ]);
    const report = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(report).toContain('名称缺失的一行');
    await page.context().close();
  });

  it('keeps a saved view on the server, across a reload and a new sign-in', async () => {
    const page = await signedIn('city', '/leads?scope=all&q=%E7%83%A4%E9%B8%AD');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: '把当前筛选保存为视图' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByPlaceholder('视图名称').fill('端到端公海视图');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    // Stored on the server, not in this browser.
    expect(await page.evaluate(() => localStorage.getItem('groundwork.savedViews'))).toBeNull();
    await page.context().close();

    // Another browser, another sign-in: the view is there and applies its filters.
    const again = await signedIn('city', '/leads');
    await again.getByTestId('saved-views').click();
    await again.locator('.ant-select-item-option').filter({ hasText: '端到端公海视图' }).click();
    await again.waitForURL(/q=/);
    expect(new URL(again.url()).searchParams.get('q')).toBe('烤鸭');
    await again.reload();
    await expect
      .poll(() => again.getByTestId('saved-views').textContent(), { timeout: 15_000 })
      .toContain('端到端公海视图');
    await screenshot(again, 'desktop-saved-view');
    await again.context().close();

    // Shared: a colleague sees it too.
    const colleague = await signedIn('admin', '/leads');
    await colleague.getByTestId('saved-views').click();
    await colleague.locator('.ant-select-item-option').filter({ hasText: '端到端公海视图' }).waitFor();
    await colleague.context().close();
  });

  it('lands on a home page with the rep’s own figures', async () => {
    const page = await signedIn('bd', '/home');
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL((url) => url.pathname === '/home');
    const privateCount = page.getByTestId('home-private').locator('.ant-statistic-content-value');
    await expect.poll(() => privateCount.textContent(), { timeout: 15_000 }).toMatch(/^\d+\+?$/);
    expect(Number((await privateCount.textContent())!.replace('+', ''))).toBeGreaterThan(0);
    await page.getByTestId('home-visits').locator('.ant-list-item').first().waitFor();
    // Chinese puts no space after its full-width comma.
    expect(await page.locator('.page-header h1').textContent()).toBe('你好，郑业务');
    await page.waitForTimeout(500); // the list fades in
    await screenshot(page, 'desktop-home');
    await page.context().close();
  });

  it('names the actions of the audit log in words, not codes', async () => {
    const page = await signedIn('admin', '/audit-log');
    const actions = page.getByTestId('audit-action');
    await actions.first().waitFor();
    const texts = await actions.allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      expect(text).toContain(' · ');
      expect(text, 'a stored code shown raw').not.toMatch(/[a-z]+[._][a-z]/);
    }
    // People by the name everyone knows them by (the demo's admin is 王管理), not their username.
    expect(await page.locator('.ant-table-row').first().textContent()).toContain('王管理');
    await screenshot(page, 'desktop-audit-log');
    await page.context().close();
  });

  it('hides what the role may not do', async () => {
    const page = await signedIn('bd', '/leads');
    const menu = page.locator('.ant-layout-sider');
    await menu.getByText('线索').first().waitFor();
    for (const hidden of ['审核队列', '设置', '审计日志', '团队私海'])
      expect(await menu.getByText(hidden).count()).toBe(0);
    expect(await page.getByRole('button', { name: '批量分配' }).count()).toBe(0);
    await page.context().close();
  });

  it('switches every visible string to English', async () => {
    const page = await signedIn('admin', '/leads');
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'desktop-leads');
    await page.getByTestId('language-menu').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Language').waitFor();
    const paths = [
      '/home',
      '/leads',
      '/leads-import',
      '/pool/team',
      '/pool/expiring',
      '/review',
      '/visits',
      '/settings/org',
      '/settings/users',
      '/settings/pool-rules',
      '/settings/fields',
      '/settings/api-keys',
      '/audit-log',
    ];
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/leads`);
    await page.locator('.ant-table-row').first().waitFor();
    await screenshot(page, 'desktop-leads-en');
    await page.context().close();
  });
});
