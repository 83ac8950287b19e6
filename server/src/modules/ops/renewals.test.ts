import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftContract, signContract, signedMerchant } from '../../../test/contracts-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { runContractJobsAllTenants } from '../../jobs/contract-lifecycle.ts';
import { createRenewalTasks } from './renewals.ts';

let t: TestContext;
let tenant: TestTenant;
let short: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  short = await t.createTenant('takeaway');
  // A tenant that reminds 10 days ahead instead of 30 (set before anything reads its settings).
  await t.ownerQuery(
    `update tenant set settings = settings || '{"renewalReminderDays": 10}'::jsonb where id = $1`,
    [short.id],
  );
});
afterAll(() => t.close());

const token = (role: string, of: TestTenant = tenant) => t.login(of.slug, role);
const tasksOf = async (role: string, query = 'mine=true') =>
  (await t.request('GET', `/api/v1/tasks?${query}`, { token: await token(role) })).body.items as Array<{
    id: string;
    kind: string;
    status: string;
    assigneeId: string;
    leadId: string;
    leadName: string;
    contractId: string;
    dueAt: string;
    title: string;
    feedback: string | null;
  }>;
const byHand = async (body: object = {}) =>
  t.request('POST', '/api/v1/ops/renewals', { token: await token('admin'), body });

