import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';
import type { TenantRole } from '../../platform/roles.ts';

let t: TestContext;
let tenant: TestTenant;
let merchant: { id: string; contractId: string };

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  merchant = await signedLead(t, tenant, { category: '火锅' });
});
afterAll(() => t.close());

type Role = TenantRole | 'bd_b';
const ROLES: Role[] = [
  'bd',
  'bd_b',
  'bd_manager',
  'city_manager',
  'ops',
  'ops_manager',
  'reviewer',
  'hq',
  'tenant_admin',
];
const post = (path: string, role: Role, body?: unknown) =>
  t.request('POST', path, { token: tenant.tokens[role], body });
const get = (path: string, role: Role = 'bd') => t.request('GET', path, { token: tenant.tokens[role] });
const patch = (path: string, role: Role, body: unknown) =>
  t.request('PATCH', path, { token: tenant.tokens[role], body });

async function draft(over: Record<string, unknown> = {}, role: Role = 'bd'): Promise<string> {
  const reply = await post(`/api/v1/leads/${merchant.id}/deals`, role, dealBody(t, over));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.id;
}
async function pending(): Promise<string> {
  const id = await draft();
  expect((await post(`/api/v1/deals/${id}/submit`, 'bd')).body.status).toBe('pending_audit');
  return id;
}
async function online(): Promise<string> {
  const id = await pending();
  expect((await post(`/api/v1/deals/${id}/approve`, 'reviewer')).body.status).toBe('online');
  return id;
}
const statusOf = async (id: string) => (await get(`/api/v1/deals/${id}`)).body.status;

