import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const names = (reply: { body: { items: Array<{ name: string }> } }) => reply.body.items.map((v) => v.name);

describe('saved views', () => {
  it('keeps a person’s views on the server, private unless shared', async () => {
    const { bd, bd_b, bd_manager } = tenant.tokens;
    const created = await t.request('POST', '/api/v1/saved-views', {
      token: bd,
      body: { object: 'leads', name: ' 我的私海 ', query: 'scope=mine&status=private' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: '我的私海',
      query: 'scope=mine&status=private',
      shared: false,
      mine: true,
    });

    const shared = await t.request('POST', '/api/v1/saved-views', {
      token: bd_manager,
      body: { object: 'leads', name: '餐饮公海', query: 'scope=public&category=restaurant', shared: true },
    });
    expect(shared.status).toBe(201);

    const mine = await t.request('GET', '/api/v1/saved-views?object=leads', { token: bd });
    expect(names(mine)).toEqual(['我的私海', '餐饮公海']);
    expect(mine.body.items[1]).toMatchObject({ mine: false, ownerName: 'bd_manager' });
    // Another BD sees the shared view only.
    expect(names(await t.request('GET', '/api/v1/saved-views?object=leads', { token: bd_b }))).toEqual([
      '餐饮公海',
    ]);
    expect((await t.request('GET', `/api/v1/saved-views/${created.body.id}`, { token: bd_b })).status).toBe(
      404,
    );

    // A shared view is seen but not changed by others.
    expect((await t.request('DELETE', `/api/v1/saved-views/${shared.body.id}`, { token: bd })).status).toBe(
      403,
    );
    expect(
      (
        await t.request('PATCH', `/api/v1/saved-views/${created.body.id}`, {
          token: bd_b,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(404);

    const renamed = await t.request('PATCH', `/api/v1/saved-views/${created.body.id}`, {
      token: bd,
      body: { name: '私海全部', shared: true },
    });
    expect(renamed.body).toMatchObject({ name: '私海全部', shared: true });
    expect(names(await t.request('GET', '/api/v1/saved-views?object=leads', { token: bd_b }))).toContain(
      '私海全部',
    );

    expect((await t.request('DELETE', `/api/v1/saved-views/${created.body.id}`, { token: bd })).status).toBe(
      204,
    );
    expect(names(await t.request('GET', '/api/v1/saved-views?object=leads', { token: bd }))).toEqual([
      '餐饮公海',
    ]);
    const audit = await t.ownerQuery<{ action: string }>(
      `select action from audit_log where tenant_id = $1 and object = 'saved_view' order by id`,
      [tenant.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'saved_view.created',
      'saved_view.created',
      'saved_view.updated',
      'saved_view.deleted',
    ]);
  });

  it('refuses a second view of the same name and bad input, changing nothing', async () => {
    const token = tenant.tokens.city_manager;
    const body = { object: 'leads', name: '重名', query: 'status=public' };
    expect((await t.request('POST', '/api/v1/saved-views', { token, body })).status).toBe(201);
    const again = await t.request('POST', '/api/v1/saved-views', { token, body });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
    for (const bad of [
      { ...body, name: '   ' },
      { ...body, name: '新', object: 'deals' },
      { ...body, name: '新', query: '?status=public' },
      { ...body, name: 'x'.repeat(41) },
    ]) {
      const reply = await t.request('POST', '/api/v1/saved-views', { token, body: bad });
      expect(reply.status, JSON.stringify(bad)).toBe(400);
    }
    expect(names(await t.request('GET', '/api/v1/saved-views?object=leads', { token }))).toEqual([
      '重名',
      '餐饮公海',
    ]);
  });
});
