import type { TestContext, TestTenant } from './harness.ts';

export const RULES = {
  maxPrivate: 3,
  dailyClaimCap: 5,
  termDays: 45,
  noVisitDays: 15,
  noSignDays: 30,
  extendDays: 15,
  maxSelfExtensions: 1,
  reclaimCooldownDays: 7,
  remindBeforeDays: 3,
  exemptTags: ['top_merchant'],
};

/** Sets the tenant's default pool to the given rules (and tag overrides), returning its id. */
export async function setPoolRules(
  t: TestContext,
  tenant: TestTenant,
  rules: Partial<typeof RULES> = {},
  extra: Record<string, unknown> = {},
): Promise<string> {
  // A fresh token: tests move the clock past a token's lifetime.
  const token = await t.login(tenant.slug, 'admin');
  const pools = await t.request('GET', '/api/v1/pools', { token });
  const pool = pools.body.items[0];
  const reply = await t.request('PUT', `/api/v1/pools/${pool.id}`, {
    token,
    body: { name: pool.name, orgUnitIds: pool.orgUnitIds, rules: { ...RULES, ...rules }, ...extra },
  });
  if (reply.status !== 200) throw new Error(`pool update failed: ${JSON.stringify(reply.body)}`);
  return pool.id;
}

let counter = 0;

/** A public lead in the tenant's city (the tenant must auto-approve, e.g. template takeaway). */
export async function publicLead(
  t: TestContext,
  tenant: TestTenant,
  over: Record<string, unknown> = {},
): Promise<{ id: string; [key: string]: unknown }> {
  counter++;
  const reply = await t.request('POST', '/api/v1/leads', {
    token: await t.login(tenant.slug, 'admin'),
    body: {
      name: `测试门店${counter}号(${counter}店)`,
      cityId: tenant.units.city,
      lat: 39.9 + counter * 0.01,
      lng: 116.3,
      phone: `1380000${String(counter).padStart(4, '0')}`,
      ...over,
    },
  });
  if (reply.status !== 201) throw new Error(`lead failed: ${JSON.stringify(reply.body)}`);
  return reply.body;
}
