import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { ManualClock } from '../src/clock.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { createDb, type Db } from '../src/db/database.ts';
import type { App } from '../src/http/types.ts';
import type { TenantRole } from '../src/platform/roles.ts';
import { ensurePlatform } from '../src/platform/tenants/service.ts';
import { baseDatabaseUrl, withDatabase } from './database-url.ts';
import { PLATFORM_PASSWORD } from './platform-password.ts';

export { PLATFORM_PASSWORD };
export const PASSWORD = 'correct-horse-battery';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
}

/** A fresh database cloned from the migrated template, and the app built on it. */
export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gw_t_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseDatabaseUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${inject('templateDatabase')}"`);
  await admin.end();
  return {
    url: withDatabase(baseDatabaseUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseDatabaseUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export interface TestTenant {
  id: string;
  slug: string;
  rootUnitId: string;
  /** region → city → team A, team B, under the HQ root. */
  units: { region: string; city: string; teamA: string; teamB: string };
  tokens: Record<TenantRole | 'bd_b', string>;
  userIds: Record<TenantRole | 'bd_b', string>;
}

export class TestContext {
  private counter = 0;
  constructor(
    readonly app: App,
    readonly db: Db,
    readonly clock: ManualClock,
    readonly url: string,
    readonly config: Config,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const response = await this.app.inject({
      method,
      url,
      headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
      ...(options.body !== undefined ? { payload: options.body as object } : {}),
    });
    const text = response.body;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.statusCode, headers: response.headers, body };
  }

  async login(tenant: string, username: string, password = PASSWORD): Promise<string> {
    const reply = await this.request('POST', '/api/v1/auth/login', { body: { tenant, username, password } });
    if (reply.status !== 200)
      throw new Error(`login ${tenant}/${username} failed: ${JSON.stringify(reply.body)}`);
    return reply.body.accessToken;
  }

  platformToken(): Promise<string> {
    return this.login('platform', 'admin', PLATFORM_PASSWORD);
  }

  /** A new tenant through the API, with an org tree and one user per role (plus a second BD). */
  async createTenant(template: 'groupbuy' | 'hotel' | 'takeaway' = 'groupbuy'): Promise<TestTenant> {
    const slug = `t${randomBytes(4).toString('hex')}${++this.counter}`;
    const created = await this.request('POST', '/api/v1/platform/tenants', {
      token: await this.platformToken(),
      body: { slug, name: `Tenant ${slug}`, template, admin: { username: 'admin', password: PASSWORD } },
    });
    if (created.status !== 201) throw new Error(`tenant creation failed: ${JSON.stringify(created.body)}`);
    const adminToken = await this.login(slug, 'admin');
    const rootUnitId: string = created.body.admin.orgUnitId;
    const unit = async (name: string, kind: string, parentId: string): Promise<string> => {
      const reply = await this.request('POST', '/api/v1/org-units', {
        token: adminToken,
        body: { name, kind, parentId },
      });
      if (reply.status !== 201) throw new Error(`org unit failed: ${JSON.stringify(reply.body)}`);
      return reply.body.id;
    };
    const region = await unit('华北大区', 'region', rootUnitId);
    const city = await unit('北京市', 'city', region);
    const teamA = await unit('海淀一组', 'team', city);
    const teamB = await unit('朝阳一组', 'team', city);
    const placement: Record<Exclude<TenantRole, 'tenant_admin'> | 'bd_b', [TenantRole, string]> = {
      bd: ['bd', teamA],
      bd_b: ['bd', teamB],
      bd_manager: ['bd_manager', teamA],
      city_manager: ['city_manager', city],
      ops: ['ops', city],
      ops_manager: ['ops_manager', city],
      reviewer: ['reviewer', rootUnitId],
      hq: ['hq', rootUnitId],
    };
    const tokens = { tenant_admin: adminToken } as TestTenant['tokens'];
    const userIds = { tenant_admin: created.body.admin.id } as TestTenant['userIds'];
    for (const [username, [role, orgUnitId]] of Object.entries(placement)) {
      const reply = await this.request('POST', '/api/v1/users', {
        token: adminToken,
        body: { username, displayName: username, password: PASSWORD, role, orgUnitId },
      });
      if (reply.status !== 201) throw new Error(`user failed: ${JSON.stringify(reply.body)}`);
      userIds[username as TenantRole] = reply.body.id;
      tokens[username as TenantRole] = await this.login(slug, username);
    }
    return {
      id: created.body.tenant.id,
      slug,
      rootUnitId,
      units: { region, city, teamA, teamB },
      tokens,
      userIds,
    };
  }

  /** Rows as the table owner sees them, bypassing row-level security: for assertions only. */
  async ownerQuery<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.db.destroy();
    await this.dropDatabase();
  }
}

export async function createTestContext(env: NodeJS.ProcessEnv = {}, poolSize = 5): Promise<TestContext> {
  const { url, drop } = await createDatabase();
  const config = loadConfig({ DATABASE_URL: url, GROUNDWORK_LOG_LEVEL: 'silent', ...env });
  const db = createDb(url, { max: poolSize });
  const clock = new ManualClock('2026-11-25T08:00:00Z');
  const app = await buildApp({ db, config, clock });
  await ensurePlatform(app.deps, PLATFORM_PASSWORD);
  return new TestContext(app, db, clock, url, config, drop);
}
