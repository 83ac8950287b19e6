import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestTenant } from '../../../test/harness.ts';
import { BEIJING_CENTRES, createRandom, generateStores } from '../../demo/stores.ts';
import { greatCircleMeters } from './normalize.ts';

let t: TestContext;
let tenant: TestTenant;
/** Leads made from generated Beijing stores, as created through the API. */
const made: Array<{ id: string; name: string; lat: number; lng: number }> = [];

beforeAll(async () => {
  t = await createTestContext();
  tenant = await t.createTenant('takeaway');
  const centre = BEIJING_CENTRES.filter((c) => /公主坟|航天桥|万寿路/.test(c.name));
  for (const store of generateStores({
    count: 250,
    seed: 7,
    centres: centre.length ? centre : BEIJING_CENTRES.slice(0, 1),
  })) {
    const reply = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: {
        name: store.name,
        phone: store.phone,
        address: store.address,
        lat: store.lat,
        lng: store.lng,
        cityId: tenant.units.city,
        category: store.category,
      },
    });
    if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
    made.push({ id: reply.body.id, name: store.name, lat: store.lat, lng: store.lng });
  }
}, 120_000);
afterAll(() => t.close());

async function allPages(path: string, token: string) {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const reply = await t.request('GET', `${path}${cursor ? `${sep}cursor=${cursor}` : ''}`, { token });
    expect(reply.status).toBe(200);
    items.push(...reply.body.items);
    cursor = reply.body.nextCursor;
  } while (cursor);
  return items;
}

