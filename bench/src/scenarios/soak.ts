import os from 'node:os';
import { readRss } from '../server.ts';
import { percentile } from '../stats.ts';
import { type Context, check, fmt, type Outcome, tokensFor } from './context.ts';
import { loadDeals } from './deals.ts';
import { ACTIONS, chooseAction, type Person, type Traffic } from './soak-traffic.ts';

/** Requests in flight beyond which a scheduled one is dropped: the server has fallen behind. */
const MAX_IN_FLIGHT = 64;
const SAMPLE_MS = 10_000;
/** Growth per minute over the last two thirds of the run that counts as a leak. */
const RSS_SLOPE_LIMIT = 1;
const HEAP_SLOPE_LIMIT = 0.5;
/** How much the per-minute p99 may rise from the first third of the run to the last. */
const P99_DRIFT_LIMIT = 1.5;

interface Done {
  at: number;
  ms: number;
  status: number;
  action: string;
  code: string | undefined;
}

interface Sample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** The machine's 1-minute load average: on a shared machine, latency follows it. */
  load: number;
}

/** Least-squares slope of y over x. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

const middle = (values: number[]) => percentile(values, 50);

async function people(ctx: Context, count: number): Promise<Person[]> {
  const { world, plan, random } = ctx;
  const chosen = new Set<number>();
  const storm = new Set(plan.stormBds);
  while (chosen.size < Math.min(count, world.bds.length - storm.size)) {
    const b = Math.floor(random() * world.bds.length);
    if (!storm.has(b)) chosen.add(b);
  }
  const bds = [...chosen];
  const tokens = await tokensFor(
    ctx,
    bds.map((b) => world.bds[b]!.username),
  );
  const index = new Map(bds.map((b, i) => [b, i]));
  const out: Person[] = bds.map((b, i) => ({
    bd: b,
    token: tokens[i]!,
    city: world.bds[b]!.cityIndex,
    own: [],
  }));
  // Holdings as they are now in the database (earlier scenarios of the quick run moved some).
  const held = await ctx.owner.query<{ id: string; owner: string }>(
    `select lead_id::text as id, owner_id::text as owner from lead_state
      where tenant_id = $1 and status = 'private' and owner_id = any($2::bigint[])`,
    [world.tenantId, bds.map((b) => world.bds[b]!.id)],
  );
  const byId = new Map(bds.map((b) => [world.bds[b]!.id, b]));
  for (const row of held.rows) out[index.get(byId.get(row.owner)!)!]!.own.push(row.id);
  return out;
}

/**
 * Mixed field-team traffic at a steady rate for a long time (30 minutes by default): a leak, a
 * growing cache or a plan that degrades as tables change shows as memory or latency that drifts,
 * which the short scenarios cannot see. Requests arrive at a fixed rate whatever the answers take
 * (an open model, as many people acting independently), so a slower server shows as latency.
 */
