import { SWEEP_BATCH } from '../../../server/src/modules/pool/sweep.ts';
import { call } from '../http.ts';
import { median, shuffle } from '../stats.ts';
import { type Context, check, fmt, type Outcome } from './context.ts';

interface Run {
  recycled: number;
  seconds: number;
  bareRows: number;
  bareSeconds: number;
  stillPrivate: number;
  quotaMismatches: number;
  events: number;
}

/**
 * Pushes the deadlines of N private leads into the past (as if time had passed), then asks the
 * server to sweep, and times one bare UPDATE of the same rows in a plain copy of the state table
 * (its columns and indexes; the lead's search indexes live on `lead` and neither side touches
 * them). Afterwards the leads, counters and history are put back.
 */
async function sweepOnce(ctx: Context, leadIds: string[], adminToken: string): Promise<Run> {
  const { world } = ctx;
  const t = world.tenantId;
  const q = (text: string, params: unknown[] = []) => ctx.owner.query(text, params);
  await q('drop table if exists bench_sweep_saved, bench_bare_state');
  await q(
    'create table bench_sweep_saved as select * from lead_state where tenant_id = $1 and lead_id = any($2::bigint[])',
    [t, leadIds],
  );
  await q(
    `update lead_state set deadline_at = now() - interval '1 minute' - random() * interval '3 days'
      where tenant_id = $1 and lead_id = any($2::bigint[])`,
    [t, leadIds],
  );
  // lead_state's own shape and indexes, no history, no counters, no policies, no triggers.
  await q('create table bench_bare_state (like lead_state including defaults including indexes)');
  await q('insert into bench_bare_state select * from lead_state where tenant_id = $1', [t]);
  await q('vacuum analyze lead_state, bench_bare_state');

  const since = new Date();
  const started = performance.now();
  const reply = await call(ctx.server.base, 'POST', '/api/v1/pool/sweep', { token: adminToken, body: {} });
  const seconds = (performance.now() - started) / 1000;
  if (reply.status !== 200) throw new Error(`sweep: ${reply.status} ${JSON.stringify(reply.body)}`);

  const bareStart = performance.now();
  const bare = await q(
    `update bench_bare_state set status = 'public', owner_id = null, claimed_at = null, last_visit_at = null,
            deadline_at = null, deadline_reason = null, extensions_used = 0, self_extensions_used = 0, updated_at = now()
      where tenant_id = $1 and status = 'private' and deadline_at <= now()`,
    [t],
  );
  const bareSeconds = (performance.now() - bareStart) / 1000;

  const stillPrivate = await q(
    `select count(*)::int as n from lead_state where tenant_id = $1 and lead_id = any($2::bigint[]) and (status <> 'public' or owner_id is not null)`,
    [t, leadIds],
  );
  const quotas = await q(
    `select count(*)::int as n from pool_quota q
      where q.tenant_id = $1 and q.private_count <> (select count(*) from lead_state s
            where s.tenant_id = q.tenant_id and s.owner_id = q.user_id and s.status = 'private')`,
    [t],
  );
  const events = await q(
    `select count(*)::int as n from lead_event where tenant_id = $1 and kind = 'recycled' and at >= $2 and lead_id = any($3::bigint[])`,
    [t, since, leadIds],
  );

  // Back as before: the saved state, the counters recounted, this run's history removed.
  await q(
    `update lead_state s set status = v.status, owner_id = v.owner_id, claimed_at = v.claimed_at,
            last_visit_at = v.last_visit_at, deadline_at = v.deadline_at, deadline_reason = v.deadline_reason,
            extensions_used = v.extensions_used, self_extensions_used = v.self_extensions_used, updated_at = v.updated_at
       from bench_sweep_saved v where s.tenant_id = v.tenant_id and s.lead_id = v.lead_id`,
  );
  await q(
    `update pool_quota q set private_count = (select count(*) from lead_state s
        where s.tenant_id = q.tenant_id and s.owner_id = q.user_id and s.status = 'private') where q.tenant_id = $1`,
    [t],
  );
  await q(`delete from lead_event where tenant_id = $1 and kind = 'recycled' and at >= $2`, [t, since]);
  await q('drop table bench_sweep_saved, bench_bare_state');
  await q('vacuum analyze lead_state, lead_event, pool_quota');
  return {
    recycled: reply.body.count,
    seconds,
    bareRows: bare.rowCount ?? 0,
    bareSeconds,
    stillPrivate: stillPrivate.rows[0].n,
    quotaMismatches: quotas.rows[0].n,
    events: events.rows[0].n,
  };
}

export async function sweepScenario(ctx: Context): Promise<Outcome> {
  const { plan, options } = ctx;
  const adminToken = await ctx.token('admin');
  const due: number[] = [];
  for (let k = 0; k < plan.count; k++) if (plan.status[k] === 1 && !plan.exempt[k]) due.push(k);
  const leadIds = shuffle(due, ctx.random)
    .slice(0, options.sweepLeads)
    .map((k) => String(plan.firstId + k));
  const runs: Run[] = [];
  for (let r = 0; r < options.runs; r++) runs.push(await sweepOnce(ctx, leadIds, adminToken));

  const rate = median(runs.map((r) => r.recycled / r.seconds));
  const bareRate = median(runs.map((r) => r.bareRows / r.bareSeconds));
  const slower = median(runs.map((r) => r.seconds / r.bareSeconds));
  const n = leadIds.length;
  return {
    rows: [
      {
        scenario: `sweep: ${fmt(n)} leads past their deadline`,
        groundwork: `${fmt(rate)} leads/s (${median(runs.map((r) => r.seconds)).toFixed(2)} s, HTTP POST /pool/sweep)`,
        limit: `bare UPDATE: ${fmt(bareRate)} rows/s (${median(runs.map((r) => r.bareSeconds)).toFixed(2)} s)`,
        ratio: `${slower.toFixed(1)}× the bare UPDATE's time`,
        target: '≥ 100,000/s and ≤ 2× the bare UPDATE',
        met: rate >= 100_000 && slower <= 2,
      },
    ],
    checks: [
      check(
        'sweep recycled exactly the leads past their deadline',
        runs.every((r) => r.recycled === n && r.bareRows === n),
        runs.map((r) => `${r.recycled}/${r.bareRows}`).join(', '),
      ),
      check(
        'sweep: all of them public, none owned',
        runs.every((r) => r.stillPrivate === 0),
        runs.map((r) => r.stillPrivate).join(', '),
      ),
      check(
        'sweep: counters equal holdings',
        runs.every((r) => r.quotaMismatches === 0),
        runs.map((r) => r.quotaMismatches).join(', '),
      ),
      check(
        'sweep: one recycled event per lead',
        runs.every((r) => r.events === n),
        runs.map((r) => r.events).join(', '),
      ),
    ],
    notes: [
      `sweep: the bare table is a copy of lead_state with the same indexes, so that finding and updating the rows costs both the same; the server also writes one history row per lead and gives the owners their places back, in batches of ${fmt(SWEEP_BATCH)}, each its own transaction under row-level security.`,
    ],
  };
}
