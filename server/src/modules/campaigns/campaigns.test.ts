import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { DAY } from '../../clock.ts';
import { attachQueue, detachQueue } from '../../jobs/queue.ts';
import type { Actor } from '../../platform/roles.ts';
import { sweepTenant } from '../pool/sweep.ts';
import { runLaunchJob, startLaunch } from './launch-job.ts';
import { launchCampaign } from './service.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant, { maxPrivate: 50, dailyClaimCap: 50 });
});
afterAll(() => t.close());

type Role = keyof TestTenant['tokens'];
const call = (method: 'GET' | 'POST' | 'PUT', path: string, role: Role, body?: unknown) =>
  t.request(method, path, { token: tenant.tokens[role], body });
const ok = async (reply: Promise<{ status: number; body: any }>, status = 200) => {
  const r = await reply;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
};
const countRows = async (sql: string, params: unknown[] = []) =>
  Number((await t.ownerQuery<{ n: string }>(sql, params))[0]!.n);

const TAG = 'price_disadvantage';
const hqActor = (): Actor => ({
  tenantId: tenant.id,
  kind: 'user',
  id: tenant.userIds.hq,
  name: 'hq',
  role: 'hq',
  orgUnitId: tenant.rootUnitId,
  scopePath: null,
  ip: null,
  requestId: null,
});
const priceCampaign = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  target: 'leads',
  leadFilter: { tag: TAG },
  templateKey: 'price_disadvantage',
  task: {
    kind: 'price_match',
    title: '竞对价格更低：跟进商户调价',
    instructions: '跟价或独家',
    dueInDays: 7,
  },
  ...over,
});

/** Merchants of each keeper kind, tagged: a public one, one a BD claimed, one handed to ops. */
async function merchants(tag = TAG) {
  const unowned = await publicLead(t, tenant, { tags: [tag] });
  const claimed = await publicLead(t, tenant, { tags: [tag] });
  await ok(call('POST', `/api/v1/leads/${claimed.id}/claim`, 'bd'));
  const signed = await signedLead(t, tenant, { tags: [tag] });
  await ok(
    call('POST', `/api/v1/leads/${signed.id}/handover`, 'ops_manager', { opsUserId: tenant.userIds.ops }),
  );
  const other = await publicLead(t, tenant, { tags: ['unrelated'] });
  return { unowned: unowned.id, claimed: claimed.id, signed: signed.id, other: other.id };
}

const tasksOf = (campaignId: string) =>
  t.ownerQuery<{ lead_id: string; assignee_id: string; status: string }>(
    'select lead_id::text, assignee_id::text, status from task where campaign_id = $1 order by lead_id',
    [campaignId],
  );

