import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, logIn, untranslatedText } from './helpers.ts';

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

async function apiPost<T>(token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits for what the server's answer changes on screen (the machine may be busy). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Drawers and modals slide in: wait until they stand still before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(500);

const card = (page: Page, stage: string, title: string) =>
  page.locator(`[data-testid=board-column][data-stage=${stage}] [data-testid=board-card]`, {
    hasText: title,
  });

/** Approves (or rejects) the contract from the approver's queue, with a comment. */
async function decide(username: string, contractTitle: string, decision: '通过' | '驳回', comment: string) {
  const page = await signedIn(username, '/approvals');
  const row = page.locator('.ant-table-row', { hasText: contractTitle });
  await row.waitFor();
  await screenshot(page, `desktop-approvals-${username}`);
  await row.getByRole('button', { name: /审\s*批/ }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByTestId('approval-trail').waitFor();
  await settle(page);
  await screenshot(page, `desktop-approval-drawer-${username}`);
  await drawer.getByRole('button', { name: new RegExp(decision.split('').join('\\s*')) }).click();
  const modal = page.locator('.ant-modal');
  await modal.getByRole('textbox').fill(comment);
  await modal.getByRole('button', { name: new RegExp(decision.split('').join('\\s*')) }).click();
  try {
    await page
      .getByText(decision === '通过' ? '已通过' : '已驳回')
      .first()
      .waitFor();
  } catch (error) {
    await screenshot(page, `failed-decision-${username}`);
    throw error;
  }
  await poll(() => row.count()).toBe(0);
  await page.context().close();
}

describe('opportunities, contracts and approvals (desktop)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes a store from opportunity to signed contract through the board, an approval chain and a rejection', async () => {
    const stamp = Date.now().toString(36);
    const opportunityTitle = `端到端商机 ${stamp}`;
    const contractTitle = `端到端合同 ${stamp}`;
    const bdToken = await apiToken('bd');
    const mine = await apiGet<{ items: { id: string; name: string }[] }>(
      bdToken,
      '/api/v1/leads?scope=mine&status=private&limit=20',
    );
    const [store, otherStore] = mine.items;
    expect(store, 'the demo BD holds private stores').toBeDefined();

    // The rep opens an opportunity on the merchant page.
    const page = await signedIn('bd', `/leads/${store!.id}`);
    await page.getByRole('tab', { name: /商机/ }).click();
    await page.getByRole('button', { name: /新建商机/ }).click();
    const create = page.locator('.ant-modal');
    await create.getByLabel('商机名称').fill(opportunityTitle);
    await create.getByLabel('预计金额').fill('120000');
    await create.getByRole('button', { name: /新\s*建/ }).click();
    await page.getByTestId('lead-opportunities').getByText(opportunityTitle).waitFor();

    // A second one, to be lost.
    const doomed = await apiPost<{ id: string; title: string }>(
      bdToken,
      `/api/v1/leads/${(otherStore ?? store)!.id}/opportunities`,
      { title: `将输单 ${stamp}`, amount: 8000 },
    );

    // The board: drag across stages, keyboard alternative, and a lost stage that asks why.
    await page.goto(`${baseUrl()}/pipeline`);
    await card(page, 'initial_contact', opportunityTitle).waitFor();
    await card(page, 'initial_contact', opportunityTitle).dragTo(
      page.locator('[data-testid=board-column][data-stage=proposal]'),
    );
    await card(page, 'proposal', opportunityTitle).waitFor();
    await page.getByText('已移到「方案报价」').waitFor();
    // A move the server refuses goes back where it was, saying why.
    await page.route(
      '**/api/v1/opportunities/*/stage',
      (route) =>
        route.fulfill({
          status: 409,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 409, code: 'conflict', title: 'Conflict' }),
        }),
      { times: 1 },
    );
    await card(page, 'proposal', opportunityTitle).dragTo(
      page.locator('[data-testid=board-column][data-stage=won]'),
    );
    await page.getByText(`「${opportunityTitle}」未能移动，已恢复原位：数据已被修改，请刷新后重试`).waitFor();
    await card(page, 'proposal', opportunityTitle).waitFor();
    expect(await card(page, 'won', opportunityTitle).count()).toBe(0);
    await card(page, 'proposal', opportunityTitle).getByLabel('移动到阶段').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '商务谈判' })
      .click();
    await card(page, 'negotiation', opportunityTitle).waitFor();

    await card(page, 'initial_contact', doomed.title).dragTo(
      page.locator('[data-testid=board-column][data-stage=lost]'),
    );
    const lost = page.locator('.ant-modal');
    await lost.getByText('输单原因').first().waitFor();
    await lost.getByRole('button', { name: /确\s*认/ }).click();
    await lost.getByText('请填写输单原因').waitFor();
    await lost.getByRole('textbox').fill('商家选择了竞对平台');
    await lost.getByText('请填写输单原因').waitFor({ state: 'hidden' });
    await screenshot(page, 'desktop-board-lost-reason');
    await lost.getByRole('button', { name: /确\s*认/ }).click();
    await card(page, 'lost', doomed.title).waitFor();
    await page.reload();
    await card(page, 'negotiation', opportunityTitle).waitFor();
    await card(page, 'lost', doomed.title).waitFor();
    await screenshot(page, 'desktop-board');

    // From the card to a contract draft, with a low commission: two approvers.
    await card(page, 'negotiation', opportunityTitle).locator('.board-card-title').click();
    const drawer = page.getByTestId('opportunity-drawer');
    await drawer.getByText('方案报价').first().waitFor();
    await settle(page);
    await screenshot(page, 'desktop-opportunity-drawer');
    await drawer.getByRole('button', { name: /起草合同/ }).click();
    await page.waitForURL(/\/contracts\/new\?leadId=/);
    const form = page.getByTestId('contract-form');
    await poll(() => form.getByLabel('合同名称').inputValue()).toBe(opportunityTitle);
    await form.getByLabel('合同名称').fill(contractTitle);
    await form.getByLabel('佣金比例').fill('2.5');
    await form.getByLabel('合同条款').fill('到店团购套餐，平台佣金按核销金额计算。');
    await page.getByTestId('expected-chain').getByText('城市经理').waitFor();
    await screenshot(page, 'desktop-contract-form');
    await page.getByRole('button', { name: '保存并提交审批' }).click();
    await page.waitForURL(/\/contracts\/\d+$/);
    const contractPath = new URL(page.url()).pathname;
    await poll(() =>
      page.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toBe('pending_approval');
    await page.getByText('等待BD 主管审批').waitFor();
    await screenshot(page, 'desktop-contract-pending');
    await page.context().close();

    // The team lead approves; the city manager rejects: the commission is too low.
    await decide('bdm', contractTitle, '通过', '同意，尽快推进');
    await decide('city', contractTitle, '驳回', '佣金低于 3%，请调整后再提交');

    // The rep sees why, revises to 3% (only the team lead needed now) and resubmits.
    const rep = await signedIn('bd', contractPath);
    await poll(() =>
      rep.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toBe('rejected');
    await rep.getByText('佣金低于 3%，请调整后再提交').first().waitFor();
    await screenshot(rep, 'desktop-contract-rejected');
    await rep.getByRole('button', { name: /修\s*改/ }).click();
    await rep.waitForURL(/\/edit$/);
    await rep.getByTestId('contract-form').getByLabel('佣金比例').fill('3');
    await poll(() => rep.getByTestId('expected-chain').textContent()).not.toContain('城市经理');
    await rep.getByRole('button', { name: '保存并提交审批' }).click();
    await rep.waitForURL((url) => url.pathname === contractPath);
    await poll(() =>
      rep.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toBe('pending_approval');
    await rep.context().close();

    await decide('bdm', contractTitle, '通过', '调整后同意');

    // Signed by the rep: the merchant is signed, the opportunity won, the trail complete.
    const signer = await signedIn('bd', contractPath);
    await poll(() =>
      signer.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toBe('approved');
    // The signed paper, attached before signing; a file that is not what its name says is refused.
    const files = signer.getByTestId('contract-attachments');
    await files.locator('input[type=file]').setInputFiles({
      name: '伪装.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>not a pdf</html>'),
    });
    await signer.getByText('不支持的文件格式').waitFor();
    await files.locator('input[type=file]').setInputFiles({
      name: '合同扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await files.locator('.ant-table-row', { hasText: '合同扫描件.pdf' }).waitFor();
    await signer.getByRole('button', { name: /签\s*约/ }).click();
    await signer
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*认/ })
      .click();
    // Active when its term has begun (today, in the tenant's time zone), signed before that.
    await poll(() =>
      signer.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toMatch(/^(active|signed)$/);
    const steps = signer.getByTestId('approval-step');
    await poll(() => steps.count()).toBe(3);
    expect(await signer.getByTestId('approval-trail').textContent()).toContain('第 2 轮');
    await signer.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await screenshot(signer, 'desktop-contract-signed');

    await signer.getByTestId('contract-merchant').click();
    await signer.waitForURL((url) => url.pathname === `/leads/${store!.id}`);
    await poll(() => signer.locator('.page-header [data-status]').getAttribute('data-status')).toBe('signed');
    await signer.getByRole('tab', { name: /商机/ }).click();
    await poll(() =>
      signer.getByTestId('lead-opportunities').locator('tr', { hasText: opportunityTitle }).textContent(),
    ).toContain('赢单');
    await signer.getByRole('tab', { name: /团购单/ }).click();
    await signer.getByTestId('lead-deals').waitFor();
    await signer.getByRole('tab', { name: /合同/ }).click();
    const contracts = signer.getByTestId('lead-contracts');
    await contracts.locator('tr', { hasText: contractTitle }).locator('.ant-table-row-expand-icon').click();
    await contracts.getByTestId('approval-trail').waitFor();
    await signer.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await screenshot(signer, 'desktop-merchant-contracts');
    await signer.context().close();
  }, 180_000);

  it('lets the admin edit the stages and shows every new screen in English', async () => {
    const page = await signedIn('admin', '/settings/stages');
    await poll(() => page.getByTestId('stage-row').count()).toBe(6);
    await screenshot(page, 'desktop-stages');
    await page.getByRole('button', { name: '添加阶段' }).click();
    const rows = page.getByTestId('stage-row');
    await rows.nth(6).getByLabel('标识').fill('trial');
    await rows.nth(6).getByLabel('中文名称').fill('试运营');
    await rows.nth(6).getByLabel('英文名称').fill('Trial run');
    await rows.nth(6).getByLabel('上移').click();
    await rows.nth(5).getByLabel('上移').click();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await page.goto(`${baseUrl()}/pipeline`);
    const columns = page.locator('[data-testid=board-column]');
    await columns.first().waitFor();
    expect(await columns.evaluateAll((all) => all.map((c) => c.getAttribute('data-stage')))).toEqual([
      'initial_contact',
      'needs_confirmed',
      'proposal',
      'negotiation',
      'trial',
      'won',
      'lost',
    ]);

    await page.getByTestId('language-menu').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Language').waitFor();
    const contracts = await apiGet<{ items: { id: string }[] }>(
      await apiToken('admin'),
      '/api/v1/contracts?limit=1',
    );
    const paths = ['/pipeline', '/contracts', '/approvals', '/settings/stages'];
    if (contracts.items[0]) paths.push(`/contracts/${contracts.items[0].id}`);
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/pipeline`);
    await page.locator('[data-testid=board-column]').first().waitFor();
    await screenshot(page, 'desktop-board-en');
    await page.goto(`${baseUrl()}/contracts`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'desktop-contracts-en');
    await page.context().close();
  });
});
