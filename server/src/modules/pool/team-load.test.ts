import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant, { maxPrivate: 3, dailyClaimCap: 5 });
});
afterAll(() => t.close());

type Load = {
  userId: string;
  privateCount: number;
  maxPrivate: number;
  claimsToday: number;
  dailyClaimCap: number;
};
const loadOf = (items: Load[], userId: string) => items.find((i) => i.userId === userId);

describe('the team load', () => {
  it('counts each member’s private leads and today’s claims against the pool’s caps', async () => {
    for (let i = 0; i < 2; i++) {
      const lead = await publicLead(t, tenant);
      expect(
        (await t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token: tenant.tokens.bd })).status,
      ).toBe(200);
    }
    const released = await publicLead(t, tenant);
    await t.request('POST', `/api/v1/leads/${released.id}/claim`, { token: tenant.tokens.bd });
    await t.request('POST', `/api/v1/leads/${released.id}/release`, { token: tenant.tokens.bd, body: {} });

    const manager = await t.request('GET', '/api/v1/pool/team-load', { token: tenant.tokens.bd_manager });
    expect(manager.status).toBe(200);
    // The team lead of team A sees team A (themselves and bd), not bd_b of team B.
    expect(manager.body.items.map((i: Load) => i.userId).sort()).toEqual(
      [tenant.userIds.bd, tenant.userIds.bd_manager].sort(),
    );
    expect(loadOf(manager.body.items, tenant.userIds.bd)).toMatchObject({
      privateCount: 2,
      maxPrivate: 3,
      claimsToday: 3,
      dailyClaimCap: 5,
    });
    expect(loadOf(manager.body.items, tenant.userIds.bd_manager)).toMatchObject({
      privateCount: 0,
      claimsToday: 0,
    });

    // The city manager's subtree holds both teams.
    const city = await t.request('GET', '/api/v1/pool/team-load', { token: tenant.tokens.city_manager });
    expect(city.body.items.map((i: Load) => i.userId)).toContain(tenant.userIds.bd_b);

    // Tomorrow the daily count starts again; the private count stays.
    t.clock.advance(24 * 3600 * 1000);
    const tomorrow = await t.request('GET', '/api/v1/pool/team-load', {
      token: await t.login(tenant.slug, 'bd_manager'),
    });
    expect(loadOf(tomorrow.body.items, tenant.userIds.bd)).toMatchObject({ privateCount: 2, claimsToday: 0 });
  });

  it('is for managers only', async () => {
    const bd = await t.request('GET', '/api/v1/pool/team-load', { token: await t.login(tenant.slug, 'bd') });
    expect(bd.status).toBe(403);
    const me = await t.request('GET', '/api/v1/auth/me', { token: await t.login(tenant.slug, 'bd_manager') });
    expect(me.body.permissions).toContain('pool.teamLoad');
  });
});
