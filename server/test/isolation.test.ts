import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../src/db/tenant-tx.ts';
import { apiRoutes } from './api-routes.ts';
import { createTestContext, type TestContext, type TestTenant } from './harness.ts';
import { deliberatelyUnfiltered } from './tenant-predicate-recorder.ts';

let t: TestContext;
let mine: TestTenant;
let theirs: TestTenant;
/** An id of each kind of object that exists in the other tenant. */
let theirIds: Record<string, string>;

beforeAll(async () => {
  t = await createTestContext();
  [mine, theirs] = [await t.createTenant(), await t.createTenant()];
  const key = await t.request('POST', '/api/v1/api-keys', {
    token: theirs.tokens.tenant_admin,
    body: { name: 'theirs', role: 'hq' },
  });
  const field = await t.request('POST', '/api/v1/fields/lead', {
    token: theirs.tokens.tenant_admin,
    body: { key: 'secretField', labelZh: '秘密', labelEn: 'Secret', type: 'text' },
  });
  const lead = await t.request('POST', '/api/v1/leads', {
    token: theirs.tokens.bd,
    body: { name: '他们的店', cityId: theirs.units.city, lat: 39.9, lng: 116.3, phone: '13800000000' },
  });
  const pools = await t.request('GET', '/api/v1/pools', { token: theirs.tokens.tenant_admin });
  const [opportunity] = await t.ownerQuery<{ id: string }>(
    `insert into opportunity (tenant_id, lead_id, owner_id, title, stage_key, created_at, updated_at)
     values ($1, $2, $3, '他们的机会', 'initial_contact', now(), now()) returning id`,
    [theirs.id, lead.body.id, theirs.userIds.bd],
  );
  const [contract] = await t.ownerQuery<{ id: string }>(
    `insert into contract (tenant_id, lead_id, owner_id, type, status, title, amount, commission_rate, start_on, end_on, created_at, updated_at)
     values ($1, $2, $3, 'new', 'draft', '他们的合同', 1000, 5, '2026-12-01', '2027-12-01', now(), now()) returning id`,
    [theirs.id, lead.body.id, theirs.userIds.bd],
  );
  const [deal] = await t.ownerQuery<{ id: string }>(
    `insert into deal (tenant_id, lead_id, owner_id, title, lead_name, search_text, city_id, list_price, deal_price, valid_from, valid_to, status, created_at, updated_at)
     values ($1, $2, $3, '他们的团单', '他们的店', '他们的团单', $4, 100, 80, '2026-12-01', '2027-12-01', 'online', now(), now()) returning id`,
    [theirs.id, lead.body.id, theirs.userIds.bd, theirs.units.city],
  );
  // A job row as an import would leave it (the job runner is not part of this test).
  const [job] = await t.ownerQuery<{ id: string }>(
    "insert into job (tenant_id, kind, status, created_by, created_at) values ($1, 'lead_import', 'done', $2, now()) returning id",
    [theirs.id, theirs.userIds.tenant_admin],
  );
  const [task] = await t.ownerQuery<{ id: string }>(
    `insert into task (tenant_id, assignee_id, lead_id, kind, title, status, created_at, updated_at)
     values ($1, $2, $3, 'renewal', '他们的待办', 'open', now(), now()) returning id`,
    [theirs.id, theirs.userIds.ops, lead.body.id],
  );
  const [store] = await t.ownerQuery<{ id: string }>(
    `insert into competitor_store (tenant_id, platform, name, store_key, lat, lng, created_at, updated_at)
     values ($1, 'meituan', '他们的店', 'meituan|他们的店|39.9,116.3', 39.9, 116.3, now(), now()) returning id`,
    [theirs.id],
  );
  const [match] = await t.ownerQuery<{ id: string }>(
    `insert into competitor_match (tenant_id, store_id, lead_id, score, name_score, distance_m, status, created_at)
     values ($1, $2, $3, 0.7, 0.7, 10, 'candidate', now()) returning id`,
    [theirs.id, store!.id, lead.body.id],
  );
  const [rule] = await t.ownerQuery<{ id: string }>(
    `insert into tag_rule (tenant_id, tag, name, condition, created_at, updated_at)
     values ($1, 'theirs', '他们的规则', '{"field": "category", "op": "exists"}', now(), now()) returning id`,
    [theirs.id],
  );
  const [campaign] = await t.ownerQuery<{ id: string }>(
    `insert into campaign (tenant_id, name, target, filter, task_kind, task_title, due_in_days, status, created_at, updated_at)
     values ($1, '他们的活动', 'leads', '{}', 'visit', '他们的任务', 7, 'draft', now(), now()) returning id`,
    [theirs.id],
  );
  const webhook = await t.request('POST', '/api/v1/webhooks', {
    token: theirs.tokens.tenant_admin,
    body: { url: 'https://example.com/theirs', eventTypes: ['lead.created'] },
  });
  const [delivery] = await t.ownerQuery<{ id: string }>(
    `with e as (
       insert into event (tenant_id, type, occurred_at, actor_kind, actor_name, subject_kind, subject_id)
       values ($1, 'lead.created', now(), 'system', 'probe', 'lead', $2) returning id
     )
     insert into webhook_delivery (tenant_id, endpoint_id, event_id, event_type, status, created_at, updated_at)
     select $1, $3, id, 'lead.created', 'dead', now(), now() from e returning id`,
    [theirs.id, lead.body.id, webhook.body.id],
  );
  const [kpi] = await t.ownerQuery<{ id: string }>(
    `insert into kpi_definition (tenant_id, name, role, cap, metrics, created_at, updated_at)
     values ($1, '他们的考核', 'bd', 1.2, '[{"metric":"visits","weight":100,"target":10}]', now(), now()) returning id`,
    [theirs.id],
  );
  const view = await t.request('POST', '/api/v1/saved-views', {
    token: theirs.tokens.bd,
    body: { object: 'leads', name: '他们的视图', query: 'status=public', shared: true },
  });
  theirIds = {
    matches: match!.id,
    merchants: lead.body.id,
    'tag-rules': rule!.id,
    campaigns: campaign!.id,
    'saved-views': view.body.id,
    'org-units': theirs.units.teamA,
    users: theirs.userIds.bd,
    'api-keys': key.body.apiKey.id,
    lead: field.body.id,
    leads: lead.body.id,
    pools: pools.body.items[0].id,
    jobs: job!.id,
    opportunities: opportunity!.id,
    contracts: contract!.id,
    deals: deal!.id,
    tasks: task!.id,
    webhooks: webhook.body.id,
    'webhook-deliveries': delivery!.id,
    definitions: kpi!.id,
  };
});
afterAll(() => t.close());

