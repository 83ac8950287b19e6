import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDatabaseUrl } from './database-url.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from './harness.ts';
import {
  adminQuery,
  appOn,
  cleanEnv,
  createEmptyDatabase,
  holdDatabase,
  runCli,
  STACK_FRAME,
  scratchDir,
} from './run-cli.ts';

/** Every row the platform keeps, in key order, and its schema: what a restore must give back. */
const SNAPSHOT = {
  tenant: 'select * from tenant order by id',
  org_unit: 'select * from org_unit order by tenant_id, id',
  app_user: 'select * from app_user order by tenant_id, id',
  api_key: 'select * from api_key order by tenant_id, id',
  audit_log: 'select * from audit_log order by tenant_id, id',
  system_secret: 'select * from system_secret order by name',
  // The schema around the rows: indexes (the geo index needs special care), the row-level
  // security policies and what the application role may do.
  indexes: `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`,
  policies: `select tablename, policyname, roles, qual, with_check from pg_policies order by 1, 2`,
  grants: `select table_name, privilege_type from information_schema.role_table_grants
           where grantee = 'groundwork_app' order by 1, 2`,
};

async function snapshot(url: string) {
  const rows: Record<string, unknown[]> = {};
  for (const [table, query] of Object.entries(SNAPSHOT)) rows[table] = await adminQuery(query, [], url);
  return rows;
}

let t: TestContext;
let tenant: TestTenant;
let apiKeyToken: string;
let scratch: Awaited<ReturnType<typeof scratchDir>>;
let backupFile: string;
let original: Awaited<ReturnType<typeof snapshot>>;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
  const key = await t.request('POST', '/api/v1/api-keys', {
    token: tenant.tokens.tenant_admin,
    body: { name: 'ERP sync', role: 'ops' },
  });
  expect(key.status).toBe(201);
  apiKeyToken = key.body.token;
  original = await snapshot(t.url);
  scratch = await scratchDir('groundwork-backup-');
  backupFile = path.join(scratch.dir, 'groundwork.dump');
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await scratch?.remove();
  await t?.close();
});

const cli = (args: string[], url: string, extra: NodeJS.ProcessEnv = {}) =>
  runCli(args, cleanEnv({ DATABASE_URL: url, ...extra }));

async function emptyDatabase() {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  return database;
}

