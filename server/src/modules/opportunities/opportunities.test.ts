import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });

async function ownedLead(token = tenant.tokens.bd) {
  const lead = await publicLead(t, tenant);
  expect((await post(`/api/v1/leads/${lead.id}/claim`, token)).status).toBe(200);
  return lead;
}

describe('stages', () => {
  it('start from the template and can be replaced by the tenant admin', async () => {
    const stages = await t.request('GET', '/api/v1/settings/stages/opportunity', { token: tenant.tokens.bd });
    expect(stages.body.items.map((s: { key: string }) => s.key)).toEqual([
      'initial_contact',
      'needs_confirmed',
      'proposal',
      'negotiation',
      'won',
      'lost',
    ]);
    const items = [
      { key: 'visit', labelZh: '拜访', labelEn: 'Visit', probability: 10, isWon: false, isLost: false },
      ...stages.body.items,
    ];
    const byBd = await t.request('PUT', '/api/v1/settings/stages/opportunity', {
      token: tenant.tokens.bd,
      body: { items },
    });
    expect(byBd.status).toBe(403);
    const replaced = await t.request('PUT', '/api/v1/settings/stages/opportunity', {
      token: tenant.tokens.tenant_admin,
      body: { items },
    });
    expect(replaced.body.items[0].key).toBe('visit');
  });

  it('refuse stages without a won or a lost end, with repeated keys, or dropping one in use', async () => {
    const admin = tenant.tokens.tenant_admin;
    const current = (await t.request('GET', '/api/v1/settings/stages/opportunity', { token: admin })).body
      .items;
    const put = (items: unknown[]) =>
      t.request('PUT', '/api/v1/settings/stages/opportunity', { token: admin, body: { items } });
    expect((await put(current.filter((s: { isWon: boolean }) => !s.isWon))).status).toBe(400);
    expect((await put(current.filter((s: { isLost: boolean }) => !s.isLost))).status).toBe(400);
    expect((await put([...current, current[0]])).status).toBe(400);
    const lead = await ownedLead();
    await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: '团购套餐',
      stageKey: 'visit',
    });
    const dropping = await put(current.filter((s: { key: string }) => s.key !== 'visit'));
    expect(dropping.status).toBe(409);
  });
});

