import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedMerchant } from '../../../test/contracts-fixtures.ts';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { DAY } from '../../clock.ts';
import { sweepAllTenants } from '../../jobs/sweep.ts';
import { createRenewalTasks } from '../ops/renewals.ts';

let t: TestContext;
let a: TestTenant;
let b: TestTenant;
let apiKey: string;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createTenant('takeaway');
  b = await t.createTenant('takeaway');
  await setPoolRules(t, a);
  await setPoolRules(t, b);
  const key = await t.request('POST', '/api/v1/api-keys', {
    token: a.tokens.tenant_admin,
    body: { name: 'ERP sync', role: 'ops' },
  });
  apiKey = key.body.token;
});
afterAll(() => t.close());

interface FeedEvent {
  id: string;
  cursor: string;
  type: string;
  occurredAt: string;
  actor: { kind: string; id: string | null; name: string };
  subject: { kind: string; id: string };
  data: Record<string, unknown>;
}

/**
 * Polls as an integration would until `expected` events came (or, without it, until the feed has
 * nothing more). The feed holds events back while any older transaction on the server is open,
 * other test files' included, so a test waits for them rather than asserting at once.
 */
async function drain(token: string, after?: string, expected = 0, limit = 2) {
  const events: FeedEvent[] = [];
  let cursor = after;
  const until = Date.now() + 30_000;
  for (;;) {
    const reply = await t.request('GET', `/api/v1/events?limit=${limit}${cursor ? `&after=${cursor}` : ''}`, {
      token,
    });
    expect(reply.status).toBe(200);
    events.push(...reply.body.items);
    cursor = reply.body.nextCursor;
    if (reply.body.hasMore) continue;
    if (events.length >= expected || Date.now() > until) return { events, cursor: cursor! };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });

