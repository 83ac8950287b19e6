import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_CRON, ANALYTICS_QUEUE } from '../src/jobs/analytics.ts';
import { NIGHTLY_TAGS_CRON, NIGHTLY_TAGS_QUEUE } from '../src/jobs/competitors.ts';
import { CONTRACT_JOBS_CRON, CONTRACT_JOBS_QUEUE } from '../src/jobs/contract-lifecycle.ts';
import { DEAL_EXPIRY_CRON, DEAL_EXPIRY_QUEUE } from '../src/jobs/deal-expiry.ts';
import { SWEEP_CRON, SWEEP_QUEUE } from '../src/jobs/runner.ts';
import { WEBHOOK_DISPATCH_CRON, WEBHOOK_DISPATCH_QUEUE } from '../src/jobs/webhooks.ts';
import { INQUIRY_LIMIT } from '../src/modules/inquiries/routes.ts';
import { claimedLead, signedMerchant } from './contracts-fixtures.ts';
import { dealBody, signedLead } from './deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from './harness.ts';
import { setPoolRules } from './leads-fixtures.ts';
import { call, type ServerProcess, startServer } from './processes.ts';

// Two real server processes, both running the background workers and schedules, on one database.

let t: TestContext;
let tenant: TestTenant;
let servers: ServerProcess[] = [];

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant);
  servers = await Promise.all([startServer(t.url), startServer(t.url)]);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await t.close();
});

const SCHEDULES: Record<string, string> = {
  [SWEEP_QUEUE]: SWEEP_CRON,
  [DEAL_EXPIRY_QUEUE]: DEAL_EXPIRY_CRON,
  [CONTRACT_JOBS_QUEUE]: CONTRACT_JOBS_CRON,
  [ANALYTICS_QUEUE]: ANALYTICS_CRON,
  [NIGHTLY_TAGS_QUEUE]: NIGHTLY_TAGS_CRON,
  [WEBHOOK_DISPATCH_QUEUE]: WEBHOOK_DISPATCH_CRON,
};

/** An online deal whose last valid day is the in-process clock's day (2026-11-25), long past for the servers. */
async function dealEndingOnTheTestDay() {
  const lead = await signedLead(t, tenant);
  const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });
  const { body: deal } = await post(
    `/api/v1/leads/${lead.id}/deals`,
    tenant.tokens.bd,
    dealBody(t, { validTo: '2026-11-25' }),
  );
  await post(`/api/v1/deals/${deal.id}/submit`, tenant.tokens.bd);
  expect((await post(`/api/v1/deals/${deal.id}/approve`, tenant.tokens.reviewer)).body.status).toBe('online');
  return deal.id as string;
}