/** Every route of the OpenAPI document that takes an id, with each of its methods. */
async function routesWithId(): Promise<Array<{ method: string; path: string; resource: string }>> {
  const routes: Array<{ method: string; path: string; resource: string }> = [];
  for (const { method, path } of (await apiRoutes(t)).routes) {
    if (!path.includes('{id}')) continue;
    const resource = path.split('/{id}')[0]!.replace('{object}', 'lead').split('/').pop()!;
    routes.push({ method, path, resource });
  }
  return routes;
}

/** Valid bodies for the routes that need one, so that the probe reaches the lookup. */
const sampleBodies = (): Record<string, unknown> => ({
  'PATCH /api/v1/tag-rules/{id}': { name: 'probe' },
  'POST /api/v1/leads/{id}/assign': { userId: mine.userIds.bd, reason: 'probe' },
  'POST /api/v1/leads/{id}/extend': { reason: 'probe' },
  'PATCH /api/v1/saved-views/{id}': { name: 'probe' },
  'POST /api/v1/leads/{id}/contacts': { name: 'probe' },
  'POST /api/v1/leads/{id}/opportunities': { title: 'probe' },
  'POST /api/v1/opportunities/{id}/stage': { stageKey: 'proposal' },
  'POST /api/v1/leads/{id}/contracts': {
    type: 'new',
    title: 'probe',
    amount: 1,
    commissionRate: 5,
    startOn: '2026-12-01',
    endOn: '2027-12-01',
  },
  'POST /api/v1/contracts/{id}/terminate': { reason: 'probe' },
  'POST /api/v1/leads/{id}/deals': {
    title: 'probe',
    items: [{ name: 'probe', quantity: 1 }],
    listPrice: 2,
    dealPrice: 1,
    validFrom: '2026-12-01',
    validTo: '2027-12-01',
  },
  'POST /api/v1/deals/{id}/reject': { reasons: ['other'], comment: 'probe' },
  'POST /api/v1/deals/{id}/offline': { reason: 'probe' },
  'POST /api/v1/contracts/{id}/reject': { comment: 'probe' },
  'POST /api/v1/leads/{id}/handover': { opsUserId: mine.userIds.ops },
  'PUT /api/v1/campaigns/{id}': {
    name: 'probe',
    target: 'leads',
    leadFilter: {},
    task: { kind: 'visit', title: 'probe', dueInDays: 1 },
  },
  'POST /api/v1/tasks/{id}/reject': { reason: 'probe' },
  'POST /api/v1/tasks/{id}/escalate': { reason: 'probe' },
  'POST /api/v1/tasks/{id}/reassign': { assigneeId: mine.userIds.bd, reason: 'probe' },
  'POST /api/v1/tasks/{id}/intervene': { action: 'none', note: 'probe' },
  'PATCH /api/v1/kpi/definitions/{id}': { name: 'probe' },
  'POST /api/v1/leads/{id}/visits': { lat: 39.9, lng: 116.3, kind: 'first' },
  'POST /api/v1/review/leads/{id}/reject': { reason: 'probe' },
  'POST /api/v1/review/leads/{id}/merge': { intoId: '999999998' },
  'PUT /api/v1/pools/{id}': {
    name: 'probe',
    orgUnitIds: [],
    rules: {
      maxPrivate: 1,
      dailyClaimCap: 1,
      termDays: 1,
      noVisitDays: 1,
      noSignDays: 1,
      extendDays: 1,
      maxSelfExtensions: 1,
      reclaimCooldownDays: 1,
      remindBeforeDays: 1,
      exemptTags: [],
    },
  },
});

