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
    expect(mine.body.items.every((l: { deadlineAt: string | null }) => l.deadlineAt !== null)).toBe(true);
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