describe('groundwork backup and restore', () => {
  it('backup writes a file that only its owner can read', async () => {
    const result = await cli(['backup', '--file', backupFile], t.url);
    expect(result.stderr).toBe('');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`written to ${backupFile}`);
    const stat = await fs.stat(backupFile);
    expect(stat.mode & 0o777).toBe(0o600);
    expect(stat.size).toBeGreaterThan(1000);
    expect(await fs.readdir(scratch.dir)).toEqual(['groundwork.dump']);
  });

  it('restore into an empty database gives back every row, and the app works on it as before', async () => {
    const target = await emptyDatabase();
    const result = await cli(['restore', '--file', backupFile], target.url);
    expect(result.stderr).toBe('');
    expect(result.code, result.stderr).toBe(0);
    expect(await snapshot(target.url)).toEqual(original);

    const restored = await appOn(target.url);
    try {
      await restored.login(tenant.slug, 'bd', PASSWORD);
      // The token-signing secret came along: sessions and API keys issued before still work.
      const session = await restored.request('GET', '/api/v1/auth/me', { token: tenant.tokens.hq });
      expect(session.body.user?.username, JSON.stringify(session.body)).toBe('hq');
      const key = await restored.request('GET', '/api/v1/auth/me', { token: apiKeyToken });
      expect(key.body).toMatchObject({ kind: 'api_key', role: 'ops' });
      const units = await restored.request('GET', '/api/v1/org-units', { token: tenant.tokens.city_manager });
      expect(units.body.items.map((u: any) => u.id).sort()).toEqual(
        [tenant.units.city, tenant.units.teamA, tenant.units.teamB].sort(),
      );
      // New rows continue the ids instead of colliding with restored ones.
      const created = await restored.request('POST', '/api/v1/org-units', {
        token: tenant.tokens.tenant_admin,
        body: { name: '西城一组', kind: 'team', parentId: tenant.units.city },
      });
      expect(created.status).toBe(201);
    } finally {
      await restored.close();
    }
    // Row-level security came along too: the application role sees no user without a tenant.
    expect(await asAppRole(target.url, 'select count(*)::int as n from app_user')).toEqual([{ n: 0 }]);
  });

  it('restore refuses a database that is not empty, or that a server is using, and changes nothing', async () => {
    const target = await emptyDatabase();
    const first = await cli(['restore', '--file', backupFile], target.url);
    expect(first.code, first.stderr).toBe(0);
    await adminQuery(`update tenant set name = 'Renamed after the backup'`, [], target.url);
    const before = await snapshot(target.url);

    const again = await cli(['restore', '--file', backupFile], target.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
    expect(again.stderr).toContain('--clean');
    expect(again.stderr).not.toMatch(STACK_FRAME);
    expect(await snapshot(target.url)).toEqual(before);

    // The original database has the test's app connected, as a running server would be.
    const underServer = await cli(['restore', '--clean', '--file', backupFile], t.url);
    expect(underServer.code).toBe(1);
    expect(underServer.stderr).toContain('Stop the server first');
    expect(await snapshot(t.url)).toEqual(original);
  });

  it('restore --clean replaces what the backup contains', async () => {
    const target = await emptyDatabase();
    const first = await cli(['restore', '--file', backupFile], target.url);
    expect(first.code, first.stderr).toBe(0);
    const app = await appOn(target.url);
    try {
      const added = await app.request('POST', '/api/v1/users', {
        token: tenant.tokens.tenant_admin,
        body: {
          username: 'later',
          displayName: 'Later',
          password: PASSWORD,
          role: 'bd',
          orgUnitId: tenant.units.teamA,
        },
      });
      expect(added.status).toBe(201);
    } finally {
      await app.close();
    }
    const result = await cli(['restore', '--clean', '--file', backupFile], target.url);
    expect(result.stderr).toBe('');
    expect(result.code, result.stderr).toBe(0);
    expect(await snapshot(target.url)).toEqual(original);
  });

  it('restores as a login that is no superuser and was not yet a member of the application role', async () => {
    // How a managed PostgreSQL is set up: a superuser installs the extensions, the database
    // belongs to an ordinary login that may create roles.
    const login = `gw_t_restorer_${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    const database = `gw_t_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
    await adminQuery(`create role ${login} login createrole password '${password}'`);
    cleanups.push(async () => {
      await adminQuery(`drop database if exists ${database} with (force)`);
      await adminQuery(`drop role if exists ${login}`);
    });
    await adminQuery(`create database ${database} owner ${login}`);
    const superuserUrl = new URL(baseDatabaseUrl);
    superuserUrl.pathname = `/${database}`;
    cleanups.push(await holdDatabase(superuserUrl.toString()));
    for (const extension of ['cube', 'earthdistance', 'pg_trgm', 'btree_gist']) {
      await adminQuery(`create extension ${extension}`, [], superuserUrl.toString());
    }
    const url = new URL(superuserUrl);
    url.username = login;
    url.password = password;

    const result = await cli(['restore', '--file', backupFile], url.toString());
    expect(result.stderr).toBe('');
    expect(result.code, result.stderr).toBe(0);
    const app = await appOn(url.toString());
    try {
      await app.login(tenant.slug, 'admin', PASSWORD);
    } finally {
      await app.close();
    }
    // The backup's default privileges were re-issued for this login, so a table a later
    // migration creates is open to the application role.
    await adminQuery('create table later_migration (id int)', [], url.toString());
    expect(await asAppRole(url.toString(), 'select count(*)::int as n from later_migration')).toEqual([
      { n: 0 },
    ]);
  });
});

describe('groundwork backup without usable PostgreSQL client tools', () => {
  it('says what to install when pg_dump is missing', async () => {
    const result = await cli(['backup', '--file', backupFile], t.url, {
      GROUNDWORK_PG_BIN: path.join(scratch.dir, 'no-such-folder'),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump was not found');
    expect(result.stderr).toContain('apt-get install postgresql-client-15');
    expect(result.stderr).toContain('GROUNDWORK_PG_BIN');
  });

  it('refuses a pg_restore older than the server, naming both versions', async () => {
    const bin = path.join(scratch.dir, 'old-bin');
    await fs.mkdir(bin);
    await fs.writeFile(path.join(bin, 'pg_restore'), '#!/bin/sh\necho "pg_restore (PostgreSQL) 12.22"\n', {
      mode: 0o755,
    });
    const target = await emptyDatabase();
    const result = await cli(['restore', '--file', backupFile], target.url, { GROUNDWORK_PG_BIN: bin });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PostgreSQL 15');
    expect(result.stderr).toContain('version 12');
    expect(result.stderr).toContain('postgresql-client-15');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

/** Runs one query as the row-level-security-bound role the app uses, with no tenant bound. */
async function asAppRole(url: string, query: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set role groundwork_app');
    return (await client.query(query)).rows;
  } finally {
    await client.end();
  }
}
