import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimedLead, signedMerchant } from '../../../test/contracts-fixtures.ts';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  other = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const terms = { startOn: '2026-11-25', endOn: '2027-11-24' };
const handover = (token: string, leadId: string, body: Record<string, unknown>) =>
  t.request('POST', `/api/v1/leads/${leadId}/handover`, { token, body });

/** The BD's signings, as they are counted: contracts in force that the BD owns. */
async function signingsOf(token: string) {
  const list = await t.request('GET', '/api/v1/contracts?status=active&limit=200', { token });
  return list.body.items.map((c: { id: string; ownerId: string }) => `${c.id}:${c.ownerId}`).sort();
}

async function newUser(username: string, role: string, orgUnitId: string) {
  const reply = await t.request('POST', '/api/v1/users', {
    token: tenant.tokens.tenant_admin,
    body: { username, displayName: username, password: PASSWORD, role, orgUnitId },
  });
  expect(reply.status).toBe(201);
  return reply.body.id as string;
}

describe('handing a signed merchant to operations', () => {
  it('keeps the BD as owner and their signing credit; the merchant shows both the BD and the ops owner', async () => {
    const { lead, contract } = await signedMerchant(t, tenant, terms);
    const before = await signingsOf(tenant.tokens.bd);
    expect(before).toContain(`${contract.id}:${tenant.userIds.bd}`);

    const reply = await handover(tenant.tokens.bd_manager, lead.id, {
      opsUserId: tenant.userIds.ops,
      reason: '签约完成，转中台维护',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      status: 'signed',
      ownerId: tenant.userIds.bd,
      opsOwnerId: tenant.userIds.ops,
      handedOverAt: t.clock.now().toISOString(),
    });

    expect(await signingsOf(tenant.tokens.bd)).toEqual(before);
    const page = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.ops });
    expect(page.body).toMatchObject({ ownerId: tenant.userIds.bd, opsOwnerId: tenant.userIds.ops });
    expect(page.body.contracts[0]).toMatchObject({ id: contract.id, ownerId: tenant.userIds.bd });
    expect(page.body.events[0]).toMatchObject({
      kind: 'handed_to_ops',
      actorName: 'bd_manager',
      toOwner: tenant.userIds.ops,
      reason: '签约完成，转中台维护',
      detail: { bdOwnerId: tenant.userIds.bd },
    });
    expect(page.body.events.find((e: { kind: string }) => e.kind === 'signed')).toMatchObject({
      toOwner: tenant.userIds.bd,
    });
    const [state] = await t.ownerQuery<{ owner_id: string }>(
      'select owner_id::text from lead_state where tenant_id = $1 and lead_id = $2',
      [tenant.id, lead.id],
    );
    expect(state!.owner_id).toBe(tenant.userIds.bd);
    const audit = await t.ownerQuery<{ action: string }>(
      `select action from audit_log where tenant_id = $1 and object_id = $2 and action = 'lead.handed_to_ops'`,
      [tenant.id, lead.id],
    );
    expect(audit).toHaveLength(1);

    // Again to the same person: nothing changes, nothing more is written.
    await handover(tenant.tokens.bd_manager, lead.id, { opsUserId: tenant.userIds.ops });
    const events = await t.request('GET', `/api/v1/leads/${lead.id}/events`, { token: tenant.tokens.bd });
    expect(events.body.items.filter((e: { kind: string }) => e.kind === 'handed_to_ops')).toHaveLength(1);
  });

  it('is for the managers of the signing team, the ops manager, HQ and admins', async () => {
    const expected: Array<[keyof TestTenant['tokens'], number]> = [
      ['bd', 403],
      ['bd_b', 404],
      ['ops', 403],
      ['reviewer', 403],
      ['bd_manager', 200],
      ['city_manager', 200],
      ['ops_manager', 200],
      ['hq', 200],
      ['tenant_admin', 200],
    ];
    for (const [role, status] of expected) {
      const { lead } = await signedMerchant(t, tenant, terms);
      const reply = await handover(tenant.tokens[role], lead.id, { opsUserId: tenant.userIds.ops });
      expect(reply.status, `${role}: ${JSON.stringify(reply.body)}`).toBe(status);
      // The screens offer the action exactly where the server allows it.
      const me = await t.request('GET', '/api/v1/auth/me', { token: tenant.tokens[role] });
      expect(me.body.permissions.includes('leads.handover'), role).toBe(status === 200);
    }
    const permissions = async (role: keyof TestTenant['tokens']) =>
      (await t.request('GET', '/api/v1/auth/me', { token: tenant.tokens[role] })).body.permissions;
    expect(await permissions('ops')).toEqual(expect.arrayContaining(['ops.portfolio']));
    expect(await permissions('ops')).not.toContain('ops.team');
    expect(await permissions('ops_manager')).toEqual(
      expect.arrayContaining(['ops.portfolio', 'ops.team', 'tasks.team']),
    );
  });

  it('only of signed merchants, only to an active ops person who works in the merchant’s city', async () => {
    const unsigned = await claimedLead(t, tenant);
    const notSigned = await handover(tenant.tokens.bd_manager, unsigned.id, {
      opsUserId: tenant.userIds.ops,
    });
    expect(notSigned.body.code).toBe('invalid_state');

    const { lead } = await signedMerchant(t, tenant, terms);
    const toBd = await handover(tenant.tokens.bd_manager, lead.id, { opsUserId: tenant.userIds.bd_b });
    expect(toBd).toMatchObject({ status: 400, body: { errors: [{ path: '/body/opsUserId' }] } });
    const toForeign = await handover(tenant.tokens.bd_manager, lead.id, { opsUserId: other.userIds.ops });
    expect(toForeign.status).toBe(400);

    const leaver = await newUser('ops_leaver', 'ops', tenant.units.city);
    await t.request('PATCH', `/api/v1/users/${leaver}`, {
      token: tenant.tokens.tenant_admin,
      body: { active: false },
    });
    expect((await handover(tenant.tokens.bd_manager, lead.id, { opsUserId: leaver })).body.detail).toMatch(
      /deactivated/,
    );

    // An ops person of another city: not theirs to keep, and not the Beijing ops manager's team.
    const unit = await t.request('POST', '/api/v1/org-units', {
      token: tenant.tokens.tenant_admin,
      body: { name: '上海市', kind: 'city', parentId: tenant.units.region },
    });
    const shanghaiOps = await newUser('ops_sh', 'ops', unit.body.id);
    const elsewhere = await handover(tenant.tokens.bd_manager, lead.id, { opsUserId: shanghaiOps });
    expect(elsewhere).toMatchObject({ status: 409, body: { code: 'invalid_state' } });
    expect(elsewhere.body.detail).toMatch(/territory/);
    const notTeam = await handover(tenant.tokens.ops_manager, lead.id, { opsUserId: shanghaiOps });
    expect(notTeam.body.detail).toMatch(/not in your team/);
  });

  it('goes in bulk by filter or by ids, reporting what could not go', async () => {
    const signed = [
      await signedMerchant(t, tenant, terms),
      await signedMerchant(t, tenant, terms),
      await signedMerchant(t, tenant, terms),
    ];
    const unsigned = await claimedLead(t, tenant);
    const theirs = await signedMerchant(t, other, terms);

    const byIds = await t.request('POST', '/api/v1/leads/handover', {
      token: tenant.tokens.bd_manager,
      body: {
        opsUserId: tenant.userIds.ops_manager,
        leadIds: [signed[0]!.lead.id, unsigned.id, theirs.lead.id],
      },
    });
    expect(byIds.status).toBe(200);
    expect(byIds.body).toMatchObject({ handedOver: 1, unchanged: 0 });
    expect(byIds.body.refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ leadId: unsigned.id, code: 'invalid_state' }),
        expect.objectContaining({ leadId: theirs.lead.id, code: 'not_found' }),
      ]),
    );
    // Merchant by merchant, with the names the screen lists; another tenant's id stays unnamed.
    expect(byIds.body.merchants).toEqual(
      expect.arrayContaining([
        { leadId: signed[0]!.lead.id, name: signed[0]!.lead.name, outcome: 'handed_over' },
        expect.objectContaining({
          leadId: unsigned.id,
          name: unsigned.name,
          outcome: 'refused',
          code: 'invalid_state',
        }),
        expect.objectContaining({
          leadId: theirs.lead.id,
          name: null,
          outcome: 'refused',
          code: 'not_found',
        }),
      ]),
    );
    expect(byIds.body.merchants).toHaveLength(3);

    // Everything the BD signed that no ops person has yet goes to ops.
    const byFilter = await t.request('POST', '/api/v1/leads/handover', {
      token: tenant.tokens.city_manager,
      body: { opsUserId: tenant.userIds.ops, filter: { ownerId: tenant.userIds.bd, withoutOpsOwner: true } },
    });
    expect(byFilter.body.handedOver).toBeGreaterThanOrEqual(2);
    expect(byFilter.body.refused).toEqual([]);
    for (const { lead } of signed.slice(1)) {
      const page = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd });
      expect(page.body).toMatchObject({ ownerId: tenant.userIds.bd, opsOwnerId: tenant.userIds.ops });
    }
    // The one handed to the ops manager stayed with them.
    const first = await t.request('GET', `/api/v1/leads/${signed[0]!.lead.id}`, { token: tenant.tokens.bd });
    expect(first.body.opsOwnerId).toBe(tenant.userIds.ops_manager);
    const again = await t.request('POST', '/api/v1/leads/handover', {
      token: tenant.tokens.city_manager,
      body: { opsUserId: tenant.userIds.ops, filter: { ownerId: tenant.userIds.bd, withoutOpsOwner: true } },
    });
    expect(again.body.handedOver).toBe(0);
    const same = await t.request('POST', '/api/v1/leads/handover', {
      token: tenant.tokens.city_manager,
      body: { opsUserId: tenant.userIds.ops, leadIds: [signed[1]!.lead.id] },
    });
    expect(same.body.merchants).toEqual([
      { leadId: signed[1]!.lead.id, name: signed[1]!.lead.name, outcome: 'unchanged' },
    ]);

    const both = await t.request('POST', '/api/v1/leads/handover', {
      token: tenant.tokens.city_manager,
      body: { opsUserId: tenant.userIds.ops, leadIds: [unsigned.id], filter: {} },
    });
    expect(both.status).toBe(400);
    const byBd = await t.request('POST', '/api/v1/leads/handover', {
      token: tenant.tokens.bd,
      body: { opsUserId: tenant.userIds.ops, filter: {} },
    });
    expect(byBd.status).toBe(403);
  });
});
