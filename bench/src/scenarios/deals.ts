import { listDeals } from '../../../server/src/modules/deals/center.ts';
import { script } from '../capture.ts';
import { call } from '../http.ts';
import { withoutIndexes } from '../load/indexes.ts';
import { type Context, check, fmt, type Outcome, tokensFor } from './context.ts';
import { measureHttp, measurePgbench } from './measure.ts';

/** Deal titles: set menus and vouchers. Normalised already (no capitals, no full-width forms). */
const TITLES = [
  '双人套餐',
  '单人午市套餐',
  '4人聚餐套餐',
  '100元代金券',
  '50元代金券',
  '工作日特惠套餐',
  '周末亲子套餐',
  '下午茶双人餐',
  '招牌菜尝鲜',
  '夜宵套餐',
  '生日派对套餐',
  '会员次卡',
];
/** What people type into the deal center: words of titles and of merchant names, common to rare. */
const WORDS = ['套餐', '代金', '双人', '亲子', '午市', '咖啡', '火锅', '奶茶', '烤鸭', '日料', '米线'];

/**
 * One deal per lead, loaded the way the leads were: secondary indexes off, one set-based INSERT
 * (its search text is what the server writes: the title, a line break, the normalised name), the
 * same indexes rebuilt, VACUUM ANALYZE. A status mix of a live tenant: most online, some offline,
 * expired, waiting, rejected or in draft.
 */
export async function loadDeals(ctx: Context): Promise<{ count: number; seconds: number }> {
  const { owner, world } = ctx;
  const started = performance.now();
  const inserted = await withoutIndexes(owner, 'deal', () =>
    owner.query(
      `insert into deal (tenant_id, lead_id, owner_id, title, lead_name, search_text, city_id, category, items,
                         list_price, deal_price, min_group_size, valid_from, valid_to, status, sales_count,
                         submitted_at, online_at, created_by, created_at, updated_at)
       select l.tenant_id, l.id, ($2::bigint[])[1 + l.id % cardinality($2::bigint[])],
              t.title, l.name, t.title || E'\\n' || l.normalized_name, l.city_id, l.category,
              '[{"name":"套餐","quantity":1}]', p.list, round(p.list * (0.5 + (l.id % 40) / 100.0), 2),
              1 + l.id % 4, date '2026-11-01', date '2027-06-30',
              case when s.k < 60 then 'online' when s.k < 75 then 'offline' when s.k < 85 then 'expired'
                   when s.k < 90 then 'pending_audit' when s.k < 95 then 'rejected' else 'draft' end,
              (l.id * 7) % 5000, now(), now(), 'bench', now(), now()
         from lead l
         cross join lateral (select ($3::text[])[1 + (l.id * 31) % cardinality($3::text[])] as title) t
         cross join lateral (select (50 + (l.id * 13) % 950)::numeric as list) p
         cross join lateral (select (l.id * 37) % 100 as k) s
        where l.tenant_id = $1`,
      [world.tenantId, world.bds.map((b) => b.id), TITLES],
    ),
  );
  return { count: inserted.rowCount ?? 0, seconds: (performance.now() - started) / 1000 };
}

interface Search {
  q: string;
  status?: string;
  cityId?: string;
  minPrice?: number;
  maxPrice?: number;
}

const pathOf = (s: Search) =>
  `/api/v1/deals?${[
    `q=${encodeURIComponent(s.q)}`,
    s.status && `status=${s.status}`,
    s.cityId && `cityId=${s.cityId}`,
    s.minPrice !== undefined && `minPrice=${s.minPrice}`,
    s.maxPrice !== undefined && `maxPrice=${s.maxPrice}`,
    'limit=50',
  ]
    .filter(Boolean)
    .join('&')}`;

/** The same result by brute force: LIKE over every deal of the tenant, no gram index. */
async function bruteForce(ctx: Context, s: Search): Promise<string[]> {
  const result = await ctx.owner.query<{ id: string }>(
    `select d.id::text as id from deal d
      where tenant_id = $1 and search_text like '%' || $2 || '%'
        and ($3::text is null or status = $3) and ($4::bigint is null or city_id = $4)
        and ($5::numeric is null or deal_price >= $5) and ($6::numeric is null or deal_price <= $6)
      order by d.id desc`,
    [ctx.world.tenantId, s.q, s.status ?? null, s.cityId ?? null, s.minPrice ?? null, s.maxPrice ?? null],
  );
  return result.rows.map((r) => r.id);
}

