import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../../../test/analytics-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';
import { refreshRange, refreshRecent } from './service.ts';

let t: TestContext;
let tenant: TestTenant;
let world: World;
const TZ = 'Asia/Shanghai';

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-11-20T01:00:00Z');
  tenant = await t.createTenant('takeaway');
  world = await buildWorld(t, tenant);
  await refreshRange(t.app.deps, tenant.id, { fromDay: '2026-11-01', toDay: '2026-11-25' });
}, 120_000);
afterAll(() => t.close());

const get = async (path: string, username: string) =>
  t.request('GET', path, { token: await t.login(tenant.slug, username) });

/** Each figure by straightforward SQL over the modules' own tables: what the rollup must equal. */
async function bruteForce(userIds: string[], from: string, to: string, cityIds: string[] | null) {
  const one = async (text: string, extra: unknown[] = []) =>
    Number(
      Object.values(
        (
          await t.ownerQuery(
            `with _params as (select $1::bigint, $2::bigint[], $3::date, $4::date) ${text}`,
            [tenant.id, userIds, from, to, ...extra],
          )
        )[0] ?? { n: 0 },
      )[0] ?? 0,
    );
  const inDay = (column: string) => `(${column} at time zone '${TZ}')::date between $3::date and $4::date`;
  const now = t.clock.now();
  const start = `($3::date::timestamp at time zone '${TZ}')`;
  const end = `(($4::date + 1)::timestamp at time zone '${TZ}')`;
  const event = (kind: string, who: string) =>
    one(
      `select count(*) from lead_event where tenant_id = $1 and kind = '${kind}' and ${who} = any($2::bigint[]) and ${inDay('at')}`,
    );
  const visits = `from visit where tenant_id = $1 and user_id = any($2::bigint[]) and ${inDay('at')}`;
  const tasks = `from task where tenant_id = $1 and assignee_id = any($2::bigint[]) and due_at >= ${start} and due_at < ${end}`;
  const privateLeads = await one(
    `select count(*) from lead_state where tenant_id = $1 and status = 'private' and owner_id = any($2::bigint[])`,
  );
  const holdSeconds = await one(
    `select coalesce(sum(extract(epoch from ($5::timestamptz - claimed_at))), 0) from lead_state
     where tenant_id = $1 and status = 'private' and owner_id = any($2::bigint[])`,
    [now],
  );
  const tasksDue = await one(`select count(*) ${tasks}`);
  const tasksDone = await one(`select count(*) ${tasks} and status = 'done'`);
  const late = await one(
    `select count(*) ${tasks} and ((status = 'done' and done_at > due_at) or (status in ('open','doing','escalated') and due_at < $5))`,
    [now],
  );
  const signed = await one(
    `select count(*) from lead_state where tenant_id = $1 and status = 'signed' and owner_id = any($2::bigint[])`,
  );
  const covered = await one(
    `select count(*) from lead_state s join lead l on l.tenant_id = s.tenant_id and l.id = s.lead_id
     where s.tenant_id = $1 and s.status = 'signed' and s.owner_id = any($2::bigint[]) and l.ops_owner_id is not null`,
  );
  return {
    claims: await event('claimed', 'to_owner'),
    releases: await event('released', 'from_owner'),
    recycles: await event('recycled', 'from_owner'),
    visits: await one(`select count(*) ${visits}`),
    uniqueStores: await one(
      `select count(*) from (select distinct user_id, lead_id, (at at time zone '${TZ}')::date ${visits}) x`,
    ),
    farVisits: await one(`select count(*) ${visits} and far`),
    firstVisits: await one(
      `select count(*) from (select user_id, lead_id, min(at) as first from visit
        where tenant_id = $1 and user_id = any($2::bigint[]) group by 1, 2) x where ${inDay('first')}`,
    ),
    opportunities: await one(
      `select count(*) from opportunity where tenant_id = $1 and owner_id = any($2::bigint[]) and ${inDay('created_at')}`,
    ),
    signings: await one(
      `select count(*) from contract where tenant_id = $1 and type = 'new' and owner_id = any($2::bigint[]) and ${inDay('signed_at')}`,
    ),
    renewals: await one(
      `select count(*) from contract where tenant_id = $1 and type = 'renewal' and owner_id = any($2::bigint[]) and ${inDay('signed_at')}`,
    ),
    dealsOnline: await one(
      `select count(*) from deal where tenant_id = $1 and owner_id = any($2::bigint[]) and ${inDay('online_at')}`,
    ),
    sales: await one(
      `select coalesce(sum(sales_count), 0) from deal where tenant_id = $1 and owner_id = any($2::bigint[]) and ${inDay('online_at')}`,
    ),
    publicPool: await one(
      `select count(*) from lead_state s join lead l on l.tenant_id = s.tenant_id and l.id = s.lead_id
       where s.tenant_id = $1 and s.status = 'public' and ($5::bigint[] is null or l.city_id = any($5::bigint[]))`,
      [cityIds],
    ),
    privateLeads,
    expiringSoon: await one(
      `select count(*) from lead_state where tenant_id = $1 and status = 'private' and owner_id = any($2::bigint[])
       and deadline_at < $5::timestamptz + interval '3 days'`,
      [now],
    ),
    avgHoldDays: privateLeads > 0 ? Math.round((holdSeconds / privateLeads / 86_400) * 10) / 10 : null,
    signedMerchants: signed,
    opsCovered: covered,
    tasksDue,
    tasksDone,
    taskCompletion: tasksDue > 0 ? Math.round((tasksDone / tasksDue) * 10_000) / 10_000 : null,
    taskLateness: tasksDue > 0 ? Math.round((late / tasksDue) * 10_000) / 10_000 : null,
  };
}

