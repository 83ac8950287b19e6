import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, untranslatedText } from './helpers.ts';
import {
  apiPost,
  button,
  poll,
  quiet,
  quietStores,
  type Store,
  settle,
  signedIn as signedInAs,
  signThroughApi,
  tenantDay,
} from './workbench.ts';

let browser: Browser;
const signedIn = (username: string, path: string) => signedInAs(browser, username, path);

const dealStatus = (page: Page) =>
  page.locator('.page-header [data-testid=deal-status]').getAttribute('data-status');

/** The reviewer opens the deal from the audit queue. */
async function openAudit(title: string, shots?: 'first'): Promise<Page> {
  const page = await signedIn('reviewer', '/deal-audit');
  const row = page.locator('.ant-table-row', { hasText: title });
  await row.waitFor();
  if (shots) {
    await quiet(page);
    await screenshot(page, 'desktop-deal-audit-queue');
  }
  await row.getByRole('button', { name: button('审核') }).click();
  await page.getByTestId('deal-audit-drawer').getByTestId('deal-items').waitFor();
  await settle(page);
  if (shots) await screenshot(page, 'desktop-deal-audit-drawer');
  return page;
}

let signedStore: Store | undefined;

describe('deals: editor, audit, deal center (desktop)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes a merchant from contract draft through approval and signing to a deal audited online', async () => {
    const stamp = Date.now().toString(36);
    const contractTitle = `上单合同 ${stamp}`;
    const dealTitle = `双人火锅套餐 ${stamp}`;
    const [store] = await quietStores(1);

    // The BD drafts the contract on the merchant page and submits it (5 %: the team lead approves).
    const bd = await signedIn('bd', `/leads/${store!.id}`);
    await bd.getByRole('tab', { name: /合同/ }).click();
    await bd.getByRole('button', { name: /起草合同/ }).click();
    await bd.waitForURL(/\/contracts\/new\?leadId=/);
    const contractForm = bd.getByTestId('contract-form');
    await contractForm.getByLabel('合同名称').fill(contractTitle);
    await contractForm.getByLabel('合同金额').fill('50000');
    await contractForm.getByLabel('佣金比例').fill('5');
    await bd.getByRole('button', { name: '保存并提交审批' }).click();
    await bd.waitForURL(/\/contracts\/\d+$/);
    const contractPath = new URL(bd.url()).pathname;
    await poll(() =>
      bd.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toBe('pending_approval');
    await bd.context().close();

    // The team lead approves it from the approval queue.
    const bdm = await signedIn('bdm', '/approvals');
    const approval = bdm.locator('.ant-table-row', { hasText: contractTitle });
    await approval.getByRole('button', { name: button('审批') }).click();
    const approvalDrawer = bdm.locator('.ant-drawer');
    await approvalDrawer.getByTestId('approval-trail').waitFor();
    await approvalDrawer.getByRole('button', { name: button('通过') }).click();
    await bdm
      .locator('.ant-modal')
      .getByRole('button', { name: button('通过') })
      .click();
    await poll(() => approval.count()).toBe(0);
    await bdm.context().close();

    // The BD signs: the merchant is signed.
    const signer = await signedIn('bd', contractPath);
    await poll(() =>
      signer.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toBe('approved');
    await signer.getByRole('button', { name: button('签约') }).click();
    await signer
      .locator('.ant-popconfirm')
      .getByRole('button', { name: button('确认') })
      .click();
    await poll(() =>
      signer.locator('.page-header [data-testid=contract-status]').getAttribute('data-status'),
    ).toMatch(/^(active|signed)$/);

    // From the merchant's Deals tab, a deal with two lines, tied to the signed contract.
    await signer.goto(`${baseUrl()}/leads/${store!.id}`);
    await poll(() => signer.locator('.page-header [data-status]').first().getAttribute('data-status')).toBe(
      'signed',
    );
    await signer.getByRole('tab', { name: /团购单/ }).click();
    await signer.getByRole('button', { name: /新建团购单/ }).click();
    await signer.waitForURL(/\/deals\/new\?leadId=/);
    const form = signer.getByTestId('deal-form');
    await form.getByLabel('团购标题').fill(dealTitle);
    await poll(() => form.locator('.ant-select').first().textContent()).toContain(contractTitle);
    await form.getByLabel('项目 1').fill('招牌鲜毛肚');
    await form.getByLabel('数量 1').fill('2');
    await form.getByLabel('单价 1').fill('68');
    await form.getByRole('button', { name: /添加项目/ }).click();
    await form.getByLabel('项目 2').fill('鸳鸯锅底');
    await form.getByLabel('单价 2').fill('58');
    await form.getByTestId('deal-items-total').getByText('¥194').waitFor();
    await form.getByLabel('门市价', { exact: true }).fill('298');
    await form.getByLabel('团购价', { exact: true }).fill('198');
    await form.getByText('省 34%').waitFor();
    await screenshot(signer, 'desktop-deal-form');
    await signer.getByRole('button', { name: '保存并提交审核' }).click();
    await signer.waitForURL(/\/deals\/\d+$/);
    const dealPath = new URL(signer.url()).pathname;
    await poll(() => dealStatus(signer)).toBe('pending_audit');
    await signer.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await quiet(signer);
    await screenshot(signer, 'desktop-deal-pending');
    await signer.context().close();

    // The reviewer rejects it against the checklist; "other" needs a comment.
    const reviewer = await openAudit(dealTitle, 'first');
    await reviewer.getByTestId('deal-audit-drawer').getByText('省 34%').waitFor();
    await reviewer
      .locator('.ant-drawer-extra')
      .getByRole('button', { name: button('驳回') })
      .click();
    const reject = reviewer.locator('.ant-modal');
    await reject.getByText('套餐内容不完整或与价格不符').click();
    await reject.getByText('其他（请在备注中说明）').click();
    await reject.getByRole('button', { name: button('驳回') }).click();
    await reject.getByText('选择“其他”时请在备注中说明').waitFor();
    await reject.getByLabel('审核备注').fill('请补充饮品，并上传菜品实拍图');
    await settle(reviewer);
    await screenshot(reviewer, 'desktop-deal-reject');
    await reject.getByRole('button', { name: button('驳回') }).click();
    await reviewer.getByText('已驳回').first().waitFor();
    await poll(() => reviewer.locator('.ant-table-row', { hasText: dealTitle }).count()).toBe(0);
    await reviewer.context().close();

    // The BD reads why, adds the drinks and submits again.
    const rep = await signedIn('bd', dealPath);
    await poll(() => dealStatus(rep)).toBe('rejected');
    const notice = rep.getByTestId('deal-rejection');
    await notice.getByText('套餐内容不完整或与价格不符').waitFor();
    await notice.getByText('请补充饮品，并上传菜品实拍图').waitFor();
    await quiet(rep);
    await screenshot(rep, 'desktop-deal-rejected');
    await rep.getByRole('button', { name: button('修改') }).click();
    await rep.waitForURL(/\/edit$/);
    const edit = rep.getByTestId('deal-form');
    await poll(() => edit.getByLabel('项目 2').inputValue()).toBe('鸳鸯锅底');
    await edit.getByRole('button', { name: /添加项目/ }).click();
    await edit.getByLabel('项目 3').fill('酸梅汤');
    await edit.getByLabel('数量 3').fill('2');
    await edit.getByLabel('单价 3').fill('8');
    await rep.getByRole('button', { name: '保存并提交审核' }).click();
    await rep.waitForURL((url) => url.pathname === dealPath);
    await poll(() => dealStatus(rep)).toBe('pending_audit');
    await rep.context().close();

    // The reviewer approves: the deal goes online.
    const approver = await openAudit(dealTitle);
    await approver.getByTestId('deal-audit-drawer').getByText('酸梅汤').waitFor();
    await approver
      .locator('.ant-drawer-extra')
      .getByRole('button', { name: button('通过') })
      .click();
    await approver
      .locator('.ant-popconfirm')
      .getByRole('button', { name: button('通过') })
      .click();
    await approver.getByText('已通过，团购单已上线').waitFor();
    await poll(() => approver.locator('.ant-table-row', { hasText: dealTitle }).count()).toBe(0);
    await approver.context().close();

    // Online in the deal center (found by a Chinese fragment) and on the merchant page, every step recorded.
    const center = await signedIn('bd', `/deals?q=${encodeURIComponent('火锅套餐')}`);
    const row = center.locator('.ant-table-row', { hasText: dealTitle });
    await poll(() => row.getAttribute('data-row-key')).toBe(dealPath.split('/').pop());
    expect(await row.locator('[data-testid=deal-status]').getAttribute('data-status')).toBe('online');
    await quiet(center);
    await screenshot(center, 'desktop-deal-center-search');
    await row.getByRole('link', { name: dealTitle }).click();
    await center.waitForURL((url) => url.pathname === dealPath);
    await poll(() => dealStatus(center)).toBe('online');
    const history = center.getByTestId('deal-history-entry');
    await poll(() => history.evaluateAll((all) => all.map((e) => e.getAttribute('data-action')))).toEqual([
      'approved',
      'submitted',
      'revised',
      'rejected',
      'submitted',
      'created',
    ]);
    await quiet(center);
    await screenshot(center, 'desktop-deal-online');
    await center.getByTestId('deal-merchant').click();
    await center.waitForURL((url) => url.pathname === `/leads/${store!.id}`);
    await center.getByRole('tab', { name: /团购单/ }).click();
    const onMerchant = center.getByTestId('lead-deals').locator('tr', { hasText: dealTitle });
    await poll(() => onMerchant.locator('[data-testid=deal-status]').getAttribute('data-status')).toBe(
      'online',
    );
    await quiet(center);
    await screenshot(center, 'desktop-merchant-deals');
    await center.context().close();
    signedStore = store;
  }, 240_000);

  it('finds deals in the center by status and price, and lets a reviewer take one offline', async () => {
    const stamp = Date.now().toString(36);
    signedStore ??= (await quietStores(1))[0];
    const store = signedStore!;
    if (
      (await apiGet<{ status: string }>(await apiToken('bd'), `/api/v1/leads/${store.id}`)).status !==
      'signed'
    )
      await signThroughApi(store, `团购合同 ${stamp}`, tenantDay(365));
    const bd = await apiToken('bd');
    const reviewerToken = await apiToken('reviewer');
    const draft = (title: string, listPrice: number, dealPrice: number) =>
      apiPost<{ id: string; title: string }>(bd, `/api/v1/leads/${store.id}/deals`, {
        title,
        items: [{ name: title, quantity: 1 }],
        listPrice,
        dealPrice,
        validFrom: tenantDay(),
        validTo: tenantDay(60),
      });
    const lunch = await draft(`单人午市套餐 ${stamp}`, 88, 59);
    await apiPost(bd, `/api/v1/deals/${lunch.id}/submit`);
    await apiPost(reviewerToken, `/api/v1/deals/${lunch.id}/approve`);
    const family = await draft(`周末亲子套餐 ${stamp}`, 399, 299);
    await apiPost(bd, `/api/v1/deals/${family.id}/submit`);
    await apiPost(reviewerToken, `/api/v1/deals/${family.id}/approve`);
    const tea = await draft(`下午茶双人餐 ${stamp}`, 128, 98);
    await apiPost(bd, `/api/v1/deals/${tea.id}/submit`);
    await draft(`夜宵烧烤套餐 ${stamp}`, 168, 128);

    const page = await signedIn('reviewer', '/deals');
    const rows = page.getByTestId('deal-center-table').locator('.ant-table-row');
    const row = (title: string) => rows.filter({ hasText: title });
    await row(tea.title).waitFor();
    await quiet(page);
    await screenshot(page, 'desktop-deal-center');

    // Online ones from ¥100: the family set, not the lunch.
    await page.getByLabel('状态', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '已上线' }).click();
    await poll(() => row(tea.title).count()).toBe(0);
    await page.getByLabel('最低团购价').fill('100');
    await page.getByLabel('最低团购价').press('Enter');
    await poll(() => new URL(page.url()).searchParams.get('minPrice')).toBe('100');
    await poll(() => row(lunch.title).count()).toBe(0);
    await row(family.title).waitFor();
    const statuses = await rows
      .locator('[data-testid=deal-status]')
      .evaluateAll((all) => all.map((tag) => tag.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['online']));

    // The reviewer takes the family set offline, with the reason.
    await row(family.title)
      .getByRole('button', { name: button('下线') })
      .click();
    const modal = page.locator('.ant-modal');
    await modal.getByRole('textbox').fill('商家暂停周末营业');
    await settle(page);
    await screenshot(page, 'desktop-deal-offline');
    await modal.getByRole('button', { name: button('下线') }).click();
    await page.getByText('团购单已下线').waitFor();
    await poll(() => row(family.title).count()).toBe(0);
    await page.goto(`${baseUrl()}/deals/${family.id}`);
    await poll(() => dealStatus(page)).toBe('offline');
    await page.getByText('商家暂停周末营业').first().waitFor();
    await page.context().close();
  });

  it('shows the deal, audit and operations screens in English', async () => {
    const admin = await apiToken('admin');
    const deals = await apiGet<{ items: { id: string; leadId: string }[] }>(admin, '/api/v1/deals?limit=1');
    const page = await signedIn('admin', '/deals');
    await page.getByTestId('language-menu').hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Language').waitFor();
    const paths = ['/deals', '/deal-audit', '/portfolio', '/tasks'];
    if (deals.items[0]) paths.push(`/deals/${deals.items[0].id}`, `/deals/${deals.items[0].id}/edit`);
    if (signedStore) paths.push(`/deals/new?leadId=${signedStore.id}`, `/leads/${signedStore.id}`);
    for (const path of paths) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(await untranslatedText(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl()}/deals`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'desktop-deal-center-en');
    await page.context().close();
  });
});
