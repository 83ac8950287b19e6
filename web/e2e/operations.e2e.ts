import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, logIn, untranslatedText } from './helpers.ts';
import {
  apiPost,
  button,
  poll,
  quiet,
  quietStores,
  settle,
  signedIn as signedInAs,
  signThroughApi,
  tenantDay,
} from './workbench.ts';

let browser: Browser;
const signedIn = (username: string, path: string) => signedInAs(browser, username, path);

describe('the operations workbench (desktop and phone)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the ops manager hand a merchant to an ops person, who finds it and its renewal in their workbench', async () => {
    const stamp = Date.now().toString(36);
    const [, store] = await quietStores(2);
    // A contract ending in 20 days: inside the 30-day renewal window.
    await signThroughApi(store!, `续约提醒合同 ${stamp}`, tenantDay(20));
    await apiPost(await apiToken('admin'), '/api/v1/ops/renewals');

    const manager = await signedIn('opsm', `/leads/${store!.id}`);
    await manager.getByRole('button', { name: '移交运营' }).click();
    const modal = manager.locator('.ant-modal');
    await modal.getByLabel('移交给').click();
    await manager
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周运营' })
      .click();
    await modal.getByLabel('移交说明').fill('签约完成，转运营维护');
    await settle(manager);
    await screenshot(manager, 'desktop-handover');
    await modal.getByRole('button', { name: button('确认') }).click();
    await manager.getByText('已移交给 周运营').waitFor();
    await poll(() => manager.getByTestId('ops-owner').textContent()).toBe('周运营');

    await manager.goto(`${baseUrl()}/portfolio`);
    const member = manager.getByTestId('portfolio-summary').locator('.ant-table-row', { hasText: '周运营' });
    await member.waitFor();
    await member.click();
    await manager.locator('[data-testid=portfolio-merchant]', { hasText: store!.name }).waitFor();
    await quiet(manager);
    await screenshot(manager, 'desktop-portfolio-manager');
    await manager.context().close();

    // The ops person: the merchant in the portfolio, due for renewal; the renewal to-do is theirs now.
    const ops = await signedIn('ops', '/portfolio');
    await ops.locator('[data-testid=portfolio-merchant]', { hasText: store!.name }).waitFor();
    await ops.getByTestId('portfolio-view-renewal_due').click();
    const due = ops.locator('.ant-table-row', { hasText: store!.name });
    await due.getByTestId('renewal-due').waitFor();
    await quiet(ops);
    await screenshot(ops, 'desktop-portfolio');
    await ops.getByTestId('portfolio-view-without_online_deal').click();
    await ops.locator('.ant-table-row', { hasText: store!.name }).waitFor();

    // On the phone, the renewal to-do heads the to-do tab.
    const phone = await (await browser.newContext(PHONE)).newPage();
    await phone.goto(`${baseUrl()}/m/todo`);
    await phone.waitForURL(/\/m\/login/);
    await logIn(phone, 'ops');
    await phone.waitForURL(/\/m\/todo$/);
    await phone.getByTestId('task-item').filter({ hasText: store!.name }).waitFor();
    await quiet(phone);
    await screenshot(phone, 'mobile-todo-renewal');
    await phone.context().close();

    await ops.goto(`${baseUrl()}/tasks`);
    const task = ops.locator('.ant-table-row', { hasText: store!.name });
    await task.waitFor();
    expect(await task.textContent()).toContain('续约');
    await quiet(ops);
    await screenshot(ops, 'desktop-tasks');
    await task.getByRole('button', { name: '开始处理' }).click();
    await poll(() => task.getByTestId('task-status').getAttribute('data-status')).toBe('doing');
    await task.getByRole('button', { name: button('完成') }).click();
    await ops.locator('.ant-modal').getByRole('textbox').fill('商家同意续约，已通知 BD 起草续约合同');
    await ops
      .locator('.ant-modal')
      .getByRole('button', { name: button('完成') })
      .click();
    await ops.getByText('待办已完成').waitFor();
    await poll(() => task.count()).toBe(0);
    await ops.context().close();
  }, 180_000);

  it('hands over every signed merchant a filter finds, and says merchant by merchant what happened', async () => {
    const stamp = Date.now().toString(36);
    const [, , signed, unsigned] = await quietStores(4);
    await signThroughApi(signed!, `批量移交合同 ${stamp}`, tenantDay(200));
    const hq = await apiToken('hq');
    const { ownerId } = await apiGet<{ ownerId: string }>(hq, `/api/v1/leads/${signed!.id}`);

    // By filter: the BD's signed merchants, found by the server beyond the table's page.
    const manager = await signedIn('opsm', `/leads?status=signed&ownerId=${ownerId}`);
    await manager.locator('.ant-table-row', { hasText: signed!.name }).waitFor();
    await manager.getByTestId('handover-by-filter').click();
    const modal = manager.locator('.ant-modal', { hasText: '移交筛选出的全部已签约门店' });
    await modal.getByLabel('移交给').click();
    await manager
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周运营' })
      .click();
    expect(await modal.getByRole('checkbox', { name: '只移交尚无运营负责人的门店' }).isChecked()).toBe(true);
    await settle(manager);
    await screenshot(manager, 'desktop-handover-by-filter');
    await modal.getByRole('button', { name: button('确认') }).click();
    const results = manager.getByTestId('handover-results');
    const line = results.locator('.ant-table-row', { hasText: signed!.name });
    await line.waitFor();
    expect(await line.textContent()).toContain('已移交');
    expect(await manager.getByTestId('handover-summary').textContent()).toMatch(/移交 \d+ 家/);
    await quiet(manager);
    await screenshot(manager, 'desktop-handover-results');
    await manager.locator('.ant-modal .ant-btn-primary', { hasText: button('关闭') }).click();
    const lead = await apiGet<{ opsOwnerId: string | null }>(hq, `/api/v1/leads/${signed!.id}`);
    expect(lead.opsOwnerId).not.toBeNull();

    // A selection with a store not yet signed: that one is refused, with the reason in words.
    await manager.goto(`${baseUrl()}/leads?q=${encodeURIComponent(unsigned!.name)}`);
    const row = manager.locator('.ant-table-row', { hasText: unsigned!.name }).first();
    await row.waitFor();
    await row.locator('.ant-checkbox-input').check();
    await manager.getByRole('button', { name: '批量移交运营' }).click();
    const bulk = manager.locator('.ant-modal', { hasText: '批量移交运营' });
    await bulk.getByLabel('移交给').click();
    await manager
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周运营' })
      .click();
    await bulk.getByRole('button', { name: button('确认') }).click();
    const refused = manager
      .getByTestId('handover-results')
      .locator('.ant-table-row', { hasText: unsigned!.name });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('门店尚未签约');
    await quiet(manager);
    await screenshot(manager, 'desktop-handover-refused');
    await manager.context().close();
  }, 180_000);

  it('shows the portfolio and the to-dos in English', async () => {
    const page = await signedIn('admin', '/portfolio');
    await page.getByTestId('language-menu').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Language').waitFor();
    for (const path of ['/portfolio', '/portfolio?view=renewal_due', '/tasks?scope=team']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/portfolio`);
    await page.getByTestId('portfolio-summary').waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-portfolio-en');
    await page.context().close();
  });
});
