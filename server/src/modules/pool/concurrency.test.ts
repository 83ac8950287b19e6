import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead, setPoolRules } from '../../../test/leads-fixtures.ts';
import { DAY } from '../../clock.ts';
import { sweepTenant } from './sweep.ts';

let t: TestContext;
let tenant: TestTenant;
const bds: Array<{ id: string; token: string }> = [];

beforeAll(async () => {
  t = await createTestContext({}, 20);
  tenant = await t.createTenant('takeaway');
  await setPoolRules(t, tenant, { maxPrivate: 5, dailyClaimCap: 1000 });
  // 20 racers and one more for the cap test, who must start with nothing held.
  for (let i = 0; i < 21; i++) {
    const user = await t.request('POST', '/api/v1/users', {
      token: tenant.tokens.tenant_admin,
      body: {
        username: `racer${i}`,
        displayName: `Racer ${i}`,
        password: PASSWORD,
        role: 'bd',
        orgUnitId: tenant.units.teamA,
      },
    });
    bds.push({ id: user.body.id, token: await t.login(tenant.slug, `racer${i}`) });
  }
}, 120_000);
afterAll(() => t.close());

const claim = (leadId: string, token: string) =>
  t.request('POST', `/api/v1/leads/${leadId}/claim`, { token });

/** The counters the caps rely on must equal what people really hold, and no lead is half-owned. */
async function checkInvariants() {
  const drift = await t.ownerQuery(
    `select q.user_id, q.private_count, count(s.lead_id)::int as held
       from pool_quota q
       left join lead_state s on s.tenant_id = q.tenant_id and s.owner_id = q.user_id and s.status = 'private'
      where q.tenant_id = $1
      group by q.user_id, q.private_count
     having q.private_count <> count(s.lead_id)`,
    [tenant.id],
  );
  expect(drift).toEqual([]);
  const broken = await t.ownerQuery(
    `select lead_id from lead_state where tenant_id = $1 and ((status = 'private') <> (owner_id is not null))`,
    [tenant.id],
  );
  expect(broken).toEqual([]);
}

describe('under concurrency', () => {
  it('gives a lead claimed by 20 BDs at once to exactly one of them', async () => {
    for (let round = 0; round < 5; round++) {
      const lead = await publicLead(t, tenant);
      const answers = await Promise.all(bds.slice(0, 20).map((bd) => claim(lead.id, bd.token)));
      const winners = answers.filter((a) => a.status === 200);
      expect(winners).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'already_owned')).toBe(
        true,
      );
      const [state] = await t.ownerQuery<{ owner_id: string }>(
        'select owner_id from lead_state where lead_id = $1',
        [lead.id],
      );
      expect(state!.owner_id).toBe(winners[0]!.body.ownerId);
      const claims = await t.ownerQuery("select id from lead_event where lead_id = $1 and kind = 'claimed'", [
        lead.id,
      ]);
      expect(claims).toHaveLength(1);
    }
    await checkInvariants();
  });

  it('never lets a BD pass the cap, however many claims race', async () => {
    const bd = bds[20]!;
    const leads = [];
    for (let i = 0; i < 15; i++) leads.push(await publicLead(t, tenant));
    const answers = await Promise.all(leads.map((lead) => claim(lead.id, bd.token)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'pool_cap_reached')).toBe(
      true,
    );
    const held = await t.ownerQuery(
      "select lead_id from lead_state where owner_id = $1 and status = 'private'",
      [bd.id],
    );
    expect(held).toHaveLength(5);
    await checkInvariants();
  });

  it('loses no claim made while the sweep runs, and recycles everything that was due', async () => {
    await setPoolRules(t, tenant, { maxPrivate: 100, dailyClaimCap: 1000 });
    const due = [];
    for (let i = 0; i < 60; i++) {
      const lead = await publicLead(t, tenant);
      const owner = bds[i % 10]!;
      expect((await claim(lead.id, owner.token)).status).toBe(200);
      due.push(lead.id);
    }
    t.clock.advance(20 * DAY);
    const fresh = await Promise.all(
      bds.slice(10).map(async (_, i) => t.login(tenant.slug, `racer${10 + i}`)),
    );
    const open = [];
    for (let i = 0; i < 30; i++) open.push(await publicLead(t, tenant));
    const [{ n: dueCount }] = (await t.ownerQuery<{ n: number }>(
      "select count(*)::int as n from lead_state where tenant_id = $1 and status = 'private' and deadline_at <= $2",
      [tenant.id, t.clock.now()],
    )) as [{ n: number }];
    expect(dueCount).toBeGreaterThanOrEqual(60);
    const sweeping = sweepTenant(t.app.deps, tenant.id, { batchSize: 7 });
    const claiming = Promise.all(open.map((lead, i) => claim(lead.id, fresh[i % fresh.length]!)));
    // BDs also grab leads that the sweep has just made public.
    const regrabbing = Promise.all(due.slice(0, 20).map((id, i) => claim(id, fresh[i % fresh.length]!)));
    const [swept, claims, regrabs] = await Promise.all([sweeping, claiming, regrabbing]);

    expect(claims.every((c) => c.status === 200)).toBe(true);
    for (const c of claims) {
      const [row] = await t.ownerQuery<any>('select status, owner_id from lead_state where lead_id = $1', [
        c.body.id,
      ]);
      expect(row).toEqual({ status: 'private', owner_id: c.body.ownerId });
    }
    for (const r of regrabs.filter((x) => x.status === 200)) {
      const [row] = await t.ownerQuery<any>('select status, owner_id from lead_state where lead_id = $1', [
        r.body.id,
      ]);
      expect(row).toEqual({ status: 'private', owner_id: r.body.ownerId });
    }
    expect(swept.count).toBe(dueCount);
    const stillDue = await t.ownerQuery(
      "select lead_id from lead_state where tenant_id = $1 and status = 'private' and deadline_at <= $2",
      [tenant.id, t.clock.now()],
    );
    expect(stillDue).toEqual([]);
    const recycledEvents = await t.ownerQuery(
      "select lead_id from lead_event where tenant_id = $1 and kind = 'recycled'",
      [tenant.id],
    );
    expect(new Set(recycledEvents.map((e: any) => e.lead_id)).size).toBe(dueCount);
    await checkInvariants();
  });
});
