import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { HOUR } from '../../clock.ts';
import { expireAllTenants } from '../../jobs/deal-expiry.ts';

let t: TestContext;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createTenant('takeaway');
  b = await t.createTenant('takeaway');
});
afterAll(() => t.close());

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });

/** An online deal of the tenant whose last valid day is `validTo`. */
async function onlineDeal(tenant: TestTenant, validTo: string) {
  const lead = await signedLead(t, tenant);
  const body = dealBody(t, { validTo });
  const { body: deal } = await post(`/api/v1/leads/${lead.id}/deals`, tenant.tokens.bd, body);
  await post(`/api/v1/deals/${deal.id}/submit`, tenant.tokens.bd);
  const approved = await post(`/api/v1/deals/${deal.id}/approve`, tenant.tokens.reviewer);
  expect(approved.body.status).toBe('online');
  return deal.id as string;
}

describe('deal expiry', () => {
  it('expires online deals after their last valid day in the tenant’s time zone, with a history entry', async () => {
    // 08:00 UTC on 25 November is 16:00 in Asia/Shanghai: the 25th is still a valid day.
    const today = '2026-11-25';
    const endsToday = await onlineDeal(a, today);
    const endsLater = await onlineDeal(a, '2026-12-31');
    const offline = await onlineDeal(a, today);
    await post(`/api/v1/deals/${offline}/offline`, a.tokens.hq, { reason: '商家要求' });
    const theirs = await onlineDeal(b, today);

    expect((await expireAllTenants(t.app.deps)).expired).toBe(0);
    // 15:30 UTC is 23:30 in Shanghai: still the 25th there.
    t.clock.advance(7.5 * HOUR);
    expect((await expireAllTenants(t.app.deps)).expired).toBe(0);
    // 16:30 UTC is 00:30 on the 26th in Shanghai.
    t.clock.advance(HOUR);
    const run = await expireAllTenants(t.app.deps);
    expect(run).toMatchObject({ expired: 2, failed: 0 });
    expect((await expireAllTenants(t.app.deps)).expired).toBe(0);

    const token = await t.login(a.slug, 'bd');
    const read = async (id: string, as = token) =>
      (await t.request('GET', `/api/v1/deals/${id}`, { token: as })).body;
    const expired = await read(endsToday);
    expect(expired).toMatchObject({ status: 'expired', offlineAt: t.clock.now().toISOString() });
    expect(expired.history.at(-1)).toMatchObject({
      action: 'expired',
      fromStatus: 'online',
      toStatus: 'expired',
      actorKind: 'system',
      actorName: 'deal-expiry',
    });
    expect((await read(endsLater)).status).toBe('online');
    expect((await read(offline)).status).toBe('offline');
    expect((await read(theirs, await t.login(b.slug, 'bd'))).status).toBe('expired');

    // An expired deal is over: it is neither revised, resubmitted nor taken offline.
    const admin = await t.login(a.slug, 'admin');
    expect((await post(`/api/v1/deals/${endsToday}/submit`, admin)).body.code).toBe('invalid_state');
    expect((await post(`/api/v1/deals/${endsToday}/offline`, admin, { reason: 'x' })).body.code).toBe(
      'invalid_state',
    );
    const logged = await t.ownerQuery<{ actor_name: string }>(
      `select actor_name from audit_log where tenant_id = $1 and action = 'deal.expired'`,
      [a.id],
    );
    expect(logged).toEqual([{ actor_name: 'deal-expiry' }]);
  });

  it('refuses to approve a deal whose validity ended while it waited for audit', async () => {
    const lead = await signedLead(t, a);
    const token = await t.login(a.slug, 'bd');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
    const { body } = await post(`/api/v1/leads/${lead.id}/deals`, token, dealBody(t, { validTo: day }));
    await post(`/api/v1/deals/${body.id}/submit`, token);
    t.clock.advance(24 * HOUR);
    const reviewer = await t.login(a.slug, 'reviewer');
    const late = await post(`/api/v1/deals/${body.id}/approve`, reviewer);
    expect(late.status).toBe(422);
    expect(late.body.reasons).toEqual(['invalid_validity']);
    const rejected = await post(`/api/v1/deals/${body.id}/reject`, reviewer, {
      reasons: ['invalid_validity'],
    });
    expect(rejected.body.status).toBe('rejected');
  });
});