describe('tenant isolation', () => {
  it('answers another tenant’s id exactly as a missing id, on every route that takes one', async () => {
    const routes = await routesWithId();
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const route of routes) {
      const theirId = theirIds[route.resource];
      expect(theirId, `no sample id of another tenant for ${route.path}: add one to this test`).toBeDefined();
      const body =
        sampleBodies()[`${route.method} ${route.path}`] ??
        (['POST', 'PATCH', 'PUT'].includes(route.method) ? {} : undefined);
      const probe = (id: string) =>
        t.request(
          route.method as 'GET',
          route.path
            .replace('{object}', 'lead')
            .replace('{contactId}', '1')
            .replace('{attachmentId}', '1')
            .replace('{id}', id),
          {
            // Each route is probed by a role that may use it, so the answer comes from the lookup.
            token: route.path.endsWith('/claim') ? mine.tokens.bd : mine.tokens.tenant_admin,
            body,
          },
        );
      const [foreign, missing] = [await probe(theirId!), await probe('999999999')];
      expect(foreign.status, `${route.method} ${route.path} ${JSON.stringify(foreign.body)}`).toBe(404);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
      expect(strip(foreign.body)).toEqual(strip(missing.body));
    }
    // …and nothing of theirs changed.
    const theirUnit = await t.request('GET', `/api/v1/org-units/${theirs.units.teamA}`, {
      token: theirs.tokens.tenant_admin,
    });
    expect(theirUnit.body.name).toBe('海淀一组');
    const keys = await t.request('GET', '/api/v1/api-keys', { token: theirs.tokens.tenant_admin });
    expect(keys.body.items[0].revokedAt).toBeNull();
    const [theirDeal] = await t.ownerQuery<{ status: string }>(
      'select status from deal where tenant_id = $1 and id = $2',
      [theirs.id, theirIds.deals],
    );
    expect(theirDeal!.status).toBe('online');
    const theirHooks = await t.ownerQuery<{ url: string }>(
      'select url from webhook_endpoint where tenant_id = $1',
      [theirs.id],
    );
    expect(theirHooks).toEqual([{ url: 'https://example.com/theirs' }]);
    const [theirDelivery] = await t.ownerQuery<{ status: string }>(
      'select status from webhook_delivery where tenant_id = $1',
      [theirs.id],
    );
    expect(theirDelivery!.status).toBe('dead');
  });

  it('never lists another tenant’s rows', async () => {
    const users = await t.request('GET', '/api/v1/users?limit=200', { token: mine.tokens.hq });
    expect(users.body.items.map((u: { id: string }) => u.id)).not.toContain(theirs.userIds.bd);
    const log = await t.request('GET', '/api/v1/audit-log?limit=200', { token: mine.tokens.tenant_admin });
    expect(log.body.items.every((e: { objectId: string }) => e.objectId !== theirs.userIds.bd)).toBe(true);
    const deals = await t.request('GET', `/api/v1/deals?q=${encodeURIComponent('他们的团单')}`, {
      token: mine.tokens.hq,
    });
    expect(deals.body.items).toEqual([]);
  });

  it('answers a dashboard or score of another tenant’s unit or person as a missing one', async () => {
    for (const url of [
      `/api/v1/analytics/summary?unitId=${theirs.units.teamA}`,
      `/api/v1/analytics/breakdown?unitId=${theirs.units.city}`,
      `/api/v1/analytics/summary?userId=${theirs.userIds.bd}`,
      `/api/v1/analytics/merchants?userId=${theirs.userIds.bd}`,
      `/api/v1/kpi/scores?month=2026-11&unitId=${theirs.units.teamA}`,
    ]) {
      const reply = await t.request('GET', url, { token: mine.tokens.hq });
      expect(reply.status, url).toBe(404);
    }
  });

  it('refuses a unit of another tenant as a parent or as a user’s unit', async () => {
    const unit = await t.request('POST', '/api/v1/org-units', {
      token: mine.tokens.tenant_admin,
      body: { name: 'x', kind: 'team', parentId: theirs.units.city },
    });
    expect(unit.status).toBe(400);
    const user = await t.request('PATCH', `/api/v1/users/${mine.userIds.bd}`, {
      token: mine.tokens.tenant_admin,
      body: { orgUnitId: theirs.units.teamA },
    });
    expect(user.status).toBe(400);
  });
});

