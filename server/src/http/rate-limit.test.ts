import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../test/harness.ts';
import { buildApp } from '../app.ts';
import { MINUTE } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { INQUIRY_LIMIT } from '../modules/inquiries/routes.ts';
import { LOGIN_FAILURE_LIMIT } from '../platform/auth/service.ts';
import type { App } from './types.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let t: TestContext;
let tenant: TestTenant;
const apps: App[] = [];

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(async () => {
  for (const app of apps) {
    await app.close();
    await app.deps.db.destroy();
  }
  await t.close();
});

/** A second (third …) instance on the same database: its own pool, caches and rate-limit store. */
async function instance(env: NodeJS.ProcessEnv = {}): Promise<App> {
  const config = loadConfig({ DATABASE_URL: t.url, GROUNDWORK_LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ db: createDb(t.url, { max: 2 }), config, clock: t.clock });
  apps.push(app);
  return app;
}

/** An address no other run of this test (on the shared Redis) uses. */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const inquiry = (i: number) => ({
  storeName: `多实例限流${i}号店`,
  contactName: '李老板',
  phone: '13800001111',
  address: '望京街9号',
  cityName: '北京',
  category: '面馆',
  message: '请联系我',
});

async function inquiries(pair: App[], ip: string, n: number, headers: Record<string, string> = {}) {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const reply = await pair[i % pair.length]!.inject({
      method: 'POST',
      url: `/api/v1/public/${tenant.slug}/inquiries`,
      payload: inquiry(i),
      remoteAddress: ip,
      headers,
    });
    statuses.push(reply.statusCode);
  }
  return statuses;
}

const expected = (n: number, max: number) => Array.from({ length: n }, (_, i) => (i < max ? 201 : 429));

describe.each([
  ['PostgreSQL', {}],
  ['Redis', { REDIS_URL }],
])('rate limits held in %s', (_store, env) => {
  let pair: App[];
  beforeAll(async () => {
    pair = [await instance(env), await instance(env)];
    expect(pair[0]!.deps.rateLimits.kind).toBe('REDIS_URL' in env ? 'redis' : 'postgres');
  });

  it('count inquiries of one address across two instances against one limit', async () => {
    const ip = someAddress();
    expect(await inquiries(pair, ip, 9)).toEqual(expected(9, INQUIRY_LIMIT.max));
    // Another address has its own allowance.
    expect(await inquiries(pair, someAddress(), 1)).toEqual([201]);
  });

  it('count requests that arrive at both instances at once exactly', async () => {
    const ip = someAddress();
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pair[i % 2]!.inject({
          method: 'POST',
          url: `/api/v1/public/${tenant.slug}/inquiries`,
          payload: inquiry(100 + i),
          remoteAddress: ip,
        }),
      ),
    );
    const statuses = replies.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(INQUIRY_LIMIT.max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - INQUIRY_LIMIT.max);
    const refused = replies.find((r) => r.statusCode === 429)!;
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600);
  });

  it('refuse an address after 50 failed logins spread over both instances, whatever the account', async () => {
    const ip = someAddress();
    const attempt = (i: number, password: string, username = `nobody${i % 7}`) =>
      pair[i % 2]!.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { tenant: tenant.slug, username, password },
        remoteAddress: ip,
      });
    for (let i = 0; i < LOGIN_FAILURE_LIMIT.max; i++) {
      expect((await attempt(i, 'wrong-password')).statusCode).toBe(401);
    }
    const refused = await attempt(0, PASSWORD, 'bd');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    // From elsewhere the same user signs in: the address is limited, not the account.
    const elsewhere = await pair[1]!.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { tenant: tenant.slug, username: 'bd', password: PASSWORD },
      remoteAddress: someAddress(),
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('the PostgreSQL store', () => {
  it('opens a new window when the old one has closed', async () => {
    const pair = [await instance(), await instance()];
    const ip = someAddress();
    expect(await inquiries(pair, ip, 6)).toEqual(expected(6, INQUIRY_LIMIT.max));
    t.clock.advance(INQUIRY_LIMIT.windowMs + MINUTE);
    expect(await inquiries(pair, ip, 1)).toEqual([201]);
  });
});

describe('behind a proxy (GROUNDWORK_TRUST_PROXY)', () => {
  it('limits the client address the trusted proxy forwards, and ignores the header from anyone else', async () => {
    const proxied = await instance({ GROUNDWORK_TRUST_PROXY: '127.0.0.1' });
    const client = someAddress();
    const viaProxy = { 'x-forwarded-for': client };
    // Through the proxy (127.0.0.1): each forwarded client has its own allowance.
    expect(await inquiries([proxied], '127.0.0.1', 6, viaProxy)).toEqual(expected(6, INQUIRY_LIMIT.max));
    expect(await inquiries([proxied], '127.0.0.1', 1, { 'x-forwarded-for': someAddress() })).toEqual([201]);
    // A client that reaches the port directly cannot pick a fresh address by sending the header.
    const direct = someAddress();
    expect(
      await inquiries([proxied], direct, 6, { 'x-forwarded-for': someAddress() }).then((s) => s.at(-1)),
    ).toBe(429);
    const audit = await t.ownerQuery<{ ip: string }>(
      `select ip from audit_log where tenant_id = $1 and ip = $2 limit 1`,
      [tenant.id, client],
    );
    expect(audit).toEqual([{ ip: client }]);
  });
});