describe('the change feed', () => {
  it('carries the lead, pool, visit, contract and deal events in order, and resumes from a cursor', async () => {
    const start = await drain(apiKey, 'now');
    expect(start.events).toEqual([]);

    const lead = await publicLead(t, a);
    const bd = a.tokens.bd;
    expect((await post(`/api/v1/leads/${lead.id}/claim`, bd)).status).toBe(200);
    expect(
      (await t.request('PATCH', `/api/v1/leads/${lead.id}`, { token: bd, body: { category: '火锅' } }))
        .status,
    ).toBe(200);
    expect((await post(`/api/v1/leads/${lead.id}/release`, bd, { reason: '不合适' })).status).toBe(200);
    expect(
      (
        await post(`/api/v1/leads/${lead.id}/assign`, a.tokens.bd_manager, {
          userId: a.userIds.bd,
          reason: '熟悉商圈',
        })
      ).status,
    ).toBe(200);
    expect(
      (await post(`/api/v1/leads/${lead.id}/visits`, bd, { lat: 39.91, lng: 116.3, kind: 'first' })).status,
    ).toBe(201);

    const first = await drain(apiKey, start.cursor, 6);
    expect(first.events.map((e) => e.type)).toEqual([
      'lead.created',
      'lead.claimed',
      'lead.updated',
      'lead.released',
      'lead.assigned',
      'visit.created',
    ]);
    expect(first.events.every((e) => e.subject.id === lead.id || e.subject.kind === 'visit')).toBe(true);
    const [created, claimed, updated, , assigned, visited] = first.events;
    expect(created!.data).toMatchObject({ status: 'public', channel: 'bd', cityId: a.units.city });
    expect(claimed).toMatchObject({
      actor: { kind: 'user', id: a.userIds.bd, name: 'bd' },
      data: { ownerId: a.userIds.bd },
      occurredAt: t.clock.now().toISOString(),
    });
    expect(updated!.data).toMatchObject({ changed: ['category'] });
    expect(assigned!.data).toMatchObject({ fromOwnerId: null, toOwnerId: a.userIds.bd, reason: '熟悉商圈' });
    expect(visited).toMatchObject({ subject: { kind: 'visit' }, data: { leadId: lead.id, kind: 'first' } });

    // Nothing new: the same cursor comes back, and polling again from it brings nothing twice.
    const again = await drain(apiKey, first.cursor);
    expect(again).toEqual({ events: [], cursor: first.cursor });

    // Signing, a deal going online and offline.
    const signed = await signedLead(t, a);
    const deal = await post(`/api/v1/leads/${signed.id}/deals`, bd, dealBody(t));
    expect(deal.status).toBe(201);
    expect((await post(`/api/v1/deals/${deal.body.id}/submit`, bd)).status).toBe(200);
    expect((await post(`/api/v1/deals/${deal.body.id}/approve`, a.tokens.reviewer, {})).status).toBe(200);
    expect(
      (await post(`/api/v1/deals/${deal.body.id}/offline`, a.tokens.hq, { reason: '商家歇业' })).status,
    ).toBe(200);
    const second = await drain(a.tokens.tenant_admin, first.cursor, 5, 100);
    expect(second.events.map((e) => e.type)).toEqual([
      'lead.created',
      'lead.claimed',
      'contract.signed',
      'deal.online',
      'deal.offline',
    ]);
    expect(second.events[2]!.data).toMatchObject({ leadId: signed.id, type: 'new' });
    expect(second.events[4]!.data).toMatchObject({ leadId: signed.id, reason: '商家歇业' });
    // Ids rise in feed order here (one writer at a time).
    const ids = [...first.events, ...second.events].map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => (x < y ? -1 : 1)));
  });

  it('writes the sweep’s recycled leads set-based, one event each, as the pool sweep', async () => {
    const { cursor } = await drain(apiKey, 'now');
    const leads = [await publicLead(t, a), await publicLead(t, a)];
    for (const lead of leads)
      expect((await post(`/api/v1/leads/${lead.id}/claim`, a.tokens.bd)).status).toBe(200);
    t.clock.advance(16 * DAY);
    await sweepAllTenants(t.app.deps);
    const { events } = await drain(await t.login(a.slug, 'admin'), cursor, 5, 100);
    const recycled = events.filter((e) => e.type === 'lead.recycled');
    expect(recycled.map((e) => e.subject.id)).toEqual(expect.arrayContaining(leads.map((l) => l.id)));
    expect(recycled[0]).toMatchObject({
      actor: { kind: 'system', id: null, name: 'pool-sweep' },
      data: { fromOwnerId: a.userIds.bd, reason: expect.any(String) },
    });
  });

  it('shows a tenant only its own events, and only to its admins and API keys', async () => {
    const token = await t.login(b.slug, 'admin');
    const { cursor } = await drain(token, 'now');
    const inB = await publicLead(t, b);
    await publicLead(t, a);
    const { events } = await drain(token, cursor, 1, 100);
    expect(events.map((e) => e.subject.id)).toEqual([inB.id]);
    // Every event of b from the start, and none of a.
    const all = await drain(token, undefined, 1, 200);
    const aLeads = await t.ownerQuery<{ id: string }>('select id::text from lead where tenant_id = $1', [
      a.id,
    ]);
    const foreign = new Set(aLeads.map((r) => r.id));
    expect(all.events.some((e) => foreign.has(e.subject.id))).toBe(false);

    for (const role of ['bd', 'bd_manager', 'hq', 'reviewer'] as const) {
      const reply = await t.request('GET', '/api/v1/events', { token: await t.login(a.slug, role) });
      expect(reply.status).toBe(403);
      expect(reply.headers['content-type']).toContain('application/problem+json');
    }
    const me = await t.request('GET', '/api/v1/auth/me', { token: apiKey });
    expect(me.body.permissions).toContain('events.read');
  });

  it('records a to-do done, with its feedback', async () => {
    await signedMerchant(t, a, { startOn: '2026-11-25', endOn: '2026-12-20' });
    expect((await createRenewalTasks(t.app.deps, a.id)).created).toBeGreaterThanOrEqual(1);
    const { cursor } = await drain(apiKey, 'now');
    const bd = await t.login(a.slug, 'bd');
    const [task] = (await t.request('GET', '/api/v1/tasks?mine=true&status=open', { token: bd })).body.items;
    expect((await post(`/api/v1/tasks/${task.id}/done`, bd, { feedback: '商家同意续约' })).status).toBe(200);
    const { events } = await drain(apiKey, cursor, 1);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'task.done',
        subject: { kind: 'task', id: task.id },
        data: { kind: 'renewal', assigneeId: a.userIds.bd, leadId: task.leadId, feedback: '商家同意续约' },
      }),
    ]);
  });

  it('refuses a cursor it did not give out', async () => {
    for (const after of ['nonsense', Buffer.from('v1.1.x').toString('base64url'), 'a/b']) {
      const reply = await t.request('GET', `/api/v1/events?after=${encodeURIComponent(after)}`, {
        token: apiKey,
      });
      expect(reply.status).toBe(400);
      expect(reply.body.code).toMatch(/invalid_cursor|validation_failed/);
    }
    expect((await t.request('GET', '/api/v1/events?limit=501', { token: apiKey })).status).toBe(400);
    const types = await t.request('GET', '/api/v1/events/types', { token: apiKey });
    expect(types.body.items).toContain('lead.recycled');
  });
});
