import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed.ts';
import { createTestContext, type TestContext } from './harness.ts';

let t: TestContext;
let password: string;

beforeAll(async () => {
  t = await createTestContext();
  const demo = await seedDemo(t.app.deps, { password: 'demo-password-1' });
  password = demo!.password;
}, 120_000);
afterAll(() => t.close());

describe('the demo tenant', () => {
  it('holds ~5,000 stores of Beijing and one user per role', async () => {
    const [{ n }] = (await t.ownerQuery<{ n: number }>(
      "select count(*)::int as n from lead l join tenant x on x.id = l.tenant_id where x.slug = 'demo'",
    )) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(5000);
    const token = await t.login('demo', 'admin', password);
    const users = await t.request('GET', '/api/v1/users?limit=50', { token });
    expect(new Set(users.body.items.map((u: { role: string }) => u.role)).size).toBe(8);
    expect(await seedDemo(t.app.deps)).toBeUndefined();
  });

  it('gives the BD stores in their private pool, some about to fall back, and a visit history', async () => {
    const token = await t.login('demo', 'bd', password);
    const mine = await t.request('GET', '/api/v1/leads?scope=mine&limit=100', { token });
    expect(mine.body.items.length).toBeGreaterThan(10);
    const privately = mine.body.items.filter((l: { status: string }) => l.status === 'private');
    expect(privately.length).toBeGreaterThan(10);
    expect(privately.every((l: { deadlineAt: string | null }) => l.deadlineAt !== null)).toBe(true);
    // Signed merchants leave the pool rules: no deadline.
    const signed = mine.body.items.filter((l: { status: string }) => l.status === 'signed');
    expect(signed).toHaveLength(4);
    expect(signed.every((l: { deadlineAt: string | null }) => l.deadlineAt === null)).toBe(true);
    const expiring = await t.request('GET', '/api/v1/pool/expiring?withinDays=3', { token });
    expect(expiring.body.items.length).toBeGreaterThan(0);
    const visits = await t.request('GET', '/api/v1/visits?limit=100', { token });
    expect(visits.body.items.length).toBeGreaterThan(20);
    expect(visits.body.items.every((v: { far: boolean }) => v.far === false)).toBe(true);
    const [recycled] = await t.ownerQuery<{ n: number }>(
      "select count(*)::int as n from lead_event where kind = 'recycled'",
    );
    expect(recycled!.n).toBeGreaterThan(0);
  });

  it('puts duplicates of real stores in the review queue', async () => {
    const token = await t.login('demo', 'reviewer', password);
    const queue = await t.request('GET', '/api/v1/review/leads', { token });
    const withDuplicates = queue.body.items.filter(
      (item: { duplicates: unknown[] }) => item.duplicates.length > 0,
    );
    expect(withDuplicates.length).toBeGreaterThanOrEqual(5);
  });

  it('shows the pipeline: opportunities, contracts, deals, handovers, to-dos, a price gap and a KPI', async () => {
    const byStatus = async (sql: string) =>
      Object.fromEntries(
        (await t.ownerQuery<{ k: string; n: number }>(sql)).map(({ k, n }) => [k, n]),
      ) as Record<string, number>;
    const inDemo = "join tenant x on x.id = r.tenant_id and x.slug = 'demo'";
    const stages = await byStatus(
      `select stage_key as k, count(*)::int as n from opportunity r ${inDemo} group by 1`,
    );
    for (const stage of ['initial_contact', 'needs_confirmed', 'proposal', 'negotiation', 'won'])
      expect(stages[stage], stage).toBeGreaterThan(0);
    const contracts = await byStatus(
      `select status as k, count(*)::int as n from contract r ${inDemo} group by 1`,
    );
    expect(contracts).toEqual({ active: 3, signed: 1, pending_approval: 1, draft: 1 });
    const deals = await byStatus(`select status as k, count(*)::int as n from deal r ${inDemo} group by 1`);
    expect(deals).toEqual({ online: 2, offline: 1, pending_audit: 1, draft: 1 });
    const [sold] = await t.ownerQuery<{ n: number }>(
      `select count(*)::int as n from deal r ${inDemo} where sales_count > 0`,
    );
    expect(sold!.n).toBe(3);

    const ops = await t.login('demo', 'ops', password);
    const portfolio = await t.request('GET', '/api/v1/ops/portfolio?limit=50', { token: ops });
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.items).toHaveLength(2);
    const todo = await t.request('GET', '/api/v1/tasks?limit=50', { token: ops });
    expect(todo.body.items.filter((task: { kind: string }) => task.kind === 'renewal')).toHaveLength(1);
    const bd = await t.login('demo', 'bd', password);
    const bdTasks = await t.request('GET', '/api/v1/tasks?limit=50', { token: bd });
    expect(
      bdTasks.body.items.filter((task: { status: string }) => task.status === 'open').length,
    ).toBeGreaterThanOrEqual(2);
    const bdm = await t.login('demo', 'bdm', password);
    const approvals = await t.request('GET', '/api/v1/approvals?mine=pending', { token: bdm });
    expect(approvals.status).toBe(200);
    expect(approvals.body.items).toHaveLength(1);

    const hq = await t.login('demo', 'hq', password);
    const gaps = await t.request('GET', '/api/v1/competitors/price-gaps?limit=10', { token: hq });
    expect(gaps.body.items.length).toBeGreaterThan(0);
    const kpis = await t.request('GET', '/api/v1/kpi/definitions', { token: hq });
    expect(kpis.body.items.map((k: { role: string }) => k.role)).toEqual(['bd']);
  });

  it('finds the real stores near 公主坟 by distance', async () => {
    const token = await t.login('demo', 'bd', password);
    const near = await t.request(
      'GET',
      '/api/v1/leads/nearby?lat=39.9105&lng=116.3035&radius=1500&limit=50',
      { token },
    );
    expect(near.body.items.length).toBe(50);
    const distances = near.body.items.map((l: { distanceM: number }) => l.distanceM);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
