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

describe('a lead’s history', () => {
  it('names people by their display name, as it is now, not by their username', async () => {
    const lead = await publicLead(t, tenant);
    expect(
      (await t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token: tenant.tokens.bd })).status,
    ).toBe(200);
    const renamed = await t.request('PATCH', `/api/v1/users/${tenant.userIds.bd}`, {
      token: tenant.tokens.tenant_admin,
      body: { displayName: '郑业务' },
    });
    expect(renamed.status).toBe(200);
    const page = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd_manager });
    const claimed = page.body.events.find((e: { kind: string }) => e.kind === 'claimed');
    expect(claimed.actorName).toBe('郑业务');
    const events = await t.request('GET', `/api/v1/leads/${lead.id}/events`, {
      token: tenant.tokens.bd_manager,
    });
    expect(events.body.items.find((e: { kind: string }) => e.kind === 'claimed').actorName).toBe('郑业务');
  });
});
