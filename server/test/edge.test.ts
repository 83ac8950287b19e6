import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from './api-routes.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from './harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

const counts = () =>
  t.ownerQuery(
    `select (select count(*) from tenant)::int as tenants, (select count(*) from org_unit)::int as units,
            (select count(*) from app_user)::int as users, (select count(*) from api_key)::int as keys,
            (select count(*) from audit_log)::int as audit`,
  );

const validUser = { username: 'valid', displayName: 'V', password: PASSWORD, role: 'bd' };

describe('bad input is refused with a problem document and changes nothing', () => {
  const cases: Array<[string, 'POST' | 'PATCH', () => string, () => unknown, string]> = [
    [
      'unknown field',
      'POST',
      () => '/api/v1/users',
      () => ({ ...validUser, orgUnitId: tenant.units.teamA, isAdmin: true }),
      '/body',
    ],
    [
      'oversized string',
      'POST',
      () => '/api/v1/users',
      () => ({ ...validUser, orgUnitId: tenant.units.teamA, displayName: '长'.repeat(101) }),
      '/body/displayName',
    ],
    [
      'wrong type',
      'POST',
      () => '/api/v1/users',
      () => ({ ...validUser, orgUnitId: Number(tenant.units.teamA) }),
      '/body/orgUnitId',
    ],
    [
      'number as string',
      'POST',
      () => '/api/v1/users',
      () => ({ ...validUser, orgUnitId: tenant.units.teamA, password: 12345678 }),
      '/body/password',
    ],
    ['missing field', 'POST', () => '/api/v1/org-units', () => ({ name: 'x', kind: 'team' }), '/body'],
    [
      'bad enum',
      'POST',
      () => '/api/v1/org-units',
      () => ({ name: 'x', kind: 'galaxy', parentId: tenant.units.city }),
      '/body/kind',
    ],
    [
      'empty name',
      'PATCH',
      () => `/api/v1/org-units/${tenant.units.teamA}`,
      () => ({ name: '' }),
      '/body/name',
    ],
    [
      'unknown patch field',
      'PATCH',
      () => `/api/v1/users/${tenant.userIds.bd}`,
      () => ({ username: 'renamed' }),
      '/body',
    ],
    [
      'nested unknown field',
      'POST',
      () => '/api/v1/api-keys',
      () => ({ name: 'k', role: 'bd', scopes: ['all'] }),
      '/body',
    ],
    ['array instead of object', 'POST', () => '/api/v1/org-units', () => [1, 2, 3], '/body'],
    [
      'NUL character (PostgreSQL cannot store it)',
      'POST',
      () => '/api/v1/org-units',
      () => ({ name: 'a\u0000b', kind: 'team', parentId: tenant.units.city }),
      '/body/name',
    ],
    [
      'lone surrogate (it would be stored as U+FFFD)',
      'POST',
      () => '/api/v1/users',
      () => ({ ...validUser, orgUnitId: tenant.units.teamA, displayName: 'x\ud800y' }),
      '/body/displayName',
    ],
    [
      'half a point',
      'POST',
      () => '/api/v1/leads',
      () => ({ name: '半个坐标的店', cityId: tenant.units.city, lat: 39.9 }),
      '/body/lat',
    ],
    ['SQL in an id', 'PATCH', () => '/api/v1/users/1;drop%20table%20app_user', () => ({}), '/params/id'],
    ['huge id', 'PATCH', () => '/api/v1/users/99999999999999999999999', () => ({}), '/params/id'],
  ];
  for (const [name, method, url, body, path] of cases) {
    it(name, async () => {
      const before = await counts();
      const reply = await t.request(method, url(), { token: tenant.tokens.tenant_admin, body: body() });
      expect(reply.status).toBe(400);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(reply.body).toMatchObject({ status: 400, code: 'validation_failed', title: 'Bad request' });
      expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await counts()).toEqual(before);
    });
  }

  it('refuses a bad query string', async () => {
    for (const query of [
      'limit=0',
      'limit=201',
      'limit=ten',
      'role=king',
      'active=maybe',
      `q=${'x'.repeat(65)}`,
    ]) {
      const reply = await t.request('GET', `/api/v1/users?${query}`, { token: tenant.tokens.tenant_admin });
      expect(reply.status, query).toBe(400);
      expect(reply.body.code).toBe('validation_failed');
    }
    const unknown = await t.request('GET', '/api/v1/users?sort=evil', { token: tenant.tokens.tenant_admin });
    expect(unknown.status).toBe(400);
    const nul = await t.request('GET', '/api/v1/users?q=a%00b', { token: tenant.tokens.tenant_admin });
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([{ path: '/querystring/q', message: expect.any(String) }]);
  });

  it('answers a malformed URL and an overlong path parameter with a problem document', async () => {
    for (const url of [
      '/api/v1/leads/%ED%A0%80',
      '/api/v1/leads/%E0%A4%A',
      `/api/v1/leads/${'9'.repeat(150)}`,
    ]) {
      const reply = await t.request('GET', url, { token: tenant.tokens.tenant_admin });
      expect(reply.status, url).toBe(400);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(reply.body).toMatchObject({ status: 400, code: 'validation_failed' });
    }
  });

  it('refuses malformed JSON, a wrong content type and an oversized body', async () => {
    const before = await counts();
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { authorization: `Bearer ${tenant.tokens.tenant_admin}`, 'content-type': 'application/json' },
      payload: '{"name": "x", ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('validation_failed');
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org-units',
      headers: { authorization: `Bearer ${tenant.tokens.tenant_admin}`, 'content-type': 'application/xml' },
      payload: '<unit/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('unsupported_media_type');
    const huge = await t.request('POST', '/api/v1/org-units', {
      token: tenant.tokens.tenant_admin,
      body: { name: 'x'.repeat(2 * 1024 * 1024), kind: 'team', parentId: tenant.units.city },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
    expect(await counts()).toEqual(before);
  });

  it('answers an unknown route with a 404 problem document', async () => {
    const reply = await t.request('GET', '/api/v1/nothing-here', { token: tenant.tokens.bd });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ code: 'not_found', status: 404 });
  });
});