describe('renewal to-dos', () => {
  // Today is 2026-11-25 in Shanghai.
  it('are created once per contract ending within 30 days, for the ops owner or else the BD', async () => {
    const later = await signedMerchant(t, tenant, { startOn: '2026-11-25', endOn: '2027-01-31' });
    const soon = await signedMerchant(t, tenant, { startOn: '2026-11-25', endOn: '2026-12-20' });
    const kept = await signedMerchant(t, tenant, { startOn: '2026-11-25', endOn: '2026-12-15' });
    const renewing = await signedMerchant(t, tenant, { startOn: '2026-11-25', endOn: '2026-12-18' });
    await t.request('POST', `/api/v1/leads/${kept.lead.id}/handover`, {
      token: await token('bd_manager'),
      body: { opsUserId: tenant.userIds.ops },
    });
    // A renewal already being drafted needs no reminder.
    await draftContract(t, tenant, renewing.lead.id, {
      type: 'renewal',
      startOn: '2026-12-19',
      endOn: '2027-12-18',
    });

    const first = await byHand();
    expect(first.body).toMatchObject({ day: '2026-11-25', withinDays: 30, due: 2, created: 2 });
    expect((await byHand()).body).toMatchObject({ due: 2, created: 0 });

    const bdTasks = await tasksOf('bd');
    expect(bdTasks).toEqual([
      expect.objectContaining({
        kind: 'renewal',
        status: 'open',
        assigneeId: tenant.userIds.bd,
        leadId: soon.lead.id,
        leadName: soon.lead.name,
        contractId: soon.contract.id,
        // Due when the contract lapses: midnight after its last day, Shanghai time.
        dueAt: '2026-12-20T16:00:00.000Z',
      }),
    ]);
    const opsTasks = await tasksOf('ops');
    expect(opsTasks.map((task) => task.contractId)).toEqual([kept.contract.id]);
    expect(
      (await t.request('GET', `/api/v1/tasks/${opsTasks[0]!.id}`, { token: await token('bd') })).status,
    ).toBe(404);
    const team = await tasksOf('ops_manager', 'status=open');
    expect(team.map((task) => task.contractId).sort()).toEqual([kept.contract.id, soon.contract.id].sort());

    // Handing the merchant to ops takes its open reminder along.
    await t.request('POST', `/api/v1/leads/${soon.lead.id}/handover`, {
      token: await token('bd_manager'),
      body: { opsUserId: tenant.userIds.ops },
    });
    expect(await tasksOf('bd')).toEqual([]);
    expect((await tasksOf('ops')).map((task) => task.contractId)).toEqual([
      kept.contract.id,
      soon.contract.id,
    ]);

    // The job, with the clock moved: the reminder for the later contract appears 30 days ahead.
    t.clock.set('2026-12-31T15:59:00Z'); // 23:59 on 31 December in Shanghai
    expect(await createRenewalTasks(t.app.deps, tenant.id)).toMatchObject({ day: '2026-12-31', created: 0 });
    t.clock.set('2026-12-31T16:00:00Z');
    expect(await createRenewalTasks(t.app.deps, tenant.id)).toMatchObject({ day: '2027-01-01', created: 1 });
    expect(await createRenewalTasks(t.app.deps, tenant.id)).toMatchObject({ created: 0 });
    expect((await tasksOf('bd')).map((task) => task.contractId)).toEqual([later.contract.id]);
    const audit = await t.ownerQuery<{ actor_name: string }>(
      `select actor_name from audit_log where tenant_id = $1 and action = 'task.renewals_created' order by id`,
      [tenant.id],
    );
    expect(audit.map((a) => a.actor_name)).toEqual(['admin', 'admin', 'renewal-reminders']);
  });

  it('are worked by their assignee and closed by a signed renewal contract', async () => {
    t.clock.set('2027-02-01T02:00:00Z');
    const merchant = await signedMerchant(t, tenant, { startOn: '2027-02-01', endOn: '2027-02-20' });
    await createRenewalTasks(t.app.deps, tenant.id);
    const [task] = (await tasksOf('bd')).filter((x) => x.contractId === merchant.contract.id);
    expect(task).toBeDefined();

    const bd = await token('bd');
    expect(
      (await t.request('POST', `/api/v1/tasks/${task!.id}/start`, { token: await token('ops') })).status,
    ).toBe(404);
    const started = await t.request('POST', `/api/v1/tasks/${task!.id}/start`, { token: bd });
    expect(started.body.status).toBe('doing');

    const renewal = await draftContract(t, tenant, merchant.lead.id, {
      type: 'renewal',
      startOn: '2027-02-21',
      endOn: '2028-02-20',
    });
    await signContract(t, tenant, renewal.id);
    const closed = await t.request('GET', `/api/v1/tasks/${task!.id}`, { token: bd });
    expect(closed.body).toMatchObject({ status: 'done', feedback: `续约合同 #${renewal.id} 已签署` });
    expect(closed.body.doneAt).not.toBeNull();
    const again = await t.request('POST', `/api/v1/tasks/${task!.id}/done`, {
      token: bd,
      body: { feedback: 'x' },
    });
    expect(again.body.code).toBe('invalid_state');
    // The renewal is now the contract in force: no new reminder for the old one.
    expect((await createRenewalTasks(t.app.deps, tenant.id)).created).toBe(0);
  });

  it('follow the tenant’s own number of days, and run by hand only for admins, never ahead', async () => {
    t.clock.set('2027-03-01T02:00:00Z');
    const in20 = await signedMerchant(t, short, { startOn: '2027-03-01', endOn: '2027-03-21' });
    const in8 = await signedMerchant(t, short, { startOn: '2027-03-01', endOn: '2027-03-09' });
    const result = await runContractJobsAllTenants(t.app.deps);
    expect(result.failed).toBe(0);
    const tasks = await t.request('GET', '/api/v1/tasks?mine=true', { token: await token('bd', short) });
    expect(tasks.body.items.map((x: { contractId: string }) => x.contractId)).toEqual([in8.contract.id]);
    expect(tasks.body.items.map((x: { contractId: string }) => x.contractId)).not.toContain(in20.contract.id);

    for (const role of ['bd', 'ops', 'ops_manager', 'hq']) {
      const reply = await t.request('POST', '/api/v1/ops/renewals', { token: await token(role), body: {} });
      expect(reply.status, role).toBe(403);
    }
    expect((await byHand({ asOf: '2027-03-02T02:00:00Z' })).status).toBe(400);
  });

  it('finish with feedback; a manager may close a to-do of their team, others may not', async () => {
    t.clock.set('2027-04-01T02:00:00Z');
    const merchant = await signedMerchant(t, tenant, { startOn: '2027-04-01', endOn: '2027-04-15' });
    await createRenewalTasks(t.app.deps, tenant.id);
    const task = (await tasksOf('bd')).find((x) => x.contractId === merchant.contract.id)!;
    const outsider = await t.request('POST', `/api/v1/tasks/${task.id}/done`, { token: await token('bd_b') });
    expect(outsider.status).toBe(404);
    const done = await t.request('POST', `/api/v1/tasks/${task.id}/done`, {
      token: await token('bd_manager'),
      body: { feedback: '商家不续约，已转告中台' },
    });
    expect(done.body).toMatchObject({ status: 'done', feedback: '商家不续约，已转告中台' });
    const open = await tasksOf('bd', 'mine=true&status=open');
    expect(open.map((x) => x.id)).not.toContain(task.id);
  });
});