describe('two instances on one database', () => {
  it('register each schedule once and both answer /readyz', async () => {
    const schedules = await t.ownerQuery<{ name: string; cron: string }>(
      'select name, cron from pgboss.schedule order by name',
    );
    expect(Object.fromEntries(schedules.map((s) => [s.name, s.cron]))).toEqual(
      expect.objectContaining(SCHEDULES),
    );
    expect(schedules).toHaveLength(Object.keys(SCHEDULES).length);
    for (const server of servers) expect((await call(server.base, 'GET', '/readyz')).status).toBe(200);
  });

  it('run every scheduled job once per slot: pool sweep, deal expiry, contract lifecycle and renewals', async () => {
    // Work that is due for the servers' real clock (the in-process clock is a day behind).
    const leads = [await claimedLead(t, tenant, 'bd'), await claimedLead(t, tenant, 'bd_b')];
    await t.ownerQuery(
      `update lead_state set deadline_at = now() - interval '1 minute' where tenant_id = $1 and status = 'private'`,
      [tenant.id],
    );
    const dealId = await dealEndingOnTheTestDay();
    const { contract } = await signedMerchant(t, tenant, { startOn: '2026-11-26', endOn: '2026-12-15' });
    expect(contract.status).toBe('signed');
    // One minute slot for the whole check: a run straddling two minutes would rightly run twice.
    const second = (await t.ownerQuery<{ s: number }>('select extract(second from now())::float as s'))[0]!.s;
    if (second > 40) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
    const since = (await t.ownerQuery<{ at: Date }>('select now() as at'))[0]!.at;

    // Each slot fires on every instance's clock (here: every minute, checked every second by two
    // more timekeepers besides the servers' own); pg-boss turns that into one job per queue.
    const timekeepers = [0, 1].map(
      () =>
        new PgBoss({
          connectionString: t.url,
          schema: 'pgboss',
          supervise: false,
          schedule: true,
          cronMonitorIntervalSeconds: 1,
          cronWorkerIntervalSeconds: 1,
          max: 2,
        }),
    );
    try {
      for (const boss of timekeepers) await boss.start();
      for (const name of Object.keys(SCHEDULES)) {
        await timekeepers[0]!.schedule(name, '* * * * *', {}, { tz: 'UTC' });
      }
      const runs = async () =>
        t.ownerQuery<{ name: string; state: string; slot: string; n: number }>(
          `select name, state, date_trunc('minute', created_on)::text as slot, count(*)::int as n
             from pgboss.job where name = any($1::text[]) and created_on >= $2
            group by 1, 2, 3 order by 1`,
          [Object.keys(SCHEDULES), since],
        );
      const until = Date.now() + 30_000;
      for (;;) {
        const done = (await runs()).filter((r) => r.state === 'completed');
        if (new Set(done.map((r) => r.name)).size === Object.keys(SCHEDULES).length) break;
        if (Date.now() > until) throw new Error(`not every job ran: ${JSON.stringify(await runs())}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      for (const [name, cron] of Object.entries(SCHEDULES)) {
        await timekeepers[0]!.schedule(name, cron, {}, { tz: 'UTC' });
      }
      // Time for a second copy to show up, had any instance sent one.
      await new Promise((r) => setTimeout(r, 2_500));
      const perSlot = await runs();
      for (const row of perSlot) expect(row, JSON.stringify(perSlot)).toMatchObject({ n: 1 });
      expect(perSlot.every((r) => r.state === 'completed')).toBe(true);
    } finally {
      for (const boss of timekeepers) await boss.stop({ graceful: false, wait: true });
    }

    const recycled = await t.ownerQuery<{ lead_id: string; n: number }>(
      `select lead_id::text, count(*)::int as n from lead_event
        where tenant_id = $1 and kind = 'recycled' group by lead_id order by lead_id`,
      [tenant.id],
    );
    expect(recycled).toEqual(leads.map((l) => ({ lead_id: l.id, n: 1 })));
    const dealHistory = await t.ownerQuery<{ n: number }>(
      `select count(*)::int as n from deal_audit where tenant_id = $1 and deal_id = $2 and action = 'expired'`,
      [tenant.id, dealId],
    );
    expect(dealHistory).toEqual([{ n: 1 }]);
    const contractEvents = await t.ownerQuery<{ to_status: string; n: number }>(
      `select to_status, count(*)::int as n from contract_event
        where tenant_id = $1 and contract_id = $2 and to_status = 'active' group by 1`,
      [tenant.id, contract.id],
    );
    expect(contractEvents).toEqual([{ to_status: 'active', n: 1 }]);
    const renewals = await t.ownerQuery<{ n: number }>(
      `select count(*)::int as n from task where tenant_id = $1 and kind = 'renewal'`,
      [tenant.id],
    );
    expect(renewals).toEqual([{ n: 1 }]);
  }, 120_000);

  it('hold one rate limit for inquiries spread over both instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < INQUIRY_LIMIT.max + 3; i++) {
      const reply = await call(servers[i % 2]!.base, 'POST', `/api/v1/public/${tenant.slug}/inquiries`, {
        body: {
          storeName: `两实例询盘${i}号店`,
          contactName: '王老板',
          phone: '13900002222',
          cityName: '北京',
          message: '请联系我',
        },
      });
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([...Array(INQUIRY_LIMIT.max).fill(201), 429, 429, 429]);
  });
});
