import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext } from '../../../test/harness.ts';

let t: TestContext;
let platform: string;

beforeAll(async () => {
  t = await createTestContext();
  platform = await t.platformToken();
});
afterAll(() => t.close());

const create = (body: Record<string, unknown>, token = platform) =>
  t.request('POST', '/api/v1/platform/tenants', { token, body });

describe('tenants', () => {
  it('creates a tenant from a template with its HQ unit, its administrator and the template settings', async () => {
    const reply = await create({
      slug: 'hotel-bj',
      name: '酒店业务',
      template: 'hotel',
      admin: { username: 'boss', password: PASSWORD },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.tenant).toMatchObject({ slug: 'hotel-bj', template: 'hotel', active: true });
    expect(reply.body.admin).toMatchObject({ username: 'boss', role: 'tenant_admin' });

    const token = await t.login('hotel-bj', 'boss');
    const me = await t.request('GET', '/api/v1/tenant', { token });
    expect(me.body.settings.leadKind).toBe('store');
    expect(me.body.settings.poolRules).toMatchObject({ termDays: 60, noVisitDays: 20 });
    expect(me.body.settings.leadFields.map((f: { key: string }) => f.key)).toContain('roomNights');
    expect(me.body.settings.opportunityStages.some((s: { isWon?: boolean }) => s.isWon)).toBe(true);

    const units = await t.request('GET', '/api/v1/org-units', { token });
    expect(units.body.items).toHaveLength(1);
    expect(units.body.items[0]).toMatchObject({ kind: 'hq', id: reply.body.admin.orgUnitId });
  });

  it('gives each template its own settings', async () => {
    await create({
      slug: 'gb',
      name: '团购',
      template: 'groupbuy',
      admin: { username: 'a', password: PASSWORD },
    });
    await create({
      slug: 'tk',
      name: '外卖',
      template: 'takeaway',
      admin: { username: 'a', password: PASSWORD },
    });
    const groupbuy = await t.request('GET', '/api/v1/tenant', { token: await t.login('gb', 'a') });
    const takeaway = await t.request('GET', '/api/v1/tenant', { token: await t.login('tk', 'a') });
    const cuisine = groupbuy.body.settings.leadFields.find((f: { key: string }) => f.key === 'cuisine');
    expect(cuisine.type).toBe('enum');
    expect(cuisine.options.map((o: { labelZh: string }) => o.labelZh)).toContain('火锅');
    expect(takeaway.body.settings.poolRules.termDays).toBe(30);
    expect(groupbuy.body.settings.poolRules.termDays).toBe(45);
  });

  it('refuses a taken or reserved slug and changes nothing', async () => {
    const before = await t.ownerQuery('select count(*)::int as n from tenant');
    const taken = await create({
      slug: 'gb',
      name: 'x',
      template: 'groupbuy',
      admin: { username: 'a', password: PASSWORD },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slug_taken');
    const reserved = await create({
      slug: 'platform',
      name: 'x',
      template: 'groupbuy',
      admin: { username: 'a', password: PASSWORD },
    });
    expect(reserved.status).toBe(409);
    const badTemplate = await create({
      slug: 'zz',
      name: 'x',
      template: 'bank',
      admin: { username: 'a', password: PASSWORD },
    });
    expect(badTemplate.status).toBe(400);
    expect(await t.ownerQuery('select count(*)::int as n from tenant')).toEqual(before);
  });

  it('rolls the whole tenant back when its administrator cannot be created', async () => {
    const reply = await create({
      slug: 'broken',
      name: 'x',
      template: 'groupbuy',
      admin: { username: 'bad name!', password: PASSWORD },
    });
    expect(reply.status).toBe(400);
    expect(await t.ownerQuery("select * from tenant where slug = 'broken'")).toEqual([]);
  });

  it('lists tenants for the platform administrator only', async () => {
    const list = await t.request('GET', '/api/v1/platform/tenants', { token: platform });
    expect(list.body.items.map((x: { slug: string }) => x.slug)).toEqual(
      expect.arrayContaining(['platform', 'hotel-bj', 'gb', 'tk']),
    );
    const tenantAdmin = await t.login('gb', 'a');
    expect((await t.request('GET', '/api/v1/platform/tenants', { token: tenantAdmin })).status).toBe(403);
    const refused = await create(
      { slug: 'sneaky', name: 'x', template: 'groupbuy', admin: { username: 'a', password: PASSWORD } },
      tenantAdmin,
    );
    expect(refused.status).toBe(403);
  });

  it('records the creation in the platform audit log', async () => {
    const log = await t.request('GET', '/api/v1/audit-log?action=tenant.created', { token: platform });
    expect(log.body.items.map((e: { detail: { after: { slug: string } } }) => e.detail.after.slug)).toContain(
      'hotel-bj',
    );
  });
});
