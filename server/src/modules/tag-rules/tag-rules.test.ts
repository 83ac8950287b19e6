import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { NIGHTLY_TAGS_CRON, NIGHTLY_TAGS_QUEUE, nightlyTags } from '../../jobs/competitors.ts';
import { startJobRunner } from '../../jobs/runner.ts';

/**
 * Tag rules against a brute-force evaluation: a tenant with leads in two cities, random
 * categories, custom fields, deal sales and visits; each rule's tag must sit on exactly the leads
 * a plain loop over the raw rows finds.
 */
let t: TestContext;
let tenant: TestTenant;
let secondCity: string;

interface Row {
  id: string;
  city_id: string;
  category: string | null;
  attrs: Record<string, unknown>;
  tags: string[];
  sales: number;
  visits30: number;
}

let seed = 11;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;

const admin = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  role: keyof TestTenant['tokens'] = 'tenant_admin',
) => t.request(method, path, { token: tenant.tokens[role], body });

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  secondCity = (
    await admin('POST', '/api/v1/org-units', { name: '上海', kind: 'city', parentId: tenant.units.region })
  ).body.id;
  await admin('POST', '/api/v1/fields/lead', {
    key: 'star',
    labelZh: '星级',
    labelEn: 'Stars',
    type: 'number',
  });
  await admin('POST', '/api/v1/fields/lead', {
    key: 'chain',
    labelZh: '连锁',
    labelEn: 'Chain',
    type: 'bool',
  });
  const now = t.clock.now().getTime();
  for (let i = 0; i < 36; i++) {
    const attrs: Record<string, unknown> = {};
    if (random() < 0.7) attrs.star = Math.ceil(random() * 5);
    if (random() < 0.5) attrs.chain = random() < 0.5;
    const reply = await admin('POST', '/api/v1/leads', {
      name: `规则测试店${i}号`,
      cityId: i % 3 === 0 ? secondCity : tenant.units.city,
      category: pick(['火锅', '烧烤', '川菜', null]),
      lat: 39.8 + i * 0.001,
      lng: 116.3,
      attrs,
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const id = reply.body.id;
    const city = reply.body.cityId;
    for (let d = 0; d < Math.floor(random() * 3); d++) {
      // Ties on purpose: sales in steps of 100.
      await t.ownerQuery(
        `insert into deal (tenant_id, lead_id, owner_id, title, lead_name, search_text, city_id, list_price, deal_price,
                           valid_from, valid_to, status, sales_count, created_at, updated_at)
         values ($1, $2, $3, '套餐', '店', '套餐', $4, 100, 80, '2026-01-01', '2027-12-01', $5, $6, now(), now())`,
        [
          tenant.id,
          id,
          tenant.userIds.bd,
          city,
          pick(['online', 'online', 'expired', 'draft']),
          100 * Math.floor(random() * 8),
        ],
      );
    }
    for (let v = 0; v < Math.floor(random() * 4); v++) {
      const at = new Date(now - Math.floor(random() * 50) * 86_400_000);
      await t.ownerQuery(
        `insert into visit (tenant_id, lead_id, user_id, at, lat, lng, kind, created_at)
         values ($1, $2, $3, $4, 39.8, 116.3, 'follow_up', $4)`,
        [tenant.id, id, tenant.userIds.bd, at],
      );
    }
  }
}, 120_000);
afterAll(() => t.close());

async function facts(): Promise<Row[]> {
  const since = new Date(t.clock.now().getTime() - 30 * 86_400_000);
  return t.ownerQuery<Row>(
    `select l.id::text, l.city_id::text, l.category, l.attrs, l.tags,
       coalesce((select sum(sales_count) from deal d where d.tenant_id = l.tenant_id and d.lead_id = l.id
                 and d.status in ('online', 'offline', 'expired')), 0)::int as sales,
       (select count(*) from visit v where v.tenant_id = l.tenant_id and v.lead_id = l.id and v.at >= $2)::int as visits30
     from lead l where l.tenant_id = $1`,
    [tenant.id, since],
  );
}

