import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_ROLES, type TenantRole } from '../src/platform/roles.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from './harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

type Call = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: () => string;
  body?: (role: string) => unknown;
};

/** Each route of the foundation and the roles that may use it; every other role must get 403. */
const MATRIX: Array<{ name: string; call: Call; allowed: TenantRole[] | 'all'; okStatus: number }> = [
  {
    name: 'read own identity',
    call: { method: 'GET', url: () => '/api/v1/auth/me' },
    allowed: 'all',
    okStatus: 200,
  },
  {
    name: 'read tenant settings',
    call: { method: 'GET', url: () => '/api/v1/tenant' },
    allowed: 'all',
    okStatus: 200,
  },
  {
    name: 'list org units',
    call: { method: 'GET', url: () => '/api/v1/org-units' },
    allowed: 'all',
    okStatus: 200,
  },
  {
    name: 'create org unit',
    call: {
      method: 'POST',
      url: () => '/api/v1/org-units',
      body: (role) => ({ name: `team-${role}`, kind: 'team', parentId: tenant.units.city }),
    },
    allowed: ['tenant_admin'],
    okStatus: 201,
  },
  {
    name: 'rename org unit',
    call: {
      method: 'PATCH',
      url: () => `/api/v1/org-units/${tenant.units.teamA}`,
      body: (role) => ({ name: `A-${role}` }),
    },
    allowed: ['tenant_admin'],
    okStatus: 200,
  },
  { name: 'list users', call: { method: 'GET', url: () => '/api/v1/users' }, allowed: 'all', okStatus: 200 },
  {
    name: 'create user',
    call: {
      method: 'POST',
      url: () => '/api/v1/users',
      body: (role) => ({
        username: `u-${role}`,
        displayName: 'x',
        password: PASSWORD,
        role: 'bd',
        orgUnitId: tenant.units.teamA,
      }),
    },
    allowed: ['tenant_admin'],
    okStatus: 201,
  },
  {
    name: 'change user',
    call: {
      method: 'PATCH',
      url: () => `/api/v1/users/${tenant.userIds.bd_b}`,
      body: (role) => ({ displayName: `by ${role}` }),
    },
    allowed: ['tenant_admin'],
    okStatus: 200,
  },
  {
    name: 'list API keys',
    call: { method: 'GET', url: () => '/api/v1/api-keys' },
    allowed: ['tenant_admin'],
    okStatus: 200,
  },
  {
    name: 'create API key',
    call: {
      method: 'POST',
      url: () => '/api/v1/api-keys',
      body: (role) => ({ name: `k-${role}`, role: 'reviewer' }),
    },
    allowed: ['tenant_admin'],
    okStatus: 201,
  },
  {
    name: 'read audit log',
    call: { method: 'GET', url: () => '/api/v1/audit-log' },
    allowed: ['tenant_admin'],
    okStatus: 200,
  },
  {
    name: 'list tenants',
    call: { method: 'GET', url: () => '/api/v1/platform/tenants' },
    allowed: [],
    okStatus: 200,
  },
  {
    name: 'create tenant',
    call: {
      method: 'POST',
      url: () => '/api/v1/platform/tenants',
      body: (role) => ({
        slug: `x-${role.replace('_', '-')}`,
        name: 'x',
        template: 'groupbuy',
        admin: { username: 'a', password: PASSWORD },
      }),
    },
    allowed: [],
    okStatus: 201,
  },
];

describe('what each role may do', () => {
  for (const entry of MATRIX) {
    for (const role of TENANT_ROLES) {
      const allowed = entry.allowed === 'all' || entry.allowed.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${entry.name}`, async () => {
        const before = await t.ownerQuery<{ n: number }>('select count(*)::int as n from audit_log');
        const reply = await t.request(entry.call.method, entry.call.url(), {
          token: tenant.tokens[role],
          body: entry.call.body?.(role),
        });
        if (allowed) {
          expect(reply.status).toBe(entry.okStatus);
        } else {
          expect(reply.status).toBe(403);
          expect(reply.body.code).toBe('forbidden');
          // A refused write leaves no trace but the refusal itself.
          expect(await t.ownerQuery<{ n: number }>('select count(*)::int as n from audit_log')).toEqual(
            before,
          );
        }
      });
    }
  }

  it('the platform administrator may create and list tenants', async () => {
    const token = await t.platformToken();
    expect((await t.request('GET', '/api/v1/platform/tenants', { token })).status).toBe(200);
  });

  it('an API key acts with its role across the whole tenant, and stops when revoked', async () => {
    const created = await t.request('POST', '/api/v1/api-keys', {
      token: tenant.tokens.tenant_admin,
      body: { name: 'integration', role: 'reviewer' },
    });
    expect(created.status).toBe(201);
    const key: string = created.body.token;
    expect(key).toMatch(/^gwk_/);
    const stored = await t.ownerQuery<{ secret_hash: string }>(
      'select secret_hash from api_key where id = $1',
      [created.body.apiKey.id],
    );
    expect(stored[0]!.secret_hash).not.toContain(key.split('_').pop());

    const me = await t.request('GET', '/api/v1/auth/me', { token: key });
    expect(me.body).toMatchObject({ kind: 'api_key', role: 'reviewer', user: null });
    const viaHeader = await t.request('GET', '/api/v1/users', { headers: { 'x-api-key': key } });
    expect(viaHeader.status).toBe(200);
    expect(viaHeader.body.items.length).toBeGreaterThanOrEqual(9);
    expect(
      (
        await t.request('POST', '/api/v1/users', {
          token: key,
          body: {
            username: 'k',
            displayName: 'k',
            password: PASSWORD,
            role: 'bd',
            orgUnitId: tenant.units.teamA,
          },
        })
      ).status,
    ).toBe(403);

    const listed = await t.request('GET', '/api/v1/api-keys', { token: tenant.tokens.tenant_admin });
    const entry = listed.body.items.find((k: { id: string }) => k.id === created.body.apiKey.id);
    expect(entry.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(key);

    const wrongSecret = `${key.slice(0, -4)}AAAA`;
    expect((await t.request('GET', '/api/v1/auth/me', { token: wrongSecret })).status).toBe(401);

    const revoked = await t.request('DELETE', `/api/v1/api-keys/${created.body.apiKey.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(revoked.status).toBe(204);
    const refused = await t.request('GET', '/api/v1/auth/me', { token: key });
    expect(refused.status).toBe(401);
  });
});
