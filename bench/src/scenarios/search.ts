import * as leads from '../../../server/src/modules/leads/service.ts';
import { script } from '../capture.ts';
import { call } from '../http.ts';
import { type Context, check, fmt, type Outcome, tokensFor } from './context.ts';
import { measureHttp, measurePgbench } from './measure.ts';

/** What BDs type into the search box: trades and dishes, from very common (火锅) to rarer (日料). */
const WORDS = [
  '火锅',
  '烤鸭',
  '咖啡',
  '奶茶',
  '酒店',
  '超市',
  '美甲',
  '烧烤',
  '川菜',
  '米线',
  '健身',
  '日料',
];

/** Each word with the share of names that contain it, from a 5 % sample of the tenant's leads. */
async function pickWords(ctx: Context): Promise<Array<{ q: string; share: number }>> {
  const sample = await ctx.owner.query<{ q: string; share: number }>(
    `select w.q, avg((l.normalized_name like '%' || w.q || '%')::int)::float8 as share
       from unnest($2::text[]) as w(q)
      cross join (select normalized_name from lead tablesample system (5) repeatable (7) where tenant_id = $1) l
      group by w.q`,
    [ctx.world.tenantId, WORDS],
  );
  return sample.rows.sort((a, b) => b.share - a.share);
}

export async function searchScenario(ctx: Context): Promise<Outcome> {
  const { world, options } = ctx;
  const words = await pickWords(ctx);
  const stormCity = world.cities[ctx.plan.stormCity]!;
  const pairs = words.flatMap((w, i) =>
    [0, 1].map((j) => ({ q: w.q, bd: stormCity.bds[(i * 2 + j) % stormCity.bds.length]! })),
  );
  const tokens = await tokensFor(
    ctx,
    pairs.map((p) => p.bd.username),
  );
  const path = (q: string) => `/api/v1/leads?q=${encodeURIComponent(q)}&limit=50`;

  // Every page of a rarer word against brute force: same leads, same order.
  let wrong = 0;
  const verified = [words[words.length - 1]!, words[words.length - 2]!];
  for (const w of verified) {
    const i = pairs.findIndex((p) => p.q === w.q);
    const bd = pairs[i]!.bd;
    const expected = await ctx.owner.query<{ id: string }>(
      `select l.id::text as id from lead l join lead_state s on s.tenant_id = l.tenant_id and s.lead_id = l.id
        where l.tenant_id = $1 and l.normalized_name like '%' || $2 || '%'
          and (s.owner_id = $3 or l.created_by = $3::text or (s.status = 'public' and s.pool_id = $4 and l.city_id = $5))
        order by case when l.normalized_name = $2 then 0 when l.normalized_name like $2 || '%' then 1 else 2 end,
                 case when l.normalized_name like $2 || '%' then char_length(l.normalized_name) end,
                 case when l.normalized_name like $2 || '%' then l.id end,
                 l.id desc`,
      [world.tenantId, w.q, bd.id, world.poolId, stormCity.id],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const reply = await call(ctx.server.base, 'GET', cursor ? `${path(w.q)}&cursor=${cursor}` : path(w.q), {
        token: tokens[i],
      });
      if (reply.status !== 200) break;
      seen.push(...reply.body.items.map((item: { id: string }) => item.id));
      cursor = reply.body.nextCursor;
    } while (cursor && seen.length < 5_000);
    if (seen.join() !== expected.rows.map((r) => r.id).join()) wrong++;
  }

  const c = options.searchConnections;
  const http = await measureHttp(
    ctx,
    pairs.map((p, i) => ({ path: path(p.q), token: tokens[i]! })),
    c,
  );

  const indexed: string[] = [];
  const brute: string[] = [];
  for (const [i, p] of pairs.entries()) {
    const actor = await ctx.capturer.actor(world.tenantId, p.bd.id);
    const statements = await ctx.capturer.capture(
      () => leads.listLeads(ctx.capturer.deps, actor, { scope: 'all', q: p.q, limit: 50, attrs: {} }),
      i === 0,
    );
    // The search's tiers: the prefix range, then (when the page is not full) the gram search.
    const main = statements.filter((s) => s.sql.includes('name_grams') || s.sql.includes('~>=~'));
    indexed.push(script(main));
    // The same statement without the gram predicate: nothing is left to serve LIKE '%q%' but a scan.
    brute.push(
      script(main.map((s) => ({ ...s, sql: s.sql.replace(/l\.name_grams @> \$\d+::text\[\]/, 'true') }))),
    );
  }
  const bruteForce = await measurePgbench(ctx, brute, c, world.tenantId, http.sequential);
  const sql = options.quick
    ? undefined
    : await measurePgbench(ctx, indexed, c, world.tenantId, http.sequential);
  return {
    rows: [
      {
        scenario: `2-character name search, HTTP, ${c} connections`,
        groundwork: `p50 ${http.p50.toFixed(1)} ms, p99 ${http.p99.toFixed(1)} ms (${fmt(http.rps)} req/s)`,
        limit: `brute-force LIKE, pgbench: p50 ${bruteForce.p50.toFixed(1)} ms, p99 ${bruteForce.p99.toFixed(1)} ms`,
        ratio: `${(bruteForce.p50 / http.p50).toFixed(1)}× faster (p50)`,
        target: 'p99 < 50 ms, far below brute force',
        met: http.p99 < 50 && http.p50 < bruteForce.p50 / 5,
      },
    ],
    checks: [
      check(
        'search equals brute-force LIKE, every page',
        wrong === 0,
        `${verified.length - wrong}/${verified.length} words`,
      ),
      check(
        'search: no failed request',
        http.errors === 0 && bruteForce.errors === 0,
        `${http.errors} HTTP, ${bruteForce.errors} pgbench`,
      ),
    ],
    notes: [
      `search words (share of names containing them): ${words.map((w) => `${w.q} ${(w.share * 100).toFixed(2)} %`).join(', ')}.`,
      ...(sql
        ? [
            `search: the indexed statement alone under pgbench: p50 ${sql.p50.toFixed(1)} ms, p99 ${sql.p99.toFixed(1)} ms, ${fmt(sql.rps)}/s.`,
          ]
        : []),
    ],
  };
}
