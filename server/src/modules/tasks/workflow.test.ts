import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { multipartBody } from '../../../test/multipart.ts';
import { DAY, HOUR } from '../../clock.ts';

let t: TestContext;
let tenant: TestTenant;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-tasks-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant, { maxPrivate: 50, dailyClaimCap: 50, noVisitDays: 2, remindBeforeDays: 3 });
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Role = keyof TestTenant['tokens'];
const call = (method: 'GET' | 'POST' | 'PUT', url: string, role: Role, body?: unknown) =>
  t.request(method, url, { token: tenant.tokens[role], body });
const ok = async (reply: Promise<{ status: number; body: any }>, status = 200) => {
  const r = await reply;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
};
const inHours = (h: number) => new Date(t.clock.now().getTime() + h * HOUR).toISOString();

/** A task for the BD about a merchant, given by their team lead. */
const giveBd = async (title: string, dueAt: string | undefined, leadId?: string) =>
  ok(
    call('POST', '/api/v1/tasks', 'bd_manager', {
      assigneeId: tenant.userIds.bd,
      kind: 'visit',
      title,
      ...(dueAt && { dueAt }),
      ...(leadId && { leadId }),
    }),
    201,
  );

describe('working a task', () => {
  it('start → done with feedback and a photo; reject and reassign need a reason; BDs create none', async () => {
    const lead = await publicLead(t, tenant);
    const task = await giveBd('拜访门店', inHours(48), lead.id);
    expect(task).toMatchObject({ status: 'open', leadId: lead.id, assigneeId: tenant.userIds.bd });
    expect(
      (
        await call('POST', '/api/v1/tasks', 'bd', {
          assigneeId: tenant.userIds.bd,
          kind: 'visit',
          title: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call('POST', '/api/v1/tasks', 'bd_manager', {
          assigneeId: tenant.userIds.bd,
          kind: 'visit',
          title: 'x',
          dueAt: inHours(-1),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/api/v1/tasks', 'bd_manager', {
          assigneeId: tenant.userIds.hq,
          kind: 'visit',
          title: 'x',
        })
      ).status,
    ).toBe(400);

    expect((await ok(call('POST', `/api/v1/tasks/${task.id}/start`, 'bd'))).status).toBe('doing');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(100, 1),
    ]);
    const put = async (file: { name: string; content: Buffer }) => {
      const { payload, headers } = multipartBody([
        { name: 'file', filename: file.name, content: file.content },
      ]);
      const r = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/tasks/${task.id}/photo`,
        headers: { ...headers, authorization: `Bearer ${tenant.tokens.bd}` },
        payload,
      });
      return { status: r.statusCode, body: r.json() };
    };
    expect((await put({ name: 'price.pdf', content: Buffer.from('%PDF-1.4\n') })).status).toBe(415);
    const withPhoto = await put({ name: '价目表.png', content: png });
    expect(withPhoto.status).toBe(200);
    expect(withPhoto.body.photoUrl).toBe(`/api/v1/tasks/${task.id}/photo`);
    const photo = await t.app.inject({
      method: 'GET',
      url: withPhoto.body.photoUrl,
      headers: { authorization: `Bearer ${tenant.tokens.bd_manager}` },
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(png)).toBe(true);

    const done = await ok(call('POST', `/api/v1/tasks/${task.id}/done`, 'bd', { feedback: '商户同意跟价' }));
    expect(done).toMatchObject({ status: 'done', feedback: '商户同意跟价' });
    expect((await call('POST', `/api/v1/tasks/${task.id}/reject`, 'bd', { reason: 'x' })).status).toBe(409);

    const second = await giveBd('第二个', inHours(24), lead.id);
    expect((await call('POST', `/api/v1/tasks/${second.id}/reject`, 'bd', {})).status).toBe(400);
    expect(
      (
        await call('POST', `/api/v1/tasks/${second.id}/reassign`, 'bd', {
          assigneeId: tenant.userIds.bd_b,
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const moved = await ok(
      call('POST', `/api/v1/tasks/${second.id}/reassign`, 'city_manager', {
        assigneeId: tenant.userIds.bd_b,
        reason: '请假',
      }),
    );
    expect(moved).toMatchObject({ assigneeId: tenant.userIds.bd_b, status: 'open', reason: '请假' });
    const rejected = await ok(
      call('POST', `/api/v1/tasks/${second.id}/reject`, 'bd_b', { reason: '门店已关' }),
    );
    expect(rejected).toMatchObject({ status: 'rejected', reason: '门店已关' });
    const actions = await t.ownerQuery<{ action: string }>(
      "select action from audit_log where tenant_id = $1 and object = 'task' and object_id in ($2, $3) order by id",
      [tenant.id, task.id, second.id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'task.created',
      'task.started',
      'task.photo_added',
      'task.done',
      'task.created',
      'task.reassigned',
      'task.rejected',
    ]);
  });
});

describe('escalation and HQ intervention', () => {
  it('an escalated task reaches HQ’s queue; HQ reprices the online deal, logged on the deal, the audit log and the merchant', async () => {
    const merchant = await signedLead(t, tenant, { tags: ['price_disadvantage'] });
    const deal = await ok(call('POST', `/api/v1/leads/${merchant.id}/deals`, 'bd', dealBody(t)), 201);
    await ok(call('POST', `/api/v1/deals/${deal.id}/submit`, 'bd'));
    await ok(call('POST', `/api/v1/deals/${deal.id}/approve`, 'reviewer'));
    const campaign = await ok(
      call('POST', '/api/v1/campaigns', 'hq', {
        name: '价格劣势',
        target: 'leads',
        leadFilter: { tag: 'price_disadvantage' },
        task: { kind: 'price_match', title: '跟价', dueInDays: 3 },
      }),
      201,
    );
    await ok(call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq'));
    const [task] = (await ok(call('GET', `/api/v1/tasks?mine=true&campaignId=${campaign.id}`, 'bd'))).items;
    expect(task.leadId).toBe(merchant.id);

    // Nothing to intervene on yet; BDs have no queue.
    expect(
      (await call('POST', `/api/v1/tasks/${task.id}/intervene`, 'hq', { action: 'none', note: 'x' })).status,
    ).toBe(409);
    expect((await call('POST', `/api/v1/tasks/${task.id}/escalate`, 'bd', {})).status).toBe(400);
    const escalated = await ok(
      call('POST', `/api/v1/tasks/${task.id}/escalate`, 'bd', { reason: '商户不肯降价，竞对补贴' }),
    );
    expect(escalated.status).toBe('escalated');
    expect((await call('GET', '/api/v1/escalations', 'bd')).status).toBe(403);
    const queue = await ok(call('GET', '/api/v1/escalations', 'hq'));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(task.id);
    expect(queue.items.find((i: { id: string }) => i.id === task.id)).toMatchObject({
      reason: '商户不肯降价，竞对补贴',
      assigneeName: 'bd',
      leadName: expect.any(String),
    });

    // Bad interventions change nothing.
    const bad = [
      { action: 'reprice', dealId: deal.id, note: '无价格' },
      { action: 'reprice', dealId: deal.id, dealPrice: 500, note: '高于原价' },
      { action: 'take_offline', note: '没有团购' },
      { action: 'teleport', note: 'x' },
    ];
    for (const body of bad) {
      const reply = await call('POST', `/api/v1/tasks/${task.id}/intervene`, 'hq', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.headers['content-type']).toContain('application/problem+json');
    }
    expect(
      (await call('POST', `/api/v1/tasks/${task.id}/intervene`, 'reviewer', { action: 'none', note: 'x' }))
        .status,
    ).toBe(403);
    expect((await ok(call('GET', `/api/v1/deals/${deal.id}`, 'hq'))).dealPrice).toBe(128);

    const resolved = await ok(
      call('POST', `/api/v1/tasks/${task.id}/intervene`, 'hq', {
        action: 'reprice',
        dealId: deal.id,
        dealPrice: 99,
        note: '总部补贴跟价',
      }),
    );
    expect(resolved.status).toBe('done');
    expect(resolved.resolution).toContain('128 → 99');
    const after = await ok(call('GET', `/api/v1/deals/${deal.id}`, 'hq'));
    expect(after).toMatchObject({ dealPrice: 99, status: 'online' });
    expect(after.history.at(-1)).toMatchObject({ action: 'repriced' });
    const events = await ok(call('GET', `/api/v1/leads/${merchant.id}/events`, 'bd'));
    expect(events.items[0]).toMatchObject({
      kind: 'hq_intervened',
      reason: '总部补贴跟价',
      detail: {
        action: 'reprice',
        dealId: deal.id,
        dealTitle: expect.any(String),
        before: '128',
        after: '99',
      },
    });
    const audits = await t.ownerQuery<{ action: string }>(
      "select action from audit_log where tenant_id = $1 and action in ('deal.repriced', 'task.resolved', 'task.intervened') order by id",
      [tenant.id],
    );
    expect(audits.map((a) => a.action)).toEqual(['deal.repriced', 'task.resolved', 'task.intervened']);
    expect((await ok(call('GET', '/api/v1/escalations', 'hq'))).items).toEqual([]);

    // Progress and feedback show it.
    const progress = await ok(call('GET', `/api/v1/campaigns/${campaign.id}/progress`, 'hq'));
    expect(progress.totals).toMatchObject({ total: 1, done: 1, donePct: 100, overdue: 0 });
    expect(progress.byCity[0]).toMatchObject({ cityId: tenant.units.city, cityName: '北京市', done: 1 });
    expect(progress.byTeam[0]).toMatchObject({ unitId: tenant.units.teamA, unitName: '海淀一组', total: 1 });
    const feedback = await ok(call('GET', `/api/v1/campaigns/${campaign.id}/feedback`, 'hq'));
    expect(feedback.items[0]).toMatchObject({
      id: task.id,
      status: 'done',
      reason: '商户不肯降价，竞对补贴',
    });
  });

  it('HQ takes a deal offline for an escalation', async () => {
    const merchant = await signedLead(t, tenant, { tags: ['offline_me'] });
    const deal = await ok(call('POST', `/api/v1/leads/${merchant.id}/deals`, 'bd', dealBody(t)), 201);
    await ok(call('POST', `/api/v1/deals/${deal.id}/submit`, 'bd'));
    await ok(call('POST', `/api/v1/deals/${deal.id}/approve`, 'reviewer'));
    const task = await ok(
      call('POST', '/api/v1/tasks', 'hq', {
        assigneeId: tenant.userIds.bd,
        leadId: merchant.id,
        kind: 'check',
        title: '核实',
      }),
      201,
    );
    await ok(call('POST', `/api/v1/tasks/${task.id}/escalate`, 'bd', { reason: '虚假团购' }));
    const other = await publicLead(t, tenant);
    const otherDeal = (await ok(call('GET', `/api/v1/deals?leadId=${other.id}`, 'hq'))).items[0];
    expect(otherDeal).toBeUndefined();
    const done = await ok(
      call('POST', `/api/v1/tasks/${task.id}/intervene`, 'hq', {
        action: 'take_offline',
        dealId: deal.id,
        note: '违规下线',
      }),
    );
    expect(done.status).toBe('done');
    expect((await ok(call('GET', `/api/v1/deals/${deal.id}`, 'hq'))).status).toBe('offline');
  });
});

describe('the to-do center', () => {
  it('merges tasks, pool deadlines and follow-ups: overdue first, then the soonest due, page by page', async () => {
    const todo = await t.createTenant('takeaway');
    await setPoolRules(t, todo, { maxPrivate: 50, dailyClaimCap: 50, noVisitDays: 2, remindBeforeDays: 3 });
    const as = (role: Role) => ({ token: todo.tokens[role] });
    const post = (url: string, role: Role, body?: unknown) => t.request('POST', url, { ...as(role), body });
    const give = async (title: string, dueAt?: string) =>
      ok(
        post('/api/v1/tasks', 'bd_manager', {
          assigneeId: todo.userIds.bd,
          kind: 'visit',
          title,
          ...(dueAt && { dueAt }),
        }),
        201,
      );
    const later = await give('七天后', inHours(7 * 24));
    const undated = await give('无期限');
    const soon = await give('一小时后', inHours(1));
    // A claimed lead falls back in two days (no visit): a pool reminder.
    const claimed = await publicLead(t, todo);
    await ok(post(`/api/v1/leads/${claimed.id}/claim`, 'bd'));
    // A visit with a follow-up in five hours (and it refreshes that lead's deadline).
    const visited = await publicLead(t, todo);
    await ok(post(`/api/v1/leads/${visited.id}/claim`, 'bd'));
    const visit = await ok(
      post(`/api/v1/leads/${visited.id}/visits`, 'bd', {
        lat: 39.9,
        lng: 116.3,
        kind: 'first',
        result: '老板不在',
        followUpAt: inHours(5),
      }),
      201,
    );
    expect(visit.followUpAt).toBe(inHours(5));
    expect(
      (
        await post(`/api/v1/leads/${visited.id}/visits`, 'bd', {
          lat: 39.9,
          lng: 116.3,
          kind: 'first',
          followUpAt: inHours(-1),
        })
      ).status,
    ).toBe(400);

    t.clock.advance(2 * HOUR); // the one-hour task is overdue now
    const fresh = await t.login(todo.slug, 'bd');
    const seen: Array<{ kind: string; id: string; overdue: boolean; reason: string | null }> = [];
    let cursor: string | null = null;
    do {
      const page: any = await ok(
        t.request('GET', `/api/v1/todos?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: fresh }),
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    t.clock.advance(-2 * HOUR);
    expect(seen.map((i) => [i.kind, i.id])).toEqual([
      ['visit', soon.id],
      ['follow_up', visit.id],
      ['pool_deadline', claimed.id],
      ['pool_deadline', visited.id],
      ['visit', later.id],
      ['visit', undated.id],
    ]);
    expect(seen.map((i) => i.overdue)).toEqual([true, false, false, false, false, false]);
    expect(seen[2]!.reason).toBe('no_visit');
    expect(seen[1]!.reason).toBe('老板不在');
    // A later visit to the same merchant settles the follow-up.
    await ok(
      post(`/api/v1/leads/${visited.id}/visits`, 'bd', { lat: 39.9, lng: 116.3, kind: 'follow_up' }),
      201,
    );
    const after = await ok(t.request('GET', '/api/v1/todos', as('bd')));
    expect(after.items.map((i: { kind: string }) => i.kind)).not.toContain('follow_up');
    expect((await t.request('GET', '/api/v1/todos?cursor=WyJ4IiwiOSIsIjEiXQ', as('bd'))).status).toBe(400);
    void DAY;
  });
});
