import path from 'node:path';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { hashPassword } from '../src/platform/auth/passwords.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from './harness.ts';
import { setPoolRules } from './leads-fixtures.ts';
import { adminQuery, appOn, cleanEnv, createEmptyDatabase, runCli, scratchDir } from './run-cli.ts';

let t: TestContext;
let tenant: TestTenant;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  t = await createTestContext({}, 6);
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant, { maxPrivate: 10_000, dailyClaimCap: 10_000 });
  scratch = await scratchDir('groundwork-backup-live-');
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await scratch?.remove();
  await t?.close();
});

const cli = (args: string[], url: string) => runCli(args, cleanEnv({ DATABASE_URL: url }));

async function emptyDatabase() {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  return database;
}

const count = async (url: string, query: string, params: unknown[] = []) =>
  Number((await adminQuery<{ n: string }>(query, params, url))[0]!.n);

/**
 * What no committed use case leaves half-done: a lead has its pool state, its history and its audit
 * row; a claim has its history, its audit row and its place on the rep's counter.
 */
async function halfDone(url: string, tenantId: string) {
  return adminQuery(
    `select 'lead without state' as problem, l.id::text from lead l
       where l.tenant_id = $1 and not exists
         (select 1 from lead_state s where s.tenant_id = l.tenant_id and s.lead_id = l.id)
     union all
     select 'lead without created event', l.id::text from lead l
       where l.tenant_id = $1 and not exists
         (select 1 from lead_event e where e.tenant_id = l.tenant_id and e.lead_id = l.id and e.kind = 'created')
     union all
     select 'lead without audit row', l.id::text from lead l
       where l.tenant_id = $1 and not exists
         (select 1 from audit_log a where a.tenant_id = l.tenant_id and a.action = 'lead.created'
            and a.object_id = l.id::text)
     union all
     select 'claim without history', s.lead_id::text from lead_state s
       where s.tenant_id = $1 and s.status = 'private' and not exists
         (select 1 from lead_event e where e.tenant_id = s.tenant_id and e.lead_id = s.lead_id and e.kind = 'claimed')
     union all
     select 'claim without audit row', s.lead_id::text from lead_state s
       where s.tenant_id = $1 and s.status = 'private' and not exists
         (select 1 from audit_log a where a.tenant_id = s.tenant_id and a.action = 'lead.claimed'
            and a.object_id = s.lead_id::text)
     union all
     select 'counter off by ' || (q.private_count - count(s.lead_id)), q.user_id::text from pool_quota q
       left join lead_state s on s.tenant_id = q.tenant_id and s.owner_id = q.user_id and s.status = 'private'
       where q.tenant_id = $1
       group by q.user_id, q.private_count having q.private_count <> count(s.lead_id)`,
    [tenantId],
    url,
  );
}

describe('backup of a running system', () => {
  it('is one point in time: taken while stores are created and claimed, it restores with nothing half-done', async () => {
    const bds = [tenant.tokens.bd, tenant.tokens.bd_b];
    let stop = false;
    let made = 0;
    let claimed = 0;
    // Two reps each enter stores and claim them, as fast as the app lets them, until told to stop.
    const writer = async (token: string, lane: number) => {
      while (!stop) {
        const i = made++;
        const created = await t.request('POST', '/api/v1/leads', {
          token: tenant.tokens.tenant_admin,
          body: {
            name: `备份测试${lane}-${i}号店`,
            cityId: tenant.units.city,
            // ~1 km apart: never each other's duplicates.
            lat: 30 + (i % 400) * 0.01,
            lng: 110 + lane * 2 + Math.floor(i / 400) * 0.01,
            phone: `139${String(lane)}${String(i).padStart(7, '0')}`,
          },
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const claim = await t.request('POST', `/api/v1/leads/${created.body.id}/claim`, { token });
        expect(claim.status, JSON.stringify(claim.body)).toBe(200);
        claimed++;
      }
    };
    const leadsNow = () => count(t.url, 'select count(*) as n from lead where tenant_id = $1', [tenant.id]);

    const writers = bds.map((token, lane) => writer(token, lane));
    try {
      while (claimed < 4) await new Promise((resolve) => setTimeout(resolve, 50));
      const before = await leadsNow();
      const file = path.join(scratch.dir, 'live.dump');
      const backup = await cli(['backup', '--file', file], t.url);
      const after = await leadsNow();
      expect(backup.code, backup.stderr).toBe(0);
      // Writes went on while pg_dump ran.
      expect(after).toBeGreaterThan(before);

      stop = true;
      await Promise.all(writers);

      const target = await emptyDatabase();
      const restore = await cli(['restore', '--file', file], target.url);
      expect(restore.code, restore.stderr).toBe(0);
      const restored = await count(target.url, 'select count(*) as n from lead where tenant_id = $1', [
        tenant.id,
      ]);
      expect(restored).toBeGreaterThanOrEqual(before);
      expect(restored).toBeLessThanOrEqual(after);
      expect(await halfDone(target.url, tenant.id)).toEqual([]);

      // The restored system goes on where the snapshot stopped: new stores get fresh ids.
      const app = await appOn(target.url);
      try {
        const more = await app.request('POST', '/api/v1/leads', {
          token: tenant.tokens.tenant_admin,
          body: { name: '恢复后新店', cityId: tenant.units.city, lat: 29.5, lng: 109.5 },
        });
        expect(more.status, JSON.stringify(more.body)).toBe(201);
        const mine = await app.request('GET', '/api/v1/leads?scope=mine&limit=200', {
          token: tenant.tokens.bd,
        });
        expect(mine.status).toBe(200);
        expect(mine.body.items.length).toBeGreaterThan(0);
      } finally {
        await app.close();
      }
    } finally {
      stop = true;
      await Promise.allSettled(writers);
    }
    expect(await halfDone(t.url, tenant.id)).toEqual([]);
  });
});

/** The migration before `near_keys`, which adds a generated column to every lead. */
const OLD_SCHEMA = '20261126T001500_name_prefix';

async function migrateTo(url: string, name: string) {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: createPool(url, { appRole: false, max: 1 }) }),
  });
  try {
    const { error } = await new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
    }).migrateTo(name);
    if (error) throw error;
  } finally {
    await db.destroy();
  }
}

