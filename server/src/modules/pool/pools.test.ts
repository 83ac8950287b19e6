import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { DAY } from '../../clock.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant);
});
afterAll(() => t.close());

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });
const claim = (id: string, token: string) => post(`/api/v1/leads/${id}/claim`, token);

describe('several pools', () => {
  it('rotates recycled leads to the pool the rules name, where only its members may claim them', async () => {
    const admin = await t.login(tenant.slug, 'admin');
    const tele = await post('/api/v1/pools', admin, {
      name: '电销池',
      orgUnitIds: [tenant.units.teamB],
      rules: {
        maxPrivate: 50,
        dailyClaimCap: 50,
        termDays: 30,
        noVisitDays: 30,
        noSignDays: 30,
        extendDays: 10,
        maxSelfExtensions: 1,
        reclaimCooldownDays: 0,
        remindBeforeDays: 3,
        exemptTags: [],
      },
    });
    expect(tele.status).toBe(201);
    const defaultPool = await setPoolRules(t, tenant, {}, { rotateToPoolId: tele.body.id });
    try {
      const lead = await publicLead(t, tenant);
      await claim(lead.id, await t.login(tenant.slug, 'bd'));
      t.clock.advance(16 * DAY);
      const fresh = await t.login(tenant.slug, 'admin');
      expect((await post('/api/v1/pool/sweep', fresh, {})).body.count).toBeGreaterThanOrEqual(1);
      const after = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: fresh });
      expect(after.body).toMatchObject({ status: 'public', poolId: tele.body.id });
      expect(after.body.events[0].detail).toEqual({ fromPoolId: defaultPool, toPoolId: tele.body.id });
      const byTeamA = await claim(lead.id, await t.login(tenant.slug, 'bd'));
      expect(byTeamA.status).toBe(404);
      const byTeamB = await claim(lead.id, await t.login(tenant.slug, 'bd_b'));
      expect(byTeamB.status).toBe(200);
    } finally {
      await setPoolRules(t, tenant, {}, { rotateToPoolId: null });
    }
  });

  it('refuses a unit already served by another pool, a rotation to itself, and non-admins', async () => {
    const admin = await t.login(tenant.slug, 'admin');
    const pools = (await t.request('GET', '/api/v1/pools', { token: admin })).body.items;
    const root = pools[0];
    const body = { name: 'x', orgUnitIds: [tenant.rootUnitId], rules: root.rules };
    const taken = await post('/api/v1/pools', admin, body);
    expect(taken.status).toBe(409);
    const self = await t.request('PUT', `/api/v1/pools/${root.id}`, {
      token: admin,
      body: { name: root.name, orgUnitIds: root.orgUnitIds, rules: root.rules, rotateToPoolId: root.id },
    });
    expect(self.status).toBe(400);
    const byManager = await post('/api/v1/pools', await t.login(tenant.slug, 'city_manager'), {
      ...body,
      orgUnitIds: [],
    });
    expect(byManager.status).toBe(403);
    const readable = await t.request('GET', '/api/v1/pools', { token: await t.login(tenant.slug, 'bd') });
    expect(readable.body.items.length).toBe(pools.length);
  });
});
