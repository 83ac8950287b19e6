import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedMerchant } from '../../../test/contracts-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { createRenewalTasks } from '../ops/renewals.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

describe('the to-do list', () => {
  it('lists the soonest due first, pages by cursor and filters by merchant and status', async () => {
    const ends = ['2026-12-20', '2026-12-05', '2026-12-12'];
    const merchants = [];
    for (const endOn of ends)
      merchants.push(await signedMerchant(t, tenant, { startOn: '2026-11-25', endOn }));
    expect((await createRenewalTasks(t.app.deps, tenant.id)).created).toBe(3);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ contractId: string }>; nextCursor: string | null } } =
        await t.request('GET', `/api/v1/tasks?mine=true&limit=1${cursor ? `&cursor=${cursor}` : ''}`, {
          token: tenant.tokens.bd,
        });
      seen.push(...page.body.items.map((i) => i.contractId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([merchants[1]!.contract.id, merchants[2]!.contract.id, merchants[0]!.contract.id]);

    const one = await t.request('GET', `/api/v1/tasks?leadId=${merchants[0]!.lead.id}`, {
      token: tenant.tokens.bd_manager,
    });
    expect(one.body.items.map((i: { contractId: string }) => i.contractId)).toEqual([
      merchants[0]!.contract.id,
    ]);
    expect(
      (await t.request('GET', '/api/v1/tasks?status=done', { token: tenant.tokens.bd })).body.items,
    ).toEqual([]);
    // Another BD's list is not a manager's: bd_b sees none of these, even asking for bd's.
    const asked = await t.request('GET', `/api/v1/tasks?assigneeId=${tenant.userIds.bd}`, {
      token: tenant.tokens.bd_b,
    });
    expect(asked.body.items).toEqual([]);
    expect((await t.request('GET', '/api/v1/tasks?status=later', { token: tenant.tokens.bd })).status).toBe(
      400,
    );
    expect(
      (await t.request('GET', '/api/v1/tasks?cursor=nonsense', { token: tenant.tokens.bd })).status,
    ).toBe(400);
  });
});
