import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { HOUR } from '../../clock.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

const createUnit = (key: string, name: string, token = tenant.tokens.tenant_admin) =>
  t.request('POST', '/api/v1/org-units', {
    token,
    headers: { 'idempotency-key': key },
    body: { name, kind: 'team', parentId: tenant.units.city },
  });
const unitsNamed = async (name: string) =>
  (await t.ownerQuery('select id from org_unit where tenant_id = $1 and name = $2', [tenant.id, name]))
    .length;

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry instead of creating twice', async () => {
    const first = await createUnit('retry-1', '重试组');
    const second = await createUnit('retry-1', '重试组');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await unitsNamed('重试组')).toBe(1);
  });

  it('refuses the same key for a different request', async () => {
    await createUnit('retry-2', '甲组');
    const reused = await createUnit('retry-2', '乙组');
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect(await unitsNamed('乙组')).toBe(0);
  });

  it('lets a corrected retry run after a refusal', async () => {
    const refused = await t.request('POST', '/api/v1/org-units', {
      token: tenant.tokens.tenant_admin,
      headers: { 'idempotency-key': 'retry-3' },
      body: { name: '丙组', kind: 'region', parentId: tenant.units.teamA },
    });
    expect(refused.status).toBe(400);
    const fixed = await t.request('POST', '/api/v1/org-units', {
      token: tenant.tokens.tenant_admin,
      headers: { 'idempotency-key': 'retry-3' },
      body: { name: '丙组', kind: 'team', parentId: tenant.units.city },
    });
    expect(fixed.status).toBe(201);
  });

  it('keeps keys apart per caller and forgets them after a day', async () => {
    const key = await t.request('POST', '/api/v1/api-keys', {
      token: tenant.tokens.tenant_admin,
      body: { name: 'admin-bot', role: 'tenant_admin' },
    });
    const byUser = await createUnit('shared-key', '丁组');
    const byKey = await createUnit('shared-key', '丁组', key.body.token);
    expect(byKey.body.id).not.toBe(byUser.body.id);
    t.clock.advance(25 * HOUR);
    tenant.tokens.tenant_admin = await t.login(tenant.slug, 'admin');
    const later = await createUnit('shared-key', '丁组');
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await unitsNamed('丁组')).toBe(3);
  });

  it('refuses a malformed key', async () => {
    const reply = await createUnit('x'.repeat(256), '戊组');
    expect(reply.status).toBe(400);
    expect(await unitsNamed('戊组')).toBe(0);
  });
});
