import { call } from '../http.ts';
import { median, shuffle } from '../stats.ts';
import { type Check, type Context, check, fmt, type Outcome, tokensFor } from './context.ts';

interface Run {
  claims: number;
  seconds: number;
  attempts: number;
  doubleOwners: number;
  capViolations: number;
  quotaMismatches: number;
  unexpected: number;
}

/**
 * 200 BDs of one city go for the same 5,000 public stores at once, each through the stores in its
 * own order until the stores run out or a cap stops it. Then SQL checks what the API promised:
 * one owner per store, no BD past the private cap or the daily cap, counters equal to holdings.
 */
async function storm(ctx: Context, bdIds: string[], tokens: string[], leadIds: string[]): Promise<Run> {
  const { world } = ctx;
  const { maxPrivate, dailyClaimCap } = world.rules;
  const since = new Date();
  const won: Array<{ lead: string; bd: string }> = [];
  let attempts = 0;
  let unexpected = 0;
  const started = performance.now();
  await Promise.all(
    bdIds.map(async (bd, i) => {
      for (const lead of shuffle([...leadIds], ctx.random)) {
        attempts++;
        const reply = await call(ctx.server.base, 'POST', `/api/v1/leads/${lead}/claim`, {
          token: tokens[i],
        });
        if (reply.status === 200) won.push({ lead, bd });
        else if (reply.body?.code === 'pool_cap_reached' || reply.body?.code === 'daily_cap_reached') return;
        else if (reply.body?.code !== 'already_owned') unexpected++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  const q = (text: string, params: unknown[]) => ctx.owner.query(text, params);
  const t = world.tenantId;
  const claimedTwice = await q(
    `select lead_id from lead_event where tenant_id = $1 and kind = 'claimed' and at >= $2 and lead_id = any($3::bigint[])
      group by lead_id having count(*) > 1`,
    [t, since, leadIds],
  );
  const winners = new Map<string, string>();
  let doubleWins = 0;
  for (const w of won) {
    if (winners.has(w.lead)) doubleWins++;
    winners.set(w.lead, w.bd);
  }
  const owners = await q(
    `select lead_id::text, owner_id::text from lead_state where tenant_id = $1 and lead_id = any($2::bigint[]) and status = 'private'`,
    [t, leadIds],
  );
  const wrongOwner =
    owners.rows.filter((r) => winners.get(r.lead_id) !== r.owner_id).length +
    Math.abs(owners.rowCount! - winners.size);
  const caps = await q(
    `select q.user_id::text, q.private_count, q.claims_today, (select count(*)::int from lead_state s
        where s.tenant_id = q.tenant_id and s.owner_id = q.user_id and s.status = 'private') as held
       from pool_quota q where q.tenant_id = $1 and q.user_id = any($2::bigint[])`,
    [t, bdIds],
  );
  const capViolations = caps.rows.filter((r) => r.held > maxPrivate || r.claims_today > dailyClaimCap).length;
  const quotaMismatches = caps.rows.filter((r) => r.held !== r.private_count).length;
  return {
    claims: won.length,
    seconds,
    attempts,
    doubleOwners: claimedTwice.rowCount! + doubleWins + wrongOwner,
    capViolations,
    quotaMismatches,
    unexpected,
  };
}

export async function stormScenario(ctx: Context): Promise<Outcome> {
  const { world, plan, options } = ctx;
  const bds = plan.stormBds.map((b) => world.bds[b]!);
  const tokens = await tokensFor(
    ctx,
    bds.map((b) => b.username),
  );
  const publicHere: number[] = [];
  for (let k = 0; k < plan.count; k++)
    if (plan.status[k] === 0 && plan.city[k] === plan.stormCity) publicHere.push(k);
  const leadIds = shuffle(publicHere, ctx.random)
    .slice(0, options.storm.leads)
    .map((k) => String(plan.firstId + k));
  const bdIds = bds.map((b) => b.id);
  const before = await ctx.owner.query(
    'select user_id, private_count, claims_day, claims_today from pool_quota where tenant_id = $1 and user_id = any($2::bigint[])',
    [world.tenantId, bdIds],
  );

  const runs: Run[] = [];
  for (let r = 0; r < options.runs; r++) {
    runs.push(await storm(ctx, bdIds, tokens, leadIds));
    // Put the stores and the counters back as they were, for the next run and the scenarios after.
    await ctx.owner.query(
      `update lead_state set status = 'public', owner_id = null, claimed_at = null, last_visit_at = null, deadline_at = null,
              deadline_reason = null, updated_at = now()
        where tenant_id = $1 and lead_id = any($2::bigint[])`,
      [world.tenantId, leadIds],
    );
    for (const row of before.rows) {
      await ctx.owner.query(
        'update pool_quota set private_count = $3, claims_day = $4, claims_today = $5 where tenant_id = $1 and user_id = $2',
        [world.tenantId, row.user_id, row.private_count, row.claims_day, row.claims_today],
      );
    }
  }
  const rate = median(runs.map((r) => r.claims / r.seconds));
  const sum = (f: (r: Run) => number) => runs.reduce((s, r) => s + f(r), 0);
  const checks: Check[] = [
    check(
      'claim storm: 0 double owners',
      sum((r) => r.doubleOwners) === 0,
      `${sum((r) => r.doubleOwners)} over ${runs.length} runs`,
    ),
    check(
      'claim storm: 0 cap violations',
      sum((r) => r.capViolations) === 0,
      `${sum((r) => r.capViolations)} over ${runs.length} runs`,
    ),
    check(
      'claim storm: counters equal holdings',
      sum((r) => r.quotaMismatches) === 0,
      `${sum((r) => r.quotaMismatches)} mismatches`,
    ),
    check(
      'claim storm: only expected refusals',
      sum((r) => r.unexpected) === 0,
      `${sum((r) => r.unexpected)} other answers`,
    ),
    check(
      'claim storm: claims happened',
      runs.every((r) => r.claims > 0),
      runs.map((r) => r.claims).join(', '),
    ),
  ];
  const last = runs[runs.length - 1]!;
  return {
    rows: [
      {
        scenario: `claim storm: ${bds.length} BDs, ${leadIds.length} public leads, concurrently`,
        groundwork: `${fmt(rate)} claims/s (${last.claims} claims of ${last.attempts} attempts in ${last.seconds.toFixed(1)} s); ${sum((r) => r.doubleOwners)} double owners, ${sum((r) => r.capViolations)} cap violations`,
        limit: '—',
        ratio: '—',
        target: '0 double owners, 0 cap violations',
        met: sum((r) => r.doubleOwners + r.capViolations) === 0,
      },
    ],
    checks,
    notes: [
      `claim storm: the daily cap is ${world.rules.dailyClaimCap} and the private cap ${world.rules.maxPrivate}; a quarter of the BDs start 1–10 below the private cap, so both caps refuse claims during the storm.`,
    ],
  };
}
