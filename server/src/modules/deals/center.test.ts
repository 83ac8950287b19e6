import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;
let hotpot: { id: string };
let coffee: { id: string };
/** Deal ids by a short name, as drafted below. */
const ids: Record<string, string> = {};

const post = (path: string, token: string, body?: unknown) => t.request('POST', path, { token, body });

async function deal(key: string, lead: { id: string }, over: Record<string, unknown>, go = false) {
  const reply = await post(`/api/v1/leads/${lead.id}/deals`, tenant.tokens.bd, dealBody(t, over));
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  ids[key] = reply.body.id;
  if (go) {
    await post(`/api/v1/deals/${reply.body.id}/submit`, tenant.tokens.bd);
    await post(`/api/v1/deals/${reply.body.id}/approve`, tenant.tokens.reviewer);
  }
}

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  hotpot = await signedLead(t, tenant, { name: '蜀大侠火锅(望京店)', category: '火锅' });
  coffee = await signedLead(t, tenant, { name: '街角咖啡', category: '咖啡' });
  await deal('hotpotForTwo', hotpot, { title: '双人套餐', listPrice: 298, dealPrice: 198 }, true);
  await deal('hotpotLunch', hotpot, { title: '工作日午市单人餐', listPrice: 88, dealPrice: 59 }, true);
  await deal('hotpotDraft', hotpot, { title: '四人豪华套餐', listPrice: 688, dealPrice: 488 });
  await deal('latte', coffee, { title: '拿铁双杯套餐', listPrice: 64, dealPrice: 39 }, true);
  await deal('voucher', coffee, { title: 'ＶＩＰ 100元代金券', listPrice: 100, dealPrice: 85 });
});
afterAll(() => t.close());

async function center(query: string, token = tenant.tokens.bd_b): Promise<string[]> {
  const reply = await t.request('GET', `/api/v1/deals?${query}`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.items.map((d: { id: string }) => d.id);
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const named = (...keys: string[]) => keys.map((k) => ids[k]!);

describe('the deal center', () => {
  it('shows every deal of the tenant to everyone in it, newest first', async () => {
    // bd_b owns none of these merchants and cannot open them, yet sees their deals.
    expect(await center('')).toEqual(named('voucher', 'latte', 'hotpotDraft', 'hotpotLunch', 'hotpotForTwo'));
    const one = await t.request('GET', `/api/v1/deals/${ids.latte}`, { token: tenant.tokens.bd_b });
    expect(one.body).toMatchObject({ title: '拿铁双杯套餐', leadName: '街角咖啡', status: 'online' });
  });

  it('finds a 2-character Chinese substring in the title or the merchant’s name', async () => {
    expect(await center(q('套餐'))).toEqual(named('latte', 'hotpotDraft', 'hotpotForTwo'));
    expect(await center(q('火锅'))).toEqual(named('hotpotDraft', 'hotpotLunch', 'hotpotForTwo'));
    expect(await center(q('望京'))).toEqual(named('hotpotDraft', 'hotpotLunch', 'hotpotForTwo'));
    expect(await center(q('单人'))).toEqual(named('hotpotLunch'));
    expect(await center(q('寿司'))).toEqual([]);
    // Full-width letters and case are folded, as in the lead search.
    expect(await center(q('vip'))).toEqual(named('voucher'));
    // LIKE wildcards are searched for, not obeyed.
    expect(await center(q('%'))).toEqual([]);
    expect((await t.request('GET', `/api/v1/deals?${q('  ')}`, { token: tenant.tokens.bd })).status).toBe(
      400,
    );
  });

  it('filters by status, city, category, price range and merchant, together with the search', async () => {
    expect(await center('status=online')).toEqual(named('latte', 'hotpotLunch', 'hotpotForTwo'));
    expect(await center(`status=online&${q('套餐')}`)).toEqual(named('latte', 'hotpotForTwo'));
    expect(await center(`cityId=${tenant.units.city}&status=draft`)).toEqual(named('voucher', 'hotpotDraft'));
    expect(await center(`cityId=${tenant.units.teamA}`)).toEqual([]);
    expect(await center(`category=${encodeURIComponent('咖啡')}`)).toEqual(named('voucher', 'latte'));
    expect(await center('minPrice=59&maxPrice=198')).toEqual(named('voucher', 'hotpotLunch', 'hotpotForTwo'));
    expect(await center(`minPrice=60&${q('火锅')}`)).toEqual(named('hotpotDraft', 'hotpotForTwo'));
    expect(await center(`leadId=${coffee.id}`)).toEqual(named('voucher', 'latte'));
    const backwards = await t.request('GET', '/api/v1/deals?minPrice=100&maxPrice=50', {
      token: tenant.tokens.bd,
    });
    expect(backwards.status).toBe(400);
  });

  it('pages with a cursor: every deal once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const reply = await t.request('GET', `/api/v1/deals?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        token: tenant.tokens.ops,
      });
      expect(reply.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...reply.body.items.map((d: { id: string }) => d.id));
      cursor = reply.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(named('voucher', 'latte', 'hotpotDraft', 'hotpotLunch', 'hotpotForTwo'));
    const bad = await t.request('GET', '/api/v1/deals?cursor=nonsense', { token: tenant.tokens.bd });
    expect(bad.body.code).toBe('invalid_cursor');
  });
});
