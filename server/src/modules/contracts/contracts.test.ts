import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';
import { DAY } from '../../clock.ts';
import { approvalChain } from './service.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });
const today = () => t.clock.now().toISOString().slice(0, 10);
const draft = (over: Record<string, unknown> = {}) => ({
  type: 'new',
  title: '团购合作协议',
  amount: 50_000,
  commissionRate: 5,
  startOn: today(),
  endOn: '2027-12-31',
  ...over,
});

async function ownedLead() {
  const lead = await publicLead(t, tenant);
  expect((await post(`/api/v1/leads/${lead.id}/claim`, tenant.tokens.bd)).status).toBe(200);
  return lead;
}

describe('approval chains', () => {
  it('follow the tenant’s thresholds', () => {
    const steps = [
      { role: 'bd_manager' as const },
      { role: 'city_manager' as const, commissionBelow: 3 },
      { role: 'city_manager' as const, amountAbove: 200_000 },
    ];
    expect(approvalChain(steps, { amount: 50_000, commissionRate: 5 })).toEqual(['bd_manager']);
    expect(approvalChain(steps, { amount: 50_000, commissionRate: 2.5 })).toEqual([
      'bd_manager',
      'city_manager',
    ]);
    expect(approvalChain(steps, { amount: 300_000, commissionRate: 2 })).toEqual([
      'bd_manager',
      'city_manager',
    ]);
  });
});

