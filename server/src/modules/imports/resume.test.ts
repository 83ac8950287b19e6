import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { parseCsv, upload } from '../../../test/imports-fixtures.ts';
import { createPool } from '../../db/database.ts';
import { inTenant } from '../../db/tenant-tx.ts';
import { attachQueue } from '../../jobs/queue.ts';
import { processImport } from './process.ts';

let t: TestContext;
let tenant: TestTenant;
let pool: pg.Pool;
let dataDir: string;
const queued: Array<{ tenantId: string; jobId: string }> = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'gw-resume-'));
  t = await createTestContext({ GROUNDWORK_DATA: dataDir });
  // No workers: the test runs the job itself, as a worker would, and crashes it on purpose.
  attachQueue(t.app.deps, { sendImport: async (ref) => void queued.push(ref) });
  pool = createPool(t.url, { max: 2 });
  tenant = await t.createTenant('takeaway');
});
afterAll(async () => {
  await pool.end();
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

// 10 rows: every third has no name. Rows 2..11 of the sheet.
const csv = ['名称,电话,城市'].concat(
  Array.from(
    { length: 10 },
    (_, i) => `${i % 3 === 2 ? '' : `续传门店${i}号`},1380000${String(i).padStart(4, '0')},北京市`,
  ),
);

async function newJob(): Promise<string> {
  const reply = await upload(t, tenant.tokens.tenant_admin, { name: 'r.csv', content: csv.join('\n') });
  expect(reply.status).toBe(202);
  return reply.body.jobId;
}

const state = async (jobId: string) => {
  const [job] = await t.ownerQuery<any>(
    'select status, processed, succeeded, failed, total from job where id = $1',
    [jobId],
  );
  const leads = await t.ownerQuery<{ name: string }>(
    `select l.name from lead l join lead_event e on e.tenant_id = l.tenant_id and e.lead_id = l.id
     where e.detail->>'jobId' = $1 order by l.id`,
    [jobId],
  );
  return { job, names: leads.map((l) => l.name) };
};

describe('a crashed import resumes after its last committed chunk', () => {
  it('leaves whole chunks, then finishes without a duplicate row and with right counts', async () => {
    const jobId = await newJob();
    const crash = new Error('worker killed');
    await expect(
      processImport(
        t.app.deps,
        pool,
        { tenantId: tenant.id, jobId },
        {
          chunkSize: 3,
          afterChunk: (processed) => {
            if (processed === 6) throw crash;
          },
        },
      ),
    ).rejects.toBe(crash);
    const half = await state(jobId);
    expect(half.job).toMatchObject({ status: 'running', processed: 6, succeeded: 4, failed: 2, total: 10 });
    expect(half.names).toEqual(['续传门店0号', '续传门店1号', '续传门店3号', '续传门店4号']);

    expect(await processImport(t.app.deps, pool, { tenantId: tenant.id, jobId }, { chunkSize: 3 })).toBe(
      'done',
    );
    const done = await state(jobId);
    expect(done.job).toMatchObject({ status: 'done', processed: 10, succeeded: 7, failed: 3, total: 10 });
    expect(done.names).toEqual([0, 1, 3, 4, 6, 7, 9].map((i) => `续传门店${i}号`));
    // takeaway auto-approves: the leads are public in the default pool
    const statuses = await t.ownerQuery<{ status: string }>(
      `select distinct s.status from lead_state s join lead_event e on e.lead_id = s.lead_id where e.detail->>'jobId' = $1`,
      [jobId],
    );
    expect(statuses).toEqual([{ status: 'public' }]);

    const report = await t.request('GET', `/api/v1/jobs/${jobId}/errors`, {
      token: tenant.tokens.tenant_admin,
    });
    const rows = parseCsv(String(report.body).replace(/^\ufeff/, ''));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['4', '7', '10']);
    // A finished job is not run again.
    expect(await processImport(t.app.deps, pool, { tenantId: tenant.id, jobId })).toBe('skipped');
  });

  it('a crash after the report was written but before the commit leaves no line twice', async () => {
    const jobId = await newJob();
    // The database refuses the second chunk's commit: its report lines are already on disk.
    await t.ownerQuery(
      `create function gw_test_fail() returns trigger language plpgsql as $$
       begin if new.processed >= 6 then raise exception 'disk full'; end if; return new; end $$`,
    );
    await t.ownerQuery(
      'create trigger gw_test_fail before update of processed on job for each row execute function gw_test_fail()',
    );
    await expect(
      processImport(t.app.deps, pool, { tenantId: tenant.id, jobId }, { chunkSize: 3 }),
    ).rejects.toThrow(/disk full/);
    await t.ownerQuery('drop trigger gw_test_fail on job');
    expect((await state(jobId)).job).toMatchObject({ processed: 3, succeeded: 2, failed: 1 });
    expect(await processImport(t.app.deps, pool, { tenantId: tenant.id, jobId }, { chunkSize: 3 })).toBe(
      'done',
    );
    expect((await state(jobId)).names).toHaveLength(7);
    const report = await t.request('GET', `/api/v1/jobs/${jobId}/errors`, {
      token: tenant.tokens.tenant_admin,
    });
    const rows = parseCsv(String(report.body).replace(/^\ufeff/, ''));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['4', '7', '10']);
  });

  it('two workers on one job (a retry while the first still runs) never write a chunk twice', async () => {
    const jobId = await newJob();
    const ref = { tenantId: tenant.id, jobId };
    const outcomes = await Promise.all([
      processImport(t.app.deps, pool, ref, { chunkSize: 2 }),
      processImport(t.app.deps, pool, ref, { chunkSize: 2 }),
    ]);
    expect(outcomes).toContain('done');
    const done = await state(jobId);
    expect(done.job).toMatchObject({ status: 'done', processed: 10, succeeded: 7, failed: 3 });
    expect(done.names).toHaveLength(7);
    expect(new Set(done.names).size).toBe(7);
  });
});

describe("the candidate search that runs as the tables' owner", () => {
  it('refuses any tenant but the one bound to the transaction', async () => {
    const other = await t.createTenant('takeaway');
    await expect(
      inTenant(t.db, tenant.id, (trx) =>
        sql`select * from gw_import_candidates(${other.id}, 200, 10)`.execute(trx),
      ),
    ).rejects.toThrow(/not the tenant of this transaction/);
    await expect(
      t.db
        .transaction()
        .execute((trx) => sql`select * from gw_import_candidates(${other.id}, 200, 10)`.execute(trx)),
    ).rejects.toThrow(/not the tenant of this transaction/);
  });
});