export async function soakScenario(ctx: Context): Promise<Outcome> {
  const { world, plan, options, server, log } = ctx;
  const seconds = options.quick && !options.soak.only ? 20 : options.soak.seconds;
  const rate = options.soak.rate;
  const existing = await ctx.owner.query('select 1 from deal where tenant_id = $1 limit 1', [world.tenantId]);
  if (existing.rowCount === 0) {
    const deals = await loadDeals(ctx);
    log(`${fmt(deals.count)} deals loaded in ${deals.seconds.toFixed(1)} s`);
  }
  const publicByCity: number[][] = world.cities.map(() => []);
  const status = await ctx.owner.query<{ id: string }>(
    `select lead_id::text as id from lead_state where tenant_id = $1 and status = 'public'`,
    [world.tenantId],
  );
  for (const row of status.rows) {
    const k = Number(row.id) - plan.firstId;
    if (k >= 0 && k < plan.count) publicByCity[plan.city[k]!]!.push(k);
  }
  const traffic: Traffic = {
    ctx,
    people: await people(ctx, options.soak.users),
    publicByCity,
    taken: new Set(),
    created: new Map(),
    deals: [],
    sequence: 0,
  };
  for (const p of traffic.people) for (const id of p.own) traffic.taken.add(id);
  log(`soak: ${traffic.people.length} BDs, ${rate} req/s for ${seconds} s`);

  const done: Done[] = [];
  const samples: Sample[] = [];
  let failed = 0;
  let dropped = 0;
  let inFlight = 0;
  const started = performance.now();
  const sample = () => {
    const heap = server.heap();
    const rss = readRss(server.pid)?.rss;
    if (heap && rss !== undefined)
      samples.push({
        at: performance.now() - started,
        rss,
        heapUsed: heap.heapUsed,
        heapTotal: heap.heapTotal,
        load: os.loadavg()[0]!,
      });
  };
  sample();
  const sampler = setInterval(sample, SAMPLE_MS);
  const bucketMs = seconds >= 300 ? 60_000 : Math.max(1_000, Math.round((seconds * 1000) / 5));
  let reported = 0;
  const report = () => {
    const now = performance.now() - started;
    while ((reported + 1) * bucketMs <= now) {
      const b = bucketStats(done, samples, reported, bucketMs);
      log(
        `soak ${reported + 1}: ${b.n} requests, p50 ${b.p50.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms, ${b.server} 5xx; RSS ${b.rss.toFixed(0)} MB, heap ${b.heap.toFixed(0)} MB; load ${b.load.toFixed(1)}`,
      );
      reported++;
    }
  };

  const pending = new Set<Promise<void>>();
  const total = Math.floor(seconds * rate);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    report();
    if (inFlight >= MAX_IN_FLIGHT) {
      dropped++;
      continue;
    }
    const person = traffic.people[Math.floor(ctx.random() * traffic.people.length)]!;
    const action = chooseAction(ctx.random);
    inFlight++;
    const t0 = performance.now();
    const task = action
      .run(traffic, person)
      .then(
        (reply) => {
          if (reply.status === 0) return;
          done.push({
            at: t0 - started,
            ms: performance.now() - t0,
            status: reply.status,
            action: action.name,
            code: reply.status >= 400 ? String(reply.body?.code ?? reply.status) : undefined,
          });
        },
        () => {
          failed++;
        },
      )
      .finally(() => {
        inFlight--;
        pending.delete(task);
      });
    pending.add(task);
  }
  await Promise.all(pending);
  clearInterval(sampler);
  sample();
  report();

  return analyse(ctx, { seconds, rate, done, samples, failed, dropped, bucketMs, people: traffic.people });
}

function bucketStats(done: Done[], samples: Sample[], b: number, bucketMs: number) {
  const inside = done.filter((d) => d.at >= b * bucketMs && d.at < (b + 1) * bucketMs);
  const times = inside.map((d) => d.ms);
  const last = samples.filter((s) => s.at < (b + 1) * bucketMs).at(-1);
  return {
    n: inside.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    server: inside.filter((d) => d.status >= 500).length,
    rss: last?.rss ?? Number.NaN,
    heap: last?.heapUsed ?? Number.NaN,
    load: last?.load ?? Number.NaN,
  };
}

