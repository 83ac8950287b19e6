import * as leads from '../../../server/src/modules/leads/service.ts';
import { script } from '../capture.ts';
import { call } from '../http.ts';
import { type Context, check, type Outcome, tokensFor } from './context.ts';
import { describe, measureHttp, measurePgbench } from './measure.ts';

const PAGE = 50;

/** "My leads", first page: what a BD opens first every morning. */
export async function listScenario(ctx: Context): Promise<Outcome> {
  const { world, options, plan } = ctx;
  const count = options.quick ? 20 : 100;
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, world.bds.length))
    chosen.add(Math.floor(ctx.random() * world.bds.length));
  const bds = [...chosen];
  const tokens = await tokensFor(
    ctx,
    bds.map((b) => world.bds[b]!.username),
  );
  const path = `/api/v1/leads?scope=mine&limit=${PAGE}`;

  // The first page is the newest 50 of the BD's own; paging on reaches exactly all of them.
  let wrong = 0;
  const sampled = bds.slice(0, options.quick ? 5 : 3);
  for (const [i, b] of sampled.entries()) {
    const bd = world.bds[b]!;
    const expected = await ctx.owner.query<{ id: string }>(
      `select lead_id::text as id from lead_state where tenant_id = $1 and owner_id = $2 and status = 'private'
        order by lead_id desc`,
      [world.tenantId, bd.id],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const reply = await call(ctx.server.base, 'GET', cursor ? `${path}&cursor=${cursor}` : path, {
        token: tokens[i],
      });
      if (reply.status !== 200) break;
      seen.push(...reply.body.items.map((item: { id: string }) => item.id));
      cursor = reply.body.nextCursor;
    } while (cursor);
    const want = expected.rows.map((r) => r.id);
    if (seen.join() !== want.join() || want.length !== plan.held[b]) wrong++;
  }

  const http = await measureHttp(
    ctx,
    bds.map((_, i) => ({ path, token: tokens[i]! })),
    options.connections,
  );

  const scripts: string[] = [];
  const mains: string[] = [];
  for (const [i, b] of bds.slice(0, http.sequential ? 5 : bds.length).entries()) {
    const actor = await ctx.capturer.actor(world.tenantId, world.bds[b]!.id);
    const statements = await ctx.capturer.capture(
      () => leads.listLeads(ctx.capturer.deps, actor, { scope: 'mine', limit: PAGE, attrs: {} }),
      i === 0,
    );
    scripts.push(script(statements));
    mains.push(script(statements.filter((s) => s.sql.includes('"lead_state" as "s"'))));
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
        scenario: `list "my leads", page of ${PAGE}, HTTP, ${options.connections} connections`,
        groundwork: describe(http),
        limit: `pgbench, same ${perRequest} statements per request: ${describe(same)}`,
        ratio: `${ratio.toFixed(2)} of pgbench`,
        target: '≥ 0.5 of pgbench',
        met: ratio >= 0.5,
      },
    ],
    checks: [
      check(
        'my leads: pages equal the BD’s own leads',
        wrong === 0,
        `${sampled.length - wrong}/${sampled.length} BDs`,
      ),
      check(
        'my leads: no failed request',
        http.errors === 0 && same.errors === 0,
        `${http.errors} HTTP, ${same.errors} pgbench`,
      ),
    ],
    notes: main
      ? [
          `list: the main statement alone under pgbench: ${describe(main)} (${(http.rps / main.rps).toFixed(2)} of it).`,
        ]
      : [],
  };
}
