import { refreshRange, refreshRecent } from '../../../server/src/modules/analytics/service.ts';
import { addDays } from '../../../server/src/modules/ops/dates.ts';
import { localDay } from '../../../server/src/modules/pool/service.ts';
import { call } from '../http.ts';
import { loadPipeline } from '../load/pipeline.ts';
import { loadVisits } from '../load/visits.ts';
import { median, percentile } from '../stats.ts';
import { type Context, check, fmt, type Outcome, type Row } from './context.ts';
import { loadDeals } from './deals.ts';

const TZ = 'Asia/Shanghai';
const TARGET_MS = 500;

/**
 * The dashboards at a million leads and ten million visits: the visits are topped up set-based,
 * the daily rollup is backfilled (timed, like the cron's own refresh of the recent days), then
 * each scope's summary and breakdown is timed one request at a time over 30 and 90 days.
 */
export async function dashboardsScenario(ctx: Context): Promise<Outcome> {
  const { world, options, plan } = ctx;
  const total = options.quick ? 200_000 : 10_000_000;
  const loaded = await loadVisits(ctx.owner, world, plan, total);
  ctx.log(`visits: ${fmt(loaded.added)} added in ${loaded.seconds.toFixed(0)} s`);
  const existing = await ctx.owner.query('select 1 from deal where tenant_id = $1 limit 1', [world.tenantId]);
  if (existing.rowCount === 0) {
    const deals = await loadDeals(ctx);
    ctx.log(`${fmt(deals.count)} deals loaded in ${deals.seconds.toFixed(0)} s`);
  }
  const pipeline = await loadPipeline(ctx.owner, world, plan, options.quick ? 20_000 : 500_000);
  ctx.log(
    `pipeline: ${fmt(pipeline.signed)} leads signed, ${fmt(pipeline.deals)} deals spread over the year, ${fmt(pipeline.tasks)} to-dos added in ${pipeline.seconds.toFixed(0)} s`,
  );

  const today = localDay(new Date(), TZ);
  let t = performance.now();
  const backfill = await refreshRange(world.deps, world.tenantId, {
    fromDay: addDays(today, -365),
    toDay: today,
  });
  const backfillSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await refreshRecent(world.deps, world.tenantId);
  const recentMs = performance.now() - t;
  await ctx.owner.query('analyze analytics_daily');
  ctx.log(
    `rollup: ${fmt(backfill.rows)} rows in ${backfillSeconds.toFixed(0)} s; recent days ${recentMs.toFixed(0)} ms`,
  );

  const tokens = {
    tenant: await ctx.token('admin'),
    city: await ctx.token('cm1'),
    team: await ctx.token('tl1'),
    bd: await ctx.token(world.bds[0]!.username),
  };
  const samples = options.quick ? 3 : 20;
  const rows: Row[] = [];
  let errors = 0;
  let worst = 0;
  for (const days of [30, 90]) {
    const period = `from=${addDays(today, -(days - 1))}&to=${today}`;
    const probes: Array<[string, string, string]> = [
      ['tenant', 'summary', tokens.tenant],
      ['city', 'summary', tokens.city],
      ['team', 'summary', tokens.team],
      ['BD', 'summary', tokens.bd],
      ['tenant', 'breakdown', tokens.tenant],
      ['city', 'breakdown', tokens.city],
    ];
    for (const [scope, kind, token] of probes) {
      const times: number[] = [];
      for (let i = 0; i < samples + 1; i++) {
        const started = performance.now();
        const reply = await call(ctx.server.base, 'GET', `/api/v1/analytics/${kind}?${period}`, { token });
        if (i > 0) times.push(performance.now() - started);
        if (reply.status !== 200) errors++;
      }
      const p99 = percentile(times, 99);
      worst = Math.max(worst, p99);
      rows.push({
        scenario: `dashboard ${kind}, ${scope} scope, ${days} days (${samples} requests one at a time)`,
        groundwork: `p50 ${median(times).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
        limit: '—',
        ratio: '—',
        target: `< ${TARGET_MS} ms`,
        met: options.quick ? null : p99 < TARGET_MS,
      });
    }
  }

  // The tenant's visits of the last 30 days, counted straight from the visit table.
  const from = addDays(today, -29);
  const direct = await ctx.owner.query<{ n: number }>(
    `select count(*)::int as n from visit
      where tenant_id = $1 and (at at time zone '${TZ}')::date between $2::date and $3::date`,
    [world.tenantId, from, today],
  );
  const summary = await call(ctx.server.base, 'GET', `/api/v1/analytics/summary?from=${from}&to=${today}`, {
    token: tokens.tenant,
  });
  const shown = summary.body?.figures?.visits;
  // The snapshot and the live figures at this volume, against the tables themselves.
  const present = await ctx.owner.query<{ public: number; private: number; signed: number; due: number }>(
    `select (select count(*)::int from lead_state where tenant_id = $1 and status = 'public') as public,
            (select count(*)::int from lead_state where tenant_id = $1 and status = 'private') as private,
            (select count(*)::int from lead_state where tenant_id = $1 and status = 'signed') as signed,
            (select count(*)::int from task where tenant_id = $1
               and due_at >= ($2::date::timestamp at time zone '${TZ}')
               and due_at < (($3::date + 1)::timestamp at time zone '${TZ}')) as due`,
    [world.tenantId, from, today],
  );
  const expected = present.rows[0]!;
  const f = summary.body?.figures ?? {};
  const figuresMatch =
    f.publicPool === expected.public &&
    f.privateLeads === expected.private &&
    f.signedMerchants === expected.signed &&
    f.tasksDue === expected.due;
  return {
    rows,
    checks: [
      check('dashboards: no failed request', errors === 0, `${errors} failed`),
      check(
        'dashboards: the tenant’s 30-day visits equal a direct count',
        shown === direct.rows[0]!.n,
        `${shown} shown, ${direct.rows[0]!.n} counted`,
      ),
      check(
        'dashboards: the tenant’s public pool, private and signed leads and 30-day to-dos equal direct counts',
        figuresMatch,
        `shown ${f.publicPool}/${f.privateLeads}/${f.signedMerchants}/${f.tasksDue}, counted ${expected.public}/${expected.private}/${expected.signed}/${expected.due}`,
      ),
    ],
    notes: [
      `dashboards: ${fmt(pipeline.signed)} signed leads, ${fmt(pipeline.deals)} deals online over the year, ${fmt(pipeline.tasks)} to-dos.`,
      `dashboards: ${fmt(total)} visits (${fmt(loaded.added)} added in ${loaded.seconds.toFixed(0)} s, set-based); rollup backfill of 366 days ${backfillSeconds.toFixed(0)} s (${fmt(backfill.rows)} rows); the cron's refresh of the last 3 days ${recentMs.toFixed(0)} ms; slowest p99 ${worst.toFixed(0)} ms.`,
    ],
  };
}
