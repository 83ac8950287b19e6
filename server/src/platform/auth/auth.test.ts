import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { HOUR, MINUTE } from '../../clock.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

const login = (body: Record<string, unknown>) => t.request('POST', '/api/v1/auth/login', { body });

describe('login', () => {
  it('gives a bearer token that identifies the user, the tenant and what they may do', async () => {
    const reply = await login({ tenant: tenant.slug, username: 'bd', password: PASSWORD });
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({ username: 'bd', role: 'bd', orgUnitId: tenant.units.teamA });
    expect(reply.body.tenant.slug).toBe(tenant.slug);
    expect(reply.body).not.toHaveProperty('user.passwordHash');

    const me = await t.request('GET', '/api/v1/auth/me', { token: reply.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      kind: 'user',
      role: 'bd',
      user: { username: 'bd' },
      tenant: { slug: tenant.slug },
    });
    expect(me.body.permissions).toEqual(['leads.claim', 'deals.draft', 'analytics.view']);
    // Where they work: their team, and the city it lies in (for stores they create on the street).
    expect(me.body.orgUnit).toEqual({ id: tenant.units.teamA, name: '海淀一组', kind: 'team' });
    expect(me.body.city).toEqual({ id: tenant.units.city, name: '北京市' });

    const admin = await t.request('GET', '/api/v1/auth/me', { token: tenant.tokens.tenant_admin });
    expect(admin.body.permissions).toEqual(
      expect.arrayContaining(['users.manage', 'org.manage', 'auditLog.read']),
    );
    const reviewer = await t.request('GET', '/api/v1/auth/me', { token: tenant.tokens.reviewer });
    expect(reviewer.body.permissions).toEqual(expect.arrayContaining(['deals.audit', 'deals.offline']));
    expect(reviewer.body.permissions).not.toContain('deals.draft');
    // Above any city, there is none to tell.
    expect(reviewer.body.city).toBeNull();
    expect(admin.body.permissions).toContain('leads.revealPhone');
    const manager = await t.request('GET', '/api/v1/auth/me', { token: tenant.tokens.bd_manager });
    expect(manager.body.permissions).toContain('leads.revealPhone');
    expect(manager.body.city).toEqual({ id: tenant.units.city, name: '北京市' });
  });

  it('accepts the username in any letter case', async () => {
    expect((await login({ tenant: tenant.slug, username: 'BD', password: PASSWORD })).status).toBe(200);
  });

  it('refuses a wrong password, an unknown user and an unknown tenant alike', async () => {
    const answers = await Promise.all([
      login({ tenant: tenant.slug, username: 'bd', password: 'wrong-password' }),
      login({ tenant: tenant.slug, username: 'nobody', password: PASSWORD }),
      login({ tenant: 'no-such-tenant', username: 'bd', password: PASSWORD }),
    ]);
    for (const reply of answers) {
      expect(reply.status).toBe(401);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(reply.body.code).toBe('invalid_credentials');
      expect(reply.body.detail).toBe(answers[0]!.body.detail);
    }
  });

  it('stores passwords as argon2id hashes only', async () => {
    const [row] = await t.ownerQuery<{ password_hash: string }>(
      'select password_hash from app_user where tenant_id = $1 and username = $2',
      [tenant.id, 'bd'],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
  });

  it('refuses requests without a token, with a malformed one, or with a forged one', async () => {
    expect((await t.request('GET', '/api/v1/users')).body.code).toBe('unauthorized');
    const malformed = await t.request('GET', '/api/v1/users', { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
    const [head, , sig] = tenant.tokens.bd.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        tid: tenant.id,
        sub: tenant.userIds.tenant_admin,
        iss: 'groundwork',
        exp: 4102444800,
      }),
    ).toString('base64url');
    const forged = await t.request('GET', '/api/v1/users', { token: `${head}.${forgedPayload}.${sig}` });
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('unauthorized');
  });
});

describe('lockout', () => {
  it('locks a user for 15 minutes after ten failures within 15 minutes, then lets them in again', async () => {
    const create = await t.request('POST', '/api/v1/users', {
      token: tenant.tokens.tenant_admin,
      body: {
        username: 'clumsy',
        displayName: 'Clumsy',
        password: PASSWORD,
        role: 'bd',
        orgUnitId: tenant.units.teamA,
      },
    });
    expect(create.status).toBe(201);
    for (let i = 0; i < 9; i++) {
      expect(
        (await login({ tenant: tenant.slug, username: 'clumsy', password: 'bad-password' })).status,
      ).toBe(401);
      t.clock.advance(MINUTE);
    }
    // Nine failures do not lock: the right password still works and clears the count.
    expect((await login({ tenant: tenant.slug, username: 'clumsy', password: PASSWORD })).status).toBe(200);
    for (let i = 0; i < 10; i++) {
      await login({ tenant: tenant.slug, username: 'clumsy', password: 'bad-password' });
    }
    const locked = await login({ tenant: tenant.slug, username: 'clumsy', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('account_locked');
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);

    t.clock.advance(10 * MINUTE);
    const stillLocked = await login({ tenant: tenant.slug, username: 'clumsy', password: PASSWORD });
    expect(stillLocked.status).toBe(429);
    expect(Number(stillLocked.headers['retry-after'])).toBe(5 * 60);

    t.clock.advance(5 * MINUTE);
    expect((await login({ tenant: tenant.slug, username: 'clumsy', password: PASSWORD })).status).toBe(200);

    const audit = await t.request('GET', `/api/v1/audit-log?action=user.locked&objectId=${create.body.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(audit.body.items).toHaveLength(1);
  });

  it('forgets failures older than the 15-minute window', async () => {
    await t.request('POST', '/api/v1/users', {
      token: tenant.tokens.tenant_admin,
      body: {
        username: 'slow',
        displayName: 'Slow',
        password: PASSWORD,
        role: 'bd',
        orgUnitId: tenant.units.teamA,
      },
    });
    for (let i = 0; i < 20; i++) {
      expect((await login({ tenant: tenant.slug, username: 'slow', password: 'bad-password' })).status).toBe(
        401,
      );
      t.clock.advance(2 * MINUTE);
    }
  });
});

describe('token expiry', () => {
  it('honours a token for 12 hours and refuses it afterwards', async () => {
    const token = await t.login(tenant.slug, 'hq');
    t.clock.advance(12 * HOUR - MINUTE);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    t.clock.advance(2 * MINUTE);
    const expired = await t.request('GET', '/api/v1/auth/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('token_expired');
  });
});
