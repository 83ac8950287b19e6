import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimedLead,
  draftContract,
  signContract,
  signedMerchant,
} from '../../../test/contracts-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { runContractJobsAllTenants } from '../../jobs/contract-lifecycle.ts';

let t: TestContext;
let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  other = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const admin = () => t.login(tenant.slug, 'admin');
const run = async (asOf?: string) =>
  t.request('POST', '/api/v1/contracts/lifecycle', { token: await admin(), body: asOf ? { asOf } : {} });
const statusOf = async (id: string) =>
  (await t.ownerQuery<{ status: string }>('select status from contract where id = $1', [id]))[0]!.status;

describe('the contract lifecycle', () => {
  it('activates on start_on and expires after end_on by the tenant’s calendar, once, with history', async () => {
    // 2026-11-25 16:00 in Shanghai: the contract starts the day after tomorrow.
    const { contract } = await signedMerchant(t, tenant, { startOn: '2026-11-27', endOn: '2026-12-10' });
    expect(contract.status).toBe('signed');

    t.clock.set('2026-11-26T15:59:00Z'); // 23:59 on the 26th in Shanghai
    expect((await run()).body).toMatchObject({ day: '2026-11-26', activated: 0, expired: 0 });
    expect(await statusOf(contract.id)).toBe('signed');

    t.clock.set('2026-11-26T16:00:00Z'); // midnight in Shanghai: the 27th has begun
    expect((await run()).body).toMatchObject({ day: '2026-11-27', activated: 1, expired: 0 });
    expect((await run()).body).toMatchObject({ activated: 0, expired: 0 });
    expect(await statusOf(contract.id)).toBe('active');

    t.clock.set('2026-12-10T15:59:00Z'); // the last day, still
    expect((await run()).body).toMatchObject({ activated: 0, expired: 0 });
    t.clock.set('2026-12-10T16:00:00Z');
    expect((await run()).body).toMatchObject({ day: '2026-12-11', expired: 1 });

    const bd = await t.login(tenant.slug, 'bd');
    const detail = await t.request('GET', `/api/v1/contracts/${contract.id}`, { token: bd });
    expect(detail.body).toMatchObject({ status: 'expired', endReason: null });
    expect(detail.body.endedAt).toBe('2026-12-10T16:00:00.000Z');
    const history = await t.request('GET', `/api/v1/contracts/${contract.id}/history`, { token: bd });
    expect(
      history.body.items.map(
        (e: { fromStatus: string | null; toStatus: string; actorName: string }) =>
          `${e.fromStatus}→${e.toStatus}:${e.actorName}`,
      ),
    ).toEqual([
      'null→draft:bd',
      'draft→pending_approval:bd',
      'pending_approval→approved:bd_manager',
      'approved→signed:bd',
      'signed→active:admin',
      'active→expired:admin',
    ]);
    // The team lead is named as everyone knows them, not by the username they sign in with.

    const renamed = await t.request('PATCH', `/api/v1/users/${tenant.userIds.bd_manager}`, {
      token: await admin(),
      body: { displayName: '吴主管' },
    });
    expect(renamed.status).toBe(200);
    const named = await t.request('GET', `/api/v1/contracts/${contract.id}/history`, { token: bd });
    expect(named.body.items[2].actorName).toBe('吴主管');
    const audit = await t.ownerQuery<{ action: string; actor_name: string }>(
      `select action, actor_name from audit_log where tenant_id = $1 and action = 'contract.lifecycle_run' order by id`,
      [tenant.id],
    );
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });

  it('takes a contract signed after its whole term through active to expired in one run', async () => {
    t.clock.set('2026-12-20T02:00:00Z');
    const lead = await claimedLead(t, tenant);
    const draft = await draftContract(t, tenant, lead.id, { startOn: '2026-12-20', endOn: '2026-12-25' });
    const signed = await signContract(t, tenant, draft.id);
    expect(signed.status).toBe('active');
    t.clock.set('2026-12-30T02:00:00Z');
    expect((await run()).body).toMatchObject({ expired: 1 });

    const late = await draftContract(t, tenant, (await claimedLead(t, tenant)).id, {
      startOn: '2027-01-05',
      endOn: '2027-01-06',
    });
    await signContract(t, tenant, late.id);
    t.clock.set('2027-01-10T02:00:00Z');
    expect((await run()).body).toMatchObject({ activated: 1, expired: 1 });
    expect(await statusOf(late.id)).toBe('expired');
  });

  it('runs for every tenant from the job, and by hand only for a tenant administrator, never in the future', async () => {
    t.clock.set('2027-02-01T02:00:00Z');
    const mine = await signedMerchant(t, tenant, { startOn: '2027-02-03', endOn: '2027-12-31' });
    const theirs = await signedMerchant(t, other, { startOn: '2027-02-03', endOn: '2027-12-31' });
    t.clock.set('2027-02-03T02:00:00Z');
    for (const role of ['bd', 'bd_manager', 'city_manager', 'ops_manager', 'hq'] as const) {
      const token = await t.login(tenant.slug, role);
      expect((await t.request('POST', '/api/v1/contracts/lifecycle', { token, body: {} })).status, role).toBe(
        403,
      );
    }
    expect((await run('2027-02-04T00:00:00Z')).status).toBe(400);
    // By hand in one tenant moves only that tenant's contracts.
    expect((await run()).body.activated).toBe(1);
    expect(await statusOf(theirs.contract.id)).toBe('signed');
    const result = await runContractJobsAllTenants(t.app.deps);
    expect(result).toMatchObject({ activated: 1, failed: 0 });
    expect(await statusOf(mine.contract.id)).toBe('active');
    expect(await statusOf(theirs.contract.id)).toBe('active');
  });
});

