import os from 'node:os';
import { call, type LoadResult, loadTest } from '../http.ts';
import { type PgbenchResult, pgbench } from '../pgbench.ts';
import { median, percentile } from '../stats.ts';
import type { Context } from './context.ts';

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** Failed requests or transactions over all runs: any is a failed check. */
  errors: number;
  runs: number;
  /** Measured one request at a time (a load test would only have queued for minutes). */
  sequential: boolean;
}

const SEQUENTIAL_REQUESTS = 5;

function medians(results: Array<{ rps: number; p50: number; p99: number }>, errors: number): Figures {
  return {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    errors,
    runs: results.length,
    sequential: false,
  };
}

/** Waits until the bench database has no statement running but ours: runs must not overlap. */
export async function waitIdle(ctx: Context): Promise<void> {
  const until = Date.now() + 300_000;
  while (Date.now() < until) {
    const busy = await ctx.owner.query(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    if (busy.rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The latency of a few requests sent one at a time, in ms; decides between a load test and timing one by one. */
async function sequential(ctx: Context, mix: Array<{ path: string; token: string }>, count: number) {
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const item = mix[i % mix.length]!;
    const t = performance.now();
    const reply = await call(ctx.server.base, 'GET', item.path, { token: item.token });
    times.push(performance.now() - t);
    if (reply.status !== 200) errors++;
  }
  return { times, errors };
}

/**
 * A warm-up run, then `runs` measured runs of the same mix; the medians. A load test only counts
 * the requests that finish within the run: when one request alone, queued behind the others
 * (latency × connections / cores), would take more than a quarter of the run, the figures would
 * be those of the lucky few, so a few requests are timed one by one instead (and said so).
 */
export async function measureHttp(
  ctx: Context,
  mix: Array<{ path: string; token: string }>,
  connections: number,
): Promise<Figures> {
  const probe = await sequential(ctx, mix, 3);
  const queued = (median(probe.times) * connections) / os.cpus().length;
  if (queued > (ctx.options.duration * 1000) / 4) {
    const { times, errors } = await sequential(ctx, mix, SEQUENTIAL_REQUESTS);
    const p50 = median(times);
    return { rps: 1000 / p50, p50, p99: percentile(times, 99), errors, runs: 1, sequential: true };
  }
  await loadTest(ctx.server.base, mix, { connections, seconds: ctx.options.warmup });
  await waitIdle(ctx);
  const results: LoadResult[] = [];
  for (let i = 0; i < ctx.options.runs; i++) {
    results.push(await loadTest(ctx.server.base, mix, { connections, seconds: ctx.options.duration }));
    await waitIdle(ctx);
  }
  return medians(
    results,
    results.reduce((sum, r) => sum + r.errors, 0),
  );
}

/**
 * The same for pgbench over scripts; `tenant` binds the tenant at connection start-up. `sequential`
 * matches an HTTP side that had to be timed one request at a time.
 */
export async function measurePgbench(
  ctx: Context,
  scripts: string[],
  clients: number,
  tenant: string | null,
  sequentially = false,
): Promise<Figures> {
  const pgOptions = `-c role=groundwork_app${tenant ? ` -c app.tenant_id=${tenant}` : ''}`;
  const common = { workDir: ctx.workDir, pgOptions };
  if (sequentially) {
    const r = await pgbench(ctx.world.url, scripts, {
      ...common,
      clients: 1,
      transactions: SEQUENTIAL_REQUESTS,
    });
    return { rps: r.tps, p50: r.p50, p99: r.p99, errors: r.failed, runs: 1, sequential: true };
  }
  const go = (seconds: number) => pgbench(ctx.world.url, scripts, { ...common, clients, seconds });
  await go(ctx.options.warmup);
  const results: PgbenchResult[] = [];
  for (let i = 0; i < ctx.options.runs; i++) results.push(await go(ctx.options.duration));
  return medians(
    results.map((r) => ({ rps: r.tps, p50: r.p50, p99: r.p99 })),
    results.reduce((sum, r) => sum + r.failed + (r.transactions === 0 ? 1 : 0), 0),
  );
}

export const describe = (f: Figures) =>
  `${f.rps < 10 ? f.rps.toFixed(2) : Math.round(f.rps).toLocaleString('en-US')} req/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms${f.sequential ? ' (one at a time)' : ''}`;