function topPerCity(rows: Row[], percent: number): Set<string> {
  const out = new Set<string>();
  for (const city of new Set(rows.map((r) => r.city_id))) {
    const selling = rows.filter((r) => r.city_id === city && r.sales > 0);
    const places = Math.ceil((selling.length * percent) / 100);
    for (const r of selling) if (1 + selling.filter((o) => o.sales > r.sales).length <= places) out.add(r.id);
  }
  return out;
}

const holders = (rows: Row[], tag: string) =>
  new Set(rows.filter((r) => r.tags.includes(tag)).map((r) => r.id));

describe('tag rules', () => {
  it('put each tag on exactly the leads a brute-force check finds, and take it off the others', async () => {
    const rows = await facts();
    // Somebody tagged a lead by hand: the rule owns the tag and corrects it.
    const wrong = rows.find((r) => r.sales === 0)!;
    await admin('PATCH', `/api/v1/leads/${wrong.id}`, { tags: ['top_merchant', 'vip'] });

    const rules: Array<{ tag: string; condition: unknown; expected: (r: Row, all: Row[]) => boolean }> = [
      {
        tag: 'top_merchant',
        condition: { top: 'sales', percent: 20, per: 'city' },
        expected: (r, all) => topPerCity(all, 20).has(r.id),
      },
      {
        tag: 'many_visits',
        condition: { metric: 'visits', days: 30, op: 'gte', value: 2 },
        expected: (r) => r.visits30 >= 2,
      },
      {
        tag: 'hotpot_star',
        condition: {
          all: [
            { field: 'category', op: 'eq', value: '火锅' },
            { field: 'attr.star', op: 'gte', value: 4 },
          ],
        },
        expected: (r) => r.category === '火锅' && typeof r.attrs.star === 'number' && r.attrs.star >= 4,
      },
      {
        tag: 'second_city_indie',
        condition: {
          all: [
            { field: 'cityId', op: 'in', value: [secondCity] },
            {
              any: [
                { not: { field: 'attr.chain', op: 'eq', value: true } },
                { metric: 'sales', op: 'gt', value: 500 },
              ],
            },
          ],
        },
        expected: (r) => r.city_id === secondCity && (r.attrs.chain !== true || r.sales > 500),
      },
    ];
    for (const rule of rules) {
      const created = await admin(
        'POST',
        '/api/v1/tag-rules',
        { tag: rule.tag, name: rule.tag, condition: rule.condition },
        'hq',
      );
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const run = await admin('POST', '/api/v1/tag-rules/run');
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    const after = await facts();
    for (const rule of rules) {
      const expected = new Set(after.filter((r) => rule.expected(r, after)).map((r) => r.id));
      expect(holders(after, rule.tag), rule.tag).toEqual(expected);
      expect(run.body.items.find((i: { tag: string }) => i.tag === rule.tag).count).toBe(expected.size);
    }
    expect(holders(after, 'top_merchant').size).toBeGreaterThan(1);
    expect(after.find((r) => r.id === wrong.id)!.tags).toEqual(['vip']);

    // The data moves on: visits come in, a rerun follows them both ways.
    const target = after.find((r) => r.visits30 === 0)!;
    for (let i = 0; i < 2; i++)
      await t.ownerQuery(
        `insert into visit (tenant_id, lead_id, user_id, at, lat, lng, kind, created_at) values ($1, $2, $3, $4, 39.8, 116.3, 'follow_up', $4)`,
        [tenant.id, target.id, tenant.userIds.bd, t.clock.now()],
      );
    t.clock.advance(31 * 86_400_000);
    await nightlyTags(t.app.deps);
    // Tokens live 12 hours: sign in again after the month that passed.
    for (const role of Object.keys(tenant.tokens) as Array<keyof TestTenant['tokens']>)
      tenant.tokens[role] = await t.login(tenant.slug, role === 'tenant_admin' ? 'admin' : role);
    const later = await facts();
    expect(holders(later, 'many_visits')).toEqual(
      new Set(later.filter((r) => r.visits30 >= 2).map((r) => r.id)),
    );
  });

  it('validates the rule language with the path of each mistake', async () => {
    const bad = await admin('POST', '/api/v1/tag-rules', {
      tag: 'oops',
      name: 'oops',
      condition: {
        all: [
          { field: 'colour', op: 'eq', value: 'red' },
          { metric: 'visits', op: 'gte', value: -1, days: 900 },
          { top: 'sales', percent: 0 },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/body/condition/all/0/field',
      '/body/condition/all/1/value',
      '/body/condition/all/1/days',
      '/body/condition/all/2/percent',
    ]);
    const reserved = await admin('POST', '/api/v1/tag-rules', {
      tag: 'price_disadvantage',
      name: 'x',
      condition: { field: 'category', op: 'exists' },
    });
    expect(reserved.body.errors[0].path).toBe('/body/tag');
    const selfish = await admin('POST', '/api/v1/tag-rules', {
      tag: 'loop',
      name: 'x',
      condition: { not: { field: 'tags', op: 'contains', value: 'loop' } },
    });
    expect(selfish.status).toBe(400);
    const twice = await admin('POST', '/api/v1/tag-rules', {
      tag: 'many_visits',
      name: 'again',
      condition: { field: 'category', op: 'exists' },
    });
    expect(twice.status).toBe(409);
  });

  it('is for administrators and HQ; deleting a rule takes its tag off', async () => {
    for (const role of ['bd', 'bd_manager', 'city_manager', 'ops_manager', 'reviewer'] as const) {
      expect((await admin('GET', '/api/v1/tag-rules', undefined, role)).status, role).toBe(403);
      expect((await admin('POST', '/api/v1/tag-rules/run', undefined, role)).status, role).toBe(403);
    }
    const rule = (await admin('GET', '/api/v1/tag-rules')).body.items.find(
      (r: { tag: string }) => r.tag === 'hotpot_star',
    );
    const off = await admin('PATCH', `/api/v1/tag-rules/${rule.id}`, { active: false }, 'hq');
    expect(off.body.active).toBe(false);
    expect((await admin('POST', `/api/v1/tag-rules/${rule.id}/run`)).body).toMatchObject({ count: 0 });
    expect(holders(await facts(), 'hotpot_star').size).toBe(0);
    const top = (await admin('GET', '/api/v1/tag-rules')).body.items.find(
      (r: { tag: string }) => r.tag === 'top_merchant',
    );
    expect((await admin('DELETE', `/api/v1/tag-rules/${top.id}`)).status).toBe(204);
    expect(holders(await facts(), 'top_merchant').size).toBe(0);
    expect((await admin('GET', `/api/v1/tag-rules/${top.id}`)).status).toBe(404);
  });

  it('runs nightly from a stately queue (one job per slot across instances) and as the queue sends it', async () => {
    const runner = await startJobRunner(t.app.deps, {
      connectionString: t.url,
      workers: true,
      pollingIntervalSeconds: 0.5,
    });
    try {
      expect(await runner.boss.getSchedules()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: NIGHTLY_TAGS_QUEUE, cron: NIGHTLY_TAGS_CRON }),
        ]),
      );
      expect((await runner.boss.getQueue(NIGHTLY_TAGS_QUEUE))?.policy).toBe('stately');
      const created = await admin('POST', '/api/v1/tag-rules', {
        tag: 'hotpot',
        name: 'hotpot',
        condition: { field: 'category', op: 'eq', value: '火锅' },
      });
      expect(created.status).toBe(201);
      await runner.boss.send(NIGHTLY_TAGS_QUEUE, {});
      const expected = new Set((await facts()).filter((r) => r.category === '火锅').map((r) => r.id));
      expect(expected.size).toBeGreaterThan(0);
      const until = Date.now() + 15_000;
      while (holders(await facts(), 'hotpot').size !== expected.size) {
        if (Date.now() > until) throw new Error('the nightly job did not run');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(holders(await facts(), 'hotpot')).toEqual(expected);
    } finally {
      await runner.stop();
    }
  });
});
