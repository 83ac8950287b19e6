import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWEEP_QUEUE } from '../src/jobs/runner.ts';
import { CHUNK_SIZE } from '../src/modules/imports/process.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from './harness.ts';
import { setPoolRules } from './leads-fixtures.ts';
import { multipartBody } from './multipart.ts';
import { loginTo, type ServerProcess, startServer } from './processes.ts';

// The server process killed outright (SIGKILL: no shutdown hook runs) in the middle of its two
// longest pieces of work, then started again on the same database and data folder.

const ROWS = 12_000;
/** Every 50th row has no name and is refused: the import has an error report to keep right too. */
const refused = (i: number) => i % 50 === 49;
const GOOD = ROWS - Array.from({ length: ROWS }, (_, i) => i).filter(refused).length;

let t: TestContext;
let tenant: TestTenant;
let dataDir: string;
let server: ServerProcess | undefined;
/** What the runs measured, for docs/benchmarks.md; printed at the end. */
const measured: Record<string, unknown> = {};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-crash-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant);
});
afterAll(async () => {
  await server?.stop();
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
  console.info(`crash measurements: ${JSON.stringify(measured)}`);
});

const start = () => startServer(t.url, { GROUNDWORK_DATA: dataDir });

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 20) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const one = async <T>(text: string, params: unknown[] = []) => (await t.ownerQuery<T>(text, params))[0]!;

async function importState(jobId: string) {
  const job = await one<{ status: string; processed: number; succeeded: number; failed: number }>(
    'select status, processed, succeeded, failed from job where id = $1',
    [jobId],
  );
  const leads = await one<{ n: number; names: number }>(
    `select count(*)::int as n, count(distinct name)::int as names from lead
      where tenant_id = $1 and name like '断电导入%'`,
    [tenant.id],
  );
  const events = await one<{ n: number }>(
    `select count(*)::int as n from lead_event where tenant_id = $1 and kind = 'created' and detail->>'jobId' = $2`,
    [tenant.id, jobId],
  );
  const chunks = await one<{ n: number }>(
    `select count(*)::int as n from audit_log where tenant_id = $1 and action = 'lead.imported' and object_id = $2`,
    [tenant.id, jobId],
  );
  return { job, leads: leads.n, distinctNames: leads.names, events: events.n, chunks: chunks.n };
}

async function sweepState() {
  return one<{
    public: number;
    private: number;
    recycled: number;
    leads_recycled: number;
    quota: number;
    held: number;
  }>(
    `select
       (select count(*)::int from lead_state where tenant_id = $1 and status = 'public') as public,
       (select count(*)::int from lead_state where tenant_id = $1 and status = 'private') as private,
       (select count(*)::int from lead_event where tenant_id = $1 and kind = 'recycled') as recycled,
       (select count(distinct lead_id)::int from lead_event where tenant_id = $1 and kind = 'recycled') as leads_recycled,
       (select coalesce(sum(private_count), 0)::int from pool_quota where tenant_id = $1) as quota,
       (select count(*)::int from lead_state where tenant_id = $1 and status = 'public'
          and lead_id not in (select lead_id from lead_event where tenant_id = $1 and kind = 'recycled')) as held`,
    [tenant.id],
  );
}