describe('drafting a deal', () => {
  it('is for a signed merchant only, by the people who look after it', async () => {
    const unsigned = await publicLead(t, tenant);
    expect((await post(`/api/v1/leads/${unsigned.id}/claim`, 'bd')).status).toBe(200);
    const early = await post(`/api/v1/leads/${unsigned.id}/deals`, 'bd', dealBody(t));
    expect(early.body.code).toBe('invalid_state');

    const allowed: Role[] = ['bd', 'bd_manager', 'city_manager', 'ops_manager', 'tenant_admin'];
    for (const role of ROLES) {
      const reply = await post(`/api/v1/leads/${merchant.id}/deals`, role, dealBody(t));
      // bd_b cannot see another team's merchant at all: a missing lead, as for anyone outside.
      const expected = allowed.includes(role) ? 201 : role === 'bd_b' ? 404 : 403;
      expect(reply.status, `${role}: ${JSON.stringify(reply.body)}`).toBe(expected);
      if (expected === 201) {
        expect(reply.body).toMatchObject({
          status: 'draft',
          leadId: merchant.id,
          ownerId: tenant.userIds.bd,
          cityId: tenant.units.city,
          category: '火锅',
          listPrice: 198,
          dealPrice: 128,
          minGroupSize: 2,
          salesCount: 0,
          createdBy: tenant.userIds[role],
        });
      }
    }
  });

  it('is open to the merchant’s ops owner once it is handed to operations', async () => {
    const handed = await signedLead(t, tenant);
    const url = `/api/v1/leads/${handed.id}/deals`;
    expect((await post(url, 'ops', dealBody(t))).status).toBe(403);
    const handover = await post(`/api/v1/leads/${handed.id}/handover`, 'bd_manager', {
      opsUserId: tenant.userIds.ops,
    });
    expect(handover.status, JSON.stringify(handover.body)).toBe(200);
    const created = await post(url, 'ops', dealBody(t));
    expect(created.body).toMatchObject({ status: 'draft', ownerId: tenant.userIds.bd });
    expect((await patch(`/api/v1/deals/${created.body.id}`, 'ops', { minGroupSize: 3 })).status).toBe(200);
    expect((await post(`/api/v1/deals/${created.body.id}/submit`, 'ops')).body.status).toBe('pending_audit');
  });

  it('checks the dates, the items and the contract', async () => {
    const url = `/api/v1/leads/${merchant.id}/deals`;
    const backwards = await post(url, 'bd', dealBody(t, { validFrom: '2027-01-02', validTo: '2027-01-01' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toBe('/body/validTo');
    expect((await post(url, 'bd', dealBody(t, { items: [] }))).status).toBe(400);
    expect((await post(url, 'bd', dealBody(t, { minGroupSize: 0 }))).status).toBe(400);
    expect((await post(url, 'bd', dealBody(t, { dealPrice: -1 }))).status).toBe(400);

    const withContract = await post(url, 'bd', dealBody(t, { contractId: merchant.contractId }));
    expect(withContract.body.contractId).toBe(merchant.contractId);
    const other = await signedLead(t, tenant);
    const foreign = await post(url, 'bd', dealBody(t, { contractId: other.contractId }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].path).toBe('/body/contractId');
  });

  it('validates custom fields of deals as the tenant defined them', async () => {
    const field = await post('/api/v1/fields/deal', 'tenant_admin', {
      key: 'mealTime',
      labelZh: '用餐时段',
      labelEn: 'Meal time',
      type: 'enum',
      required: true,
      options: [
        { value: 'lunch', labelZh: '午餐', labelEn: 'Lunch' },
        { value: 'dinner', labelZh: '晚餐', labelEn: 'Dinner' },
      ],
    });
    expect(field.status).toBe(201);
    const url = `/api/v1/leads/${merchant.id}/deals`;
    expect((await post(url, 'bd', dealBody(t))).status).toBe(400);
    expect((await post(url, 'bd', dealBody(t, { attrs: { mealTime: 'breakfast' } }))).status).toBe(400);
    const good = await post(url, 'bd', dealBody(t, { attrs: { mealTime: 'dinner' } }));
    expect(good.body.attrs).toEqual({ mealTime: 'dinner' });
    const bad = await patch(`/api/v1/deals/${good.body.id}`, 'bd', { attrs: { mealTime: 'x' } });
    expect(bad.status).toBe(400);
    // The field is retired so that the other tests draft without it.
    await t.request('PATCH', `/api/v1/fields/deal/${field.body.id}`, {
      token: tenant.tokens.tenant_admin,
      body: { active: false },
    });
  });
});

describe('the state machine, transition by transition and role by role', () => {
  it('submit and revise: the owner’s side only, from draft or rejected', async () => {
    const allowed: Role[] = ['bd', 'bd_manager', 'city_manager', 'ops_manager', 'tenant_admin'];
    for (const role of ROLES) {
      const id = await draft();
      const revised = await patch(`/api/v1/deals/${id}`, role, { title: `${role}改过的套餐` });
      expect(revised.status, `revise as ${role}`).toBe(allowed.includes(role) ? 200 : 403);
      const submitted = await post(`/api/v1/deals/${id}/submit`, role);
      expect(submitted.status, `submit as ${role}`).toBe(allowed.includes(role) ? 200 : 403);
      expect(await statusOf(id)).toBe(allowed.includes(role) ? 'pending_audit' : 'draft');
    }
  });

  it('approve and reject: reviewers and HQ only, and only what waits for audit', async () => {
    for (const role of ROLES) {
      const id = await pending();
      const approved = await post(`/api/v1/deals/${id}/approve`, role);
      const auditor = role === 'reviewer' || role === 'hq';
      expect(approved.status, `approve as ${role}`).toBe(auditor ? 200 : 403);
      if (auditor) {
        expect(approved.body).toMatchObject({ status: 'online', auditedBy: tenant.userIds[role] });
        expect(approved.body.onlineAt).not.toBeNull();
      }
      const other = await pending();
      const rejected = await post(`/api/v1/deals/${other}/reject`, role, { reasons: ['missing_images'] });
      expect(rejected.status, `reject as ${role}`).toBe(auditor ? 200 : 403);
    }
  });

  it('offline: reviewers, HQ, administrators and the city’s operations, only when online', async () => {
    const allowed: Role[] = ['ops', 'ops_manager', 'reviewer', 'hq', 'tenant_admin'];
    for (const role of ROLES) {
      const id = await online();
      const reply = await post(`/api/v1/deals/${id}/offline`, role, { reason: '商家暂停营业' });
      expect(reply.status, `offline as ${role}`).toBe(allowed.includes(role) ? 200 : 403);
      if (allowed.includes(role)) {
        expect(reply.body).toMatchObject({ status: 'offline', offlineReason: '商家暂停营业' });
      }
    }
    expect((await post(`/api/v1/deals/${await online()}/offline`, 'ops', {})).status).toBe(400);
  });

  it('refuses every transition from a status that does not allow it', async () => {
    const states = {
      draft: await draft(),
      pending_audit: await pending(),
      rejected: await pending(),
      online: await online(),
      offline: await online(),
    };
    await post(`/api/v1/deals/${states.rejected}/reject`, 'reviewer', { reasons: ['misleading_title'] });
    await post(`/api/v1/deals/${states.offline}/offline`, 'hq', { reason: '下线' });
    const moves: Record<string, (id: string) => ReturnType<typeof post>> = {
      revise: (id) => patch(`/api/v1/deals/${id}`, 'tenant_admin', { dealPrice: 100 }),
      submit: (id) => post(`/api/v1/deals/${id}/submit`, 'tenant_admin'),
      approve: (id) => post(`/api/v1/deals/${id}/approve`, 'reviewer'),
      reject: (id) => post(`/api/v1/deals/${id}/reject`, 'reviewer', { reasons: ['other'], comment: 'x' }),
      offline: (id) => post(`/api/v1/deals/${id}/offline`, 'tenant_admin', { reason: 'x' }),
    };
    const allowedFrom: Record<string, string[]> = {
      revise: ['draft', 'rejected'],
      submit: ['draft', 'rejected'],
      approve: ['pending_audit'],
      reject: ['pending_audit'],
      offline: ['online'],
    };
    for (const [move, run] of Object.entries(moves)) {
      for (const [status, id] of Object.entries(states)) {
        if (allowedFrom[move]!.includes(status)) continue;
        const reply = await run(id);
        expect(reply.body.code, `${move} from ${status}`).toBe('invalid_state');
        expect(await statusOf(id), `${move} from ${status} changed nothing`).toBe(status);
      }
    }
  });
});

describe('the audit', () => {
  it('sends a deal back with checklist reasons; the owner revises and resubmits; the history tells it all', async () => {
    const id = await pending();
    const url = `/api/v1/deals/${id}/reject`;
    expect((await post(url, 'reviewer', { reasons: [] })).status).toBe(400);
    expect((await post(url, 'reviewer', { reasons: ['too_cheap'] })).status).toBe(400);
    const noComment = await post(url, 'reviewer', { reasons: ['other'] });
    expect(noComment.body.errors[0].path).toBe('/body/comment');
    const rejected = await post(url, 'reviewer', {
      reasons: ['missing_images', 'misleading_title'],
      comment: '标题写了“全网最低”',
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionReasons: ['missing_images', 'misleading_title'],
      rejectionComment: '标题写了“全网最低”',
      auditedBy: tenant.userIds.reviewer,
    });

    const revised = await patch(`/api/v1/deals/${id}`, 'bd', { title: '双人火锅套餐（含图）' });
    expect(revised.body).toMatchObject({
      status: 'draft',
      rejectionReasons: ['missing_images', 'misleading_title'],
    });
    const resubmitted = await post(`/api/v1/deals/${id}/submit`, 'bd');
    expect(resubmitted.body).toMatchObject({ status: 'pending_audit', rejectionReasons: [] });
    await post(`/api/v1/deals/${id}/approve`, 'hq', { comment: '通过' });

    const deal = (await get(`/api/v1/deals/${id}`, 'bd_b')).body;
    expect(deal.status).toBe('online');
    expect(
      deal.history.map((h: { action: string; toStatus: string; actorName: string }) => [
        h.action,
        h.toStatus,
        h.actorName,
      ]),
    ).toEqual([
      ['created', 'draft', 'bd'],
      ['submitted', 'pending_audit', 'bd'],
      ['rejected', 'rejected', 'reviewer'],
      ['revised', 'draft', 'bd'],
      ['submitted', 'pending_audit', 'bd'],
      ['approved', 'online', 'hq'],
    ]);
    expect(deal.history[2]).toMatchObject({
      reasons: ['missing_images', 'misleading_title'],
      comment: '标题写了“全网最低”',
    });
    // People are named as everyone knows them, not by the username they sign in with.
    const renamed = await t.request('PATCH', `/api/v1/users/${tenant.userIds.reviewer}`, {
      token: tenant.tokens.tenant_admin,
      body: { displayName: '刘审核' },
    });
    expect(renamed.status).toBe(200);
    expect((await get(`/api/v1/deals/${id}`, 'bd_b')).body.history[2].actorName).toBe('刘审核');
    const log = await t.ownerQuery<{ action: string }>(
      `select action from audit_log where tenant_id = $1 and object = 'deal' and object_id = $2 order by id`,
      [tenant.id, id],
    );
    expect(log.map((l) => l.action)).toEqual([
      'deal.created',
      'deal.submitted',
      'deal.rejected',
      'deal.revised',
      'deal.submitted',
      'deal.approved',
    ]);
  });

  it('never reaches a reviewer with a price above the list price or a validity already over', async () => {
    const dear = await draft({ dealPrice: 250 });
    const refused = await post(`/api/v1/deals/${dear}/submit`, 'bd');
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'deal_not_ready', reasons: ['price_not_below_list'] });
    const old = await draft({ validFrom: '2026-01-01', validTo: '2026-06-30' });
    expect((await post(`/api/v1/deals/${old}/submit`, 'bd')).body.reasons).toEqual(['invalid_validity']);
    expect(await statusOf(old)).toBe('draft');
    const fixed = await patch(`/api/v1/deals/${dear}`, 'bd', { dealPrice: 198 });
    expect(fixed.body.dealPrice).toBe(198);
    expect((await post(`/api/v1/deals/${dear}/submit`, 'bd')).body.status).toBe('pending_audit');
  });

  it('lists the checklist and the queue, oldest first, for reviewers', async () => {
    const checklist = await get('/api/v1/deals/audit-checklist');
    expect(checklist.body.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['price_not_below_list', 'missing_images', 'invalid_validity', 'other']),
    );
    expect((await get('/api/v1/review/deals', 'bd')).status).toBe(403);
    const first = await pending();
    t.clock.advance(60_000);
    const second = await pending();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`/api/v1/review/deals?limit=3${cursor ? `&cursor=${cursor}` : ''}`, 'reviewer');
      expect(page.status).toBe(200);
      for (const d of page.body.items) expect(d.status).toBe('pending_audit');
      seen.push(...page.body.items.map((d: { id: string }) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.indexOf(first)).toBeLessThan(seen.indexOf(second));
    expect(seen.at(-1)).toBe(second);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('the merchant page', () => {
  it('shows the merchant’s deals', async () => {
    const id = await draft({ title: '单人工作日午餐' });
    const page = await get(`/api/v1/leads/${merchant.id}`);
    expect(page.status).toBe(200);
    expect(page.body.deals[0]).toMatchObject({ id, title: '单人工作日午餐', status: 'draft' });
  });
});
