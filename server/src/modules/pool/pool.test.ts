import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { DAY, HOUR } from '../../clock.ts';
import { sweepTenant } from './sweep.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant);
});
afterAll(() => t.close());

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });
const claim = (id: string, token = tenant.tokens.bd) => post(`/api/v1/leads/${id}/claim`, token);
const visit = (id: string, token = tenant.tokens.bd, at?: string) =>
  post(`/api/v1/leads/${id}/visits`, token, { lat: 39.9, lng: 116.3, kind: 'follow_up', ...(at && { at }) });
const plus = (from: string, days: number) => new Date(new Date(from).getTime() + days * DAY).toISOString();
/** Each test starts with fresh tokens and an empty private pool for both BDs. */
async function refresh() {
  for (const role of ['bd', 'bd_b', 'bd_manager', 'city_manager', 'tenant_admin'] as const) {
    tenant.tokens[role] = await t.login(tenant.slug, role === 'tenant_admin' ? 'admin' : role);
  }
  for (const role of ['bd', 'bd_b'] as const) {
    const mine = await t.request('GET', '/api/v1/leads?scope=mine&limit=200', { token: tenant.tokens[role] });
    for (const lead of mine.body.items) await post(`/api/v1/leads/${lead.id}/release`, tenant.tokens[role]);
  }
  t.clock.advance(8 * DAY); // past every cool-down and into a new day
  for (const role of ['bd', 'bd_b', 'bd_manager', 'city_manager', 'tenant_admin'] as const) {
    tenant.tokens[role] = await t.login(tenant.slug, role === 'tenant_admin' ? 'admin' : role);
  }
}

describe('claiming', () => {
  it('makes a public lead private with a deadline and the rule that set it', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    expect(lead.status).toBe('public');
    const now = t.clock.now().toISOString();
    const reply = await claim(lead.id);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'private', ownerId: tenant.userIds.bd, claimedAt: now });
    // min(term 45, no-visit 15, no-sign 30) days → no_visit after 15 days
    expect(reply.body.deadlineAt).toBe(plus(now, 15));
    expect(reply.body.deadlineReason).toBe('no_visit');
    // the owner now sees the phone; another BD sees it masked
    expect(reply.body.phoneMasked).toBe(false);
    const other = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd_manager });
    expect(other.body.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const events = await t.request('GET', `/api/v1/leads/${lead.id}/events`, { token: tenant.tokens.bd });
    expect(events.body.items[0]).toMatchObject({
      kind: 'claimed',
      toOwner: tenant.userIds.bd,
      fromStatus: 'public',
    });
  });

  it('refuses a lead someone owns', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    await claim(lead.id, tenant.tokens.bd);
    const again = await claim(lead.id, tenant.tokens.bd_b);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_owned');
  });

  it('enforces the cap of private leads per BD', async () => {
    await refresh();
    const leads = [
      await publicLead(t, tenant),
      await publicLead(t, tenant),
      await publicLead(t, tenant),
      await publicLead(t, tenant),
    ];
    for (const lead of leads.slice(0, 3)) expect((await claim(lead.id)).status).toBe(200);
    const fourth = await claim(leads[3]!.id);
    expect(fourth.status).toBe(409);
    expect(fourth.body.code).toBe('pool_cap_reached');
    expect(fourth.body.maxPrivate).toBe(3);
    // releasing one frees a place
    await post(`/api/v1/leads/${leads[0]!.id}/release`, tenant.tokens.bd);
    expect((await claim(leads[3]!.id)).status).toBe(200);
  });

  it('enforces the daily claim cap, counted in the tenant’s local day', async () => {
    await refresh();
    await setPoolRules(t, tenant, { dailyClaimCap: 2, maxPrivate: 10 });
    try {
      // 15:00 UTC is 23:00 in Shanghai; 16:30 UTC is already the next local day.
      const day = t.clock.now().toISOString().slice(0, 10);
      t.clock.set(`${day}T15:00:00Z`);
      tenant.tokens.bd = await t.login(tenant.slug, 'bd');
      const leads = [await publicLead(t, tenant), await publicLead(t, tenant), await publicLead(t, tenant)];
      expect((await claim(leads[0]!.id)).status).toBe(200);
      expect((await claim(leads[1]!.id)).status).toBe(200);
      const third = await claim(leads[2]!.id);
      expect(third.body.code).toBe('daily_cap_reached');
      t.clock.advance(1.5 * HOUR);
      expect((await claim(leads[2]!.id)).status).toBe(200);
    } finally {
      await setPoolRules(t, tenant);
    }
  });

  it('refuses to give a lead back to the BD who lost it within the cool-down', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    await claim(lead.id);
    await post(`/api/v1/leads/${lead.id}/release`, tenant.tokens.bd, { reason: '不合作' });
    const soon = await claim(lead.id);
    expect(soon.status).toBe(409);
    expect(soon.body.code).toBe('reclaim_cooldown');
    // another BD may take it at once
    expect((await claim(lead.id, tenant.tokens.bd_b)).status).toBe(200);
    await post(`/api/v1/leads/${lead.id}/release`, tenant.tokens.bd_b);
    t.clock.advance(7 * DAY + HOUR);
    tenant.tokens.bd = await t.login(tenant.slug, 'bd');
    expect((await claim(lead.id)).status).toBe(200);
  });

  it('refuses roles that do not claim, and leads in review', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    const byOps = await claim(lead.id, await t.login(tenant.slug, 'ops'));
    expect(byOps.status).toBe(403);
  });
});

