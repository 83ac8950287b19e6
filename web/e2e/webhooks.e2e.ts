import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { apiGet, apiToken, untranslatedText } from './helpers.ts';
import { apiPost, button, poll, quiet, quietStores, settle, signedIn } from './workbench.ts';

let browser: Browser;
let receiver: Server;
let receiverUrl = '';
let received = 0;

describe('webhooks settings (desktop)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    // A receiver that is down: every delivery fails and waits for its retry.
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received++;
        res.writeHead(503).end('maintenance');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/groundwork`;
  });
  afterAll(async () => {
    await browser?.close();
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('registers an endpoint with its events, shows the secret once, and lists failed deliveries to replay', async () => {
    const admin = await signedIn(browser, 'admin', '/settings/webhooks');
    await admin.getByRole('button', { name: button('新建推送地址') }).click();
    const modal = admin.locator('.ant-modal');
    await modal.getByLabel('接收地址').fill('ftp://example.com');
    await modal.getByLabel('线索认领').check();
    await modal.getByLabel('拜访签到').check();
    await modal.getByRole('button', { name: button('新建') }).click();
    await modal.getByText('以 http:// 或 https:// 开头的完整地址').first().waitFor();
    await modal.getByLabel('接收地址').fill(receiverUrl);
    await modal.getByLabel('备注').fill('ERP 对接');
    await settle(admin);
    await screenshot(admin, 'desktop-webhooks-create');
    await modal.getByRole('button', { name: button('新建') }).click();
    await admin.getByText('签名密钥只显示这一次，请立即复制保存').waitFor();
    const secret = await admin.locator('.ant-alert code').textContent();
    expect(secret).toMatch(/^whsec_/);
    await admin.locator('.ant-table-row', { hasText: receiverUrl }).waitFor();

    // The BD checks in at one of their stores: a visit.created event is pushed (and fails).
    const [store] = await quietStores(1);
    const bd = await apiToken('bd');
    await apiPost(bd, `/api/v1/leads/${store!.id}/visits`, { lat: 39.98, lng: 116.31, kind: 'follow_up' });
    await poll(() => received).toBeGreaterThanOrEqual(1);
    const adminToken = await apiToken('admin');
    const hooks = await apiGet<{ items: Array<{ id: string; url: string }> }>(adminToken, '/api/v1/webhooks');
    const hook = hooks.items.find((h) => h.url === receiverUrl)!;
    await poll(
      async () =>
        (
          await apiGet<{ items: Array<{ status: string }> }>(
            adminToken,
            `/api/v1/webhooks/${hook.id}/deliveries`,
          )
        ).items[0]?.status,
    ).toBe('retrying');
    await quiet(admin);
    await screenshot(admin, 'desktop-webhooks');

    await admin
      .locator('.ant-table-row', { hasText: receiverUrl })
      .getByRole('button', { name: button('投递记录') })
      .click();
    const drawer = admin.locator('.ant-drawer');
    await drawer.getByText('重试中').waitFor();
    await drawer.locator('.ant-table-row-expand-icon').first().click();
    await drawer.getByText('HTTP 503').first().waitFor();
    await drawer.getByText('maintenance').waitFor();
    await settle(admin);
    await screenshot(admin, 'desktop-webhook-deliveries');
    await drawer
      .getByRole('button', { name: button('重新推送') })
      .first()
      .click();
    await admin.getByText('已重新加入推送队列').waitFor();
    await poll(() => received).toBeGreaterThanOrEqual(2);

    // The same screens in English carry no Chinese outside the data.
    await admin.evaluate(() => localStorage.setItem('groundwork.language', 'en-US'));
    await admin.reload();
    await admin.getByText('Webhooks').first().waitFor();
    await settle(admin);
    expect(await untranslatedText(admin)).toEqual([]);
  });
});
