import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant();
});
afterAll(() => t.close());

const admin = () => tenant.tokens.tenant_admin;

async function addUnit(name: string, kind: string, parentId: string) {
  return t.request('POST', '/api/v1/org-units', { token: admin(), body: { name, kind, parentId } });
}

describe('org tree', () => {
  it('starts every tenant with its HQ root and lists units in tree order', async () => {
    const reply = await t.request('GET', '/api/v1/org-units', { token: admin() });
    expect(reply.status).toBe(200);
    const [root, ...rest] = reply.body.items;
    expect(root).toMatchObject({
      id: tenant.rootUnitId,
      kind: 'hq',
      parentId: null,
      path: `/${tenant.rootUnitId}/`,
    });
    expect(rest.map((u: { name: string }) => u.name)).toEqual(['华北大区', '北京市', '海淀一组', '朝阳一组']);
    for (const unit of rest) expect(unit.path.startsWith(root.path)).toBe(true);
    expect(reply.body.nextCursor).toBeNull();
  });

  it('pages through the tree with a cursor', async () => {
    const first = await t.request('GET', '/api/v1/org-units?limit=2', { token: admin() });
    expect(first.body.items).toHaveLength(2);
    const second = await t.request('GET', `/api/v1/org-units?limit=2&cursor=${first.body.nextCursor}`, {
      token: admin(),
    });
    expect(second.body.items).toHaveLength(2);
    expect(second.body.items[0].path > first.body.items[1].path).toBe(true);
    const bad = await t.request('GET', '/api/v1/org-units?cursor=not-a-cursor', { token: admin() });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_cursor');
  });

  it('keeps the order HQ → region → city → team', async () => {
    const region = await addUnit('华东大区', 'region', tenant.rootUnitId);
    expect(region.status).toBe(201);
    const teamUnderTeam = await addUnit('子组', 'team', tenant.units.teamA);
    expect(teamUnderTeam.status).toBe(400);
    expect(teamUnderTeam.body.code).toBe('invalid_parent');
    const regionUnderCity = await addUnit('错区', 'region', tenant.units.city);
    expect(regionUnderCity.body.code).toBe('invalid_parent');
    const secondHq = await t.request('POST', '/api/v1/org-units', {
      token: admin(),
      body: { name: '二号总部', kind: 'hq', parentId: tenant.rootUnitId },
    });
    expect(secondHq.status).toBe(400);
    const missingParent = await addUnit('孤儿', 'city', '999999');
    expect(missingParent.body.code).toBe('invalid_parent');
  });

  it('moves a unit with its whole subtree and refuses to move a unit below itself', async () => {
    const east = (await addUnit('华南大区', 'region', tenant.rootUnitId)).body;
    const city = (await addUnit('广州市', 'city', east.id)).body;
    const team = (await addUnit('天河一组', 'team', city.id)).body;

    const loop = await t.request('PATCH', `/api/v1/org-units/${east.id}`, {
      token: admin(),
      body: { parentId: team.id },
    });
    expect(loop.status).toBe(400);

    const moved = await t.request('PATCH', `/api/v1/org-units/${city.id}`, {
      token: admin(),
      body: { parentId: tenant.units.region, name: '广州' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ name: '广州', parentId: tenant.units.region });
    const movedTeam = await t.request('GET', `/api/v1/org-units/${team.id}`, { token: admin() });
    expect(movedTeam.body.path).toBe(`/${tenant.rootUnitId}/${tenant.units.region}/${city.id}/${team.id}/`);

    const demote = await t.request('PATCH', `/api/v1/org-units/${city.id}`, {
      token: admin(),
      body: { kind: 'team' },
    });
    expect(demote.status).toBe(400);
    const rootMove = await t.request('PATCH', `/api/v1/org-units/${tenant.rootUnitId}`, {
      token: admin(),
      body: { parentId: tenant.units.region },
    });
    expect(rootMove.status).toBe(400);
  });

  it('shows each user only their own subtree', async () => {
    const bd = await t.request('GET', '/api/v1/org-units', { token: tenant.tokens.bd });
    expect(bd.body.items.map((u: { id: string }) => u.id)).toEqual([tenant.units.teamA]);
    const city = await t.request('GET', '/api/v1/org-units', { token: tenant.tokens.city_manager });
    expect(city.body.items.map((u: { id: string }) => u.id)).toEqual(
      expect.arrayContaining([tenant.units.city, tenant.units.teamA, tenant.units.teamB]),
    );
    expect(city.body.items.map((u: { id: string }) => u.id)).not.toContain(tenant.rootUnitId);
    const outside = await t.request('GET', `/api/v1/org-units/${tenant.units.teamB}`, {
      token: tenant.tokens.bd,
    });
    expect(outside.status).toBe(404);
    const hq = await t.request('GET', '/api/v1/org-units', { token: tenant.tokens.hq });
    expect(hq.body.items[0].id).toBe(tenant.rootUnitId);
  });

  it('changes what a manager sees when their unit moves', async () => {
    const teamC = (await addUnit('西城一组', 'team', tenant.units.city)).body;
    const manager = await t.request('POST', '/api/v1/users', {
      token: admin(),
      body: {
        username: 'mgr-c',
        displayName: 'C',
        password: 'correct-horse-battery',
        role: 'bd_manager',
        orgUnitId: teamC.id,
      },
    });
    const token = await t.login(tenant.slug, 'mgr-c');
    expect((await t.request('GET', '/api/v1/org-units', { token })).body.items).toHaveLength(1);
    await t.request('PATCH', `/api/v1/users/${manager.body.id}`, {
      token: admin(),
      body: { orgUnitId: tenant.units.city },
    });
    const after = await t.request('GET', '/api/v1/org-units', { token });
    expect(after.body.items.length).toBeGreaterThan(1);
  });
});
