import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { publicLead } from '../../../test/leads-fixtures.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

type Role = keyof TestTenant['tokens'];
const post = (path: string, role: Role, body?: unknown) =>
  t.request('POST', path, { token: tenant.tokens[role], body });
const get = (path: string, role: Role = 'hq') => t.request('GET', path, { token: tenant.tokens[role] });
const submit = async (records: Array<Record<string, unknown>>) => {
  const reply = await post('/api/v1/competitors/records', 'hq', { records });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
};
const tagsOf = async (leadId: string) =>
  (await get(`/api/v1/leads/${leadId}`, 'tenant_admin')).body.tags as string[];
/** About `m` metres north of a point. */
const north = (lat: number, m: number) => lat + m / 111_320;

async function onlineDeal(leadId: string, over: Record<string, unknown>) {
  const draft = await post(`/api/v1/leads/${leadId}/deals`, 'bd', dealBody(t, over));
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  await post(`/api/v1/deals/${draft.body.id}/submit`, 'bd');
  expect((await post(`/api/v1/deals/${draft.body.id}/approve`, 'reviewer')).body.status).toBe('online');
  return draft.body.id as string;
}

describe('price disadvantage', () => {
  it('tags a merchant whose comparable offer is cheaper elsewhere, with the strategy, and untags it when fixed', async () => {
    const [lat, lng] = [39.9712, 116.3261];
    const merchant = await signedLead(t, tenant, {
      name: '小龙坎火锅(双榆树店)',
      category: '火锅',
      lat,
      lng,
    });
    const ours = await onlineDeal(merchant.id, { title: '双人火锅套餐', listPrice: 198, dealPrice: 128 });
    const store = {
      platform: 'meituan',
      storeName: '小龙坎火锅（双榆树）',
      lat: north(lat, 25),
      lng,
      category: '火锅',
    };
    const day = (d: number) => new Date(t.clock.now().getTime() - d * 86_400_000).toISOString();

    const first = await submit([
      { ...store, title: '双人火锅套餐', price: 120, sales: 860, observedAt: day(1) }, // 6 % cheaper
      { ...store, title: '4人火锅套餐', price: 90, observedAt: day(1) }, // another party size
      { ...store, title: '50元代金券', price: 9.9, observedAt: day(1) }, // not the same offer at all
      { ...store, title: '双人火锅畅吃', price: 138, observedAt: day(1) }, // dearer
      { platform: 'meituan', storeName: '麦当劳', lat: north(lat, 200), lng, title: '双人套餐', price: 50 }, // no match
    ]);
    expect(first.matching).toEqual({ matched: 1, review: 0, unmatched: 1 });
    expect(first.competitorOnline.added).toBe(1);
    expect(await tagsOf(merchant.id)).toEqual(
      expect.arrayContaining(['competitor_online', 'price_disadvantage']),
    );
    let gaps = (await get('/api/v1/competitors/price-gaps')).body.items;
    expect(gaps).toMatchObject([
      {
        leadId: merchant.id,
        leadName: '小龙坎火锅(双榆树店)',
        platform: 'meituan',
        ourDealId: ours,
        ourPrice: 128,
        theirTitle: '双人火锅套餐',
        theirPrice: 120,
        gap: 8,
        strategy: 'match_price',
      },
    ]);

    // A second platform sells it far cheaper: a price match would not close that gap.
    await submit([
      {
        platform: 'dianping',
        storeName: '小龙坎老火锅 双榆树店',
        lat: north(lat, -30),
        lng,
        title: '双人套餐（火锅）',
        price: 99,
        category: '火锅',
        observedAt: day(1),
      },
    ]);
    gaps = (await get('/api/v1/competitors/price-gaps?strategy=exclusive_offer')).body.items;
    expect(gaps).toMatchObject([
      { platform: 'dianping', theirPrice: 99, gap: 29, strategy: 'exclusive_offer' },
    ]);
    expect(gaps[0].gapRatio).toBeCloseTo(29 / 128, 3);

    // Recomputes at the same time (a nightly run meets a click): each one completes, same result.
    const runs = await Promise.all([1, 2, 3].map(() => post('/api/v1/competitors/recompute', 'hq')));
    expect(runs.map((r) => [r.status, r.body.priceGaps])).toEqual([
      [200, 2],
      [200, 2],
      [200, 2],
    ]);

    // The merchant page shows the section to the BD who owns the merchant.
    const section = await get(`/api/v1/competitors/merchants/${merchant.id}`, 'bd');
    expect(section.status).toBe(200);
    expect(section.body.tags.sort()).toEqual(['competitor_online', 'price_disadvantage']);
    expect(section.body.stores.map((s: { platform: string }) => s.platform).sort()).toEqual([
      'dianping',
      'meituan',
    ]);
    expect(section.body.priceGaps).toHaveLength(2);

    // An older observation does not overwrite a newer one.
    await submit([{ ...store, title: '双人火锅套餐', price: 50, observedAt: day(20) }]);
    expect((await get('/api/v1/competitors/price-gaps?platform=meituan')).body.items[0].theirPrice).toBe(120);

    // Both competitors raise their prices: no disadvantage, the tag goes; the store stays matched.
    const fixed = await submit([
      { ...store, title: '双人火锅套餐', price: 130, observedAt: day(0) },
      {
        platform: 'dianping',
        storeName: '小龙坎老火锅 双榆树店',
        lat: north(lat, -30),
        lng,
        title: '双人套餐（火锅）',
        price: 128,
        observedAt: day(0),
      },
    ]);
    expect(fixed.priceGaps).toBe(0);
    expect(fixed.priceDisadvantage.removed).toBe(1);
    expect(await tagsOf(merchant.id)).toContain('competitor_online');
    expect(await tagsOf(merchant.id)).not.toContain('price_disadvantage');
  });
});