describe('deadlines', () => {
  it('moves the no-visit deadline when the owner visits, then the no-sign rule takes over', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    const claimedAt = t.clock.now().toISOString();
    await claim(lead.id);
    t.clock.advance(10 * DAY);
    tenant.tokens.bd = await t.login(tenant.slug, 'bd');
    expect((await visit(lead.id)).status).toBe(201);
    let read = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd });
    expect(read.body).toMatchObject({ deadlineAt: plus(claimedAt, 25), deadlineReason: 'no_visit' });
    t.clock.advance(10 * DAY);
    tenant.tokens.bd = await t.login(tenant.slug, 'bd');
    await visit(lead.id);
    read = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd });
    // min(45, 20 + 15 = 35, 30) → no_sign at day 30
    expect(read.body).toMatchObject({ deadlineAt: plus(claimedAt, 30), deadlineReason: 'no_sign' });
    expect(read.body.visits).toHaveLength(2);
  });

  it('lets another person’s visit leave the deadline alone', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    const claimed = (await claim(lead.id)).body;
    t.clock.advance(5 * DAY);
    tenant.tokens.bd_manager = await t.login(tenant.slug, 'bd_manager');
    expect((await visit(lead.id, tenant.tokens.bd_manager)).status).toBe(201);
    const read = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd_manager });
    expect(read.body.deadlineAt).toBe(claimed.deadlineAt);
  });

  it('lets the owner extend once, managers more, and not when only a visit would help', async () => {
    await refresh();
    await setPoolRules(t, tenant, { noVisitDays: 40 });
    try {
      const lead = await publicLead(t, tenant);
      const claimedAt = t.clock.now().toISOString();
      const claimed = (await claim(lead.id)).body;
      // min(45, 40, 30) → no_sign at 30
      expect(claimed).toMatchObject({ deadlineAt: plus(claimedAt, 30), deadlineReason: 'no_sign' });
      const first = await post(`/api/v1/leads/${lead.id}/extend`, tenant.tokens.bd, { reason: '商家在装修' });
      expect(first.status).toBe(200);
      // min(45 + 15, 40, 30 + 15) → no_visit at 40
      expect(first.body).toMatchObject({
        deadlineAt: plus(claimedAt, 40),
        deadlineReason: 'no_visit',
        extensionsUsed: 1,
      });
      const second = await post(`/api/v1/leads/${lead.id}/extend`, tenant.tokens.bd, { reason: '再等等' });
      expect(second.body.code).toBe('extension_limit_reached');
      const byManager = await post(`/api/v1/leads/${lead.id}/extend`, tenant.tokens.bd_manager, {
        reason: '主管批准',
      });
      expect(byManager.status).toBe(409);
      expect(byManager.body.code).toBe('visit_required');
      const events = await t.request('GET', `/api/v1/leads/${lead.id}/events`, { token: tenant.tokens.bd });
      expect(events.body.items[0]).toMatchObject({ kind: 'extended', reason: '商家在装修' });
    } finally {
      await setPoolRules(t, tenant);
    }
  });

  it('never gives a deadline to a lead with an exempt tag, and longer terms by tag override', async () => {
    await refresh();
    const poolId = await setPoolRules(
      t,
      tenant,
      {},
      { tagRules: [{ tag: 'chain', rules: { noVisitDays: 20 } }] },
    );
    try {
      const exempt = await publicLead(t, tenant, { tags: ['top_merchant'] });
      const top = (await claim(exempt.id)).body;
      expect(top).toMatchObject({ deadlineAt: null, deadlineReason: 'exempt', status: 'private' });
      const chain = await publicLead(t, tenant, { tags: ['chain'] });
      const now = t.clock.now().toISOString();
      expect((await claim(chain.id)).body).toMatchObject({
        deadlineAt: plus(now, 20),
        deadlineReason: 'no_visit',
      });
      // removing the exempt tag gives the lead its deadline back
      const untagged = await t.request('PATCH', `/api/v1/leads/${exempt.id}`, {
        token: tenant.tokens.bd,
        body: { tags: [] },
      });
      expect(untagged.body.deadlineReason).toBe('no_visit');
      expect(poolId).toBeTruthy();
    } finally {
      await setPoolRules(t, tenant);
    }
  });
});

