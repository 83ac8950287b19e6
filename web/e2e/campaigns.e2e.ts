import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE, screenshot } from './browser.ts';
import { apiGet, apiToken, baseUrl, logIn } from './helpers.ts';
import { apiPost, poll, quiet, quietStores, settle, signedIn as signedInAs } from './workbench.ts';

let browser: Browser;
const signedIn = (username: string, path: string) => signedInAs(browser, username, path);

async function tag(storeId: string, tags: string[]) {
  const response = await fetch(`${baseUrl()}/api/v1/leads/${storeId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${await apiToken('admin')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`PATCH lead: ${response.status} ${await response.text()}`);
}

describe('HQ campaigns (desktop and phone)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('HQ launches a price-disadvantage campaign; the BD completes the task on the phone; HQ sees it done with the feedback', async () => {
    const stamp = Date.now().toString(36);
    const marker = `e2e_price_${stamp}`;
    const [store] = await quietStores(1);
    await tag(store!.id, ['price_disadvantage', marker]);

    const hq = await signedIn('hq', '/campaigns');
    await hq.getByTestId('new-campaign').click();
    await hq.waitForURL(/\/campaigns\/new$/);
    await hq.getByLabel('模板').click();
    await hq
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '价格劣势跟进' })
      .click();
    await poll(() => hq.getByTestId('task-title').inputValue()).toContain('竞对价格更低');
    // Only this test's store: the template's tag narrowed to the marker.
    await hq.getByTestId('filter-tag').fill(marker);
    await hq.getByTestId('campaign-name').fill(`价格劣势 ${stamp}`);
    await hq.getByTestId('preview').click();
    await poll(() => hq.getByTestId('preview-count').innerText()).toContain('1');
    await hq.getByTestId('preview-card').getByText(store!.name).waitFor();
    await settle(hq);
    await screenshot(hq, 'desktop-campaign-editor');
    await hq.getByTestId('launch').click();
    await hq.getByTestId('confirm-launch').click();
    await hq.waitForURL(/\/campaigns\/\d+$/);
    const progressUrl = hq.url();
    await quiet(hq);

    // The BD, on the phone: the task is in the to-do, and is done with feedback.
    const phone = await (await browser.newContext(PHONE)).newPage();
    await phone.goto(`${baseUrl()}/m/todo`);
    await phone.waitForURL(/\/m\/login/);
    await logIn(phone, 'bd');
    await phone.waitForURL(/\/m\/todo$/);
    const item = phone
      .getByTestId('task-item')
      .filter({ hasText: '竞对价格更低' })
      .filter({ hasText: store!.name });
    await item.first().waitFor();
    await item.first().scrollIntoViewIfNeeded();
    await quiet(phone);
    await screenshot(phone, 'mobile-todo-campaign');
    await item.first().click();
    await phone.getByTestId('task-sheet').waitFor();
    await settle(phone);
    await screenshot(phone, 'mobile-task-sheet');
    await phone.getByTestId('task-complete').click();
    await phone.getByTestId('task-text').locator('textarea').fill('老板同意跟价到竞对同价');
    await settle(phone);
    await screenshot(phone, 'mobile-task-complete');
    const heights = await phone
      .getByTestId('task-sheet')
      .locator('button, .task-photo')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height).filter((h) => h > 0));
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    await phone.getByTestId('task-submit').click();
    await poll(() => item.count()).toBe(0);
    await phone.context().close();

    // HQ: the progress shows it done, with the feedback.
    await hq.goto(progressUrl);
    await poll(() => hq.getByTestId('done-count').innerText()).toContain('1');
    await hq.getByTestId('feedback-list').getByText('老板同意跟价到竞对同价').waitFor();
    await quiet(hq);
    await screenshot(hq, 'desktop-campaign-progress');
    await hq.goto(`${baseUrl()}/campaigns`);
    await hq
      .locator('.ant-table-row', { hasText: `价格劣势 ${stamp}` })
      .getByTestId('campaign-status')
      .waitFor();
    await quiet(hq);
    await screenshot(hq, 'desktop-campaigns');
    await hq.context().close();
  });

  it('HQ answers an escalation from its queue', async () => {
    const stamp = Date.now().toString(36);
    const [, store] = await quietStores(2);
    const hqToken = await apiToken('hq');
    const task = await apiPost<{ id: string }>(hqToken, '/api/v1/tasks', {
      assigneeId: (await apiGet<{ ownerId: string }>(hqToken, `/api/v1/leads/${store!.id}`)).ownerId,
      leadId: store!.id,
      kind: 'price_match',
      title: `跟价 ${stamp}`,
    });
    await apiPost(await apiToken('bd'), `/api/v1/tasks/${task.id}/escalate`, {
      reason: `商户要求补贴 ${stamp}`,
    });
    const hq = await signedIn('hq', '/escalations');
    const row = hq.locator('.ant-table-row', { hasText: `商户要求补贴 ${stamp}` });
    await row.waitFor();
    await quiet(hq);
    await screenshot(hq, 'desktop-escalations');
    await row.getByTestId('intervene').click();
    await hq.getByTestId('intervene-note').fill('总部已与商户沟通，按原价继续');
    await settle(hq);
    await screenshot(hq, 'desktop-intervention');
    await hq.getByTestId('apply-intervention').click();
    await poll(() => row.count()).toBe(0);
    // The merchant's history shows HQ's intervention.
    await hq.goto(`${baseUrl()}/leads/${store!.id}`);
    await hq.getByRole('tab', { name: '历史' }).click();
    await hq.getByText('总部干预').first().waitFor();
    await quiet(hq);
    await screenshot(hq, 'desktop-merchant-intervention');
    await hq.context().close();
  });
});
