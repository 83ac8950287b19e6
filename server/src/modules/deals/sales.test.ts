import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { xlsxOf } from '../../../test/imports-fixtures.ts';
import { multipartBody } from '../../../test/multipart.ts';

let t: TestContext;
let tenant: TestTenant;
let other: TestTenant;
let ids: { online: string; offline: string; draft: string; online2: string; theirs: string };

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });

async function newDeal(forTenant: TestTenant, status: 'draft' | 'online' | 'offline') {
  const lead = await signedLead(t, forTenant);
  const { body } = await post(`/api/v1/leads/${lead.id}/deals`, forTenant.tokens.bd, dealBody(t));
  if (status === 'draft') return body.id as string;
  await post(`/api/v1/deals/${body.id}/submit`, forTenant.tokens.bd);
  await post(`/api/v1/deals/${body.id}/approve`, forTenant.tokens.reviewer);
  if (status === 'offline')
    await post(`/api/v1/deals/${body.id}/offline`, forTenant.tokens.hq, { reason: '售罄' });
  return body.id as string;
}

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  other = await t.createTenant('takeaway');
  ids = {
    online: await newDeal(tenant, 'online'),
    offline: await newDeal(tenant, 'offline'),
    draft: await newDeal(tenant, 'draft'),
    online2: await newDeal(tenant, 'online'),
    theirs: await newDeal(other, 'online'),
  };
});
afterAll(() => t.close());

const salesOf = async (id: string) =>
  (await t.request('GET', `/api/v1/deals/${id}`, { token: tenant.tokens.bd })).body.salesCount;

async function uploadSales(token: string, file: { name: string; content: Buffer | string }) {
  const { payload, headers } = multipartBody([{ name: 'file', filename: file.name, content: file.content }]);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/deals/sales/import',
    headers: { ...headers, authorization: `Bearer ${token}` },
    payload,
  });
  return { status: response.statusCode, body: response.json() };
}

describe('sales counts pushed by API', () => {
  it('are set, idempotently, for deals that have been online', async () => {
    const batch = [
      { dealId: ids.online, salesCount: 120 },
      { dealId: ids.offline, salesCount: 5 },
    ];
    const first = await post('/api/v1/deals/sales', tenant.tokens.tenant_admin, batch);
    expect(first.body).toEqual({ received: 2, updated: 2, unchanged: 0 });
    expect(await salesOf(ids.online)).toBe(120);
    expect(await salesOf(ids.offline)).toBe(5);
    const again = await post('/api/v1/deals/sales', tenant.tokens.tenant_admin, batch);
    expect(again.body).toEqual({ received: 2, updated: 0, unchanged: 2 });
    const deal = await t.request('GET', `/api/v1/deals/${ids.online}`, { token: tenant.tokens.bd });
    expect(deal.body.salesUpdatedAt).toBe(t.clock.now().toISOString());
    const [logged] = await t.ownerQuery<{ n: number }>(
      `select count(*)::int as n from audit_log where tenant_id = $1 and action = 'deal.sales_recorded'`,
      [tenant.id],
    );
    expect(logged!.n).toBe(2);
  });

  it('refuse the whole batch when one row is bad, and say which rows', async () => {
    const reply = await post('/api/v1/deals/sales', tenant.tokens.tenant_admin, [
      { dealId: ids.online, salesCount: 130 },
      { dealId: ids.draft, salesCount: 1 },
      { dealId: '999999999', salesCount: 1 },
      { dealId: ids.theirs, salesCount: 1 },
      { dealId: ids.online2, salesCount: 7 },
      { dealId: ids.online2, salesCount: 8 },
    ]);
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toContain('application/problem+json');
    expect(reply.body.code).toBe('validation_failed');
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/body/1',
      '/body/2',
      '/body/3',
      '/body/5',
    ]);
    expect(await salesOf(ids.online)).toBe(120);
    expect(await salesOf(ids.online2)).toBe(0);
    const negative = await post('/api/v1/deals/sales', tenant.tokens.tenant_admin, [
      { dealId: ids.online, salesCount: -1 },
    ]);
    expect(negative.status).toBe(400);
    expect((await post('/api/v1/deals/sales', tenant.tokens.tenant_admin, [])).status).toBe(400);
  });

  it('are for administrators, HQ, ops managers and their API keys', async () => {
    const batch = [{ dealId: ids.online2, salesCount: 9 }];
    for (const role of ['bd', 'bd_manager', 'city_manager', 'ops', 'reviewer'] as const)
      expect((await post('/api/v1/deals/sales', tenant.tokens[role], batch)).status, role).toBe(403);
    expect((await post('/api/v1/deals/sales', tenant.tokens.ops_manager, batch)).status).toBe(200);
    const key = await post('/api/v1/api-keys', tenant.tokens.tenant_admin, { name: '订单系统', role: 'hq' });
    const pushed = await post('/api/v1/deals/sales', key.body.token, [
      { dealId: ids.online2, salesCount: 11 },
    ]);
    expect(pushed.body.updated).toBe(1);
    expect(await salesOf(ids.online2)).toBe(11);
  });
});

describe('sales counts imported from a file', () => {
  it('take a CSV with Chinese headers and other columns, or an XLSX', async () => {
    const csv = `团单ID,标题,销量\r\n${ids.online},双人套餐,300\r\n${ids.offline},x,6\r\n`;
    const reply = await uploadSales(tenant.tokens.hq, { name: 'sales.csv', content: `\ufeff${csv}` });
    expect(reply.body).toEqual({ received: 2, updated: 2, unchanged: 0 });
    expect(await salesOf(ids.online)).toBe(300);
    const xlsx = await xlsxOf([
      ['dealId', 'salesCount'],
      [ids.online2, 42],
    ]);
    const fromXlsx = await uploadSales(tenant.tokens.hq, { name: 'sales.xlsx', content: xlsx });
    expect(fromXlsx.body.updated).toBe(1);
    expect(await salesOf(ids.online2)).toBe(42);
  });

  it('refuse the file when a row is bad, naming the row as the sheet shows it; nothing changes', async () => {
    const csv = `dealId,salesCount\r\n${ids.online},400\r\nabc,1\r\n${ids.online2},-3\r\n${ids.draft},2\r\n`;
    const reply = await uploadSales(tenant.tokens.hq, { name: 'sales.csv', content: csv });
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { path: string }) => e.path)).toEqual(['/file/row/3', '/file/row/4']);
    const unknownDeal = await uploadSales(tenant.tokens.hq, {
      name: 'sales.csv',
      content: `dealId,salesCount\r\n${ids.online},400\r\n${ids.draft},2\r\n`,
    });
    expect(unknownDeal.body.errors).toEqual([
      expect.objectContaining({ path: '/file/row/3', message: expect.stringContaining('draft') }),
    ]);
    expect(await salesOf(ids.online)).toBe(300);
    const noHeader = await uploadSales(tenant.tokens.hq, {
      name: 'sales.csv',
      content: 'id,count\r\n1,2\r\n',
    });
    expect(noHeader.body.errors[0].path).toBe('/body/file');
    const wrongType = await uploadSales(tenant.tokens.hq, { name: 'sales.txt', content: 'x' });
    expect(wrongType.status).toBe(415);
    expect((await uploadSales(tenant.tokens.bd, { name: 'sales.csv', content: csv })).status).toBe(403);
  });
});
