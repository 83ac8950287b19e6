import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, untranslatedText } from './helpers.ts';
import {
  apiPost,
  button,
  type LeadPoint,
  merchantWithOnlineDeal,
  north,
  poll,
  quiet,
  quietStores,
  settle,
  signedIn as signedInAs,
} from './workbench.ts';

let browser: Browser;
const signedIn = (username: string, path: string) => signedInAs(browser, username, path);

let merchant: LeadPoint;

describe('competitor intelligence and tag rules (desktop)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    // A signed merchant with an online deal, which a competitor undercuts.
    const [, , store] = await quietStores(3);
    const admin = await apiToken('admin');
    const made = await merchantWithOnlineDeal(store!, `竞对测试合同 ${Date.now().toString(36)}`, {
      title: '双人精品套餐',
      dishPrice: 88,
      listPrice: 198,
      dealPrice: 168,
    });
    merchant = made.merchant;
    // Sales make it a top merchant of its city for the tag rule below.
    await apiPost(await apiToken('admin'), '/api/v1/deals/sales', [
      { dealId: made.dealId, salesCount: 1200 },
    ]);
    const others = await apiGet<{ items: LeadPoint[] }>(admin, '/api/v1/leads?limit=50&status=public');
    const neighbour = others.items.find((l) => l.lat !== null && l.id !== merchant.id)!;
    const hq = await apiToken('hq');
    await apiPost(hq, '/api/v1/competitors/records', {
      records: [
        {
          platform: 'meituan',
          storeName: merchant.name,
          lat: north(merchant.lat, 30),
          lng: merchant.lng,
          title: '双人精品套餐',
          price: 158,
          sales: 930,
          category: '餐饮',
        },
        {
          platform: 'dianping',
          storeName: merchant.name,
          lat: north(merchant.lat, -20),
          lng: merchant.lng,
          title: '双人精品餐',
          price: 128,
          sales: 410,
        },
        // One character off: a person decides.
        {
          platform: 'douyin',
          storeName: `${[...neighbour.name][0]}鑫${[...neighbour.name].slice(2).join('')}`,
          lat: north(neighbour.lat, 40),
          lng: neighbour.lng,
          title: '单人午餐',
          price: 39,
        },
        {
          platform: 'meituan',
          storeName: '蜜雪冰城(示例店)',
          lat: north(merchant.lat, 90),
          lng: merchant.lng,
          title: '柠檬水',
          price: 4,
        },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows stores, the review queue side by side, price gaps and the import', async () => {
    const page = await signedIn('hq', '/competitors');
    await page.getByTestId('competitor-stores').locator('.ant-table-row').first().waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-competitors-stores');

    await page.getByRole('tab', { name: /待确认匹配/ }).click();
    const pair = page.getByTestId('match-pair').first();
    await pair.waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-competitors-review');
    await pair.getByRole('button', { name: button('是同一家店') }).click();
    await page.getByText('已确认匹配').waitFor();

    await page.getByRole('tab', { name: /价格劣势/ }).click();
    const gaps = page.getByTestId('price-gaps');
    await gaps.locator('.ant-table-row', { hasText: '独家优惠' }).first().waitFor();
    expect(await gaps.locator('.ant-table-row', { hasText: '跟价' }).count()).toBe(1);
    await quiet(page);
    await screenshot(page, 'desktop-competitors-price-gaps');

    await page.getByRole('tab', { name: /导入/ }).click();
    const csv = [
      '平台,门店名称,纬度,经度,团购名称,价格,月销量',
      '饿了么,表格导入的店,39.95,116.31,午市套餐,35,120',
      '饿了么,,39.95,116.31,坏行,10,1',
    ].join('\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '竞对.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const status = page.getByTestId('competitor-job-status');
    await poll(() => status.getAttribute('data-status')).toBe('done');
    await quiet(page);
    await screenshot(page, 'desktop-competitors-import');
    await page.context().close();
  });

  it('shows the competitor section on the merchant page', async () => {
    const page = await signedIn('bd', `/leads/${merchant.id}`);
    await page.getByRole('tab', { name: /竞对/ }).click();
    const section = page.getByTestId('competitor-section');
    await section.getByText('price_disadvantage').or(section.getByText('价格劣势').first()).first().waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-merchant-competitors');
    await page.context().close();
  });

  it('creates, runs and lists a tag rule', async () => {
    const page = await signedIn('admin', '/settings/tag-rules');
    await page.getByRole('button', { name: '新建规则' }).click();
    const modal = page.locator('.ant-modal');
    await modal.getByLabel('标签', { exact: true }).fill('top_merchant');
    await modal.getByLabel('名称').fill('城市销量前5%');
    await modal.getByRole('button', { name: '30 天拜访 ≥ 3 次' }).click();
    await modal.getByRole('button', { name: '城市销量前 5%' }).click();
    await settle(page);
    await screenshot(page, 'desktop-tag-rule-editor');
    await modal.getByRole('button', { name: button('确定') }).click();
    const row = page.getByTestId('tag-rules').locator('.ant-table-row', { hasText: 'top_merchant' });
    await row.waitFor();
    await row.getByRole('button', { name: '立即运行' }).click();
    await page.getByText(/已运行：[1-9]/).waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-tag-rules');
    await page.context().close();
  });

  it('has every word of these screens in English', async () => {
    const page = await signedIn('admin', '/competitors');
    await page.getByTestId('language-menu').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Language').waitFor();
    for (const path of [
      '/competitors',
      '/competitors?tab=review',
      '/competitors?tab=gaps',
      '/competitors?tab=import',
      '/settings/tag-rules',
    ]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/competitors?tab=gaps`);
    await quiet(page);
    await screenshot(page, 'desktop-competitors-price-gaps-en');
    await page.goto(`${baseUrl()}/leads/${merchant.id}`);
    await page.getByRole('tab', { name: 'Competitors' }).click();
    await page.getByTestId('competitor-section').waitFor();
    await quiet(page);
    expect(await untranslatedText(page)).toEqual([]);
    await page.context().close();
  });
});