/** A tenant with an admin and two stores, written as the schema of that time stored them. */
async function legacyData(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (text: string, params: unknown[]) =>
      (await client.query(text, params)).rows[0]!.id as string;
    const tenantId = await one(
      `insert into tenant (slug, name, template, settings) values ('legacy', '旧租户', 'takeaway', '{}') returning id`,
      [],
    );
    const hq = await one(
      `insert into org_unit (tenant_id, kind, name, path, created_at, updated_at)
       values ($1, 'hq', '总部', '/', now(), now()) returning id`,
      [tenantId],
    );
    await client.query(`update org_unit set path = '/' || id || '/' where tenant_id = $1 and id = $2`, [
      tenantId,
      hq,
    ]);
    const city = await one(
      `insert into org_unit (tenant_id, parent_id, kind, name, path, created_at, updated_at)
       values ($1, $2, 'city', '北京市', '', now(), now()) returning id`,
      [tenantId, hq],
    );
    await client.query(
      `update org_unit set path = '/' || $2::text || '/' || id || '/' where tenant_id = $1 and id = $3`,
      [tenantId, hq, city],
    );
    await client.query(
      `insert into app_user (tenant_id, org_unit_id, role, username, display_name, password_hash, created_at, updated_at)
       values ($1, $2, 'tenant_admin', 'admin', '管理员', $3, now(), now())`,
      [tenantId, hq, await hashPassword(PASSWORD)],
    );
    const leadIds: string[] = [];
    for (const [name, lat, lng] of [
      ['老字号烤鸭(海淀店)', 39.98, 116.31],
      ['老字号烤鸭(朝阳店)', 39.92, 116.46],
    ] as const) {
      const id = await one(
        `insert into lead (tenant_id, name, normalized_name, core_name, city_id, lat, lng, channel, created_at, updated_at)
         values ($1, $2, $2, '老字号烤鸭', $3, $4, $5, 'bd', now(), now()) returning id`,
        [tenantId, name, city, lat, lng],
      );
      await client.query(
        `insert into lead_state (tenant_id, lead_id, status, updated_at) values ($1, $2, 'public', now())`,
        [tenantId, id],
      );
      leadIds.push(id);
    }
    return { tenantId, leadIds };
  } finally {
    await client.end();
  }
}

describe('restoring the backup of an older version', () => {
  it('is brought up to date by the migrations alone, with its data intact', async () => {
    const old = await emptyDatabase();
    await migrateTo(old.url, OLD_SCHEMA);
    const { leadIds } = await legacyData(old.url);
    const file = path.join(scratch.dir, 'old.dump');
    const backup = await cli(['backup', '--file', file], old.url);
    expect(backup.code, backup.stderr).toBe(0);

    const target = await emptyDatabase();
    const restore = await cli(['restore', '--file', file], target.url);
    expect(restore.code, restore.stderr).toBe(0);
    const applied = async () =>
      (
        await adminQuery<{ name: string }>('select name from kysely_migration order by name', [], target.url)
      ).map((r) => r.name);
    expect((await applied()).at(-1)).toBe(OLD_SCHEMA);

    // What `groundwork migrate` and every server start run (the CLI itself is covered by cli.test.ts).
    await migrateToLatest(target.url);
    expect(await applied()).toEqual(Object.keys(migrations));
    // The later migrations filled what they added for the rows that were already there.
    expect(
      await count(target.url, `select count(*) as n from lead where coalesce(cardinality(near_keys), 0) = 0`),
    ).toBe(0);

    const app = await appOn(target.url);
    try {
      const token = await app.login('legacy', 'admin', PASSWORD);
      for (const id of leadIds) {
        const lead = await app.request('GET', `/api/v1/leads/${id}`, { token });
        expect(lead.status, JSON.stringify(lead.body)).toBe(200);
        expect(lead.body.name).toMatch(/^老字号烤鸭/);
      }
      const near = await app.request('GET', '/api/v1/leads/nearby?lat=39.98&lng=116.31&radius=1000', {
        token,
      });
      expect(near.status, JSON.stringify(near.body)).toBe(200);
      expect(near.body.items.map((l: { id: string }) => l.id)).toEqual([leadIds[0]]);
    } finally {
      await app.close();
    }
  });
});