describe('operations', () => {
  it('answers health and readiness without a token', async () => {
    expect((await t.request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await t.request('GET', '/readyz')).body).toEqual({ status: 'ready' });
  });

  it('echoes a sane request id and makes one up otherwise', async () => {
    const given = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const hostile = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'a b\nc' } });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await t.request('GET', '/api/v1/users', { headers: { 'x-request-id': 'trace-456' } });
    expect(problem.body.requestId).toBe('trace-456');
  });
});

describe('the API contract', () => {
  it('describes every route in the OpenAPI document, with request and response schemas', async () => {
    const { doc, routes } = await apiRoutes(t);
    expect(doc.openapi).toBe('3.1.0');
    const described = new Set<string>();
    for (const route of routes) {
      const name = `${route.method} ${route.path}`;
      described.add(name);
      expect(route.summary, `${name} has a summary`).toBeTruthy();
      expect(
        Object.keys(route.responses).some((s) => s.startsWith('2')),
        `${name} success response`,
      ).toBe(true);
      expect(route.responses['4XX'] ?? route.responses['4xx'], `${name} problem response`).toBeDefined();
    }
    for (const route of [
      'POST /api/v1/auth/login',
      'GET /api/v1/auth/me',
      'POST /api/v1/platform/tenants',
      'GET /api/v1/org-units',
      'POST /api/v1/org-units',
      'PATCH /api/v1/org-units/{id}',
      'GET /api/v1/users',
      'POST /api/v1/users',
      'PATCH /api/v1/users/{id}',
      'GET /api/v1/api-keys',
      'POST /api/v1/api-keys',
      'DELETE /api/v1/api-keys/{id}',
      'GET /api/v1/audit-log',
    ]) {
      expect(described, route).toContain(route);
    }
    expect(
      doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.additionalProperties,
    ).toBe(false);
  });

  it('serves the reference UI at /api/docs', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });
});
