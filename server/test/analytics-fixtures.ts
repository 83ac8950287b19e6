import type { TestContext, TestTenant } from './harness.ts';
import { publicLead, setPoolRules } from './leads-fixtures.ts';

// A varied month of field work for the analytics tests: three BDs in two cities and three teams,
// claims, a release, a recycle, near and far visits (two at the edges of a local day), an
// opportunity each, a signing, a deal online with sales, and to-dos on time, late and overdue.

async function ok(reply: Promise<{ status: number; body: any }>, what: string) {
  const r = await reply;
  if (r.status >= 300) throw new Error(`${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export interface World {
  city2: string;
  teamC: string;
  bdC: string;
  leads: Record<'l1' | 'l2' | 'l3' | 'l4' | 'l5' | 'l6' | 'l7', { id: string; lat: number; lng: number }>;
}

export async function buildWorld(t: TestContext, tenant: TestTenant): Promise<World> {
  const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });
  const as = (username: string) => t.login(tenant.slug, username);
  t.clock.set('2026-11-20T02:00:00Z'); // 10:00 in Shanghai
  await setPoolRules(t, tenant, { maxPrivate: 50, dailyClaimCap: 50 });
  const admin = await as('admin');
  const city2 = (
    await ok(
      post('/api/v1/org-units', admin, { name: '上海市', kind: 'city', parentId: tenant.units.region }),
      'city',
    )
  ).id;
  const teamC = (
    await ok(post('/api/v1/org-units', admin, { name: '徐汇一组', kind: 'team', parentId: city2 }), 'team')
  ).id;
  const bdC = (
    await ok(
      post('/api/v1/users', admin, {
        username: 'bd_c',
        displayName: 'bd_c',
        password: 'correct-horse-battery',
        role: 'bd',
        orgUnitId: teamC,
      }),
      'user',
    )
  ).id;
  const lead = async (over: Record<string, unknown> = {}) => {
    const l = await publicLead(t, tenant, over);
    return { id: l.id, lat: l.lat as number, lng: l.lng as number };
  };
  const leads = {
    l1: await lead(),
    l2: await lead(),
    l3: await lead(),
    l4: await lead(),
    l5: await lead(),
    l6: await lead(),
    l7: await lead({ cityId: city2, lat: 31.2, lng: 121.4 }),
  };
  const visit = (id: keyof typeof leads, token: string, extra: Record<string, unknown> = {}) =>
    ok(
      post(`/api/v1/leads/${leads[id].id}/visits`, token, {
        lat: leads[id].lat,
        lng: leads[id].lng,
        kind: 'follow_up',
        ...extra,
      }),
      `visit ${id}`,
    );
  const far = (id: keyof typeof leads) => ({ lat: leads[id].lat + 0.05 });

  // 2026-11-20 (local): claims, visits, a release, opportunities.
  const bd = await as('bd');
  const bdB = await as('bd_b');
  for (const id of ['l1', 'l2', 'l3', 'l4'] as const)
    await ok(post(`/api/v1/leads/${leads[id].id}/claim`, bd), 'claim');
  for (const id of ['l5', 'l6'] as const) await ok(post(`/api/v1/leads/${leads[id].id}/claim`, bdB), 'claim');
  await visit('l1', bd);
  await visit('l1', bd);
  await visit('l2', bd, far('l2'));
  await ok(post(`/api/v1/leads/${leads.l4.id}/release`, bd, { reason: '商家已转让' }), 'release');
  await ok(post(`/api/v1/leads/${leads.l1.id}/opportunities`, bd, { title: '团购上线' }), 'opportunity');
  await visit('l5', bdB);
  await ok(post(`/api/v1/leads/${leads.l5.id}/opportunities`, bdB, { title: '套餐' }), 'opportunity');

  // 2026-11-21 (local): bd_c in the other city; bd_b again.
  t.clock.set('2026-11-21T03:00:00Z');
  const bdc = await as('bd_c');
  await ok(post(`/api/v1/leads/${leads.l7.id}/claim`, bdc), 'claim');
  await visit('l7', bdc, far('l7'));
  await visit('l5', await as('bd_b'));

  // The edges of a local day: 23:30 on the 21st is the 21st; 00:30 on the 22nd is the 22nd,
  // although both are the 21st in UTC.
  t.clock.set('2026-11-21T16:40:00Z');
  const late = await as('bd');
  await visit('l3', late, { at: '2026-11-21T15:30:00Z' });
  await visit('l3', late, { at: '2026-11-21T16:30:00Z' });

  // 2026-11-22 (local): bd signs l1 and its deal goes online; sales come in.
  t.clock.set('2026-11-22T02:00:00Z');
  const bd22 = await as('bd');
  const manager = await as('bd_manager');
  const contract = await ok(
    post(`/api/v1/leads/${leads.l1.id}/contracts`, bd22, {
      type: 'new',
      title: '团购合作协议',
      amount: 20_000,
      commissionRate: 6,
      startOn: '2026-11-22',
      endOn: '2027-11-21',
    }),
    'contract',
  );
  await ok(post(`/api/v1/contracts/${contract.id}/submit`, bd22), 'submit');
  await ok(post(`/api/v1/contracts/${contract.id}/approve`, manager), 'approve');
  await ok(post(`/api/v1/contracts/${contract.id}/sign`, bd22), 'sign');
  const deal = await ok(
    post(`/api/v1/leads/${leads.l1.id}/deals`, bd22, {
      title: '双人火锅套餐',
      items: [{ name: '招牌毛肚', quantity: 1, price: 48 }],
      listPrice: 198,
      dealPrice: 128,
      minGroupSize: 2,
      validFrom: '2026-11-22',
      validTo: '2027-06-30',
    }),
    'deal',
  );
  await ok(post(`/api/v1/deals/${deal.id}/submit`, bd22), 'deal submit');
  await ok(post(`/api/v1/deals/${deal.id}/approve`, await as('reviewer')), 'deal approve');
  await ok(post('/api/v1/deals/sales', await as('admin'), [{ dealId: deal.id, salesCount: 37 }]), 'sales');

  // 2026-11-23 (local): bd_b's l6 is past its deadline and the sweep recycles it.
  await t.ownerQuery(
    `update lead_state set deadline_at = '2026-11-23T01:00:00Z' where tenant_id = $1 and lead_id = $2`,
    [tenant.id, leads.l6.id],
  );
  t.clock.set('2026-11-23T02:00:00Z');
  await ok(post('/api/v1/pool/sweep', await as('admin'), {}), 'sweep');

  // To-dos (the tasks module's table, as its services would write them): bd has one done on
  // time, one done late and one overdue; bd_b one not yet due.
  const task = (assignee: string, due: string, status: string, doneAt: string | null) =>
    t.ownerQuery(
      `insert into task (tenant_id, assignee_id, kind, title, due_at, status, created_at, updated_at, done_at)
       values ($1, $2, 'visit', '回访', $3, $4, $3::timestamptz - interval '2 days', $3, $5)`,
      [tenant.id, assignee, due, status, doneAt],
    );
  await task(tenant.userIds.bd, '2026-11-21T10:00:00Z', 'done', '2026-11-21T08:00:00Z');
  await task(tenant.userIds.bd, '2026-11-21T10:00:00Z', 'done', '2026-11-22T08:00:00Z');
  await task(tenant.userIds.bd, '2026-11-23T10:00:00Z', 'open', null);
  await task(tenant.userIds.bd_b, '2026-11-28T10:00:00Z', 'open', null);

  t.clock.set('2026-11-25T04:00:00Z');
  return { city2, teamC, bdC, leads };
}