describe('opportunities', () => {
  it('open on a merchant the BD owns, with the first open stage and a history', async () => {
    const lead = await ownedLead();
    const created = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: '双人套餐上单',
      amount: 12000.5,
      expectedClose: '2026-12-31',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      stageKey: 'visit',
      ownerId: tenant.userIds.bd,
      amount: 12000.5,
      expectedClose: '2026-12-31',
    });
    const read = await t.request('GET', `/api/v1/opportunities/${created.body.id}`, {
      token: tenant.tokens.bd,
    });
    expect(read.body.history).toEqual([
      expect.objectContaining({ fromStage: null, toStage: 'visit', actorName: 'bd' }),
    ]);
    // People are named as everyone knows them, not by the username they sign in with.
    const renamed = await t.request('PATCH', `/api/v1/users/${tenant.userIds.bd}`, {
      token: tenant.tokens.tenant_admin,
      body: { displayName: '郑业务' },
    });
    expect(renamed.status).toBe(200);
    const again = await t.request('GET', `/api/v1/opportunities/${created.body.id}`, {
      token: tenant.tokens.bd_manager,
    });
    expect(again.body.history[0].actorName).toBe('郑业务');
    const page = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd });
    expect(page.body.opportunities.map((o: { id: string }) => o.id)).toEqual([created.body.id]);
  });

  it('cannot be opened on a public merchant or by someone who does not own it', async () => {
    const lead = await publicLead(t, tenant);
    const onPublic = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.tenant_admin, {
      title: 'x',
    });
    expect(onPublic.body.code).toBe('invalid_state');
    const owned = await ownedLead();
    const byPeer = await post(`/api/v1/leads/${owned.id}/opportunities`, tenant.tokens.bd_b, { title: 'x' });
    expect(byPeer.status).toBe(404);
    const byManager = await post(`/api/v1/leads/${owned.id}/opportunities`, tenant.tokens.bd_manager, {
      title: '主管代建',
    });
    expect(byManager.status).toBe(201);
    expect(byManager.body.ownerId).toBe(tenant.userIds.bd);
  });

  it('move through stages; lost needs a reason; reopening clears the close', async () => {
    const lead = await ownedLead();
    const { body: opp } = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: '下午茶套餐',
    });
    const move = (body: Record<string, unknown>, token = tenant.tokens.bd) =>
      post(`/api/v1/opportunities/${opp.id}/stage`, token, body);
    expect((await move({ stageKey: 'proposal', note: '已报价' })).body.stageKey).toBe('proposal');
    expect((await move({ stageKey: 'nowhere' })).status).toBe(400);
    const noReason = await move({ stageKey: 'lost' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe('/body/lostReason');
    const lost = await move({ stageKey: 'lost', lostReason: '商家选择了竞对' });
    expect(lost.body).toMatchObject({ stageKey: 'lost', lostReason: '商家选择了竞对' });
    expect(lost.body.closedAt).not.toBeNull();
    const reopened = await move({ stageKey: 'negotiation' }, tenant.tokens.bd_manager);
    expect(reopened.body).toMatchObject({ closedAt: null, lostReason: null });
    expect((await move({ stageKey: 'won' }, tenant.tokens.bd_b)).status).toBe(404);
    const history = (await t.request('GET', `/api/v1/opportunities/${opp.id}`, { token: tenant.tokens.bd }))
      .body.history;
    expect(history.map((h: { toStage: string }) => h.toStage)).toEqual([
      'visit',
      'proposal',
      'lost',
      'negotiation',
    ]);
  });

  it('move only for the owner and the managers above them, whatever the role', async () => {
    const lead = await ownedLead();
    const { body: opp } = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: '每个角色试一次',
    });
    // Owner and managers in their line may move it; other roles of the city see it but may not;
    // another rep does not even see it.
    const expected: Record<string, number> = {
      bd: 200,
      bd_manager: 200,
      city_manager: 200,
      hq: 200,
      tenant_admin: 200,
      ops: 403,
      ops_manager: 403,
      reviewer: 403,
      bd_b: 404,
    };
    const stages = ['proposal', 'negotiation'];
    let turn = 0;
    const answers: Record<string, number> = {};
    for (const role of Object.keys(expected)) {
      const reply = await post(`/api/v1/opportunities/${opp.id}/stage`, tenant.tokens[role as 'bd']!, {
        stageKey: stages[turn % 2],
      });
      answers[role] = reply.status;
      if (reply.status === 200) turn++;
    }
    expect(answers).toEqual(expected);
    const history = (await t.request('GET', `/api/v1/opportunities/${opp.id}`, { token: tenant.tokens.bd }))
      .body.history;
    expect(history).toHaveLength(1 + turn);
  });

  it('validate custom fields of the opportunity object', async () => {
    await post('/api/v1/fields/opportunity', tenant.tokens.tenant_admin, {
      key: 'packageType',
      labelZh: '套餐类型',
      labelEn: 'Package',
      type: 'enum',
      options: [
        { value: 'single', labelZh: '单人', labelEn: 'Single' },
        { value: 'double', labelZh: '双人', labelEn: 'Double' },
      ],
    });
    const lead = await ownedLead();
    const ok = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: 'a',
      attrs: { packageType: 'double' },
    });
    expect(ok.body.attrs).toEqual({ packageType: 'double' });
    const bad = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: 'b',
      attrs: { packageType: 'family' },
    });
    expect(bad.status).toBe(400);
  });

  it('group into a kanban with per-stage counts and amounts, and list by scope', async () => {
    const board = await t.request('GET', '/api/v1/opportunities/board?scope=mine', {
      token: tenant.tokens.bd,
    });
    const columns = board.body.columns as Array<{
      stage: { key: string };
      count: number;
      amount: number;
      items: unknown[];
    }>;
    expect(columns.map((c) => c.stage.key)[0]).toBe('visit');
    const all = await t.request('GET', '/api/v1/opportunities?scope=mine&limit=200', {
      token: tenant.tokens.bd,
    });
    const total = columns.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(all.body.items.length);
    const visitColumn = columns.find((c) => c.stage.key === 'visit')!;
    const visitAmount = all.body.items
      .filter((o: { stageKey: string }) => o.stageKey === 'visit')
      .reduce((n: number, o: { amount: number | null }) => n + (o.amount ?? 0), 0);
    expect(visitColumn.amount).toBeCloseTo(visitAmount, 2);
    const team = await t.request('GET', '/api/v1/opportunities?scope=team', {
      token: tenant.tokens.bd_manager,
    });
    expect(team.body.items.length).toBe(all.body.items.length);
    const peer = await t.request('GET', '/api/v1/opportunities?scope=mine', { token: tenant.tokens.bd_b });
    expect(peer.body.items).toHaveLength(0);
  });

  it('name their merchant on the board and narrow to one owner within what the caller sees', async () => {
    const lead = await ownedLead();
    const opened = await post(`/api/v1/leads/${lead.id}/opportunities`, tenant.tokens.bd, {
      title: '看板卡片',
      amount: 1234.5,
    });
    const get = (path: string, token: string) => t.request('GET', path, { token });
    const board = await get(
      `/api/v1/opportunities/board?scope=team&ownerId=${tenant.userIds.bd}`,
      tenant.tokens.bd_manager,
    );
    const cards = board.body.columns.flatMap((c: { items: unknown[] }) => c.items);
    expect(cards).toContainEqual(
      expect.objectContaining({ id: opened.body.id, leadName: lead.name, amount: 1234.5 }),
    );
    expect(cards.every((c: { ownerId: string }) => c.ownerId === tenant.userIds.bd)).toBe(true);
    const listed = await get(`/api/v1/opportunities?ownerId=${tenant.userIds.bd}`, tenant.tokens.bd_manager);
    expect(listed.body.items[0]).toMatchObject({ id: opened.body.id, leadName: lead.name });
    const otherTeam = await get(
      `/api/v1/opportunities/board?ownerId=${tenant.userIds.bd}`,
      tenant.tokens.bd_b,
    );
    expect(otherTeam.body.columns.every((c: { count: number }) => c.count === 0)).toBe(true);
  });
});
