import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { HOUR } from '../../clock.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

const admin = () => tenant.tokens.tenant_admin;
const log = async (query: string) =>
  (await t.request('GET', `/api/v1/audit-log?${query}`, { token: admin() })).body.items as Array<
    Record<string, any>
  >;

describe('audit log', () => {
  it('records who created what, from where, with the new values', async () => {
    const unit = await t.request('POST', '/api/v1/org-units', {
      token: admin(),
      body: { name: '审计组', kind: 'team', parentId: tenant.units.city },
      headers: { 'x-request-id': 'audit-req-1' },
    });
    const [entry] = await log(`object=org_unit&objectId=${unit.body.id}`);
    expect(entry).toMatchObject({
      action: 'org_unit.created',
      actorKind: 'user',
      actorId: tenant.userIds.tenant_admin,
      actorName: 'admin',
      requestId: 'audit-req-1',
      ip: '127.0.0.1',
    });
    expect(entry!.detail.after).toMatchObject({ name: '审计组', kind: 'team' });
  });

  it('keeps the username it recorded and names the person as they are called today', async () => {
    const renamed = await t.request('PATCH', `/api/v1/users/${tenant.userIds.tenant_admin}`, {
      token: admin(),
      body: { displayName: '王管理' },
    });
    expect(renamed.status).toBe(200);
    const [entry] = await log(`action=user.updated&objectId=${tenant.userIds.tenant_admin}`);
    expect(entry).toMatchObject({ actorName: 'admin', actorDisplayName: '王管理' });
  });

  it('records an update as a diff of the fields that changed', async () => {
    await t.request('PATCH', `/api/v1/org-units/${tenant.units.teamB}`, {
      token: admin(),
      body: { name: '朝阳二组' },
    });
    const [entry] = await log(`action=org_unit.updated&objectId=${tenant.units.teamB}`);
    expect(entry!.detail.changes.name).toEqual(['朝阳一组', '朝阳二组']);
    expect(entry!.detail.changes).not.toHaveProperty('kind');
  });

  it('never writes a password or a hash into the log', async () => {
    const user = await t.request('POST', '/api/v1/users', {
      token: admin(),
      body: {
        username: 'audited',
        displayName: 'A',
        password: PASSWORD,
        role: 'ops',
        orgUnitId: tenant.units.city,
      },
    });
    await t.request('PATCH', `/api/v1/users/${user.body.id}`, {
      token: admin(),
      body: { password: 'another-password-1' },
    });
    const entries = await log(`object=user&objectId=${user.body.id}`);
    expect(entries.map((e) => e.action)).toEqual(['user.updated', 'user.created']);
    expect(entries[0]!.detail.changes.password).toEqual(['[redacted]', '[changed]']);
    const raw = await t.ownerQuery<{ detail: unknown }>('select detail from audit_log where tenant_id = $1', [
      tenant.id,
    ]);
    const text = JSON.stringify(raw);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('another-password-1');
    expect(text).not.toContain('$argon2id$');
  });

  it('records API key creation and revocation, and logins', async () => {
    const key = await t.request('POST', '/api/v1/api-keys', {
      token: admin(),
      body: { name: 'erp', role: 'hq' },
    });
    await t.request('DELETE', `/api/v1/api-keys/${key.body.apiKey.id}`, { token: admin() });
    const entries = await log(`object=api_key&objectId=${key.body.apiKey.id}`);
    expect(entries.map((e) => e.action)).toEqual(['api_key.revoked', 'api_key.created']);
    expect(JSON.stringify(entries)).not.toContain(key.body.token);
    await t.login(tenant.slug, 'ops');
    const logins = await log(`action=auth.login&actorId=${tenant.userIds.ops}`);
    expect(logins.length).toBeGreaterThanOrEqual(2);
  });

  it('filters by time window and pages newest first', async () => {
    t.clock.advance(2 * HOUR);
    const marker = t.clock.now().toISOString();
    await t.request('PATCH', `/api/v1/org-units/${tenant.units.teamA}`, {
      token: admin(),
      body: { name: '海淀新组' },
    });
    const recent = await log(`from=${marker}`);
    expect(recent.map((e) => e.action)).toEqual(['org_unit.updated']);
    const older = await log(`to=${marker}&limit=200`);
    expect(older.every((e) => e.at < marker)).toBe(true);

    const first = await t.request('GET', '/api/v1/audit-log?limit=5', { token: admin() });
    const second = await t.request('GET', `/api/v1/audit-log?limit=5&cursor=${first.body.nextCursor}`, {
      token: admin(),
    });
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
    expect(new Set(ids).size).toBe(10);
  });

  it('is not writable through the API', async () => {
    const post = await t.request('POST', '/api/v1/audit-log', { token: admin(), body: {} });
    expect(post.status).toBe(404);
  });
});