async function usersUnder(unitId: string): Promise<string[]> {
  const rows = await t.ownerQuery<{ id: string }>(
    `select u.id::text from app_user u join org_unit o on o.tenant_id = u.tenant_id and o.id = u.org_unit_id
     where u.tenant_id = $1 and o.path like (select path from org_unit where tenant_id = $1 and id = $2) || '%'`,
    [tenant.id, unitId],
  );
  return rows.map((r) => r.id);
}

describe('dashboard figures', () => {
  it('equal a brute-force count over the same events, for every scope and period', async () => {
    const allUsers = (
      await t.ownerQuery<{ id: string }>('select id::text from app_user where tenant_id = $1', [tenant.id])
    ).map((r) => r.id);
    const scopes: Array<{ query: string; userIds: string[]; cities: string[] | null; as: string }> = [
      { query: '', userIds: allUsers, cities: null, as: 'hq' },
      {
        query: `unitId=${tenant.units.city}`,
        userIds: await usersUnder(tenant.units.city),
        cities: [tenant.units.city],
        as: 'city_manager',
      },
      {
        query: `unitId=${tenant.units.teamA}`,
        userIds: await usersUnder(tenant.units.teamA),
        cities: [tenant.units.city],
        as: 'bd_manager',
      },
      { query: `unitId=${world.teamC}`, userIds: [world.bdC], cities: [world.city2], as: 'admin' },
      {
        query: `userId=${tenant.userIds.bd_b}`,
        userIds: [tenant.userIds.bd_b],
        cities: [tenant.units.city],
        as: 'city_manager',
      },
      { query: '', userIds: [tenant.userIds.bd], cities: [tenant.units.city], as: 'bd' },
    ];
    const periods = [
      ['2026-11-01', '2026-11-30'],
      ['2026-11-21', '2026-11-21'],
      ['2026-11-22', '2026-11-23'],
    ] as const;
    for (const scope of scopes) {
      for (const [from, to] of periods) {
        const reply = await get(`/api/v1/analytics/summary?from=${from}&to=${to}&${scope.query}`, scope.as);
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        const expected = await bruteForce(scope.userIds, from, to, scope.cities);
        expect({ scope: scope.query, from, ...reply.body.figures }).toMatchObject({
          scope: scope.query,
          from,
          ...expected,
        });
      }
    }
  });

  it('counts what the fixture did, with funnel conversion and the trend by local day', async () => {
    const reply = await get('/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30', 'bd');
    expect(reply.body.scope).toMatchObject({ kind: 'user', id: tenant.userIds.bd });
    const f = reply.body.figures;
    expect(f).toMatchObject({
      claims: 4,
      releases: 1,
      visits: 5,
      uniqueStores: 4,
      farVisits: 1,
      firstVisits: 3,
    });
    expect(f).toMatchObject({ opportunities: 1, signings: 1, dealsOnline: 1, sales: 37, signedMerchants: 1 });
    expect(f).toMatchObject({ tasksDue: 3, tasksDone: 2, tasksDoneLate: 1, tasksOverdue: 1 });
    expect(f.funnel).toEqual([
      { stage: 'leads', count: 4, rate: null },
      { stage: 'visited', count: 3, rate: 0.75 },
      { stage: 'opportunity', count: 1, rate: 0.3333 },
      { stage: 'signed', count: 1, rate: 1 },
      { stage: 'online', count: 1, rate: 1 },
    ]);
    // 23:30 local on the 21st counts on the 21st; 00:30 on the 22nd (still the 21st in UTC) on the 22nd.
    const byDay = Object.fromEntries(
      reply.body.trend
        .filter((d: { visits: number }) => d.visits > 0)
        .map((d: { day: string; visits: number }) => [d.day, d.visits]),
    );
    expect(byDay).toEqual({ '2026-11-20': 3, '2026-11-21': 1, '2026-11-22': 1 });
    expect(reply.body.trend).toHaveLength(30);
    const bdB = await get(
      `/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30&userId=${tenant.userIds.bd_b}`,
      'hq',
    );
    expect(bdB.body.figures).toMatchObject({
      claims: 2,
      recycles: 1,
      visits: 2,
      uniqueStores: 2,
      firstVisits: 1,
    });
  });

  it('breaks a city down into teams and a team into its BDs, figures adding up', async () => {
    const city = await get(
      `/api/v1/analytics/breakdown?from=2026-11-01&to=2026-11-30&unitId=${tenant.units.city}`,
      'city_manager',
    );
    expect(city.status).toBe(200);
    const rows = new Map(city.body.rows.map((r: { id: string; figures: unknown }) => [r.id, r]));
    const teamA = await get(
      `/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30&unitId=${tenant.units.teamA}`,
      'city_manager',
    );
    const { publicPool: _p, ...teamFigures } = teamA.body.figures;
    expect(rows.get(tenant.units.teamA)).toMatchObject({
      kind: 'unit',
      unitKind: 'team',
      figures: teamFigures,
    });
    expect(rows.has(tenant.units.teamB)).toBe(true);
    const team = await get(
      `/api/v1/analytics/breakdown?from=2026-11-01&to=2026-11-30&unitId=${tenant.units.teamA}`,
      'bd_manager',
    );
    const bdRow = team.body.rows.find((r: { id: string }) => r.id === tenant.userIds.bd);
    expect(bdRow).toMatchObject({ kind: 'user', role: 'bd', figures: { visits: 5, signings: 1 } });
    const merchants = await get(
      `/api/v1/analytics/merchants?from=2026-11-01&to=2026-11-30&userId=${tenant.userIds.bd}`,
      'bd_manager',
    );
    expect(merchants.body.items.map((m: { leadId: string; visits: number }) => [m.leadId, m.visits])).toEqual(
      [
        [world.leads.l1.id, 2],
        [world.leads.l3.id, 2],
        [world.leads.l2.id, 1],
      ],
    );
    expect(merchants.body.items[0]).toMatchObject({ status: 'signed', dealsOnline: 1, sales: 37 });
  });

  it('shows a BD their own figures only, a team lead their subtree, and refuses other roles', async () => {
    expect((await get(`/api/v1/analytics/summary?userId=${tenant.userIds.bd_b}`, 'bd')).status).toBe(404);
    expect((await get(`/api/v1/analytics/summary?unitId=${tenant.units.teamA}`, 'bd')).status).toBe(403);
    expect((await get(`/api/v1/analytics/merchants?userId=${tenant.userIds.bd_b}`, 'bd')).status).toBe(404);
    expect((await get(`/api/v1/analytics/summary?unitId=${tenant.units.teamB}`, 'bd_manager')).status).toBe(
      404,
    );
    expect((await get(`/api/v1/analytics/summary?userId=${tenant.userIds.bd_b}`, 'bd_manager')).status).toBe(
      404,
    );
    expect((await get(`/api/v1/analytics/summary?unitId=${world.teamC}`, 'city_manager')).status).toBe(404);
    expect((await get('/api/v1/analytics/summary', 'ops')).status).toBe(403);
    expect((await get('/api/v1/analytics/summary', 'bd_manager')).body.scope).toMatchObject({
      kind: 'unit',
      id: tenant.units.teamA,
    });
    expect((await get('/api/v1/analytics/summary?from=2026-11-05&to=2026-11-01', 'hq')).status).toBe(400);
    expect((await get('/api/v1/analytics/summary?from=2025-01-01&to=2026-11-01', 'hq')).status).toBe(400);
    // Days that are not on the calendar are refused before any arithmetic (the fuzz found a 500).
    for (const bad of ['to=6587-90-04', 'from=2026-02-30', 'to=0756-01-01&from=0756-01-01'])
      expect((await get(`/api/v1/analytics/summary?${bad}`, 'hq')).body.code).toBe('validation_failed');
    expect((await get('/api/v1/analytics/breakdown?to=8790-76-24', 'hq')).status).toBe(400);
  });

  it('rebuilds a range for an administrator only', async () => {
    const body = { from: '2026-11-20', to: '2026-11-23' };
    expect(
      (
        await t.request('POST', '/api/v1/analytics/rebuild', {
          token: await t.login(tenant.slug, 'bd_manager'),
          body,
        })
      ).status,
    ).toBe(403);
    const rebuilt = await t.request('POST', '/api/v1/analytics/rebuild', {
      token: await t.login(tenant.slug, 'admin'),
      body,
    });
    expect(rebuilt.body).toMatchObject({ from: '2026-11-20', to: '2026-11-23', days: 4 });
    expect(
      (await get('/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30', 'bd')).body.figures.visits,
    ).toBe(5);
  });

  it('counts holdings and the public pool as of the analytics job: a claim shows at its next run', async () => {
    const period = 'from=2026-11-01&to=2026-11-30';
    const before = (await get(`/api/v1/analytics/summary?${period}`, 'bd')).body;
    const lead = await publicLead(t, tenant);
    const token = await t.login(tenant.slug, 'bd');
    expect((await t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token })).status).toBeLessThan(300);
    t.clock.advance(60_000);
    await refreshRecent(t.app.deps, tenant.id);
    const after = (await get(`/api/v1/analytics/summary?${period}`, 'bd')).body;
    expect(after.figures.privateLeads).toBe(before.figures.privateLeads + 1);
    // The lead came into the public pool and left it again between the two counts.
    expect(after.figures.publicPool).toBe(before.figures.publicPool);
    expect(Date.parse(after.refreshedAt)).toBeGreaterThan(Date.parse(before.refreshedAt));
    await publicLead(t, tenant);
    await refreshRecent(t.app.deps, tenant.id);
    const withOther = (await get(`/api/v1/analytics/summary?${period}`, 'bd')).body;
    expect(withOther.figures.publicPool).toBe(before.figures.publicPool + 1);
  });
});