async function analyse(
  ctx: Context,
  run: {
    seconds: number;
    rate: number;
    done: Done[];
    samples: Sample[];
    failed: number;
    dropped: number;
    bucketMs: number;
    people: Person[];
  },
): Promise<Outcome> {
  const { options, world } = ctx;
  const { done, samples, bucketMs, seconds } = run;
  const buckets = Math.floor((seconds * 1000) / bucketMs);
  const stats = Array.from({ length: buckets }, (_, b) => bucketStats(done, samples, b, bucketMs));
  const third = Math.max(1, Math.floor(buckets / 3));
  // The first bucket warms caches and plans: it is not the baseline.
  const early = middle(stats.slice(1, Math.max(2, third)).map((s) => s.p99));
  const late = middle(stats.slice(-third).map((s) => s.p99));
  const tail = samples.filter((s) => s.at >= (seconds * 1000) / 3);
  const perMinute = (pick: (s: Sample) => number) => slope(tail.map((s) => [s.at / 60_000, pick(s)]));
  const rssSlope = perMinute((s) => s.rss);
  const heapSlope = perMinute((s) => s.heapUsed);
  const serverErrors = done.filter((d) => d.status >= 500);
  const allowed = new Map(ACTIONS.map((a) => [a.name, new Set(a.expected)]));
  const refusals = new Map<string, number>();
  const unexpected = new Map<string, number>();
  for (const d of done) {
    if (d.status < 400) continue;
    const key = `${d.action}: ${d.code}`;
    const into = d.status < 500 && allowed.get(d.action)!.has(d.code!) ? refusals : unexpected;
    into.set(key, (into.get(key) ?? 0) + 1);
  }
  const list = (m: Map<string, number>) =>
    m.size === 0 ? 'none' : [...m].map(([k, n]) => `${k} × ${n}`).join(', ');
  const quota = await ctx.owner.query<{ n: number }>(
    `select count(*)::int as n from pool_quota q where q.tenant_id = $1 and q.user_id = any($2::bigint[])
        and q.private_count <> (select count(*) from lead_state s
                                 where s.tenant_id = q.tenant_id and s.owner_id = q.user_id and s.status = 'private')`,
    [world.tenantId, run.people.map((p) => world.bds[p.bd]!.id)],
  );
  const all = done.map((d) => d.ms);
  const first = samples[0];
  const lastSample = samples.at(-1);
  const judged = !options.quick || options.soak.only;
  const leakFree = rssSlope < RSS_SLOPE_LIMIT && heapSlope < HEAP_SLOPE_LIMIT;
  const minutes = (seconds / 60).toFixed(seconds < 60 ? 1 : 0);
  const byAction = ACTIONS.map((a) => {
    const t = done.filter((d) => d.action === a.name).map((d) => d.ms);
    return `${a.name} ${fmt(t.length)} (p50 ${percentile(t, 50).toFixed(1)}, p99 ${percentile(t, 99).toFixed(1)} ms)`;
  });
  const unit = bucketMs === 60_000 ? 'minute' : `${bucketMs / 1000} s`;
  return {
    rows: [
      {
        scenario: `soak: ${minutes} min of mixed field-team traffic at ${run.rate} req/s, ${run.people.length} BDs`,
        groundwork: `${fmt(done.length)} requests, p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms; p99 per ${unit}: ${early.toFixed(0)} ms early, ${late.toFixed(0)} ms late; ${serverErrors.length} 5xx`,
        limit: '—',
        ratio: '—',
        target: `no 5xx; late p99 ≤ ${P99_DRIFT_LIMIT}× early`,
        met: judged ? serverErrors.length === 0 && run.failed === 0 && late <= P99_DRIFT_LIMIT * early : null,
      },
      {
        scenario: `soak: server memory (--max-old-space-size=256), sampled every ${SAMPLE_MS / 1000} s`,
        groundwork: `RSS ${first?.rss.toFixed(0)} → ${lastSample?.rss.toFixed(0)} MB (peak ${Math.max(...samples.map((s) => s.rss)).toFixed(0)}), heap used ${first?.heapUsed.toFixed(0)} → ${lastSample?.heapUsed.toFixed(0)} MB; slope over the last two thirds: RSS ${rssSlope.toFixed(2)} MB/min, heap ${heapSlope.toFixed(2)} MB/min`,
        limit: '—',
        ratio: '—',
        target: `RSS slope < ${RSS_SLOPE_LIMIT} MB/min, heap slope < ${HEAP_SLOPE_LIMIT} MB/min`,
        met: judged ? leakFree : null,
      },
    ],
    checks: [
      check(
        'soak: no 5xx and no failed request',
        serverErrors.length === 0 && run.failed === 0,
        `${serverErrors.length} 5xx (${list(new Map(serverErrors.map((d) => [`${d.action} ${d.status}`, 1])))}), ${run.failed} failed`,
      ),
      check('soak: only expected refusals', unexpected.size === 0, list(unexpected)),
      check('soak: memory was sampled', samples.length >= 2, `${samples.length} samples`),
      check(
        'soak: pool counters equal holdings after the run',
        quota.rows[0]!.n === 0,
        `${quota.rows[0]!.n} BDs off`,
      ),
    ],
    notes: [
      `soak: per action ${byAction.join('; ')}.`,
      `soak: expected refusals ${list(refusals)}; ${fmt(run.dropped)} scheduled requests dropped (more than ${MAX_IN_FLIGHT} in flight).`,
      `soak per ${unit} (requests, p50/p99 ms, RSS/heap MB, load average): ${stats.map((s, b) => `${b + 1}: ${s.n}, ${s.p50.toFixed(0)}/${s.p99.toFixed(0)}, ${s.rss.toFixed(0)}/${s.heap.toFixed(0)}, ${s.load.toFixed(1)}`).join('; ')}.`,
    ],
  };
}
