import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway'); // auto-approves its own leads: inquiries still go to review
});
afterAll(() => t.close());

let address = 0;
/** Each test posts from its own client address, as the limit counts per address. */
const post = (slug: string, body: unknown, ip = `10.0.0.${++address}`) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/public/${slug}/inquiries`,
    payload: body as object,
    remoteAddress: ip,
  });

const inquiry = {
  storeName: '张记牛肉面(中关村店)',
  contactName: '张老板',
  phone: '13812345678',
  address: '中关村大街1号',
  cityName: '北京',
  category: '面馆',
  message: '想上团购，请联系我',
};

const count = async (table: string) =>
  Number(
    (
      await t.ownerQuery<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [
        tenant.id,
      ])
    )[0]!.n,
  );

describe('public merchant inquiry', () => {
  it('creates a lead in review (channel inbound) with its contact as key person, without a token', async () => {
    const reply = await post(tenant.slug, inquiry);
    expect(reply.statusCode).toBe(201);
    const { id } = reply.json();
    const lead = await t.request('GET', `/api/v1/leads/${id}`, { token: tenant.tokens.reviewer });
    expect(lead.body).toMatchObject({
      name: inquiry.storeName,
      status: 'pending_review',
      channel: 'inbound',
      cityId: tenant.units.city,
      address: inquiry.address,
      category: '面馆',
    });
    expect(lead.body.contacts).toEqual([
      expect.objectContaining({ name: '张老板', isKeyPerson: true, phone: '138****5678', phoneMasked: true }),
    ]);
    const [note] = await t.ownerQuery<any>(
      `select detail, ip from audit_log where tenant_id = $1 and action = 'inquiry.received'`,
      [tenant.id],
    );
    expect(note.detail.note.message).toBe(inquiry.message);
    expect(note.ip).toBe(`10.0.0.${address}`);
  });

  it('puts the store in the tenant’s first city when the city is unknown', async () => {
    const reply = await post(tenant.slug, { ...inquiry, storeName: '无名城市的店', cityName: '火星' });
    expect(reply.statusCode).toBe(201);
    const lead = await t.request('GET', `/api/v1/leads/${reply.json().id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(lead.body.cityId).toBe(tenant.units.city);
  });

  it('refuses a bad body with 400 and writes nothing', async () => {
    const before = [await count('lead'), await count('contact')];
    for (const body of [
      { ...inquiry, phone: 'call me' },
      { ...inquiry, storeName: '' },
      { ...inquiry, storeName: 'x'.repeat(101) },
      { ...inquiry, extra: 'field' },
      { storeName: '只有店名' },
    ]) {
      const reply = await post(tenant.slug, body);
      expect(reply.statusCode).toBe(400);
      expect(reply.json().code).toBe('validation_failed');
    }
    expect([await count('lead'), await count('contact')]).toEqual(before);
  });

  it('answers 404 for an unknown tenant and for the platform', async () => {
    expect((await post('no-such-tenant', inquiry)).statusCode).toBe(404);
    expect((await post('platform', inquiry)).statusCode).toBe(404);
  });

  it('allows 5 inquiries per address in 10 minutes, then 429 with Retry-After', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 5; i++) {
      expect((await post(tenant.slug, { ...inquiry, storeName: `限流测试${i}号店` }, ip)).statusCode).toBe(
        201,
      );
    }
    const limited = await post(tenant.slug, { ...inquiry, storeName: '第六家' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Other addresses and other routes are not limited.
    expect((await post(tenant.slug, { ...inquiry, storeName: '别处来的店' })).statusCode).toBe(201);
    for (let i = 0; i < 8; i++) expect((await t.request('GET', '/healthz')).status).toBe(200);
  });
});