describe('campaigns', () => {
  let m: Awaited<ReturnType<typeof merchants>>;
  beforeAll(async () => {
    m = await merchants();
  });

  it('previews, then fans out one task per merchant to its keeper, once however often it is launched', async () => {
    const templates = await ok(call('GET', '/api/v1/campaign-templates', 'hq'));
    const price = templates.items.find((x: { key: string }) => x.key === 'price_disadvantage');
    expect(price.leadFilter).toEqual({ tag: TAG });
    expect(price.task.kind).toBe('price_match');

    const preview = await ok(
      call('POST', '/api/v1/campaigns/preview', 'hq', { target: 'leads', leadFilter: { tag: TAG } }),
    );
    expect(preview.matched).toBe(3);
    expect(preview.unassigned).toBe(0);
    const keeperOf = new Map(
      preview.sample.map((s: { leadId: string; keeper: string }) => [s.leadId, s.keeper]),
    );
    expect(keeperOf.get(m.unowned)).toBe('city_manager');
    expect(keeperOf.get(m.claimed)).toBe('bd');
    expect(keeperOf.get(m.signed)).toBe('ops');

    const campaign = await ok(call('POST', '/api/v1/campaigns', 'hq', priceCampaign('价格劣势 11 月')), 201);
    expect(campaign.status).toBe('draft');
    const first = await ok(call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq'));
    expect([first.matched, first.created]).toEqual([3, 3]);
    expect(first.campaign.status).toBe('launched');
    const again = await ok(call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq'));
    expect([again.matched, again.created]).toEqual([3, 0]);

    const tasks = await tasksOf(campaign.id);
    expect(tasks.map((x) => [x.lead_id, x.assignee_id])).toEqual(
      [
        [m.unowned, tenant.userIds.city_manager],
        [m.claimed, tenant.userIds.bd],
        [m.signed, tenant.userIds.ops],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    // A launched campaign keeps what it asked for.
    expect((await call('PUT', `/api/v1/campaigns/${campaign.id}`, 'hq', priceCampaign('改名'))).status).toBe(
      409,
    );
    // The BD sees theirs in the to-do center, due in seven days.
    const todos = await ok(call('GET', '/api/v1/todos', 'bd'));
    const mine = todos.items.find((i: { kind: string }) => i.kind === 'price_match');
    expect(mine.leadId).toBe(m.claimed);
    expect(new Date(mine.dueAt).getTime()).toBe(t.clock.now().getTime() + 7 * DAY);
  });

  it('concurrent launches of one campaign add each task once', async () => {
    const campaign = await ok(call('POST', '/api/v1/campaigns', 'hq', priceCampaign('并发')), 201);
    const replies = await Promise.all(
      [1, 2, 3, 4].map(() => call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq')),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(replies.reduce((sum, r) => sum + r.body.created, 0)).toBe(3);
    expect(await tasksOf(campaign.id)).toHaveLength(3);
  });

  it('fans out in batches without losing or repeating a merchant', async () => {
    const extra = [];
    for (let i = 0; i < 5; i++) extra.push((await publicLead(t, tenant, { tags: ['batchy'] })).id);
    const campaign = await ok(
      call('POST', '/api/v1/campaigns', 'hq', priceCampaign('分批', { leadFilter: { tag: 'batchy' } })),
      201,
    );
    const hq = {
      tenantId: tenant.id,
      kind: 'user',
      id: tenant.userIds.hq,
      name: 'hq',
      role: 'hq',
      orgUnitId: tenant.rootUnitId,
      scopePath: null,
      ip: null,
      requestId: null,
    } as const;
    const result = await launchCampaign(t.app.deps, hq as never, campaign.id, 2);
    expect([result.matched, result.created]).toEqual([5, 5]);
    expect((await tasksOf(campaign.id)).map((x) => x.lead_id)).toEqual(extra);
  });

  it('a big launch runs as a job that fans out the same way and reports its progress', async () => {
    const extra = [];
    for (let i = 0; i < 3; i++) extra.push((await publicLead(t, tenant, { tags: ['jobby'] })).id);
    const campaign = await ok(
      call('POST', '/api/v1/campaigns', 'hq', priceCampaign('后台', { leadFilter: { tag: 'jobby' } })),
      201,
    );
    const refs: Array<{ tenantId: string; jobId: string }> = [];
    attachQueue(t.app.deps, {
      sendImport: async () => {},
      sendCampaignLaunch: async (ref) => {
        refs.push(ref);
      },
    });
    try {
      const answer = await startLaunch(t.app.deps, hqActor(), campaign.id, 2);
      expect(answer).toMatchObject({ matched: 3, created: 0, jobId: expect.any(String) });
      expect(refs).toEqual([{ tenantId: tenant.id, jobId: answer.jobId }]);
      expect(await tasksOf(campaign.id)).toHaveLength(0);
      await runLaunchJob(t.app.deps, refs[0]!);
      await runLaunchJob(t.app.deps, refs[0]!); // a redelivered job does nothing more
      expect((await tasksOf(campaign.id)).map((x) => x.lead_id)).toEqual(extra);
      const job = await ok(call('GET', `/api/v1/jobs/${answer.jobId}`, 'hq'));
      expect(job).toMatchObject({ status: 'done', total: 3, processed: 3 });
    } finally {
      detachQueue(t.app.deps);
    }
  });

  it('a campaign over deals reaches the merchants of the matching deals', async () => {
    const signed = await signedLead(t, tenant);
    const deal = await ok(
      call('POST', `/api/v1/leads/${signed.id}/deals`, 'bd', dealBody(t, { title: '独家campaign套餐' })),
      201,
    );
    const preview = await ok(
      call('POST', '/api/v1/campaigns/preview', 'hq', { target: 'deals', dealFilter: { q: '独家campaign' } }),
    );
    expect(preview.matched).toBe(1);
    expect(preview.sample[0].leadId).toBe(signed.id);
    expect(preview.sample[0].assigneeId).toBe(tenant.userIds.bd);
    expect(deal.status).toBe('draft');
  });

  it('only HQ, administrators and city managers run campaigns; bad input writes nothing', async () => {
    const before = await countRows('select count(*) as n from campaign where tenant_id = $1', [tenant.id]);
    const bd = await call('POST', '/api/v1/campaigns', 'bd', priceCampaign('不可以'));
    expect(bd.status).toBe(403);
    expect(bd.headers['content-type']).toContain('application/problem+json');
    const launched = await ok(call('GET', '/api/v1/campaigns', 'hq'));
    const id = launched.items[0].id;
    expect((await call('POST', `/api/v1/campaigns/${id}/launch`, 'bd')).status).toBe(403);
    expect((await call('POST', `/api/v1/campaigns/${id}/launch`, 'bd_manager')).status).toBe(403);
    expect((await call('GET', `/api/v1/campaigns/${id}/progress`, 'bd')).status).toBe(403);

    const bad = [
      priceCampaign('x', { leadFilter: { tag: TAG, 'attr.nope': '1' } }),
      priceCampaign('x', { dealFilter: { status: 'online' } }),
      priceCampaign('x', { leadFilter: { status: 'sleeping' } }),
      priceCampaign('x', { leadFilter: { extra: 1 } }),
      priceCampaign('x', { task: { kind: 'Price Match', title: 't', dueInDays: 1 } }),
      priceCampaign('x', { task: { kind: 'price_match', title: ' ', dueInDays: 1 } }),
      priceCampaign('x', { task: { kind: 'price_match', title: 't', dueInDays: 400 } }),
      priceCampaign('', {}),
      priceCampaign('x', {
        target: 'deals',
        dealFilter: { minPrice: 50, maxPrice: 10 },
        leadFilter: undefined,
      }),
    ];
    for (const body of bad) {
      const reply = await call('POST', '/api/v1/campaigns', 'hq', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.headers['content-type']).toContain('application/problem+json');
    }
    expect(await countRows('select count(*) as n from campaign where tenant_id = $1', [tenant.id])).toBe(
      before,
    );
    // The city manager's campaign reaches only their city's merchants (here: all of them).
    const cm = await ok(
      call('POST', '/api/v1/campaigns/preview', 'city_manager', {
        target: 'leads',
        leadFilter: { tag: TAG },
      }),
    );
    expect(cm.matched).toBe(3);
  });
});

describe('tasks follow the merchant', () => {
  it('claim → the BD; release → the city manager; assign → the new BD; recycle → the city manager; handover → ops', async () => {
    const lead = await publicLead(t, tenant, { tags: ['follow'] });
    const campaign = await ok(
      call('POST', '/api/v1/campaigns', 'hq', priceCampaign('跟随', { leadFilter: { tag: 'follow' } })),
      201,
    );
    await ok(call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq'));
    const assignee = async () => (await tasksOf(campaign.id))[0]!.assignee_id;
    expect(await assignee()).toBe(tenant.userIds.city_manager);

    await ok(call('POST', `/api/v1/leads/${lead.id}/claim`, 'bd'));
    expect(await assignee()).toBe(tenant.userIds.bd);
    await ok(call('POST', `/api/v1/leads/${lead.id}/release`, 'bd', { reason: '不合作' }));
    expect(await assignee()).toBe(tenant.userIds.city_manager);
    await ok(
      call('POST', `/api/v1/leads/${lead.id}/assign`, 'city_manager', {
        userId: tenant.userIds.bd_b,
        reason: '朝阳组跟',
      }),
    );
    expect(await assignee()).toBe(tenant.userIds.bd_b);
    const audit = await t.ownerQuery<{ detail: { note: { tasks: Array<{ from: string; to: string }> } } }>(
      "select detail from audit_log where tenant_id = $1 and action = 'task.reassigned' order by id desc limit 1",
      [tenant.id],
    );
    expect(audit[0]!.detail.note.tasks[0]).toMatchObject({
      from: tenant.userIds.city_manager,
      to: tenant.userIds.bd_b,
    });

    // Past its deadline the sweep recycles it: the task goes back to the city manager.
    t.clock.advance(60 * DAY);
    expect((await sweepTenant(t.app.deps, tenant.id, {})).leads.map((l) => l.id)).toContain(lead.id);
    expect(await assignee()).toBe(tenant.userIds.city_manager);
    t.clock.advance(-60 * DAY);
  });

  it('a handover gives every open task of the merchant to the ops owner; closed tasks stay', async () => {
    const signed = await signedLead(t, tenant, { tags: ['handme'] });
    const campaign = await ok(
      call('POST', '/api/v1/campaigns', 'hq', priceCampaign('交接', { leadFilter: { tag: 'handme' } })),
      201,
    );
    await ok(call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq'));
    expect((await tasksOf(campaign.id))[0]!.assignee_id).toBe(tenant.userIds.bd);
    await ok(
      call('POST', `/api/v1/leads/${signed.id}/handover`, 'ops_manager', { opsUserId: tenant.userIds.ops }),
    );
    expect((await tasksOf(campaign.id))[0]!.assignee_id).toBe(tenant.userIds.ops);
  });
});
