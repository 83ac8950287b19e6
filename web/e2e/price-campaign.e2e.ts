import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, logIn } from './helpers.ts';
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
let dealId: string;

/**
 * The "done when": HQ runs a price-disadvantage campaign end to end from the web app,
 * from the competitor file to the BD's answer on the phone.
 */
describe('a price-disadvantage campaign, end to end', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    // A signed merchant of the demo BD with one online deal at ¥108.
    const stores = await quietStores(6);
    ({ merchant, dealId } = await merchantWithOnlineDeal(
      stores[5]!,
      `价格活动合同 ${Date.now().toString(36)}`,
      {
        title: '双人超值套餐',
        dishPrice: 68,
        listPrice: 168,
        dealPrice: 108,
      },
    ));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports a cheaper offer, launches the template, the BD answers on the phone, HQ reads it', async () => {
    const stamp = Date.now().toString(36);
    const hq = await signedIn('hq', '/competitors?tab=import');

    // 1. HQ imports the competitor file: 美团 sells the same set for ¥99.
    const csv = [
      '平台,门店名称,纬度,经度,团购名称,价格,月销量',
      `美团,${merchant.name},${north(merchant.lat, 25)},${merchant.lng},双人超值套餐,99,640`,
    ].join('\n');
    // The demo's coordinates are GPS ones (the page proposes GCJ-02, what Chinese maps export).
    await hq.locator('.ant-select', { hasText: 'GCJ-02' }).click();
    await hq.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'WGS-84' }).click();
    await hq
      .locator('input[type=file]')
      .setInputFiles({ name: '竞对价格.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await poll(() => hq.getByTestId('competitor-job-status').getAttribute('data-status')).toBe('done');
    await quiet(hq);
    await screenshot(hq, 'price-campaign-1-import');

    // When another demo store nearby has a similar name, HQ confirms which one the competitor's is.
    const pending = await apiGet<{ pendingMatches: unknown[] }>(
      await apiToken('hq'),
      `/api/v1/competitors/merchants/${merchant.id}`,
    );
    if (pending.pendingMatches.length > 0) {
      await hq.getByRole('tab', { name: /待确认匹配/ }).click();
      const pair = hq
        .getByTestId('match-pair')
        .filter({ has: hq.getByRole('link', { name: merchant.name, exact: true }) })
        .first();
      await pair.waitFor();
      await quiet(hq);
      await screenshot(hq, 'price-campaign-1b-review');
      await pair.getByRole('button', { name: button('是同一家店') }).click();
      await hq.getByText('已确认匹配').waitFor();
    }

    // 2. The merchant shows the price disadvantage and the suggested strategy.
    await hq.goto(`${baseUrl()}/leads/${merchant.id}`);
    await hq.getByRole('tab', { name: /竞对/ }).click();
    const section = hq.getByTestId('competitor-section');
    await section.locator('.ant-table-row', { hasText: '跟价' }).first().waitFor();
    await quiet(hq);
    await screenshot(hq, 'price-campaign-2-merchant-gap');

    // 3. HQ starts from the price-disadvantage template, previews, launches.
    await hq.goto(`${baseUrl()}/campaigns/new`);
    await hq.getByLabel('模板').click();
    await hq
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '价格劣势跟进' })
      .click();
    await poll(() => hq.getByTestId('task-title').inputValue()).toContain('竞对价格更低');
    expect(await hq.getByTestId('filter-tag').inputValue()).toBe('price_disadvantage');
    // Only this merchant (other tests tag theirs too): the template's filter, narrowed by name.
    await hq.getByLabel('门店名称包含').fill(merchant.name);
    await hq.getByTestId('campaign-name').fill(`价格劣势 ${stamp}`);
    await hq.getByTestId('preview').click();
    await poll(() => hq.getByTestId('preview-count').innerText()).toContain('1');
    await hq.getByTestId('preview-card').getByText(merchant.name).waitFor();
    await settle(hq);
    await screenshot(hq, 'price-campaign-3-editor');
    await hq.getByTestId('launch').click();
    await hq.getByTestId('confirm-launch').click();
    await hq.waitForURL(/\/campaigns\/\d+$/);
    const progressUrl = hq.url();

    // 4. The BD, on the phone: the task in the to-do, with this merchant's gap and strategy.
    const phone = await (await browser.newContext(PHONE)).newPage();
    await phone.goto(`${baseUrl()}/m/todo`);
    await phone.waitForURL(/\/m\/login/);
    await logIn(phone, 'bd');
    await phone.waitForURL(/\/m\/todo$/);
    const item = phone
      .getByTestId('task-item')
      .filter({ hasText: '竞对价格更低' })
      .filter({ hasText: merchant.name });
    await item.first().waitFor();
    await item.first().scrollIntoViewIfNeeded();
    await quiet(phone);
    await screenshot(phone, 'price-campaign-4-todo');
    await item.first().click();
    const sheet = phone.getByTestId('task-sheet');
    const gap = sheet.getByTestId('price-gap');
    await gap.waitFor();
    expect(await gap.innerText()).toMatch(/美团[\s\S]*双人超值套餐[\s\S]*¥99[\s\S]*¥108/);
    expect(await gap.getByTestId('price-gap-strategy').getAttribute('data-strategy')).toBe('match_price');
    expect(await gap.getByTestId('price-gap-strategy').innerText()).toContain('跟价，调至不高于 ¥99');
    await settle(phone);
    await screenshot(phone, 'price-campaign-5-task-sheet');
    await sheet.getByTestId('task-complete').click();
    await sheet.getByTestId('task-text').locator('textarea').fill(`老板同意调到 ¥99 ${stamp}`);
    await settle(phone);
    await screenshot(phone, 'price-campaign-6-feedback');
    await sheet.getByTestId('task-submit').click();
    await poll(() => item.count()).toBe(0);
    await phone.context().close();

    // 5. HQ's progress: done, with the feedback beside the gap it answered.
    await hq.goto(progressUrl);
    await poll(() => hq.getByTestId('done-count').innerText()).toContain('1');
    const row = hq.getByTestId('feedback-list').locator('.ant-table-row', { hasText: merchant.name });
    await row.getByText(`老板同意调到 ¥99 ${stamp}`).waitFor();
    expect(await row.getByTestId('price-gap-strategy').innerText()).toContain('跟价');
    await row.scrollIntoViewIfNeeded();
    await quiet(hq);
    await screenshot(hq, 'price-campaign-7-progress');
    await hq.context().close();
  });

  it('the BD escalates from the desktop to-dos; HQ reprices the deal; the merchant history shows it', async () => {
    const stamp = Date.now().toString(36);
    const hqToken = await apiToken('hq');
    const templates = await apiGet<{
      items: Array<{
        key: string;
        task: { kind: string; title: { zh: string }; instructions: { zh: string }; dueInDays: number };
      }>;
    }>(hqToken, '/api/v1/campaign-templates');
    const template = templates.items.find((x) => x.key === 'price_disadvantage')!;
    const campaign = await apiPost<{ id: string }>(hqToken, '/api/v1/campaigns', {
      name: `价格劣势复查 ${stamp}`,
      target: 'leads',
      leadFilter: { tag: 'price_disadvantage', q: merchant.name },
      templateKey: template.key,
      task: {
        kind: template.task.kind,
        title: `${template.task.title.zh} ${stamp}`,
        instructions: template.task.instructions.zh,
        dueInDays: template.task.dueInDays,
      },
    });
    await apiPost(hqToken, `/api/v1/campaigns/${campaign.id}/launch`);

    const bd = await signedIn('bd', '/tasks');
    const row = bd.getByTestId('tasks-table').locator('.ant-table-row', { hasText: stamp });
    await row.getByTestId('price-gap-strategy').waitFor();
    await quiet(bd);
    await screenshot(bd, 'price-campaign-8-desktop-todos');
    await row.getByTestId('task-escalate').click();
    const modal = bd.locator('.ant-modal');
    await modal.locator('textarea').fill(`商户要求总部直接调价 ${stamp}`);
    await settle(bd);
    await screenshot(bd, 'price-campaign-9-escalate');
    await modal.getByRole('button', { name: button('上报') }).click();
    await poll(() => row.count()).toBe(0);
    await bd.context().close();

    const hq = await signedIn('hq', '/escalations');
    const escalated = hq.locator('.ant-table-row', { hasText: `商户要求总部直接调价 ${stamp}` });
    await escalated.getByTestId('price-gap-strategy').waitFor();
    await quiet(hq);
    await screenshot(hq, 'price-campaign-10-escalations');
    await escalated.getByTestId('intervene').click();
    const form = hq.locator('.ant-modal');
    await form.getByText('调整在线团购价格').click();
    await form.getByTestId('intervene-deal').click();
    await hq
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '双人超值套餐' })
      .click();
    await form.getByLabel('新团购价').fill('99');
    await hq.getByTestId('intervene-note').fill('总部补贴，调至与美团同价');
    await settle(hq);
    await screenshot(hq, 'price-campaign-11-reprice');
    await hq.getByTestId('apply-intervention').click();
    await poll(() => escalated.count()).toBe(0);
    const deal = await apiGet<{ dealPrice: number }>(hqToken, `/api/v1/deals/${dealId}`);
    expect(deal.dealPrice).toBe(99);

    await hq.goto(`${baseUrl()}/leads/${merchant.id}`);
    await hq.getByRole('tab', { name: '历史' }).click();
    const event = hq.getByText('总部干预').first();
    await event.waitFor();
    await hq.getByText('总部补贴，调至与美团同价').first().waitFor();
    expect(await hq.getByTestId('intervention-detail').first().innerText()).toBe(
      '团购「双人超值套餐」调价 ¥108 → ¥99',
    );
    await quiet(hq);
    await screenshot(hq, 'price-campaign-12-history');
    await hq.context().close();
  });
});
