import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

const admin = () => tenant.tokens.tenant_admin;
const newUser = (over: Record<string, unknown> = {}) => ({
  username: 'newbie',
  displayName: '新人',
  password: PASSWORD,
  role: 'bd',
  orgUnitId: tenant.units.teamB,
  ...over,
});

describe('users', () => {
  it('creates a user who can then sign in, and never returns the password', async () => {
    const created = await t.request('POST', '/api/v1/users', {
      token: admin(),
      body: newUser({ phone: '13800138000' }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: 'newbie',
      displayName: '新人',
      role: 'bd',
      active: true,
      phone: '13800138000',
    });
    expect(JSON.stringify(created.body)).not.toContain(PASSWORD);
    expect(await t.login(tenant.slug, 'newbie')).toBeTruthy();
    const read = await t.request('GET', `/api/v1/users/${created.body.id}`, { token: admin() });
    expect(read.body.lastLoginAt).not.toBeNull();
  });

  it('refuses a taken username whatever its letter case', async () => {
    const taken = await t.request('POST', '/api/v1/users', {
      token: admin(),
      body: newUser({ username: 'NEWBIE' }),
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('username_taken');
  });

  it('refuses an org unit that does not exist, and the platform role', async () => {
    const noUnit = await t.request('POST', '/api/v1/users', {
      token: admin(),
      body: newUser({ username: 'x1', orgUnitId: '987654' }),
    });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors[0].path).toBe('/orgUnitId');
    const platformRole = await t.request('POST', '/api/v1/users', {
      token: admin(),
      body: newUser({ username: 'x2', role: 'platform_admin' }),
    });
    expect(platformRole.status).toBe(400);
  });

  it('filters the list by role, unit subtree, activity and text, with paging', async () => {
    const bds = await t.request('GET', '/api/v1/users?role=bd', { token: admin() });
    expect(bds.body.items.every((u: { role: string }) => u.role === 'bd')).toBe(true);
    const inCity = await t.request('GET', `/api/v1/users?orgUnitId=${tenant.units.city}`, { token: admin() });
    const names = inCity.body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['bd', 'bd_b', 'bd_manager', 'city_manager', 'ops']));
    expect(names).not.toContain('hq');
    const text = await t.request('GET', `/api/v1/users?q=${encodeURIComponent('新')}`, { token: admin() });
    expect(text.body.items.map((u: { username: string }) => u.username)).toEqual(['newbie']);
    const page1 = await t.request('GET', '/api/v1/users?limit=3', { token: admin() });
    const page2 = await t.request('GET', `/api/v1/users?limit=3&cursor=${page1.body.nextCursor}`, {
      token: admin(),
    });
    const ids = [...page1.body.items, ...page2.body.items].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(6);
  });

  it('limits what each person sees to their org subtree', async () => {
    const bdView = await t.request('GET', '/api/v1/users', { token: tenant.tokens.bd });
    expect(bdView.body.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'bd',
      'bd_manager',
    ]);
    const hidden = await t.request('GET', `/api/v1/users/${tenant.userIds.bd_b}`, {
      token: tenant.tokens.bd,
    });
    expect(hidden.status).toBe(404);
    const cityView = await t.request('GET', '/api/v1/users', { token: tenant.tokens.city_manager });
    expect(cityView.body.items.map((u: { username: string }) => u.username)).not.toContain('tenant_admin');
    expect(cityView.body.items.map((u: { username: string }) => u.username)).toContain('bd_b');
  });

  it('deactivates (never deletes) a user: their token and password stop working at once', async () => {
    const user = (
      await t.request('POST', '/api/v1/users', { token: admin(), body: newUser({ username: 'leaver' }) })
    ).body;
    const token = await t.login(tenant.slug, 'leaver');
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    const off = await t.request('PATCH', `/api/v1/users/${user.id}`, {
      token: admin(),
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    const relogin = await t.request('POST', '/api/v1/auth/login', {
      body: { tenant: tenant.slug, username: 'leaver', password: PASSWORD },
    });
    expect(relogin.status).toBe(401);
    const listed = await t.request('GET', '/api/v1/users?active=false', { token: admin() });
    expect(listed.body.items.map((u: { id: string }) => u.id)).toContain(user.id);
    const back = await t.request('PATCH', `/api/v1/users/${user.id}`, {
      token: admin(),
      body: { active: true },
    });
    expect(back.body.active).toBe(true);
    expect(await t.login(tenant.slug, 'leaver')).toBeTruthy();
  });

  it('applies a role change to the very next request', async () => {
    const user = (
      await t.request('POST', '/api/v1/users', { token: admin(), body: newUser({ username: 'promoted' }) })
    ).body;
    const token = await t.login(tenant.slug, 'promoted');
    expect((await t.request('GET', '/api/v1/audit-log', { token })).status).toBe(403);
    await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin(), body: { role: 'tenant_admin' } });
    expect((await t.request('GET', '/api/v1/audit-log', { token })).status).toBe(200);
  });

  it('changes a password: the old one stops working', async () => {
    const user = (
      await t.request('POST', '/api/v1/users', { token: admin(), body: newUser({ username: 'rotate' }) })
    ).body;
    await t.request('PATCH', `/api/v1/users/${user.id}`, {
      token: admin(),
      body: { password: 'a-brand-new-password' },
    });
    const old = await t.request('POST', '/api/v1/auth/login', {
      body: { tenant: tenant.slug, username: 'rotate', password: PASSWORD },
    });
    expect(old.status).toBe(401);
    expect(await t.login(tenant.slug, 'rotate', 'a-brand-new-password')).toBeTruthy();
  });

  it('does not let an administrator lock themselves out', async () => {
    const self = await t.request('PATCH', `/api/v1/users/${tenant.userIds.tenant_admin}`, {
      token: admin(),
      body: { active: false },
    });
    expect(self.status).toBe(409);
    const demote = await t.request('PATCH', `/api/v1/users/${tenant.userIds.tenant_admin}`, {
      token: admin(),
      body: { role: 'bd' },
    });
    expect(demote.status).toBe(409);
  });
});
