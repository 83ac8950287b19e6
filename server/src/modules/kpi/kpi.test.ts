import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../../../test/analytics-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { refreshRange } from '../analytics/service.ts';

let t: TestContext;
let tenant: TestTenant;
let world: World;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.set('2026-11-20T01:00:00Z');
  tenant = await t.createTenant('takeaway');
  world = await buildWorld(t, tenant);
  await refreshRange(t.app.deps, tenant.id, { fromDay: '2026-11-01', toDay: '2026-11-30' });
}, 120_000);
afterAll(() => t.close());

const as = (username: string) => t.login(tenant.slug, username);
const post = async (path: string, username: string, body: unknown) =>
  t.request('POST', path, { token: await as(username), body });

const bdDefinition = {
  name: 'BD 月度考核',
  role: 'bd',
  cap: 1.2,
  metrics: [
    { metric: 'visits', weight: 40, target: 4 },
    { metric: 'signings', weight: 30, target: 2 },
    { metric: 'taskCompletion', weight: 20, target: 100 },
    { metric: 'sales', weight: 10, target: 0 },
  ],
};

describe('KPI definitions', () => {
  it('are kept by admins and HQ, weights adding up to 100, one per role and unit', async () => {
    expect((await post('/api/v1/kpi/definitions', 'bd_manager', bdDefinition)).status).toBe(403);
    const bad = await post('/api/v1/kpi/definitions', 'admin', {
      ...bdDefinition,
      metrics: [{ metric: 'visits', weight: 90, target: 4 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('90');
    const twice = await post('/api/v1/kpi/definitions', 'admin', {
      ...bdDefinition,
      metrics: [
        { metric: 'visits', weight: 50, target: 4 },
        { metric: 'visits', weight: 50, target: 5 },
      ],
    });
    expect(twice.status).toBe(400);
    const created = await post('/api/v1/kpi/definitions', 'admin', bdDefinition);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'bd', orgUnitId: null, cap: 1.2 });
    expect((await post('/api/v1/kpi/definitions', 'hq', bdDefinition)).status).toBe(409);
    // Team C measures visits only.
    const teamC = await post('/api/v1/kpi/definitions', 'hq', {
      name: '新城市拓展',
      role: 'bd',
      orgUnitId: world.teamC,
      metrics: [{ metric: 'visits', weight: 100, target: 1 }],
    });
    expect(teamC.status).toBe(201);
    const list = await t.request('GET', '/api/v1/kpi/definitions', { token: await as('bd') });
    expect(list.body.items).toHaveLength(2);
    const renamed = await t.request('PATCH', `/api/v1/kpi/definitions/${teamC.body.id}`, {
      token: await as('admin'),
      body: { name: '上海拓展' },
    });
    expect(renamed.body).toMatchObject({
      name: '上海拓展',
      metrics: [{ metric: 'visits', weight: 100, target: 1 }],
    });
    const audit = await t.ownerQuery<{ action: string }>(
      `select action from audit_log where tenant_id = $1 and object = 'kpi_definition' order by id`,
      [tenant.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['kpi.created', 'kpi.created', 'kpi.updated']);
  });

  it('score each BD by Σ weight × min(actual / target, cap), by hand', async () => {
    const reply = await t.request('GET', '/api/v1/kpi/scores?month=2026-11', { token: await as('hq') });
    expect(reply.status).toBe(200);
    const byId = new Map(reply.body.people.map((p: { userId: string }) => [p.userId, p]));
    // bd: visits 5/4 → capped 1.2 × 40 = 48; signings 1/2 × 30 = 15; tasks 2 of 3 done,
    // 66.67/100 × 20 = 13.33; sales target 0 → met, 10. Total 86.33.
    expect(byId.get(tenant.userIds.bd)).toMatchObject({
      score: 86.33,
      teamRank: 1,
      cityRank: 1,
      lines: [
        { metric: 'visits', actual: 5, ratio: 1.2, points: 48 },
        { metric: 'signings', actual: 1, ratio: 0.5, points: 15 },
        { metric: 'taskCompletion', actual: 66.67, ratio: 0.6667, points: 13.33 },
        { metric: 'sales', actual: 37, ratio: 1, points: 10 },
      ],
    });
    // bd_b: visits 2/4 × 40 = 20; no signing; its one task is not done (0 %); sales 10. Total 30.
    expect(byId.get(tenant.userIds.bd_b)).toMatchObject({ score: 30, teamRank: 1, cityRank: 2 });
    // bd_c is measured by team C's own definition: one visit of one → 100.
    expect(byId.get(world.bdC)).toMatchObject({ score: 100, cityRank: 1 });
    expect(reply.body.people.map((p: { userId: string }) => p.userId)).toEqual([
      world.bdC,
      tenant.userIds.bd,
      tenant.userIds.bd_b,
    ]);
    expect(reply.body.teams).toEqual([
      { unitId: world.teamC, name: '徐汇一组', people: 1, score: 100, cityRank: 1 },
      { unitId: tenant.units.teamA, name: '海淀一组', people: 1, score: 86.33, cityRank: 1 },
      { unitId: tenant.units.teamB, name: '朝阳一组', people: 1, score: 30, cityRank: 2 },
    ]);
  });

  it('show a BD their own score only and rank only where the scope covers the team or city', async () => {
    const mine = await t.request('GET', '/api/v1/kpi/scores?month=2026-11', { token: await as('bd') });
    expect(mine.body.people).toEqual([
      expect.objectContaining({ userId: tenant.userIds.bd, score: 86.33, teamRank: null, cityRank: null }),
    ]);
    const team = await t.request('GET', '/api/v1/kpi/scores?month=2026-11', {
      token: await as('bd_manager'),
    });
    expect(team.body.people).toEqual([
      expect.objectContaining({ userId: tenant.userIds.bd, teamRank: 1, cityRank: null }),
    ]);
    expect(
      (
        await t.request('GET', `/api/v1/kpi/scores?month=2026-11&userId=${tenant.userIds.bd_b}`, {
          token: await as('bd'),
        })
      ).status,
    ).toBe(404);
    expect(
      (await t.request('GET', '/api/v1/kpi/scores?month=2026-13', { token: await as('hq') })).status,
    ).toBe(400);
    expect(
      (await t.request('GET', '/api/v1/kpi/scores?month=0756-01', { token: await as('hq') })).status,
    ).toBe(400);
  });

  it('export the month as a workbook that reads back', async () => {
    const reply = await t.app.inject({
      method: 'GET',
      url: '/api/v1/kpi/scores/export?month=2026-11&lang=zh',
      headers: { authorization: `Bearer ${await as('city_manager')}` },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-disposition']).toContain('kpi-2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1, 8)).toEqual(['姓名', '角色', '团队', '城市', '得分', '团队排名', '城市排名']);
    expect(rows[1]!.slice(1, 8)).toEqual(['bd', 'bd', '海淀一组', '北京市', 86.33, 1, 1]);
    expect(rows[2]!.slice(1, 6)).toEqual(['bd_b', 'bd', '朝阳一组', '北京市', 30]);
    expect(rows).toHaveLength(3);
    expect(workbook.worksheets[1]!.getRow(2).values).toEqual([undefined, '海淀一组', 1, 86.33, 1]);
  });

  it('delete a definition: its people fall back on the role’s default', async () => {
    const list = await t.request('GET', '/api/v1/kpi/definitions', { token: await as('admin') });
    const teamC = list.body.items.find((d: { orgUnitId: string | null }) => d.orgUnitId === world.teamC);
    const token = await as('admin');
    expect((await t.request('DELETE', `/api/v1/kpi/definitions/${teamC.id}`, { token })).status).toBe(204);
    expect((await t.request('DELETE', `/api/v1/kpi/definitions/${teamC.id}`, { token })).status).toBe(404);
    const scores = await t.request('GET', `/api/v1/kpi/scores?month=2026-11&unitId=${world.teamC}`, {
      token,
    });
    // Back on the role's default: visits 1/4 × 40 = 10; tasks none due → 100 % → 20; sales 10.
    expect(scores.body.people).toEqual([expect.objectContaining({ userId: world.bdC, score: 40 })]);
  });
});