export async function dealsScenario(ctx: Context): Promise<Outcome> {
  const { world, options } = ctx;
  const loaded = await loadDeals(ctx);
  ctx.log(`${fmt(loaded.count)} deals loaded in ${loaded.seconds.toFixed(1)} s`);

  // Words with and without filters: the centre's search box alone, or narrowed to online deals of
  // one city and a price band, as an ops person looking for a competitor's price point would.
  const searches: Search[] = WORDS.flatMap((q, i) => {
    const city = world.cities[i % world.cities.length]!;
    const low = 50 + Math.floor(ctx.random() * 300);
    return [
      { q },
      { q, status: 'online', cityId: city.id },
      { q, status: 'online', minPrice: low, maxPrice: low + 100 },
    ];
  });
  const bds = world.bds.filter((_, i) => i % Math.max(1, Math.floor(world.bds.length / 8)) === 0).slice(0, 8);
  const tokens = await tokensFor(
    ctx,
    bds.map((b) => b.username),
  );

  // Every page of the rarer searches against brute force: same deals, same order.
  let wrong = 0;
  const verified = [searches.at(-1)!, searches.at(-2)!, searches.at(-5)!, searches[1]!];
  for (const s of verified) {
    const expected = await bruteForce(ctx, s);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const reply = await call(ctx.server.base, 'GET', cursor ? `${pathOf(s)}&cursor=${cursor}` : pathOf(s), {
        token: tokens[0],
      });
      if (reply.status !== 200) break;
      seen.push(...reply.body.items.map((item: { id: string }) => item.id));
      cursor = reply.body.nextCursor;
    } while (cursor && seen.length < 2_000);
    // A common word has more matches than anyone pages through: its first 2,000 must agree.
    const same =
      expected.length <= 2_000
        ? seen.join() === expected.join()
        : seen.length >= 2_000 && seen.join() === expected.slice(0, seen.length).join();
    if (!same) wrong++;
  }

  const c = options.searchConnections;
  const mix = searches.map((s, i) => ({ path: pathOf(s), token: tokens[i % tokens.length]! }));
  const http = await measureHttp(ctx, mix, c);

  const indexed: string[] = [];
  const brute: string[] = [];
  for (const [i, s] of searches.entries()) {
    const actor = await ctx.capturer.actor(world.tenantId, bds[i % bds.length]!.id);
    const statements = await ctx.capturer.capture(
      () =>
        listDeals(ctx.capturer.deps, actor, {
          ...s,
          status: s.status as 'online' | undefined,
          limit: 50,
        }),
      i === 0,
    );
    const main = statements.filter((st) => st.sql.includes('search_grams'));
    indexed.push(script(main));
    // The same statement without the gram predicate: LIKE '%q%' and the filters, nothing else.
    brute.push(
      script(main.map((st) => ({ ...st, sql: st.sql.replace(/search_grams @> \$\d+::text\[\]/, 'true') }))),
    );
  }
  const bruteFigures = await measurePgbench(ctx, brute, c, world.tenantId, http.sequential);
  const sql = options.quick
    ? undefined
    : await measurePgbench(ctx, indexed, c, world.tenantId, http.sequential);
  const shares = await ctx.owner.query<{ q: string; share: number }>(
    `select w.q, avg((d.search_text like '%' || w.q || '%')::int)::float8 as share
       from unnest($2::text[]) as w(q)
      cross join (select search_text from deal tablesample system (5) repeatable (7) where tenant_id = $1) d
      group by w.q order by share desc`,
    [world.tenantId, WORDS],
  );
  return {
    rows: [
      {
        scenario: `deal center: 2-character search with status, city and price filters, ${fmt(loaded.count)} deals, HTTP, ${c} connections`,
        groundwork: `p50 ${http.p50.toFixed(1)} ms, p99 ${http.p99.toFixed(1)} ms (${fmt(http.rps)} req/s)`,
        limit: `brute-force LIKE with the same filters, pgbench: p50 ${bruteFigures.p50.toFixed(1)} ms, p99 ${bruteFigures.p99.toFixed(1)} ms`,
        ratio: `${(bruteFigures.p50 / http.p50).toFixed(1)}× faster (p50)`,
        target: 'p99 < 50 ms, below brute force',
        met: http.p99 < 50 && http.p50 < bruteFigures.p50,
      },
    ],
    checks: [
      check(
        'deal center: search equals brute-force LIKE with the same filters, every page',
        wrong === 0,
        `${verified.length - wrong}/${verified.length} searches`,
      ),
      check(
        'deal center: no failed request',
        http.errors === 0 && bruteFigures.errors === 0,
        `${http.errors} HTTP, ${bruteFigures.errors} pgbench`,
      ),
    ],
    notes: [
      `deals: ${fmt(loaded.count)} loaded in ${loaded.seconds.toFixed(1)} s (one per lead; indexes rebuilt, VACUUM ANALYZE).`,
      `deal search words (share of deals containing them): ${shares.rows.map((w) => `${w.q} ${(w.share * 100).toFixed(2)} %`).join(', ')}.`,
      ...(sql
        ? [
            `deal center: the indexed statement alone under pgbench: p50 ${sql.p50.toFixed(1)} ms, p99 ${sql.p99.toFixed(1)} ms, ${fmt(sql.rps)}/s.`,
          ]
        : []),
    ],
  };
}