describe('the sweep', () => {
  it('recycles exactly the leads past their deadline, with the reason, and is idempotent', async () => {
    await refresh();
    await setPoolRules(t, tenant, { maxPrivate: 10 });
    try {
      const a = await publicLead(t, tenant);
      const b = await publicLead(t, tenant);
      const c = await publicLead(t, tenant, { tags: ['top_merchant'] });
      await claim(a.id);
      await claim(b.id, tenant.tokens.bd_b);
      await claim(c.id);
      t.clock.advance(10 * DAY);
      tenant.tokens.bd_b = await t.login(tenant.slug, 'bd_b');
      await visit(b.id, tenant.tokens.bd_b);
      t.clock.advance(6 * DAY); // a: 16 days without a visit; b: visited 6 days ago
      const admin = await t.login(tenant.slug, 'admin');

      const preview = await post('/api/v1/pool/sweep', admin, { dryRun: true });
      expect(preview.body).toMatchObject({
        count: 1,
        dryRun: true,
        // Named, so that the preview tells which stores they are.
        leads: [{ id: a.id, name: a.name, ownerId: tenant.userIds.bd, reason: 'no_visit' }],
      });
      const tomorrow = await post('/api/v1/pool/sweep', admin, {
        dryRun: true,
        asOf: plus(t.clock.now().toISOString(), 10),
      });
      expect(tomorrow.body.leads.map((l: { id: string }) => l.id).sort()).toEqual([a.id, b.id].sort());
      expect((await t.request('GET', `/api/v1/leads/${a.id}`, { token: admin })).body.status).toBe('private');

      const run = await post('/api/v1/pool/sweep', admin, {});
      expect(run.body).toMatchObject({
        count: 1,
        dryRun: false,
        leads: [{ id: a.id, name: a.name, reason: 'no_visit' }],
      });
      const recycled = (await t.request('GET', `/api/v1/leads/${a.id}`, { token: admin })).body;
      expect(recycled).toMatchObject({ status: 'public', ownerId: null, deadlineAt: null });
      expect(recycled.events[0]).toMatchObject({
        kind: 'recycled',
        reason: 'no_visit',
        fromOwner: tenant.userIds.bd,
      });
      expect((await post('/api/v1/pool/sweep', admin, {})).body.count).toBe(0);
      // the place under the cap came back: bd holds only the exempt lead now
      const mine = await t.request('GET', '/api/v1/leads?scope=mine', {
        token: await t.login(tenant.slug, 'bd'),
      });
      expect(mine.body.items.map((l: { id: string }) => l.id)).toEqual([c.id]);
    } finally {
      await setPoolRules(t, tenant);
    }
  });

  it('recycles across batch boundaries: exactly a multiple of the batch, and one more', async () => {
    await refresh();
    await setPoolRules(t, tenant, { maxPrivate: 100, dailyClaimCap: 100 });
    try {
      for (const total of [6, 7]) {
        for (let i = 0; i < total; i++) await claim((await publicLead(t, tenant)).id);
        t.clock.advance(16 * DAY);
        const result = await sweepTenant(t.app.deps, tenant.id, { batchSize: 3 });
        expect(result.count).toBe(total);
        expect(new Set(result.leads.map((l) => l.id)).size).toBe(total);
        expect((await sweepTenant(t.app.deps, tenant.id, { batchSize: 3 })).count).toBe(0);
        tenant.tokens.bd = await t.login(tenant.slug, 'bd');
      }
    } finally {
      await setPoolRules(t, tenant);
    }
  });

  it('refuses to recycle as of a future date, and is for administrators', async () => {
    const admin = await t.login(tenant.slug, 'admin');
    const future = await post('/api/v1/pool/sweep', admin, { asOf: plus(t.clock.now().toISOString(), 1) });
    expect(future.status).toBe(400);
    const byBd = await post('/api/v1/pool/sweep', await t.login(tenant.slug, 'bd'), { dryRun: true });
    expect(byBd.status).toBe(403);
  });

  it('lists the leads about to fall back, soonest first', async () => {
    await refresh();
    const a = await publicLead(t, tenant);
    const b = await publicLead(t, tenant);
    await claim(a.id);
    t.clock.advance(2 * DAY);
    tenant.tokens.bd = await t.login(tenant.slug, 'bd');
    await claim(b.id);
    t.clock.advance(11 * DAY);
    const token = await t.login(tenant.slug, 'bd');
    const soon = await t.request('GET', '/api/v1/pool/expiring?withinDays=3', { token });
    expect(soon.body.items.map((l: { leadId: string }) => l.leadId)).toEqual([a.id]);
    const later = await t.request('GET', '/api/v1/pool/expiring?withinDays=5', { token });
    expect(later.body.items.map((l: { leadId: string }) => l.leadId)).toEqual([a.id, b.id]);
    const team = await t.request('GET', '/api/v1/pool/expiring?withinDays=5&scope=team', {
      token: await t.login(tenant.slug, 'bd_manager'),
    });
    expect(team.body.items.map((l: { leadId: string }) => l.leadId)).toEqual([a.id, b.id]);
  });
});