describe('the review queue', () => {
  it('sends an uncertain match to review; confirming and rejecting keep the tag right across rematches', async () => {
    const [lat, lng] = [39.9402, 116.3012];
    const lead = await publicLead(t, tenant, { name: '翠满楼饭庄', lat, lng });
    // A typo in the name: likely the same store, but a person should say so.
    await submit([{ platform: 'meituan', storeName: '翠鑫楼饭庄', lat: north(lat, 40), lng }]);
    let queue = (await get('/api/v1/competitors/matches')).body.items;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      store: { name: '翠鑫楼饭庄', platform: 'meituan' },
      lead: { id: lead.id, name: '翠满楼饭庄' },
    });
    expect(await tagsOf(lead.id)).not.toContain('competitor_online');
    const storeId = queue[0].store.id;

    expect((await post(`/api/v1/competitors/matches/${queue[0].id}/confirm`, 'bd')).status).toBe(403);
    const confirmed = await post(`/api/v1/competitors/matches/${queue[0].id}/confirm`, 'hq');
    expect(confirmed.body).toEqual({ storeId, matchStatus: 'matched', leadId: lead.id });
    expect(await tagsOf(lead.id)).toContain('competitor_online');
    expect((await get('/api/v1/competitors/matches')).body.items).toEqual([]);
    // A rematch of everything keeps a confirmed match.
    expect((await post('/api/v1/competitors/recompute', 'tenant_admin')).status).toBe(200);
    expect(await tagsOf(lead.id)).toContain('competitor_online');
    const listed = (await get('/api/v1/competitors/stores?status=matched')).body.items.find(
      (s: { id: string }) => s.id === storeId,
    );
    expect(listed).toMatchObject({ matchSource: 'confirmed', lead: { id: lead.id } });

    // Rejecting the confirmed pair undoes it, and the pair is never proposed again.
    const rejected = await post(`/api/v1/competitors/matches/${listed.matchId}/reject`, 'hq');
    expect(rejected.body).toEqual({ storeId, matchStatus: 'unmatched', leadId: null });
    expect(await tagsOf(lead.id)).not.toContain('competitor_online');
    await post('/api/v1/competitors/recompute', 'hq');
    queue = (await get('/api/v1/competitors/matches')).body.items;
    expect(queue.filter((q: { store: { id: string } }) => q.store.id === storeId)).toEqual([]);
    expect((await post(`/api/v1/competitors/matches/${listed.matchId}/reject`, 'hq')).body.code).toBe(
      'invalid_state',
    );
  });

  it('rejects an uncertain pair: the store stays unmatched and its merchant untagged', async () => {
    const [lat, lng] = [39.9201, 116.3109];
    const lead = await publicLead(t, tenant, { name: '菜香根酒楼', lat, lng });
    await submit([{ platform: 'douyin', storeName: '菜香园酒楼', lat: north(lat, 60), lng }]);
    const pair = (await get('/api/v1/competitors/matches')).body.items.find(
      (q: { lead: { id: string } }) => q.lead.id === lead.id,
    );
    expect(pair).toBeDefined();
    const reply = await post(`/api/v1/competitors/matches/${pair.id}/reject`, 'tenant_admin');
    expect(reply.body).toMatchObject({ matchStatus: 'unmatched', leadId: null });
    expect(await tagsOf(lead.id)).not.toContain('competitor_online');
    expect(
      (await get('/api/v1/competitors/stores?status=unmatched')).body.items.map(
        (s: { name: string }) => s.name,
      ),
    ).toContain('菜香园酒楼');
  });
});

describe('the JSON door and permissions', () => {
  it('refuses a batch with a bad record and saves none of it', async () => {
    const before = await t.ownerQuery(
      'select count(*)::int as n from competitor_store where tenant_id = $1',
      [tenant.id],
    );
    const reply = await post('/api/v1/competitors/records', 'hq', {
      records: [
        { platform: 'meituan', storeName: '好店', lat: 39.9, lng: 116.3, title: '套餐', price: 10 },
        { platform: 'meituan', storeName: '坏店', lat: 39.9, title: '套餐' },
      ],
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { path: '/body/records/1', message: expect.stringContaining('latitude') },
    ]);
    expect(reply.body.errors[0].message).toContain('price');
    const after = await t.ownerQuery('select count(*)::int as n from competitor_store where tenant_id = $1', [
      tenant.id,
    ]);
    expect(after).toEqual(before);
  });

  it('is HQ’s and administrators’ tool; others see the merchant section only', async () => {
    const lead = await publicLead(t, tenant);
    for (const role of ['bd', 'bd_manager', 'city_manager', 'ops', 'ops_manager', 'reviewer'] as const) {
      expect((await get('/api/v1/competitors/stores', role)).status, role).toBe(403);
      expect((await get('/api/v1/competitors/price-gaps', role)).status, role).toBe(403);
      expect((await post('/api/v1/competitors/recompute', role)).status, role).toBe(403);
      expect(
        (await post('/api/v1/competitors/records', role, { records: [{ platform: 'x', storeName: 'y' }] }))
          .status,
      ).toBe(403);
    }
    expect((await get(`/api/v1/competitors/merchants/${lead.id}`, 'city_manager')).status).toBe(200);
    expect((await get('/api/v1/competitors/merchants/999999999', 'hq')).status).toBe(404);
  });
});