describe('row-level security, the second wall', () => {
  it('shows only the bound tenant’s rows even to a query that forgets to filter', async () => {
    const rows = await deliberatelyUnfiltered(() =>
      inTenant(t.db, mine.id, (trx) => trx.selectFrom('app_user').select(['tenant_id']).execute()),
    );
    expect(rows.length).toBe(9);
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([mine.id]));
  });

  it('shows nothing when no tenant is bound, although the configured login is a superuser', async () => {
    const [{ is_superuser }] = (await t.ownerQuery<{ is_superuser: string }>(
      "select current_setting('is_superuser') as is_superuser",
    )) as [{ is_superuser: string }];
    expect(is_superuser).toBe('on');
    const unbound = await deliberatelyUnfiltered(() =>
      t.db.transaction().execute((trx) => trx.selectFrom('app_user').selectAll().execute()),
    );
    expect(unbound).toEqual([]);
    const owner = await t.ownerQuery('select id from app_user');
    expect(owner.length).toBeGreaterThanOrEqual(18);
  });

  it('refuses to write a row into another tenant', async () => {
    const write = deliberatelyUnfiltered(() =>
      inTenant(t.db, mine.id, (trx) =>
        trx
          .updateTable('org_unit')
          .set({ name: 'hijacked' })
          .where('id', '=', theirs.units.teamA)
          .returning('id')
          .execute(),
      ),
    );
    expect(await write).toEqual([]);
    const insert = inTenant(t.db, mine.id, (trx) =>
      sql`insert into org_unit (tenant_id, parent_id, kind, name, path, created_at, updated_at)
          values (${theirs.id}, ${theirs.rootUnitId}, 'region', 'planted', '/x/', now(), now())`.execute(trx),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
    const [unit] = await t.ownerQuery<{ name: string }>(
      'select name from org_unit where tenant_id = $1 and id = $2',
      [theirs.id, theirs.units.teamA],
    );
    expect(unit!.name).toBe('海淀一组');
  });

  it('keeps the duplicate-candidate functions, which bypass row-level security, to the bound tenant', async () => {
    const probe = (fn: string) =>
      inTenant(t.db, mine.id, (trx) =>
        fn === 'create'
          ? sql`select * from gw_duplicate_candidates(${theirs.id}::bigint, 39.9, 116.3, array['01068118189'], 200, null, 10)`.execute(
              trx,
            )
          : sql`select * from gw_import_candidates(${theirs.id}::bigint, 200, 10)`.execute(trx),
      );
    await expect(probe('create')).rejects.toThrow(/not the tenant of this transaction/);
    await expect(probe('import')).rejects.toThrow(/not the tenant of this transaction/);
    const unbound = t.db
      .transaction()
      .execute((trx) =>
        sql`select * from gw_duplicate_candidates(${mine.id}::bigint, 39.9, 116.3, array['1'], 200, null, 10)`.execute(
          trx,
        ),
      );
    await expect(unbound).rejects.toThrow(/not the tenant of this transaction/);
  });

  it('never links a lead to another tenant’s store with the same phone at the same place', async () => {
    const store = { name: '隔壁烤鸭（双榆树店）', phone: '010-62551234', lat: 39.9699, lng: 116.3268 };
    const theirLead = await t.request('POST', '/api/v1/leads', {
      token: theirs.tokens.tenant_admin,
      body: { ...store, cityId: theirs.units.city },
    });
    expect(theirLead.status).toBe(201);
    const myLead = await t.request('POST', '/api/v1/leads', {
      token: mine.tokens.tenant_admin,
      body: { ...store, cityId: mine.units.city },
    });
    const page = await t.request('GET', `/api/v1/leads/${myLead.body.id}`, {
      token: mine.tokens.tenant_admin,
    });
    expect(page.body.duplicates).toEqual([]);
    const mySecond = await t.request('POST', '/api/v1/leads', {
      token: mine.tokens.tenant_admin,
      body: { ...store, name: '隔壁烤鸭 双榆树店', cityId: mine.units.city },
    });
    const second = await t.request('GET', `/api/v1/leads/${mySecond.body.id}`, {
      token: mine.tokens.tenant_admin,
    });
    expect(second.body.duplicates.map((d: { id: string }) => d.id)).toEqual([myLead.body.id]);
  });

  it('holds for a non-superuser login too', async () => {
    const login = `gw_login_${Date.now()}`;
    await t.ownerQuery(`create role ${login} login in role groundwork_app`);
    try {
      const url = new URL(t.url);
      url.username = login;
      const client = new pg.Client({ connectionString: url.toString(), options: '-c role=groundwork_app' });
      await client.connect();
      // The test's own statements, without a predicate on purpose: row-level security must hold.
      const unbound = await deliberatelyUnfiltered(() =>
        client.query('select count(*)::int as n from app_user'),
      );
      await client.query('begin');
      await client.query("select set_config('app.tenant_id', $1, true)", [theirs.id]);
      const bound = await deliberatelyUnfiltered(() =>
        client.query('select distinct tenant_id from app_user'),
      );
      await client.query('commit');
      await client.end();
      expect(unbound.rows[0].n).toBe(0);
      expect(bound.rows).toEqual([{ tenant_id: theirs.id }]);
    } finally {
      await t.ownerQuery(`drop role ${login}`);
    }
  });
});
