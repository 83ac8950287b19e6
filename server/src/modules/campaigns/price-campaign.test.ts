import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dealBody, signedLead } from '../../../test/deals-fixtures.ts';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
});
afterAll(() => t.close());

type Role = keyof TestTenant['tokens'];
const call = async (method: 'GET' | 'POST', path: string, role: Role, body?: unknown, status = 200) => {
  const r = await t.request(method, path, { token: tenant.tokens[role], body });
  if (r.status !== status)
    throw new Error(`${path}: expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
};
/** About `m` metres north of a point. */
const north = (lat: number, m: number) => lat + m / 111_320;

/** A signed merchant with one online deal, and a competitor store next door selling `theirs`. */
async function merchantUndercut(name: string, lat: number, ours: number, theirs: number) {
  const lng = 116.3261;
  const merchant = await signedLead(t, tenant, { name, category: '火锅', lat, lng });
  const draft = await call(
    'POST',
    `/api/v1/leads/${merchant.id}/deals`,
    'bd',
    dealBody(t, {
      title: '双人套餐',
      listPrice: 198,
      dealPrice: ours,
    }),
    201,
  );
  await call('POST', `/api/v1/deals/${draft.id}/submit`, 'bd');
  await call('POST', `/api/v1/deals/${draft.id}/approve`, 'reviewer');
  const store = { platform: 'meituan', storeName: name, lat: north(lat, 20), lng, category: '火锅' };
  await call('POST', '/api/v1/competitors/records', 'hq', {
    records: [{ ...store, title: '双人套餐', price: theirs, observedAt: t.clock.now().toISOString() }],
  });
  return { id: merchant.id, dealId: draft.id as string, store };
}

describe('a price-disadvantage campaign', () => {
  it("gives each merchant's BD a task stating that merchant's gap and strategy; a merchant no longer undercut gets none", async () => {
    const near = await merchantUndercut('蜀大侠火锅(知春路店)', 39.9761, 108, 100); // 7 % cheaper
    const far = await merchantUndercut('巴奴毛肚火锅(中关村店)', 39.9861, 108, 68); // 37 % cheaper
    const fixed = await merchantUndercut('大龙燚火锅(学院路店)', 39.9961, 108, 98);
    // The third merchant's competitor raises its price before HQ launches: the gap disappears.
    await call('POST', '/api/v1/competitors/records', 'hq', {
      records: [{ ...fixed.store, title: '双人套餐', price: 118, observedAt: t.clock.now().toISOString() }],
    });

    const template = (await call('GET', '/api/v1/campaign-templates', 'hq')).items.find(
      (x: { key: string }) => x.key === 'price_disadvantage',
    );
    const campaign = await call(
      'POST',
      '/api/v1/campaigns',
      'hq',
      {
        name: '火锅价格劣势',
        target: template.target,
        leadFilter: template.leadFilter,
        templateKey: template.key,
        task: {
          kind: template.task.kind,
          title: template.task.title.zh,
          instructions: template.task.instructions.zh,
          dueInDays: template.task.dueInDays,
        },
      },
      201,
    );
    const launched = await call('POST', `/api/v1/campaigns/${campaign.id}/launch`, 'hq');
    expect(launched.created).toBe(2);

    // The BD who keeps the merchants sees, with each task, that merchant's own gap and strategy.
    const mine = (await call('GET', `/api/v1/tasks?mine=true&campaignId=${campaign.id}`, 'bd')).items;
    const byLead = new Map(mine.map((task: { leadId: string }) => [task.leadId, task]));
    expect([...byLead.keys()].sort()).toEqual([near.id, far.id].sort());
    expect(byLead.get(near.id)).toMatchObject({
      kind: 'price_match',
      context: {
        priceGaps: [
          {
            platform: 'meituan',
            ourDealId: near.dealId,
            ourTitle: '双人套餐',
            ourPrice: 108,
            theirPrice: 100,
            gap: 8,
            strategy: 'match_price',
          },
        ],
      },
    });
    expect(byLead.get(far.id)).toMatchObject({
      context: { priceGaps: [{ ourPrice: 108, theirPrice: 68, gap: 40, strategy: 'exclusive_offer' }] },
    });
    const one = await call('GET', `/api/v1/tasks/${(byLead.get(near.id) as { id: string }).id}`, 'bd');
    expect(one.context.priceGaps[0].strategy).toBe('match_price');

    // HQ's progress view shows the same with the feedback once the BD is done.
    await call('POST', `/api/v1/tasks/${one.id}/done`, 'bd', { feedback: '商户同意调到 ¥98' });
    const feedback = (await call('GET', `/api/v1/campaigns/${campaign.id}/feedback`, 'hq')).items;
    expect(feedback).toMatchObject([
      { leadId: near.id, status: 'done', feedback: '商户同意调到 ¥98', context: { priceGaps: [{ gap: 8 }] } },
    ]);

    // Tasks of other campaigns carry no context.
    const visit = await call(
      'POST',
      '/api/v1/campaigns',
      'hq',
      {
        name: '回访',
        target: 'leads',
        leadFilter: { tag: 'price_disadvantage' },
        task: { kind: 'visit', title: '回访', dueInDays: 3 },
      },
      201,
    );
    await call('POST', `/api/v1/campaigns/${visit.id}/launch`, 'hq');
    const visits = (await call('GET', `/api/v1/tasks?mine=true&campaignId=${visit.id}`, 'bd')).items;
    expect(visits.map((task: { context: unknown }) => task.context)).toEqual([null, null]);
  });
});
