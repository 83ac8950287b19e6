import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftContract, signedMerchant } from '../../../test/contracts-fixtures.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;
let other: TestTenant;
let retired: string;
const merchants: Record<string, { lead: { id: string }; contract: { id: string } }> = {};

async function handTo(leadId: string, opsUserId: string) {
  const reply = await t.request('POST', `/api/v1/leads/${leadId}/handover`, {
    token: tenant.tokens.tenant_admin,
    body: { opsUserId },
  });
  expect(reply.status).toBe(200);
}

/** A deal of the merchant, drafted by its BD and approved by HQ: online until `validTo`. */
async function onlineDeal(leadId: string, validTo: string) {
  const bd = await t.login(tenant.slug, 'bd');
  const draft = await t.request('POST', `/api/v1/leads/${leadId}/deals`, {
    token: bd,
    body: {
      title: '双人套餐',
      items: [{ name: '招牌毛肚', quantity: 1 }],
      listPrice: 198,
      dealPrice: 128,
      validFrom: '2026-11-25',
      validTo,
    },
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  await t.request('POST', `/api/v1/deals/${draft.body.id}/submit`, { token: bd });
  const approved = await t.request('POST', `/api/v1/deals/${draft.body.id}/approve`, {
    token: tenant.tokens.hq,
  });
  expect(approved.body.status).toBe('online');
}

// Today is 2026-11-25 in Shanghai.
beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  other = await t.createTenant('takeaway');
  const user = await t.request('POST', '/api/v1/users', {
    token: tenant.tokens.tenant_admin,
    body: {
      username: 'ops_old',
      displayName: '老运营',
      password: PASSWORD,
      role: 'ops',
      orgUnitId: tenant.units.city,
    },
  });
  retired = user.body.id;
  const terms = {
    in20: { startOn: '2026-11-25', endOn: '2026-12-15' },
    in100: { startOn: '2026-11-25', endOn: '2027-03-05' },
    ended: { startOn: '2026-11-25', endOn: '2027-06-30' },
    renewing: { startOn: '2026-11-25', endOn: '2026-12-05' },
    managers: { startOn: '2026-11-25', endOn: '2026-12-01' },
    retired: { startOn: '2026-11-25', endOn: '2026-12-10' },
  };
  for (const [name, term] of Object.entries(terms)) merchants[name] = await signedMerchant(t, tenant, term);
  for (const name of ['in20', 'in100', 'ended', 'renewing'])
    await handTo(merchants[name]!.lead.id, tenant.userIds.ops);
  await handTo(merchants.managers!.lead.id, tenant.userIds.ops_manager);
  await onlineDeal(merchants.in20!.lead.id, '2026-11-30');
  await onlineDeal(merchants.in100!.lead.id, '2027-02-01');
  await handTo(merchants.retired!.lead.id, retired);
  await t.request('PATCH', `/api/v1/users/${retired}`, {
    token: tenant.tokens.tenant_admin,
    body: { active: false },
  });
  await t.request('POST', `/api/v1/contracts/${merchants.ended!.contract.id}/terminate`, {
    token: tenant.tokens.city_manager,
    body: { reason: '商家闭店' },
  });
  await draftContract(t, tenant, merchants.renewing!.lead.id, {
    type: 'renewal',
    startOn: '2026-12-06',
    endOn: '2027-12-05',
  });
  const theirs = await signedMerchant(t, other, terms.in20);
  await t.request('POST', `/api/v1/leads/${theirs.lead.id}/handover`, {
    token: other.tokens.tenant_admin,
    body: { opsUserId: other.userIds.ops },
  });
});
afterAll(() => t.close());

const get = (url: string, token: string) => t.request('GET', url, { token });

