import { greatCircleMeters } from '../../../server/src/modules/leads/normalize.ts';
import * as leads from '../../../server/src/modules/leads/service.ts';
import { script } from '../capture.ts';
import { call } from '../http.ts';
import { type Context, check, type Outcome, tokensFor } from './context.ts';
import { describe, measureHttp, measurePgbench } from './measure.ts';

const RADIUS = 2_000;
const LIMIT = 20;

interface Probe {
  bd: number;
  lat: number;
  lng: number;
}

/** Points where BDs stand: next to a random store (stores bunch where BDs work), in the BD's own city. */
function probes(ctx: Context, count: number): Probe[] {
  const { plan, world } = ctx;
  const out: Probe[] = [];
  while (out.length < count) {
    const k = Math.floor(ctx.random() * plan.count);
    const city = world.cities[plan.city[k]!]!;
    if (city.bds.length === 0) continue;
    const bd = city.bds[Math.floor(ctx.random() * city.bds.length)]!;
    out.push({
      bd: world.bds.indexOf(bd),
      lat: Math.round((plan.lat[k]! + (ctx.random() - 0.5) * 0.005) * 1e6) / 1e6,
      lng: Math.round((plan.lng[k]! + (ctx.random() - 0.5) * 0.005) * 1e6) / 1e6,
    });
  }
  return out;
}

/** What a BD may see near a point, by brute force: every visible lead in a box, great-circle sorted. */
async function bruteForce(ctx: Context, probe: Probe) {
  const { world } = ctx;
  const bd = world.bds[probe.bd]!;
  const dLat = (RADIUS * 1.2) / 111_320;
  const dLng = dLat / Math.cos((probe.lat * Math.PI) / 180);
  const rows = await ctx.owner.query<{ id: string; lat: number; lng: number }>(
    `select l.id::text, l.lat, l.lng from lead l join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id
      where l.tenant_id = $1 and l.lat between $2 and $3 and l.lng between $4 and $5
        and (s.owner_id = $6 or l.created_by = $6::text
             or (s.status = 'public' and s.pool_id = $7 and l.city_id = $8))`,
    [
      world.tenantId,
      probe.lat - dLat,
      probe.lat + dLat,
      probe.lng - dLng,
      probe.lng + dLng,
      bd.id,
      world.poolId,
      world.cities[bd.cityIndex]!.id,
    ],
  );
  return rows.rows
    .map((r) => ({ id: r.id, d: greatCircleMeters(probe.lat, probe.lng, r.lat, r.lng) }))
    .filter((r) => r.d <= RADIUS)
    .sort((a, b) => a.d - b.d || Number(a.id) - Number(b.id))
    .slice(0, LIMIT);
}

export async function nearbyScenario(ctx: Context): Promise<Outcome> {
  const { world, options } = ctx;
  const points = probes(ctx, options.quick ? 20 : 100);
  const tokens = await tokensFor(
    ctx,
    points.map((p) => world.bds[p.bd]!.username),
  );
  const path = (p: Probe) => `/api/v1/leads/nearby?lat=${p.lat}&lng=${p.lng}&radius=${RADIUS}&limit=${LIMIT}`;

  // Correctness first: the server's answer is the brute-force answer (ties may swap within 1 cm).
  let mismatches = 0;
  const sampled = points.slice(0, options.quick ? 10 : 5);
  for (const [i, p] of sampled.entries()) {
    const reply = await call(ctx.server.base, 'GET', path(p), { token: tokens[i] });
    const expected = await bruteForce(ctx, p);
    const got: Array<{ id: string; distanceM: number }> = reply.body?.items ?? [];
    const same =
      reply.status === 200 &&
      got.length === expected.length &&
      got.every((g, j) => g.id === expected[j]!.id || Math.abs(g.distanceM - expected[j]!.d) < 0.1);
    if (!same) mismatches++;
  }

  const mix = points.map((p, i) => ({ path: path(p), token: tokens[i]! }));
  const http = await measureHttp(ctx, mix, options.connections);

  const scripts: string[] = [];
  const mains: string[] = [];
  for (const [i, p] of points.slice(0, http.sequential ? 5 : points.length).entries()) {
    const bd = world.bds[p.bd]!;
    const actor = await ctx.capturer.actor(world.tenantId, bd.id);
    const query = { lat: p.lat, lng: p.lng, radius: RADIUS, limit: LIMIT, scope: 'all' as const };
    const statements = await ctx.capturer.capture(
      () => leads.nearby(ctx.capturer.deps, actor, query),
      i === 0,
    );
    scripts.push(script(statements));
    mains.push(script(statements.filter((s) => s.sql.includes('earth_distance'))));
  }
  const perRequest = scripts[0]!.trim().split('\n').length;
  const same = await measurePgbench(ctx, scripts, options.connections, null, http.sequential);
  // The smoke test skips this extra figure: it only has to show that the scenario runs.
  const main = options.quick
    ? undefined
    : await measurePgbench(ctx, mains, options.connections, world.tenantId, http.sequential);
  const ratio = http.rps / same.rps;
  return {
    rows: [
      {
        scenario: `nearby: 20 nearest within 2 km, HTTP, ${options.connections} connections`,
        groundwork: describe(http),
        limit: `pgbench, same ${perRequest} statements per request: ${describe(same)}`,
        ratio: `${ratio.toFixed(2)} of pgbench`,
        target: '≥ 0.5 of pgbench; p99 < 20 ms',
        met: ratio >= 0.5 && http.p99 < 20,
      },
    ],
    checks: [
      check(
        'nearby equals brute force',
        mismatches === 0,
        `${sampled.length - mismatches}/${sampled.length} points`,
      ),
      check(
        'nearby: no failed request',
        http.errors === 0 && same.errors === 0,
        `${http.errors} HTTP, ${same.errors} pgbench`,
      ),
    ],
    notes: main
      ? [
          `nearby: the main statement alone under pgbench: ${describe(main)} (${(http.rps / main.rps).toFixed(2)} of it).`,
        ]
      : [],
  };
}