type Role =
  | 'bd'
  | 'bd_b'
  | 'bd_manager'
  | 'city_manager'
  | 'ops'
  | 'ops_manager'
  | 'reviewer'
  | 'hq'
  | 'admin';
const ROLES: Role[] = [
  'bd',
  'bd_b',
  'bd_manager',
  'city_manager',
  'ops',
  'ops_manager',
  'reviewer',
  'hq',
  'admin',
];

/**
 * Who may move a contract of the BD (team A) along each transition. bd_b (team B) cannot see it;
 * ops and reviewers see it but do not work on it; approval steps wait for their one role.
 */
const MATRIX: Record<string, { from: 'draft' | 'pending' | 'approved' | 'active'; allowed: Role[] }> = {
  submit: { from: 'draft', allowed: ['bd', 'bd_manager', 'city_manager', 'hq', 'admin'] },
  approve: { from: 'pending', allowed: ['bd_manager'] },
  reject: { from: 'pending', allowed: ['bd_manager'] },
  sign: { from: 'approved', allowed: ['bd', 'bd_manager', 'city_manager', 'hq', 'admin'] },
  terminate: { from: 'active', allowed: ['bd_manager', 'city_manager', 'hq', 'admin'] },
};

describe('contract transitions per role', () => {
  // One day each: the BD's daily claim cap counts the merchants each case signs up.
  it.each(Object.entries(MATRIX).map(([name, rule], day) => [name, rule, day] as const))(
    '%s',
    async (transition, { from, allowed }, day) => {
      t.clock.set(`2027-03-0${day + 1}T02:00:00Z`);
      const token = (role: Role) => t.login(tenant.slug, role);
      const prepare = async () => {
        const lead = await claimedLead(t, tenant);
        const draft = await draftContract(t, tenant, lead.id, { startOn: '2027-03-01', endOn: '2028-02-28' });
        const bd = await token('bd');
        if (from === 'draft') return draft.id as string;
        await t.request('POST', `/api/v1/contracts/${draft.id}/submit`, { token: bd });
        if (from === 'pending') return draft.id as string;
        await t.request('POST', `/api/v1/contracts/${draft.id}/approve`, {
          token: await token('bd_manager'),
        });
        if (from === 'approved') return draft.id as string;
        await t.request('POST', `/api/v1/contracts/${draft.id}/sign`, { token: bd });
        return draft.id as string;
      };
      const body = transition === 'terminate' ? { reason: '商家闭店' } : { comment: '意见' };
      const shared = await prepare();
      for (const role of ROLES) {
        const id = allowed.includes(role) ? await prepare() : shared;
        const reply = await t.request('POST', `/api/v1/contracts/${id}/${transition}`, {
          token: await token(role),
          body,
        });
        // Terminating is refused to non-managers before the lookup (403 for any id, so nothing leaks).
        const unseen = role === 'bd_b' && transition !== 'terminate';
        const expected = allowed.includes(role) ? 200 : unseen ? 404 : 403;
        expect(reply.status, `${transition} by ${role}: ${JSON.stringify(reply.body)}`).toBe(expected);
      }
      // Nobody who was refused moved the shared contract.
      const unchanged = {
        draft: 'draft',
        pending: 'pending_approval',
        approved: 'approved',
        active: 'active',
      }[from];
      expect(await statusOf(shared)).toBe(unchanged);
    },
  );
});