describe('the ops portfolio', () => {
  it('shows an ops person their merchants with renewals due and lapsed contracts', async () => {
    const mine = await get('/api/v1/ops/portfolio', tenant.tokens.ops);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({
      opsUserId: tenant.userIds.ops,
      day: '2026-11-25',
      renewalWithinDays: 30,
      dealWithinDays: 7,
      counts: { merchants: 4, renewalsDue: 1, withoutContract: 1, withoutOnlineDeal: 2, dealsExpiring: 1 },
    });
    const byLead = new Map(mine.body.items.map((i: { leadId: string }) => [i.leadId, i]));
    expect(byLead.get(merchants.in20!.lead.id)).toMatchObject({
      ownerId: tenant.userIds.bd,
      opsOwnerId: tenant.userIds.ops,
      renewalDue: true,
      renewal: null,
      contract: { id: merchants.in20!.contract.id, status: 'active', endOn: '2026-12-15', daysLeft: 20 },
      deals: { online: 1, expiring: 1, nextValidTo: '2026-11-30' },
    });
    expect(byLead.get(merchants.in100!.lead.id)).toMatchObject({ deals: { online: 1, expiring: 0 } });
    expect(byLead.get(merchants.renewing!.lead.id)).toMatchObject({
      renewalDue: false,
      renewal: { status: 'draft' },
    });
    expect(byLead.get(merchants.ended!.lead.id)).toMatchObject({ contract: null, renewalDue: false });

    const due = await get('/api/v1/ops/portfolio?view=renewal_due', tenant.tokens.ops);
    expect(due.body.items.map((i: { leadId: string }) => i.leadId)).toEqual([merchants.in20!.lead.id]);
    const lapsed = await get('/api/v1/ops/portfolio?view=without_contract', tenant.tokens.ops);
    expect(lapsed.body.items.map((i: { leadId: string }) => i.leadId)).toEqual([merchants.ended!.lead.id]);
    const expiring = await get('/api/v1/ops/portfolio?view=deal_expiring', tenant.tokens.ops);
    expect(expiring.body.items.map((i: { leadId: string }) => i.leadId)).toEqual([merchants.in20!.lead.id]);
    const dealless = await get('/api/v1/ops/portfolio?view=without_online_deal', tenant.tokens.ops);
    expect(dealless.body.items.map((i: { leadId: string }) => i.leadId)).toEqual([
      merchants.renewing!.lead.id,
      merchants.ended!.lead.id,
    ]);
    const longer = await get('/api/v1/ops/portfolio?dealWithinDays=90', tenant.tokens.ops);
    expect(longer.body.counts.dealsExpiring).toBe(2);
    const wider = await get(
      '/api/v1/ops/portfolio?view=renewal_due&renewalWithinDays=120',
      tenant.tokens.ops,
    );
    expect(wider.body.items.map((i: { leadId: string }) => i.leadId)).toEqual([
      merchants.in20!.lead.id,
      merchants.in100!.lead.id,
    ]);
  });

  it('pages without repeating a merchant', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/ops/portfolio?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { body: { items: Array<{ leadId: string }>; nextCursor: string | null } } = await get(
        url,
        tenant.tokens.ops,
      );
      seen.push(...page.body.items.map((i) => i.leadId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('is open to the ops person, their managers, HQ and admins', async () => {
    const ops = `/api/v1/ops/portfolio?opsUserId=${tenant.userIds.ops}`;
    expect((await get(ops, tenant.tokens.ops_manager)).body.counts.merchants).toBe(4);
    expect((await get(ops, tenant.tokens.hq)).status).toBe(200);
    expect((await get(ops, tenant.tokens.bd)).status).toBe(403);
    expect((await get(ops, tenant.tokens.bd_manager)).status).toBe(403);
    const managers = `/api/v1/ops/portfolio?opsUserId=${tenant.userIds.ops_manager}`;
    expect((await get(managers, tenant.tokens.ops)).status).toBe(403);
    expect(
      (await get(`/api/v1/ops/portfolio?opsUserId=${tenant.userIds.bd}`, tenant.tokens.ops_manager)).status,
    ).toBe(404);
    // Another tenant's ops person is not found, as if missing.
    const foreign = await get(
      `/api/v1/ops/portfolio?opsUserId=${other.userIds.ops}`,
      tenant.tokens.ops_manager,
    );
    const missing = await get('/api/v1/ops/portfolio?opsUserId=999999999', tenant.tokens.ops_manager);
    expect(foreign.status).toBe(404);
    expect(foreign.body.detail).toBe(missing.body.detail);
  });

  it('sums up the portfolio of each ops person for the ops manager, a leaver with merchants included', async () => {
    const summary = await get('/api/v1/ops/portfolio/summary', tenant.tokens.ops_manager);
    expect(summary.status).toBe(200);
    const members = Object.fromEntries(
      summary.body.members.map((m: { username: string }) => [m.username, m]),
    );
    expect(Object.keys(members).sort()).toEqual(['ops', 'ops_manager', 'ops_old']);
    expect(members.ops).toMatchObject({
      merchants: 4,
      renewalsDue: 1,
      withoutContract: 1,
      withoutOnlineDeal: 2,
      dealsExpiring: 1,
      active: true,
    });
    expect(members.ops_manager).toMatchObject({ merchants: 1, renewalsDue: 1 });
    expect(members.ops_old).toMatchObject({ active: false, merchants: 1, renewalsDue: 1 });
    expect((await get('/api/v1/ops/portfolio/summary', tenant.tokens.ops)).status).toBe(403);
    expect((await get('/api/v1/ops/portfolio/summary', tenant.tokens.bd_manager)).status).toBe(403);
    const theirs = await get('/api/v1/ops/portfolio/summary', other.tokens.tenant_admin);
    expect(theirs.body.members).toEqual([
      expect.objectContaining({ username: 'ops', merchants: 1 }),
      expect.objectContaining({ username: 'ops_manager', merchants: 0 }),
    ]);
  });
});