describe('managers', () => {
  it('assign within the cap, or beyond it with a reason recorded', async () => {
    await refresh();
    await setPoolRules(t, tenant, { maxPrivate: 1 });
    try {
      const a = await publicLead(t, tenant);
      const b = await publicLead(t, tenant);
      const assign = (id: string, body: Record<string, unknown>) =>
        post(`/api/v1/leads/${id}/assign`, tenant.tokens.bd_manager, {
          userId: tenant.userIds.bd,
          reason: '重点跟进',
          ...body,
        });
      expect((await assign(a.id, {})).body).toMatchObject({ status: 'private', ownerId: tenant.userIds.bd });
      const capped = await assign(b.id, {});
      expect(capped.body.code).toBe('pool_cap_reached');
      const forced = await assign(b.id, { overrideCap: true });
      expect(forced.status).toBe(200);
      const events = await t.request('GET', `/api/v1/leads/${b.id}/events`, {
        token: tenant.tokens.bd_manager,
      });
      expect(events.body.items[0]).toMatchObject({
        kind: 'assigned',
        reason: '重点跟进',
        detail: { overrideCap: true },
      });
    } finally {
      await setPoolRules(t, tenant);
    }
  });

  it('take a lead back from a team member (with a reason) and move it to another', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    await claim(lead.id);
    const noReason = await post(`/api/v1/leads/${lead.id}/release`, tenant.tokens.bd_manager);
    expect(noReason.status).toBe(400);
    const byPeer = await post(`/api/v1/leads/${lead.id}/release`, tenant.tokens.bd_b, { reason: 'mine now' });
    expect(byPeer.status).toBe(404); // a peer's private lead is not even visible
    const moved = await post(`/api/v1/leads/${lead.id}/assign`, tenant.tokens.city_manager, {
      userId: tenant.userIds.bd_b,
      reason: '调整区域',
    });
    expect(moved.body).toMatchObject({ ownerId: tenant.userIds.bd_b });
    // bd got their place back
    const mine = await t.request('GET', '/api/v1/leads?scope=mine', { token: tenant.tokens.bd });
    expect(mine.body.items).toHaveLength(0);
  });

  it('cannot assign to someone outside their team or to a non-BD', async () => {
    await refresh();
    const lead = await publicLead(t, tenant);
    const outside = await post(`/api/v1/leads/${lead.id}/assign`, tenant.tokens.bd_manager, {
      userId: tenant.userIds.bd_b,
      reason: 'x',
    });
    expect(outside.status).toBe(400);
    const toOps = await post(`/api/v1/leads/${lead.id}/assign`, tenant.tokens.city_manager, {
      userId: tenant.userIds.ops,
      reason: 'x',
    });
    expect(toOps.status).toBe(400);
    const byBd = await post(`/api/v1/leads/${lead.id}/assign`, tenant.tokens.bd, {
      userId: tenant.userIds.bd,
      reason: 'x',
    });
    expect(byBd.status).toBe(403);
  });
});
