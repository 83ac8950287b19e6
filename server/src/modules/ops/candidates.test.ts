import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedMerchant } from '../../../test/contracts-fixtures.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const terms = { startOn: '2026-11-25', endOn: '2027-11-24' };
const ids = (reply: { body: { items: Array<{ id: string }> } }) => reply.body.items.map((i) => i.id).sort();

describe('handover candidates', () => {
  it('lists the active ops people working in the merchant’s city, for whoever may hand it over', async () => {
    const admin = tenant.tokens.tenant_admin;
    const unit = await t.request('POST', '/api/v1/org-units', {
      token: admin,
      body: { name: '上海市', kind: 'city', parentId: tenant.units.region },
    });
    const elsewhere = await t.request('POST', '/api/v1/users', {
      token: admin,
      body: {
        username: 'ops_sh',
        displayName: '上海运营',
        password: PASSWORD,
        role: 'ops',
        orgUnitId: unit.body.id,
      },
    });
    expect(elsewhere.status).toBe(201);
    const { lead } = await signedMerchant(t, tenant, terms);

    // The BD team lead cannot list users outside their team, yet picks an ops person here.
    const byLead = await t.request('GET', `/api/v1/leads/${lead.id}/handover-candidates`, {
      token: tenant.tokens.bd_manager,
    });
    expect(byLead.status).toBe(200);
    expect(ids(byLead)).toEqual([tenant.userIds.ops, tenant.userIds.ops_manager].sort());
    expect(byLead.body.items.find((i: { id: string }) => i.id === tenant.userIds.ops)).toMatchObject({
      displayName: 'ops',
      role: 'ops',
    });

    // Deactivated people are not offered.
    await t.request('PATCH', `/api/v1/users/${tenant.userIds.ops}`, {
      token: admin,
      body: { active: false },
    });
    expect(
      ids(await t.request('GET', `/api/v1/leads/${lead.id}/handover-candidates`, { token: admin })),
    ).toEqual([tenant.userIds.ops_manager]);

    // Not for the BD, who does not hand over.
    const bd = await t.request('GET', `/api/v1/leads/${lead.id}/handover-candidates`, {
      token: tenant.tokens.bd,
    });
    expect(bd.status).toBe(403);
  });
});