describe('creating leads', () => {
  it('records the channel, the creator’s GPS and normalised data, and links duplicates', async () => {
    const first = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.bd,
      body: {
        name: '海底捞火锅（印象城店）',
        phone: '(010)68118189',
        cityId: tenant.units.city,
        lat: 39.9186,
        lng: 116.3104,
        gps: { lat: 39.9187, lng: 116.3105 },
      },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ channel: 'bd', status: 'public', kind: 'store' });
    const [row] = await t.ownerQuery<any>(
      'select normalized_name, phones, created_lat from lead where id = $1',
      [first.body.id],
    );
    expect(row).toMatchObject({
      normalized_name: '海底捞火锅(印象城店)',
      phones: ['01068118189'],
      created_lat: 39.9187,
    });
    const again = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.bd,
      body: {
        name: '海底捞火锅 印象城店',
        phone: '010-6811-8189',
        cityId: tenant.units.city,
        lat: 39.9188,
        lng: 116.3106,
      },
    });
    const page = await t.request('GET', `/api/v1/leads/${again.body.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(page.body.duplicates.map((d: { id: string }) => d.id)).toEqual([first.body.id]);
    expect(page.body.events[0]).toMatchObject({ kind: 'created', detail: { duplicates: 1 } });
  });

  it('validates custom fields against the tenant’s definitions', async () => {
    const ok = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: {
        name: '川味小馆',
        cityId: tenant.units.city,
        attrs: { cuisine: 'sichuan', avgDailyOrders: 120 },
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.attrs).toEqual({ cuisine: 'sichuan', avgDailyOrders: 120 });
    for (const attrs of [{ cuisine: 'martian' }, { avgDailyOrders: 'many' }, { unknownField: 1 }]) {
      const bad = await t.request('POST', '/api/v1/leads', {
        token: tenant.tokens.tenant_admin,
        body: { name: '坏数据', cityId: tenant.units.city, attrs },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toMatch(/^\/body\/attrs/);
    }
    expect(await t.ownerQuery("select id from lead where name = '坏数据'")).toEqual([]);
    const filtered = await t.request('GET', '/api/v1/leads?attr.cuisine=sichuan', {
      token: tenant.tokens.tenant_admin,
    });
    expect(filtered.body.items.map((l: { id: string }) => l.id)).toEqual([ok.body.id]);
    const badFilter = await t.request('GET', '/api/v1/leads?attr.cuisine=martian', {
      token: tenant.tokens.tenant_admin,
    });
    expect(badFilter.status).toBe(400);
    const unknown = await t.request('GET', '/api/v1/leads?attr.nothing=1', {
      token: tenant.tokens.tenant_admin,
    });
    expect(unknown.status).toBe(400);
  });

  it('lets a tenant admin define a field that is then enforced and filterable', async () => {
    const field = await t.request('POST', '/api/v1/fields/lead', {
      token: tenant.tokens.tenant_admin,
      body: { key: 'hasParking', labelZh: '停车位', labelEn: 'Parking', type: 'bool' },
    });
    expect(field.status).toBe(201);
    expect(
      (
        await t.request('POST', '/api/v1/fields/lead', {
          token: tenant.tokens.bd,
          body: { key: 'x', labelZh: 'x', labelEn: 'x', type: 'text' },
        })
      ).status,
    ).toBe(403);
    const lead = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: { name: '有车位的店', cityId: tenant.units.city, attrs: { hasParking: true } },
    });
    expect(lead.status).toBe(201);
    const found = await t.request('GET', '/api/v1/leads?attr.hasParking=true', {
      token: tenant.tokens.tenant_admin,
    });
    expect(found.body.items.map((l: { id: string }) => l.id)).toEqual([lead.body.id]);
    const hidden = await t.request('PATCH', `/api/v1/fields/lead/${field.body.id}`, {
      token: tenant.tokens.tenant_admin,
      body: { active: false },
    });
    expect(hidden.body.active).toBe(false);
    const refused = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: { name: '又一家', cityId: tenant.units.city, attrs: { hasParking: true } },
    });
    expect(refused.status).toBe(400);
  });

  it('refuses a city outside the creator’s territory or a unit that is not a city', async () => {
    const team = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.bd,
      body: { name: 'x', cityId: tenant.units.teamA },
    });
    expect(team.status).toBe(400);
    const other = await t.request('POST', '/api/v1/org-units', {
      token: tenant.tokens.tenant_admin,
      body: { name: '上海市', kind: 'city', parentId: tenant.units.region },
    });
    const outside = await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.bd,
      body: { name: 'x', cityId: other.body.id },
    });
    expect(outside.status).toBe(400);
    expect(outside.body.errors[0]).toMatchObject({ path: '/body/cityId' });
  });
});

describe('Chinese name search', () => {
  it('finds exactly the leads whose name contains a 2-character query, like a brute-force LIKE', async () => {
    const counts = new Map<string, number>();
    for (const lead of made) {
      const chars = [...lead.name];
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!;
        if (/^\p{Script=Han}{2}$/u.test(pair)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
    }
    const queries = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([q]) => q);
    queries.push('火锅', '烤鸭');
    for (const q of queries) {
      const found = await allPages(
        `/api/v1/leads?q=${encodeURIComponent(q)}&limit=37`,
        tenant.tokens.tenant_admin,
      );
      const brute = await t.ownerQuery<{ id: string }>(
        'select id from lead where tenant_id = $1 and strpos(normalized_name, $2) > 0',
        [tenant.id, q],
      );
      expect(found.map((l) => l.id).sort(), q).toEqual(brute.map((r) => r.id).sort());
    }
  });

  it('finds 1- and 3-character queries and ranks the exact and leading matches first', async () => {
    const name = made[0]!.name;
    const exact = await t.request('GET', `/api/v1/leads?q=${encodeURIComponent(name)}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(exact.body.items[0].name).toBe(name);
    const head = [...name].slice(0, 3).join('');
    const lead = await t.request('GET', `/api/v1/leads?q=${encodeURIComponent(head)}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(lead.body.items[0].name.startsWith(head)).toBe(true);
    const one = [...name][0]!;
    const single = await allPages(`/api/v1/leads?q=${encodeURIComponent(one)}`, tenant.tokens.tenant_admin);
    const brute = await t.ownerQuery(
      'select id from lead where tenant_id = $1 and strpos(normalized_name, $2) > 0',
      [tenant.id, one],
    );
    expect(single).toHaveLength(brute.length);
  });

  it('orders a search: the whole name, names that start with it (shorter first), then the rest newest first', async () => {
    const names = ['老城喵呜（西单店）', '喵呜咖啡馆', '喵呜', '城南喵呜', '喵呜小馆'];
    for (const name of names) {
      await t.request('POST', '/api/v1/leads', {
        token: tenant.tokens.tenant_admin,
        body: { name, cityId: tenant.units.city },
      });
    }
    const pages = await allPages(
      `/api/v1/leads?q=${encodeURIComponent('喵呜')}&limit=2`,
      tenant.tokens.tenant_admin,
    );
    expect(pages.map((l) => l.name)).toEqual([
      '喵呜',
      '喵呜小馆',
      '喵呜咖啡馆',
      '城南喵呜',
      '老城喵呜（西单店）',
    ]);
  });

  it('matches full-width and half-width forms and Latin letters in any case', async () => {
    await t.request('POST', '/api/v1/leads', {
      token: tenant.tokens.tenant_admin,
      body: { name: 'ＫＦＣ（阜成路店）', cityId: tenant.units.city },
    });
    const found = await t.request('GET', '/api/v1/leads?q=kfc(阜成', { token: tenant.tokens.tenant_admin });
    expect(found.body.items.map((l: { name: string }) => l.name)).toContain('ＫＦＣ（阜成路店）');
  });
});

describe('nearby', () => {
  it('returns the nearest leads within the radius, equal to a brute-force great-circle computation', async () => {
    const random = createRandom(3);
    for (let i = 0; i < 12; i++) {
      const anchor = made[Math.floor(random() * made.length)]!;
      const lat = anchor.lat + (random() - 0.5) * 0.02;
      const lng = anchor.lng + (random() - 0.5) * 0.02;
      const radius = [300, 800, 2000][i % 3]!;
      const reply = await t.request(
        'GET',
        `/api/v1/leads/nearby?lat=${lat}&lng=${lng}&radius=${radius}&limit=20`,
        {
          token: tenant.tokens.tenant_admin,
        },
      );
      expect(reply.status).toBe(200);
      const everything = await t.ownerQuery<{ id: string; lat: number; lng: number }>(
        'select id, lat, lng from lead where tenant_id = $1 and lat is not null',
        [tenant.id],
      );
      const brute = everything
        .map((m) => ({ id: m.id, d: greatCircleMeters(lat, lng, m.lat, m.lng) }))
        .filter((m) => m.d <= radius)
        .sort((a, b) => a.d - b.d)
        .slice(0, 20);
      const got = reply.body.items;
      expect(got.map((x: { id: string }) => x.id)).toEqual(brute.map((b) => b.id));
      for (const [k, x] of (got as Array<{ distanceM: number }>).entries()) {
        expect(Math.abs(x.distanceM - brute[k]!.d)).toBeLessThan(0.2);
      }
    }
  });

  it('filters by scope: a BD’s "mine" shows only what they own', async () => {
    const target = made[10]!;
    await t.request('POST', `/api/v1/leads/${target.id}/claim`, { token: tenant.tokens.bd });
    const mine = await t.request(
      'GET',
      `/api/v1/leads/nearby?lat=${target.lat}&lng=${target.lng}&radius=5000&scope=mine`,
      {
        token: tenant.tokens.bd,
      },
    );
    expect(mine.body.items.map((l: { id: string }) => l.id)).toEqual([target.id]);
    const pub = await t.request(
      'GET',
      `/api/v1/leads/nearby?lat=${target.lat}&lng=${target.lng}&radius=5000&scope=public`,
      {
        token: tenant.tokens.bd_b,
      },
    );
    expect(pub.body.items.every((l: { status: string }) => l.status === 'public')).toBe(true);
    expect(pub.body.items.map((l: { id: string }) => l.id)).not.toContain(target.id);
  });
});

describe('phones', () => {
  it('masks a public lead’s phone and audits every reveal', async () => {
    const lead = made[20]!;
    const asBd = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd });
    if (asBd.body.phone) expect(asBd.body.phone).toContain('****');
    const bdReveal = await t.request('POST', `/api/v1/leads/${lead.id}/reveal-phone`, {
      token: tenant.tokens.bd,
    });
    expect(bdReveal.status).toBe(403);
    const reveal = await t.request('POST', `/api/v1/leads/${lead.id}/reveal-phone`, {
      token: tenant.tokens.city_manager,
    });
    expect(reveal.status).toBe(200);
    const log = await t.request('GET', `/api/v1/audit-log?action=lead.phone_revealed&objectId=${lead.id}`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0].actorId).toBe(tenant.userIds.city_manager);
  });

  it('encrypts contact phones at rest and shows them in full only to the owner', async () => {
    const lead = made[30]!;
    await t.request('POST', `/api/v1/leads/${lead.id}/claim`, { token: tenant.tokens.bd });
    const added = await t.request('POST', `/api/v1/leads/${lead.id}/contacts`, {
      token: tenant.tokens.bd,
      body: { name: '王老板', title: '店长', phone: '13912345678', isKeyPerson: true },
    });
    expect(added.body).toMatchObject({ phone: '13912345678', isKeyPerson: true });
    const [stored] = await t.ownerQuery<any>('select phone_cipher, phone_masked from contact where id = $1', [
      added.body.id,
    ]);
    expect(stored.phone_cipher).not.toContain('13912345678');
    expect(stored.phone_masked).toBe('139****5678');
    const asManager = await t.request('GET', `/api/v1/leads/${lead.id}`, { token: tenant.tokens.bd_manager });
    expect(asManager.body.contacts[0]).toMatchObject({
      name: '王老板',
      phone: '139****5678',
      phoneMasked: true,
    });
    const revealed = await t.request(
      'POST',
      `/api/v1/leads/${lead.id}/contacts/${added.body.id}/reveal-phone`,
      { token: tenant.tokens.bd_manager },
    );
    expect(revealed.body.phone).toBe('13912345678');
    const log = await t.request('GET', `/api/v1/audit-log?action=contact.phone_revealed`, {
      token: tenant.tokens.tenant_admin,
    });
    expect(log.body.items).toHaveLength(1);
  });
});

describe('visits', () => {
  it('stores the distance, flags far check-ins and refuses future or stale times', async () => {
    const lead = made[40]!;
    const near = await t.request('POST', `/api/v1/leads/${lead.id}/visits`, {
      token: tenant.tokens.bd,
      body: { lat: lead.lat + 0.001, lng: lead.lng, kind: 'first', result: '见到店长' },
    });
    expect(near.status).toBe(201);
    expect(near.body.distanceM).toBeGreaterThan(100);
    expect(near.body.distanceM).toBeLessThan(120);
    expect(near.body.far).toBe(false);
    const far = await t.request('POST', `/api/v1/leads/${lead.id}/visits`, {
      token: tenant.tokens.bd,
      body: { lat: lead.lat + 0.01, lng: lead.lng, kind: 'follow_up' },
    });
    expect(far.body.far).toBe(true);
    const now = t.clock.now().getTime();
    const future = await t.request('POST', `/api/v1/leads/${lead.id}/visits`, {
      token: tenant.tokens.bd,
      body: { lat: lead.lat, lng: lead.lng, kind: 'follow_up', at: new Date(now + 3_600_000).toISOString() },
    });
    expect(future.status).toBe(400);
    const stale = await t.request('POST', `/api/v1/leads/${lead.id}/visits`, {
      token: tenant.tokens.bd,
      body: {
        lat: lead.lat,
        lng: lead.lng,
        kind: 'follow_up',
        at: new Date(now - 49 * 3_600_000).toISOString(),
      },
    });
    expect(stale.status).toBe(400);
    const offline = await t.request('POST', `/api/v1/leads/${lead.id}/visits`, {
      token: tenant.tokens.bd,
      body: {
        lat: lead.lat,
        lng: lead.lng,
        kind: 'follow_up',
        at: new Date(now - 47 * 3_600_000).toISOString(),
      },
    });
    expect(offline.status).toBe(201);
    const mine = await t.request('GET', `/api/v1/visits?userId=${tenant.userIds.bd}`, {
      token: tenant.tokens.bd,
    });
    expect(mine.body.items).toHaveLength(3);
    const others = await t.request('GET', `/api/v1/visits?userId=${tenant.userIds.bd}`, {
      token: tenant.tokens.bd_b,
    });
    expect(others.body.items).toHaveLength(0);
    const team = await t.request('GET', '/api/v1/visits', { token: tenant.tokens.bd_manager });
    expect(team.body.items).toHaveLength(3);
    // Each visit names its store, so that lists need no second look-up.
    expect(team.body.items.map((v: { leadName: string }) => v.leadName)).toEqual([
      lead.name,
      lead.name,
      lead.name,
    ]);
  });
});
