import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../test/harness.ts';
import { publicLead, setPoolRules } from '../../test/leads-fixtures.ts';
import { DAY } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { ANALYTICS_QUEUE } from './analytics.ts';
import { CONTRACT_JOBS_CRON, CONTRACT_JOBS_QUEUE } from './contract-lifecycle.ts';
import { DEAL_EXPIRY_CRON, DEAL_EXPIRY_QUEUE } from './deal-expiry.ts';
import { queueOf } from './queue.ts';
import { SWEEP_CRON, SWEEP_QUEUE, startJobRunner } from './runner.ts';
import { sweepAllTenants } from './sweep.ts';

let t: TestContext;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createTenant('takeaway');
  b = await t.createTenant('takeaway');
  await setPoolRules(t, a);
  await setPoolRules(t, b);
});
afterAll(() => t.close());

/** A lead the tenant's BD claimed now: it falls back after the 15 days without a visit. */
async function claimedLead(tenant: TestTenant) {
  const lead = await publicLead(t, tenant);
  const token = await t.login(tenant.slug, 'bd');
  expect((await t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token })).status).toBe(200);
  return lead.id;
}

const statusOf = async (tenant: TestTenant, id: string) =>
  (
    await t.ownerQuery<{ status: string }>(
      'select status from lead_state where tenant_id = $1 and lead_id = $2',
      [tenant.id, id],
    )
  )[0]!.status;

describe('the scheduled pool sweep', () => {
  it('recycles the overdue private leads of every active tenant', async () => {
    const leadA = await claimedLead(a);
    const leadB = await claimedLead(b);
    expect(await sweepAllTenants(t.app.deps)).toMatchObject({ recycled: 0, failed: 0 });
    t.clock.advance(16 * DAY);
    const result = await sweepAllTenants(t.app.deps);
    expect(result).toMatchObject({ recycled: 2, failed: 0 });
    expect(result.tenants).toBeGreaterThanOrEqual(2);
    expect(await statusOf(a, leadA)).toBe('public');
    expect(await statusOf(b, leadB)).toBe('public');
    const events = await t.ownerQuery<{ tenant_id: string; actor_name: string }>(
      `select tenant_id::text, actor_name from lead_event where kind = 'recycled' order by tenant_id`,
    );
    expect(events).toEqual([
      { tenant_id: a.id, actor_name: 'pool-sweep' },
      { tenant_id: b.id, actor_name: 'pool-sweep' },
    ]);
  });

  it('runs from the queue every 5 minutes, one at a time; GROUNDWORK_JOBS=false only queues', async () => {
    expect(loadConfig({ GROUNDWORK_JOBS: 'false' }).jobs).toBe(false);
    expect(loadConfig({}).jobs).toBe(true);

    const sender = await startJobRunner(t.app.deps, { connectionString: t.url, workers: false });
    expect(await sender.boss.getSchedules()).toEqual([]);
    expect(queueOf(t.app.deps)).toBeDefined();
    await sender.stop();
    expect(queueOf(t.app.deps)).toBeUndefined();

    const runner = await startJobRunner(t.app.deps, {
      connectionString: t.url,
      workers: true,
      pollingIntervalSeconds: 0.5,
    });
    try {
      expect(await runner.boss.getSchedules()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: SWEEP_QUEUE, cron: SWEEP_CRON }),
          expect.objectContaining({ name: DEAL_EXPIRY_QUEUE, cron: DEAL_EXPIRY_CRON }),
          expect.objectContaining({ name: CONTRACT_JOBS_QUEUE, cron: CONTRACT_JOBS_CRON }),
        ]),
      );
      expect((await runner.boss.getQueue(SWEEP_QUEUE))?.policy).toBe('stately');
      // What the cron sends, a worker runs: an overdue lead falls back.
      const lead = await claimedLead(a);
      t.clock.advance(16 * DAY);
      await runner.boss.send(SWEEP_QUEUE, {});
      const until = Date.now() + 15_000;
      while ((await statusOf(a, lead)) !== 'public') {
        if (Date.now() > until) throw new Error('the sweep job did not run');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await runner.stop();
    }
  });
});

describe('several instances starting at once', () => {
  it('set up the queues of a fresh database without deadlocking each other', async () => {
    const fresh = await createTestContext();
    try {
      const started = await Promise.allSettled(
        [0, 1, 2].map(() =>
          startJobRunner(fresh.app.deps, {
            connectionString: fresh.url,
            workers: true,
            pollingIntervalSeconds: 0.5,
          }),
        ),
      );
      for (const one of started) if (one.status === 'fulfilled') await one.value.stop();
      expect(started.map((one) => (one.status === 'rejected' ? String(one.reason) : 'started'))).toEqual([
        'started',
        'started',
        'started',
      ]);
    } finally {
      await fresh.close();
    }
  });
});

describe('a scheduled run whose instance died', () => {
  it('is failed within seconds by its missing lease, so that the next run is not held behind it', async () => {
    // An instance took an analytics run and died: the job is active and nobody holds its lease.
    const dead = await startJobRunner(t.app.deps, { connectionString: t.url, workers: false });
    const orphan = (await dead.boss.send(ANALYTICS_QUEUE, {}))!;
    const taken = await dead.boss.fetch(ANALYTICS_QUEUE);
    expect(taken.map((job) => job.id)).toEqual([orphan]);
    await dead.stop();

    const runner = await startJobRunner(t.app.deps, {
      connectionString: t.url,
      workers: true,
      pollingIntervalSeconds: 0.5,
      orphanCheckSeconds: 1,
    });
    const stateOf = async (id: string) => (await runner.boss.getJobById(ANALYTICS_QUEUE, id))?.state;
    const waitFor = async (id: string, state: string, what: string) => {
      const until = Date.now() + 20_000;
      while ((await stateOf(id)) !== state) {
        if (Date.now() > until) throw new Error(`${what}: still ${await stateOf(id)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    try {
      // Stately: while the orphan is active, a new run could only wait (for the hour of its expiry).
      const next = (await runner.boss.send(ANALYTICS_QUEUE, {}))!;
      await waitFor(orphan, 'failed', 'the orphaned run');
      await waitFor(next, 'completed', 'the next run');
      const refreshed = await t.ownerQuery('select 1 from analytics_state where tenant_id = $1', [a.id]);
      expect(refreshed).toHaveLength(1);
    } finally {
      await runner.stop();
    }
  }, 60_000);
});