describe('a server killed mid-work', () => {
  it('leaves an import with whole chunks only, and resumes it after the restart to the same end', async () => {
    const began = performance.now();
    server = await start();
    measured.firstStartMs = Math.round(performance.now() - began);
    const lines = ['名称,电话,城市'];
    for (let i = 0; i < ROWS; i++) {
      lines.push(`${refused(i) ? '' : `断电导入${i}号店`},139${String(i).padStart(8, '0')},北京市`);
    }
    const { payload, headers } = multipartBody([
      { name: 'file', filename: 'big.csv', content: Buffer.from(lines.join('\n')) },
    ]);
    const token = await loginTo(server.base, tenant.slug, 'admin', PASSWORD);
    const reply = await fetch(`${server.base}/api/v1/leads/import`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${token}` },
      body: new Uint8Array(payload),
    });
    expect(reply.status).toBe(202);
    const { jobId } = (await reply.json()) as { jobId: string };

    // Killed once the first chunk is in, while the second is being written.
    const startedAt = performance.now();
    await until('a committed chunk', async () => {
      const { processed } = await one<{ processed: number }>('select processed from job where id = $1', [
        jobId,
      ]);
      return processed >= CHUNK_SIZE ? processed : undefined;
    });
    await server.kill();
    const killedAfterMs = Math.round(performance.now() - startedAt);

    const after = await importState(jobId);
    expect(after.job.status).toBe('running');
    expect(after.job.processed).toBeLessThan(ROWS);
    expect(after.job.processed % CHUNK_SIZE).toBe(0);
    expect(after.job.succeeded + after.job.failed).toBe(after.job.processed);
    // Exactly the rows of the committed chunks: every lead with its history, none of the chunk in hand.
    expect(after.leads).toBe(after.job.succeeded);
    expect(after.events).toBe(after.job.succeeded);
    expect(after.distinctNames).toBe(after.leads);
    expect(after.chunks).toBe(after.job.processed / CHUNK_SIZE);

    const restartedAt = performance.now();
    server = await start();
    const readyMs = Math.round(performance.now() - restartedAt);
    await until(
      'the import to finish',
      async () => ((await importState(jobId)).job.status === 'done' ? true : undefined),
      60_000,
      200,
    );
    const doneMs = Math.round(performance.now() - restartedAt);

    const final = await importState(jobId);
    // The same end as an uninterrupted run: every good row once, every refused row reported.
    expect(final.job).toEqual({ status: 'done', processed: ROWS, succeeded: GOOD, failed: ROWS - GOOD });
    expect(final.leads).toBe(GOOD);
    expect(final.distinctNames).toBe(GOOD);
    expect(final.events).toBe(GOOD);
    expect(final.chunks).toBe(Math.ceil(ROWS / CHUNK_SIZE));
    const report = await fetch(`${server.base}/api/v1/jobs/${jobId}/errors`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const reportLines = (await report.text()).trim().split('\n');
    expect(reportLines).toHaveLength(1 + ROWS - GOOD);
    const queueJob = await one<{ state: string; retry_count: number }>(
      `select state, retry_count from pgboss.job where name = 'lead-import' and data->>'jobId' = $1`,
      [jobId],
    );
    expect(queueJob).toEqual({ state: 'completed', retry_count: 1 });
    measured.import = {
      rows: ROWS,
      killedAfterMs,
      committedAtKill: after.job.processed,
      leadsAtKill: after.leads,
      restartReadyMs: readyMs,
      finishedAfterRestartMs: doneMs,
    };
  }, 180_000);

  it('leaves a pool sweep batch all done or not at all; the orphaned job fails cleanly and a new run finishes it', async () => {
    // The imported stores, all held by two reps and overdue.
    const held = await t.ownerQuery<{ lead_id: string }>(
      `update lead_state s set status = 'private',
              owner_id = case when s.lead_id % 2 = 0 then $2::bigint else $3::bigint end,
              claimed_at = now() - interval '20 days',
              deadline_at = now() - interval '1 minute' - (s.lead_id % 1000) * interval '1 second',
              deadline_reason = 'no_visit'
        where s.tenant_id = $1 and s.status = 'public' returning s.lead_id`,
      [tenant.id, tenant.userIds.bd, tenant.userIds.bd_b],
    );
    const due = held.length;
    expect(due).toBeGreaterThan(10_000);
    await t.ownerQuery(
      `insert into pool_quota (tenant_id, user_id, private_count)
       select $1, owner_id, count(*) from lead_state where tenant_id = $1 and status = 'private' group by owner_id
       on conflict (tenant_id, user_id) do update set private_count = excluded.private_count`,
      [tenant.id],
    );
    await t.ownerQuery('analyze lead_state');
    const before = await sweepState();

    const boss = new PgBoss({
      connectionString: t.url,
      schema: 'pgboss',
      supervise: false,
      schedule: false,
      max: 1,
    });
    await boss.start();
    try {
      // As the cron would: a sweep job, which the instance's worker takes.
      const first = (await boss.send(SWEEP_QUEUE, {}))!;
      const startedAt = performance.now();
      // Killed while the batch statement runs in the database: its transaction never commits.
      await until('the sweep batch to run', async () => {
        const running = await t.ownerQuery(
          `select 1 from pg_stat_activity where datname = current_database() and state = 'active'
              and query like '%with due as%' and pid <> pg_backend_pid()`,
        );
        return running.length > 0 ? true : undefined;
      });
      await server!.kill();
      const killedAfterMs = Math.round(performance.now() - startedAt);
      // The database finishes the statement, then finds the client gone and rolls back.
      await until(
        'the orphaned statement to end',
        async () => {
          const running = await t.ownerQuery(
            `select 1 from pg_stat_activity where datname = current_database() and query like '%with due as%'
                and pid <> pg_backend_pid()`,
          );
          return running.length === 0 ? true : undefined;
        },
        30_000,
        50,
      );

      const after = await sweepState();
      // All or nothing: no lead back in the pool without its history entry and its quota place.
      expect(after.held).toBe(0);
      expect(after.public).toBe(after.recycled);
      expect(after.leads_recycled).toBe(after.recycled);
      expect(after.private).toBe(due - after.recycled);
      expect(after.quota).toBe(after.private);
      expect([0, due]).toContain(after.recycled);
      expect(before).toMatchObject({ private: due, recycled: 0, quota: due });
      expect((await boss.getJobById(SWEEP_QUEUE, first))?.state).toBe('active');

      const restartedAt = performance.now();
      server = await start();
      // The job the dead process held is failed (not left active for half an hour, blocking the queue) …
      const failed = await until(
        'the orphaned sweep to be failed',
        async () => {
          const job = await boss.getJobById(SWEEP_QUEUE, first);
          return job?.state === 'failed' ? job : undefined;
        },
        60_000,
        200,
      );
      expect(failed.output).toMatchObject({ message: expect.stringContaining('stopped') });
      const orphanFailedMs = Math.round(performance.now() - restartedAt);
      // … and the next run (the next slot of the schedule) does the work.
      const second = (await boss.send(SWEEP_QUEUE, {}))!;
      expect(second).toBeTruthy();
      await until(
        'the second sweep',
        async () => ((await boss.getJobById(SWEEP_QUEUE, second))?.state === 'completed' ? true : undefined),
        60_000,
        100,
      );
      const finishedMs = Math.round(performance.now() - restartedAt);
      // The same end as an uninterrupted sweep: every lead back once, every place given back.
      expect(await sweepState()).toEqual({
        public: due,
        private: 0,
        recycled: due,
        leads_recycled: due,
        quota: 0,
        held: 0,
      });
      const timing = await one<{ waited: number; ran: number }>(
        `select round(extract(epoch from started_on - created_on) * 1000)::int as waited,
                round(extract(epoch from completed_on - started_on) * 1000)::int as ran
           from pgboss.job where id = $1`,
        [second],
      );
      measured.sweep = {
        secondRun: timing,
        due,
        killedAfterMs,
        recycledAtKill: after.recycled,
        orphanFailedAfterRestartMs: orphanFailedMs,
        finishedAfterRestartMs: finishedMs,
      };
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }, 180_000);
});
