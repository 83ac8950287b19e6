import { createReadStream, openAsBlob } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { generateStores } from '../../../server/src/demo/stores.ts';
import { call, login } from '../http.ts';
import { createWorld, PASSWORD } from '../load/world.ts';
import { median } from '../stats.ts';
import { type Context, check, fmt, type Outcome } from './context.ts';

const SLUG = 'bench-import';
const HEADER = ['名称', '电话', '地址', '纬度', '经度', '城市', '品类'];

interface Job {
  status: string;
  processed: number;
  succeeded: number;
  failed: number;
  startedAt: string | null;
  finishedAt: string | null;
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A file as a chain's store list would come: Chinese headers, city by name, phones as listed. */
async function writeCsv(ctx: Context, file: string, rows: number): Promise<number> {
  const centres = ctx.world.cities.flatMap((c) => c.centres);
  const cityOf = new Map(ctx.world.cities.flatMap((c) => c.centres.map((centre) => [centre.name, c.name])));
  const lines: string[] = [HEADER.join(',')];
  for (const s of generateStores({ count: rows, seed: ctx.options.seed + 100, centres })) {
    const city = cityOf.get(String(s.attrs.businessArea))!;
    lines.push(
      [s.name, s.phone ?? '', s.address, String(s.lat), String(s.lng), city, s.category]
        .map(csvField)
        .join(','),
    );
  }
  await writeFile(file, `${lines.join('\n')}\n`);
  return (await stat(file)).size;
}

/** COPY of the same file into a table of plain columns: what PostgreSQL takes in at most. */
async function bareCopy(ctx: Context, file: string): Promise<{ rows: number; seconds: number }> {
  await ctx.owner.query('drop table if exists bench_import_bare');
  await ctx.owner.query(
    'create table bench_import_bare (name text, phone text, address text, lat float8, lng float8, city text, category text)',
  );
  const started = performance.now();
  const stream = ctx.owner.query(
    copyFrom('copy bench_import_bare from stdin with (format csv, header true)'),
  );
  await pipeline(createReadStream(file), stream as Writable);
  const seconds = (performance.now() - started) / 1000;
  const rows = Number((await ctx.owner.query('select count(*) from bench_import_bare')).rows[0].count);
  await ctx.owner.query('drop table bench_import_bare');
  return { rows, seconds };
}

/**
 * The whole path a user's file takes: upload (multipart) to the real server, the import job on
 * its pg-boss worker (chunks of 5,000: staged by COPY, checked, de-duplicated against the tenant
 * and the file so far, inserted with their pool state and history), until the job says done.
 */
export async function importScenario(ctx: Context): Promise<Outcome> {
  const rows = ctx.options.importRows;
  const file = path.join(ctx.workDir, 'import.csv');
  const bytes = await writeCsv(ctx, file, rows);
  const target = await createWorld(
    ctx.world.url,
    ctx.owner,
    ctx.world.cities.flatMap((c) => c.centres),
    ctx.world.cities.length,
    SLUG,
  );
  await target.db.destroy();

  const copies = [];
  for (let i = 0; i < ctx.options.runs; i++) copies.push(await bareCopy(ctx, file));
  const copySeconds = median(copies.map((c) => c.seconds));

  const token = await login(ctx.server.base, SLUG, 'admin', PASSWORD);
  const form = new FormData();
  form.append('file', await openAsBlob(file, { type: 'text/csv' }), 'stores.csv');
  const started = performance.now();
  const response = await fetch(`${ctx.server.base}/api/v1/leads/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const accepted = (await response.json()) as { jobId?: string };
  const uploaded = (performance.now() - started) / 1000;
  if (response.status !== 202 || !accepted.jobId)
    throw new Error(`import: ${response.status} ${JSON.stringify(accepted)}`);
  let job: Job;
  const budget = started + ctx.options.importBudget * 1000;
  for (;;) {
    const reply = await call(ctx.server.base, 'GET', `/api/v1/jobs/${accepted.jobId}`, { token });
    job = reply.body;
    if (job.status === 'done' || job.status === 'failed' || performance.now() > budget) break;
    await new Promise((r) => setTimeout(r, ctx.options.quick ? 100 : 1_000));
  }
  const seconds = (performance.now() - started) / 1000;
  const finished = job.status === 'done';
  const jobSeconds =
    job.startedAt && job.finishedAt
      ? (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000
      : Number.NaN;

  // One statement, one snapshot: a chunk commits its leads and the job's progress together.
  const counts = await ctx.owner.query<{ leads: number; states: number; links: number; succeeded: number }>(
    `select (select count(*)::int from lead where tenant_id = t.id) as leads,
            (select succeeded from job where tenant_id = t.id order by id desc limit 1) as succeeded,
            (select count(*)::int from lead_state where tenant_id = t.id) as states,
            (select count(*)::int from lead_duplicate where tenant_id = t.id) as links
       from tenant t where t.slug = $1`,
    [SLUG],
  );
  const { leads, states, links, succeeded } = counts.rows[0]!;
  const done = finished ? rows : succeeded;
  const rate = done / seconds;
  const copyRate = rows / copySeconds;
  const figure = finished
    ? `${fmt(rate)} rows/s (${seconds.toFixed(1)} s: upload ${uploaded.toFixed(1)} s, job ${jobSeconds.toFixed(1)} s)`
    : `not finished after ${ctx.options.importBudget} s: ${fmt(done)} of ${fmt(rows)} rows in, ${fmt(rate)} rows/s so far`;
  return {
    rows: [
      {
        scenario: `import ${fmt(rows)} leads from CSV (${(bytes / 2 ** 20).toFixed(0)} MB) through the import job, dedup on`,
        groundwork: figure,
        limit: `COPY of the same file into a bare table: ${fmt(copyRate)} rows/s (${copySeconds.toFixed(1)} s)`,
        ratio: `${(rate / copyRate).toFixed(3)} of COPY${finished ? '' : ' (so far)'}`,
        target: '≥ 0.25 of COPY',
        met: finished && rate / copyRate >= 0.25,
      },
    ],
    checks: [
      // The full run reports an import that outlasts its budget in the table; the smoke test must finish.
      ...(ctx.options.quick || finished
        ? [
            check(
              'import job finished',
              finished,
              `${job.status}, ${job.succeeded} imported, ${job.failed} refused`,
            ),
          ]
        : []),
      check(
        'import: every imported row is a lead with its pool state',
        leads === done && states === done,
        `${leads} leads, ${states} states, ${done} reported`,
      ),
      check(
        'import: COPY read every row',
        copies.every((c) => c.rows === rows),
        copies.map((c) => c.rows).join(', '),
      ),
    ],
    notes: [
      `import: into an empty tenant (\`${SLUG}\`, same cities); the job found ${fmt(links)} duplicate links; the server ran with GROUNDWORK_JOBS=true for this scenario only.`,
    ],
  };
}