describe('contracts', () => {
  it('go draft → approval by the team lead → signed; the merchant leaves the pool and the opportunity is won', async () => {
    const lead = await ownedLead();
    const opp = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, { title: '上单机会' });
    const created = await post(
      `/api/v1/leads/${lead.id}/contracts`,
      tenant.tokens.bd,
      draft({ opportunityId: opp.body.id }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', ownerId: tenant.userIds.bd, round: 0 });
    const id = created.body.id;

    expect((await post(`/api/v1/contracts/${id}/sign`, tenant.tokens.bd)).body.code).toBe('invalid_state');
    const submitted = await post(`/api/v1/contracts/${id}/submit`, tenant.tokens.bd);
    expect(submitted.body).toMatchObject({ status: 'pending_approval', round: 1, currentStep: 1 });
    expect(
      (await t.request('PATCH', `/api/v1/contracts/${id}`, { token: tenant.tokens.bd, body: { amount: 1 } }))
        .body.code,
    ).toBe('invalid_state');

    expect((await post(`/api/v1/contracts/${id}/approve`, tenant.tokens.bd)).status).toBe(403);
    expect((await post(`/api/v1/contracts/${id}/approve`, tenant.tokens.city_manager)).status).toBe(403);
    const permissions = async (token: string) =>
      (await t.request('GET', '/api/v1/auth/me', { token })).body.permissions;
    expect(await permissions(tenant.tokens.bd_manager)).toContain('contracts.approve');
    expect(await permissions(tenant.tokens.bd)).not.toContain('contracts.approve');
    const queue = await t.request('GET', '/api/v1/approvals?mine=pending', {
      token: tenant.tokens.bd_manager,
    });
    expect(queue.body.items.map((i: { contractId: string }) => i.contractId)).toContain(id);
    expect(queue.body.items.find((i: { contractId: string }) => i.contractId === id)).toMatchObject({
      leadId: lead.id,
      leadName: lead.name,
      amount: 50_000,
      commissionRate: 5,
      role: 'bd_manager',
      step: 1,
    });
    const approved = await post(`/api/v1/contracts/${id}/approve`, tenant.tokens.bd_manager, {
      comment: '同意',
    });
    expect(approved.body).toMatchObject({ status: 'approved', currentStep: null });

    const signed = await post(`/api/v1/contracts/${id}/sign`, tenant.tokens.bd);
    expect(signed.body.status).toBe('active');
    const teamList = await t.request('GET', '/api/v1/contracts', { token: tenant.tokens.bd_manager });
    expect(teamList.body.items).toContainEqual(
      expect.objectContaining({ id, leadName: lead.name, status: 'active' }),
    );
    const page = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd });
    expect(page.body).toMatchObject({ status: 'signed', deadlineAt: null, ownerId: tenant.userIds.bd });
    expect(page.body.events[0]).toMatchObject({ kind: 'signed' });
    expect(page.body.opportunities[0]).toMatchObject({ stageKey: 'won' });
    expect(page.body.opportunities[0].closedAt).not.toBeNull();

    // a signed merchant never falls back to the pool
    t.clock.advance(100 * DAY);
    const admin = await t.login(tenant.slug, 'admin');
    await post('/api/v1/pool/sweep', admin, {});
    const later = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: admin });
    expect(later.body.status).toBe('signed');
    for (const role of ['bd', 'bd_b', 'bd_manager', 'city_manager', 'tenant_admin'] as const) {
      tenant.tokens[role] = await t.login(tenant.slug, role === 'tenant_admin' ? 'admin' : role);
    }
    const trail = await t.request('GET', `/api/v1/contracts/${id}`, { token: tenant.tokens.bd });
    expect(trail.body.approvals).toEqual([
      expect.objectContaining({
        round: 1,
        step: 1,
        role: 'bd_manager',
        decision: 'approved',
        comment: '同意',
        decidedBy: tenant.userIds.bd_manager,
        decidedByName: 'bd_manager',
      }),
    ]);
    // The rep reads who approved (a manager they cannot list) and the merchant's name.
    expect(trail.body.leadName).toBe(lead.name);
  });

  it('need the city manager after the team lead when the commission is low; a rejection is revised and resubmitted', async () => {
    const lead = await ownedLead();
    const { body: contract } = await post(
      `/api/v1/leads/${lead.id}/contracts`,
      tenant.tokens.bd,
      draft({ commissionRate: 2 }),
    );
    await post(`/api/v1/contracts/${contract.id}/submit`, tenant.tokens.bd);
    expect((await post(`/api/v1/contracts/${contract.id}/reject`, tenant.tokens.bd_manager)).status).toBe(
      400,
    );
    const rejected = await post(`/api/v1/contracts/${contract.id}/reject`, tenant.tokens.bd_manager, {
      comment: '佣金太低',
    });
    expect(rejected.body.status).toBe('rejected');

    const revised = await t.request('PATCH', `/api/v1/contracts/${contract.id}`, {
      token: tenant.tokens.bd,
      body: { commissionRate: 2.5, terms: '首年优惠' },
    });
    expect(revised.body).toMatchObject({ status: 'draft', commissionRate: 2.5 });
    const again = await post(`/api/v1/contracts/${contract.id}/submit`, tenant.tokens.bd);
    expect(again.body).toMatchObject({ status: 'pending_approval', round: 2, currentStep: 1 });
    await post(`/api/v1/contracts/${contract.id}/approve`, tenant.tokens.bd_manager);
    const waiting = await t.request('GET', `/api/v1/contracts/${contract.id}`, { token: tenant.tokens.bd });
    expect(waiting.body).toMatchObject({ status: 'pending_approval', currentStep: 2 });
    const cityQueue = await t.request('GET', '/api/v1/approvals?mine=pending', {
      token: tenant.tokens.city_manager,
    });
    expect(cityQueue.body.items.map((i: { contractId: string }) => i.contractId)).toContain(contract.id);
    const done = await post(`/api/v1/contracts/${contract.id}/approve`, tenant.tokens.city_manager);
    expect(done.body.status).toBe('approved');
    const trail = (await t.request('GET', `/api/v1/contracts/${contract.id}`, { token: tenant.tokens.bd }))
      .body.approvals;
    expect(
      trail.map(
        (a: { round: number; role: string; decision: string }) => `${a.round}:${a.role}:${a.decision}`,
      ),
    ).toEqual([
      '1:bd_manager:rejected',
      '1:city_manager:pending',
      '2:bd_manager:approved',
      '2:city_manager:approved',
    ]);
  });

  it('refuse the wrong type for the merchant, foreign opportunities, and people outside the team', async () => {
    const lead = await ownedLead();
    expect(
      (await post(`/api/v1/leads/${lead.id}/contracts`, tenant.tokens.bd, draft({ type: 'renewal' }))).status,
    ).toBe(400);
    const other = await ownedLead();
    const opp = await post(`/api/v1/leads/${other.id}/opportunities`, tenant.tokens.bd, { title: 'x' });
    const foreign = await post(
      `/api/v1/leads/${lead.id}/contracts`,
      tenant.tokens.bd,
      draft({ opportunityId: opp.body.id }),
    );
    expect(foreign.status).toBe(400);
    expect((await post(`/api/v1/leads/${lead.id}/contracts`, tenant.tokens.bd_b, draft())).status).toBe(404);
    const backwards = await post(
      `/api/v1/leads/${lead.id}/contracts`,
      tenant.tokens.bd,
      draft({ endOn: '2020-01-01' }),
    );
    expect(backwards.status).toBe(400);
  });

  it('can be terminated by a manager only, with the reason', async () => {
    const lead = await ownedLead();
    const { body: c } = await post(`/api/v1/leads/${lead.id}/contracts`, tenant.tokens.bd, draft());
    await post(`/api/v1/contracts/${c.id}/submit`, tenant.tokens.bd);
    await post(`/api/v1/contracts/${c.id}/approve`, tenant.tokens.bd_manager);
    await post(`/api/v1/contracts/${c.id}/sign`, tenant.tokens.bd);
    expect(
      (await post(`/api/v1/contracts/${c.id}/terminate`, tenant.tokens.bd, { reason: 'x' })).status,
    ).toBe(403);
    const ended = await post(`/api/v1/contracts/${c.id}/terminate`, tenant.tokens.city_manager, {
      reason: '商家闭店',
    });
    expect(ended.body).toMatchObject({ status: 'terminated', endReason: '商家闭店' });
    expect(
      (await post(`/api/v1/contracts/${c.id}/terminate`, tenant.tokens.city_manager, { reason: 'again' }))
        .body.code,
    ).toBe('invalid_state');
  });
});
